// Every migration of the server, by name. Names sort in the order they were written:
// `<yyyy-mm-dd>-<capability>-<what>`. A new feature adds its line(s) here.
import type { Migration } from "kysely";
import * as peopleAndAudit from "./platform/migrations/people-and-audit.js";
import * as casesTables from "./features/cases/migrations/tables.js";

export const migrations: Record<string, Migration> = {
  "2026-11-23-platform-people-and-audit": peopleAndAudit,
  "2026-11-24-cases-tables": casesTables,
};
