// What family (ii) of the pretrained-vector experiment (glove-linear.ts) would cost in the
// checker, on one seed's TRAINING and VALIDATION splits (test is not read):
//   node --import tsx scripts/experiments/glove-cost.ts --seed 17 --l2 1e-3 \
//     --glove /tmp/offexp/glove --config "alpha=0.1,sim=1,pool=1"
// The dense part of that model is linear in the MEAN of the word vectors, so it folds into one
// score per class per word: s_c(w) = Σ_j W[j,c]·alpha/sd_j·v_w[j] (plus a constant per class), and
// the lexicon features are per-word scalars (cosine to the centroid, nearest-word cosine) under a
// max / mean / count. A checker would hold, per vocabulary word, 3 int8 scores and 2 int8
// cosines, keyed by the word's FNV-1a hash (the one sumWeights computes anyway) — no vectors.
// This script trains the configuration, builds that table (int8, like the committed weights, and
// the sparse weights int8 too), checks on VALIDATION that the table scorer gives the float model's
// figures, prints the table's size and times the scorer: the committed model alone (scoreText),
// the table part on already-resolved word ranks, and resolving the words from the text (with the
// same fallbacks as training, over the hash table, nothing cached).
import { parseArgs } from "node:util";
import { BUCKETS } from "../../src/engine/model/features.js";
import { scoreText } from "../../src/engine/model/offensive-model.js";
import { metrics } from "../../src/engine/model/training.js";
import { choose, decide, decisionSearch, f3, loadSplit } from "./common.js";
import { gloveRow, HateLexicon, loadGlove, Lookup, standardiser, tweetRanks } from "./glove.js";
import { jointLogProbs, trainJoint, type JointExample } from "./joint-linear.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "17" },
    l2: { type: "string", default: "1e-3" },
    glove: { type: "string", default: "/tmp/offexp/glove" },
    config: { type: "string", default: "alpha=0.1,sim=1,pool=1" },
    rounds: { type: "string", default: "20" },
  },
});
const seed = Number(values.seed);
const c: Record<string, number> = { alpha: 0.1, sim: 1, pool: 1 };
for (const kv of values.config!.split(",")) {
  const [k, v] = kv.split("=");
  c[k.trim()] = Number(v);
}
const config = c as { alpha: number; sim: number; pool: number };
const { train, validation } = loadSplit(seed);
const glove = loadGlove(values.glove!);
const lookup = new Lookup(glove);
const trainRanks = train.map((x) => tweetRanks(lookup, x.text));
const valRanks = validation.map((x) => tweetRanks(lookup, x.text));
const lexicon = new HateLexicon(
  glove,
  train.map((x, i) => ({ ranks: trainRanks[i], label: x.label })),
);
const rawTrain = trainRanks.map((r) => gloveRow(glove, lexicon, r, config));
const std = standardiser(rawTrain);
const asExamples = (set: typeof train, rows: Float64Array[]): JointExample[] =>
  set.map((x, i) => ({ buckets: x.buckets, label: x.label, dense: rows[i] }));
const model = trainJoint(
  asExamples(
    train,
    rawTrain.map((r) => std.apply(r, config.alpha)),
  ),
  Number(values.l2),
  { sparse: true },
);
const gold = validation.map((x) => x.label);
const floatLogp = jointLogProbs(
  model,
  asExamples(
    validation,
    valRanks.map((r) => std.apply(gloveRow(glove, lexicon, r, config), config.alpha)),
  ),
);
const decision = choose(decisionSearch(floatLogp, gold));
console.log(
  `seed ${seed} ${values.config}: float model, validation hate ${f3(decision.hate)} / weighted ${f3(decision.weighted)} at prior ${decision.neitherPrior.toFixed(1)}, threshold ${decision.hateThreshold.toFixed(2)}`,
);

