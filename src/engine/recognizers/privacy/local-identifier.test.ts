// The digits gate of the local identifiers: every match of a shape holds at least minDigits ASCII
// digits, so a post with fewer is never searched; the default shapes need six or seven.
import { describe, expect, it } from "vitest";
import { createCorpus } from "../../../../bench/corpus.js";
import { corpusTexts } from "../../../../test/support/policy-corpus.js";
import { normalise } from "../../normalise/index.js";
import { resolvePack } from "../../pack/schema.js";
import { defaultPack } from "../../pack/default-pack.js";
import { minDigits } from "./vocabulary.js";

describe("minDigits", () => {
  it("reads the digits of the top level only", () => {
    expect(minDigits(/\bK\d{6,7}\b/gi)).toBe(6);
    expect(minDigits(/[A-Z]\d\d ?\d{7}\b/g)).toBe(9);
    expect(minDigits(/\d+x\d?y\d*z\d{0,3}/g)).toBe(1);
    expect(minDigits(/(?=\d{7})\w+/g)).toBe(0);
    expect(minDigits(/[\d]{7}/g)).toBe(0);
    expect(minDigits(/\\d{7}/g)).toBe(0);
    expect(minDigits(/\d{7}|x/g)).toBe(0);
    expect(minDigits(/(?:a|b)\d{3}/g)).toBe(3);
  });
  it("gives the default shapes four, six or seven", () => {
    const pack = resolvePack(defaultPack);
    expect(pack.compiledLocalIdentifiers.map((li) => minDigits(li.regex))).toEqual([7, 6, 4, 7]);
  });
  it("never skips a text a shape matches", () => {
    const pack = resolvePack(defaultPack);
    const texts = [...corpusTexts(), ...createCorpus(3000, 20240611).map((p) => p.text)];
    for (const li of pack.compiledLocalIdentifiers) {
      const need = minDigits(li.regex);
      for (const t of texts) {
        const base = normalise(t).base.text;
        li.regex.lastIndex = 0;
        for (let m = li.regex.exec(base); m; m = li.regex.exec(base)) {
          if (m[0].length === 0) li.regex.lastIndex++;
          expect(m[0].replace(/[^0-9]/g, "").length).toBeGreaterThanOrEqual(need);
        }
      }
    }
  });
});
