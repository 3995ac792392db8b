// Corpus posts NOT labelled patient-identifiable that the hand-written rules flag as such.
import { readFileSync, readdirSync } from "node:fs";
const { createChecker } = await import("../src/engine/check.ts");
const { rules } = await import("../src/engine/rules/index.ts");
const handOnly = rules.filter((r: any) => !String(r.meta.id).includes("policy-classifier"));
const c = createChecker(undefined, { rules: handOnly as any });
const dir = "training/policy-corpus/";
let neg = 0, fp = 0;
for (const f of (process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith(".jsonl")))) {
  for (const line of readFileSync(dir + f, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const it = JSON.parse(line);
    if ((it.expected?.categories ?? []).includes("patient-identifiable")) continue;
    neg++;
    const r = c({ text: it.text, profile: it.profile, direction: it.direction });
    const hit = r.findings.filter((x: any) => x.category === "patient-identifiable");
    if (!hit.length) continue;
    fp++;
    console.log(f, it.id, hit.map((h: any) => h.ruleId.split("/")[1]).join(","), "|", it.text.replace(/\n/g, " ").slice(0, 250));
  }
}
console.error(`negatives ${neg}, flagged patient ${fp}`);
