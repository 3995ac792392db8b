// Trains the policy classifier (src/engine/model/policy-classifier.ts) on training/policy-corpus/
// ONLY, and writes src/engine/model/policy-weights.ts.
//   npm run train:policy                 grid search by k-fold CV, then the final model
//   npm run train:policy -- --quick      the chosen settings only (no grid)
//
// One-vs-rest logistic regression over the hashed features of policy-features.ts, trained by
// seeded SGD (AdaGrad steps, L2 on the weights each example touches, positives up-weighted per
// category for imbalance). The evaluation sets (public items, holdout) are never read here.
//
// The classifier runs after the hand-written rules and reports a category only when they did not
// (rules/learned/), so its thresholds are chosen for that job: the hand-written rules are run on
// every corpus item, and each category's threshold is picked, by coordinate ascent on the
// out-of-fold scores of 5-fold cross-validation, to maximise the macro F1 of rules + classifier
// together, with the missing-disclaimer rule counting a learned concern, grievance or damaging
// claim as an opinion (as it does at run time), subject to limits on the share of clean corpus
// posts flagged and blocked. A category whose learned rule does not raise the combined F1 is
// switched off (threshold above 1). Feature and regularisation settings are chosen by the same
// objective.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { format, resolveConfig } from "prettier";
import {
  FeatureBuffer,
  FLAG_HAS_PROFILE,
  FLAG_INBOUND,
  POLICY_BUCKET_BITS,
  textFeatures,
  type FeatureOptions,
} from "../src/engine/model/policy-features.js";
import { normalise } from "../src/engine/normalise/index.js";
import { createChecker } from "../src/engine/check.js";
import { rules } from "../src/engine/rules/index.js";
import { LEARNED_CATEGORIES } from "../src/engine/rules/learned/categories.js";
import { learnedRules } from "../src/engine/rules/learned/index.js";
import viewsOwn from "../src/engine/rules/missing-disclaimer/views-own.js";
import { defineRule } from "../src/engine/rules/rule.js";
import { CATEGORIES, type Category } from "../src/engine/types.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    seed: { type: "string", default: "20240611" },
    // Overrides of the base settings, for experiments.
    set: { type: "string", default: "{}" },
    // Cross-validate only; leave the weights file alone.
    "dry-run": { type: "boolean", default: false },
    // The share of clean corpus posts that rules + learned rules together may flag at all, and
    // may block: under the bars of 10% and 3% with room for sampling error (5% flagged: the
    // corpus now holds many hard negatives, and 8% let the public clean items flagged reach 5.2%).
    "flag-limit": { type: "string", default: "0.05" },
    "block-limit": { type: "string", default: "0.025" },
    // Weight of macro F1 against micro F1 in the objective the thresholds maximise.
    "macro-weight": { type: "string", default: "1" },
    // Patient details are the worst miss (issue 3): their term of the objective may be F-beta, beta
    // > 1 weighing recall above precision. 1 is plain F1; 2 was tried and not kept (policy-model.md).
    "pii-beta": { type: "string", default: "1" },
  },
});

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = join(ROOT, "training/policy-corpus");
const OUT = join(ROOT, "src/engine/model/policy-weights.ts");
const K = CATEGORIES.length;
const FOLDS = 5;
const SEED = Number(args.seed);
const FLAG_LIMIT = Number(args["flag-limit"]);
const BLOCK_LIMIT = Number(args["block-limit"]);
const MACRO_WEIGHT = Number(args["macro-weight"]);
/** A threshold above 1 switches a category's learned rule off. */
const OFF = 2;

interface Item {
  id: string;
  text: string;
  profile?: string;
  direction?: "outbound" | "inbound";
  expected: { categories: string[] };
}

