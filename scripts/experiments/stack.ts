// Experiment (b): gradient-boosted trees over the linear model's out-of-fold class scores plus
// cheap dense features (dense-features.ts), for the offensive model.
//   node --import tsx scripts/experiments/oof.ts --seed 17 --l2 1e-3      (first, ~5 min)
//   node --import tsx scripts/experiments/stack.ts --seed 17 [--grid ...]
// The trees are fitted on the TRAINING split only, on out-of-fold linear scores (each training
// tweet scored by a linear model that did not see it); validation and test are scored by the
// linear model trained on the whole training split, as deployed. Multiclass (softmax) boosting
// with Newton leaf values, depth-limited trees on at most 64 quantile bins per feature, classes
// weighted (N / 3 N_class)^cw. Every (configuration, number of rounds — checked every 10 —,
// neither prior, hate threshold) is a candidate; the doc's rule chooses on VALIDATION. The test
// log-probabilities (a separate file) are read once, for the chosen model.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { metrics } from "../../src/engine/model/training.js";
import {
  choose,
  decisionSearch,
  f3,
  loadSplit,
  testReport,
  type Decision,
  type Encoded,
} from "./common.js";
import { DENSE_NAMES, denseFeatures } from "./dense-features.js";
import { normalise } from "../../src/engine/normalise/index.js";
import { cleanTweet } from "../../src/engine/model/features.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    dir: { type: "string", default: "/tmp/offexp" },
    // ";"-separated configurations "key=value,...": depth, lr, cw, lambda, minChild, dense (0|1),
    // rounds (maximum).
    grid: { type: "string", default: "" },
    "no-test": { type: "boolean", default: false },
    // Other models' out-of-fold scores to add as inputs (DIR/<name>-seed<seed>.json, same
    // format as oof.ts writes), e.g. "bag" (oof-bag.ts). Comma-separated.
    extra: { type: "string", default: "" },
    // Other per-tweet feature files to add as dense inputs (DIR/<name>-seed<seed>.json:
    // {names, train, validation}, rows of any length, out of fold on train; test rows in
    // DIR/<name>-seed<seed>-test.json), e.g. "glovesim" (glove-oof.ts). Comma-separated.
    "extra-dense": { type: "string", default: "" },
  },
});

interface Config {
  depth: number;
  lr: number;
  cw: number;
  lambda: number;
  minChild: number;
  dense: number;
  rounds: number;
}
const DEFAULT: Config = {
  depth: 3,
  lr: 0.05,
  cw: 1,
  lambda: 1,
  minChild: 20,
  dense: 1,
  rounds: 600,
};
const grid: Config[] = (values.grid || "")
  .split(";")
  .filter((s) => s.trim() !== "")
  .map((s) => {
    const c: Record<string, number> = { ...DEFAULT };
    for (const kv of s.split(",")) {
      const [k, v] = kv.split("=");
      c[k.trim()] = Number(v);
    }
    return c as unknown as Config;
  });
if (grid.length === 0) grid.push(DEFAULT);

const seed = Number(values.seed);
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
const { train, validation, test } = loadSplit(seed);
const oof = JSON.parse(readFileSync(`${values.dir}/oof-seed${seed}.json`, "utf8")) as {
  train: number[][];
  validation: number[][];
};

const extras = (values.extra || "").split(",").filter(Boolean);
const extraOof = extras.map(
  (name) =>
    JSON.parse(readFileSync(`${values.dir}/${name}-seed${seed}.json`, "utf8")) as {
      train: number[][];
      validation: number[][];
    },
);

const extraDense = (values["extra-dense"] || "").split(",").filter(Boolean);
const extraDenseOof = extraDense.map(
  (name) =>
    JSON.parse(readFileSync(`${values.dir}/${name}-seed${seed}.json`, "utf8")) as {
      names: string[];
      train: number[][];
      validation: number[][];
    },
);

/**
 * Feature rows: linear log-probabilities and their pairwise differences, the same for each extra
 * model, then dense features, then the extra dense files' columns.
 */
