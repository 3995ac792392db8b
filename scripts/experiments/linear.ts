// The committed linear model's training (scripts/train-offensive.ts) as a function, for the
// stacking experiment: multinomial logistic regression over the 2^18 hashed features, 1/sqrt(n)
// feature values, class weights N / (3 N_class), Naive-Bayes scaling (power `nb`, counted on
// the examples given), L2 on the weights, full-batch L-BFGS (10 pairs, Armijo backtracking, up
// to 200 iterations). Returns the folded (scaled, not quantised) weights and biases.
import { BUCKETS } from "../../src/engine/model/features.js";
import { lbfgs, naiveBayesScale } from "../../src/engine/model/training.js";
import type { Encoded } from "./common.js";

const CLASSES = 3;

export interface Linear {
  /** Folded weights, interleaved by class (BUCKETS * 3), then the three biases. */
  theta: Float64Array;
}

export function trainLinear(train: Encoded[], l2: number, nbPower = 2, iterations = 200): Linear {
  const counts = [0, 0, 0];
  for (const x of train) counts[x.label]++;
  const classWeight = counts.map((c) => train.length / (CLASSES * c));
  const totalWeight = train.reduce((sum, x) => sum + classWeight[x.label], 0);
  const values = train.map((x) => (x.buckets.length ? 1 / Math.sqrt(x.buckets.length) : 0));

  const scale = naiveBayesScale(train, BUCKETS, CLASSES, nbPower);

  const P = BUCKETS * CLASSES + CLASSES;
  const bias = BUCKETS * CLASSES;
  const z = new Float64Array(CLASSES);

  function probabilities(theta: Float64Array, i: number) {
    const x = train[i];
    const v = values[i];
    let z0 = theta[bias];
    let z1 = theta[bias + 1];
    let z2 = theta[bias + 2];
    for (const b of x.buckets) {
      const at = b * CLASSES;
      z0 += theta[at] * scale[at] * v;
      z1 += theta[at + 1] * scale[at + 1] * v;
      z2 += theta[at + 2] * scale[at + 2] * v;
    }
    const max = Math.max(z0, z1, z2);
    const e0 = Math.exp(z0 - max);
    const e1 = Math.exp(z1 - max);
    const e2 = Math.exp(z2 - max);
    const sum = e0 + e1 + e2;
    z[0] = e0 / sum;
    z[1] = e1 / sum;
    z[2] = e2 / sum;
  }

  function objective(theta: Float64Array, g: Float64Array): number {
    g.fill(0);
    let f = 0;
    for (let i = 0; i < train.length; i++) {
      const x = train[i];
      probabilities(theta, i);
      const w = classWeight[x.label] / totalWeight;
      f -= w * Math.log(Math.max(1e-300, z[x.label]));
      for (let c = 0; c < CLASSES; c++) {
        const d = w * (z[c] - (c === x.label ? 1 : 0));
        g[bias + c] += d;
        const dv = d * values[i];
        for (const b of x.buckets) g[b * CLASSES + c] += dv * scale[b * CLASSES + c];
      }
    }
    for (let i = 0; i < bias; i++) {
      f += 0.5 * l2 * theta[i] * theta[i];
      g[i] += l2 * theta[i];
    }
    return f;
  }

  const theta = lbfgs(objective, P, iterations);
  for (let i = 0; i < bias; i++) theta[i] *= scale[i];
  return { theta };
}

/** Log-probabilities of the (folded, float) linear model. */
export function linearLogProbs(model: Linear, set: Encoded[]): Float64Array[] {
  const { theta } = model;
  const bias = BUCKETS * CLASSES;
  return set.map((x) => {
    const v = x.buckets.length ? 1 / Math.sqrt(x.buckets.length) : 0;
    let z0 = theta[bias];
    let z1 = theta[bias + 1];
    let z2 = theta[bias + 2];
    for (const b of x.buckets) {
      z0 += theta[b * 3] * v;
      z1 += theta[b * 3 + 1] * v;
      z2 += theta[b * 3 + 2] * v;
    }
    const max = Math.max(z0, z1, z2);
    const lse = max + Math.log(Math.exp(z0 - max) + Math.exp(z1 - max) + Math.exp(z2 - max));
    return Float64Array.of(z0 - lse, z1 - lse, z2 - lse);
  });
}
