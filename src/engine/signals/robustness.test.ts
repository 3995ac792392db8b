// The conduct rules must never throw, must report offsets inside the original text, and must stay
// linear in the length of the input (no regular expression that backtracks catastrophically).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createChecker } from "../check.js";
import { rules as defamation } from "../rules/defamation/index.js";
import { rules as disrepute } from "../rules/disrepute-grievance/index.js";
import { rules as media } from "../rules/media-contact/index.js";
import { rules as disclaimer } from "../rules/missing-disclaimer/index.js";
import { rules as official } from "../rules/official-capacity/index.js";
import { rules as concerns } from "../rules/raising-concerns/index.js";

const rules = [...defamation, ...disrepute, ...media, ...disclaimer, ...official, ...concerns];
const check = createChecker({}, { rules });

describe("conduct rules on any input", () => {
  it("never throw and report offsets inside the text", () => {
    process.env.POSTGUARD_RULE_ERRORS = "throw";
    try {
      fc.assert(
        fc.property(
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.string({ maxLength: 80 }),
          fc.boolean(),
          (text, profile, inbound) => {
            const result = check({ text, profile, direction: inbound ? "inbound" : "outbound" });
            for (const f of result.findings) {
              if (f.start === undefined) continue;
              expect(f.start).toBeGreaterThanOrEqual(0);
              expect(f.end!).toBeLessThanOrEqual(text.length);
              expect(text.slice(f.start, f.end)).toBe(f.excerpt);
            }
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      delete process.env.POSTGUARD_RULE_ERRORS;
    }
    // The first few hundred binary strings warm up fast-check and the normaliser's tables, which
    // alone takes seconds on a loaded machine; the rules' own share is well under a second.
  }, 30_000);

  // How time grows with length is measured by `npm run bench` (adversarial inputs, "conduct
  // phrases"), not asserted here: a timing ratio fails on a busy machine. A super-linear pattern
  // still fails this test, by running past its timeout on 50,000 characters.
  it("finish on long adversarial inputs", () => {
    const pieces = [
      "the Trust ",
      "patients waiting ",
      "Dr Smith ",
      "Royal Royal ",
      "@BBCNews ",
      "not safe ",
      "a a a a a ",
      "Westfield General Hospital ",
      "everyone knows ",
      "£ ",
      ". . . ",
      "\n",
    ];
    const text = Array.from({ length: 50_000 }, (_, i) => pieces[i % pieces.length]).join("");
    expect(() => check({ text, profile: text.slice(0, 2000) })).not.toThrow();
    expect(() => check({ text: "x".repeat(1 << 20) })).not.toThrow();
  }, 60_000);
});