interface Example {
  buckets: Int32Array;
  values: Float32Array;
  labels: Uint8Array;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const items: Item[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) =>
    readFileSync(join(CORPUS, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Item),
  );

/** The same feature values inference uses: text and profile each scaled to unit length, flags 1. */
function featurise(item: Item, options: FeatureOptions): Example {
  const text = new FeatureBuffer();
  const profile = new FeatureBuffer();
  const t = normalise(item.text ?? "").words.text;
  const p = normalise(item.profile ?? "").words.text;
  textFeatures(t, 0, Math.min(t.length, 4000), options, false, text);
  textFeatures(p, 0, Math.min(p.length, 4000), options, true, profile);
  const buckets: number[] = [];
  const values: number[] = [];
  const tn = text.length ? 1 / Math.sqrt(text.length) : 0;
  const pn = profile.length ? 1 / Math.sqrt(profile.length) : 0;
  for (let i = 0; i < text.length; i++) {
    buckets.push(text.buckets[i]);
    values.push(tn);
  }
  for (let i = 0; i < profile.length; i++) {
    buckets.push(profile.buckets[i]);
    values.push(pn);
  }
  if (item.direction === "inbound") {
    buckets.push(FLAG_INBOUND);
    values.push(1);
  }
  if (profile.length > 0) {
    buckets.push(FLAG_HAS_PROFILE);
    values.push(1);
  }
  const labels = new Uint8Array(K);
  for (const c of item.expected.categories) {
    const at = (CATEGORIES as readonly string[]).indexOf(c);
    if (at < 0) throw new Error(`${item.id}: unknown category ${c}`);
    labels[at] = 1;
  }
  return { buckets: Int32Array.from(buckets), values: Float32Array.from(values), labels };
}

interface Settings {
  charGrams: boolean;
  /** Hash buckets are 2^bits; only POLICY_BUCKET_BITS can be written (inference uses it). */
  bits: number;
  affixes: boolean;
  lambda: number;
  /** Positives weigh (negatives / positives) ** power. */
  power: number;
  epochs: number;
  rate: number;
}

interface Model {
  weights: Float32Array;
  bias: Float32Array;
}

function train(examples: Example[], s: Settings, seed: number): Model {
  const weights = new Float32Array((1 << s.bits) * K);
  const squares = new Float32Array((1 << s.bits) * K).fill(1e-2);
  const bias = new Float32Array(K);
  const biasSquares = new Float32Array(K).fill(1e-2);
  const positives = new Float32Array(K);
  for (const e of examples) for (let c = 0; c < K; c++) positives[c] += e.labels[c];
  const positiveWeight = new Float32Array(K);
  for (let c = 0; c < K; c++) {
    const pos = Math.max(1, positives[c]);
    positiveWeight[c] = Math.pow((examples.length - pos) / pos, s.power);
  }
  // Start each bias at the class's log-odds so early steps go into the words.
  for (let c = 0; c < K; c++) {
    const p = Math.min(0.99, Math.max(0.01, positives[c] / examples.length));
    bias[c] = Math.log(p / (1 - p));
  }
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);
  const z = new Float32Array(K);
  const g = new Float32Array(K);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffle(order, random);
    for (const at of order) {
      const e = examples[at];
      z.set(bias);
      for (let f = 0; f < e.buckets.length; f++) {
        const base = e.buckets[f] * K;
        const v = e.values[f];
        for (let c = 0; c < K; c++) z[c] += weights[base + c] * v;
      }
      for (let c = 0; c < K; c++) {
        const p = 1 / (1 + Math.exp(-z[c]));
        g[c] = e.labels[c] ? (p - 1) * positiveWeight[c] : p;
        biasSquares[c] += g[c] * g[c];
        bias[c] -= (s.rate * g[c]) / Math.sqrt(biasSquares[c]);
      }
      for (let f = 0; f < e.buckets.length; f++) {
        const base = e.buckets[f] * K;
        const v = e.values[f];
        for (let c = 0; c < K; c++) {
          const i = base + c;
          const grad = g[c] * v + s.lambda * weights[i];
          squares[i] += grad * grad;
          weights[i] -= (s.rate * grad) / Math.sqrt(squares[i]);
        }
      }
    }
  }
  return { weights, bias };
}

