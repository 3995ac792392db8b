// Experiment (a): a fastText-style embedding bag with a hidden layer, for the offensive model.
//   node --import tsx scripts/experiments/embedding-bag.ts --seed 17 [--grid ...]
// The committed model's hashed features (word 1-3-grams, character 2-5-grams of each word,
// forEachFeature), folded into 2^bits buckets -> a dense embedding of dimension `dim`, averaged
// over the post's features -> hidden layer (ReLU) -> softmax over hate / offensive / neither.
// Class-weighted cross-entropy (N / 3 N_class, to the power `cw`), embeddings by sparse AdaGrad,
// the dense layers by Adam, one example at a time; features dropped at random while training.
// Each configuration of the grid trains up to `epochs` epochs, stopping when the best weighted F1
// on VALIDATION has not improved for `patience` epochs. Every (configuration, epoch, neither
// prior, hate threshold) is a candidate; the doc's rule picks one on VALIDATION (best hate F1
// within 0.005 of the best weighted F1). The chosen configuration is then retrained
// (deterministic) to the chosen epoch and the TEST split scored once.
import { parseArgs } from "node:util";
import { parseGrid, trainBag, type Config, type Model } from "./bag-model.js";
import { choose, decisionSearch, f3, loadSplit, testReport, type Decision } from "./common.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    // Configurations, ";"-separated, each "key=value,...": bits, dim, hidden, lrEmb, lrDense,
    // drop, cw, act (relu|tanh). Unset keys take the defaults below.
    grid: { type: "string", default: "" },
    epochs: { type: "string", default: "20" },
    patience: { type: "string", default: "3" },
    "no-test": { type: "boolean", default: false },
  },
});

const grid = parseGrid(values.grid || "");

const splitSeed = Number(values.seed);
const maxEpochs = Number(values.epochs);
const patience = Number(values.patience);
const t0 = performance.now();
const { train, validation, test } = loadSplit(splitSeed);
console.log(
  `split seed ${splitSeed}: train ${train.length}, validation ${validation.length}, test ${test.length} (${((performance.now() - t0) / 1000).toFixed(0)} s to encode)`,
);

/** Trains `c` on the training split epoch by epoch (deterministic for the split seed). */
const run = (c: Config, each: (epoch: number, model: Model) => boolean) =>
  trainBag(train, c, 1000 + splitSeed, maxEpochs, each);

const gold = validation.map((x) => x.label);
type Candidate = Decision & { config: number; epoch: number };
const candidates: Candidate[] = [];
grid.forEach((c, ci) => {
  const started = performance.now();
  let bestW = 0;
  let bestEpoch = 0;
  run(c, (epoch, model) => {
    const found = decisionSearch(model.logProbs(validation), gold);
    for (const d of found) candidates.push({ ...d, config: ci, epoch });
    const own = choose(found);
    const w = own.bestWeighted;
    console.log(
      `  config ${ci} epoch ${epoch}: best weighted ${f3(w)}, rule -> hate ${f3(own.hate)} / weighted ${f3(own.weighted)} (max hate ${f3(Math.max(...found.map((d) => d.hate)))}); ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    if (w > bestW) {
      bestW = w;
      bestEpoch = epoch;
    }
    return epoch - bestEpoch < patience;
  });
  const own = choose(candidates.filter((d) => d.config === ci));
  console.log(
    `config ${ci} ${JSON.stringify(c)}: rule -> epoch ${own.epoch}, prior ${own.neitherPrior.toFixed(1)}, threshold ${own.hateThreshold.toFixed(2)}: validation hate ${f3(own.hate)} / weighted ${f3(own.weighted)} (best weighted ${f3(own.bestWeighted)})`,
  );
});

const best = choose(candidates);
console.log(
  `CHOSEN on validation (seed ${splitSeed}): config ${best.config} ${JSON.stringify(grid[best.config])}, epoch ${best.epoch}, neither prior ${best.neitherPrior.toFixed(1)}, hate threshold ${best.hateThreshold.toFixed(2)}: validation hate F1 ${f3(best.hate)}, weighted F1 ${f3(best.weighted)} (best weighted anywhere ${f3(best.bestWeighted)})`,
);
if (!values["no-test"]) {
  run(grid[best.config], (epoch, model) => {
    if (epoch < best.epoch) return true;
    const again = choose(
      decisionSearch(model.logProbs(validation), gold).filter(
        (d) => d.neitherPrior === best.neitherPrior && d.hateThreshold === best.hateThreshold,
      ),
    );
    console.log(`retrained to epoch ${epoch}: validation hate ${f3(again.hate)} (same as above)`);
    const r = testReport(
      model.logProbs(test),
      test.map((x) => x.label),
      best,
    );
    console.log(`seed ${splitSeed} ${r.line}`);
    return false;
  });
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
