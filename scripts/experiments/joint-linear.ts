// The linear model with dense columns beside the hashed features (pretrained-vector experiment,
// family ii): the committed objective (trainSoftmax in src/engine/model/training.ts: class-weighted
// mean cross-entropy, Naive-Bayes-scaled sparse inputs of 1/√n, L2/2 ||W||² on the weights, not
// the biases, L-BFGS from zero), with D more inputs per tweet whose weights are learned jointly.
// trainSoftmax has no dense inputs, so the objective is written out here; the optimiser and the
// Naive-Bayes scale are training.ts's own. With `scale` null there is no sparse part: a softmax
// regression on the dense columns alone.
import { BUCKETS } from "../../src/engine/model/features.js";
import { lbfgs, naiveBayesScale } from "../../src/engine/model/training.js";

const CLASSES = 3;

export interface JointExample {
  buckets: Int32Array;
  label: number;
  dense: Float64Array;
}

export interface JointModel {
  /** Sparse weights with the Naive-Bayes scale folded in (BUCKETS * 3), or empty. */
  sparse: Float64Array;
  bias: Float64Array;
  /** Dense weights, D * 3, interleaved by class. */
  dense: Float64Array;
}

/** Class weights N / (3 N_class), as the committed model. */
export function balancedWeights(train: readonly { label: number }[]): number[] {
  const counts = [0, 0, 0];
  for (const x of train) counts[x.label]++;
  return counts.map((c) => train.length / (CLASSES * c));
}

export function trainJoint(
  train: readonly JointExample[],
  l2: number,
  options: { sparse: boolean; nbPower?: number; iterations?: number },
): JointModel {
  const classWeight = balancedWeights(train);
  const D = train[0].dense.length;
  const S = options.sparse ? BUCKETS * CLASSES : 0;
  const scale = options.sparse
    ? naiveBayesScale(train, BUCKETS, CLASSES, options.nbPower ?? 2)
    : new Float64Array(0);
  const B = S; // biases
  const W = S + CLASSES; // dense weights
  const size = W + D * CLASSES;
  const totalWeight = train.reduce((sum, x) => sum + classWeight[x.label], 0);
  const values = train.map((x) => (x.buckets.length ? 1 / Math.sqrt(x.buckets.length) : 0));
  const z = new Float64Array(CLASSES);
  const objective = (theta: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let f = 0;
    for (let n = 0; n < train.length; n++) {
      const x = train[n];
      const v = values[n];
      z[0] = theta[B];
      z[1] = theta[B + 1];
      z[2] = theta[B + 2];
      if (S) {
        for (const b of x.buckets) {
          const at = b * CLASSES;
          z[0] += theta[at] * scale[at] * v;
          z[1] += theta[at + 1] * scale[at + 1] * v;
          z[2] += theta[at + 2] * scale[at + 2] * v;
        }
      }
      const d = x.dense;
      for (let j = 0; j < D; j++) {
        const at = W + j * CLASSES;
        z[0] += theta[at] * d[j];
        z[1] += theta[at + 1] * d[j];
        z[2] += theta[at + 2] * d[j];
      }
      const max = Math.max(z[0], z[1], z[2]);
      const e0 = Math.exp(z[0] - max);
      const e1 = Math.exp(z[1] - max);
      const e2 = Math.exp(z[2] - max);
      const sum = e0 + e1 + e2;
      const p = [e0 / sum, e1 / sum, e2 / sum];
      const w = classWeight[x.label] / totalWeight;
      f -= w * Math.log(Math.max(1e-300, p[x.label]));
      for (let c = 0; c < CLASSES; c++) {
        const delta = w * (p[c] - (c === x.label ? 1 : 0));
        g[B + c] += delta;
        if (S) {
          const dv = delta * v;
          for (const b of x.buckets) g[b * CLASSES + c] += dv * scale[b * CLASSES + c];
        }
        for (let j = 0; j < D; j++) g[W + j * CLASSES + c] += delta * d[j];
      }
    }
    for (let i = 0; i < size; i++) {
      if (i >= B && i < W) continue;
      f += 0.5 * l2 * theta[i] * theta[i];
      g[i] += l2 * theta[i];
    }
    return f;
  };
  const theta = lbfgs(objective, size, options.iterations ?? 200);
  const sparse = theta.slice(0, S);
  for (let i = 0; i < S; i++) sparse[i] *= scale[i];
  return { sparse, bias: theta.slice(B, W), dense: theta.slice(W) };
}

/** Log-probabilities (float weights). */
export function jointLogProbs(m: JointModel, set: readonly JointExample[]): Float64Array[] {
  const D = m.dense.length / CLASSES;
  return set.map((x) => {
    const z = Float64Array.from(m.bias);
    if (m.sparse.length) {
      const v = x.buckets.length ? 1 / Math.sqrt(x.buckets.length) : 0;
      for (const b of x.buckets)
        for (let c = 0; c < CLASSES; c++) z[c] += m.sparse[b * CLASSES + c] * v;
    }
    for (let j = 0; j < D; j++)
      for (let c = 0; c < CLASSES; c++) z[c] += m.dense[j * CLASSES + c] * x.dense[j];
    const max = Math.max(z[0], z[1], z[2]);
    const lse = max + Math.log(Math.exp(z[0] - max) + Math.exp(z[1] - max) + Math.exp(z[2] - max));
    return Float64Array.of(z[0] - lse, z[1] - lse, z[2] - lse);
  });
}
