// One hashed word pass per post shared by the rule gates (rules/gate.ts) and the cue gates
// (signals/cue-gate.ts): both register their words and prefixes here under ids from one counter,
// and one pass over a text sets the bit of every id whose word or prefix it holds. Before this,
// each kept its own table and made its own pass (the rule gates over `base`, the cue gates over
// `base` lower-cased), two passes a post.
//
// Words are runs of A-Z a-z 0-9, ASCII letters lower-cased; every other unit (also every unit
// beyond ASCII) ends a word. So the pass only reads each unit's ASCII word class, and two texts
// whose units have the same classes position by position get the same bits: a text and its
// lower-casing do, unless lower-casing turns a unit beyond ASCII into an ASCII letter (the Kelvin
// sign into "k") or changes the length; `bitsOf` checks that unit by unit before reusing a pass.
//
// Words are hashed as the text is read (FNV-1a, no string is made per word). An 8 KB bitmap of
// the registered keys rules most words and prefixes out at one read, before the open-addressing
// table is probed. Two words with one hash can only set a bit that need not be set, letting a
// pattern run when it need not, never stop it: a collision costs time, not findings.

import { FNV_OFFSET, FNV_PRIME, hashOf } from "../normalise/word-index.js";

// Letters and digits, lower-cased; 0 for the rest. `_` splits words too: a word between `\b`s
// (or between `(?<![A-Za-z0-9])` and `(?![A-Za-z0-9])`) is then still a word of the pass.
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = WORD_CHAR[c - 32] = c;

// The table key of a hashed word: odd, and a prefix differs from the whole word in the low bits.
const wordKey = (h: number, prefix: boolean): number => (h << 2) | (prefix ? 3 : 1) | 0;

const FILTER_BITS = 16;
const filterBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
const filter = new Int32Array(1 << (FILTER_BITS - 5));

// Bit n set: some prefix of length n is registered.
let prefixLengths = 0;
// The table of registered keys, open addressing, four numbers a slot side by side (one cache line
// for a probe): the key (odd, so 0 is empty), where its ids start in `idList` and how many.
// A post's pass marks some 40 words: flat typed arrays keep each to a couple of cache misses.
let table = new Int32Array(4096 * 4);
let keyCount = 0;
let idList = new Int32Array(8192);
let idListLength = 0;
let idCount = 0;

function find(key: number): number {
  const mask = (table.length >> 2) - 1;
  let i = (key ^ (key >>> 15)) & mask;
  while (table[i << 2] !== 0 && table[i << 2] !== key) i = (i + 1) & mask;
  return i;
}

/** Append `ids` and `id` to the id list; returns where they start. */
function appendIds(from: number, count: number, id: number): number {
  if (idListLength + count + 1 > idList.length) {
    const grown = new Int32Array(Math.max(idList.length * 2, idListLength + count + 1));
    grown.set(idList.subarray(0, idListLength));
    idList = grown;
  }
  const at = idListLength;
  idList.copyWithin(at, from, from + count);
  idList[at + count] = id;
  idListLength += count + 1;
  return at;
}

/** A new id (a bit of every pass from now on). */
export function newWordBit(): number {
  return idCount++;
}

/** How many ids there are. */
export const wordBitCount = (): number => idCount;

/** Register a word (or, with `prefix`, any word starting so; 1 to 30 letters) for `id`. */
export function addWordBit(word: string, prefix: boolean, id: number): void {
  if (prefix) prefixLengths |= 1 << word.length;
  const key = wordKey(hashOf(word, 0, word.length), prefix);
  const fb = filterBit(key);
  filter[fb >>> 5] |= 1 << (fb & 31);
  let i = find(key);
  if (table[i << 2] === key) {
    const from = table[(i << 2) + 1];
    const count = table[(i << 2) + 2];
    for (let j = from; j < from + count; j++) if (idList[j] === id) return;
    // Registration happens as expressions are read, not per post: the key's ids move to the end.
    table[(i << 2) + 1] = appendIds(from, count, id);
    table[(i << 2) + 2] = count + 1;
    return;
  }
  if ((keyCount + 1) * 2 > table.length >> 2) {
    const old = table;
    table = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 4) {
      if (old[k] === 0) continue;
      const j = find(old[k]) << 2;
      table[j] = old[k];
      table[j + 1] = old[k + 1];
      table[j + 2] = old[k + 2];
    }
    i = find(key);
  }
  table[i << 2] = key;
  table[(i << 2) + 1] = appendIds(0, 0, id);
  table[(i << 2) + 2] = 1;
  keyCount++;
}

