// Builds the server from plugins: platform services first (visible everywhere through
// fastify-plugin), then one plugin per feature, then the web app. To add a feature, see
// docs/platform.md: a folder under features/, a line in FEATURES below, its migrations in
// migrations.ts and its actions in platform/authorisation.ts.
import { randomBytes } from "node:crypto";
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync } from "fastify";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { Config } from "./platform/config.js";
import { databasePlugin, openDatabase, type DatabaseHandle } from "./platform/database.js";
import { migrateToLatest } from "./platform/migrate.js";
import { migrations } from "./migrations.js";
import errors from "./platform/errors.js";
import metrics from "./platform/metrics.js";
import audit from "./platform/audit.js";
import auth from "./platform/auth.js";
import jobs from "./platform/jobs.js";
import health from "./platform/health.js";
import securityHeaders from "./platform/security-headers.js";
import web from "./platform/web.js";
import authFeature from "./features/auth/routes.js";
import checkFeature from "./features/check/routes.js";
import usersFeature from "./features/users/routes.js";
import auditFeature from "./features/audit/routes.js";
import casesFeature from "./features/cases/routes.js";
import { loadMailSettings } from "./features/cases/notifications.js";
import type { Database } from "./platform/tables.js";
import type { Kysely } from "kysely";

interface Feature {
  plugin: FastifyPluginAsync<never>;
  prefix?: string;
  options?: (config: Config) => object;
}

/** Every capability of the server. Later ones (cases, accounts, publishing, ...) add a line. */
const FEATURES: Feature[] = [
  { plugin: authFeature as FastifyPluginAsync<never> },
  {
    plugin: checkFeature as FastifyPluginAsync<never>,
    prefix: "/api/v1",
    options: (config) => ({ rateLimit: config.checkRateLimit, threads: config.checkThreads }),
  },
  { plugin: usersFeature as FastifyPluginAsync<never>, prefix: "/api/v1" },
  { plugin: auditFeature as FastifyPluginAsync<never>, prefix: "/api/v1" },
  {
    plugin: casesFeature as FastifyPluginAsync<never>,
    prefix: "/api/v1",
    options: () => ({ mail: loadMailSettings(process.env) }),
  },
];

export interface BuildOptions {
  /** An already open database (tests); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  /** Where the built web app is (tests may point elsewhere). */
  webRoot?: string;
  /** How often idle workers look for jobs; tests shorten it. */
  jobPollingSeconds?: number;
}

/** The cookie-signing secret: from the environment, else generated once and kept in the database so every process shares it. */
async function cookieSecret(db: Kysely<Database>): Promise<string> {
  const fromEnv = process.env.POSTGUARD_COOKIE_SECRET;
  if (fromEnv) return fromEnv;
  const fresh = randomBytes(32).toString("base64url");
  await db
    .insertInto("instance_settings")
    .values({ key: "cookie_secret", value: fresh })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("instance_settings")
    .select("value")
    .where("key", "=", "cookie_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function buildApp(
  config: Config,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const handle =
    options.database ??
    (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const ownsDatabase = !options.database;
  try {
    await migrateToLatest(handle.db as Kysely<unknown>, migrations);
    const secret = await cookieSecret(handle.db);

    const app = Fastify({
      logger: {
        level: config.logLevel,
        redact: ["req.headers.cookie", "req.headers['x-csrf-token']", "res.headers['set-cookie']"],
      },
      bodyLimit: config.bodyLimit,
      // Behind the trust's reverse proxy the client address is in X-Forwarded-For; rate limits need it.
      trustProxy: process.env.POSTGUARD_TRUST_PROXY === "true",
      ajv: { customOptions: { allErrors: false, coerceTypes: "array", removeAdditional: false } },
      return503OnClosing: true,
      forceCloseConnections: "idle",
      // One access-log line a request (below) instead of Fastify's two ("incoming request" and
      // "request completed"): half the logging work on every request, nothing lost.
      logController: new LogController({ disableRequestLogging: true }),
    });
    app.decorate("config", config);
    app.addHook("onResponse", (request, reply, done) => {
      request.log.info(
        { req: request, res: reply, responseTime: reply.elapsedTime },
        "request completed",
      );
      done();
    });

    await app.register(errors, { bodyLimit: config.bodyLimit });
    await app.register(databasePlugin, { handle });
    await app.register(metrics);
    await app.register(securityHeaders, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'", ...(config.oidc ? [new URL(config.oidc.issuer).origin] : [])],
          upgradeInsecureRequests:
            config.cookieSecure && config.publicUrl.startsWith("https:") ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith("https:"),
    });
    await app.register(rateLimit, { global: false, hook: "preHandler" });
    await app.register(audit);
    await app.register(auth, { config, cookieSecret: secret });
    await app.register(jobs, {
      workers: config.workers,
      pollingIntervalSeconds: options.jobPollingSeconds,
    });
    await app.register(swagger, {
      openapi: {
        info: {
          title: "postguard API",
          version: "1",
          description: "Checks posts against an NHS trust's social media policy.",
        },
        components: {
          securitySchemes: { session: { type: "apiKey", in: "cookie", name: "postguard_session" } },
        },
        security: [{ session: [] }],
      },
    });
    await app.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });
    await app.register(health);

    // Platform jobs: expired sessions are cleared hourly by whichever worker picks it up.
    app.jobs.define(
      "platform.purge-sessions",
      async () => {
        const removed = await app.sessions.purgeExpired();
        if (removed) app.log.info({ removed }, "expired sessions removed");
      },
      { cron: "17 * * * *" },
    );

    for (const feature of FEATURES) {
      await app.register(feature.plugin, {
        prefix: feature.prefix,
        ...(feature.options?.(config) ?? {}),
      } as never);
    }
    await app.register(web, { root: options.webRoot });

    if (ownsDatabase) app.addHook("onClose", async () => handle.close());
    return app;
  } catch (error) {
    if (ownsDatabase) await handle.close().catch(() => {});
    throw error;
  }
}
