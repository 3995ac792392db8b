// Pure helpers shared by scripts/train-offensive.ts, scripts/eval-offensive.ts and the model
// experiments (scripts/experiments/): reading the Davidson CSV, the seeded stratified split, the
// metrics, the linear model's training (its objective and the L-BFGS optimiser) and the rule that
// picks a decision setting. Not imported by the checker.
import { BUCKETS } from "./features.js";

export const CLASS_NAMES = ["hate", "offensive", "neither"] as const;

export interface Example {
  text: string;
  label: number;
  /** Share of annotators choosing each class (hate, offensive, neither). */
  votes: [number, number, number];
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      field = "";
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The Davidson columns: index, count, hate_speech, offensive_language, neither, class, tweet. */
export function readDavidson(source: string): Example[] {
  const rows = parseCsv(source);
  const header = rows[0];
  const at = (name: string) => header.indexOf(name);
  const classAt = at("class");
  const tweetAt = at("tweet");
  if (classAt < 0 || tweetAt < 0) throw new Error("expected the columns 'class' and 'tweet'");
  return rows
    .slice(1)
    .filter((r) => r.length > Math.max(classAt, tweetAt))
    .map((r) => {
      const count = Number(r[at("count")]) || 1;
      const votes: [number, number, number] = [
        Number(r[at("hate_speech")]) / count || 0,
        Number(r[at("offensive_language")]) / count || 0,
        Number(r[at("neither")]) / count || 0,
      ];
      return { text: r[tweetAt], label: Number(r[classAt]), votes };
    });
}

/** mulberry32: a small seeded generator, so the split and the training order are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Stratified 80/10/10 split: each class is shuffled and cut in the same proportions. */
export function stratifiedSplit(
  examples: Example[],
  seed: number,
): { train: Example[]; validation: Example[]; test: Example[] } {
  const random = seededRandom(seed);
  const byClass = new Map<number, Example[]>();
  for (const e of examples) byClass.set(e.label, [...(byClass.get(e.label) ?? []), e]);
  const train: Example[] = [];
  const validation: Example[] = [];
  const test: Example[] = [];
  for (const label of [...byClass.keys()].sort()) {
    const items = shuffle(byClass.get(label)!, random);
    const nTrain = Math.round(items.length * 0.8);
    const nValidation = Math.round(items.length * 0.1);
    train.push(...items.slice(0, nTrain));
    validation.push(...items.slice(nTrain, nTrain + nValidation));
    test.push(...items.slice(nTrain + nValidation));
  }
  return { train: shuffle(train, random), validation, test };
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function metrics(
  gold: number[],
  predicted: number[],
  classes = 3,
): { perClass: ClassMetrics[]; weighted: ClassMetrics; accuracy: number } {
  const perClass: ClassMetrics[] = [];
  let right = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) right++;
  for (let c = 0; c < classes; c++) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass.push({ precision, recall, f1, support: tp + fn });
  }
  const total = gold.length;
  const weighted = { precision: 0, recall: 0, f1: 0, support: total };
  for (const m of perClass) {
    weighted.precision += (m.precision * m.support) / total;
    weighted.recall += (m.recall * m.support) / total;
    weighted.f1 += (m.f1 * m.support) / total;
  }
  return { perClass, weighted, accuracy: right / total };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Full-batch L-BFGS (10 pairs of history) with a backtracking Armijo line search, from zero.
 * `objective(theta, gradient)` returns the value at theta and writes its gradient. Stops after
 * `iterations` or when an iteration gains less than 1e-9 of the objective.
 */
export function lbfgs(
  objective: (theta: Float64Array, gradient: Float64Array) => number,
  size: number,
  iterations: number,
  onIteration?: (iteration: number, value: number) => void,
): Float64Array {
  const M = 10;
  const theta = new Float64Array(size);
  let g = new Float64Array(size);
  let f = objective(theta, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const R: number[] = [];
  const next = new Float64Array(size);
  let gNext = new Float64Array(size);
  for (let it = 0; it < iterations; it++) {
    // Two-loop recursion: q = H g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = R[k] * dot(S[k], q);
      const y = Y[k];
      for (let i = 0; i < size; i++) q[i] -= alpha[k] * y[i];
    }
    const last = S.length - 1;
    const gamma =
      last >= 0 ? dot(S[last], Y[last]) / dot(Y[last], Y[last]) : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < size; i++) q[i] *= gamma;
    for (let k = 0; k < S.length; k++) {
      const beta = R[k] * dot(Y[k], q);
      const s = S[k];
      for (let i = 0; i < size; i++) q[i] += s[i] * (alpha[k] - beta);
    }
    const slope = -dot(g, q);
    let step = 1;
    let fNext = f;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < size; i++) next[i] = theta[i] - step * q[i];
      fNext = objective(next, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = next[i] - theta[i];
      y[i] = gNext[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      R.push(1 / sy);
      if (S.length > M) {
        S.shift();
        Y.shift();
        R.shift();
      }
    }
    theta.set(next);
    const gain = f - fNext;
    f = fNext;
    [g, gNext] = [gNext, g];
    onIteration?.(it, f);
    if (gain < 1e-9 * Math.max(1, Math.abs(f))) break;
  }
  return theta;
}

/** A decision setting scored on validation: a prior for "neither" and a hate threshold. */
export interface Decision {
  neitherPrior: number;
  hateThreshold: number;
  hate: number;
  weighted: number;
}

/**
 * The selection rule (docs/offensive-model.md): the best hate F1 among settings whose weighted F1
 * is within 0.005 of the best weighted F1 anywhere; ties to the higher weighted F1, the smaller
 * prior, the lower threshold.
 */
