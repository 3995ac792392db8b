// One pass over a post's base text, shared by every privacy recognizer and rule: the set of its
// lower-case words and a few counts. Rules ask `anyWord` before running any phrase regex, so most
// posts (which mention no patient, colleague or relationship at all) cost a Set lookup per word.
// Cached per post by the normalised object, which the checker creates once per post.
import type { NormalisedText } from "../../normalise/index.js";
import { rememberLast } from "../../last-post.js";
import { FNV_OFFSET, FNV_PRIME, Vocabulary } from "../../normalise/word-index.js";

export interface PostAnalysis {
  /** Lower-case ASCII words and numbers; apostrophes and hyphens split words ("patient's" → "patient", "s"). */
  readonly words: ReadonlySet<string>;
  /** ASCII digits in the post. */
  readonly digits: number;
  /** Capitalised words not at the start of a sentence: the shape of a name. */
  readonly capitals: number;
}

// The checker asks about one post many times in a row: the last answer is kept.
export const analyse: (normalised: NormalisedText) => PostAnalysis = rememberLast(
  (normalised: NormalisedText): Analysis => new Analysis(normalised.base.text),
);

// The words anyone asks about (gate words, and words passed to `words.has`) are interned in a
// vocabulary of their own (normalise/word-index.ts: hashes and units in typed arrays). The pass
// over a post hashes each word as it reads it (lower-cased, no string made) and keeps only the
// ids of the words some gate or caller asked about; most words are ruled out by the vocabulary's
// bitmap at one read. A gate is a number; a post's open gates are bits worked out from its ids.
const known = new Vocabulary();
/** For each vocabulary id, the gates holding the word. */
const gatesOfWord: number[][] = [];
const gateIndex = new WeakMap<ReadonlySet<string>, number>();
let gateCount = 0;
// Past this many interned words, `words.has` of a word not yet interned reads the Set instead
// (callers ask about fixed words; this bounds the vocabulary if one ever asks about many).
const MAX_KNOWN = 1 << 14;

const isWordText = (w: string): boolean => /^[a-z0-9]+$/.test(w);

function intern(word: string): number {
  const id = known.intern(word);
  while (gatesOfWord.length <= id) gatesOfWord.push([]);
  return id;
}

function registerGate(gate: ReadonlySet<string>): number {
  const g = gateCount++;
  // A word holding anything but a-z and 0-9 is never a word of the pass (as it was never in
  // the Set of words): it opens nothing.
  for (const w of gate)
    if (isWordText(w)) {
      const list = gatesOfWord[intern(w)];
      if (!list.includes(g)) list.push(g);
    }
  gateIndex.set(gate, g);
  return g;
}

const LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) LOWER[c] = c;
for (let c = 97; c <= 122; c++) LOWER[c] = LOWER[c - 32] = c;

// Which scan last saw each vocabulary id: a word met twice in a post is kept once.
let seenIn = new Int32Array(1024);
let scans = 0;
let scratch = new Int32Array(256);

class Analysis implements PostAnalysis {
  digits = 0;
  capitals = 0;
  /** The distinct ids of the post's words in `known`, and how many. */
  private ids: Int32Array = scratch;
  private count = 0;
  /** `known.size` when the ids were read: a word interned later makes them stale. */
  private knownSize = -1;
  /** The open gates (a bit each) and how many gates there were when they were worked out. */
  private open: Int32Array = new Int32Array(0);
  private openFor = -1;
  private set: Set<string> | undefined = undefined;
  private view: WordsOf | undefined = undefined;

  constructor(readonly text: string) {
    this.scan();
  }

  private scan(): void {
    const text = this.text;
    const n = text.length;
    if (seenIn.length < known.size) {
      const grown = new Int32Array(Math.max(seenIn.length * 2, known.size));
      grown.set(seenIn);
      seenIn = grown;
    }
    const serial = ++scans;
    let ids = scratch;
    let count = 0;
    let digits = 0;
    let capitals = 0;
    // Whether the last non-space character ended a sentence (or the post has just begun).
    let sentenceStart = true;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const w = c < 128 ? LOWER[c] : 0;
      if (w === 0) {
        if (c === 46 || c === 33 || c === 63 || c === 10) sentenceStart = true;
        i++;
        continue;
      }
      // A word: the shape of a name when capitalised (and followed by a lower-case letter)
      // away from the start of a sentence.
      if (c >= 65 && c <= 90 && !sentenceStart) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (next >= 97 && next <= 122) capitals++;
      }
      sentenceStart = false;
      const from = i;
      let h = FNV_OFFSET;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        const v = d < 128 ? LOWER[d] : 0;
        if (v === 0) break;
        if (v <= 57) digits++;
        h = Math.imul(h ^ v, FNV_PRIME);
      }
      h |= 0;
      if (!known.mayHave(h)) continue;
      const id = known.findLower(text, from, i, h);
      if (id < 0 || seenIn[id] === serial) continue;
      seenIn[id] = serial;
      if (count === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = scratch = grown;
      }
      ids[count++] = id;
    }
    this.digits = digits;
    this.capitals = capitals;
    this.ids = ids.slice(0, count);
    this.count = count;
    this.knownSize = known.size;
    this.openFor = -1;
  }

  /** Whether the post has the word with id `id` in `known`. */
  hasId(id: number): boolean {
    if (this.knownSize !== known.size) this.scan();
    const ids = this.ids;
    for (let k = 0; k < this.count; k++) if (ids[k] === id) return true;
    return false;
  }

  /** Whether the post has a word of gate `g`. */
  opens(g: number): boolean {
    if (this.knownSize !== known.size) this.scan();
    if (this.openFor !== gateCount) {
      const open = new Int32Array((gateCount >>> 5) + 1);
      for (let k = 0; k < this.count; k++) {
        const list = gatesOfWord[this.ids[k]];
        for (let j = 0; j < list.length; j++) open[list[j] >>> 5] |= 1 << (list[j] & 31);
      }
      this.open = open;
      this.openFor = gateCount;
    }
    return (this.open[g >>> 5] & (1 << (g & 31))) !== 0;
  }

  /** The Set of the post's words, made only when someone reads more than `has`. */
  wordSet(): Set<string> {
    return (this.set ??= wordsOfText(this.text));
  }

  get words(): ReadonlySet<string> {
    return (this.view ??= new WordsOf(this));
  }
}

