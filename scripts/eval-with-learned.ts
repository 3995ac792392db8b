// Scores the checker WITH the learned policy rules (src/engine/rules/learned/) run after the
// hand-written ones, with the shared scorer, before they are wired into rules/index.ts.
//   tsx scripts/eval-with-learned.ts [--items FILE] [--category ID] [--without] [--json]
// --without scores the hand-written rules alone, for the before/after table.
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
    without: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

interface Item {
  id: string;
  text: string;
  profile?: string;
  direction?: "outbound" | "inbound";
  expected: { verdict: string; categories: string[] };
}

const check = createChecker({}, { rules: values.without ? rules : [...rules, ...learnedRules] });
const items: Item[] = readFileSync(values.items!, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const results = items.map((item) => {
  const r = check({ text: item.text, profile: item.profile, direction: item.direction });
  return { id: item.id, verdict: r.verdict, findings: r.findings };
});

const dir = mkdtempSync(join(tmpdir(), "postguard-eval-learned-"));
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
