// `postguard user add|list|unlock|set-password`: people management from the command line, above
// all for the first administrator, before anyone can sign in to the web app.
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { CliError } from "./errors.js";
import { CLI_ACTOR, databaseOptions, withDatabase } from "../server/platform/cli-support.js";
import { ROLES } from "../server/platform/authorisation.js";
import { HttpError } from "../server/platform/errors.js";
import { passwordProblem } from "../server/platform/passwords.js";
import {
  createUser,
  listUsers,
  setPassword,
  unlockUser,
} from "../server/features/users/service.js";
import type { DatabaseHandle } from "../server/platform/database.js";

const EXIT_USAGE = 64;
const EXIT_DATA = 65;

/** The password comes from stdin (piped, or typed at a prompt that does not echo it). */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let data = "";
    for await (const chunk of stdin) data += chunk;
    return data.split(/\r?\n/)[0];
  }
  process.stderr.write(prompt);
  const rl = createInterface({ input: stdin, terminal: true });
  // Swallow the echo: the readline interface would print each typed character.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function userId(handle: DatabaseHandle, email: string): Promise<string> {
  const row = await handle.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) throw new CliError(`no user with the e-mail address ${email}`, EXIT_DATA);
  return row.id;
}

function userFacing(error: unknown): unknown {
  return error instanceof HttpError
    ? new CliError(error.message, error.statusCode === 409 ? EXIT_DATA : EXIT_USAGE)
    : error;
}

export function register(program: Command): void {
  const user = program.command("user").description("Manage user accounts");

  databaseOptions(
    user
      .command("add")
      .description("Add a user; the password is read from stdin (or a hidden prompt)")
      .requiredOption("--email <address>", "e-mail address, used to sign in")
      .requiredOption("--name <name>", "display name")
      .option("--role <role>", `a role (repeat for several): ${ROLES.join(", ")}`, collect, [])
      .option("--title <title>", "job title")
      .option(
        "--no-password",
        "no password: the user signs in through the identity provider (OIDC)",
      ),
  ).action(
    async (options: {
      email: string;
      name: string;
      role: string[];
      title?: string;
      password: boolean;
      dataDir?: string;
      databaseUrl?: string;
    }) => {
      const roles = options.role.length ? options.role : ["staff"];
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length)
        throw new CliError(
          `unknown role ${unknown.join(", ")}; roles are: ${ROLES.join(", ")}`,
          EXIT_USAGE,
        );
      const password = options.password
        ? await readPassword(`Password for ${options.email}: `)
        : null;
      // Before opening the database: a weak password should not cost a database start-up to refuse.
      const problem = password === null ? null : passwordProblem(password);
      if (problem) throw new CliError(problem, EXIT_USAGE);
      const created = await withDatabase(options, (handle) =>
        createUser(handle.db, CLI_ACTOR, {
          email: options.email,
          displayName: options.name,
          jobTitle: options.title ?? null,
          roles,
          password,
        }).catch((e) => {
          throw userFacing(e);
        }),
      );
      process.stdout.write(
        `Added ${created.displayName} <${created.email}> with role${created.roles.length > 1 ? "s" : ""} ${created.roles.join(", ")}.\n`,
      );
    },
  );

  databaseOptions(user.command("list").description("List users")).action(
    async (options: { dataDir?: string; databaseUrl?: string }) => {
      const users = await withDatabase(options, (handle) => listUsers(handle.db));
      for (const u of users) {
        const flags = [!u.active && "inactive", u.locked && "locked"].filter(Boolean).join(", ");
        process.stdout.write(
          `${u.email.padEnd(32)} ${u.displayName.padEnd(24)} ${u.roles.join(", ")}${flags ? ` (${flags})` : ""}\n`,
        );
      }
    },
  );

  databaseOptions(
    user
      .command("unlock")
      .description("Clear a lock-out after failed sign-ins")
      .argument("<email>"),
  ).action(async (email: string, options: { dataDir?: string; databaseUrl?: string }) => {
    await withDatabase(options, async (handle) =>
      unlockUser(handle.db, CLI_ACTOR, await userId(handle, email)),
    );
    process.stdout.write(`Unlocked ${email}.\n`);
  });

  databaseOptions(
    user
      .command("set-password")
      .description("Set a user's password, read from stdin (or a hidden prompt)")
      .argument("<email>"),
  ).action(async (email: string, options: { dataDir?: string; databaseUrl?: string }) => {
    const password = await readPassword(`New password for ${email}: `);
    await withDatabase(options, async (handle) =>
      setPassword(handle.db, CLI_ACTOR, await userId(handle, email), password).catch((e) => {
        throw userFacing(e);
      }),
    );
    process.stdout.write(`Password set for ${email}.\n`);
  });
}
