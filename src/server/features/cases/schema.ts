// The case API's shapes (TypeBox): what a report carries, what a reader gets back.
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { MAX_TEXT_LENGTH } from "../check/schema.js";
import { ADVISERS, CATEGORIES, OUTCOMES, SOURCES, STATUSES } from "./vocabulary.js";

const literals = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({
    type: "string",
    enum: [...values],
    ...(description ? { description } : {}),
  });

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const reportFields = {
  platform: Type.String({
    minLength: 1,
    maxLength: 100,
    description: "Where the post is: Facebook, X (Twitter), Instagram, …",
  }),
  postUrl: Type.Optional(
    Nullable(Type.String({ maxLength: 2000, description: "Link to the post." })),
  ),
  postText: Type.String({
    maxLength: MAX_TEXT_LENGTH,
    description: "The post's text, pasted. May be empty if a link or screenshot is given.",
  }),
  postedAt: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 40,
        description: "When it was posted (YYYY-MM-DD or date-time), if known.",
      }),
    ),
  ),
  whatHappened: Type.String({
    minLength: 1,
    maxLength: 10_000,
    description: "What happened, in the reporter's words.",
  }),
  category: Type.Optional(
    Nullable(
      literals(
        CATEGORIES,
        "What kind of breach, if the reporter wants to say; otherwise the checker's strongest finding.",
      ),
    ),
  ),
  subjectId: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 40,
        description: "The member of staff the post concerns (from GET /cases/people).",
      }),
    ),
  ),
  subjectName: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 200,
        description: "Who it concerns, when they are not in the directory.",
      }),
    ),
  ),
  lineManagerImplicated: Type.Optional(
    Type.Boolean({
      description:
        "The subject's line manager is involved: the case goes to the next manager up (CCC-SMP §9 b).",
    }),
  ),
};

export const ReportBody = Type.Object(reportFields, { additionalProperties: false });
export type ReportBody = Static<typeof ReportBody>;

/**
 * The same report as a form with screenshots (field `screenshots`, PNG/JPEG/GIF/WebP, at most
 * 5 MB each and 5 in all). Nullable on purpose: Fastify leaves multipart bodies to the handler
 * (the body it validates is null), which checks the fields against ReportBody; this schema is
 * for the OpenAPI document.
 */
export const ReportForm = {
  type: "object",
  nullable: true,
  properties: {
    ...Object.fromEntries(
      Object.entries(reportFields).map(([k, v]) => [
        k,
        {
          ...(v as object),
          ...(k === "lineManagerImplicated" ? { type: "string", enum: ["true", "false"] } : {}),
        },
      ]),
    ),
    screenshots: {
      type: "array",
      items: { type: "string", format: "binary" },
      description: "Screenshots of the post.",
    },
  },
  required: ["platform", "whatHappened"],
};

/** A post "Check a post" flagged, raised as a case by the person who checked it. */
export const FlagBody = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: MAX_TEXT_LENGTH,
      description: "The post as checked. The server checks it again; it must be flagged.",
    }),
    profile: Type.Optional(
      Nullable(
        Type.String({ maxLength: 5_000, description: "The profile or bio it was checked with." }),
      ),
    ),
    direction: Type.Optional(
      Type.Union([Type.Literal("outbound"), Type.Literal("inbound")], {
        description: "outbound: a post; inbound: a message an official account received.",
      }),
    ),
    platform: reportFields.platform,
    postUrl: reportFields.postUrl,
    subjectId: reportFields.subjectId,
    subjectName: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 200,
          description:
            "Who posted it, when they are not in the directory. Neither: unknown author.",
        }),
      ),
    ),
    lineManagerImplicated: reportFields.lineManagerImplicated,
    note: Type.Optional(
      Nullable(Type.String({ maxLength: 10_000, description: "Anything the person adds." })),
    ),
  },
  { additionalProperties: false },
);
export type FlagBody = Static<typeof FlagBody>;

export const Created = Type.Object({ id: Type.String(), number: Type.Integer() });

export const CaseParams = Type.Object({ id: Type.String() });
export const TaskParams = Type.Object({ id: Type.String(), taskId: Type.String() });
export const EvidenceParams = Type.Object({ id: Type.String(), evidenceId: Type.String() });

