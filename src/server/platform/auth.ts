// Who is asking, and may they: session cookie → request.user; route's `config.access` →
// allow, 401 or 403 by the table in authorisation.ts; unsafe methods need a CSRF token.
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { can, isAction, type Access } from "./authorisation.js";
import { errorBody } from "./errors.js";
import { Sessions, type SessionUser } from "./sessions.js";
import type { Config } from "./config.js";

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

export const SESSION_COOKIE = "postguard_session";
const CSRF_COOKIE = "postguard_csrf";
/** Cookie and token pairs that passed the CSRF check, remembered at most (then forgotten). */
const MAX_VERIFIED_CSRF = 10_000;
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface AuthOptions {
  config: Config;
  cookieSecret: string;
}

export default fp(
  async function auth(app: FastifyInstance, opts: AuthOptions) {
    const { config } = opts;
    const sessions = new Sessions(app.db, {
      sessionHours: config.sessionHours,
      cacheSeconds: config.sessionCacheSeconds,
    });
    app.decorate("sessions", sessions);
    app.decorateRequest("user", null);

    await app.register(cookie, { secret: opts.cookieSecret });
    await app.register(csrf, {
      sessionPlugin: "@fastify/cookie",
      cookieKey: CSRF_COOKIE,
      cookieOpts: {
        path: "/",
        signed: true,
        httpOnly: true,
        sameSite: "strict",
        secure: config.cookieSecure,
      },
      getToken: (request) => request.headers["x-csrf-token"] as string | undefined,
    });

    // Every API route must say who may call it, so a forgotten guard fails at start-up, not in production.
    const routes: RouteAccess[] = [];
    app.decorate("routeAccess", routes);
    app.addHook("onRoute", (route) => {
      const access = (route.config as { access?: string } | undefined)?.access;
      for (const method of [route.method].flat())
        if (method !== "HEAD")
          routes.push({ method, url: route.url, access: (access ?? "public") as Access });
      if (route.url.startsWith("/api/") && access === undefined) {
        throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
      }
      if (
        access !== undefined &&
        access !== "public" &&
        access !== "signed-in" &&
        !isAction(access)
      ) {
        throw new Error(`Route ${route.method} ${route.url} names an unknown action "${access}"`);
      }
    });

    app.addHook("onRequest", async (request, reply) => {
      const access = (request.routeOptions.config as { access?: Access }).access ?? "public";
      if (access === "public") return;
      const token = request.cookies[SESSION_COOKIE];
      const user = token ? await sessions.resolve(token) : null;
      if (!user) return deny(reply, 401, "unauthenticated", "Sign in first.");
      request.user = user;
      if (access !== "signed-in" && !can(user.roles, access)) {
        return deny(reply, 403, "forbidden", `Your role does not allow this (${access}).`);
      }
    });

    // Checking a token costs two HMACs (unsigning the secret's cookie, then the token itself).
    // The answer depends only on the cookie and the token, which a browser sends unchanged on
    // every request, so pairs that passed are remembered and the next request with the same
    // pair skips the work. Failures are never remembered; anything else is checked in full.
    const verified = new Set<string>();
    app.addHook("onRequest", (request, reply, done) => {
      const wantsCsrf = (request.routeOptions.config as { csrf?: boolean }).csrf !== false;
      if (!UNSAFE_METHODS.has(request.method) || !wantsCsrf || reply.sent) return done();
      const cookie = request.cookies[CSRF_COOKIE];
      const token = request.headers["x-csrf-token"];
      const key = cookie && typeof token === "string" ? `${cookie}\n${token}` : undefined;
      if (key !== undefined && verified.has(key)) return done();
      app.csrfProtection(request, reply, () => {
        if (key !== undefined) {
          if (verified.size >= MAX_VERIFIED_CSRF) verified.clear();
          verified.add(key);
        }
        done();
      });
    });
  },
  { name: "postguard-auth", dependencies: ["postguard-database"] },
);

function deny(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send(errorBody(status, code, message));
}

export function sessionCookieOptions(config: Config, expires: Date) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.cookieSecure,
    expires,
  };
}

export type { SessionUser };
