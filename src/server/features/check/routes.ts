// POST /api/v1/check: the authoritative server-side check of a draft post. The text is not
// stored: a draft may hold patient details (MC-SS01 §4.4), and nothing later needs it.
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { CheckPool } from "./pool.js";
import { ErrorResponse } from "../../platform/schemas.js";
import { CheckRequest, CheckResult } from "./schema.js";

export interface CheckFeatureOptions {
  /** Checks a user may run a minute. */
  rateLimit: number;
  /** Worker threads that run the engine (0: on the main thread). */
  threads: number;
}

export default async function checkFeature(fastify: FastifyInstance, opts: CheckFeatureOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const pool = new CheckPool(opts.threads, { log: app.log });
  app.addHook("onClose", () => pool.close());
  app.post(
    "/check",
    {
      config: {
        access: "check:run",
        rateLimit: {
          max: opts.rateLimit,
          timeWindow: 60_000,
          keyGenerator: (request) => request.user?.id ?? request.ip,
        },
      },
      schema: {
        tags: ["check"],
        summary: "Check a post against the trust's social media policy",
        body: CheckRequest,
        response: {
          200: CheckResult,
          400: ErrorResponse,
          401: ErrorResponse,
          413: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request) => {
      const result = await pool.run(request.body);
      app.metrics.checks.inc({ verdict: result.verdict });
      return result;
    },
  );
}
