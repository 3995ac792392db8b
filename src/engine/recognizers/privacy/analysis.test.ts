// The post analysis: its words are exactly the lower-cased runs of ASCII letters and digits (as a
// Set of strings would hold them), whichever post was read last, and its gates open exactly when
// one of their words is there, however many gates there are.
import { describe, expect, it } from "vitest";
import { createCorpus } from "../../../../bench/corpus.js";
import { normalise } from "../../normalise/index.js";
import { analyse, anyWord, wordSet } from "./analysis.js";

function reference(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

const texts = [
  "",
  "Mrs Hughes in BED 4, bed4 and Bed 4!",
  "won't_be İstanbul ﬁne café 😀 x2",
  "word ".repeat(3000),
  Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" "),
  ...createCorpus(300, 11).map((p) => p.text),
];

describe("post analysis", () => {
  it("holds the post's words, in the order first met", () => {
    for (const t of texts) {
      const words = analyse(normalise(t)).words;
      const ref = reference(normalise(t).base.text);
      expect([...words]).toEqual([...ref]);
      expect(words.size).toBe(ref.size);
      for (const w of ref) expect(words.has(w)).toBe(true);
      for (const w of ["", "Bed", "zzq", "w3000", "bed 4", "café"])
        expect(words.has(w)).toBe(ref.has(w));
    }
  });

  it("answers for a post read before another", () => {
    const a = analyse(normalise("the patient in bay four"));
    const b = analyse(normalise("a colleague on nights"));
    expect(a.words.has("patient")).toBe(true);
    expect(a.words.has("nights")).toBe(false);
    expect(b.words.has("nights")).toBe(true);
    expect(b.words.has("patient")).toBe(false);
    expect(anyWord(a, wordSet("bay ward"))).toBe(true);
    expect(anyWord(b, wordSet("bay ward"))).toBe(false);
  });

  it("opens any number of gates, made before or after the post was read", () => {
    const post = analyse(normalise("Doris on ward 7 with her hip"));
    const gates = Array.from({ length: 100 }, (_, i) => wordSet(`g${i} x${i}`));
    gates.push(wordSet("hip"), wordSet("knee"));
    for (let i = 0; i < 100; i++) expect(anyWord(post, gates[i])).toBe(false);
    expect(anyWord(post, gates[100])).toBe(true);
    expect(anyWord(post, gates[101])).toBe(false);
    expect(anyWord(post, wordSet("ward"))).toBe(true);
  });
});
