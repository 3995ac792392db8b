// The platform's operational side: settings, migrations, jobs, health, the web app fallback,
// the embedded database's lock, and `postguard serve` starting and stopping on SIGTERM.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/platform/config.js";
import { migrateToLatest } from "../../src/server/platform/migrate.js";
import { migrations } from "../../src/server/migrations.js";
import { openDatabase, DatabaseUnavailableError } from "../../src/server/platform/database.js";
import { BACKEND, Client, testApp, testDatabase, type TestApp } from "./helpers.js";

describe("settings", { timeout: 60_000 }, () => {
  it("has safe defaults", () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({
      port: 3000,
      host: "localhost",
      logLevel: "info",
      cookieSecure: true,
      databaseUrl: undefined,
      workers: true,
    });
    expect(config.dataDir).toBe(join(process.cwd(), "data"));
  });

  it("takes flags over environment variables", () => {
    expect(loadConfig({ port: "4000" }, { PORT: "5000" }).port).toBe(4000);
    expect(loadConfig({}, { PORT: "5000", POSTGUARD_DATA_DIR: "/srv/pg" })).toMatchObject({
      port: 5000,
      dataDir: "/srv/pg",
    });
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ POSTGUARD_COOKIE_SECURE: "maybe" }, "POSTGUARD_COOKIE_SECURE"],
    [{ OIDC_ISSUER: "https://login.microsoftonline.com/x/v2.0" }, "OIDC_CLIENT_ID"],
    [{ POSTGUARD_BODY_LIMIT: "10" }, "POSTGUARD_BODY_LIMIT"],
  ])("stops on a wrong setting and names it: %o", (env, name) => {
    expect(() => loadConfig({}, env)).toThrow(ConfigError);
    expect(() => loadConfig({}, env)).toThrow(new RegExp(`Invalid setting ${name}`));
  });

  it("never echoes a database password", () => {
    expect(() => loadConfig({}, { DATABASE_URL: "mysql://user:s3cret@db/x" })).toThrow(
      /user:\*\*\*@/,
    );
    expect(() => loadConfig({}, { DATABASE_URL: "mysql://user:s3cret@db/x" })).not.toThrow(
      /s3cret/,
    );
  });
});

describe(`database (${BACKEND})`, { timeout: 60_000 }, () => {
  it("migrates an empty database to the latest version, and again does nothing", async () => {
    const database = await testDatabase({ empty: true });
    try {
      const applied = await migrateToLatest(database.handle.db as Kysely<unknown>, migrations);
      expect(applied).toEqual(Object.keys(migrations).sort());
      expect(await migrateToLatest(database.handle.db as Kysely<unknown>, migrations)).toEqual([]);
    } finally {
      await database.drop();
    }
  }, 120_000);

  it.skipIf(BACKEND !== "embedded")(
    "keeps a second process off an embedded data directory in use",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "postguard-lock-"));
      try {
        mkdirSync(dir, { recursive: true });
        // pid 1 is always alive: as if another server held the directory.
        writeFileSync(join(dir, "postguard.lock"), "1");
        await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DatabaseUnavailableError);
        await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process 1/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(BACKEND !== "postgres")(
    "names DATABASE_URL when the server cannot be reached",
    async () => {
      await expect(
        openDatabase({ databaseUrl: "postgres://nobody:pw@127.0.0.1:1/none" }),
      ).rejects.toThrow(
        /Cannot connect to the database at DATABASE_URL \(postgres:\/\/nobody:\*\*\*@/,
      );
    },
  );
});

