// The embedding-bag model of experiment (a) (scripts/experiments/embedding-bag.ts): hashed
// features -> embedding (dim) -> pooled (mean, or sum / sqrt(n)) -> hidden layer -> softmax.
// Training: class-weighted cross-entropy, sparse AdaGrad on the embeddings, Adam on the dense
// layers, one example at a time, features dropped at random. Deterministic for a random seed.
import { seededRandom, shuffle } from "../../src/engine/model/training.js";
import type { Encoded } from "./common.js";

export interface Config {
  bits: number;
  dim: number;
  hidden: number;
  lrEmb: number;
  lrDense: number;
  drop: number;
  cw: number;
  act: "relu" | "tanh";
  /** Pooling: 0 = mean (fastText), 1 = sum / sqrt(n) (as the linear model scales its features). */
  sqrt: number;
}
export const DEFAULT: Config = {
  bits: 17,
  dim: 32,
  hidden: 32,
  lrEmb: 0.05,
  lrDense: 1e-3,
  drop: 0.2,
  cw: 1,
  act: "relu",
  sqrt: 0,
};

/** ";"-separated configurations, each "key=value,...", unset keys from DEFAULT. */
export function parseGrid(spec: string): Config[] {
  const grid = spec
    .split(";")
    .filter((s) => s.trim() !== "")
    .map((s) => {
      const c: Record<string, unknown> = { ...DEFAULT };
      for (const kv of s.split(",")) {
        const [k, v] = kv.split("=");
        c[k.trim()] = k.trim() === "act" ? v.trim() : Number(v);
      }
      return c as unknown as Config;
    });
  if (grid.length === 0) grid.push(DEFAULT);
  return grid;
}

export class Model {
  readonly E: Float32Array;
  readonly G: Float32Array; // AdaGrad accumulators of E
  readonly W1: Float64Array;
  readonly b1: Float64Array;
  readonly W2: Float64Array;
  readonly b2: Float64Array;
  // Adam state for [W1, b1, W2, b2], flattened.
  readonly dense: Float64Array[];
  readonly m: Float64Array[];
  readonly v: Float64Array[];
  step = 0;
  readonly mask: number;
  // Scratch.
  readonly h0: Float64Array;
  readonly a: Float64Array;
  readonly h1: Float64Array;
  readonly z = new Float64Array(3);
  readonly p = new Float64Array(3);
  readonly dh1: Float64Array;
  readonly da: Float64Array;
  readonly dh0: Float64Array;
  readonly gW1: Float64Array;
  readonly gW2: Float64Array;
  readonly gb1: Float64Array;
  readonly gb2 = new Float64Array(3);

  constructor(
    readonly c: Config,
    random: () => number,
  ) {
    const { dim: D, hidden: H } = c;
    this.mask = (1 << c.bits) - 1;
    this.E = new Float32Array((1 << c.bits) * D);
    // fastText's initialisation of the input matrix: uniform(-1/dim, 1/dim).
    for (let i = 0; i < this.E.length; i++) this.E[i] = (random() * 2 - 1) / D;
    this.G = new Float32Array(this.E.length);
    this.W1 = new Float64Array(H * D);
    // The averaged embeddings are tiny at first (about 1/dim / sqrt(n)); a larger first layer
    // lets the gradient reach them. He-style, by the fan-in.
    const s1 = Math.sqrt(6 / D);
    for (let i = 0; i < this.W1.length; i++) this.W1[i] = (random() * 2 - 1) * s1;
    this.b1 = new Float64Array(H);
    this.W2 = new Float64Array(3 * H);
    const s2 = Math.sqrt(6 / (H + 3));
    for (let i = 0; i < this.W2.length; i++) this.W2[i] = (random() * 2 - 1) * s2;
    this.b2 = new Float64Array(3);
    this.dense = [this.W1, this.b1, this.W2, this.b2];
    this.m = this.dense.map((x) => new Float64Array(x.length));
    this.v = this.dense.map((x) => new Float64Array(x.length));
    this.h0 = new Float64Array(D);
    this.a = new Float64Array(H);
    this.h1 = new Float64Array(H);
    this.dh1 = new Float64Array(H);
    this.da = new Float64Array(H);
    this.dh0 = new Float64Array(D);
    this.gW1 = new Float64Array(H * D);
    this.gW2 = new Float64Array(3 * H);
    this.gb1 = new Float64Array(H);
  }

