// Corpus posts of one category the hand-written rules miss:  catmiss.mts <category> [files...]
import { readFileSync, readdirSync } from "node:fs";
const { createChecker } = await import("../src/engine/check.ts");
const { rules } = await import("../src/engine/rules/index.ts");
const handOnly = rules.filter((r: any) => !String(r.meta.id).includes("policy-classifier"));
const c = createChecker(undefined, { rules: handOnly as any });
const dir = "training/policy-corpus/";
const [cat, ...rest] = process.argv.slice(2);
const files = rest.length ? rest : readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
const fpMode = process.env.FP === "1";
for (const f of files)
  for (const line of readFileSync(dir + f, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const it = JSON.parse(line);
    const want = (it.expected?.categories ?? []).includes(cat);
    if (want === fpMode) continue;
    const r = c({ text: it.text, profile: it.profile, direction: it.direction });
    const hit = r.findings.filter((x: any) => x.category === cat);
    if (fpMode ? hit.length : !hit.length) console.log(f, it.id, fpMode ? hit.map((h: any) => h.ruleId.split("/")[1]).join(",") : "", "|", it.text.replace(/\n/g, " ").slice(0, 220));
  }
