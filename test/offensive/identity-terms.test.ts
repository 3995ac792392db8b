// Identity terms used neutrally, positively, about oneself or in counter-speech are never
// flagged by the offensive-content rules (issue 4, target 0%).
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { DIALECT_PAIRS, IDENTITY_SENTENCES } from "./identity-sentences.js";

const OFFENSIVE = new Set([
  "hate-discrimination",
  "threat-violence",
  "sexual-content",
  "abuse-bullying",
  "profanity",
]);

describe("identity-term sentences", () => {
  it("has at least 150 sentences", () =>
    expect(IDENTITY_SENTENCES.length).toBeGreaterThanOrEqual(150));
  for (const { kind, text } of IDENTITY_SENTENCES) {
    it(`${kind}: ${text}`, () => {
      const found = check({ text }).findings.filter((f) => OFFENSIVE.has(f.category));
      expect(found.map((f) => `${f.category}: ${f.excerpt}`)).toEqual([]);
    });
  }
});

describe("dialect", () => {
  for (const pair of DIALECT_PAIRS) {
    it(`not flagged: ${pair[0]}`, () => {
      const found = check({ text: pair[0] }).findings.filter((f) => OFFENSIVE.has(f.category));
      expect(found).toEqual([]);
    });
  }
});