function mark(bits: Uint32Array, key: number): void {
  const at = find(key) << 2;
  if (table[at] !== key) return;
  const from = table[at + 1];
  const to = from + table[at + 2];
  const ids = idList;
  for (let j = from; j < to; j++) bits[ids[j] >>> 5] |= 1 << (ids[j] & 31);
}

/** Set in `bits` the bit of every id whose word or prefix is in `text`, in one pass. */
export function markWordBits(text: string, bits: Uint32Array): void {
  const n = text.length;
  const prefixes = prefixLengths;
  const f = filter;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i++);
    let w = c < 128 ? WORD_CHAR[c] : 0;
    if (w === 0) continue;
    let h = FNV_OFFSET;
    let len = 0;
    for (;;) {
      h = Math.imul(h ^ w, FNV_PRIME);
      len++;
      if ((prefixes & (1 << len)) !== 0 && len < 31) {
        const key = (h << 2) | 3;
        const fb = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
        if ((f[fb >>> 5] & (1 << (fb & 31))) !== 0) mark(bits, key);
      }
      if (i >= n) break;
      const d = text.charCodeAt(i);
      w = d < 128 ? WORD_CHAR[d] : 0;
      if (w === 0) break;
      i++;
    }
    const key = (h << 2) | 1;
    const fb = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
    if ((f[fb >>> 5] & (1 << (fb & 31))) !== 0) mark(bits, key);
  }
}

/** Whether every unit of `a` and `b` has the same word class (so a pass gives the same bits). */
function sameWords(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const d = b.charCodeAt(i);
    if (c === d) continue;
    if ((c < 128 ? WORD_CHAR[c] : 0) !== (d < 128 ? WORD_CHAR[d] : 0)) return false;
  }
  return true;
}

// The rules of one post ask in turn about the same few texts (the base view, its lower-casing,
// the words view, the original), so the last few passes are kept, each with how many ids existed
// when it was made, and the last few texts found to give one of them (a text and its lower-casing
// usually share one pass).
const SLOTS = 4;
const slotText: (string | undefined)[] = new Array<string | undefined>(SLOTS);
const slotBits: Uint32Array[] = [];
const slotIds = new Int32Array(SLOTS).fill(-1);
let nextSlot = 0;
const ALIASES = 8;
const aliasText: (string | undefined)[] = new Array<string | undefined>(ALIASES);
const aliasSlot = new Int32Array(ALIASES);
let nextAlias = 0;

// The text asked about last and its bits: rules ask about the same text many times in a row,
// and the same string object compares at once (another string of the same length and words,
// such as the words view of a plain post beside its lower-cased base, compares unit by unit).
let lastText: string | undefined;
let lastBits: Uint32Array = new Uint32Array(0);
let lastIds = -1;

/** The bits of `text` (kept for the last few texts; do not change the array). */
export function bitsOf(text: string): Uint32Array {
  if (text === lastText && lastIds === idCount) return lastBits;
  const bits = keptBitsOf(text);
  lastText = text;
  lastBits = bits;
  lastIds = idCount;
  return bits;
}

function keptBitsOf(text: string): Uint32Array {
  for (let k = 0; k < SLOTS; k++)
    if (slotText[k] === text && slotIds[k] === idCount) return slotBits[k];
  for (let k = 0; k < ALIASES; k++)
    if (aliasText[k] === text && slotIds[aliasSlot[k]] === idCount) return slotBits[aliasSlot[k]];
  // A text whose units have the same word classes as a kept one's (its lower-casing, say).
  for (let k = 0; k < SLOTS; k++)
    if (slotIds[k] === idCount && sameWords(slotText[k]!, text)) {
      aliasText[nextAlias] = text;
      aliasSlot[nextAlias] = k;
      nextAlias = (nextAlias + 1) % ALIASES;
      return slotBits[k];
    }
  const size = (idCount >>> 5) + 1;
  const slot = nextSlot;
  nextSlot = (nextSlot + 1) % SLOTS;
  let bits = slotBits[slot];
  if (!bits || bits.length < size) bits = slotBits[slot] = new Uint32Array(size);
  else bits.fill(0);
  slotText[slot] = text;
  slotIds[slot] = idCount;
  // Aliases of the pass this slot held are no longer true.
  for (let k = 0; k < ALIASES; k++) if (aliasSlot[k] === slot) aliasText[k] = undefined;
  markWordBits(text, bits);
  return bits;
}
