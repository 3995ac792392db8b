// The gates in front of the rules' patterns, and proof that they change nothing: every case of
// every gated rule's RuleTester table gives the same findings with the gates (and the information
// triggers, recognizers/information/triggers.ts) on and off, and every invalid case gets past its
// rule's gates (so a new pattern branch whose words are missing from the gate fails here).
import { afterEach, describe, expect, it, vi } from "vitest";
import { createChecker } from "../check.js";
import type { Direction } from "../types.js";
import { setTriggersEnabled } from "../recognizers/information/triggers.js";
import { gate, guard, setGatesEnabled } from "./gate.js";
import type { Rule } from "./rule.js";

interface Case {
  text: string;
  profile?: string;
  direction?: Direction;
  pack?: Record<string, unknown>;
}
const tables = vi.hoisted(
  () => [] as { rule: Rule; cases: { valid: (string | Case)[]; invalid: Case[] } }[],
);
vi.mock("../../../test/support/rule-tester.js", () => ({
  ruleTester: (rule: Rule, cases: { valid: (string | Case)[]; invalid: Case[] }) =>
    tables.push({ rule, cases }),
}));

afterEach(() => {
  setGatesEnabled(true);
  setTriggersEnabled(true);
});

describe("gate", () => {
  it("passes when every group of one alternative is present", () => {
    const g = gate("know + where what", "got + address");
    expect(g.passes("I know where you live")).toBe(true);
    expect(g.passes("I KNOW WHEN, and WHERE")).toBe(true);
    expect(g.passes("I know the way")).toBe(false);
    expect(g.passes("we got his address")).toBe(true);
    expect(g.passes("we have his address")).toBe(false);
  });
  it("cuts words wherever \\b falls (and at _)", () => {
    const g = gate("won + be");
    expect(g.passes("she won't be")).toBe(true);
    expect(g.passes("she WON’T BE")).toBe(true);
    expect(g.passes("she wont be")).toBe(false);
    expect(g.passes("a_won be")).toBe(true);
    expect(g.passes("wonder be")).toBe(false);
  });
  it("reads prefixes and substrings", () => {
    const g = gate("restructur*", "£ + bid*");
    expect(g.passes("the Restructuring")).toBe(true);
    expect(g.passes("a restructure")).toBe(true);
    expect(g.passes("unrestructured")).toBe(false);
    expect(g.passes("£5 bidders")).toBe(true);
    expect(g.passes("5 bidders")).toBe(false);
    expect(() => gate("Ⅻ")).toThrow();
  });
  it("takes + between groups only with spaces round it", () => {
    const g = gate("14 + yo +");
    expect(g.passes("any 14+ lads")).toBe(true);
    expect(g.passes("any 14 yo lads")).toBe(true);
    expect(g.passes("any 14 lads")).toBe(false);
  });
  it("sees gates made after a text was read", () => {
    const text = "the quick brown fox";
    expect(gate("quick").passes(text)).toBe(true);
    expect(gate("brown").passes(text)).toBe(true);
    expect(gate("slow").passes(text)).toBe(false);
  });
  it("remembers several texts at once", () => {
    const texts = [
      "the quick brown fox",
      "a slow dog",
      "THE QUICK",
      "another",
      "the quick brown fox",
    ];
    const g = gate("quick");
    expect(texts.map((t) => g.passes(t))).toEqual([true, false, true, false, true]);
  });
  it("can be switched off", () => {
    const g = guard(/\bfox\b/, "fox");
    setGatesEnabled(false);
    expect(g.gate.passes("dog")).toBe(true);
    setGatesEnabled(true);
    expect(g.gate.passes("dog")).toBe(false);
    expect(g.test("a fox")).toBe(true);
    expect(g.exec("a dog")).toBeNull();
  });
  it("refuses expressions it cannot read soundly", () => {
    expect(() => guard(/a/g, "a")).toThrow();
    expect(() => guard(/a/iu, "a")).toThrow();
  });
});

const files = import.meta.glob([
  "./threat-violence/*.test.ts",
  "./safeguarding/*.test.ts",
  "./confidential-information/*.test.ts",
  "./patient-relationship/*.test.ts",
  "./colleague-privacy/*.test.ts",
  "./security-arrangements/*.test.ts",
  "./official-capacity/*.test.ts",
  "./sexual-content/*.test.ts",
  "./copyright/*.test.ts",
  "./social-engineering/*.test.ts",
  "./media-contact/*.test.ts",
]);
for (const load of Object.values(files)) await load();

describe("gated rules find the same with the gates off", () => {
  it("collected the rule tables", () => expect(tables.length).toBeGreaterThan(20));
  for (const { rule, cases } of tables) {
    it(rule.meta.id, () => {
      const checkers = new Map<unknown, ReturnType<typeof createChecker>>();
      const run = (c: Case) => {
        let checker = checkers.get(c.pack);
        if (!checker)
          checkers.set(c.pack, (checker = createChecker(c.pack ?? {}, { rules: [rule] })));
        return JSON.stringify(
          checker({
            text: c.text,
            profile: c.profile,
            direction: c.direction ?? rule.meta.directions?.[0],
          }),
        );
      };
      const all = [...cases.valid.map((c) => (typeof c === "string" ? { text: c } : c))];
      for (const c of [...all, ...cases.invalid]) {
        setGatesEnabled(false);
        setTriggersEnabled(false);
        const open = run(c);
        setGatesEnabled(true);
        setTriggersEnabled(true);
        expect(run(c), c.text).toBe(open);
      }
      // Every invalid case gets past the gates: the rule reports it with them on.
      for (const c of cases.invalid) {
        const { findings } = JSON.parse(run(c)) as { findings: unknown[] };
        expect(findings.length, c.text).toBeGreaterThan(0);
      }
    });
  }
});
