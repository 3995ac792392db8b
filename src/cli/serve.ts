// `postguard serve` (= `npm start`): the web app and API on one port, on the embedded database
// unless DATABASE_URL says otherwise. Stops gracefully on SIGTERM/SIGINT: no new connections,
// in-flight requests and running jobs finish, then the database closes.
import type { Command } from "commander";
import { CliError } from "./errors.js";
import { buildApp } from "../server/app.js";
import { asCliError, EXIT_CONFIG } from "../server/platform/cli-support.js";
import { loadConfig, type ConfigFlags } from "../server/platform/config.js";
import { demoTable, seedDemo } from "../server/demo.js";

/** Long enough for a slow request or job to finish; short of a typical orchestrator's kill timeout (30 s). */
const SHUTDOWN_DEADLINE_MS = 25_000;

export function register(program: Command): void {
  program
    .command("serve")
    .description("Start the postguard server (web app and API)")
    .option("--port <port>", "port to listen on (env PORT, default 3000)")
    .option("--host <host>", "address to listen on (env HOST, default localhost)")
    .option(
      "--data-dir <dir>",
      "where the embedded database lives (env POSTGUARD_DATA_DIR, default ./data)",
    )
    .option("--database-url <url>", "use a PostgreSQL server instead (env DATABASE_URL)")
    .option(
      "--log-level <level>",
      "fatal, error, warn, info, debug or trace (env LOG_LEVEL, default info)",
    )
    .option(
      "--public-url <url>",
      "the address people use, for sign-in redirects (env POSTGUARD_PUBLIC_URL)",
    )
    .option(
      "--no-workers",
      "do not run background jobs in this process (env POSTGUARD_WORKERS=false)",
    )
    .option("--demo", "create a demo trust with a user for every role (see seed-demo)")
    .action(async (options: ConfigFlags & { workers: boolean }) => {
      await serve({ ...options, workers: options.workers === false ? false : undefined });
    });
}

export async function serve(flags: ConfigFlags): Promise<void> {
  let config;
  try {
    config = loadConfig(flags);
  } catch (error) {
    throw asCliError(error);
  }
  const app = await buildApp(config).catch((error) => {
    throw asCliError(error);
  });
  try {
    if (config.demo) {
      const result = await seedDemo(app.db);
      app.log.info(`demo trust ready (${result.created.length} users created)`);
      process.stderr.write(demoTable());
    }
    const users = await app.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    if (Number(users.n) === 0) {
      app.log.warn(
        'no users yet: add the first administrator with `postguard user add --email you@trust.nhs.uk --name "Your Name" --role administrator`, or try the demo with `postguard serve --demo`',
      );
    }
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new CliError(
        `Invalid setting PORT (--port): port ${config.port} is already in use`,
        EXIT_CONFIG,
      );
    if (code === "EACCES")
      throw new CliError(
        `Invalid setting PORT (--port): not allowed to listen on port ${config.port}`,
        EXIT_CONFIG,
      );
    if (code === "ENOTFOUND" || code === "EADDRNOTAVAIL")
      throw new CliError(
        `Invalid setting HOST (--host): cannot listen on ${config.host}`,
        EXIT_CONFIG,
      );
    throw asCliError(error);
  }
  app.log.info(
    { database: app.database.kind, location: app.database.location },
    `postguard is ready at ${config.publicUrl}`,
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      app.log.info({ signal }, "shutting down");
      const deadline = setTimeout(() => {
        app.log.error("shutdown took too long; exiting anyway");
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS);
      deadline.unref();
      app.close().then(
        () => {
          app.log.info("stopped");
          resolve();
        },
        (error) => {
          app.log.error({ err: error }, "error while shutting down");
          resolve();
        },
      );
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
}
