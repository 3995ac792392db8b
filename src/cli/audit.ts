// `postguard audit verify`: walks the audit log's hash chain and reports any entry that was
// edited, inserted or deleted. Exit 0 intact, 1 tampered.
import type { Command } from "commander";
import { CliError } from "./errors.js";
import { verifyAudit } from "../server/platform/audit.js";
import { databaseOptions, withDatabase } from "../server/platform/cli-support.js";

export const EXIT_TAMPERED = 1;

export function register(program: Command): void {
  const audit = program.command("audit").description("Work with the audit log");
  databaseOptions(
    audit
      .command("verify")
      .description(
        "Check the audit log's hash chain; exit 1 if any entry was edited, inserted or deleted",
      )
      .option("--json", "print the report as JSON"),
  ).action(async (options: { dataDir?: string; databaseUrl?: string; json?: boolean }) => {
    const report = await withDatabase(options, (handle) => verifyAudit(handle.db));
    if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    else if (report.ok)
      process.stdout.write(
        `Audit log intact: ${report.entries} entries, each linked to the one before.\n`,
      );
    else {
      process.stdout.write(
        `Audit log has been tampered with: ${report.problems.length} problem(s) in ${report.entries} entries.\n`,
      );
      for (const problem of report.problems)
        process.stdout.write(`  ${problem.kind.padEnd(8)} ${problem.message}\n`);
    }
    if (!report.ok) throw new CliError("audit log verification failed", EXIT_TAMPERED);
  });
}