export const CaseQuery = Type.Object(
  {
    status: Type.Optional(literals(STATUSES)),
    category: Type.Optional(Type.String({ maxLength: 50 })),
    outcome: Type.Optional(Type.Union([literals(OUTCOMES), Type.Literal("none")])),
    directorateId: Type.Optional(Type.String({ maxLength: 40 })),
    source: Type.Optional(literals(SOURCES)),
    mine: Type.Optional(Type.Boolean({ description: "Only cases you investigate." })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

const Finding = Type.Object({
  ruleId: Type.String(),
  category: Type.String(),
  severity: Type.String(),
  start: Type.Optional(Type.Integer()),
  end: Type.Optional(Type.Integer()),
  excerpt: Type.Optional(
    Type.String({
      description:
        "Left out of patient- and colleague-identifying findings for readers without evidence access.",
    }),
  ),
  clauses: Type.Array(Type.String()),
  message: Type.String(),
  suggestion: Type.String(),
});

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const CaseSummary = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  source: Type.String(),
  status: Type.String(),
  category: Type.String(),
  platform: Type.String(),
  subjectName: Type.String(),
  directorateName: NullableString,
  ownerId: NullableString,
  ownerName: NullableString,
  advisers: Type.Array(Type.String()),
  outcome: NullableString,
  excerpt: Type.String({ description: "The checker's redacted text of the post, shortened." }),
  patientIdentifiable: Type.Boolean(),
  verdict: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  updatedAt: Type.String({ format: "date-time" }),
  openTasks: Type.Integer(),
  overdueTasks: Type.Integer(),
});

const Image = Type.Object({
  id: Type.String(),
  filename: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
});

export const CaseDetail = Type.Composite([
  CaseSummary,
  Type.Object({
    postUrl: NullableString,
    postedAt: NullableString,
    capturedAt: Type.String(),
    redactedText: Type.String(),
    whatHappened: Type.String({ description: "Redacted for readers without evidence access." }),
    findings: Type.Array(Finding),
    evidenceSha256: Type.String(),
    evidenceAccess: Type.Boolean({
      description: "Whether you may read the unredacted evidence (GET /cases/:id/evidence).",
    }),
    images: Type.Array(Image),
    reportedBy: Type.String(),
    lineManagerImplicated: Type.Boolean(),
    outcomeNote: NullableString,
    outcomeAt: NullableString,
    closedAt: NullableString,
    mayDecide: Type.Boolean({
      description: "Whether you may change the status, outcome or investigator.",
    }),
    notes: Type.Array(
      Type.Object({
        id: Type.String(),
        author: Type.String(),
        body: Type.String(),
        at: Type.String(),
      }),
    ),
    tasks: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.String(),
        assigneeId: NullableString,
        assigneeName: NullableString,
        dueAt: Type.String(),
        doneAt: NullableString,
        overdue: Type.Boolean(),
      }),
    ),
    timeline: Type.Array(
      Type.Object({
        id: Type.String(),
        at: Type.String(),
        actor: Type.String(),
        kind: Type.String(),
        text: Type.String(),
      }),
    ),
  }),
]);

export const Evidence = Type.Object({
  caseId: Type.String(),
  number: Type.Integer(),
  platform: Type.String(),
  postUrl: NullableString,
  postText: Type.String(),
  whatHappened: Type.String(),
  postedAt: NullableString,
  capturedAt: Type.String(),
  evidenceSha256: Type.String({
    description: "SHA-256 of the snapshot, as recorded in the audit log (case.create).",
  }),
  findings: Type.Array(Finding),
  images: Type.Array(Image),
});

export const MyReports = Type.Object({
  reports: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.Integer(),
      status: Type.String(),
      platform: Type.String(),
      subjectName: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});

export const People = Type.Object({
  people: Type.Array(
    Type.Object({
      id: Type.String(),
      displayName: Type.String(),
      jobTitle: NullableString,
      departmentName: NullableString,
    }),
  ),
});

export const StatusBody = Type.Object(
  { status: literals(STATUSES) },
  { additionalProperties: false },
);
export const NoteBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 10_000 }) },
  { additionalProperties: false },
);
export const TaskBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    dueAt: Type.String({
      minLength: 10,
      maxLength: 40,
      description: "YYYY-MM-DD (end of that day, UTC) or a date-time.",
    }),
    assigneeId: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  { additionalProperties: false },
);
export const TaskChange = Type.Object({ done: Type.Boolean() }, { additionalProperties: false });
export const AssignBody = Type.Object(
  {
    ownerId: Type.String({ maxLength: 40 }),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false },
);
export const EscalateBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export const AdviserBody = Type.Object(
  { adviser: literals(ADVISERS) },
  { additionalProperties: false },
);
export const OutcomeBody = Type.Object(
  {
    outcome: literals(OUTCOMES),
    note: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
    close: Type.Optional(Type.Boolean({ description: "Close the case now as well." })),
  },
  { additionalProperties: false },
);

const Counts = Type.Array(Type.Object({ key: Type.String(), count: Type.Integer() }));
export const Statistics = Type.Object({
  year: Type.Union([Type.Integer(), Type.Null()]),
  total: Type.Integer(),
  byMonth: Counts,
  byCategory: Counts,
  byOutcome: Counts,
  byDirectorate: Counts,
  byStatus: Counts,
});
export const StatsQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })) },
  { additionalProperties: false },
);
export const FoiQuery = Type.Object(
  {
    from: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
    to: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2200 })),
    format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])),
  },
  { additionalProperties: false },
);
export const FoiReport = Type.Object({
  question: Type.String(),
  counts: Type.Array(
    Type.Object({
      year: Type.Integer(),
      peopleDisciplined: Type.Integer(),
      formalAction: Type.Integer(),
      dismissal: Type.Integer(),
    }),
  ),
});
