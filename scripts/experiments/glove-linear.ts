// Pretrained word vectors, family (ii): the committed linear model (hashed n-grams, Naive-Bayes
// power 2, the seed's L2) with dense columns learned jointly beside them: the tweet's mean-pooled
// GloVe vector (100) and, with sim=1, the hate-lexicon similarity features (glove.ts,
// HateLexicon; the lexicon counted on the TRAINING split). Dense columns are standardised on the
// training split and multiplied by alpha (a larger alpha is a weaker L2 on their weights).
//   node --import tsx scripts/experiments/glove-linear.ts --seed 17 --l2 1e-3 \
//     --glove /tmp/offexp/glove --grid "alpha=0.1,sim=0;alpha=0.1,sim=1;alpha=0.3,sim=1;alpha=0.1,sim=1,pool=0"
// Every (configuration, neither prior, hate threshold) is a candidate; the doc's rule chooses on
// VALIDATION; then TEST is scored once (unless --no-test).
import { parseArgs } from "node:util";
import { choose, decisionSearch, f3, loadSplit, testReport, type Decision } from "./common.js";
import { gloveRow, HateLexicon, loadGlove, Lookup, standardiser, tweetRanks } from "./glove.js";
import { jointLogProbs, trainJoint, type JointExample, type JointModel } from "./joint-linear.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    l2: { type: "string", default: "1e-3" },
    glove: { type: "string", default: "/tmp/offexp/glove" },
    grid: { type: "string", default: "alpha=0.3,sim=1" },
    iterations: { type: "string", default: "200" },
    "no-test": { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const l2 = Number(values.l2);
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);

interface Config {
  alpha: number;
  sim: number;
  pool: number;
}
const grid: Config[] = values
  .grid!.split(";")
  .filter((s) => s.trim())
  .map((s) => {
    const c: Record<string, number> = { alpha: 0.3, sim: 1, pool: 1 };
    for (const kv of s.split(",")) {
      const [k, v] = kv.split("=");
      c[k.trim()] = Number(v);
    }
    return c as unknown as Config;
  });

const { train, validation, test } = loadSplit(seed);
const glove = loadGlove(values.glove!);
const lookup = new Lookup(glove);
const ranks = {
  train: train.map((x) => tweetRanks(lookup, x.text)),
  validation: validation.map((x) => tweetRanks(lookup, x.text)),
  test: test.map((x) => tweetRanks(lookup, x.text)),
};
const lexicon = new HateLexicon(
  glove,
  train.map((x, i) => ({ ranks: ranks.train[i], label: x.label })),
);
console.log(
  `seed ${seed}: vectors for ${JSON.stringify(lookup.stats)} distinct words; hate lexicon (training split): ${lexicon.words
    .slice(0, 20)
    .map((r) => glove.words[r])
    .join(" ")} …; ${secs()} s`,
);

const rawRows = (rs: Int32Array[], c: Config) => rs.map((r) => gloveRow(glove, lexicon, r, c));

const gold = validation.map((x) => x.label);
type Candidate = Decision & { config: number };
const candidates: Candidate[] = [];
const models: { model: JointModel; std: ReturnType<typeof standardiser> }[] = [];
const examples = (set: typeof train, rows: Float64Array[]): JointExample[] =>
  set.map((x, i) => ({ buckets: x.buckets, label: x.label, dense: rows[i] }));

grid.forEach((c, ci) => {
  const started = performance.now();
  const rawTrain = rawRows(ranks.train, c);
  const std = standardiser(rawTrain);
  const trainRows = rawTrain.map((r) => std.apply(r, c.alpha));
  const valRows = rawRows(ranks.validation, c).map((r) => std.apply(r, c.alpha));
  const model = trainJoint(examples(train, trainRows), l2, { sparse: true });
  models.push({ model, std });
  const found = decisionSearch(jointLogProbs(model, examples(validation, valRows)), gold);
  for (const d of found) candidates.push({ ...d, config: ci });
  const own = choose(found);
  console.log(
    `config ${ci} ${JSON.stringify(c)}: prior ${own.neitherPrior.toFixed(1)}, threshold ${own.hateThreshold.toFixed(2)}: validation hate ${f3(own.hate)} / weighted ${f3(own.weighted)} (best weighted ${f3(own.bestWeighted)}); ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
});

const best = choose(candidates);
const chosen = grid[best.config];
console.log(
  `CHOSEN on validation (seed ${seed}): config ${best.config} ${JSON.stringify(chosen)}, neither prior ${best.neitherPrior.toFixed(1)}, hate threshold ${best.hateThreshold.toFixed(2)}: validation hate F1 ${f3(best.hate)}, weighted F1 ${f3(best.weighted)} (best weighted anywhere ${f3(best.bestWeighted)})`,
);
const { model, std } = models[best.config];
if (!values["no-test"]) {
  const testRows = rawRows(ranks.test, chosen).map((r) => std.apply(r, chosen.alpha));
  const r = testReport(
    jointLogProbs(model, examples(test, testRows)),
    test.map((x) => x.label),
    best,
  );
  console.log(`seed ${seed} ${r.line}`);
}
console.log(`total ${secs()} s`);
