// Secure headers (Content-Security-Policy, X-Frame-Options, ...) on every response, as helmet
// makes them. @fastify/helmet builds helmet's middleware afresh for each request (it parses the
// CSP directives every time), which cost a few per cent of the check route's CPU. The headers
// do not depend on the request (no per-request CSP nonces here), so helmet runs once at start-up
// with the same options and each response gets the finished list.
import { createRequire } from "node:module";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyHelmetOptions } from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

type HelmetOptions = Omit<FastifyHelmetOptions, "enableCSPNonces" | "global">;
type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: Error) => void,
) => void;

// The helmet that @fastify/helmet itself depends on, so the headers are exactly the ones it set.
const helmet = createRequire(createRequire(import.meta.url).resolve("@fastify/helmet"))(
  "helmet",
) as (options: HelmetOptions) => Middleware;

/** The headers helmet sets for these options, lower-cased, in the order it sets them. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === "object" && csp.directives ? Object.values(csp.directives) : [];
  if (directives.some((values) => [values ?? []].flat().some((v) => typeof v === "function")))
    throw new Error("CSP directives computed per request cannot be precomputed");
  const headers = new Map<string, string>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : String(value));
      return response;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase());
    },
  };
  let failure: Error | undefined;
  helmet(options)(
    { method: "GET", url: "/", headers: {} } as IncomingMessage,
    response as unknown as ServerResponse,
    (error) => {
      failure = error;
    },
  );
  if (failure) throw failure;
  return Object.fromEntries(headers);
}

export default fp(
  async function secureHeaders(app: FastifyInstance, options: HelmetOptions) {
    const headers = securityHeaders(options);
    // onRequest, as @fastify/helmet did: error replies and 404s carry the headers too, and a
    // route may still replace one (Swagger UI sets its own CSP for /docs).
    app.addHook("onRequest", (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  },
  { name: "postguard-security-headers" },
);
