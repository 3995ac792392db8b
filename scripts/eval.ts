// Scores the checker on the public evaluation items with the shared scorer.
//   npm run eval                         the table
//   npm run eval -- --category profanity show that category's misses (fn) and false alarms (fp)
//   npm run eval -- --items FILE          another labelled file in the same format
//   npm run eval -- --without-learned     the hand-written rules alone (before/after the policy classifier)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createChecker } from "../src/engine/check.js";
import { rules } from "../src/engine/rules/index.js";
import { learnedRules } from "../src/engine/rules/learned/index.js";

const { values } = parseArgs({
  options: {
    items: {
      type: "string",
      default: resolve(import.meta.dirname, "../../shared/eval/posts.public.jsonl"),
    },
    category: { type: "string" },
    json: { type: "boolean", default: false },
    "without-learned": { type: "boolean", default: false },
  },
});

interface Item {
  id: string;
  text: string;
  profile?: string;
  direction?: "outbound" | "inbound";
  expected: { verdict: string; categories: string[] };
}

const check = createChecker(undefined, {
  rules: values["without-learned"] ? rules.filter((r) => !learnedRules.includes(r)) : rules,
});

const items: Item[] = readFileSync(values.items!, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const results = items.map((item) => {
  const r = check({ text: item.text, profile: item.profile, direction: item.direction });
  return { id: item.id, verdict: r.verdict, findings: r.findings };
});

const dir = mkdtempSync(join(tmpdir(), "postguard-eval-"));
const out = join(dir, "results.jsonl");
writeFileSync(out, results.map((r) => JSON.stringify(r)).join("\n") + "\n");
const scorer = resolve(import.meta.dirname, "../../shared/eval/score.mjs");
process.stdout.write(
  execFileSync(process.execPath, [scorer, values.items!, out, ...(values.json ? ["--json"] : [])], {
    encoding: "utf8",
  }),
);

if (values.category) {
  const cat = values.category;
  console.log(`\n== ${cat}: misses (fn) and false alarms (fp)`);
  items.forEach((item, i) => {
    const got = results[i].findings.filter((f) => f.category === cat);
    const want = item.expected.categories.includes(cat);
    if (want && got.length === 0)
      console.log(
        `FN ${item.id} ${item.direction ?? ""} | ${item.text}${item.profile ? `  [profile: ${item.profile}]` : ""}`,
      );
    if (!want && got.length > 0)
      console.log(
        `FP ${item.id} ${item.direction ?? ""} | ${item.text}  <= ${got.map((f) => `${f.ruleId}:"${f.excerpt ?? ""}"`).join(", ")}`,
      );
  });
}