function predict(model: Model, e: Example, out: Float32Array): void {
  out.set(model.bias);
  for (let f = 0; f < e.buckets.length; f++) {
    const base = e.buckets[f] * K;
    const v = e.values[f];
    for (let c = 0; c < K; c++) out[c] += model.weights[base + c] * v;
  }
  for (let c = 0; c < K; c++) out[c] = 1 / (1 + Math.exp(-out[c]));
}

// ---------------------------------------------------------------------------------------------
// What the hand-written rules do on each corpus item: the learned rules only ever add to it.

const ci = (c: Category) => (CATEGORIES as readonly string[]).indexOf(c);
const MD = ci("missing-disclaimer");
const PII = ci("patient-identifiable");
const PII_BETA2 = Number(args["pii-beta"]) ** 2;
const fBetaOf = (tp: number, fp: number, fn: number, b2: number) =>
  tp ? ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp) : 0;
const OC = ci("official-capacity");
/** The categories the disclaimer rule counts as an opinion when another rule reported them. */
const OPINION = (["raising-concerns", "disrepute-grievance", "defamation"] as const).map(ci);
const SPEC = new Map(LEARNED_CATEGORIES.map((spec) => [spec.category as string, spec]));
const BLOCKS = CATEGORIES.map((c) => SPEC.get(c)?.severity === "block");

interface RuleView {
  /** Categories the hand-written rules report, item by item (row-major, K per item). */
  hand: Uint8Array;
  /** The category's learned rule applies to the item's direction. */
  allowed: Uint8Array;
  /**
   * The disclaimer rules' conditions (1) and (3) hold (employer named, personal account, no
   * disclaimer): the hand-written one reports if another rule reported a concern, grievance or
   * claim, and the learned one may report.
   */
  disclaimerReady: Uint8Array;
}

function ruleView(): RuleView {
  const handRules = rules.filter((r) => !learnedRules.includes(r));
  const handCheck = createChecker({}, { rules: handRules });
  const opinionStub = defineRule({
    meta: { ...viewsOwn.meta, id: "disrepute-grievance/stub", category: "disrepute-grievance" },
    check: (context) => context.report({}),
  });
  const readyCheck = createChecker({}, { rules: [opinionStub, viewsOwn] });
  const n = items.length;
  const view: RuleView = {
    hand: new Uint8Array(n * K),
    allowed: new Uint8Array(n * K),
    disclaimerReady: new Uint8Array(n),
  };
  items.forEach((item, i) => {
    const input = { text: item.text, profile: item.profile, direction: item.direction };
    for (const f of handCheck(input).findings) view.hand[i * K + ci(f.category)] = 1;
    const direction = item.direction ?? "outbound";
    CATEGORIES.forEach((c, k) => {
      view.allowed[i * K + k] = SPEC.get(c)?.directions.includes(direction) ? 1 : 0;
    });
    const ready = readyCheck(input).findings.some((f) => f.category === "missing-disclaimer");
    view.disclaimerReady[i] = ready && !view.hand[i * K + OC] ? 1 : 0;
  });
  return view;
}

// ---------------------------------------------------------------------------------------------
// Thresholds: coordinate ascent on the combined (rules + learned) macro F1 of the out-of-fold
// scores, with limits on the share of clean posts flagged and blocked.

interface Outcome {
  thresholds: number[];
  /** Combined F1 per category, and the hand-written rules' alone. */
  f1: number[];
  rulesF1: number[];
  /** The learned rule alone at its threshold: precision and recall of its own reports. */
  precision: number[];
  recall: number[];
  macro: number;
  rulesMacro: number;
  micro: number;
  rulesMicro: number;
  /** What the thresholds were chosen to maximise (see MACRO_WEIGHT). */
  score: number;
  clean: number;
  cleanFlagged: number;
  cleanBlocked: number;
  rulesFlagged: number;
  rulesBlocked: number;
}

