// The offensive-content model (issue 4): multinomial logistic regression over hashed n-grams,
// trained on the Davidson et al. (2017) tweets by scripts/train-offensive.ts. Its weights are a
// static import (weights.ts), so it runs with no I/O in Node and in the browser bundle.
//
// The scores are a signal for the rules, never a verdict on their own: the data over-flags
// African-American English and its "hate" class leans on identity words, so rules combine the
// scores with word lists and context (who is targeted, quotation, negation, self-description).
import type { NormalisedText } from "../normalise/index.js";
import { rememberLast } from "../last-post.js";
import { sumWeights } from "./features.js";
import { OFFENSIVE_MODEL } from "./weights.js";

export interface OffensiveScores {
  hate: number;
  offensive: number;
  neither: number;
}

/** The hate probability at which the model calls a text hate (chosen on the validation split). */
export const HATE_THRESHOLD: number =
  (OFFENSIVE_MODEL as { hateThreshold?: number }).hateThreshold ?? 0.5;

/** The model's class for a text: hate at or above the threshold, else the likelier of the others. */
export function predictClass(s: OffensiveScores): 0 | 1 | 2 {
  return s.hate >= HATE_THRESHOLD ? 0 : s.offensive >= s.neither ? 1 : 2;
}

// The int8 weights of each bucket packed into one 32-bit word (hate, offensive, neither in the
// low three bytes), so scoring a feature is one array read. Built on first use.
let packed: Int32Array | undefined;

function decode(): Int32Array {
  const binary = atob(OFFENSIVE_MODEL.weights);
  const out = new Int32Array(binary.length / 3);
  for (let b = 0, i = 0; b < out.length; b++, i += 3) {
    out[b] =
      binary.charCodeAt(i) | (binary.charCodeAt(i + 1) << 8) | (binary.charCodeAt(i + 2) << 16);
  }
  return out;
}

const sums = new Float64Array(3);

/** Class probabilities for lower-cased, normalised text (the `words` view). */
export function scoreText(text: string): OffensiveScores {
  const n = sumWeights(text, (packed ??= decode()), sums);
  const value = n ? 1 / Math.sqrt(n) : 0;
  const [b0, b1, b2] = OFFENSIVE_MODEL.bias;
  const [s0, s1, s2] = OFFENSIVE_MODEL.scale;
  const z0 = b0 + sums[0] * s0 * value;
  const z1 = b1 + sums[1] * s1 * value;
  const z2 = b2 + sums[2] * s2 * value;
  const max = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - max);
  const e1 = Math.exp(z1 - max);
  const e2 = Math.exp(z2 - max);
  const total = e0 + e1 + e2;
  return { hate: e0 / total, offensive: e1 / total, neither: e2 / total };
}

/** The model's scores for a post, computed once per post and only when a rule asks. */
export const offensiveScores = rememberLast(
  // Long posts are scored on their first 2,000 characters: enough for the signal, bounded cost.
  (normalised: NormalisedText): OffensiveScores => scoreText(normalised.words.text.slice(0, 2000)),
);
