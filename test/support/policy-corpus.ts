// The texts of every post in training/policy-corpus/, for tests that check a gate or a trigger
// list is sound over real posts (whenever a pattern matches, its cheap pre-check must pass).
import { readdirSync, readFileSync } from "node:fs";

const CORPUS = new URL("../../training/policy-corpus/", import.meta.url);

let texts: string[] | undefined;

export function corpusTexts(): string[] {
  if (texts) return texts;
  texts = [];
  for (const f of readdirSync(CORPUS)) {
    if (!f.endsWith(".jsonl")) continue;
    for (const line of readFileSync(new URL(f, CORPUS), "utf8").split("\n"))
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}
