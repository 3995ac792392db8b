// Reference for the stacking experiments: the linear model alone, as oof.ts trained it on the
// whole training split (float weights, not int8 as committed), its decision (neither prior, hate
// threshold) chosen on VALIDATION by the doc's rule, then TEST scored once.
//   node --import tsx scripts/experiments/linear-reference.ts --seeds 17,1,2,3
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readDavidson, stratifiedSplit } from "../../src/engine/model/training.js";
import { choose, DATA, decisionSearch, f3, testReport } from "./common.js";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "17,1,2,3" },
    dir: { type: "string", default: "/tmp/offexp" },
  },
});
const examples = readDavidson(readFileSync(DATA, "utf8"));
for (const seed of values.seeds!.split(",").map(Number)) {
  const { validation, test } = stratifiedSplit(examples, seed);
  const oof = JSON.parse(readFileSync(`${values.dir}/oof-seed${seed}.json`, "utf8")) as {
    l2: number;
    validation: number[][];
  };
  const d = choose(
    decisionSearch(
      oof.validation.map((r) => Float64Array.from(r)),
      validation.map((x) => x.label),
    ),
  );
  const t = JSON.parse(
    readFileSync(`${values.dir}/oof-seed${seed}-test.json`, "utf8"),
  ) as number[][];
  const r = testReport(
    t.map((x) => Float64Array.from(x)),
    test.map((x) => x.label),
    d,
  );
  console.log(
    `seed ${seed} linear alone (L2 ${oof.l2}, float): prior ${d.neitherPrior.toFixed(1)}, threshold ${d.hateThreshold.toFixed(2)}; validation hate ${f3(d.hate)} / weighted ${f3(d.weighted)}; ${r.line}`,
  );
}
