// Words hashed as a text is read (no string made per word), and a table from word hashes to the
// ids of whatever needs them. Shared by the rule gates (rules/gate.ts) and the cue gates
// (signals/cue-gate.ts). Two words with one hash can only let a pattern run when it need not,
// never stop it, so a collision costs time, not findings.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Step the hash of a word by one UTF-16 unit (start from `WORD_HASH_START`). */
export const stepWordHash = (h: number, unit: number): number => Math.imul(h ^ unit, FNV_PRIME);
export const WORD_HASH_START = FNV_OFFSET;

/** The table key of a hashed word: odd, and a prefix differs from the whole word in the low bits. */
export const wordKey = (h: number, prefix: boolean): number => (h << 2) | (prefix ? 3 : 1) | 0;

export function hashWord(word: string, prefix: boolean): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = stepWordHash(h, word.charCodeAt(i));
  return wordKey(h, prefix);
}

/** Word keys → ids, in an open-addressing table of 32-bit keys (0 is "empty"). */
export class WordIdTable {
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

  add(key: number, id: number): void {
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

  /** Set the bit of every id `key` holds. */
  mark(bits: Uint32Array, key: number): void {
    const i = this.find(key);
    if (this.keys[i] !== key) return;
    const ids = this.values[this.slots[i]];
    for (let j = 0; j < ids.length; j++) bits[ids[j] >>> 5] |= 1 << (ids[j] & 31);
  }
}
