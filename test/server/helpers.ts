// Shared test plumbing. The backend comes from the environment: with DATABASE_URL set, each
// test app gets a fresh database on that PostgreSQL server; without it, an in-memory PGlite.
// CI runs the suite once each way.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { simpleParser, type ParsedMail } from "mailparser";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { buildApp, type BuildOptions } from "../../src/server/app.js";
import { loadConfig, type Config } from "../../src/server/platform/config.js";
import { openDatabase, type DatabaseHandle } from "../../src/server/platform/database.js";
import { migrateToLatest } from "../../src/server/platform/migrate.js";
import { migrations } from "../../src/server/migrations.js";
import { Jobs } from "../../src/server/platform/jobs.js";
import { createUser } from "../../src/server/features/users/service.js";
import type { Role } from "../../src/server/platform/authorisation.js";

export const BACKEND = process.env.DATABASE_URL ? "postgres" : "embedded";
export const PASSWORD = "correct horse battery staple";

// A migrated embedded database (ours and pg-boss's schema), made once and kept as a dump in
// the temp directory: loading it takes a fraction of PGlite's initdb plus migrations, which
// otherwise take ~5 s per test file on a 2-core machine. Keyed by the PGlite and pg-boss
// versions and the migration names, so any change makes a new one. test/server/migrations.test.ts
// runs the migrations on a truly empty database.
async function migratedSnapshot(): Promise<Blob> {
  const key = createHash("sha256")
    .update(
      JSON.stringify([
        versionOf("@electric-sql/pglite"),
        versionOf("pg-boss"),
        Object.keys(migrations).sort(),
      ]),
    )
    .digest("hex")
    .slice(0, 16);
  const file = join(tmpdir(), `postguard-test-pglite-${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const handle = await openDatabase({});
  await migrateToLatest(handle.db as never, migrations);
  const jobs = new Jobs({ executor: handle.executor, workers: false });
  await jobs.start();
  await jobs.stop();
  const dump = await handle.dump!();
  await handle.close();
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

function versionOf(name: string): string {
  return (
    JSON.parse(
      readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8"),
    ) as { version: string }
  ).version;
}

export interface TestDatabase {
  handle: DatabaseHandle;
  url?: string;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied (or none, with `empty`). */
export async function testDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase(options.empty ? {} : { snapshot: await migratedSnapshot() });
    return { handle, drop: () => handle.close() };
  }
  const name = `postguard_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.href });
  if (!options.empty) await migrateToLatest(handle.db as never, migrations);
  return {
    handle,
    url: url.href,
    async drop() {
      await handle.close().catch(() => {});
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig(
    {},
    {
      LOG_LEVEL: "silent",
      POSTGUARD_COOKIE_SECURE: "false",
      POSTGUARD_DATA_DIR: "/nonexistent-test-dir",
      // Checks inline unless a test asks for worker threads (check.test.ts runs both ways).
      POSTGUARD_CHECK_THREADS: "0",
      ...env,
    },
  );
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function testApp(
  env: Record<string, string> = {},
  options: BuildOptions = {},
): Promise<TestApp> {
  const database = await testDatabase();
  const app = await buildApp(testConfig(env), {
    database: database.handle,
    jobPollingSeconds: 0.5,
    ...options,
  });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

let counter = 0;
export async function addUser(
  app: FastifyInstance,
  roles: Role[],
  extra: { email?: string; password?: string | null; lineManagerId?: string } = {},
) {
  counter++;
  return createUser(
    app.db,
    { id: null, label: "test" },
    {
      email:
        extra.email ??
        `${roles.join("-")}-${counter}-${randomBytes(3).toString("hex")}@trust.nhs.uk`,
      displayName: `Test ${roles.join(" ")} ${counter}`,
      roles,
      password: extra.password === undefined ? PASSWORD : extra.password,
      lineManagerId: extra.lineManagerId,
    },
  );
}

/** A browser-like client over app.inject: keeps cookies and sends the CSRF token on unsafe methods. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf?: string;

  constructor(readonly app: FastifyInstance) {}

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      expires?: Date;
      maxAge?: number;
    }[]) {
      const expired =
        (cookie.expires && cookie.expires.getTime() < Date.now()) ||
        cookie.maxAge === 0 ||
        cookie.value === "";
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const unsafe = !["GET", "HEAD", "OPTIONS"].includes(method);
    if (unsafe && this.csrf === undefined) {
      const response = await this.app.inject({
        method: "GET",
        url: "/api/v1/auth/csrf",
        cookies: Object.fromEntries(this.cookies),
      });
      this.remember(response);
      this.csrf = response.json().token;
    }
    const response = await this.app.inject({
      method: method as "GET",
      url,
      cookies: Object.fromEntries(this.cookies),
      headers: { ...(unsafe && this.csrf ? { "x-csrf-token": this.csrf } : {}), ...headers },
      ...(body === undefined
        ? {}
        : typeof body === "string"
          ? {
              payload: body,
              headers: {
                "content-type": "application/json",
                ...(unsafe && this.csrf ? { "x-csrf-token": this.csrf } : {}),
                ...headers,
              },
            }
          : { payload: body as object }),
    });
    this.remember(response);
    return response;
  }

  get(url: string) {
    return this.request("GET", url);
  }
  post(url: string, body?: unknown) {
    return this.request("POST", url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request("PATCH", url, body);
  }

  async login(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    return this.post("/api/v1/auth/login", { email, password });
  }
}

export async function signedIn(
  app: FastifyInstance,
  roles: Role[],
): Promise<{ client: Client; user: Awaited<ReturnType<typeof addUser>> }> {
  const user = await addUser(app, roles);
  const client = new Client(app);
  const response = await client.login(user.email);
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return { client, user };
}

export interface Mailbox {
  /** `smtp://127.0.0.1:<port>` for POSTGUARD_SMTP_URL. */
  url: string;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port; every message it receives is parsed into `mail`. */
export async function startMailbox(mail: ParsedMail[]): Promise<Mailbox> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mail.push(parsed);
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
