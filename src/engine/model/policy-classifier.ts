// The policy classifier: one-vs-rest logistic regression over hashed n-grams of the post, the
// author's profile and the direction, one output per taxonomy category. Trained by
// scripts/train-policy.ts on training/policy-corpus/ only; the weights are a static import
// (policy-weights.ts, int8 with one scale per category), so it runs with no I/O in Node and
// in the browser bundle.
//
// It is a second opinion for what the hand-written rules miss, never a replacement: the learned
// rules (rules/learned/) ask it only when no rule has reported the category.
import type { NormalisedText } from "../normalise/index.js";
import { rememberLast } from "../last-post.js";
import type { Direction } from "../types.js";
import {
  FeatureBuffer,
  FLAG_HAS_PROFILE,
  FLAG_INBOUND,
  textFeatures,
  type FeatureOptions,
} from "./policy-features.js";
import { POLICY_MODEL } from "./policy-weights.js";

export const POLICY_CATEGORIES = POLICY_MODEL.categories;
const K = POLICY_CATEGORIES.length;

/** Posts longer than this are scored on their first part: enough for the signal, bounded cost. */
const MAX_CHARS = 4000;

const options: FeatureOptions = {
  charGrams: POLICY_MODEL.charGrams,
  affixes: POLICY_MODEL.affixes,
};
// The int8 weights, one row of K per bucket, each stored as an unsigned byte (weight + 128) in a
// row of ROW bytes: padded so that a row never straddles a cache line (a post's rows are random
// reads into 4 MB), and so that four categories can be read as one 32-bit word and summed two
// at a time in 16-bit lanes. Built on first use from the model's packed weights.
const ROW = Math.ceil(K / 32) * 32;
const ROW_WORDS = ROW >> 2;
const USED_WORDS = Math.ceil(K / 4);
let bytes: Uint8Array | undefined;
let words: Int32Array | undefined;
// 32-bit words read little-endian (every platform Node and browsers run on); else bytes are summed.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function decode(): Uint8Array {
  const binary = atob(POLICY_MODEL.weights);
  const rows = binary.length / K;
  const buffer = new ArrayBuffer(rows * ROW);
  const out = new Uint8Array(buffer);
  for (let r = 0, i = 0; r < rows; r++)
    for (let c = 0; c < K; c++, i++) out[r * ROW + c] = ((binary.charCodeAt(i) << 24) >> 24) + 128;
  words = new Int32Array(buffer);
  return out;
}

/** Weight of category `c` in bucket row `bucket`. */
const weightAt = (w: Uint8Array, bucket: number, c: number) => w[bucket * ROW + c] - 128;

// Scratch space reused across calls: the checker is synchronous, so one set is enough.
const textBuffer = new FeatureBuffer();
const profileBuffer = new FeatureBuffer();
const textSums = new Int32Array(K);
const profileSums = new Int32Array(K);
const flagSums = new Int32Array(K);
const lanes = new Int32Array(2 * USED_WORDS);

// Where the touch pass below leaves its (meaningless) sum, so the loads are not optimised away.
const touched = { sum: 0 };

// At most this many rows are summed in 16-bit lanes before the lanes are emptied: 128 * 255
// stays below 2^15, so neither lane of a 32-bit accumulator can overflow or turn negative.
const LANE_ROWS = 128;

function accumulate(w: Uint8Array, buffer: FeatureBuffer, sums: Int32Array): void {
  sums.fill(0);
  const b = buffer.buckets;
  const n = buffer.length;
  // The weights (4 MB) are mostly out of the CPU caches by the time a post is scored, so each
  // feature's row is a memory read. Touching every row first, in a loop with nothing else to do,
  // lets the processor fetch many rows at once; the sums below then find them in cache. (Measured
  // after full checks: about 35-50 µs a post without this pass, 11-15 µs with it.)
  let touch = 0;
  for (let i = 0; i < n; i++) touch += w[b[i] * ROW];
  touched.sum = touch;
  if (!LITTLE_ENDIAN || words === undefined) {
    for (let i = 0; i < n; i++) {
      const at = b[i] * ROW;
      for (let c = 0; c < K; c++) sums[c] += w[at + c];
    }
  } else {
    // Four categories a 32-bit word: bytes 0 and 2 in one accumulator, bytes 1 and 3 in another.
    const ws = words;
    for (let from = 0; from < n; from += LANE_ROWS) {
      const to = Math.min(n, from + LANE_ROWS);
      lanes.fill(0);
      for (let i = from; i < to; i++) {
        const at = b[i] * ROW_WORDS;
        for (let j = 0; j < USED_WORDS; j++) {
          const x = ws[at + j];
          lanes[2 * j] += x & 0x00ff00ff;
          lanes[2 * j + 1] += (x >>> 8) & 0x00ff00ff;
        }
      }
      for (let j = 0; j < USED_WORDS; j++) {
        const even = lanes[2 * j];
        const odd = lanes[2 * j + 1];
        const c = 4 * j;
        sums[c] += even & 0xffff;
        if (c + 1 < K) sums[c + 1] += odd & 0xffff;
        if (c + 2 < K) sums[c + 2] += even >>> 16;
        if (c + 3 < K) sums[c + 3] += odd >>> 16;
      }
    }
  }
  // Every byte is its weight plus 128.
  for (let c = 0; c < K; c++) sums[c] -= 128 * n;
}

