// What the platform plugins add to Fastify's types.
import type { Kysely } from "kysely";
import type { Access } from "./authorisation.js";
import type { RouteAccess } from "./auth.js";
import type { Audit } from "./audit.js";
import type { Config } from "./config.js";
import type { DatabaseHandle } from "./database.js";
import type { Jobs } from "./jobs.js";
import type { Metrics } from "./metrics.js";
import type { Sessions, SessionUser } from "./sessions.js";
import type { Database } from "./tables.js";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    db: Kysely<Database>;
    database: DatabaseHandle;
    audit: Audit;
    jobs: Jobs;
    metrics: Metrics;
    sessions: Sessions;
    /** Every route and who may call it, as declared: the authorisation test walks this. */
    routeAccess: RouteAccess[];
  }
  interface FastifyRequest {
    /** The signed-in user on routes that need one; null on public routes. */
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route: "public", "signed-in" or an action from authorisation.ts. */
    access?: Access;
    /** false only for routes that cannot carry a token (e.g. an identity provider's redirect). */
    csrf?: boolean;
  }
}