function rows(
  set: Encoded[],
  logps: number[][][],
  dense: boolean,
  more: number[][][] = [],
): Float64Array[] {
  return set.map((x, i) => {
    const base: number[] = [];
    for (const logp of logps) {
      const [a, b, c] = logp[i];
      base.push(a, b, c, a - b, a - c, b - c);
    }
    return Float64Array.from(
      dense ? [...base, ...denseFeatures(x.raw), ...more.flatMap((m) => m[i])] : base,
    );
  });
}
const NAMES = ["", ...extras].flatMap((m) =>
  ["lp:hate", "lp:off", "lp:neither", "hate-off", "hate-neither", "off-neither"].map(
    (n) => (m ? `${m}:` : "") + n,
  ),
);
const trainRows = rows(
  train,
  [oof.train, ...extraOof.map((o) => o.train)],
  true,
  extraDenseOof.map((o) => o.train),
);
const valRows = rows(
  validation,
  [oof.validation, ...extraOof.map((o) => o.validation)],
  true,
  extraDenseOof.map((o) => o.validation),
);
const F_ALL = trainRows[0].length;
console.log(
  `seed ${seed}: ${F_ALL} features (${[...NAMES, ...DENSE_NAMES, ...extraDenseOof.flatMap((o) => o.names)].join(", ")}); ${secs()} s`,
);

// Quantile bins per feature, from the training rows.
const MAX_BINS = 64;
const edges: Float64Array[] = [];
for (let f = 0; f < F_ALL; f++) {
  const sorted = trainRows.map((r) => r[f]).sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let q = 1; q < MAX_BINS; q++) {
    const v = sorted[Math.floor((q * sorted.length) / MAX_BINS)];
    if (cuts.length === 0 || v > cuts[cuts.length - 1]) cuts.push(v);
  }
  // A value goes to bin j when cuts[j-1] <= v < cuts[j]; split "bin < j" = "v < cuts[j-1]".
  edges.push(Float64Array.from(cuts));
}
function binOf(f: number, v: number): number {
  const e = edges[f];
  let lo = 0;
  let hi = e.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v >= e[mid]) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const N = train.length;
const binned: Uint8Array[] = [];
for (let f = 0; f < F_ALL; f++) binned.push(Uint8Array.from(trainRows, (r) => binOf(f, r[f])));

// A tree: internal nodes (feature, threshold value: go left when x < threshold), leaves values.
interface Node {
  feature: number;
  threshold: number;
  left: Node | number;
  right: Node | number;
}
type Tree = Node | number;

function predictTree(t: Tree, x: Float64Array): number {
  while (typeof t !== "number") t = x[t.feature] < t.threshold ? t.left : t.right;
  return t;
}

function buildTree(
  idx: Int32Array,
  g: Float64Array,
  h: Float64Array,
  depth: number,
  c: Config,
  features: number,
): Tree {
  let G = 0;
  let H = 0;
  for (const i of idx) {
    G += g[i];
    H += h[i];
  }
  const leaf = (-G / (H + c.lambda)) * c.lr;
  if (depth === 0 || idx.length < 2 * c.minChild) return leaf;
  const parent = (G * G) / (H + c.lambda);
  let bestGain = 1e-9;
  let bestF = -1;
  let bestBin = -1;
  const hg = new Float64Array(MAX_BINS + 1);
  const hh = new Float64Array(MAX_BINS + 1);
  const hn = new Int32Array(MAX_BINS + 1);
  for (let f = 0; f < features; f++) {
    hg.fill(0);
    hh.fill(0);
    hn.fill(0);
    const bins = binned[f];
    for (const i of idx) {
      const b = bins[i];
      hg[b] += g[i];
      hh[b] += h[i];
      hn[b]++;
    }
    let gl = 0;
    let hl = 0;
    let nl = 0;
    const nb = edges[f].length + 1;
    for (let j = 1; j < nb; j++) {
      gl += hg[j - 1];
      hl += hh[j - 1];
      nl += hn[j - 1];
      const nr = idx.length - nl;
      if (nl < c.minChild) continue;
      if (nr < c.minChild) break;
      const gr = G - gl;
      const hr = H - hl;
      const gain = (gl * gl) / (hl + c.lambda) + (gr * gr) / (hr + c.lambda) - parent;
      if (gain > bestGain) {
        bestGain = gain;
        bestF = f;
        bestBin = j;
      }
    }
  }
  if (bestF < 0) return leaf;
  const bins = binned[bestF];
  const left = idx.filter((i) => bins[i] < bestBin);
  const right = idx.filter((i) => bins[i] >= bestBin);
  return {
    feature: bestF,
    threshold: edges[bestF][bestBin - 1],
    left: buildTree(left, g, h, depth - 1, c, features),
    right: buildTree(right, g, h, depth - 1, c, features),
  };
}

