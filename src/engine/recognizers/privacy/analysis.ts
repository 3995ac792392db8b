// One pass over a post's base text, shared by every privacy recognizer and rule: the set of its
// lower-case words and a few counts. Rules ask `anyWord` before running any phrase regex, so most
// posts (which mention no patient, colleague or relationship at all) cost a Set lookup per word.
// Cached per post by the normalised object, which the checker creates once per post.
import type { NormalisedText } from "../../normalise/index.js";
import { rememberLast } from "../../last-post.js";

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
  (normalised: NormalisedText): Analysis => scan(normalised.base.text),
);

// Words are interned as they are read: every distinct word met (in any post) gets a slot in one
// open-addressing table, found by its hash and then its letters compared, so reading a post makes
// no string for a word seen before. A post's words are the slots it holds, kept in a small table
// of its own. The shared table stops taking words at INTERN_LIMIT; a post's words after that are
// kept as strings in a Set of its own, as every word once was.
const INTERN_SIZE = 1 << 16;
const INTERN_MASK = INTERN_SIZE - 1;
const INTERN_LIMIT = INTERN_SIZE >>> 1;
const internHash = new Int32Array(INTERN_SIZE);
// Word lengths, 0 for an empty slot; the words themselves in a packed array of strings.
const internLength = new Int32Array(INTERN_SIZE);
const internWord: string[] = new Array<string>(INTERN_SIZE).fill("");
let interned = 0;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The slot of the word text[start, end) (ASCII letters and digits; letters compared lower-cased), or -1 - the empty slot where it would go. */
function findSlot(text: string, start: number, end: number, hash: number): number {
  const len = end - start;
  for (let i = (hash ^ (hash >>> 16)) & INTERN_MASK; ; i = (i + 1) & INTERN_MASK) {
    const length = internLength[i];
    if (length === 0) return -1 - i;
    if (internHash[i] === hash && length === len) {
      const w = internWord[i];
      let k = 0;
      for (; k < len; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(k)) break;
      }
      if (k === len) return i;
    }
  }
}

/** The hash of a whole string as `scan` hashes a word (ASCII letters lower-cased). */
function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return h;
}

/** Whether `word` can be a word of the pass: ASCII letters and digits only, lower case. */
function isPassWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

// The slots of words asked about (rules ask about the same few words for every post); a word not
// in the table is looked up again only after the table has taken more words.
const askedSlot = new Map<string, number>();
const askedMissing = new Map<string, number>();

/** The slot of `word`, or -1 when it is not a word of the table. */
function slotOf(word: string): number {
  const known = askedSlot.get(word);
  if (known !== undefined) return known;
  if (askedMissing.get(word) === interned) return -1;
  const slot = isPassWord(word) ? findSlot(word, 0, word.length, hashOf(word)) : -1;
  if (slot >= 0) {
    if (askedSlot.size < 4096) askedSlot.set(word, slot);
    askedMissing.delete(word);
    return slot;
  }
  if (askedMissing.size < 4096) askedMissing.set(word, interned);
  return -1;
}

/** A post's words: slots of the shared table, in the order first met, and any words it could not take. */
// Which post last held each slot: the post read last answers `has` with one array read; a post
// asked about after another was read looks through its own list instead.
const slotStamp = new Float64Array(INTERN_SIZE);
let serial = 0;

class PostWords implements ReadonlySet<string> {
  readonly serial = ++serial;
  readonly slots: number[] = [];
  extra: Set<string> | undefined = undefined;

  get count(): number {
    return this.slots.length;
  }

  addSlot(slot: number): void {
    if (slotStamp[slot] === this.serial) return;
    slotStamp[slot] = this.serial;
    this.slots.push(slot);
  }

  hasSlot(slot: number): boolean {
    return this.serial === serial ? slotStamp[slot] === this.serial : this.slots.includes(slot);
  }

  has(word: string): boolean {
    if (this.extra !== undefined && this.extra.has(word)) return true;
    const slot = slotOf(word);
    return slot >= 0 && this.hasSlot(slot);
  }

  get size(): number {
    return this.count + (this.extra?.size ?? 0);
  }

  *[Symbol.iterator](): SetIterator<string> {
    for (let k = 0; k < this.count; k++) yield internWord[this.slots[k]];
    if (this.extra !== undefined) yield* this.extra;
  }