export function chooseDecision<T extends Decision>(candidates: T[]): T & { bestWeighted: number } {
  const bestWeighted = candidates.reduce((m, c) => Math.max(m, c.weighted), -Infinity);
  const best = candidates
    .filter((c) => c.weighted >= bestWeighted - 0.005)
    .sort(
      (a, b) =>
        b.hate - a.hate ||
        b.weighted - a.weighted ||
        Math.abs(a.neitherPrior) - Math.abs(b.neitherPrior) ||
        a.hateThreshold - b.hateThreshold,
    )[0];
  return { ...best, bestWeighted };
}

/**
 * Naive-Bayes scaling (NB-SVM, Wang & Manning 2012, for a softmax model): feature b's input to
 * class c is multiplied by (1 + |log r|)^power, r the ratio of b's share of class c's feature
 * occurrences to its share of the other classes' (add-one smoothed), counted on `examples`.
 * Returns the scales, `buckets * classes` long, class-interleaved (all 1 when power is 0).
 */
export function naiveBayesScale(
  examples: readonly { buckets: Int32Array; label: number }[],
  buckets: number,
  classes: number,
  power: number,
): Float64Array {
  const scale = new Float64Array(buckets * classes).fill(1);
  if (power <= 0) return scale;
  const occurrences = new Float64Array(buckets * classes);
  for (const x of examples) for (const b of x.buckets) occurrences[b * classes + x.label] += 1;
  const totals = new Array<number>(classes).fill(0);
  for (let i = 0; i < occurrences.length; i++) totals[i % classes] += occurrences[i];
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < classes; c++) {
      let other = 0;
      let otherTotal = 0;
      for (let d = 0; d < classes; d++) {
        if (d === c) continue;
        other += occurrences[b * classes + d];
        otherTotal += totals[d];
      }
      const ratio =
        (occurrences[b * classes + c] + 1) / (totals[c] + 1) / ((other + 1) / (otherTotal + 1));
      scale[b * classes + c] = Math.pow(1 + Math.abs(Math.log(ratio)), power);
    }
  }
  return scale;
}

/** k stratified folds: each class's indices shuffled and dealt round-robin. Returns each index's fold. */
export function stratifiedFolds(
  labels: readonly number[],
  k: number,
  random: () => number,
): Int32Array {
  const fold = new Int32Array(labels.length);
  const classes = new Set(labels);
  for (const c of [...classes].sort((a, b) => a - b)) {
    const idx = shuffle(
      labels.map((l, i) => (l === c ? i : -1)).filter((i) => i >= 0),
      random,
    );
    idx.forEach((i, j) => (fold[i] = j % k));
  }
  return fold;
}

const CLASSES = 3;

/** A tweet as the linear model reads it: feature buckets, each worth `value` (1/√n), and a class. */
export interface WeightedExample {
  buckets: Int32Array;
  value: number;
  label: number;
}

/**
 * Softmax of the three class scores of `x` under `theta` (weights interleaved by class, then the
 * three biases) into `out`; `scale` multiplies each weight (the Naive-Bayes scale while training,
 * ones for folded weights).
 */
export function softmax(
  theta: Float64Array,
  x: WeightedExample,
  out: Float64Array,
  scale: Float64Array,
): void {
  const bias = BUCKETS * CLASSES;
  let z0 = theta[bias];
  let z1 = theta[bias + 1];
  let z2 = theta[bias + 2];
  for (const b of x.buckets) {
    const at = b * CLASSES;
    z0 += theta[at] * scale[at] * x.value;
    z1 += theta[at + 1] * scale[at + 1] * x.value;
    z2 += theta[at + 2] * scale[at + 2] * x.value;
  }
  const max = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - max);
  const e1 = Math.exp(z1 - max);
  const e2 = Math.exp(z2 - max);
  const sum = e0 + e1 + e2;
  out[0] = e0 / sum;
  out[1] = e1 / sum;
  out[2] = e2 / sum;
}

/**
 * The offensive model: multinomial logistic regression over the hashed features, each input
 * multiplied by `scale` (Naive-Bayes), minimising the class-weighted mean cross-entropy plus
 * L2/2 ||W||² (biases not penalised) with L-BFGS from zero. Returns the parameters, the scale not
 * folded in.
 */
export function trainSoftmax(
  train: readonly WeightedExample[],
  classWeight: readonly number[],
  scale: Float64Array,
  l2: number,
  iterations: number,
  onIteration?: (iteration: number, value: number) => void,
): Float64Array {
  const totalWeight = train.reduce((sum, x) => sum + classWeight[x.label], 0);
  const bias = BUCKETS * CLASSES;
  const z = new Float64Array(CLASSES);
  const objective = (theta: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let f = 0;
    for (const x of train) {
      softmax(theta, x, z, scale);
      const w = classWeight[x.label] / totalWeight;
      f -= w * Math.log(Math.max(1e-300, z[x.label]));
      for (let c = 0; c < CLASSES; c++) {
        const d = w * (z[c] - (c === x.label ? 1 : 0));
        g[bias + c] += d;
        const dv = d * x.value;
        for (const b of x.buckets) g[b * CLASSES + c] += dv * scale[b * CLASSES + c];
      }
    }
    for (let i = 0; i < bias; i++) {
      f += 0.5 * l2 * theta[i] * theta[i];
      g[i] += l2 * theta[i];
    }
    return f;
  };
  return lbfgs(objective, bias + CLASSES, iterations, onIteration);
}
