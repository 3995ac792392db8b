// Where could pretrained vectors help? VALIDATION-only diagnostic for the pretrained-vector
// experiment (test is not read):
//   node --import tsx scripts/experiments/glove-diagnose.ts --seeds 17,1,2,3
// For each seed: the linear model's validation scores (oof.ts's file) at its own decision (the
// doc's rule), and for the validation hate tweets it misses and the ones it catches, how many hold
// a word the training split barely has (fewer than 3 training tweets) that is close to the hate
// lexicon (nearest-word cosine 0.5 or more; lexicon counted on the training split), which is
// what the vectors could add, and how many hold a lexicon word itself, which the n-grams know.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { choose, decide, decisionSearch, loadSplit } from "./common.js";
import { HateLexicon, loadGlove, Lookup, tweetRanks } from "./glove.js";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "17,1,2,3" },
    dir: { type: "string", default: "/tmp/offexp" },
    glove: { type: "string", default: "/tmp/offexp/glove" },
  },
});
const glove = loadGlove(values.glove!);
const lookup = new Lookup(glove);
for (const seed of values.seeds!.split(",").map(Number)) {
  const { train, validation } = loadSplit(seed);
  const trainRanks = train.map((x) => tweetRanks(lookup, x.text));
  const lexicon = new HateLexicon(
    glove,
    train.map((x, i) => ({ ranks: trainRanks[i], label: x.label })),
  );
  const inLexicon = new Set(lexicon.words);
  const seen = new Map<number, number>();
  for (const r of trainRanks) for (const w of new Set(r)) seen.set(w, (seen.get(w) ?? 0) + 1);
  const oof = JSON.parse(readFileSync(`${values.dir}/oof-seed${seed}.json`, "utf8")) as {
    validation: number[][];
  };
  const logp = oof.validation.map((r) => Float64Array.from(r));
  const gold = validation.map((x) => x.label);
  const predicted = decide(logp, choose(decisionSearch(logp, gold)));
  const groups = { missed: [0, 0, 0], caught: [0, 0, 0], "not hate, called hate": [0, 0, 0] };
  validation.forEach((x, i) => {
    const g =
      gold[i] === 0
        ? predicted[i] === 0
          ? groups.caught
          : groups.missed
        : predicted[i] === 0
          ? groups["not hate, called hate"]
          : null;
    if (!g) return;
    const ranks = tweetRanks(lookup, x.text);
    g[0]++;
    if (ranks.some((r) => (seen.get(r) ?? 0) < 3 && lexicon.word(r)[1] >= 0.5)) g[1]++;
    if (ranks.some((r) => inLexicon.has(r))) g[2]++;
  });
  console.log(
    `seed ${seed}: ` +
      Object.entries(groups)
        .map(
          ([k, [n, rare, lex]]) =>
            `${k} ${n} (rare word near the lexicon ${rare}, lexicon word ${lex})`,
        )
        .join("; "),
  );
}
