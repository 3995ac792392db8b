// Serves the built React app (src/web/dist) and answers any other browser path with its
// index.html, so deep links like /users work. API paths never fall back to the app.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { errorBody } from "./errors.js";

/** The repository root, from src/server/platform or dist/server/platform alike. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Cannot find the postguard package root");
    dir = parent;
  }
  return dir;
}

export const WEB_ROOT = join(packageRoot(), "src", "web", "dist");

const NOT_APP = /^\/(api|auth|docs|metrics|healthz|readyz)(\/|$)/;

export default fp(
  async function web(app: FastifyInstance, opts: { root?: string }) {
    const root = opts.root ?? WEB_ROOT;
    const built = existsSync(join(root, "index.html"));
    if (!built)
      app.log.warn(
        `The web app is not built (${root} has no index.html): run \`npm run build:web\`.`,
      );
    else
      await app.register(fastifyStatic, {
        root,
        prefix: "/",
        wildcard: false,
        index: false,
        maxAge: "1h",
        immutable: false,
      });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split("?")[0];
      if (request.method === "GET" && !NOT_APP.test(path) && !/\.[a-z0-9]+$/i.test(path) && built) {
        return reply
          .type("text/html")
          .header("cache-control", "no-cache")
          .sendFile("index.html", root);
      }
      return reply
        .status(404)
        .send(errorBody(404, "not-found", `No route ${request.method} ${path}.`));
    });
  },
  { name: "postguard-web" },
);
