// The words of a post's `words` view that some word list cares about, found once and kept in a
// typed array: where each starts and ends and its id in one shared, interned vocabulary. Word
// lists intern their words at load (`vocabulary.intern`); a rule that wants to know whether a
// word is present then compares small integers instead of cutting strings out of the text and
// hashing them again, and words no list knows cost one hash and one bitmap read. This is the
// foundation of the one combined word scan of docs/benchmarks.md: the offensive lexicons and
// the hate analysis read it now, other word passes can move onto it by interning their words.
//
// A word is a run of letters, digits, "*", "'", "’", "&" and "+" (and letters beyond ASCII),
// with quotes and stars trimmed from both ends ("'fags'" is "fags", "**" is no word): the
// tokenisation of the offensive lexicons (recognizers/offensive/lexicon.ts).
import type { TextView } from "./text-view.js";

/** Whether a UTF-16 unit belongs to a word. */
export const isWordUnit = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 42 ||
  c === 39 ||
  c === 0x2019 ||
  c === 38 ||
  c === 43 ||
  (c >= 65 && c <= 90) ||
  (c > 0xbf && c < 0x2000);

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordUnit(c) ? 1 : 0;

const isQuoteOrStar = (c: number) => c === 39 || c === 0x2019 || c === 42;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * Interned words, each with a small integer id. Looked up straight from a range of a text, with
 * no string made per word: a bitmap of hashes (8 KB, so it stays in cache) rules out most words
 * of a post at one read, then an open-addressing table of hashes and ids in typed arrays.
 */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly byWord = new Map<string, number>();
  // Each slot two numbers side by side (one cache line for a probe): the hash and 1 + the id of
  // a word (0: empty).
  private slots = new Int32Array(2 << 10);
  private mask = (1 << 10) - 1;
  // The units of every word, one after another, and where word `id` starts (ends where `id + 1`
  // starts): compared where they lie, with no string to follow.
  private units = new Uint16Array(1 << 12);
  private unitStarts = new Int32Array(1 << 10);
  private readonly bitmap: Int32Array;
  private readonly shift: number;

  /** `bitmapBits`: the bitmap has 2^bitmapBits bits (2^16 = 8 KB); more words want more bits. */
  constructor(bitmapBits = 16) {
    this.bitmap = new Int32Array(1 << (bitmapBits - 5));
    this.shift = 32 - bitmapBits;
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of `word`, adding it if new. Words hold no "’" (write "'"). */
  intern(word: string): number {
    const known = this.byWord.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.byWord.set(word, id);
    this.storeUnits(word);
    const hash = hashOf(word, 0, word.length);
    const bit = hash >>> this.shift;
    this.bitmap[bit >>> 5] |= 1 << (bit & 31);
    if (this.words.length * 4 > this.mask + 1) this.grow();
    else this.place(id, hash);
    return id;
  }

  /** The id of a word already interned, or -1. */
  get(word: string): number {
    return this.byWord.get(word) ?? -1;
  }

  private storeUnits(word: string): void {
    const from = this.unitStarts[this.words.length - 1];
    if (from + word.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, from + word.length));
      units.set(this.units);
      this.units = units;
    }
    for (let k = 0; k < word.length; k++) this.units[from + k] = word.charCodeAt(k);
    // Word `id` (just pushed) ends where word `id + 1` will start.
    const id = this.words.length - 1;
    if (id + 2 > this.unitStarts.length) {
      const starts = new Int32Array(this.unitStarts.length * 2 + 2);
      starts.set(this.unitStarts);
      this.unitStarts = starts;
    }
    this.unitStarts[id + 1] = from + word.length;
  }

  private place(id: number, hash: number): void {
    let at = hash & this.mask;
    while (this.slots[2 * at + 1] !== 0) at = (at + 1) & this.mask;
    this.slots[2 * at] = hash;
    this.slots[2 * at + 1] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 4);
    this.mask = (this.slots.length >> 1) - 1;
    for (let id = 0; id < this.words.length; id++)
      this.place(id, hashOf(this.words[id], 0, this.words[id].length));
  }

  /** False when no word hashed `hash` is interned (true may still find nothing). */
  mayHave(hash: number): boolean {
    const bit = hash >>> this.shift;
    return (this.bitmap[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** The id of `text[start, end)` (hashed as `hash`, by `hashOf`), or -1; "’" reads as "'". */
  find(text: string, start: number, end: number, hash: number): number {
    return this.mayHave(hash) ? this.probe(text, start, end, hash, false) : -1;
  }

  /**
   * The id of `text[start, end)` with ASCII capitals read as small letters (hashed so, by the
   * caller), or -1. For words of ASCII letters and digits.
   */
  findLower(text: string, start: number, end: number, hash: number): number {
    return this.probe(text, start, end, hash, true);
  }

  /** The slot walk of `find` and `findLower`: one compares "’" as "'", the other folds A-Z. */
  private probe(text: string, start: number, end: number, hash: number, lower: boolean): number {
    const mask = this.mask;
    const slots = this.slots;
    const len = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = slots[2 * at + 1];
      if (slot === 0) return -1;
      if (slots[2 * at] !== hash) continue;
      const from = this.unitStarts[slot - 1];
      if (this.unitStarts[slot] - from !== len) continue;
      const units = this.units;
      let k = 0;
      while (k < len) {
        const c = text.charCodeAt(start + k);
        const unit = lower ? (c >= 65 && c <= 90 ? c + 32 : c) : c === 0x2019 ? 39 : c;
        if (unit !== units[from + k]) break;
        k++;
      }
      if (k === len) return slot - 1;
    }
  }
}

/** FNV-1a over the UTF-16 units of `text[start, end)`, "’" read as "'". */
export function hashOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c === 0x2019 ? 39 : c), FNV_PRIME);
  }
  return h | 0;
}

