// The cheap tests person-in-care.ts makes before its patterns never stop a pattern that would
// match: over every case of the privacy rules' RuleTester tables, the public evaluation items,
// 4,000 generated posts and some made-up edge cases, wherever a guarded pattern matches, its
// gate passes. (bench/differential.ts shows the findings are unchanged; this shows why.)
import { describe, expect, it, vi } from "vitest";
import { createCorpus } from "../../../../bench/corpus.js";
import { normalise } from "../../normalise/index.js";
import { analyse, anyWord } from "./analysis.js";
import { gatesForTests as g } from "./person-in-care.js";

const texts = vi.hoisted(() => [] as string[]);
vi.mock("../../../../test/support/rule-tester.js", () => ({
  ruleTester: (
    _rule: unknown,
    cases: { valid: (string | { text: string })[]; invalid: { text: string }[] },
  ) => {
    for (const c of [...cases.valid, ...cases.invalid])
      texts.push(typeof c === "string" ? c : c.text);
  },
}));
const files = import.meta.glob([
  "../../rules/patient-identifiable/*.test.ts",
  "../../rules/colleague-privacy/*.test.ts",
]);
for (const load of Object.values(files)) await load();
const tableCount = texts.length;

for (const seed of [20240611, 7])
  for (const post of createCorpus(2000, seed)) texts.push(post.text);
texts.push(
  "Ward5 bay2: Doris Ward7 is back on Ward 12b from Majors",
  "Was in A&E with Jo from A&E, then ED, then SDEC",
  "Arthur,99 and Josie (23) and Doris, \t(88) and Ken ,7",
  "mrs jones in bed 5; mr b on the ward; miss you all",
  "R.I.P. Bernard; RIP to our lovely Edna; rest in peace Tom; to nurse Amy",
  "She's name is Kelly. Mum's name is Jo. Patient is Ron. He was Dave",
  "Bed4 BayC SR2 side room 3 sideroom4 Cot 2 incubators 3 trolley A chair 12 room 6",
  "the wardrobe she was on the ward. is on our unit",
  "Doris's hip, Tony’s story, James'",
  "ſide room 2 Kelvin \u212a bed 4 ıcu",
);

describe("person-in-care gates", () => {
  it("collected the RuleTester tables", () => expect(tableCount).toBeGreaterThan(300));

  it("withoutPossessive is replace(/['’]s$/, '')", () => {
    for (const w of ["Doris's", "Tony’s", "James'", "s", "'s", "Bess", "x's's", "’s", ""])
      expect(g.withoutPossessive(w)).toBe(w.replace(/['’]s$/, ""));
  });

  it("word gates pass wherever their patterns match", { timeout: 60_000 }, () => {
    for (const t of texts) {
      const post = analyse(normalise(t));
      const text = normalise(t).base.text;
      for (const { words, also, patterns } of g.wordGated) {
        const open = anyWord(post, words) || (also !== undefined && also.test(text));
        for (const re of patterns) {
          re.lastIndex = 0;
          if (re.test(text)) expect(open, `${re.source.slice(0, 40)} :: ${text}`).toBe(true);
          re.lastIndex = 0;
        }
      }
    }
  });

  it(
    "the numbered-place and name-with-age tests pass wherever their patterns match",
    { timeout: 60_000 },
    () => {
      for (const t of texts) {
        const text = normalise(t).base.text;
        for (const re of g.placePatterns) {
          re.lastIndex = 0;
          if (re.test(text)) expect(g.NUMBERED_PLACE.test(text), text).toBe(true);
          re.lastIndex = 0;
        }
        g.NAME_AGE.lastIndex = 0;
        if (g.NAME_AGE.test(text)) expect(g.mayHaveNameAge(text), text).toBe(true);
        g.NAME_AGE.lastIndex = 0;
      }
    },
  );

  it("the ward letters are in the text wherever WAS_ON_WARD matches a slice of it", () => {
    for (const t of texts) {
      const text = normalise(t).base.text;
      if (g.WARD_LETTERS.test(text)) continue;
      for (let i = 0; i < text.length; i++)
        if (g.WAS_ON_WARD.test(text.slice(i, i + 70))) expect.fail(text);
    }
  }, 60_000);
});