describe(`jobs, health and web app (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  const done: unknown[] = [];
  beforeAll(async () => {
    t = await testApp({}, {});
  }, 120_000);
  afterAll(() => t.close());

  it("runs a job sent to a queue on this backend", async () => {
    // Queues are defined before the server starts, so this test builds its own app.
    const database = await testDatabase();
    const { buildApp } = await import("../../src/server/app.js");
    const { testConfig } = await import("./helpers.js");
    const app = await buildApp(testConfig(), { database: database.handle, jobPollingSeconds: 0.5 });
    app.jobs.define<{ n: number }>("test.echo", async (data) => {
      done.push(data);
    });
    await app.ready();
    try {
      await app.jobs.send("test.echo", { n: 7 });
      await expect.poll(() => done, { timeout: 15_000, interval: 200 }).toEqual([{ n: 7 }]);
      expect((await app.jobs.depths())["test.echo"]).toBe(0);
      await expect(app.jobs.send("nope", {})).rejects.toThrow(/Unknown queue/);
    } finally {
      await app.close();
      await database.drop();
    }
  }, 120_000);

  it("reports health and readiness", async () => {
    const client = new Client(t.app);
    expect((await client.get("/healthz")).json()).toEqual({ status: "ok" });
    expect((await client.get("/readyz")).json()).toEqual({ status: "ready", database: BACKEND });
  });

  it("answers browser paths with the web app and API paths with JSON 404s", async () => {
    const client = new Client(t.app);
    const api = await client.get("/api/v1/nope");
    expect(api.statusCode).toBe(404);
    expect(api.headers["content-type"]).toMatch(/json/);
    const page = await client.get("/users");
    if (page.statusCode === 200) expect(page.body).toMatch(/<div id="root">/);
    else expect(page.json().code).toBe("not-found"); // the web app is not built in this checkout
  });
});

describe(`postguard serve (${BACKEND})`, { timeout: 60_000 }, () => {
  it("starts on the given settings, answers, and stops cleanly on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "postguard-serve-"));
    const database = process.env.DATABASE_URL ? await testDatabase() : undefined;
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "serve",
        "--port",
        "0",
        "--host",
        "127.0.0.1",
        "--data-dir",
        dir,
      ],
      {
        env: { ...process.env, DATABASE_URL: database?.url ?? "", LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    try {
      await expect
        .poll(() => output, { timeout: 90_000, interval: 200 })
        .toMatch(/Server listening at http:\/\/127\.0\.0\.1:\d+/);
      const port = output.match(/Server listening at http:\/\/127\.0\.0\.1:(\d+)/)![1];
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(response.status).toBe(200);
      expect(output).toMatch(/no users yet/);
      // One access-log line a request, with what the two Fastify lines used to carry.
      await expect
        .poll(() => output, { timeout: 10_000, interval: 100 })
        .toMatch(/"msg":"request completed"/);
      const lines = output
        .split("\n")
        .filter((line) => line.includes('"url":"/readyz"'))
        .map((line) => JSON.parse(line));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        msg: "request completed",
        req: { method: "GET", url: "/readyz" },
        res: { statusCode: 200 },
      });
      expect(lines[0].responseTime).toBeGreaterThan(0);
      expect(output).not.toMatch(/"msg":"incoming request"/);
      const exit = new Promise<number | null>((r) => child.once("exit", r));
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      expect(output).toMatch(/"msg":"shutting down"/);
      expect(output).toMatch(/"msg":"stopped"/);
    } finally {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
      await database?.drop();
    }
  }, 120_000);

  it("refuses to start on a wrong setting, naming it, without a stack trace", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
      env: { ...process.env, PORT: "not-a-port" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((r) => child.once("exit", r));
    expect(code, output).toBe(78);
    expect(output).toMatch(/Invalid setting PORT \(--port\): "not-a-port" is not a whole number/);
    expect(output).not.toMatch(/\n\s+at /);
  }, 60_000);
});

// Each command opens the database in its own process: slow on a busy 2-core machine, hence the time allowed.
describe(`postguard user and seed-demo (${BACKEND})`, { timeout: 300_000 }, () => {
  function cli(args: string[], input = ""): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.stdin.end(input);
    return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
  }

  it("adds the first administrator, who can then sign in; seed-demo adds a user per role", async () => {
    const dir = mkdtempSync(join(tmpdir(), "postguard-user-"));
    const database = process.env.DATABASE_URL ? await testDatabase() : undefined;
    const where = database ? ["--database-url", database.url!] : ["--data-dir", dir];
    try {
      const added = await cli(
        [
          "user",
          "add",
          "--email",
          "First.Admin@Trust.nhs.uk",
          "--name",
          "First Admin",
          "--role",
          "administrator",
          ...where,
        ],
        "a long enough password\n",
      );
      expect(added.output).toMatch(
        /Added First Admin <first.admin@trust.nhs.uk> with role administrator/,
      );
      expect(added.code, added.output).toBe(0);
      const again = await cli(
        ["user", "add", "--email", "first.admin@trust.nhs.uk", "--name", "Again", ...where],
        "a long enough password\n",
      );
      expect(again.code, again.output).toBe(65);
      expect(again.output).toMatch(/already a user/);
      const weak = await cli(
        ["user", "add", "--email", "weak@trust.nhs.uk", "--name", "Weak", ...where],
        "short\n",
      );
      expect(weak.code, weak.output).toBe(64);
      expect(weak.output).toMatch(/at least 12 characters/);
      const seeded = await cli(["seed-demo", ...where]);
      expect(seeded.output).toMatch(/8 users created/);
      // The administrator's password works against the same database, next to the demo users.
      const handle = database?.handle ?? (await openDatabase({ dataDir: dir }));
      try {
        const emails = (
          await handle.db.selectFrom("users").select("email").orderBy("email").execute()
        ).map((u) => u.email);
        expect(emails).toContain("first.admin@trust.nhs.uk");
        expect(emails).toContain("pals@demo.nhs.uk");
        expect(emails).toHaveLength(9);
        const { buildApp } = await import("../../src/server/app.js");
        const { testConfig } = await import("./helpers.js");
        const app = await buildApp(testConfig(), { database: handle });
        await app.ready();
        const response = await new Client(app).login(
          "first.admin@trust.nhs.uk",
          "a long enough password",
        );
        expect(response.statusCode).toBe(200);
        expect(response.json().actions).toContain("users:create");
        await app.close();
      } finally {
        if (!database) await handle.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database?.drop();
    }
  });
});
