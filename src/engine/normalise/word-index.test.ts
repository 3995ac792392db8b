import { describe, expect, it } from "vitest";
import { tokens } from "../recognizers/offensive/lexicon.js";
import { identityView } from "./text-view.js";
import { hashOf, ODD, Vocabulary, vocabulary, WordIndex, wordIndex } from "./word-index.js";
import { normalise } from "./index.js";

// The reference: the lexicon's tokeniser (strings per word), and the flags spelled out.
function reference(text: string) {
  return tokens(identityView(text)).map((t) => {
    // The untrimmed run of word units the word came from.
    let a = t.start;
    let b = t.end;
    while (a > 0 && /[a-z0-9*'’&+A-Z\u00c0-\u1fff]/.test(text[a - 1])) a--;
    while (b < text.length && /[a-z0-9*'’&+A-Z\u00c0-\u1fff]/.test(text[b])) b++;
    const run = text.slice(a, b);
    const odd = /[*’]/.test(run) || /(.)\1\1/su.test(run);
    return { start: t.start, end: t.end, id: vocabulary.get(t.text), odd };
  });
}

function actual(index: WordIndex) {
  const out = [];
  for (let k = 0; k < index.count; k++)
    out.push({
      start: index.start(k),
      end: index.end(k),
      id: index.id(k),
      odd: (index.flags(k) & ODD) !== 0,
    });
  return out;
}

const SAMPLES = [
  "",
  "   ",
  "hello world",
  "'fags' and **stars** and 'quoted'",
  "don’t you dare, don't",
  "f*ck f**k fuuuuck shiiit aaa",
  "a&e, c++ and x+y",
  "café naïve ångström",
  "** '' ’’ *'*",
  "word'' next*",
  "emoji 😀 between 🏳️‍🌈 words",
  "UPPER Case MiXeD",
  "x".repeat(3000),
  "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(40),
];

describe("word index", () => {
  const v = new Vocabulary();
  it("interns words once and finds them from a range of a text", () => {
    const a = v.intern("alpha");
    const b = v.intern("don't");
    expect(v.intern("alpha")).toBe(a);
    expect(b).not.toBe(a);
    for (let i = 0; i < 5000; i++) v.intern(`w${i}`);
    expect(v.get("w4999")).toBe(v.size - 1);
    const text = "xx alpha don’t w123 w5000";
    const find = (s: number, e: number) => v.find(text, s, e, hashOf(text, s, e));
    expect(find(3, 8)).toBe(a);
    expect(find(9, 14)).toBe(b);
    expect(find(15, 19)).toBe(v.get("w123"));
    expect(find(20, 25)).toBe(-1);
    expect(find(0, 2)).toBe(-1);
  });

  it("finds the lexicon's words, with ids from the shared vocabulary", () => {
    vocabulary.intern("hello");
    vocabulary.intern("don't");
    vocabulary.intern("fags");
    for (const text of SAMPLES) {
      const index = new WordIndex(text);
      const all = reference(text);
      // Words in no list and not odd are counted, not kept.
      expect(index.words).toBe(all.length);
      expect(actual(index), text.slice(0, 40)).toEqual(all.filter((w) => w.id >= 0 || w.odd));
    }
  });

  it("is kept per view and read again when the vocabulary grows", () => {
    const n = normalise("Hello there, general Kenobi");
    const first = n.wordIndex;
    expect(n.wordIndex).toBe(first);
    const id = vocabulary.intern("kenobi-test-word-never-seen");
    expect(id).toBeGreaterThanOrEqual(0);
    expect(n.wordIndex).not.toBe(first);
    expect(wordIndex(n.words)).toBe(n.wordIndex);
  });
});