function addFlag(w: Uint8Array, bucket: number): void {
  for (let c = 0; c < K; c++) flagSums[c] += weightAt(w, bucket, c);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The probability of each category (in POLICY_CATEGORIES order) for a post.
 * `text` and `profile` are lower-cased normalised text (the `words` view).
 */
export function scorePolicyText(text: string, profile: string, direction: Direction): Float32Array {
  const w = (bytes ??= decode());
  textBuffer.length = 0;
  profileBuffer.length = 0;
  textFeatures(text, 0, Math.min(text.length, MAX_CHARS), options, false, textBuffer);
  textFeatures(profile, 0, Math.min(profile.length, MAX_CHARS), options, true, profileBuffer);
  accumulate(w, textBuffer, textSums);
  accumulate(w, profileBuffer, profileSums);
  flagSums.fill(0);
  if (direction === "inbound") addFlag(w, FLAG_INBOUND);
  if (profileBuffer.length > 0) addFlag(w, FLAG_HAS_PROFILE);
  const tn = textBuffer.length ? 1 / Math.sqrt(textBuffer.length) : 0;
  const pn = profileBuffer.length ? 1 / Math.sqrt(profileBuffer.length) : 0;
  const out = new Float32Array(K);
  for (let c = 0; c < K; c++) {
    const z =
      POLICY_MODEL.bias[c] +
      POLICY_MODEL.scale[c] * (textSums[c] * tn + profileSums[c] * pn + flagSums[c]);
    out[c] = sigmoid(z);
  }
  return out;
}

/** The category probabilities of a post, from its normalised text and profile. Computed once per post. */
export const scorePolicy = rememberLast(
  (
    normalised: NormalisedText,
    profileNormalised: NormalisedText,
    direction: Direction,
  ): Float32Array =>
    scorePolicyText(normalised.words.text, profileNormalised.words.text, direction),
);

/** Index of a category in the score array, or -1. */
export function categoryIndex(category: string): number {
  return (POLICY_CATEGORIES as readonly string[]).indexOf(category);
}

export function threshold(index: number): number {
  return POLICY_MODEL.thresholds[index];
}

// A sentence ends at . ! ? or a line break; runs of them count once.
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 13;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

const sentenceBuffer = new FeatureBuffer();

/**
 * The sentence of the post (original-text offsets) whose words push hardest towards `category`:
 * the linear model run on each sentence alone. Undefined when the post has no words.
 */
export function strongestSentence(
  normalised: NormalisedText,
  category: number,
): { start: number; end: number } | undefined {
  const w = (bytes ??= decode());
  const view = normalised.words;
  const text = view.text;
  const n = Math.min(text.length, MAX_CHARS);
  let best = -Infinity;
  let bestStart = -1;
  let bestEnd = -1;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(text.charCodeAt(i)) || isSentenceEnd(text.charCodeAt(i)))) i++;
    if (i >= n) break;
    const start = i;
    // A full stop between digits or letters without a space ("10.30", "bit.ly") does not end a sentence.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSentenceEnd(c) && (c !== 46 || i + 1 >= n || isSpace(text.charCodeAt(i + 1)))) break;
      i++;
    }
    let end = i;
    while (
      end < n &&
      (text.charCodeAt(end) === 33 || text.charCodeAt(end) === 63 || text.charCodeAt(end) === 46)
    )
      end++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    sentenceBuffer.length = 0;
    textFeatures(text, start, end, options, false, sentenceBuffer);
    if (sentenceBuffer.length > 0) {
      let sum = 0;
      const b = sentenceBuffer.buckets;
      for (let j = 0; j < sentenceBuffer.length; j++) sum += weightAt(w, b[j], category);
      const score = sum / Math.sqrt(sentenceBuffer.length);
      if (score > best) {
        best = score;
        bestStart = start;
        bestEnd = end;
      }
    }
  }
  if (bestStart < 0) return undefined;
  return view.toOriginal(bestStart, bestEnd);
}