const f1Of = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const micro = (all: [number, number, number][]) =>
  f1Of(
    ...all.reduce<[number, number, number]>(
      (a, [tp, fp, fn]) => [a[0] + tp, a[1] + fp, a[2] + fn],
      [0, 0, 0],
    ),
  );

/**
 * The thresholds: first each category's threshold with the best combined macro F1 (coordinate
 * ascent), then, while the learned rules flag or block more clean posts than the limits
 * allow, the threshold raise that costs the least macro F1 per clean post spared, then one more
 * ascent that may lower thresholds again only within the limits.
 */
function chooseThresholds(oof: Float32Array[], labels: Uint8Array[], view: RuleView): Outcome {
  const n = items.length;
  const thresholds = new Array<number>(K).fill(OFF);
  const learned = Array.from({ length: K }, () => new Uint8Array(n));
  const fires = (c: number, i: number, t: number) =>
    t <= 1 &&
    view.allowed[i * K + c] === 1 &&
    oof[c][i] >= t &&
    (c !== MD || view.disclaimerReady[i] === 1);
  const setThreshold = (c: number, t: number) => {
    thresholds[c] = t;
    for (let i = 0; i < n; i++) learned[c][i] = fires(c, i, t) ? 1 : 0;
  };
  const isClean = Uint8Array.from({ length: n }, (_, i) => (labels.every((l) => !l[i]) ? 1 : 0));
  const clean = isClean.reduce((a, b) => a + b, 0);

  /** Predictions of every category under the current thresholds, with md derived last. */
  function predictions(): Uint8Array[] {
    const pred = Array.from({ length: K }, (_, c) =>
      Uint8Array.from({ length: n }, (_, i) => view.hand[i * K + c] | learned[c][i]),
    );
    for (let i = 0; i < n; i++)
      if (view.disclaimerReady[i] && OPINION.some((c) => pred[c][i])) pred[MD][i] = 1;
    return pred;
  }
  /** True positives, false positives and false negatives of each category. */
  function counts(pred: Uint8Array[]): [number, number, number][] {
    return pred.map((p, c) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (let i = 0; i < n; i++) {
        if (p[i] && labels[c][i]) tp++;
        else if (p[i]) fp++;
        else if (labels[c][i]) fn++;
      }
      return [tp, fp, fn];
    });
  }
  const f1s = (pred: Uint8Array[]) => counts(pred).map(([tp, fp, fn]) => f1Of(tp, fp, fn));
  /** The objective: a mix of macro F1 (every category alike) and micro F1 (every finding alike). */
  function objective(all: [number, number, number][]): number {
    let macro = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let c = 0; c < all.length; c++) {
      const [a, b, d] = all[c];
      macro += c === PII ? fBetaOf(a, b, d, PII_BETA2) : f1Of(a, b, d);
      tp += a;
      fp += b;
      fn += d;
    }
    return MACRO_WEIGHT * (macro / K) + (1 - MACRO_WEIGHT) * f1Of(tp, fp, fn);
  }
  function cleanCounts(pred: Uint8Array[]): [number, number] {
    let flagged = 0;
    let blocked = 0;
    for (let i = 0; i < n; i++) {
      if (!isClean[i]) continue;
      let f = 0;
      let b = 0;
      for (let c = 0; c < K; c++)
        if (pred[c][i]) {
          f = 1;
          if (BLOCKS[c]) b = 1;
        }
      flagged += f;
      blocked += b;
    }
    return [flagged, blocked];
  }

  // Candidate thresholds: midpoints between the distinct out-of-fold scores of each category,
  // at most 200 of them, from its highest scores down; OFF first.
  const candidates = CATEGORIES.map((_, c) => {
    const scores = Array.from(new Set(Array.from(oof[c]))).sort((x, y) => y - x);
    const mids = scores.slice(0, -1).map((x, j) => (x + scores[j + 1]) / 2);
    const step = Math.max(1, Math.ceil(mids.length / 200));
    return [OFF, ...mids.filter((_, j) => j % step === 0)];
  });

  interface Option {
    t: number;
    score: number;
    flagged: number;
    blocked: number;
  }
  /** Every candidate threshold of category c, the others held where they are. */
  function scan(c: number): Option[] {
    const keep = thresholds[c];
    setThreshold(c, OFF);
    const base = predictions();
    const baseCounts = counts(base);
    setThreshold(c, keep);
    const coupled = OPINION.includes(c);
    const otherFlag = new Uint8Array(n);
    const otherBlock = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < K; k++)
        if (k !== c && k !== MD && base[k][i]) {
          otherFlag[i] = 1;
          if (BLOCKS[k]) otherBlock[i] = 1;
        }
    return candidates[c].map((t) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let mtp = 0;
      let mfp = 0;
      let mfn = 0;
      let flagged = 0;
      let blocked = 0;
      for (let i = 0; i < n; i++) {
        const pc = base[c][i] || fires(c, i, t) ? 1 : 0;
        let pm = base[MD][i];
        if (c === MD) pm = pc;
        else if (coupled && pc && view.disclaimerReady[i]) pm = 1;
        if (c !== MD) {
          if (pc && labels[c][i]) tp++;
          else if (pc) fp++;
          else if (labels[c][i]) fn++;
        }
        if (pm && labels[MD][i]) mtp++;
        else if (pm) mfp++;
        else if (labels[MD][i]) mfn++;
        if (isClean[i]) {
          if (otherFlag[i] || pc || pm) flagged++;
          if (otherBlock[i] || (BLOCKS[c] && pc)) blocked++;
        }
      }
      const all = baseCounts.slice();
      if (c !== MD) all[c] = [tp, fp, fn];
      all[MD] = [mtp, mfp, mfn];
      return { t, score: objective(all), flagged, blocked };
    });
  }

  const rulesPred = predictions();
  const rulesF1 = f1s(rulesPred);
  const [rulesFlagged, rulesBlocked] = cleanCounts(rulesPred);
  // Never below what the rules alone do: the learned rules cannot take findings away.
  const flagLimit = Math.max(rulesFlagged, FLAG_LIMIT * clean);
  const blockLimit = Math.max(rulesBlocked, BLOCK_LIMIT * clean);
  const within = (o: { flagged: number; blocked: number }) =>
    o.flagged <= flagLimit && o.blocked <= blockLimit;

  /** Coordinate ascent on the objective; `capped` keeps every move within the limits. */
  function ascend(capped: boolean) {
    for (let pass = 0; pass < 4; pass++) {
      let changed = false;
      for (let c = 0; c < K; c++) {
        let best: Option | undefined;
        for (const o of scan(c)) {
          if (capped && !within(o)) continue;
          // Ties go to the higher threshold (fewer learned reports).
          if (!best || o.score > best.score + 1e-9) best = o;
        }
        if (best && best.t !== thresholds[c]) {
          setThreshold(c, best.t);
          changed = true;
        }
      }
      if (!changed) break;
    }
  }

  ascend(false);
  for (let step = 0; step < 500; step++) {
    const pred = predictions();
    const [flagged, blocked] = cleanCounts(pred);
    if (flagged <= flagLimit && blocked <= blockLimit) break;
    const score = objective(counts(pred));
    // Spare blocked clean posts first while over that limit, then flagged ones.
    const weighBlocked = blocked > blockLimit;
    let best: { c: number; t: number; cost: number } | undefined;
    for (let c = 0; c < K; c++) {
      if (thresholds[c] > 1) continue;
      for (const o of scan(c)) {
        if (!(o.t > thresholds[c])) continue;
        const spared = weighBlocked ? blocked - o.blocked : flagged - o.flagged;
        if (spared <= 0) continue;
        const cost = (score - o.score) / spared;
        if (!best || cost < best.cost) best = { c, t: o.t, cost };
      }
    }
    if (!best) break;
    setThreshold(best.c, best.t);
  }
  ascend(true);

  const pred = predictions();
  const f1 = f1s(pred);
  const [cleanFlagged, cleanBlocked] = cleanCounts(pred);
  const precision: number[] = [];
  const recall: number[] = [];
  for (let c = 0; c < K; c++) {
    let tp = 0;
    let reports = 0;
    let positives = 0;
    for (let i = 0; i < n; i++) {
      if (labels[c][i]) positives++;
      if (learned[c][i] && !view.hand[i * K + c]) {
        reports++;
        if (labels[c][i]) tp++;
      }
    }
    precision.push(reports ? tp / reports : NaN);
    recall.push(positives ? tp / positives : 0);
  }
  return {
    thresholds: [...thresholds],
    f1,
    rulesF1,
    precision,
    recall,
    macro: f1.reduce((a, b) => a + b, 0) / K,
    rulesMacro: rulesF1.reduce((a, b) => a + b, 0) / K,
    micro: micro(counts(pred)),
    rulesMicro: micro(counts(rulesPred)),
    score: objective(counts(pred)),
    clean,
    cleanFlagged,
    cleanBlocked,
    rulesFlagged,
    rulesBlocked,
  };
}

