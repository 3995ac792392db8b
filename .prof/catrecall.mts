// Per-category recall/precision of the hand-written rules (learned rules off) over corpus files.
//   node --import tsx .prof/catrecall.mts [file.jsonl ...]   (default: every corpus file)
import { readFileSync, readdirSync } from "node:fs";
const { createChecker } = await import("../src/engine/check.ts");
const { rules } = await import("../src/engine/rules/index.ts");
const handOnly = rules.filter((r: any) => !String(r.meta.id).includes("policy-classifier"));
const c = createChecker(undefined, { rules: handOnly as any });
const dir = "training/policy-corpus/";
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
const s = new Map<string, { tp: number; fn: number; fp: number }>();
const get = (k: string) => s.get(k) ?? (s.set(k, { tp: 0, fn: 0, fp: 0 }), s.get(k)!);
for (const f of files)
  for (const line of readFileSync(dir + f, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const it = JSON.parse(line);
    const want = new Set<string>(it.expected?.categories ?? []);
    const got = new Set(c({ text: it.text, profile: it.profile, direction: it.direction }).findings.map((x: any) => x.category));
    for (const k of want) (got.has(k) ? get(k).tp++ : get(k).fn++);
    for (const k of got) if (!want.has(k)) get(k).fp++;
  }
for (const [k, v] of [...s].sort()) {
  const r = v.tp / (v.tp + v.fn || 1), p = v.tp / (v.tp + v.fp || 1);
  console.log(k.padEnd(26), `pos ${String(v.tp + v.fn).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  P ${(100 * p).toFixed(1).padStart(5)}  F1 ${(200 * p * r / (p + r || 1)).toFixed(1).padStart(5)}  fp ${v.fp}`);
}
