// Sign-in, sign-out and "who am I". Local accounts at /api/v1/auth/*, the identity provider's
// browser redirects at /auth/oidc/*.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { appendAudit } from "../../platform/audit.js";
import { allowedActions, ROLE_LABELS } from "../../platform/authorisation.js";
import { SESSION_COOKIE, sessionCookieOptions } from "../../platform/auth.js";
import { HttpError } from "../../platform/errors.js";
import { hashPassword, passwordProblem, verifyPassword } from "../../platform/passwords.js";
import { ErrorResponse, Ok } from "../../platform/schemas.js";
import { checkPassword } from "./service.js";
import { OidcSignIn } from "./oidc.js";

const OIDC_COOKIE = "postguard_oidc";

const Me = Type.Object({
  user: Type.Object({
    id: Type.String(),
    email: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(Type.String()),
  }),
  actions: Type.Array(Type.String()),
  roleLabels: Type.Record(Type.String(), Type.String()),
});

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  423: ErrorResponse,
  429: ErrorResponse,
};

export default async function authFeature(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const config = app.config;
  const tags = ["sign-in"];

  async function startSession(reply: FastifyReply, userId: string, email: string, method: string) {
    const { token, expiresAt } = await app.sessions.create(userId, method);
    await appendAudit(app.db, {
      actor: { id: userId, label: email },
      action: "session.sign-in",
      subjectType: "user",
      subjectId: userId,
      detail: { method },
    });
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config, expiresAt));
  }

  app.get(
    "/api/v1/auth/csrf",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A CSRF token for the x-csrf-token header",
        response: { 200: Type.Object({ token: Type.String() }) },
      },
    },
    async (_request, reply) => ({
      token: reply.generateCsrf(),
    }),
  );

  app.get(
    "/api/v1/auth/providers",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Ways to sign in",
        response: {
          200: Type.Object({
            local: Type.Boolean(),
            oidc: Type.Union([
              Type.Object({ label: Type.String(), url: Type.String() }),
              Type.Null(),
            ]),
          }),
        },
      },
    },
    async () => ({
      local: true,
      oidc: config.oidc ? { label: config.oidc.label, url: "/auth/oidc/login" } : null,
    }),
  );

  app.post(
    "/api/v1/auth/login",
    {
      config: { access: "public", rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: "Sign in with e-mail address and password",
        body: Type.Object(
          { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 256 }) },
          { additionalProperties: false },
        ),
        response: { 200: Me, ...errors },
      },
    },
    async (request, reply) => {
      const user = await checkPassword(
        app.db,
        { attempts: config.lockoutAttempts, minutes: config.lockoutMinutes },
        request.body.email,
        request.body.password,
      );
      await startSession(reply, user.id, user.email, "password");
      const view = await app.db
        .selectFrom("users")
        .select(["id", "email", "display_name", "roles"])
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      return {
        user: { id: view.id, email: view.email, displayName: view.display_name, roles: view.roles },
        actions: allowedActions(view.roles),
        roleLabels: ROLE_LABELS,
      };
    },
  );

  app.post(
    "/api/v1/auth/logout",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Sign out",
        response: { 200: Ok, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      await app.sessions.destroy(user.tokenHash);
      await appendAudit(app.db, {
        actor: { id: user.id, label: user.email },
        action: "session.sign-out",
        subjectType: "user",
        subjectId: user.id,
      });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  app.get(
    "/api/v1/auth/me",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "The signed-in user and what they may do",
        response: { 200: Me, 401: ErrorResponse },
      },
    },
    async (request) => {
      const user = request.user!;
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles },
        actions: allowedActions(user.roles),
        roleLabels: ROLE_LABELS,
      };
    },
  );

  app.post(
    "/api/v1/auth/password",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Change your own password",
        body: Type.Object(
          {
            currentPassword: Type.String({ maxLength: 256 }),
            newPassword: Type.String({ maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const user = request.user!;
      const row = await app.db
        .selectFrom("users")
        .select(["password_hash"])
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      if (
        !row.password_hash ||
        !(await verifyPassword(row.password_hash, request.body.currentPassword))
      ) {
        throw new HttpError(400, "wrong-credentials", "Your current password is not right.");
      }
      const problem = passwordProblem(request.body.newPassword);
      if (problem) throw new HttpError(400, "invalid-request", problem);
      const passwordHash = await hashPassword(request.body.newPassword);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash, updated_at: new Date() })
          .where("id", "=", user.id)
          .execute();
        await appendAudit(trx, {
          actor: { id: user.id, label: user.email },
          action: "user.change-password",
          subjectType: "user",
          subjectId: user.id,
        });
      });
      return { ok: true as const };
    },
  );

  const oidcConfig = config.oidc;
  if (!oidcConfig) return;
  const oidc = new OidcSignIn(oidcConfig, `${config.publicUrl}/auth/oidc/callback`);

  app.get(
    "/auth/oidc/login",
    {
      config: { access: "public" },
      schema: { tags, summary: "Start sign-in with the identity provider (browser redirect)" },
    },
    async (_request, reply) => {
      const { url, pending } = await oidc.start();
      reply.setCookie(OIDC_COOKIE, JSON.stringify(pending), {
        path: "/auth/oidc",
        httpOnly: true,
        // lax, not strict: the provider's redirect back is a cross-site navigation that must carry it.
        sameSite: "lax",
        secure: config.cookieSecure,
        signed: true,
        maxAge: 600,
      });
      return reply.redirect(url);
    },
  );

  app.get(
    "/auth/oidc/callback",
    {
      config: { access: "public" },
      schema: { tags, summary: "Where the identity provider sends the person back" },
    },
    async (request, reply) => {
      const raw = request.cookies[OIDC_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      reply.clearCookie(OIDC_COOKIE, { path: "/auth/oidc" });
      if (!unsigned?.valid || !unsigned.value) return reply.redirect("/sign-in?error=expired");
      try {
        const pending = JSON.parse(unsigned.value);
        const identity = await oidc.finish(new URL(request.url, config.publicUrl), pending);
        const userId = await oidc.matchUser(app.db, identity);
        const user = await app.db
          .selectFrom("users")
          .select(["id", "email"])
          .where("id", "=", userId)
          .executeTakeFirstOrThrow();
        await startSession(reply, user.id, user.email, "oidc");
        return reply.redirect("/");
      } catch (error) {
        const code = error instanceof HttpError ? error.code : "failed";
        request.log.warn({ err: error }, "identity provider sign-in failed");
        return reply.redirect(`/sign-in?error=${encodeURIComponent(code)}`);
      }
    },
  );
}