function crossValidate(s: Settings, view: RuleView): Outcome {
  const examples = items.map((item) => featurise(item, s));
  const fold = shuffle(
    items.map((_, i) => i % FOLDS),
    mulberry32(SEED),
  );
  const oof = Array.from({ length: K }, () => new Float32Array(items.length));
  const scratch = new Float32Array(K);
  for (let f = 0; f < FOLDS; f++) {
    const model = train(
      examples.filter((_, i) => fold[i] !== f),
      s,
      SEED + f,
    );
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      predict(model, e, scratch);
      for (let c = 0; c < K; c++) oof[c][i] = scratch[c];
    });
  }
  const labels = CATEGORIES.map((_, c) => Uint8Array.from(examples, (e) => e.labels[c]));
  return chooseThresholds(oof, labels, view);
}

const pct = (x: number) => (Number.isNaN(x) ? "    -" : (x * 100).toFixed(1).padStart(5));

function table(o: Outcome): string[] {
  const lines = [
    `${"category".padEnd(26)} ${"n".padStart(4)}  rules F1 -> +learned F1   learned alone: P     R   threshold`,
  ];
  CATEGORIES.forEach((cat, c) => {
    const n = items.reduce((a, item) => a + (item.expected.categories.includes(cat) ? 1 : 0), 0);
    const t = o.thresholds[c] > 1 ? "off" : o.thresholds[c].toFixed(3);
    lines.push(
      `${cat.padEnd(26)} ${String(n).padStart(4)}     ${pct(o.rulesF1[c])} -> ${pct(o.f1[c])}          ${pct(o.precision[c])} ${pct(o.recall[c])}   ${t}`,
    );
  });
  lines.push(
    `macro F1 ${pct(o.rulesMacro)} -> ${pct(o.macro)}   micro F1 ${pct(o.rulesMicro)} -> ${pct(o.micro)}   clean posts flagged ${o.rulesFlagged} -> ${o.cleanFlagged} of ${o.clean}, blocked ${o.rulesBlocked} -> ${o.cleanBlocked}`,
  );
  return lines;
}

