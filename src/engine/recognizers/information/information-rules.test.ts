// Properties of the information-and-safety rules (confidential information, security arrangements,
// social engineering, safeguarding, copyright) on random inputs built from the words they look for:
// they never throw, every finding covers the exact words of the original text, fixes apply cleanly,
// and time grows with length, not faster (no regular expression backtracks catastrophically).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChecker } from "../../check.js";
import { applyFixes } from "../../fix.js";
import { rules as confidential } from "../../rules/confidential-information/index.js";
import { rules as copyright } from "../../rules/copyright/index.js";
import { rules as safeguarding } from "../../rules/safeguarding/index.js";
import { rules as security } from "../../rules/security-arrangements/index.js";
import { rules as socialEngineering } from "../../rules/social-engineering/index.js";
import { triggers } from "./triggers.js";

const RULES = [...confidential, ...security, ...socialEngineering, ...safeguarding, ...copyright];
const check = createChecker({}, { rules: RULES });

let previous: string | undefined;
beforeAll(() => {
  previous = process.env.POSTGUARD_RULE_ERRORS;
  process.env.POSTGUARD_RULE_ERRORS = "throw";
});
afterAll(() => {
  if (previous === undefined) delete process.env.POSTGUARD_RULE_ERRORS;
  else process.env.POSTGUARD_RULE_ERRORS = previous;
});

const WORDS = [
  "door code",
  "keypad",
  "is",
  "1984#",
  "four one seven nine",
  "password",
  "Summer2024!",
  "S u m m e r",
  "wifi",
  "the key is",
  "never locks",
  "no CCTV",
  "nobody counts them",
  "shared login",
  "Windows XP",
  "10.0.0.1",
  "not announced yet",
  "restructure",
  "keep it quiet",
  "NDA",
  "£3.1m",
  "contract",
  "board",
  "🤫",
  "punched one of our HCAs",
  "@newsdesk",
  "send you a copy",
  "letter",
  "could you",
  "?",
  "her home address",
  "what time does his shift finish",
  "bit.ly/x",
  "nhs-login.co",
  "nhs . co . uk / x",
  "cо.uk",
  "verification code",
  "maiden name",
  "first pet",
  "kill yourself",
  "k y s",
  "jump off the bridge",
  "#thinspo",
  "14+",
  "add me on snap",
  "don't tell your mum",
  "look them up on the PAS",
  "your ex",
  "c-o-k-e",
  "k3t",
  "weekend",
  "12 pints",
  "wasted",
  "each",
  "diazepam from the ward stock",
  "copied from",
  "their website",
  "[screenshot of",
  "not my pic",
  "watermark",
  ".",
  "\n",
  " ",
  "\u200b",
  "\u0301",
  "\ud83d",
  "’",
  "Ｋ",
];
const post = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "binary", maxLength: 6 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(" "));

describe("information and safety rules on random posts", () => {
  it("never throw, and report the exact words with fixes that apply", () => {
    fc.assert(
      fc.property(
        post,
        fc.constantFrom("outbound" as const, "inbound" as const),
        (text, direction) => {
          const result = check({ text, direction });
          for (const f of result.findings) {
            if (f.start === undefined) continue;
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end!).toBeLessThanOrEqual(text.length);
            expect(f.end!).toBeGreaterThanOrEqual(f.start);
            expect(text.slice(f.start, f.end)).toBe(f.excerpt);
          }
          expect(() => applyFixes(text, result.findings)).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it("the word scan agrees with itself whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(triggers(text)).toBe(triggers(text + ""));
      }),
      { numRuns: 200 },
    );
  });

  // Each unit repeated to 1 MB. How time grows with length is measured by `npm run bench`
  // (adversarial inputs, "information phrases"), not asserted here: a timing ratio fails on a busy
  // machine. A super-linear pattern still fails this test, by running past its timeout.
  const ADVERSARIAL = [
    "door ",
    "the door code is ",
    "password is ",
    "the key is now ",
    "not announced yet board ",
    "£1,000,000 contract ",
    "copied it from ",
    "found this ",
    "could you send me his home address? ",
    "bit.ly/x ",
    "a.b.c.",
    "nobody checks ",
    "skip lunch ",
    "12 pints ",
    "14+ ",
    "aaaaaaaaaaaaaaaaaaaa",
    "?!?!?!",
    "don't tell your mum ",
  ];
  for (const unit of ADVERSARIAL) {
    it(`finishes on ${JSON.stringify(unit)} repeated to 1 MB`, () => {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
      for (const direction of ["outbound", "inbound"] as const)
        expect(() => check({ text, direction })).not.toThrow();
    }, 60_000);
  }
});
