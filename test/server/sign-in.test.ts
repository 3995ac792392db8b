// Local sign-in: argon2 hashes, session cookies, lock-out, sign-out, password changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/server/platform/auth.js";
import { addUser, BACKEND, Client, PASSWORD, signedIn, testApp, type TestApp } from "./helpers.js";

describe(`local sign-in (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({
      POSTGUARD_LOCKOUT_ATTEMPTS: "3",
      POSTGUARD_LOCKOUT_MINUTES: "10",
      POSTGUARD_COOKIE_SECURE: "true",
    });
  }, 120_000);
  afterAll(() => t.close());

  it("stores an argon2id hash, never the password", async () => {
    const user = await addUser(t.app, ["staff"]);
    const row = await t.app.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it("sets a secure, HttpOnly session cookie and keeps only its hash", async () => {
    const user = await addUser(t.app, ["staff"]);
    const client = new Client(t.app);
    const response = await client.login(user.email);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
    const stored = await t.app.db
      .selectFrom("sessions")
      .select("token_hash")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toBe(cookie.value);
    expect(response.json().user.email).toBe(user.email);
  });

  it("answers a wrong password and an unknown address alike", async () => {
    const user = await addUser(t.app, ["staff"]);
    const wrong = await new Client(t.app).login(user.email, "not the password!");
    const unknown = await new Client(t.app).login("nobody@trust.nhs.uk", "not the password!");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });

  it("locks the account after repeated failures, even with the right password, until unlocked", async () => {
    const user = await addUser(t.app, ["staff"]);
    const client = new Client(t.app);
    expect((await client.login(user.email, "wrong password 1")).statusCode).toBe(401);
    expect((await client.login(user.email, "wrong password 2")).statusCode).toBe(401);
    const third = await client.login(user.email, "wrong password 3");
    expect(third.statusCode).toBe(423);
    expect(third.json().message).toMatch(/locked/);
    expect((await client.login(user.email)).statusCode).toBe(423);
    const { client: admin } = await signedIn(t.app, ["administrator"]);
    expect((await admin.post(`/api/v1/users/${user.id}/unlock`)).statusCode).toBe(200);
    expect((await client.login(user.email)).statusCode).toBe(200);
  });

  it("signs out: the session stops working at once", async () => {
    const { client } = await signedIn(t.app, ["staff"]);
    const stolen = client.cookies.get(SESSION_COOKIE)!;
    expect((await client.get("/api/v1/auth/me")).statusCode).toBe(200);
    expect((await client.post("/api/v1/auth/logout")).statusCode).toBe(200);
    const replay = new Client(t.app);
    replay.cookies.set(SESSION_COOKIE, stolen);
    expect((await replay.get("/api/v1/auth/me")).statusCode).toBe(401);
  });

  it("needs a CSRF token to sign in", async () => {
    const user = await addUser(t.app, ["staff"]);
    const client = new Client(t.app);
    client.csrf = "";
    expect((await client.login(user.email)).statusCode).toBe(403);
  });

  it("lets a user change their own password", async () => {
    const { client, user } = await signedIn(t.app, ["staff"]);
    expect(
      (
        await client.post("/api/v1/auth/password", {
          currentPassword: "wrong",
          newPassword: "another long password",
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await client.post("/api/v1/auth/password", {
          currentPassword: PASSWORD,
          newPassword: "another long password",
        })
      ).statusCode,
    ).toBe(200);
    expect((await new Client(t.app).login(user.email, "another long password")).statusCode).toBe(
      200,
    );
  });

  it("sends secure headers", async () => {
    const response = await new Client(t.app).get("/api/v1/auth/providers");
    expect(response.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(response.json()).toEqual({ local: true, oidc: null });
  });
});
