// The committed linear model as the stacking experiment needs it: trainSoftmax (the training
// scripts/train-offensive.ts does) with class weights N / (3 N_class) and Naive-Bayes scaling
// (power `nb`, counted on the examples given), the scale folded into the returned weights (not
// quantised).
import { BUCKETS } from "../../src/engine/model/features.js";
import { naiveBayesScale, trainSoftmax } from "../../src/engine/model/training.js";
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
  const weighted = train.map((x) => ({
    buckets: x.buckets,
    value: x.buckets.length ? 1 / Math.sqrt(x.buckets.length) : 0,
    label: x.label,
  }));
  const scale = naiveBayesScale(train, BUCKETS, CLASSES, nbPower);
  const theta = trainSoftmax(weighted, classWeight, scale, l2, iterations);
  for (let i = 0; i < BUCKETS * CLASSES; i++) theta[i] *= scale[i];
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