  /** Forward pass over the given buckets (already reduced); leaves p (probabilities). */
  forward(buckets: Int32Array, n: number) {
    const { dim: D, hidden: H } = this.c;
    const { E, h0, a, h1, W1, b1, W2, b2, z, p } = this;
    h0.fill(0);
    for (let k = 0; k < n; k++) {
      const at = buckets[k] * D;
      for (let d = 0; d < D; d++) h0[d] += E[at + d];
    }
    const inv = n ? (this.c.sqrt ? 1 / Math.sqrt(n) : 1 / n) : 0;
    for (let d = 0; d < D; d++) h0[d] *= inv;
    for (let j = 0; j < H; j++) {
      let s = b1[j];
      const row = j * D;
      for (let d = 0; d < D; d++) s += W1[row + d] * h0[d];
      a[j] = s;
      h1[j] = this.c.act === "tanh" ? Math.tanh(s) : s > 0 ? s : 0;
    }
    for (let c = 0; c < 3; c++) {
      let s = b2[c];
      for (let j = 0; j < H; j++) s += W2[c * H + j] * h1[j];
      z[c] = s;
    }
    const max = Math.max(z[0], z[1], z[2]);
    const e0 = Math.exp(z[0] - max);
    const e1 = Math.exp(z[1] - max);
    const e2 = Math.exp(z[2] - max);
    const sum = e0 + e1 + e2;
    p[0] = e0 / sum;
    p[1] = e1 / sum;
    p[2] = e2 / sum;
  }

  /** One example: forward, backward, update. */
  learn(buckets: Int32Array, n: number, label: number, weight: number) {
    this.forward(buckets, n);
    const { dim: D, hidden: H, lrEmb, lrDense } = this.c;
    const { E, G, h0, a, h1, W1, W2, p, dh1, da, dh0, gW1, gW2, gb1, gb2 } = this;
    for (let c = 0; c < 3; c++) gb2[c] = weight * (p[c] - (c === label ? 1 : 0));
    dh1.fill(0);
    for (let c = 0; c < 3; c++) {
      for (let j = 0; j < H; j++) {
        gW2[c * H + j] = gb2[c] * h1[j];
        dh1[j] += W2[c * H + j] * gb2[c];
      }
    }
    for (let j = 0; j < H; j++) {
      da[j] = this.c.act === "tanh" ? dh1[j] * (1 - h1[j] * h1[j]) : a[j] > 0 ? dh1[j] : 0;
      gb1[j] = da[j];
    }
    dh0.fill(0);
    for (let j = 0; j < H; j++) {
      const row = j * D;
      const g = da[j];
      for (let d = 0; d < D; d++) {
        gW1[row + d] = g * h0[d];
        dh0[d] += W1[row + d] * g;
      }
    }
    // Sparse AdaGrad on the embedding rows used (each occurrence gets 1/n of the gradient).
    const inv = n ? (this.c.sqrt ? 1 / Math.sqrt(n) : 1 / n) : 0;
    for (let d = 0; d < D; d++) dh0[d] *= inv;
    for (let k = 0; k < n; k++) {
      const at = buckets[k] * D;
      for (let d = 0; d < D; d++) {
        const g = dh0[d];
        const acc = (G[at + d] += g * g);
        E[at + d] -= (lrEmb * g) / Math.sqrt(acc + 1e-10);
      }
    }
    // Adam on the dense layers.
    this.step++;
    const b1c = 1 - Math.pow(0.9, this.step);
    const b2c = 1 - Math.pow(0.999, this.step);
    const grads = [gW1, gb1, gW2, gb2];
    for (let t = 0; t < 4; t++) {
      const x = this.dense[t];
      const g = grads[t];
      const m = this.m[t];
      const v = this.v[t];
      for (let i = 0; i < x.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        x[i] -= (lrDense * (m[i] / b1c)) / (Math.sqrt(v[i] / b2c) + 1e-8);
      }
    }
  }

  logProbs(set: Encoded[]): Float64Array[] {
    const buf = new Int32Array(4096);
    return set.map((x) => {
      const n = reduce(x.buckets, buf, this.mask);
      this.forward(buf, n);
      return Float64Array.from(this.p, (q) => Math.log(Math.max(q, 1e-300)));
    });
  }
}

export function reduce(buckets: Int32Array, out: Int32Array, mask: number): number {
  const n = Math.min(buckets.length, out.length);
  for (let k = 0; k < n; k++) out[k] = buckets[k] & mask;
  return n;
}

/** Trains `c` on `train` epoch by epoch, calling `each(epoch, model)`; stops when it returns false. */
export function trainBag(
  train: Encoded[],
  c: Config,
  randomSeed: number,
  maxEpochs: number,
  each: (epoch: number, model: Model) => boolean,
) {
  const counts = [0, 0, 0];
  for (const x of train) counts[x.label]++;
  const random = seededRandom(randomSeed);
  const model = new Model(c, random);
  const classWeight = counts.map((n) => Math.pow(train.length / (3 * n), c.cw));
  const order = train.map((_, i) => i);
  const buf = new Int32Array(4096);
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = train[i];
      let n = 0;
      for (let k = 0; k < x.buckets.length && n < buf.length; k++) {
        if (c.drop > 0 && random() < c.drop) continue;
        buf[n++] = x.buckets[k] & model.mask;
      }
      if (n === 0 && x.buckets.length) buf[n++] = x.buckets[0] & model.mask;
      model.learn(buf, n, x.label, classWeight[x.label]);
    }
    if (!each(epoch, model)) break;
  }
}
