// In-process CLI runs with captured streams, and a small fixed rule set so the CLI's own
// behaviour (exit codes, highlighting, fixes) is tested independently of the real rules, which
// other tests cover and which keep changing.
import { PassThrough, Readable } from "node:stream";
import { createChecker, type Checker } from "../../src/engine/index.js";
import { defineRule } from "../../src/engine/rules/rule.js";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

const findAll = (text: string, word: RegExp) =>
  [...text.matchAll(word)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

export const testRules = [
  defineRule({
    meta: {
      id: "patient-identifiable/test-bed",
      category: "patient-identifiable",
      severity: "block",
      clauses: ["MC-SS01 §4.2(t)"],
      message: "Names a patient in a bed.",
      suggestion: 'Say "a patient".',
      fixable: true,
    },
    check(context) {
      for (const { start, end } of findAll(context.text, /Mrs Hughes in bed \d+/g)) {
        context.report({
          start,
          end,
          fix: { start, end, replacement: "a patient" },
          redactAs: "[patient]",
        });
      }
    },
  }),
  defineRule({
    meta: {
      id: "profanity/test-word",
      category: "profanity",
      severity: "warn",
      clauses: ["MC-SS01 §4.2(e)"],
      message: "Strong language.",
      suggestion: "Leave it out.",
    },
    check(context) {
      for (const { start, end } of findAll(context.text, /\bblast\b/g))
        context.report({ start, end });
    },
  }),
  defineRule({
    meta: {
      id: "missing-disclaimer/test",
      category: "missing-disclaimer",
      severity: "advise",
      clauses: ["MC-SS01 §4.5"],
      message: "Say the views are your own.",
      suggestion: 'Add "Views my own".',
      fixable: true,
    },
    check(context) {
      if (
        /\bopinion\b/.test(context.text) &&
        !/views my own/i.test(context.text + context.profile)
      ) {
        const end = context.text.length;
        context.report({ fix: { start: end, end, replacement: " Views my own." } });
      }
    },
  }),
];

export const testChecker: Checker = createChecker({}, { rules: testRules });

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: {
    stdin?: string | Readable;
    stdinIsTTY?: boolean;
    stderrIsTTY?: boolean;
    env?: NodeJS.ProcessEnv;
    checker?: Checker | null;
  } = {},
): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  let out = "";
  let err = "";
  stdout.on("data", (c) => (out += c));
  stderr.on("data", (c) => (err += c));
  if (options.stderrIsTTY) stderr.isTTY = true;
  const stdin = (
    typeof options.stdin === "string"
      ? Readable.from([Buffer.from(options.stdin)])
      : (options.stdin ?? Readable.from([]))
  ) as Readable & { isTTY?: boolean };
  if (options.stdinIsTTY) stdin.isTTY = true;
  const io: Io = { stdin, stdout, stderr, env: options.env ?? {}, colour: false };
  const code = await run(argv, io, {
    checker: options.checker === null ? undefined : (options.checker ?? testChecker),
  });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}
