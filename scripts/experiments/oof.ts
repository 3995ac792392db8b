// Out-of-fold scores of the committed linear model, for the stacking experiment (b):
//   node --import tsx scripts/experiments/oof.ts --seed 17 --l2 1e-3 [--folds 5] [--out DIR]
// On the TRAINING split only: k stratified folds; the linear model (Naive-Bayes power 2, the
// given L2) is trained on k-1 folds and scores the held-out one, so every training tweet gets a
// score from a model that never saw it. Then the model is trained on the whole training split
// and scores validation and test (as the deployed model would). Writes train/validation
// log-probabilities to DIR/oof-seed<seed>.json and the test ones to a separate file,
// DIR/oof-seed<seed>-test.json, which the stacker reads only for its chosen model.
// L2 per seed is the linear pipeline's own choice on that seed's validation split (doc table:
// seeds 17, 1, 3 -> 1e-3; 2 -> 5e-4).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { choose, decisionSearch, f3, loadSplit, outOfFold } from "./common.js";
import { linearLogProbs, trainLinear } from "./linear.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    l2: { type: "string", default: "1e-3" },
    folds: { type: "string", default: "5" },
    out: { type: "string", default: "/tmp/offexp" },
  },
});
const seed = Number(values.seed);
const l2 = Number(values.l2);
const k = Number(values.folds);
const t0 = performance.now();
const { train, validation, test } = loadSplit(seed);
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);

const oof = outOfFold(train, k, seed, (fit, held, f) => {
  const lp = linearLogProbs(trainLinear(fit, l2), held);
  console.log(`fold ${f}: trained on ${fit.length}, scored ${held.length} (${secs()} s)`);
  return lp;
});
const full = trainLinear(train, l2);
const val = linearLogProbs(full, validation);
const tst = linearLogProbs(full, test);
const own = choose(
  decisionSearch(
    val,
    validation.map((x) => x.label),
  ),
);
console.log(
  `linear model alone (float, not quantised), seed ${seed}, L2 ${l2}: validation hate ${f3(own.hate)} / weighted ${f3(own.weighted)} at prior ${own.neitherPrior.toFixed(1)}, threshold ${own.hateThreshold.toFixed(2)}`,
);
const oofSearch = choose(
  decisionSearch(
    oof.map((r) => Float64Array.from(r)),
    train.map((x) => x.label),
  ),
);
console.log(
  `out-of-fold on train: hate ${f3(oofSearch.hate)} / weighted ${f3(oofSearch.weighted)} (for reference)`,
);
writeFileSync(
  `${values.out}/oof-seed${seed}.json`,
  JSON.stringify({ seed, l2, k, train: oof, validation: val.map((r) => [...r]) }),
);
writeFileSync(`${values.out}/oof-seed${seed}-test.json`, JSON.stringify(tst.map((r) => [...r])));
console.log(`wrote ${values.out}/oof-seed${seed}.json (${secs()} s)`);