const base: Settings = {
  charGrams: false,
  bits: POLICY_BUCKET_BITS,
  affixes: true,
  lambda: 3e-5,
  power: 0,
  epochs: 25,
  rate: 1,
  ...JSON.parse(args.set!),
};
console.log(`${items.length} corpus items; running the hand-written rules on each...`);
const view = ruleView();
let chosen = base;
let cv: Outcome | undefined;
if (!args.quick) {
  console.log("grid (5-fold CV, combined objective at the chosen thresholds):");
  // Character 4-grams cost about three features a word, which breaks the per-post budget of a
  // few microseconds; affixes stay within it.
  for (const lambda of [3e-6, 1e-5, 3e-5, 1e-4])
    for (const power of [0, 0.25, 0.5]) {
      const s = { ...base, lambda, power };
      const o = crossValidate(s, view);
      console.log(
        `  lambda=${lambda} power=${power}: objective ${pct(o.score)}, macro ${pct(o.macro)}, micro ${pct(o.micro)} (clean flagged ${o.cleanFlagged}/${o.clean}, blocked ${o.cleanBlocked})`,
      );
      if (!cv || o.score > cv.score) {
        cv = o;
        chosen = s;
      }
    }
}
console.log(`\nchosen: ${JSON.stringify(chosen)}`);
cv ??= crossValidate(chosen, view);
const cvTable = table(cv);
console.log(cvTable.join("\n"));
if (args["dry-run"]) process.exit(0);

