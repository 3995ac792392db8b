// Hashed features for the policy classifier (policy-classifier.ts), shared by inference and by
// scripts/train-policy.ts so the two can never drift apart.
//
// A post gives word unigrams and bigrams of the normalised `words` view (and, when the model was
// trained with them, character 4-grams of each word); the author's profile gives unigrams and
// bigrams in a namespace of their own, so the model can learn "the profile names the employer",
// "views my own" or "official account" without mixing them up with the post's words; the
// direction is one more feature. Every feature is an FNV-1a hash over character codes, mixed and
// masked into a fixed number of buckets: no string is built per n-gram.
//
// Digits are folded to "0" so that numbers generalise by shape ("bay 4" and "bay 12" share
// "bay 0"), and tokens are capped in number so huge inputs cost a bounded amount of work.

export const POLICY_BUCKET_BITS = 17;
export const POLICY_BUCKETS = 1 << POLICY_BUCKET_BITS;
const MASK = POLICY_BUCKETS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Namespace seeds: the same word in the post and in the profile lands in different buckets.
const SEED_UNIGRAM = 0x3c6ef372;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHARS = 0x27d4eb2f;
const SEED_PREFIX = 0x1b873593;
const SEED_SUFFIX = 0xcc9e2d51;
const SEED_PROFILE_UNIGRAM = 0x165667b1;
const SEED_PROFILE_BIGRAM = 0x9e3779b9;
const SEED_START = 0x7f4a7c15;
const SEED_END = 0x2545f491;

/** Fixed buckets for whole-post flags. */
export const FLAG_INBOUND = mix(0x51ed270b) & MASK;
export const FLAG_HAS_PROFILE = mix(0x6a09e667) & MASK;

/** At most this many tokens of a post (or profile) are read: enough for any real post. */
export const MAX_TOKENS = 600;

export interface FeatureOptions {
  /** Character 4-grams of each word, with word boundaries (costly: about three more features a word). */
  charGrams: boolean;
  /** Bucket bits, for experiments in training only; inference always uses POLICY_BUCKET_BITS. */
  bits?: number;
  /** The first and the last four letters of longer words: a cheap stand-in for stemming ("sacked", "sacking"). */
  affixes?: boolean;
}

/** murmur3's finaliser: spreads FNV's weak low bits before masking. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Letters, digits, apostrophe, the asterisk of masked swearing, and anything beyond Latin-1
// (accented letters, emoji halves) count as word characters.
const isTokenChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 39 ||
  c === 42 ||
  (c >= 65 && c <= 90) ||
  c > 0xbf;

const fold = (c: number) => (c >= 48 && c <= 57 ? 48 : c >= 65 && c <= 90 ? c + 32 : c);

// For ASCII units: the folded unit when it is a word character, else 0 (one read per unit in
// the loop below instead of the comparisons of isTokenChar and fold).
const ASCII_FOLD = new Int32Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = isTokenChar(c) ? fold(c) : 0;
/** The folded unit if `c` is a word character, else 0 (units beyond Latin-1 fold to themselves). */
const foldedWordUnit = (c: number) => (c < 128 ? ASCII_FOLD[c] : c > 0xbf ? c : 0);

/** A growable buffer of bucket indices, reused across calls. */
export class FeatureBuffer {
  buckets = new Int32Array(1024);
  length = 0;
  push(bucket: number) {
    if (this.length === this.buckets.length) {
      const grown = new Int32Array(this.buckets.length * 2);
      grown.set(this.buckets);
      this.buckets = grown;
    }
    this.buckets[this.length++] = bucket;
  }
}

/**
 * Appends the features of `text[from, to)` (lower-cased, as the `words` view is) to `out`.
 * `profile` selects the profile namespace (no character n-grams there).
 */
export function textFeatures(
  text: string,
  from: number,
  to: number,
  options: FeatureOptions,
  profile: boolean,
  out: FeatureBuffer,
): void {
  const mask = options.bits === undefined ? MASK : (1 << options.bits) - 1;
  const uni = profile ? SEED_PROFILE_UNIGRAM : SEED_UNIGRAM;
  const bi = profile ? SEED_PROFILE_BIGRAM : SEED_BIGRAM;
  const chars = options.charGrams && !profile;
  const affixes = options.affixes === true && !profile;
  let prev = SEED_START;
  let tokens = 0;
  let i = from;
  while (i < to && tokens < MAX_TOKENS) {
    while (i < to && foldedWordUnit(text.charCodeAt(i)) === 0) i++;
    if (i >= to) break;
    const start = i;
    let h = FNV_OFFSET;
    for (; i < to; i++) {
      const f = foldedWordUnit(text.charCodeAt(i));
      if (f === 0) break;
      h = Math.imul(h ^ f, FNV_PRIME);
    }
    const end = i;
    tokens++;
    out.push(mix(h ^ uni) & mask);
    out.push(mix(Math.imul(prev, 0x9e3779b1) ^ h ^ bi) & mask);
    prev = h;
    if (affixes && end - start >= 6) {
      let p = FNV_OFFSET ^ SEED_PREFIX;
      let q = FNV_OFFSET ^ SEED_SUFFIX;
      for (let k = 0; k < 4; k++) {
        p ^= fold(text.charCodeAt(start + k));
        p = Math.imul(p, FNV_PRIME);
        q ^= fold(text.charCodeAt(end - 4 + k));
        q = Math.imul(q, FNV_PRIME);
      }
      out.push(mix(p) & mask);
      out.push(mix(q) & mask);
    }
    if (chars && end - start >= 3) {
      // 4-grams of "<word>": positions 0 and len-1 are the boundary marks.
      const len = end - start + 2;
      for (let a = 0; a + 4 <= len; a++) {
        let g = FNV_OFFSET ^ SEED_CHARS;
        for (let k = 0; k < 4; k++) {
          const p = a + k;
          g ^= p === 0 ? 60 : p === len - 1 ? 62 : fold(text.charCodeAt(start + p - 1));
          g = Math.imul(g, FNV_PRIME);
        }
        out.push(mix(g) & mask);
      }
    }
  }
  if (tokens > 0) out.push(mix(Math.imul(prev, 0x9e3779b1) ^ SEED_END ^ bi) & mask);
}
