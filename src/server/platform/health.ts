// /healthz: the process is up. /readyz: it can do its work (database answers, not shutting down).
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { ping } from "./database.js";

export default fp(
  async function health(app: FastifyInstance) {
    let closing = false;
    app.addHook("preClose", async () => {
      closing = true;
    });
    app.get("/healthz", { config: { access: "public" }, schema: { hide: true } }, async () => ({
      status: "ok",
    }));
    app.get(
      "/readyz",
      { config: { access: "public" }, schema: { hide: true } },
      async (_request, reply) => {
        if (closing) return reply.status(503).send({ status: "shutting-down" });
        try {
          await ping(app.db);
          return { status: "ready", database: app.database.kind };
        } catch (error) {
          app.log.error({ err: error }, "readiness check failed");
          return reply.status(503).send({ status: "database-unavailable" });
        }
      },
    );
  },
  { name: "postguard-health", dependencies: ["postguard-database"] },
);
