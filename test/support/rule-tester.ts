// ESLint's RuleTester, for policy rules: each rule's test file is a table of posts that must pass
// (`valid`) and posts that must be reported (`invalid`), read like the policy itself.
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/engine/fix.js";
import { createChecker } from "../../src/engine/check.js";
import type { PackOverrides } from "../../src/engine/pack/schema.js";
import type { Rule } from "../../src/engine/rules/rule.js";
import type { Direction } from "../../src/engine/types.js";

export interface ValidCase {
  text: string;
  profile?: string;
  direction?: Direction;
  pack?: PackOverrides;
  /** Why this must pass; shown as the test name. */
  name?: string;
}

export interface InvalidCase extends ValidCase {
  /** How many findings, and optionally the exact words each covers, in order. */
  errors: number | { excerpt?: string; message?: RegExp | string }[];
  /** The post after applying the rule's fixes. */
  output?: string;
}

const label = (c: ValidCase) =>
  c.name ?? (c.text.length > 70 ? c.text.slice(0, 67) + "..." : c.text);

export function ruleTester(
  rule: Rule,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
) {
  const checkers = new Map<PackOverrides | undefined, ReturnType<typeof createChecker>>();
  const run = (c: ValidCase) => {
    let checker = checkers.get(c.pack);
    if (!checker) checkers.set(c.pack, (checker = createChecker(c.pack ?? {}, { rules: [rule] })));
    return checker({
      text: c.text,
      profile: c.profile,
      direction: c.direction ?? rule.meta.directions?.[0],
    });
  };

  describe(rule.meta.id, () => {
    describe("valid", () => {
      for (const raw of cases.valid) {
        const c = typeof raw === "string" ? { text: raw } : raw;
        it(label(c), () => {
          const { findings } = run(c);
          expect(findings.map((f) => f.excerpt ?? f.message)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const { findings } = run(c);
          if (typeof c.errors === "number") {
            expect(findings).toHaveLength(c.errors);
          } else {
            expect(findings).toHaveLength(c.errors.length);
            c.errors.forEach((want, i) => {
              if (want.excerpt !== undefined) expect(findings[i].excerpt).toBe(want.excerpt);
              if (want.message !== undefined) expect(findings[i].message).toMatch(want.message);
            });
          }
          for (const f of findings) {
            expect(f.category).toBe(rule.meta.category);
            expect(f.clauses.length).toBeGreaterThan(0);
            if (f.start !== undefined) expect(c.text.slice(f.start, f.end)).toBe(f.excerpt);
          }
          if (c.output !== undefined) expect(applyFixes(c.text, findings).output).toBe(c.output);
        });
      }
    });
  });
}