  keys(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  values(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  *entries(): SetIterator<[string, string]> {
    for (const w of this) yield [w, w];
  }

  forEach(
    fn: (value: string, key: string, set: ReadonlySet<string>) => void,
    thisArg?: unknown,
  ): void {
    for (const w of this) fn.call(thisArg, w, w, this);
  }
}

// Gates (the sets passed to `anyWord`) get an index each on first use, and every interned word
// knows the indices of the gates it is in. A post's words are then looked up once, giving a bit
// for every gate it opens; each `anyWord` after that is one bit test. There is no limit on the
// number of gates.
const gateIndex = new WeakMap<ReadonlySet<string>, number>();
const gatesOfWord = new Map<string, number[]>();
let gateCount = 0;
// The gate indices of each interned word, and how many gates there were when they were looked up.
const slotGates: (number[] | null)[] = new Array<number[] | null>(INTERN_SIZE).fill(null);
const slotGatesFor = new Int32Array(INTERN_SIZE).fill(-1);

function registerGate(gate: ReadonlySet<string>): number {
  const index = gateCount++;
  for (const w of gate) {
    const list = gatesOfWord.get(w);
    if (list === undefined) gatesOfWord.set(w, [index]);
    else list.push(index);
  }
  gateIndex.set(gate, index);
  return index;
}

interface Analysis extends PostAnalysis {
  readonly words: PostWords;
  /** The gates open for this post (one bit a gate), and how many gates there were when that was worked out. */
  open: Uint32Array;
  openFor: number;
}

const NO_GATES = new Uint32Array(0);

function openGates(analysis: Analysis): Uint32Array {
  if (analysis.openFor !== gateCount) {
    const open = new Uint32Array((gateCount >>> 5) + 1);
    const words = analysis.words;
    for (let k = 0; k < words.count; k++) {
      const slot = words.slots[k];
      let list = slotGates[slot];
      if (slotGatesFor[slot] !== gateCount) {
        list = slotGates[slot] = gatesOfWord.get(internWord[slot]) ?? null;
        slotGatesFor[slot] = gateCount;
      }
      if (list !== null)
        for (let j = 0; j < list.length; j++) open[list[j] >>> 5] |= 1 << (list[j] & 31);
    }
    if (words.extra !== undefined)
      for (const w of words.extra) {
        const list = gatesOfWord.get(w);
        if (list !== undefined)
          for (let j = 0; j < list.length; j++) open[list[j] >>> 5] |= 1 << (list[j] & 31);
      }
    analysis.open = open;
    analysis.openFor = gateCount;
  }
  return analysis.open;
}

function scan(text: string): Analysis {
  const words = new PostWords();
  let digits = 0;
  let capitals = 0;
  let start = -1;
  let hash = 0;
  // Whether the last non-space character ended a sentence (or the post has just begun).
  let sentenceStart = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c | 0x20) >= 97 && (c | 0x20) <= 122;
    if (isDigit) digits++;
    if (isDigit || isLetter) {
      if (start === -1) {
        start = i;
        hash = FNV_OFFSET;
        if (c >= 65 && c <= 90 && !sentenceStart) {
          const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
          if (next >= 97 && next <= 122) capitals++;
        }
        sentenceStart = false;
      }
      hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    } else {
      if (start !== -1) {
        let slot = findSlot(text, start, i, hash);
        if (slot < 0 && interned < INTERN_LIMIT) {
          slot = -1 - slot;
          internWord[slot] = text.slice(start, i).toLowerCase();
          internHash[slot] = hash;
          internLength[slot] = i - start;
          interned++;
        }
        if (slot >= 0) words.addSlot(slot);
        else (words.extra ??= new Set<string>()).add(text.slice(start, i).toLowerCase());
        start = -1;
      }
      if (c === 46 || c === 33 || c === 63 || c === 10) sentenceStart = true;
    }
  }
  return { words, digits, capitals, open: NO_GATES, openFor: -1 };
}

/** Whether the post has any of `gate`'s words. */
export function anyWord(analysis: PostAnalysis, gate: ReadonlySet<string>): boolean {
  if ("openFor" in analysis) {
    const index = gateIndex.get(gate) ?? registerGate(gate);
    return ((openGates(analysis as Analysis)[index >>> 5] >>> (index & 31)) & 1) !== 0;
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
