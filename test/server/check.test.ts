import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { BACKEND, Client, signedIn, testApp, type TestApp } from "./helpers.js";

describe.each(["0", "1"])(
  `POST /api/v1/check (${BACKEND}, %s check threads)`,
  { timeout: 60_000 },
  (threads) => {
    let t: TestApp;
    let client: Client;
    beforeAll(async () => {
      t = await testApp({
        POSTGUARD_CHECK_RATE_LIMIT: "5",
        POSTGUARD_BODY_LIMIT: "4096",
        POSTGUARD_CHECK_THREADS: threads,
      });
      client = (await signedIn(t.app, ["staff"])).client;
    }, 120_000);
    afterAll(() => t.close());

    it("returns the engine's result for a signed-in user", async () => {
      const text = "Lovely to see Mrs Jones (NHS number 943 476 5919) on ward 4 today";
      const response = await client.post("/api/v1/check", { text });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(JSON.parse(JSON.stringify(check({ text }))));
    });

    it("refuses anyone not signed in with 401 and a JSON message", async () => {
      const anonymous = new Client(t.app);
      const response = await anonymous.post("/api/v1/check", { text: "hello" });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: "unauthenticated", message: "Sign in first." });
    });

    it("answers bad input with 400 and a clear message", async () => {
      const missing = await client.post("/api/v1/check", { profile: "nurse" });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().message).toMatch(/text/);
      const wrongDirection = await client.post("/api/v1/check", {
        text: "hi",
        direction: "sideways",
      });
      expect(wrongDirection.statusCode).toBe(400);
      const notJson = await client.request("POST", "/api/v1/check", "{not json");
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json()).toMatchObject({ code: "invalid-json" });
      expect(notJson.body).not.toMatch(/at .*\.js:\d+/);
    });

    it("answers an oversize body with 413", async () => {
      const response = await client.post("/api/v1/check", { text: "x".repeat(5000) });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: "body-too-large" });
    });

    it("rate-limits each user", async () => {
      const { client: other } = await signedIn(t.app, ["staff"]);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await other.post("/api/v1/check", { text: "Great team day" })).statusCode);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[5]).toBe(429);
    });

    it("needs a CSRF token from a browser session", async () => {
      const response = await client.request(
        "POST",
        "/api/v1/check",
        { text: "hi" },
        { "x-csrf-token": "forged" },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: "csrf" });
    });

    it("answers unknown routes with a JSON 404", async () => {
      const response = await client.get("/api/v1/nothing-here");
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ statusCode: 404, code: "not-found" });
    });

    it("counts checks by verdict in /metrics", async () => {
      const metrics = await client.get("/metrics");
      expect(metrics.statusCode).toBe(200);
      expect(metrics.body).toMatch(/postguard_checks_total\{verdict="\w+"\} \d+/);
      expect(metrics.body).toMatch(
        /http_request_duration_seconds_bucket\{.*route="\/api\/v1\/check"/,
      );
      expect(metrics.body).toMatch(/postguard_queue_depth\{queue="platform.purge-sessions"\} 0/);
    });

    it("serves an OpenAPI document describing the check", async () => {
      const response = await client.get("/docs/json");
      expect(response.statusCode).toBe(200);
      const doc = response.json();
      expect(
        doc.paths["/api/v1/check"].post.requestBody.content["application/json"].schema.required,
      ).toContain("text");
      expect((await client.get("/docs")).statusCode).toBeLessThan(400);
    });
  },
);
