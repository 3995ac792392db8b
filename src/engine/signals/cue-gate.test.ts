// The cue gates change nothing: every RuleTester case of every rule, every post of the policy
// corpus and 3,000 generated posts give the same findings with the gates on and off, and
// every cue expression finds the same matches cut down as whole. The branch reader (needs.ts) is
// tested on its own first.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCorpus } from "../../../bench/corpus.js";
import { corpusTexts } from "../../../test/support/policy-corpus.js";
import { createChecker } from "../check.js";
import { normalise } from "../normalise/index.js";
import type { Rule } from "../rules/rule.js";
import type { Direction } from "../types.js";
import { cutDeep, cutDown, mayMatch, seenCueExpressions, setCueGatesEnabled } from "./cue-gate.js";
import { scan } from "./lexicon.js";
import { branchNeeds, gateText } from "./needs.js";

interface Case {
  text: string;
  profile?: string;
  direction?: Direction;
}
const tables = vi.hoisted(
  () => [] as { rule: Rule; cases: { valid: (string | Case)[]; invalid: Case[] } }[],
);
vi.mock("../../../test/support/rule-tester.js", () => ({
  ruleTester: (rule: Rule, cases: { valid: (string | Case)[]; invalid: Case[] }) =>
    tables.push({ rule, cases }),
}));

afterEach(() => setCueGatesEnabled(true));

const needsOf = (re: RegExp) => branchNeeds(re)?.needs.map(gateText);

