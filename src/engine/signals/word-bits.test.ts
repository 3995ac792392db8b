import { describe, expect, it } from "vitest";
import { addWordBit, bitsOf, markWordBits, newWordBit, wordBitCount } from "./word-bits.js";

const fresh = (text: string): Uint32Array => {
  const bits = new Uint32Array((wordBitCount() >>> 5) + 1);
  markWordBits(text, bits);
  return bits;
};
const has = (bits: Uint32Array, id: number) => (bits[id >>> 5] & (1 << (id & 31))) !== 0;

describe("word bits", () => {
  const KIT = newWordBit();
  addWordBit("kit", false, KIT);
  const UNDER = newWordBit();
  addWordBit("unde", true, UNDER);

  it("finds whole words and prefixes, ASCII letters lower-cased", () => {
    expect(has(fresh("No KIT here"), KIT)).toBe(true);
    expect(has(fresh("no kits here"), KIT)).toBe(false);
    expect(has(fresh("Understaffed again"), UNDER)).toBe(true);
    expect(has(fresh("und"), UNDER)).toBe(false);
    expect(has(fresh("kit_bag"), KIT)).toBe(true);
  });

  it("gives a text's lower-casing the same bits as a fresh pass, also across the Kelvin sign", () => {
    for (const text of ["The KIT is broken", "The \u212AIT is broken", "İ KIT", "\u212Ait Kit"]) {
      const lower = text.toLowerCase();
      const a = Array.from(bitsOf(text));
      const b = Array.from(bitsOf(lower));
      expect(a).toEqual(Array.from(fresh(text)));
      expect(b).toEqual(Array.from(fresh(lower)));
    }
  });
});
