// Shared pieces of the non-linear offensive-model experiments (docs/offensive-model.md, issue 4):
// the data and the seeded stratified split (the repo's own), the hashed features (the checker's
// own walk, forEachFeature), and the decision search with the doc's selection rule.
// Experiments only: nothing here is imported by the checker. The data is read from
// ../shared/datasets and never copied into the repository.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { normalise } from "../../src/engine/normalise/index.js";
import { cleanTweet, forEachFeature } from "../../src/engine/model/features.js";
import {
  metrics,
  readDavidson,
  seededRandom,
  stratifiedFolds,
  stratifiedSplit,
  type Decision,
  type Example,
} from "../../src/engine/model/training.js";

// The selection rule and its candidates are the training script's own.
export { chooseDecision as choose, type Decision } from "../../src/engine/model/training.js";

export const DATA = resolve(
  import.meta.dirname,
  "../../../shared/datasets/davidson-2017/labeled_data.csv",
);

export interface Encoded {
  /** Feature buckets (2^18 space, the committed model's), in walk order. */
  buckets: Int32Array;
  /** The normalised `words` view, as the checker scores it. */
  text: string;
  /** The raw tweet (for dense features that need case, hashtags, mentions). */
  raw: string;
  label: number;
}

export function encode(e: Example): Encoded {
  const text = normalise(cleanTweet(e.text)).words.text;
  const list: number[] = [];
  forEachFeature(text, (b) => list.push(b));
  return { buckets: Int32Array.from(list), text, raw: e.text, label: e.label };
}

export function loadSplit(seed: number, path = DATA) {
  const examples = readDavidson(readFileSync(path, "utf8"));
  const split = stratifiedSplit(examples, seed);
  return {
    train: split.train.map(encode),
    validation: split.validation.map(encode),
    test: split.test.map(encode),
  };
}

/**
 * Every decision setting on a set of log-probabilities (rows of 3): a prior added to the
 * neither class (−2 … +2, step 0.1), then hate at or above a threshold on its probability
 * (0.05 … 0.95), else the likelier of offensive and neither. As train-offensive.ts does.
 */
export function decisionSearch(logp: Float64Array[], gold: number[]): Decision[] {
  const out: Decision[] = [];
  const predicted = new Array<number>(gold.length);
  const probs = logp.map(() => new Float64Array(3));
  for (let p = -20; p <= 20; p++) {
    const neitherPrior = p / 10;
    logp.forEach(([a, b, c], i) => {
      const m = Math.max(a, b, c + neitherPrior);
      const e0 = Math.exp(a - m);
      const e1 = Math.exp(b - m);
      const e2 = Math.exp(c + neitherPrior - m);
      const s = e0 + e1 + e2;
      probs[i][0] = e0 / s;
      probs[i][1] = e1 / s;
      probs[i][2] = e2 / s;
    });
    for (let t = 5; t <= 95; t++) {
      const hateThreshold = t / 100;
      for (let i = 0; i < probs.length; i++) {
        const q = probs[i];
        predicted[i] = q[0] >= hateThreshold ? 0 : q[1] >= q[2] ? 1 : 2;
      }
      const m = metrics(gold, predicted);
      out.push({ neitherPrior, hateThreshold, hate: m.perClass[0].f1, weighted: m.weighted.f1 });
    }
  }
  return out;
}

/** Applies a chosen decision to log-probabilities: predicted classes. */
export function decide(logp: Float64Array[], d: { neitherPrior: number; hateThreshold: number }) {
  return logp.map(([a, b, c]) => {
    const m = Math.max(a, b, c + d.neitherPrior);
    const e0 = Math.exp(a - m);
    const e1 = Math.exp(b - m);
    const e2 = Math.exp(c + d.neitherPrior - m);
    const s = e0 + e1 + e2;
    return e0 / s >= d.hateThreshold ? 0 : e1 >= e2 ? 1 : 2;
  });
}

/** Test figures for a chosen model: hate P / R / F1 and weighted F1 (score test ONCE). */
export function testReport(logp: Float64Array[], gold: number[], d: Decision) {
  const m = metrics(gold, decide(logp, d));
  const h = m.perClass[0];
  return {
    hateP: h.precision,
    hateR: h.recall,
    hate: h.f1,
    weighted: m.weighted.f1,
    line: `TEST hate P/R/F1 ${h.precision.toFixed(3)} / ${h.recall.toFixed(3)} / ${h.f1.toFixed(3)}, weighted F1 ${m.weighted.f1.toFixed(3)}`,
  };
}

export const f3 = (x: number) => x.toFixed(3);

/**
 * Out-of-fold scores on the training split: k stratified folds, the same for every experiment at
 * a seed, so the stacker's inputs line up. `score(fit, held, fold)` trains on `fit` and returns
 * the log-probabilities of `held`; each training tweet gets the row of the fold that held it out.
 */
export function outOfFold(
  train: Encoded[],
  k: number,
  seed: number,
  score: (fit: Encoded[], held: Encoded[], fold: number) => ArrayLike<number>[],
): number[][] {
  const fold = stratifiedFolds(
    train.map((x) => x.label),
    k,
    seededRandom(500 + seed),
  );
  const oof: number[][] = new Array(train.length);
  for (let f = 0; f < k; f++) {
    const fit: Encoded[] = [];
    const held: number[] = [];
    train.forEach((x, i) => (fold[i] === f ? held.push(i) : fit.push(x)));
    const lp = score(
      fit,
      held.map((i) => train[i]),
      f,
    );
    held.forEach((i, j) => (oof[i] = Array.from(lp[j])));
  }
  return oof;
}
