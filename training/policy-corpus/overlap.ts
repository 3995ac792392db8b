// Copy check for the policy corpus: the largest share of a corpus item's word trigrams found in any
// one item of an evaluation set (overlap coefficient |A ∩ B| / min(|A|, |B|)). Only the figures
// and the ids of the closest pairs are printed; the evaluation texts are not.
//   node_modules/.bin/node --import tsx training/policy-corpus/overlap.ts [--top 5] [corpus files...]
// Compares against the public items and holdout-dev (never holdout-test: it is only ever scored).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { top: { type: "string", default: "5" } },
  allowPositionals: true,
});

const ROOT = resolve(import.meta.dirname, "../..");
const CORPUS = join(ROOT, "training/policy-corpus");
const SETS = {
  public: resolve(ROOT, "../shared/eval/posts.public.jsonl"),
  "holdout-dev": join(ROOT, "test/eval/holdout-dev.jsonl"),
};

interface Item {
  id: string;
  text: string;
}

const read = (file: string): Item[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);

function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

const files = positionals.length
  ? positionals
  : readdirSync(CORPUS)
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .map((f) => join(CORPUS, f));
const corpus = files.flatMap(read);

for (const [name, file] of Object.entries(SETS)) {
  const others = read(file).map((item) => ({ id: item.id, grams: trigrams(item.text) }));
  const index = new Map<string, number[]>();
  others.forEach((o, j) => {
    for (const g of o.grams) {
      let list = index.get(g);
      if (!list) index.set(g, (list = []));
      list.push(j);
    }
  });
  const pairs: { corpus: string; other: string; overlap: number; shared: number }[] = [];
  for (const item of corpus) {
    const grams = trigrams(item.text);
    const shared = new Map<number, number>();
    for (const g of grams)
      for (const j of index.get(g) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    let best = { corpus: item.id, other: "", overlap: 0, shared: 0 };
    for (const [j, n] of shared) {
      const overlap = n / Math.min(grams.size, others[j].grams.size);
      if (overlap > best.overlap)
        best = { corpus: item.id, other: others[j].id, overlap, shared: n };
    }
    pairs.push(best);
  }
  pairs.sort((a, b) => b.overlap - a.overlap);
  console.log(
    `${name}: ${corpus.length} corpus items; highest overlap ${pairs[0]?.overlap.toFixed(2) ?? "0"}`,
  );
  for (const p of pairs.slice(0, Number(values.top)))
    console.log(`  ${p.corpus} ~ ${p.other}: ${p.overlap.toFixed(2)} (${p.shared} trigrams)`);
}
