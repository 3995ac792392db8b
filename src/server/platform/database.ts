// One way to reach the database, whichever backend: embedded PGlite under the data directory
// by default, or a PostgreSQL server when DATABASE_URL is given. Both speak the same SQL, so
// migrations, queries and pg-boss are shared.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { Mutex, PgliteDialect } from "./pglite-dialect.js";
import type { Database } from "./tables.js";
import { ConfigError, redactUrl } from "./config.js";

/** What pg-boss needs: run SQL text, with or without parameters. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: "embedded" | "postgres";
  /** Where the data lives, for logs: a directory or a redacted URL. */
  location: string;
  executor: SqlExecutor;
  close(): Promise<void>;
  /** Embedded only: the whole data directory as a tar (tests reuse a migrated one). */
  dump?(): Promise<Blob>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Directory for the embedded database; `undefined` keeps it in memory (tests). */
  dataDir?: string;
  /** In-memory only: start from this dump of a data directory instead of running initdb (tests: ~2 s faster each). */
  snapshot?: Blob;
}

export class DatabaseUnavailableError extends Error {}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openEmbedded(options.dataDir, options.snapshot);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client can lose its server (restart, failover); without a listener pg would crash the process.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot connect to the database at DATABASE_URL (${redactUrl(url)}): ${(error as Error).message}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    location: redactUrl(url),
    executor: { executeSql: (text, values) => pool.query(text, values as unknown[]) },
    async close() {
      await db.destroy();
    },
  };
}

async function openEmbedded(dataDir: string | undefined, snapshot?: Blob): Promise<DatabaseHandle> {
  let releaseLock = () => {};
  let pglite: PGlite;
  if (dataDir) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new ConfigError(
        "POSTGUARD_DATA_DIR (--data-dir)",
        `cannot create ${dataDir}: ${(error as Error).message}`,
      );
    }
    releaseLock = takeDataDirLock(dataDir);
    try {
      pglite = new PGlite(join(dataDir, "pglite"));
      await pglite.waitReady;
    } catch (error) {
      releaseLock();
      throw new DatabaseUnavailableError(
        `Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`,
      );
    }
  } else {
    pglite = new PGlite(snapshot ? { loadDataDir: snapshot } : {});
    await pglite.waitReady;
  }
  const mutex = new Mutex();
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite, mutex) });
  const executor: SqlExecutor = {
    executeSql: (text, values) =>
      mutex.run(async () => {
        if (values && values.length > 0) return pglite.query(text, values);
        // pg-boss sends multi-statement scripts (its migrations) without parameters.
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      }),
  };
  return {
    db,
    kind: "embedded",
    location: dataDir ?? "memory",
    executor,
    dump: () => mutex.run(() => pglite.dumpDataDir("none")),
    async close() {
      await db.destroy();
      await mutex.run(() => pglite.close());
      releaseLock();
    },
  };
}

/** PGlite is one process's database: a second process on the same files would corrupt them. */
function takeDataDirLock(dataDir: string): () => void {
  const lockFile = join(dataDir, "postguard.lock");
  try {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new DatabaseUnavailableError(
        `The embedded database in ${dataDir} is in use by process ${pid}. Stop that process first, ` +
          `or use a PostgreSQL server (DATABASE_URL) to run several processes.`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** Makes an already opened database visible to every plugin as `app.db`. */
export const databasePlugin = fp(
  async function database(app: FastifyInstance, opts: { handle: DatabaseHandle }) {
    app.decorate("db", opts.handle.db);
    app.decorate("database", opts.handle);
  },
  { name: "postguard-database" },
);
