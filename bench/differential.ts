// Differential check for behaviour-identical speed work: writes JSON.stringify(check(input)),
// one line per input, for a fixed set of inputs, and compares with a file written the same way
// by another tree (e.g. a worktree of main).
//
//   node_modules/.bin/node --import tsx bench/differential.ts --out /tmp/new.txt [--against /tmp/base.txt]
//
// Inputs: the public evaluation items, the dev holdout, every post of training/policy-corpus,
// 30,000 generated posts (bench/corpus.ts, seeds 20240611 and 7) and adversarial strings
// (repeated words, look-alikes, invisible and full-width letters, lone surrogates, odd inputs).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { check } from "../src/engine/check.js";
import type { CheckInput } from "../src/engine/types.js";
import { createCorpus } from "./corpus.js";

const { values } = parseArgs({
  options: { out: { type: "string" }, against: { type: "string" } },
});
if (!values.out) throw new Error("--out FILE is required");
const ROOT = resolve(import.meta.dirname, "..");

const inputs: CheckInput[] = [];
function jsonl(path: string): void {
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as CheckInput;
    inputs.push({ text: item.text, profile: item.profile, direction: item.direction });
  }
}
// The shared evaluation items sit beside the repository (a worktree elsewhere falls back to /work).
const besideRepo = resolve(ROOT, "../shared/eval/posts.public.jsonl");
jsonl(existsSync(besideRepo) ? besideRepo : "/work/shared/eval/posts.public.jsonl");
jsonl(join(ROOT, "test/eval/holdout-dev.jsonl"));
const corpusDir = join(ROOT, "training/policy-corpus");
for (const file of readdirSync(corpusDir).sort())
  if (file.endsWith(".jsonl")) jsonl(join(corpusDir, file));
for (const seed of [20240611, 7]) for (const post of createCorpus(15000, seed)) inputs.push(post);

const pieces = [
  "a ",
  "1 ",
  "@",
  "f u c k ",
  "nurse ",
  "Mrs Smith bed 4 ",
  "fúck ",
  "ｆｕｃｋ ",
  "f\u200bu\u200bc\u200bk ",
  "ѕhit ",
  "İstanbul ",
  "ß",
  "\u0301a",
  "😀",
  "\ud800",
  "NHS 943 476 5919 ",
  "SW1A 1AA ",
  "...a.b.c",
  "\n",
  "WARD 7 BED 3 PATIENT JOHN ",
  "k1ll ",
  "n!gger ",
  "p a k i ",
  "Ⅻ",
  "ﬁ",
  "ǅ",
  "K",
  "İ",
  "Ø",
  "\udb40\udc01",
  "❤️",
  "sh1t $hit @ss ",
  "{{word}} ",
];
for (const piece of pieces) for (const n of [1, 3, 50, 400]) inputs.push({ text: piece.repeat(n) });
pieces.forEach((piece, i) =>
  inputs.push({
    text: pieces.slice(i).join(" ") + pieces.slice(0, i).join(""),
    profile: piece.repeat(3),
    direction: i % 2 ? "inbound" : "outbound",
  }),
);
inputs.push({ text: "", profile: "" }, { text: "x".repeat(5000) });
inputs.push({ text: undefined as unknown as string }, { text: 5 as unknown as string });

const lines = inputs.map((input) => JSON.stringify(check(input)));
writeFileSync(values.out, lines.join("\n") + "\n");
console.log(`${lines.length} inputs written to ${values.out}`);

if (values.against) {
  const base = readFileSync(values.against, "utf8").split("\n");
  let differences = 0;
  for (let i = 0; i < lines.length; i++) {
    if (base[i] === lines[i]) continue;
    if (++differences <= 5) console.log(`input ${i} differs:\n  was ${base[i]}\n  now ${lines[i]}`);
  }
  if (base.length - 1 !== lines.length)
    console.log(`line counts differ: ${base.length - 1} vs ${lines.length}`);
  console.log(
    differences === 0 && base.length - 1 === lines.length
      ? "IDENTICAL"
      : `${differences} DIFFERENT`,
  );
  if (differences > 0 || base.length - 1 !== lines.length) process.exitCode = 1;
}