/** The post's words: `has` answers from the pass; the rest reads a Set made on first need. */
class WordsOf implements ReadonlySet<string> {
  constructor(private readonly post: Analysis) {}

  has(word: string): boolean {
    let id = known.get(word);
    if (id < 0) {
      if (!isWordText(word)) return false;
      if (known.size >= MAX_KNOWN) return this.post.wordSet().has(word);
      id = intern(word);
    }
    return this.post.hasId(id);
  }

  get size(): number {
    return this.post.wordSet().size;
  }

  forEach(
    callback: (value: string, key: string, set: ReadonlySet<string>) => void,
    thisArg?: unknown,
  ): void {
    for (const w of this.post.wordSet()) callback.call(thisArg, w, w, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.post.wordSet().entries();
  }

  keys(): SetIterator<string> {
    return this.post.wordSet().keys();
  }

  values(): SetIterator<string> {
    return this.post.wordSet().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.post.wordSet()[Symbol.iterator]();
  }
}

/** The lower-case runs of ASCII letters and digits of `text`, in the order first met. */
function wordsOfText(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c < 128 && LOWER[c] !== 0) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      words.add(
        lower.length === text.length ? lower.slice(start, i) : text.slice(start, i).toLowerCase(),
      );
      start = -1;
    }
  }
  return words;
}

// Word endings asked about by `someWordEnding`, each set as a vocabulary of its own.
const endingVocabularies = new WeakMap<ReadonlySet<string>, Vocabulary>();

/**
 * Whether some word of the post longer than `minLength` ends in one of `tails` (four letters
 * each) and passes `test` (given the lower-cased word): what a loop over `post.words` would say,
 * with a string made only for the words whose ending is in `tails`.
 */
export function someWordEnding(
  post: PostAnalysis,
  minLength: number,
  tails: ReadonlySet<string>,
  test: (word: string) => boolean,
): boolean {
  if (!(post instanceof Analysis)) {
    for (const w of post.words)
      if (w.length > minLength && tails.has(w.slice(-4)) && test(w)) return true;
    return false;
  }
  let endings = endingVocabularies.get(tails);
  if (endings === undefined) {
    endings = new Vocabulary(12);
    for (const t of tails) if (t.length === 4 && isWordText(t)) endings.intern(t);
    endingVocabularies.set(tails, endings);
  }
  const text = post.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || LOWER[c] === 0) {
      i++;
      continue;
    }
    const from = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d >= 128 || LOWER[d] === 0) break;
      i++;
    }
    if (i - from <= minLength || i - from < 4) continue;
    let h = FNV_OFFSET;
    for (let k = i - 4; k < i; k++) h = Math.imul(h ^ LOWER[text.charCodeAt(k)], FNV_PRIME);
    h |= 0;
    if (!endings.mayHave(h) || endings.findLower(text, i - 4, i, h) < 0) continue;
    if (test(text.slice(from, i).toLowerCase())) return true;
  }
  return false;
}

/** Whether the post has any of `gate`'s words. */
export function anyWord(analysis: PostAnalysis, gate: ReadonlySet<string>): boolean {
  if (analysis instanceof Analysis) {
    const g = gateIndex.get(gate) ?? registerGate(gate);
    return analysis.opens(g);
  }
  const words = analysis.words;
  if (words.size < gate.size) {
    for (const w of words) if (gate.has(w)) return true;
  } else {
    for (const w of gate) if (words.has(w)) return true;
  }
  return false;
}

/** A Set from words written as one space-separated string, for readable gate lists. */
export function wordSet(...lists: (string | readonly string[])[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists)
    for (const w of typeof list === "string" ? list.split(/\s+/) : list)
      if (w) out.add(w.toLowerCase());
  return out;
}
