// Words hashed as a text is read (no string made per word), and a table from word hashes to the
// ids of whatever needs them. Shared by the rule gates (rules/gate.ts) and the cue gates
// (signals/cue-gate.ts). Two words with one hash can only let a pattern run when it need not,
// never stop it, so a collision costs time, not findings.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const stepWordHash = (h: number, unit: number): number => Math.imul(h ^ unit, FNV_PRIME);

// The table key of a hashed word: odd, and a prefix differs from the whole word in the low bits.
const wordKey = (h: number, prefix: boolean): number => (h << 2) | (prefix ? 3 : 1) | 0;

function hashWord(word: string, prefix: boolean): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = stepWordHash(h, word.charCodeAt(i));
  return wordKey(h, prefix);
}

// Letters and digits, lower-cased; 0 for the rest. `_` splits words too: a word between `\b`s
// (or between `(?<![A-Za-z0-9])` and `(?![A-Za-z0-9])`) is then still a word of the pass.
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = WORD_CHAR[c - 32] = c;

/**
 * Words and word prefixes → ids, in an open-addressing table of 32-bit keys (0 is "empty").
 * Words are runs of A-Z a-z 0-9, ASCII letters lower-cased.
 */
export class WordIdTable {
  // Bit n set: some prefix of length n is registered.
  private prefixLengths = 0;
  private keys = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private readonly values: number[][] = [];

  private find(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = (key ^ (key >>> 15)) & mask;
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Register a word (or, with `prefix`, any word starting so) for `id`. */
  addWord(word: string, prefix: boolean, id: number): void {
    this.add(hashWord(word, prefix), id);
    if (prefix) this.prefixLengths |= 1 << word.length;
  }

  private add(key: number, id: number): void {
    let i = this.find(key);
    if (this.keys[i] === key) {
      const ids = this.values[this.slots[i]];
      if (!ids.includes(id)) ids.push(id);
      return;
    }
    if ((this.values.length + 1) * 2 > this.keys.length) {
      const oldKeys = this.keys;
      const oldSlots = this.slots;
      this.keys = new Int32Array(oldKeys.length * 2);
      this.slots = new Int32Array(oldKeys.length * 2);
      for (let k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] === 0) continue;
        const j = this.find(oldKeys[k]);
        this.keys[j] = oldKeys[k];
        this.slots[j] = oldSlots[k];
      }
      i = this.find(key);
    }
    this.keys[i] = key;
    this.slots[i] = this.values.length;
    this.values.push([id]);
  }

  /** Set in `bits` the bit of every id whose word or prefix is in `text`, in one pass. */
  markText(text: string, bits: Uint32Array): void {
    const n = text.length;
    const prefixes = this.prefixLengths;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i++);
      let w = c < 128 ? WORD_CHAR[c] : 0;
      if (w === 0) continue;
      let h = FNV_OFFSET;
      let len = 0;
      for (;;) {
        h = stepWordHash(h, w);
        len++;
        if (len < 31 && (prefixes & (1 << len)) !== 0) this.mark(bits, wordKey(h, true));
        if (i >= n) break;
        const d = text.charCodeAt(i);
        w = d < 128 ? WORD_CHAR[d] : 0;
        if (w === 0) break;
        i++;
      }
      this.mark(bits, wordKey(h, false));
    }
  }

  private mark(bits: Uint32Array, key: number): void {
    const i = this.find(key);
    if (this.keys[i] !== key) return;
    const ids = this.values[this.slots[i]];
    for (let j = 0; j < ids.length; j++) bits[ids[j] >>> 5] |= 1 << (ids[j] & 31);
  }
}