/** The one vocabulary every word list interns into. */
export const vocabulary = new Vocabulary();

/** Word flags: the word holds a "*", a "’" or a letter three times in a row ("f*ck", "fuuuck"). */
export const ODD = 1;

// Scratch space for the scan (the checker is synchronous); each index keeps an exact-size copy.
let scratch: Int32Array = new Int32Array(256);

/**
 * The words of one view that matter to some word list, in order: every word with an id in the
 * vocabulary, and every odd word ("f*ck", "fuuuck": lists match those by their own patterns).
 * Other words are counted, not kept: no rule can be looking for them.
 */
export class WordIndex {
  /** How many words are kept. */
  count = 0;
  /** How many words the view has in all. */
  words = 0;
  // Four numbers a kept word: start and end (exclusive) in the view, quotes and stars trimmed;
  // the id in `vocabulary` or -1; the flags (ODD).
  private data: Int32Array;
  /** The vocabulary's size when the ids were read. */
  readonly vocabularySize: number;

  constructor(readonly text: string) {
    this.vocabularySize = vocabulary.size;
    this.data = scratch;
    this.scan(text);
    scratch = this.data;
    // Usually a handful of words: a small copy (held inside the object for up to four words).
    this.data = scratch.slice(0, this.count << 2);
  }

  /** Where word `k` starts in the view. */
  start(k: number): number {
    return this.data[k << 2];
  }

  /** Where word `k` ends (exclusive). */
  end(k: number): number {
    return this.data[(k << 2) + 1];
  }

  /** Word `k`'s id in `vocabulary`, or -1. */
  id(k: number): number {
    return this.data[(k << 2) + 2];
  }

  /** Word `k`'s flags (ODD). */
  flags(k: number): number {
    return this.data[(k << 2) + 3];
  }

  /** Whether a word with id `id` occurs. */
  has(id: number): boolean {
    for (let k = 0; k < this.count; k++) if (this.data[(k << 2) + 2] === id) return true;
    return false;
  }

  private add(start: number, end: number, id: number, flags: number): void {
    let at = this.count << 2;
    if (at === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const data = this.data;
    data[at++] = start;
    data[at++] = end;
    data[at++] = id;
    data[at] = flags;
    this.count++;
  }

  private scan(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordUnit(c)) {
        i++;
        continue;
      }
      // One run of word units, hashed as it is read ("’" as "'").
      const from = i;
      let h = FNV_OFFSET;
      let odd = 0;
      let p1 = -1;
      let p2 = -2;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 0 : !isWordUnit(c)) break;
        if (c === 42 || c === 0x2019 || (c === p1 && c === p2)) {
          odd = ODD;
          if (c === 0x2019) c = 39;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        p2 = p1;
        p1 = c;
      }
      // Most words: no star, curly quote or apostrophe at either end, and in no list (the
      // vocabulary's bitmap says so).
      if (odd === 0 && text.charCodeAt(from) !== 39 && text.charCodeAt(i - 1) !== 39) {
        if (!vocabulary.mayHave(h | 0)) {
          this.words++;
          continue;
        }
      }
      // Quotes and stars at either end are not part of the word (rare: hash the rest again).
      let s = from;
      let e = i;
      while (s < e && isQuoteOrStar(text.charCodeAt(s))) s++;
      while (e > s && isQuoteOrStar(text.charCodeAt(e - 1))) e--;
      if (s === e) continue;
      if (s !== from || e !== i) h = hashOf(text, s, e);
      this.words++;
      const id = vocabulary.find(text, s, e, h | 0);
      if (id >= 0 || odd !== 0) this.add(s, e, id, odd);
    }
  }
}

// The last view indexed: rules ask about one post at a time.
let lastView: TextView | undefined;
let lastIndex: WordIndex | undefined;

/** The words of `view` (computed once per view while the vocabulary stays the same). */
export function wordIndex(view: TextView): WordIndex {
  if (view === lastView && lastIndex!.vocabularySize === vocabulary.size) return lastIndex!;
  const index = new WordIndex(view.text);
  lastView = view;
  lastIndex = index;
  return index;
}