// Final model on every corpus item; the thresholds come from the out-of-fold scores above.
const examples = items.map((item) => featurise(item, chosen));
const model = train(examples, chosen, SEED);
if (chosen.bits !== POLICY_BUCKET_BITS)
  throw new Error(
    `inference uses ${POLICY_BUCKET_BITS} bucket bits; change policy-features.ts first`,
  );
const BUCKETS = 1 << chosen.bits;
const quantised = new Int8Array(BUCKETS * K);
const scale: number[] = [];
for (let c = 0; c < K; c++) {
  let max = 0;
  for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(model.weights[b * K + c]));
  const s = max > 0 ? max / 127 : 1;
  scale.push(s);
  for (let b = 0; b < BUCKETS; b++) quantised[b * K + c] = Math.round(model.weights[b * K + c] / s);
}

// How far int8 moves the probabilities, on the training items.
let drift = 0;
const scratch = new Float32Array(K);
for (const e of examples) {
  predict(model, e, scratch);
  for (let c = 0; c < K; c++) {
    let z = model.bias[c];
    for (let f = 0; f < e.buckets.length; f++)
      z += quantised[e.buckets[f] * K + c] * scale[c] * e.values[f];
    drift = Math.max(drift, Math.abs(1 / (1 + Math.exp(-z)) - scratch[c]));
  }
}
console.log(`largest probability change from int8 quantisation: ${drift.toFixed(4)}`);

const round = (x: number) => Number(x.toPrecision(6));
const source = `// Generated by scripts/train-policy.ts (npm run train:policy). Do not edit by hand.
// Trained on training/policy-corpus/*.jsonl (${items.length} items) only.
// Settings: ${JSON.stringify(chosen)}, seed ${SEED}.
// Thresholds: ${FOLDS}-fold cross-validation, combined with the hand-written rules (at most ${FLAG_LIMIT * 100}% of
// clean posts flagged, ${BLOCK_LIMIT * 100}% blocked); a threshold above 1 is off.
${cvTable.map((l) => `//   ${l}`).join("\n")}
// Weights: int8, ${BUCKETS} buckets x ${K} categories, interleaved by bucket, base64.

export const POLICY_MODEL = {
  categories: ${JSON.stringify(CATEGORIES)} as const,
  charGrams: ${chosen.charGrams},
  affixes: ${chosen.affixes},
  bias: ${JSON.stringify(Array.from(model.bias, round))},
  scale: ${JSON.stringify(scale.map(round))},
  thresholds: ${JSON.stringify(cv.thresholds.map(round))},
  weights: "${Buffer.from(quantised.buffer).toString("base64")}",
};
`;
// Formatted as the repository's prettier config wants, so `npm run lint` passes after a retrain.
const options = (await resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await format(source, { ...options, filepath: OUT }));
console.log(`wrote ${OUT} (${(source.length / 1e6).toFixed(2)} MB)`);
