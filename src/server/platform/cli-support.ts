// What the server's CLI commands share: the common database options, opening and migrating the
// database, and turning known failures into one-line messages with sysexits codes.
import type { Command } from "commander";
import type { Kysely } from "kysely";
import { CliError } from "../../cli/errors.js";
import { migrations } from "../migrations.js";
import { ConfigError, loadConfig, type Config, type ConfigFlags } from "./config.js";
import { DatabaseUnavailableError, openDatabase, type DatabaseHandle } from "./database.js";
import { MigrationError, migrateToLatest } from "./migrate.js";

export const EXIT_UNAVAILABLE = 69;
export const EXIT_CONFIG = 78;

export function databaseOptions(command: Command): Command {
  return command
    .option(
      "--data-dir <dir>",
      "where the embedded database lives (env POSTGUARD_DATA_DIR, default ./data)",
    )
    .option("--database-url <url>", "use a PostgreSQL server instead (env DATABASE_URL)");
}

export function asCliError(error: unknown): unknown {
  if (error instanceof ConfigError) return new CliError(error.message, EXIT_CONFIG);
  if (error instanceof DatabaseUnavailableError || error instanceof MigrationError)
    return new CliError(error.message, EXIT_UNAVAILABLE);
  return error;
}

/** Open and migrate the configured database, run `fn`, close it again. */
export async function withDatabase<T>(
  flags: ConfigFlags,
  fn: (db: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  let handle: DatabaseHandle | undefined;
  try {
    const config = loadConfig({ ...flags, logLevel: "silent" });
    handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateToLatest(handle.db as Kysely<unknown>, migrations);
    return await fn(handle, config);
  } catch (error) {
    throw asCliError(error);
  } finally {
    await handle?.close();
  }
}

export const CLI_ACTOR = { id: null, label: "cli" };
