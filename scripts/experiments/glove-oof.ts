// Pretrained word vectors, family (i): inputs for the boosted trees of stack.ts, out of fold.
//   node --import tsx scripts/experiments/glove-oof.ts --seed 17 --glove /tmp/offexp/glove
// On the same folds as oof.ts (training split only), for each fold: the hate lexicon (glove.ts)
// is counted on the other folds, and a softmax regression on the tweet's mean-pooled GloVe vector
// plus the lexicon-similarity features (standardised on the other folds) is trained there and
// scores the held-out fold. The lexicon and the model counted/trained on the whole training split
// score validation and test. The L2 of that softmax is chosen on the training split alone (the
// lowest class-weighted out-of-fold cross-entropy over --l2). Writes, like oof.ts:
//   DIR/glove-seed<seed>.json (+ -test.json): log-probabilities, for stack.ts --extra glove
//   DIR/glovesim-seed<seed>.json (+ -test.json): the 4 similarity features, for --extra-dense
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { choose, decisionSearch, f3, loadSplit, outOfFold, type Encoded } from "./common.js";
import { HateLexicon, loadGlove, Lookup, meanPool, standardiser, tweetRanks } from "./glove.js";
import { balancedWeights, jointLogProbs, trainJoint } from "./joint-linear.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    glove: { type: "string", default: "/tmp/offexp/glove" },
    l2: { type: "string", default: "1e-3,1e-2,1e-1,1" },
    folds: { type: "string", default: "5" },
    out: { type: "string", default: "/tmp/offexp" },
  },
});
const seed = Number(values.seed);
const k = Number(values.folds);
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
const { train, validation, test } = loadSplit(seed);
const glove = loadGlove(values.glove!);
const lookup = new Lookup(glove);
const ranksOf = new Map<Encoded, Int32Array>();
for (const x of [...train, ...validation, ...test]) ranksOf.set(x, tweetRanks(lookup, x.text));

/** Trains on `fit` (lexicon, standardiser, softmax) and returns log-probabilities and similarity features of each set in `score`. */
function fitAndScore(fit: Encoded[], score: Encoded[][], l2: number) {
  const lexicon = new HateLexicon(
    glove,
    fit.map((x) => ({ ranks: ranksOf.get(x)!, label: x.label })),
  );
  const raw = (set: Encoded[]) =>
    set.map((x) => {
      const r = ranksOf.get(x)!;
      return { sim: lexicon.features(r), row: [...meanPool(glove, r), ...lexicon.features(r)] };
    });
  const fitRaw = raw(fit);
  const std = standardiser(fitRaw.map((r) => r.row));
  const model = trainJoint(
    fit.map((x, i) => ({ buckets: x.buckets, label: x.label, dense: std.apply(fitRaw[i].row) })),
    l2,
    { sparse: false },
  );
  return score.map((set) => {
    const rows = raw(set);
    return {
      logp: jointLogProbs(
        model,
        set.map((x, i) => ({ buckets: x.buckets, label: x.label, dense: std.apply(rows[i].row) })),
      ),
      sim: rows.map((r) => r.sim),
    };
  });
}

// L2 of the GloVe softmax: the lowest class-weighted out-of-fold cross-entropy on train.
const classWeight = balancedWeights(train);
let bestL2 = 0;
let bestLoss = Infinity;
let oof: number[][] = [];
// The similarity features do not depend on L2: the folds' lexicons give the same every time.
const oofSim: number[][] = new Array(train.length);
const position = new Map(train.map((x, i) => [x, i]));
for (const l2 of values.l2!.split(",").map(Number)) {
  const lp = outOfFold(train, k, seed, (fit, held) => {
    const [s] = fitAndScore(fit, [held], l2);
    held.forEach((x, j) => (oofSim[position.get(x)!] = s.sim[j]));
    return s.logp;
  });
  let loss = 0;
  let total = 0;
  train.forEach((x, i) => {
    loss -= classWeight[x.label] * lp[i][x.label];
    total += classWeight[x.label];
  });
  loss /= total;
  console.log(
    `L2 ${l2}: out-of-fold weighted cross-entropy on train ${loss.toFixed(4)} (${secs()} s)`,
  );
  if (loss < bestLoss) {
    bestLoss = loss;
    bestL2 = l2;
    oof = lp;
  }
}
const [val, tst] = fitAndScore(train, [validation, test], bestL2);
const own = choose(
  decisionSearch(
    val.logp,
    validation.map((x) => x.label),
  ),
);
console.log(
  `GloVe softmax alone, seed ${seed}, L2 ${bestL2} (chosen on train): validation hate ${f3(own.hate)} / weighted ${f3(own.weighted)} at prior ${own.neitherPrior.toFixed(1)}, threshold ${own.hateThreshold.toFixed(2)}`,
);
const dir = values.out;
writeFileSync(
  `${dir}/glove-seed${seed}.json`,
  JSON.stringify({ seed, l2: bestL2, train: oof, validation: val.logp.map((r) => [...r]) }),
);
writeFileSync(`${dir}/glove-seed${seed}-test.json`, JSON.stringify(tst.logp.map((r) => [...r])));
writeFileSync(
  `${dir}/glovesim-seed${seed}.json`,
  JSON.stringify({ names: HateLexicon.NAMES, train: oofSim, validation: val.sim }),
);
writeFileSync(`${dir}/glovesim-seed${seed}-test.json`, JSON.stringify(tst.sim));
console.log(`wrote ${dir}/glove-seed${seed}.json, ${dir}/glovesim-seed${seed}.json (${secs()} s)`);