const counts = [0, 0, 0];
for (const x of train) counts[x.label]++;
const gold = validation.map((x) => x.label);

type Candidate = Decision & { config: number; rounds: number };
const candidates: Candidate[] = [];
const forests: Tree[][][] = []; // per config, per round, 3 trees

function logSoftmax(z: Float64Array): Float64Array {
  const max = Math.max(z[0], z[1], z[2]);
  const lse = max + Math.log(Math.exp(z[0] - max) + Math.exp(z[1] - max) + Math.exp(z[2] - max));
  return Float64Array.of(z[0] - lse, z[1] - lse, z[2] - lse);
}

grid.forEach((c, ci) => {
  const started = performance.now();
  const features = c.dense ? F_ALL : NAMES.length;
  const w = counts.map((n) => Math.pow(N / (3 * n), c.cw));
  const F = trainRows.map(() => new Float64Array(3));
  const Fv = valRows.map(() => new Float64Array(3));
  const g = new Float64Array(N);
  const h = new Float64Array(N);
  const all = Int32Array.from(train.keys());
  const forest: Tree[][] = [];
  forests.push(forest);
  let bestW = 0;
  let bestRound = 0;
  for (let r = 1; r <= c.rounds; r++) {
    const probs = F.map((z) => logSoftmax(z).map(Math.exp));
    const trees: Tree[] = [];
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < N; i++) {
        const p = probs[i][k];
        const wi = w[train[i].label];
        g[i] = wi * (p - (train[i].label === k ? 1 : 0));
        h[i] = Math.max(wi * p * (1 - p), 1e-12);
      }
      trees.push(buildTree(all, g, h, c.depth, c, features));
    }
    forest.push(trees);
    for (let i = 0; i < N; i++)
      for (let k = 0; k < 3; k++) F[i][k] += predictTree(trees[k], trainRows[i]);
    for (let i = 0; i < Fv.length; i++)
      for (let k = 0; k < 3; k++) Fv[i][k] += predictTree(trees[k], valRows[i]);
    if (r % 10 === 0) {
      const found = decisionSearch(Fv.map(logSoftmax), gold);
      for (const d of found) candidates.push({ ...d, config: ci, rounds: r });
      const own = choose(found);
      if (own.bestWeighted > bestW) {
        bestW = own.bestWeighted;
        bestRound = r;
      }
      if (r % 50 === 0)
        console.log(
          `  config ${ci} round ${r}: best weighted ${f3(own.bestWeighted)}, rule -> hate ${f3(own.hate)} / weighted ${f3(own.weighted)}; ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      if (r - bestRound >= 150) break;
    }
  }
  const own = choose(candidates.filter((d) => d.config === ci));
  console.log(
    `config ${ci} ${JSON.stringify(c)}: rule -> ${own.rounds} rounds, prior ${own.neitherPrior.toFixed(1)}, threshold ${own.hateThreshold.toFixed(2)}: validation hate ${f3(own.hate)} / weighted ${f3(own.weighted)} (best weighted ${f3(own.bestWeighted)}); ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
});

// The linear model alone on the same validation scores, for reference (same rule).
const lin = choose(
  decisionSearch(
    oof.validation.map((r) => Float64Array.from(r)),
    gold,
  ),
);
console.log(
  `linear alone (float): validation hate ${f3(lin.hate)} / weighted ${f3(lin.weighted)} (prior ${lin.neitherPrior.toFixed(1)}, threshold ${lin.hateThreshold.toFixed(2)})`,
);

const best = choose(candidates);
const chosenConfig = grid[best.config];
console.log(
  `CHOSEN on validation (seed ${seed}): config ${best.config} ${JSON.stringify(chosenConfig)}, ${best.rounds} rounds, neither prior ${best.neitherPrior.toFixed(1)}, hate threshold ${best.hateThreshold.toFixed(2)}: validation hate F1 ${f3(best.hate)}, weighted F1 ${f3(best.weighted)} (best weighted anywhere ${f3(best.bestWeighted)})`,
);
const trees = forests[best.config].slice(0, best.rounds);
const score = (x: Float64Array) => {
  const z = new Float64Array(3);
  for (const t of trees) for (let k = 0; k < 3; k++) z[k] += predictTree(t[k], x);
  return logSoftmax(z);
};
// Check: the chosen forest reproduces its validation figure.
const again = metrics(
  gold,
  valRows.map(score).map(([a, b, c]) => {
    const m = Math.max(a, b, c + best.neitherPrior);
    const e = [Math.exp(a - m), Math.exp(b - m), Math.exp(c + best.neitherPrior - m)];
    return e[0] / (e[0] + e[1] + e[2]) >= best.hateThreshold ? 0 : e[1] >= e[2] ? 1 : 2;
  }),
);
console.log(`re-scored validation: hate ${f3(again.perClass[0].f1)}`);
// Cost: the trees alone on the validation rows (as objects, and flattened into typed arrays as a
// checker-side scorer would hold them), and the dense features on raw tweets (with and without
// the normalisation, which the checker has done already).
{
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = []; // child index, or ~leaf index when negative
  const right: number[] = [];
  const leaves: number[] = [];
  const roots: number[] = [];
  const flatten = (t: Tree): number => {
    if (typeof t === "number") {
      leaves.push(t);
      return ~(leaves.length - 1);
    }
    const at = feature.length;
    feature.push(t.feature);
    threshold.push(t.threshold);
    left.push(0);
    right.push(0);
    left[at] = flatten(t.left);
    right[at] = flatten(t.right);
    return at;
  };
  for (const round of trees) for (const t of round) roots.push(flatten(t));
  const F32 = Int32Array.from(feature);
  const TH = Float64Array.from(threshold);
  const L = Int32Array.from(left);
  const R = Int32Array.from(right);
  const LV = Float64Array.from(leaves);
  const RT = Int32Array.from(roots);
  const z = new Float64Array(3);
  const flat = (x: Float64Array) => {
    z[0] = z[1] = z[2] = 0;
    for (let r = 0; r < RT.length; r++) {
      let n = RT[r];
      while (n >= 0) n = x[F32[n]] < TH[n] ? L[n] : R[n];
      z[r % 3] += LV[~n];
    }
    return z[0] - z[2];
  };
  let sink = 0;
  const reps = 20;
  const timeIt = (f: () => void, n: number) => {
    const t = performance.now();
    f();
    return ((performance.now() - t) * 1000) / n;
  };
  const treesUs = timeIt(() => {
    for (let r = 0; r < reps; r++) for (const x of valRows) score(x);
  }, reps * valRows.length);
  const rounds: number[] = [];
  for (let r = 0; r < reps; r++)
    rounds.push(
      timeIt(() => {
        for (const x of valRows) sink += flat(x);
      }, valRows.length),
    );
  rounds.sort((a, b) => a - b);
  const denseUs = timeIt(() => {
    for (let r = 0; r < 3; r++) for (const x of validation) denseFeatures(x.raw);
  }, 3 * validation.length);
  const normUs = timeIt(() => {
    for (let r = 0; r < 3; r++)
      for (const x of validation) sink += normalise(cleanTweet(x.raw)).words.text.length;
  }, 3 * validation.length);
  const bytes = F32.length * 4 + TH.length * 8 + L.length * 4 + R.length * 4 + LV.length * 8;
  console.log(
    `cost: trees ${treesUs.toFixed(2)} µs a tweet as objects, ${rounds[reps >> 1].toFixed(2)} µs flattened (median of ${reps} rounds; ${RT.length} trees, ${F32.length} splits, ${(bytes / 1024).toFixed(0)} KB as typed arrays); dense features ${denseUs.toFixed(1)} µs a tweet, of which normalise ${normUs.toFixed(1)} µs (${sink > 0 ? "" : " "})`,
  );
}
if (!values["no-test"]) {
  const testLogp = JSON.parse(
    readFileSync(`${values.dir}/oof-seed${seed}-test.json`, "utf8"),
  ) as number[][];
  const extraTest = extras.map(
    (name) =>
      JSON.parse(readFileSync(`${values.dir}/${name}-seed${seed}-test.json`, "utf8")) as number[][],
  );
  const extraDenseTest = extraDense.map(
    (name) =>
      JSON.parse(readFileSync(`${values.dir}/${name}-seed${seed}-test.json`, "utf8")) as number[][],
  );
  const testRows = rows(test, [testLogp, ...extraTest], true, extraDenseTest);
  const r = testReport(
    testRows.map(score),
    test.map((x) => x.label),
    best,
  );
  console.log(`seed ${seed} ${r.line}`);
}
console.log(`total ${secs()} s`);
