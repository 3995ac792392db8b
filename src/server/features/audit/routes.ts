// Reading and verifying the audit log. Reading it is itself recorded: the log says who looked at what.
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { appendAudit, listAudit } from "../../platform/audit.js";
import { ErrorResponse } from "../../platform/schemas.js";

const Entry = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: "date-time" }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});

const Report = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  headSeq: Type.Integer(),
  problems: Type.Array(
    Type.Object({ kind: Type.String(), seq: Type.Integer(), message: Type.String() }),
  ),
});

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

export default async function auditFeature(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["audit"];

  app.get(
    "/audit",
    {
      config: { access: "audit:read" },
      schema: {
        tags,
        summary: "Audit log entries, newest first",
        querystring: Type.Object(
          {
            before: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
            subjectType: Type.Optional(Type.String({ maxLength: 100 })),
            subjectId: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            entries: Type.Array(Entry),
            nextBefore: Type.Union([Type.Integer(), Type.Null()]),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const page = await listAudit(app.db, { ...request.query, limit: request.query.limit ?? 100 });
      await appendAudit(app.db, {
        actor: { id: request.user!.id, label: request.user!.email },
        action: "audit.view",
        subjectType: "audit",
        detail: { query: request.query, entries: page.entries.length },
      });
      return {
        entries: page.entries.map((e) => ({
          seq: e.seq,
          at: e.at.toISOString(),
          actorId: e.actor_id,
          actorLabel: e.actor_label,
          action: e.action,
          subjectType: e.subject_type,
          subjectId: e.subject_id,
          detail: e.detail,
          hash: e.hash,
        })),
        nextBefore: page.nextBefore,
      };
    },
  );

  app.post(
    "/audit/verify",
    {
      config: { access: "audit:verify" },
      schema: {
        tags,
        summary: "Check the audit log's hash chain",
        response: { 200: Report, ...errors },
      },
    },
    async () => app.audit.verify(),
  );
}
