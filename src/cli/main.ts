#!/usr/bin/env node
// The `postguard` command. Each command lives in its own module and registers itself here.
import { readFileSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Command, CommanderError } from "commander";
import type { Checker } from "../engine/index.js";
import { registerCheck } from "./check.js";
import { CliError, EXIT } from "./errors.js";
import { processIo, type Io } from "./io.js";

/**
 * Commands other modules add with `register(program: Command)`. They are loaded only when the
 * command line may need them (not for `check`, which must start fast in scripts and hooks), and a
 * module that does not exist yet is simply left out.
 */
const OPTIONAL_COMMANDS: Record<string, string> = {
  serve: "./serve.js",
  user: "./user.js",
  audit: "./audit.js",
  "seed-demo": "./seed-demo.js",
};

/** Unexpected failure: a bug, not something the user did. (EX_SOFTWARE) */
const EXIT_INTERNAL = 70;

function version(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

async function registerOptional(program: Command, argv: string[]): Promise<void> {
  const first = argv.find((a) => !a.startsWith("-"));
  const wanted =
    first !== undefined && first in OPTIONAL_COMMANDS
      ? [first]
      : first === "check"
        ? []
        : Object.keys(OPTIONAL_COMMANDS);
  for (const name of wanted) {
    const specifier = OPTIONAL_COMMANDS[name];
    let module: { register?: (program: Command) => void };
    try {
      module = (await import(specifier)) as typeof module;
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const missing =
        e?.code === "ERR_MODULE_NOT_FOUND" &&
        e.message.includes(specifier.replace("./", "/").replace(/\.js$/, ""));
      if (missing) continue;
      throw error;
    }
    module.register?.(program);
  }
}

export interface RunOptions {
  /** The checker to use when no pack is given (tests pass one with their own rules). */
  checker?: Checker;
}

export function buildProgram(
  io: Io,
  setExitCode: (code: number) => void,
  options: RunOptions = {},
): Command {
  const program = new Command("postguard");
  program
    .description("Puts an NHS trust's social media policy into practice.")
    .version(version(), "-V, --version")
    .showHelpAfterError('(run "postguard help check" for the check command\'s options)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      "after",
      `
Exit codes (check): 0 pass/advise, 1 warn, 2 block, 64 usage error, 65 bad batch lines,
66 cannot open input, 73 cannot create output, 74 I/O error, 78 invalid policy pack.
See "postguard help check" and docs/cli.md.`,
    );
  registerCheck(program, io, setExitCode, options.checker);
  return program;
}

/** Run the CLI with the given arguments (without "node" and the script) and return the exit code. */
export async function run(
  argv: string[],
  io: Io = processIo(),
  options: RunOptions = {},
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code), options);
  try {
    await registerOptional(program, argv);
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version")
        return EXIT.ok;
      // Commander has already printed what was wrong.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`postguard: ${error.message}\n`);
      return error.exitCode;
    }
    const e = error as Error;
    io.stderr.write(`postguard: unexpected error: ${e?.message ?? String(error)}\n`);
    if (io.env.POSTGUARD_DEBUG) io.stderr.write(`${e?.stack ?? ""}\n`);
    return EXIT_INTERNAL;
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

/** Run as the `postguard` command: parse argv, run, set the exit code. */
export async function main(): Promise<void> {
  // A reader that stops early (postguard check ... | head) is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  const code = await run(process.argv.slice(2));
  // Other commands may have set process.exitCode themselves; only a failure here overrides it.
  if (code !== EXIT.ok || process.exitCode === undefined) process.exitCode = code;
}

if (isEntryPoint()) await main();