describe("needs", () => {
  it("reads whole words between boundaries, and prefixes", () => {
    expect(needsOf(/\bfoo\s+bar\b/g)).toEqual(["foo + bar"]);
    expect(needsOf(/\bunder-?\s?staffed\b/g)).toEqual(["unde* under"]);
    expect(needsOf(/\bcancers?\s+(?:are|is)\b/g)).toEqual(["cancer cancers + are is"]);
    expect(needsOf(/\bfak(?:e|ed|ing)\b/g)).toEqual(["fake faked faking"]);
    expect(needsOf(/\bnews\s*(?:score)?/g)).toEqual(["news*"]);
  });
  it("reads each top-level branch on its own", () => {
    const read = branchNeeds(/\bone\b|(?:x|y)z\s+two|\w+/g);
    expect(read?.sources).toEqual(["\\bone\\b", "(?:x|y)z\\s+two", "\\w+"]);
    expect(read?.needs.map(gateText)).toEqual(["one", null, null]);
  });
  it("never takes a word whose edge may run on", () => {
    // "staff" may be followed by letters ("staffing"), and "ing" may follow "mov".
    expect(needsOf(/staff/g)).toEqual([null]);
    expect(needsOf(/\bstaff/g)).toEqual(["staf*"]);
    expect(needsOf(/\bsta/g)).toEqual([null]);
    expect(needsOf(/\b(?:x\s+)?staff\b/g)).toEqual(["staff"]);
    expect(needsOf(/\b(?:x)?staff\b/g)).toEqual(["staff xstaff"]);
    expect(needsOf(/\b(?:\w)?staff\b/g)).toEqual([null]);
    expect(needsOf(/[a-z]staff\b/g)).toEqual([null]);
    expect(needsOf(/\b(?:it's|its)\b/g)).toEqual(["it its"]);
  });
  it("counts assertions that may be skipped as nothing", () => {
    expect(needsOf(/(?:^)?foo\b/g)).toEqual([null]);
    expect(needsOf(/(?<=\s)foo\b/g)).toEqual([null]);
    expect(needsOf(/^foo\b/gm)).toEqual(["foo"]);
  });
  it("reads a negative look-around at every letter and digit as a word edge", () => {
    expect(needsOf(/(?<![A-Za-z0-9])foo\s+bar(?![A-Za-z0-9])/g)).toEqual(["foo + bar"]);
    expect(needsOf(/(?<!\w)foo(?!\w)/gi)).toEqual(["foo"]);
    // Not when a digit or a capital may stand there: "1foo" and "Xfoo" are other words.
    expect(needsOf(/(?<![a-z])foo(?![a-z])/g)).toEqual([null]);
    expect(needsOf(/(?<![a-z])foo(?![a-z])/gi)).toEqual([null]);
    // A look-behind after a word says nothing of what follows it.
    expect(needsOf(/\bfooty(?<![A-Za-z0-9])/g)).toEqual(["foot*"]);
  });
  it("reads a branch once for each branch of its largest group", () => {
    const re = /(?<![A-Za-z0-9])(?:red\s+apple|green\s+pear)(?![A-Za-z0-9])/g;
    const read = branchNeeds(re);
    expect(read?.needs.map(gateText)).toEqual(["apple green"]);
    expect(read?.alternatives.map((a) => a.map(gateText))).toEqual([
      ["red + apple", "green + pear"],
    ]);
    expect(mayMatch(re, "a green apple")).toBe(false);
    expect(mayMatch(re, "a RED apple")).toBe(true);
    expect(mayMatch(re, "green pears")).toBe(false);
    expect(cutDown(re, "a green apple")).toBeNull();
  });
  it("refuses what it cannot take apart", () => {
    expect(branchNeeds(/(a)b\1|c/g)).toBeNull();
    expect(branchNeeds(/a|k/giu)).toBeNull();
  });
  it("cuts expressions down to the branches that can match", () => {
    const re = /\bone\b|\btwo\b|\bthree\b/g;
    expect(cutDown(re, "nothing here")).toBeNull();
    expect(cutDown(re, "one and two and three")).toBe(re);
    expect(cutDown(re, "just two")?.source).toBe("\\btwo\\b");
    expect(mayMatch(re, "nothing here")).toBe(false);
    expect(mayMatch(re, "only three")).toBe(true);
    setCueGatesEnabled(false);
    expect(cutDown(re, "nothing here")).toBe(re);
    expect(mayMatch(re, "nothing here")).toBe(true);
  });
  it("cuts a word list down to the phrases that can match (cutDeep)", () => {
    const re = /(?<![A-Za-z0-9])(?:red\s+apple|green\s+pear|blue\s+plum)(?![A-Za-z0-9])|\bfig\b/gi;
    expect(cutDeep(re, "nothing here")).toBeNull();
    expect(cutDeep(re, "a green pear and a fig")?.source).toBe(
      "(?<![A-Za-z0-9])(?:green\\s+pear)(?![A-Za-z0-9])|\\bfig\\b",
    );
    expect(cutDeep(re, "red apple, blue plum")?.source).toBe(
      "(?<![A-Za-z0-9])(?:red\\s+apple|blue\\s+plum)(?![A-Za-z0-9])",
    );
    expect(cutDeep(re, "red apple, green pear, blue plum, fig")).toBe(re);
    expect(cutDeep(re, "a fig")?.flags).toBe("gi");
    // A phrase that needs no word is always kept; the others still go when their words are missing.
    const loose = /(?<![A-Za-z0-9])(?:red\s+apple|\d+\s*%|green\s+pear)(?![A-Za-z0-9])/g;
    expect(mayMatch(loose, "a green pear")).toBe(true);
    expect(cutDeep(loose, "a green pear")?.source).toBe(
      "(?<![A-Za-z0-9])(?:\\d+\\s*%|green\\s+pear)(?![A-Za-z0-9])",
    );
    // Capture groups would be numbered afresh: such expressions are kept whole, or not run.
    const groups = /\b(red|green) apple\b|\bfig\b/g;
    expect(cutDeep(groups, "a red apple")).toBe(groups);
    expect(cutDeep(groups, "a pear")).toBeNull();
  });
});

// Every rule's table of cases, and the posts of the corpus and the evaluation.
const files = import.meta.glob(["../rules/*/*.test.ts", "!../rules/gate.test.ts"]);
for (const load of Object.values(files)) await load();

// Every post of the policy corpus, and generated posts of the benchmark.
const posts: Case[] = [...corpusTexts().map((text) => ({ text })), ...createCorpus(3000, 20240611)];

describe("cue gates find the same with the gates off", () => {
  const cases: Case[] = [];
  for (const { cases: c } of tables)
    for (const x of [...c.valid, ...c.invalid]) cases.push(typeof x === "string" ? { text: x } : x);
  const inputs = [...cases, ...posts];
  it("collected the cases and posts", () => {
    expect(tables.length).toBeGreaterThan(80);
    expect(posts.length).toBeGreaterThan(3000);
  });
  it("every checker finding is the same", () => {
    const check = createChecker();
    let differ = 0;
    for (const c of inputs) {
      setCueGatesEnabled(false);
      const open = JSON.stringify(check(c));
      setCueGatesEnabled(true);
      const gated = JSON.stringify(check(c));
      if (gated !== open) {
        differ++;
        expect(gated, c.text).toBe(open);
      }
    }
    expect(differ).toBe(0);
  }, 300_000);
  it("every cue expression matches the same cut down", () => {
    // Rules also ask mayMatch about expressions without the `g` flag (put-downs, threats): they
    // are compared as global copies, read once (cutDown keeps what it reads).
    const expressions = [...seenCueExpressions()].map((re) =>
      re.global ? re : new RegExp(re.source, re.flags + "g"),
    );
    expect(expressions.length).toBeGreaterThan(100);
    const all = (re: RegExp | null, text: string) => {
      if (re === null) return "";
      re.lastIndex = 0;
      let out = "";
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++;
        out += `${m.index}:${m[0]};`;
      }
      return out;
    };
    const texts = new Set<string>();
    for (const c of inputs) for (const t of [c.text, c.profile]) if (t) texts.add(t);
    for (const t of texts) {
      {
        const lower = scan(normalise(t)).lower;
        for (const re of expressions) {
          const cut = cutDown(re, lower);
          const deep = cutDeep(re, lower);
          if (cut === re && deep === re) continue;
          const whole = all(re, lower);
          if (all(cut, lower) !== whole)
            expect(all(cut, lower), `${re.source.slice(0, 60)} on ${t}`).toBe(whole);
          if (all(deep, lower) !== whole)
            expect(all(deep, lower), `deep ${re.source.slice(0, 60)} on ${t}`).toBe(whole);
        }
      }
    }
  }, 300_000);
});
