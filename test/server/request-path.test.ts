// What the per-request shortcuts on the hot path must not change: the secure headers are the
// ones @fastify/helmet sets, a remembered CSRF pass never lets a different cookie or token
// through, and a revoked session stops working in another process within the cache's lifetime.
import Fastify from "fastify";
import helmet from "@fastify/helmet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { SESSION_COOKIE } from "../../src/server/platform/auth.js";
import { securityHeaders } from "../../src/server/platform/security-headers.js";
import { BACKEND, Client, signedIn, testApp, testConfig, type TestApp } from "./helpers.js";

const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  strictTransportSecurity: true,
};

describe("secure headers", () => {
  it("are exactly the ones @fastify/helmet sets for the same options", async () => {
    const reference = Fastify();
    await reference.register(helmet, HELMET_OPTIONS);
    reference.get("/", async () => ({ ok: true }));
    const response = await reference.inject({ method: "GET", url: "/" });
    await reference.close();
    const expected = Object.fromEntries(
      Object.keys(securityHeaders(HELMET_OPTIONS)).map((name) => [name, response.headers[name]]),
    );
    expect(securityHeaders(HELMET_OPTIONS)).toEqual(expected);
    // and nothing helmet set is missing
    for (const name of Object.keys(response.headers))
      if (!["content-type", "content-length", "date", "connection"].includes(name))
        expect(securityHeaders(HELMET_OPTIONS)).toHaveProperty(name);
    expect(securityHeaders(HELMET_OPTIONS)["strict-transport-security"]).toMatch(/max-age=/);
  });

  it("refuse CSP directives that would have to be computed per request", () => {
    expect(() =>
      securityHeaders({
        contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-x'"] } },
      }),
    ).toThrow(/per request/);
  });
});

describe(`request path (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ POSTGUARD_SESSION_CACHE_SECONDS: "1" });
  }, 120_000);
  afterAll(() => t.close());

  it("puts the secure headers on answers, errors and 404s alike", async () => {
    const { client } = await signedIn(t.app, ["staff"]);
    const answers = [
      await client.post("/api/v1/check", { text: "Great team day" }),
      await new Client(t.app).post("/api/v1/check", { text: "hi" }),
      await client.post("/api/v1/check", { nothing: true }),
      await client.get("/api/v1/nothing-here"),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 400, 404]);
    for (const response of answers) {
      expect(response.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
    }
    // Swagger UI still sets its own policy for the interactive docs.
    const docs = await client.get("/docs/json");
    expect(docs.headers["content-security-policy"]).toMatch(/validator\.swagger\.io/);
  });

  it("never lets a remembered CSRF pass cover another token or another browser's cookie", async () => {
    const { client } = await signedIn(t.app, ["staff"]);
    const { client: other } = await signedIn(t.app, ["staff"]);
    // The same pair twice: the second time comes from what was remembered.
    for (let i = 0; i < 2; i++)
      expect((await client.post("/api/v1/check", { text: "hi" })).statusCode).toBe(200);
    const forged = await client.request(
      "POST",
      "/api/v1/check",
      { text: "hi" },
      { "x-csrf-token": `${client.csrf}x` },
    );
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: "csrf" });
    // Another browser's token with this browser's cookies (and the other way round) fails.
    const swapped = await client.request(
      "POST",
      "/api/v1/check",
      { text: "hi" },
      { "x-csrf-token": other.csrf! },
    );
    expect(swapped.statusCode).toBe(403);
    const noToken = await client.request(
      "POST",
      "/api/v1/check",
      { text: "hi" },
      {
        "x-csrf-token": "",
      },
    );
    expect(noToken.statusCode).toBe(403);
    expect((await client.post("/api/v1/check", { text: "hi" })).statusCode).toBe(200);
  });

  it("ends a session signed out in another process within the session cache's lifetime", async () => {
    // A second server process on the same database, as when several run behind a proxy.
    const second = await buildApp(testConfig({ POSTGUARD_SESSION_CACHE_SECONDS: "1" }), {
      database: t.database.handle,
      jobPollingSeconds: 0.5,
    });
    try {
      const { client } = await signedIn(t.app, ["staff"]);
      const elsewhere = new Client(second);
      elsewhere.cookies.set(SESSION_COOKIE, client.cookies.get(SESSION_COOKIE)!);
      expect((await elsewhere.get("/api/v1/auth/me")).statusCode).toBe(200);
      expect((await client.post("/api/v1/auth/logout")).statusCode).toBe(200);
      // At once in the process that signed out ...
      const here = new Client(t.app);
      here.cookies.set(SESSION_COOKIE, elsewhere.cookies.get(SESSION_COOKIE)!);
      expect((await here.get("/api/v1/auth/me")).statusCode).toBe(401);
      // ... and in the other one once its cached copy (1 s here, 5 s by default) has run out.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await elsewhere.get("/api/v1/auth/me")).statusCode).toBe(401);
    } finally {
      await second.close();
    }
  });
});
