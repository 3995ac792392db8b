// Out-of-fold scores of the embedding-bag model (experiment a), as a second input to the
// stacker (experiment c = b + this):
//   node --import tsx scripts/experiments/oof-bag.ts --seed 17 --config "lrEmb=0.003,sqrt=1,drop=0.5" --epochs 3
// The configuration and the number of epochs are the ones embedding-bag.ts chose on that
// seed's VALIDATION split. Same folds as oof.ts (on the training split only); then the model
// trained on the whole training split (the one embedding-bag.ts chose) scores validation and
// test. Writes DIR/bag-seed<seed>.json and DIR/bag-seed<seed>-test.json.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseGrid, trainBag } from "./bag-model.js";
import { choose, decisionSearch, f3, loadSplit, outOfFold } from "./common.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    config: { type: "string", default: "" },
    epochs: { type: "string", default: "3" },
    folds: { type: "string", default: "5" },
    out: { type: "string", default: "/tmp/offexp" },
  },
});
const seed = Number(values.seed);
const epochs = Number(values.epochs);
const k = Number(values.folds);
const [config] = parseGrid(values.config!);
const { train, validation, test } = loadSplit(seed);

// The folds of oof.ts.
const oof = outOfFold(train, k, seed, (fit, held, f) => {
  let lp: Float64Array[] = [];
  trainBag(fit, config, 1000 + seed + 100 * (f + 1), epochs, (epoch, model) => {
    if (epoch < epochs) return true;
    lp = model.logProbs(held);
    return false;
  });
  return lp;
});
let val: number[][] = [];
let tst: number[][] = [];
// The same random seed as embedding-bag.ts, so this is the model it chose.
trainBag(train, config, 1000 + seed, epochs, (epoch, model) => {
  if (epoch < epochs) return true;
  val = model.logProbs(validation).map((r) => [...r]);
  tst = model.logProbs(test).map((r) => [...r]);
  return false;
});
const own = choose(
  decisionSearch(
    val.map((r) => Float64Array.from(r)),
    validation.map((x) => x.label),
  ),
);
console.log(
  `bag alone, seed ${seed}, ${JSON.stringify(config)}, ${epochs} epochs: validation hate ${f3(own.hate)} / weighted ${f3(own.weighted)}`,
);
writeFileSync(
  `${values.out}/bag-seed${seed}.json`,
  JSON.stringify({ train: oof, validation: val }),
);
writeFileSync(`${values.out}/bag-seed${seed}-test.json`, JSON.stringify(tst));