// The per-word table, int8.
const D = glove.dims;
const P = config.pool ? D : 0;
const V = glove.words.length;
const W = model.dense; // (P + 4·sim) × 3
const wordScore = new Float64Array(V * 3);
const constant = [0, 0, 0];
for (let k = 0; k < 3; k++) {
  for (let j = 0; j < P; j++)
    constant[k] -= (W[j * 3 + k] * config.alpha * std.mean[j]) / std.sd[j];
}
for (let r = 0; r < V; r++) {
  for (let j = 0; j < P; j++) {
    const v = glove.vectors[r * D + j] / std.sd[j];
    for (let k = 0; k < 3; k++) wordScore[r * 3 + k] += W[j * 3 + k] * config.alpha * v;
  }
}
const int8 = (x: number, scale: number) => Math.max(-127, Math.min(127, Math.round(x / scale)));
const scoreScale = [0, 1, 2].map((k) => {
  let m = 0;
  for (let r = 0; r < V; r++) m = Math.max(m, Math.abs(wordScore[r * 3 + k]));
  return m / 127;
});
const qScore = Int8Array.from(wordScore, (x, i) => int8(x, scoreScale[i % 3]));
const qSim = new Int8Array(V * 2);
if (config.sim) {
  const started = performance.now();
  for (let r = 0; r < V; r++) {
    const [cos, nn] = lexicon.word(r);
    qSim[r * 2] = int8(cos, 1 / 127);
    qSim[r * 2 + 1] = int8(nn, 1 / 127);
  }
  console.log(
    `lexicon cosines for all ${V} words: ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
// Sparse weights int8 per class, as scripts/train-offensive.ts writes them.
const sparseScale = [0, 1, 2].map((k) => {
  let m = 0;
  for (let b = 0; b < BUCKETS; b++) m = Math.max(m, Math.abs(model.sparse[b * 3 + k]));
  return m / 127;
});
const qSparse = Int8Array.from(model.sparse, (x, i) => int8(x, sparseScale[i % 3]));

const simWeights = config.sim
  ? [0, 1, 2, 3].map((f) =>
      [0, 1, 2].map((k) => (W[(P + f) * 3 + k] * config.alpha) / std.sd[P + f]),
    )
  : [];
const simMeans = config.sim ? [0, 1, 2, 3].map((f) => std.mean[P + f]) : [];
const z = new Float64Array(3);
/** The GloVe part of the class scores from a tweet's word ranks, int8 table (adds into z). */
function addGlove(ranks: Int32Array) {
  const n = ranks.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let maxC = -127;
  let sumC = 0;
  let maxN = -127;
  let close = 0;
  for (let i = 0; i < n; i++) {
    const r = ranks[i];
    s0 += qScore[r * 3];
    s1 += qScore[r * 3 + 1];
    s2 += qScore[r * 3 + 2];
    const cos = qSim[r * 2];
    const nn = qSim[r * 2 + 1];
    if (cos > maxC) maxC = cos;
    sumC += cos;
    if (nn > maxN) maxN = nn;
    if (nn >= 64) close++;
  }
  if (n > 0) {
    z[0] += (s0 * scoreScale[0]) / n;
    z[1] += (s1 * scoreScale[1]) / n;
    z[2] += (s2 * scoreScale[2]) / n;
  }
  z[0] += constant[0];
  z[1] += constant[1];
  z[2] += constant[2];
  if (config.sim) {
    const f = n ? [maxC / 127, sumC / 127 / n, maxN / 127, close] : [0, 0, 0, 0];
    for (let j = 0; j < 4; j++)
      for (let k = 0; k < 3; k++) z[k] += simWeights[j][k] * (f[j] - simMeans[j]);
  }
}
const tableLogp = validation.map((x, i) => {
  z.set(model.bias);
  const v = x.buckets.length ? 1 / Math.sqrt(x.buckets.length) : 0;
  for (const b of x.buckets)
    for (let k = 0; k < 3; k++) z[k] += qSparse[b * 3 + k] * sparseScale[k] * v;
  addGlove(valRanks[i]);
  const max = Math.max(z[0], z[1], z[2]);
  const lse = max + Math.log(Math.exp(z[0] - max) + Math.exp(z[1] - max) + Math.exp(z[2] - max));
  return Float64Array.of(z[0] - lse, z[1] - lse, z[2] - lse);
});
const floatPred = decide(floatLogp, decision);
const tablePred = decide(tableLogp, decision);
const m = metrics(gold, tablePred);
console.log(
  `int8 table scorer at the same decision: validation hate ${f3(m.perClass[0].f1)} / weighted ${f3(m.weighted.f1)}; ${tablePred.filter((p, i) => p !== floatPred[i]).length} of ${gold.length} decisions differ from the float model`,
);

// Size: keys are 32-bit FNV-1a hashes, sorted, stored as varint gaps; then 3 + 2·sim int8 a word.
const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const hashes = Uint32Array.from(glove.words, fnv);
const sorted = Uint32Array.from(hashes).sort();
let gapBytes = 0;
let collisions = 0;
for (let i = 0; i < sorted.length; i++) {
  const gap = i ? sorted[i] - sorted[i - 1] : sorted[0];
  if (i && gap === 0) collisions++;
  gapBytes += gap < 128 ? 1 : gap < 16384 ? 2 : gap < 2097152 ? 3 : 4;
}
const perWord = 3 + (config.sim ? 2 : 0);
const raw = gapBytes + V * perWord;
console.log(
  `table: ${V} words, keys ${(gapBytes / 1e6).toFixed(2)} MB as varint gaps (${collisions} hash collisions), values ${((V * perWord) / 1e6).toFixed(2)} MB: ${(raw / 1e6).toFixed(2)} MB, ${((raw * 4) / 3 / 1e6).toFixed(2)} MB as base64; with the committed 1.05 MB: ${(1.05 + (raw * 4) / 3 / 1e6).toFixed(2)} MB`,
);

// Timing. The hash table a checker would build at load: open addressing, 2^20 slots.
const SLOTS = 1 << 20;
const keys = new Uint32Array(SLOTS);
const slotRank = new Int32Array(SLOTS).fill(-1);
for (let r = 0; r < V; r++) {
  let s = hashes[r] & (SLOTS - 1);
  while (slotRank[s] >= 0 && keys[s] !== hashes[r]) s = (s + 1) & (SLOTS - 1);
  if (slotRank[s] < 0) {
    keys[s] = hashes[r];
    slotRank[s] = r;
  }
}
const byHash = (w: string) => {
  const h = fnv(w);
  let s = h & (SLOTS - 1);
  while (slotRank[s] >= 0) {
    if (keys[s] === h) return slotRank[s];
    s = (s + 1) & (SLOTS - 1);
  }
  return -1;
};
const cold = new Lookup(glove, 50_000, byHash, false);
const resolvedAgain = validation.map((x) => tweetRanks(cold, x.text));
const mismatched = resolvedAgain.filter(
  (r, i) => r.length !== valRanks[i].length || r.some((x, j) => x !== valRanks[i][j]),
).length;
console.log(
  `hash-table lookup resolves ${gold.length - mismatched} of ${gold.length} validation tweets exactly as training did`,
);
const texts = validation.map((x) => x.text);
const rounds = Number(values.rounds);
let sink = 0;
const median = (f: () => void) => {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    f();
    times.push(((performance.now() - t) * 1000) / texts.length);
  }
  times.sort((a, b) => a - b);
  return `${times[rounds >> 1].toFixed(2)} µs (fastest ${times[0].toFixed(2)})`;
};
const committed = median(() => {
  for (const t of texts) sink += scoreText(t).hate;
});
const table = median(() => {
  for (const r of valRanks) {
    z.fill(0);
    addGlove(r);
    sink += z[0];
  }
});
const resolve = median(() => {
  for (const t of texts) sink += tweetRanks(cold, t).length;
});
const words = valRanks.reduce((s, r) => s + r.length, 0) / valRanks.length;
console.log(
  `time a tweet (validation, ${texts.length} tweets, ${words.toFixed(1)} vector words each, median of ${rounds} rounds): committed model alone ${committed}; GloVe table part on resolved words ${table}; resolving the words from the text ${resolve}${sink === 0 ? " " : ""}`,
);
