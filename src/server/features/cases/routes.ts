// Case management over HTTP: the ways in (staff report with screenshots, communications
// forwarding a post, a post "Check a post" flagged), the investigation (status, notes, tasks, reassignment, escalation,
// advisers, outcome), evidence reads (each one audited) and the statistics and FOI report.
// A plain plugin, not fastify-plugin: the multipart parser and error mapping stay ours.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import multipart from "@fastify/multipart";
import { Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { HttpError } from "../../platform/errors.js";
import { errorResponses, Ok } from "../../platform/schemas.js";
import { appendAudit } from "../../platform/audit.js";
import { checkImages, MAX_IMAGE_BYTES, MAX_IMAGES, tooLarge, type Upload } from "./evidence.js";
import { loadOverdueCron, Mailer, type Mail, type MailSettings } from "./notifications.js";
import {
  AdviserBody,
  AssignBody,
  CaseDetail,
  CaseParams,
  CaseQuery,
  CaseSummary,
  Created,
  EscalateBody,
  Evidence,
  EvidenceParams,
  FlagBody,
  FoiQuery,
  FoiReport,
  MyReports,
  NoteBody,
  OutcomeBody,
  People,
  ReportBody,
  ReportForm,
  Statistics,
  StatsQuery,
  StatusBody,
  TaskBody,
  TaskChange,
  TaskParams,
} from "./schema.js";
import {
  addAdviser,
  addNote,
  addTask,
  caseStatistics,
  escalate,
  findPeople,
  foiCsv,
  foiReport,
  getCaseDetail,
  getEvidence,
  getEvidenceImage,
  listCases,
  listMyReports,
  openCase,
  raiseFromCheck,
  reassign,
  recordOutcome,
  remindOverdueTasks,
  setStatus,
  setTaskDone,
  type CaseActor,
  type CaseFilters,
  type CaseContext,
} from "./service.js";
import type { Adviser, Outcome, Source, Status } from "./vocabulary.js";

export interface CasesFeatureOptions {
  mail: MailSettings;
  /** When the overdue-task reminders run (cron); default POSTGUARD_OVERDUE_CRON, else every 15 minutes. */
  overdueCron?: string;
}

export const FOI_QUESTION =
  "How many people in the Trust have been disciplined as a result of social media behaviour, per calendar year (MTW-SMP FOI 4042 question 4)";

const errors = errorResponses();

function actorOf(request: FastifyRequest): CaseActor {
  return { id: request.user!.id, label: request.user!.email, roles: request.user!.roles };
}

/** Multipart errors from the parser, said plainly. */
function uploadError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return tooLarge();
  if (code === "FST_FILES_LIMIT")
    return new HttpError(400, "too-many-files", `Attach at most ${MAX_IMAGES} screenshots.`);
  if (code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT")
    return new HttpError(413, "too-many-fields", "The form has too many fields.");
  return error;
}

/** Read a report form: every part is read (and refused) before anything is written. */
async function readReport(
  request: FastifyRequest,
): Promise<{ body: ReportBody; uploads: Upload[] }> {
  if (!request.isMultipart()) {
    return { body: request.body as ReportBody, uploads: [] };
  }
  const fields: Record<string, unknown> = {};
  const uploads: Upload[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        if (part.fieldname !== "screenshots")
          throw new HttpError(
            400,
            "invalid-request",
            `Unexpected file field ${part.fieldname}: attach screenshots as "screenshots".`,
          );
        const content = await part.toBuffer();
        // An empty file input still sends a part with no name; it is not an upload.
        if (!part.filename && content.length === 0) continue;
        uploads.push({ filename: part.filename, declaredType: part.mimetype, content });
      } else {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw uploadError(error);
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value !== "string") continue;
    if (key === "lineManagerImplicated") body[key] = value === "true" || value === "on";
    else if (value !== "" || key === "postText" || key === "whatHappened" || key === "platform")
      body[key] = value;
  }
  if (body.postText === undefined) body.postText = "";
  if (!Value.Check(ReportBody, body)) {
    const first = Value.Errors(ReportBody, body).First();
    const where = first?.path.replace(/^\//, "") || "form";
    throw new HttpError(
      400,
      "invalid-request",
      `Invalid request: ${where} ${first?.message ?? "is not valid"}.`,
    );
  }
  return { body: body as ReportBody, uploads };
}

export default async function casesFeature(fastify: FastifyInstance, opts: CasesFeatureOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["cases"];
  const mailer = new Mailer(opts.mail);
  if (!mailer.sends)
    app.log.warn("no mail server (POSTGUARD_SMTP_URL): case notifications are logged, not sent");
  app.addHook("onClose", async () => mailer.close());

  // Whole multipart bodies are bounded by these limits, not the JSON body limit.
  await app.register(multipart, {
    limits: {
      fileSize: MAX_IMAGE_BYTES,
      files: MAX_IMAGES,
      fields: 20,
      fieldSize: 64 * 1024,
      parts: 30,
    },
  });

  const ctx: CaseContext = {
    db: app.db,
    publicUrl: app.config.publicUrl,
    async notify(mails: Mail[]) {
      for (const mail of mails)
        await app.jobs.send("cases.send-mail", mail, {
          retryLimit: 5,
          retryDelay: 30,
          retryBackoff: true,
        });
    },
  };

  app.jobs.define<Mail>("cases.send-mail", async (mail) => {
    await mailer.send(mail);
    if (!mailer.sends)
      app.log.info(
        { to: mail.to, subject: mail.subject },
        "case notification (no mail server configured)",
      );
  });
  app.jobs.define(
    "cases.overdue-tasks",
    async () => {
      const reminded = await remindOverdueTasks(ctx);
      if (reminded) app.log.info({ reminded }, "overdue case task reminders queued");
    },
    { cron: opts.overdueCron ?? loadOverdueCron(process.env) },
  );

  async function report(request: FastifyRequest, source: Source) {
    const { body, uploads } = await readReport(request);
    const images = checkImages(uploads);
    return openCase(ctx, actorOf(request), source, body, images);
  }

  const reportSchema = (summary: string, description: string) => ({
    tags,
    summary,
    description,
    consumes: ["application/json", "multipart/form-data"],
    body: {
      content: {
        "application/json": { schema: ReportBody },
        "multipart/form-data": { schema: ReportForm },
      },
    },
    response: { 201: Created, ...errorResponses(413, 415) },
  });

  app.post(
    "/cases",
    {
      config: { access: "cases:report" },
      schema: reportSchema(
        "Report a post that may breach the social media policy",
        "CLH-SMP §5, CCC-SMP §9. JSON, or a multipart form with screenshots. The case goes to the subject's line manager, or the next manager up. The subject never sees who reported.",
      ),
    },
    async (request, reply) => reply.status(201).send(await report(request, "report")),
  );

  app.post(
    "/cases/forward",
    {
      config: { access: "cases:forward" },
      schema: reportSchema(
        "Forward a post the communications team found (MTW-SMP §3.1)",
        "As POST /cases; the case is recorded as forwarded by communications.",
      ),
    },
    async (request, reply) => reply.status(201).send(await report(request, "communications")),
  );

  app.post(
    "/cases/flag",
    {
      config: { access: "cases:flag" },
      schema: {
        tags,
        summary: 'Raise a case from a post "Check a post" flagged',
        description:
          "The way in for the checker's flags (source `checker`). The server checks the text again with the same profile and direction; a post the checker passes is refused (`400 not-flagged`). The case is routed as a report is; the subject never sees who raised it.",
        body: FlagBody,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseFromCheck(ctx, actorOf(request), request.body)),
  );

  app.get(
    "/cases/mine",
    {
      config: { access: "cases:report" },
      schema: {
        tags,
        summary: "Reports you made, with their status",
        response: { 200: MyReports, ...errors },
      },
    },
    async (request) => ({
      reports: await listMyReports(app.db, actorOf(request)),
    }),
  );

  app.get(
    "/cases/people",
    {
      config: { access: "cases:report" },
      schema: {
        tags,
        summary: "Find the member of staff a report concerns",
        querystring: Type.Object(
          { q: Type.String({ maxLength: 100 }) },
          { additionalProperties: false },
        ),
        response: { 200: People, ...errors },
      },
    },
    async (request) => ({ people: await findPeople(app.db, request.query.q) }),
  );

  app.get(
    "/cases",
    {
      config: { access: "cases:read" },
      schema: {
        tags,
        summary: "Cases you investigate or advise on, filtered",
        querystring: CaseQuery,
        response: { 200: Type.Object({ cases: Type.Array(CaseSummary) }), ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const cases = await listCases(app.db, actor, request.query as CaseFilters);
      // Lists show only redacted excerpts, but they are still flagged content: who looked is recorded.
      await appendAudit(app.db, {
        actor,
        action: "case.list",
        subjectType: "case",
        detail: { filters: request.query, cases: cases.map((c) => c.number) },
      });
      return { cases };
    },
  );

  app.get(
    "/cases/stats",
    {
      config: { access: "cases:stats" },
      schema: {
        tags: ["case statistics"],
        summary: "Cases by month, category, outcome, directorate and status",
        querystring: StatsQuery,
        response: { 200: Statistics, ...errors },
      },
    },
    async (request) => caseStatistics(app.db, request.query.year),
  );

  app.get(
    "/cases/reports/foi",
    {
      config: { access: "cases:stats" },
      schema: {
        tags: ["case statistics"],
        summary: "FOI: people disciplined as a result of social media behaviour, per calendar year",
        description: "MTW-SMP FOI 4042 question 4. `format=csv` downloads it as CSV.",
        querystring: FoiQuery,
        response: { 200: FoiReport, ...errors },
      },
    },
    async (request, reply) => {
      const counts = await foiReport(app.db, request.query.from, request.query.to);
      if (request.query.format === "csv") {
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="foi-social-media-disciplinary.csv"`)
          .serializer((payload: unknown) => String(payload))
          .send(foiCsv(counts) as never);
      }
      return { question: FOI_QUESTION, counts };
    },
  );

  app.get(
    "/cases/:id",
    {
      config: { access: "cases:read" },
      schema: {
        tags,
        summary: "One case with its findings, notes, tasks and timeline",
        params: CaseParams,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const detail = await getCaseDetail(app.db, actor, request.params.id);
      await app.audit.recordView(actor, "case", detail.id, {
        part: "detail",
        redacted: !detail.evidenceAccess,
      });
      return detail;
    },
  );

  app.get(
    "/cases/:id/evidence",
    {
      config: { access: "cases:evidence" },
      schema: {
        tags,
        summary: "The case's unredacted evidence (recorded in the audit log)",
        params: CaseParams,
        response: { 200: Evidence, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const evidence = await getEvidence(app.db, actor, request.params.id);
      await app.audit.recordView(actor, "case", evidence.caseId, {
        part: "evidence",
        evidenceSha256: evidence.evidenceSha256,
      });
      return evidence;
    },
  );

  app.get(
    "/cases/:id/evidence/:evidenceId",
    {
      config: { access: "cases:evidence" },
      schema: {
        tags,
        summary: "One screenshot (recorded in the audit log)",
        params: EvidenceParams,
        response: { 200: Type.Unsafe({ type: "string", format: "binary" }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { row, image } = await getEvidenceImage(
        app.db,
        actor,
        request.params.id,
        request.params.evidenceId,
      );
      await app.audit.recordView(actor, "case", row.id, {
        part: "screenshot",
        evidenceId: image.id,
        sha256: image.sha256,
      });
      return reply
        .type(image.media_type)
        .header("cache-control", "private, no-store")
        .header("content-disposition", `inline; filename="case-${row.number}-${image.id}"`)
        .header("x-content-type-options", "nosniff")
        .send(image.content);
    },
  );

  const changeRoute = { 200: Ok, ...errors };

  app.patch(
    "/cases/:id",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Change the status (closing needs an outcome)",
        params: CaseParams,
        body: StatusBody,
        response: changeRoute,
      },
    },
    async (request) => {
      await setStatus(ctx, actorOf(request), request.params.id, request.body.status as Status);
      return { ok: true as const };
    },
  );

  app.post(
    "/cases/:id/notes",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Add a note",
        params: CaseParams,
        body: NoteBody,
        response: changeRoute,
      },
    },
    async (request) => {
      await addNote(ctx, actorOf(request), request.params.id, request.body.body);
      return { ok: true as const };
    },
  );

  app.post(
    "/cases/:id/tasks",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Add a task with a due date (its assignee is e-mailed, and again when overdue)",
        params: CaseParams,
        body: TaskBody,
        response: { 201: Type.Object({ id: Type.String() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await addTask(ctx, actorOf(request), request.params.id, request.body) }),
  );

  app.patch(
    "/cases/:id/tasks/:taskId",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Mark a task done or not done",
        params: TaskParams,
        body: TaskChange,
        response: changeRoute,
      },
    },
    async (request) => {
      await setTaskDone(
        ctx,
        actorOf(request),
        request.params.id,
        request.params.taskId,
        request.body.done,
      );
      return { ok: true as const };
    },
  );

  app.post(
    "/cases/:id/assign",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Give the case to another investigating manager",
        params: CaseParams,
        body: AssignBody,
        response: changeRoute,
      },
    },
    async (request) => {
      await reassign(
        ctx,
        actorOf(request),
        request.params.id,
        request.body.ownerId,
        request.body.reason ?? null,
      );
      return { ok: true as const };
    },
  );

  app.post(
    "/cases/:id/escalate",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Escalate to the manager at the next level above (CCC-SMP §9 b)",
        params: CaseParams,
        body: EscalateBody,
        response: { 200: Type.Object({ ownerId: Type.String() }), ...errors },
      },
    },
    async (request) => escalate(ctx, actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    "/cases/:id/advisers",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Ask HR or information governance to advise (MTW-SMP §3.3, §3.4)",
        params: CaseParams,
        body: AdviserBody,
        response: changeRoute,
      },
    },
    async (request) => {
      await addAdviser(ctx, actorOf(request), request.params.id, request.body.adviser as Adviser);
      return { ok: true as const };
    },
  );

  app.post(
    "/cases/:id/outcome",
    {
      config: { access: "cases:manage" },
      schema: {
        tags,
        summary: "Record the outcome (and close, if asked)",
        params: CaseParams,
        body: OutcomeBody,
        response: changeRoute,
      },
    },
    async (request) => {
      await recordOutcome(
        ctx,
        actorOf(request),
        request.params.id,
        request.body.outcome as Outcome,
        request.body.note ?? null,
        request.body.close ?? false,
      );
      return { ok: true as const };
    },
  );
}
