// `postguard seed-demo`: a demo trust with a user for every role and a few cases, for trying postguard out.
import type { Command } from "commander";
import { databaseOptions, withDatabase } from "../server/platform/cli-support.js";
import { demoTable, seedDemo } from "../server/demo.js";

export function register(program: Command): void {
  databaseOptions(
    program
      .command("seed-demo")
      .description(
        "Create a demo trust with a user for every role and a few cases (for trying postguard out, not for real use)",
      ),
  ).action(async (options: { dataDir?: string; databaseUrl?: string }) => {
    const result = await withDatabase(options, (handle) => seedDemo(handle.db));
    process.stdout.write(
      `Demo trust ready: ${result.created.length} users created, ${result.existing.length} already there; ${result.cases.created} cases created, ${result.cases.existing} already there.\n${demoTable()}`,
    );
  });
}
