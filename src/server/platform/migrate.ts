// Versioned migrations, run in name order and recorded in kysely_migration. Every capability
// lists its own; src/server/migrations.ts gathers them.
import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from "kysely";

/** One statement per call: the embedded database's extended protocol takes no multi-statement text. */
export async function runStatements(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export class MigrationError extends Error {}

export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: Record<string, Migration>,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Features land on separate branches; a feature's migration may be named before one already applied.
    allowUnorderedMigrations: true,
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new MigrationError(
      `Database migration ${failed?.migrationName ?? ""} failed: ${(result.error as Error).message ?? String(result.error)}`,
    );
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
