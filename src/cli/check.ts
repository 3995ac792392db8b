// `postguard check`: one post from the command line or stdin, or a JSONL batch with --input.
import { Command, Option } from "commander";
import { applyFixes, type Checker, type CheckInput, type Finding } from "../engine/index.js";
import { runBatch } from "./batch.js";
import { CliError, EXIT } from "./errors.js";
import { checkerFor } from "./pack-file.js";
import { exitCodeFor, formatFixReport, formatReport, type FixReport } from "./report.js";
import type { Io } from "./io.js";

interface CheckOptions {
  profile?: string;
  inbound?: boolean;
  format: "text" | "json";
  fix?: boolean;
  pack?: string;
  input?: string;
  output?: string;
  progress: boolean;
  color: boolean;
  quiet?: boolean;
}

export const CHECK_HELP = `
Exit codes:
  0   pass or advise (batch: every line was checked)
  1   warn: change the post before publishing
  2   block: do not publish
  64  usage error (unknown option, no text, text and --input together)
  65  batch only: some lines could not be checked (not JSON, no "text"); the rest were
  66  an input or pack file cannot be opened
  73  the output file cannot be created
  74  reading or writing failed part way
  78  the policy pack is not valid

With --fix the exit code is that of what is left after the fixes.

Examples:
  postguard check "Lovely to see Mrs Hughes in bed 4 smiling today"
  echo "post text" | postguard check --profile "Staff nurse at Maidstone Hospital"
  postguard check --fix "..."
  postguard check --format json "..."
  postguard check --input posts.jsonl --output results.jsonl
  postguard check --pack our-trust.json "..."        (or POSTGUARD_PACK=our-trust.json)
`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

// ESLint-style: fix, re-check, fix again, until nothing more can be fixed. One pass can skip a fix
// that overlaps another; the next pass, on the mended text, picks it up.
const MAX_FIX_PASSES = 10;

export function fixPost(checker: Checker, input: CheckInput): FixReport {
  let output = input.text;
  const fixed: Finding[] = [];
  let result = checker(input);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const outcome = applyFixes(output, result.findings);
    if (outcome.fixed.length === 0 || outcome.output === output) break;
    fixed.push(...outcome.fixed);
    output = outcome.output;
    result = checker({ ...input, text: output });
  }
  return {
    original: input.text,
    output,
    fixed,
    remaining: result.findings,
    verdict: result.verdict,
  };
}

async function checkOne(
  text: string,
  options: CheckOptions,
  checker: Checker,
  io: Io,
): Promise<number> {
  const input: CheckInput = { text, direction: options.inbound ? "inbound" : "outbound" };
  if (options.profile !== undefined) input.profile = options.profile;
  const colour = options.color && io.colour;

  if (options.fix) {
    const report = fixPost(checker, input);
    if (options.format === "json") {
      io.stdout.write(JSON.stringify(report, null, 2) + "\n");
    } else {
      io.stdout.write(formatFixReport(report, { colour }));
    }
    return exitCodeFor(report.verdict);
  }

  const result = checker(input);
  if (options.format === "json") {
    io.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    io.stdout.write(formatReport(text, result, { colour }));
  }
  return exitCodeFor(result.verdict);
}

export function registerCheck(
  program: Command,
  io: Io,
  setExitCode: (code: number) => void,
  defaultChecker?: Checker,
): void {
  const checkerForRun = (pack: string | undefined) =>
    pack === undefined && defaultChecker && !io.env.POSTGUARD_PACK
      ? Promise.resolve(defaultChecker)
      : checkerFor(pack, io.env);
  program
    .command("check")
    .summary("check a post against the policy (or a JSONL batch with --input)")
    .description(
      "Check a post against the trust's social media policy and explain each finding.\n" +
        "The post is the TEXT argument, or standard input when there is none.",
    )
    .argument(
      "[text...]",
      "the post to check (words are joined with spaces); omit to read standard input",
    )
    .option(
      "--profile <bio>",
      "the author's profile or bio (tells whether they name their employer)",
    )
    .option(
      "--inbound",
      "the text is a message received by an official account, not a post about to go out",
    )
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
    )
    .option(
      "--fix",
      "print the post with the automatic fixes applied, and what is left to change by hand",
    )
    .option(
      "--pack <file>",
      "the trust's policy pack (JSON); default: $POSTGUARD_PACK, else the built-in pack",
    )
    .option(
      "-i, --input <file>",
      'batch: check every line of a JSONL file ("-" for standard input)',
    )
    .option("-o, --output <file>", "batch: write results here as JSONL (default: standard output)")
    .option("--no-progress", "batch: no progress bar (it is shown only on a terminal anyway)")
    .option("--no-color", "no colour; offending words are marked [[like this]]")
    .option("-q, --quiet", "batch: no summary line on standard error")
    .addHelpText("after", CHECK_HELP)
    .action(async (words: string[], options: CheckOptions, command: Command) => {
      const text = words.length > 0 ? words.join(" ") : undefined;
      if (options.input !== undefined) {
        if (text !== undefined)
          throw new CliError("give either TEXT or --input, not both", EXIT.usage);
        if (options.profile !== undefined || options.inbound) {
          throw new CliError(
            '--profile and --inbound are for one post; in a batch give "profile" and "direction" on each line',
            EXIT.usage,
          );
        }
        if (command.getOptionValueSource("format") === "cli" && options.format === "text") {
          throw new CliError(
            "a batch always writes JSONL; --format text applies to one post",
            EXIT.usage,
          );
        }
        const checker = await checkerForRun(options.pack);
        setExitCode(
          await runBatch(
            {
              input: options.input,
              output: options.output,
              checker,
              fix: options.fix,
              progress: options.progress && io.stderr.isTTY === true,
              quiet: options.quiet,
            },
            io,
          ),
        );
        return;
      }
      if (options.output !== undefined) throw new CliError("--output needs --input", EXIT.usage);
      let post = text;
      if (post === undefined) {
        if (io.stdin.isTTY) {
          throw new CliError(
            'no post to check: give it as an argument (postguard check "...") or on standard input',
            EXIT.usage,
          );
        }
        post = await readAll(io.stdin);
        // A trailing newline from echo or a file is not part of the post.
        post = post.replace(/\r?\n$/, "");
      }
      const checker = await checkerForRun(options.pack);
      setExitCode(await checkOne(post, options, checker, io));
    });
}
