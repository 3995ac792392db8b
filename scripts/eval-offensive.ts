// Measures the offensive-content model (issue 4):
//   npm run eval:offensive [-- --data <csv>] [--seed 17]
// 1. Precision, recall and F1 per class and weighted on the Davidson TEST split (the same seeded
//    stratified 80/10/10 split the training script uses), next to the paper's figures.
// 2. The false-flag rate on the identity-term sentences of test/offensive/ (model alone, and the
//    whole checker's offensive categories).
// 3. Dialect bias: how often benign African-American English sentences are scored offensive or
//    hate, against the same sentences in standard English.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { check } from "../src/engine/index.js";
import { normalise } from "../src/engine/normalise/index.js";
import { cleanTweet } from "../src/engine/model/features.js";
import { HATE_THRESHOLD, predictClass, scoreText } from "../src/engine/model/offensive-model.js";
import {
  CLASS_NAMES,
  metrics,
  readDavidson,
  stratifiedSplit,
} from "../src/engine/model/training.js";
import { DIALECT_PAIRS, IDENTITY_SENTENCES } from "../test/offensive/identity-sentences.js";

const { values } = parseArgs({
  options: {
    data: {
      type: "string",
      default: resolve(import.meta.dirname, "../../shared/datasets/davidson-2017/labeled_data.csv"),
    },
    seed: { type: "string", default: "17" },
  },
});

const predict = (text: string) => {
  return predictClass(scoreText(normalise(cleanTweet(text)).words.text));
};

const { test } = stratifiedSplit(
  readDavidson(readFileSync(values.data!, "utf8")),
  Number(values.seed),
);
const predicted = test.map((e) => predict(e.text));
// Micro-benchmark of the model alone (the checker has the normalised words view already): the
// test tweets' words views scored 20 times over; the median round, in µs per tweet.
const views = test.map((e) => normalise(cleanTweet(e.text)).words.text);
const rounds: number[] = [];

for (let r = 0; r < 20; r++) {
  const t0 = performance.now();
  for (const v of views) scoreText(v);
  rounds.push(((performance.now() - t0) * 1000) / views.length);
}
rounds.sort((a, b) => a - b);
const perPost = rounds[rounds.length >> 1];
const meanChars = views.reduce((n, v) => n + v.length, 0) / views.length;
const m = metrics(
  test.map((e) => e.label),
  predicted,
);
const pct = (x: number) => x.toFixed(2).padStart(6);
console.log(`Davidson et al. (2017), test split (${test.length} tweets, seed ${values.seed})`);
console.log("class        precision  recall     F1  support   paper P   paper R   paper F1");
const paper: Record<string, [string, string, string]> = {
  hate: ["0.44", "0.61", "0.51"],
  weighted: ["0.91", "0.90", "0.90"],
};
CLASS_NAMES.forEach((name, c) => {
  const r = m.perClass[c];
  const p = paper[name] ?? ["-", "-", "-"];
  console.log(
    `${name.padEnd(12)} ${pct(r.precision)}    ${pct(r.recall)} ${pct(r.f1)} ${String(r.support).padStart(8)}   ${p[0].padStart(7)}   ${p[1].padStart(7)}   ${p[2].padStart(8)}`,
  );
});
console.log(
  `${"weighted".padEnd(12)} ${pct(m.weighted.precision)}    ${pct(m.weighted.recall)} ${pct(m.weighted.f1)} ${String(test.length).padStart(8)}   ${paper.weighted[0].padStart(7)}   ${paper.weighted[1].padStart(7)}   ${paper.weighted[2].padStart(8)}`,
);
console.log(
  `accuracy ${m.accuracy.toFixed(3)}; targets: weighted F1 >= 0.90, hate F1 >= 0.55 (hate threshold ${HATE_THRESHOLD})`,
);
console.log(
  `model alone: ${perPost.toFixed(2)} µs/tweet (median of 20 rounds over the test tweets, ${meanChars.toFixed(0)} characters on average; fastest round ${rounds[0].toFixed(2)} µs)`,
);

const OFFENSIVE = new Set([
  "hate-discrimination",
  "threat-violence",
  "sexual-content",
  "abuse-bullying",
  "profanity",
]);
let modelFlags = 0;
let checkerFlags = 0;
const flagged: string[] = [];
for (const { text } of IDENTITY_SENTENCES) {
  if (predict(text) !== 2) modelFlags++;
  if (check({ text }).findings.some((f) => OFFENSIVE.has(f.category))) {
    checkerFlags++;
    flagged.push(text);
  }
}
const n = IDENTITY_SENTENCES.length;
console.log(
  `\nidentity-term sentences (${n}): model alone scores ${modelFlags} (${((100 * modelFlags) / n).toFixed(1)}%) as hate/offensive; checker flags ${checkerFlags} (${((100 * checkerFlags) / n).toFixed(1)}%) (target 0%)`,
);
for (const t of flagged) console.log(`  flagged: ${t}`);

let dialect = 0;
let standard = 0;
for (const [aae, sae] of DIALECT_PAIRS) {
  if (predict(aae) !== 2) dialect++;
  if (predict(sae) !== 2) standard++;
}
console.log(
  `\ndialect bias (${DIALECT_PAIRS.length} benign pairs): model scores ${dialect} African-American English and ${standard} standard English sentences as hate/offensive`,
);
