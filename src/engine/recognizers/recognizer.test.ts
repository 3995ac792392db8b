import { describe, expect, it } from "vitest";
import { recognizers } from "./index.js";
import { contextRegex, hasContext, type ContextWords } from "./recognizer.js";

// hasContext must answer exactly what its expression answers on the window cut out of the text.
// With `sentence`, the window is cut at the last . ! ? or line break before the match and the
// first after it.
function byExpression(text: string, start: number, end: number, ctx: ContextWords): boolean {
  const window = ctx.window ?? 60;
  let before = text.slice(Math.max(0, start - window), start);
  let after = text.slice(end, Math.min(text.length, end + window));
  if (ctx.sentence) {
    before = before.replace(/^[^]*[.!?\n]/, "");
    after = after.replace(/[.!?\n][^]*$/, "");
  }
  return contextRegex(ctx).test(before + text.slice(start, end) + after);
}

describe("hasContext", () => {
  const contexts: ContextWords[] = [
    { words: ["nhs", "nhs no", "a&e", "café", "next of kin", "kin"], adjust: 0.1, window: 6 },
    { words: ["s", "k", "ss"], adjust: 0.1, window: 3 },
    { words: ["x.y", "(b)", "b+"], adjust: 0.1, window: 5 },
    { words: ["😀 ok", "ok"], adjust: 0.1, window: 4 },
    { words: [], adjust: 0.1, window: 4 },
    { words: ["kin", "ok", "a&e"], adjust: 0.1, window: 6, sentence: true },
  ];
  for (const r of recognizers)
    if ("patterns" in r && r.context) for (const ctx of r.context) contexts.push(ctx);

  it("is the expression on the window, case folding and boundaries included", () => {
    const alphabet = [
      "n",
      "h",
      "s",
      "N",
      "H",
      "S",
      "k",
      "K",
      "\u212a",
      "\u017f",
      " ",
      " no",
      "a&e",
      "A&E",
      "café",
      "CAFÉ",
      "e\u0301",
      "1",
      "é",
      "ß",
      "\u0345",
      "😀",
      "𝐀",
      "\ud835",
      "\udc00",
      "x.y",
      "(b)",
      "b+",
      "ok",
      "kin",
      "next of ",
      "-",
      "patient",
      "PATIENT",
      "ward",
      "hospital",
      "home",
    ];
    let seed = 20240611;
    const rand = () =>
      ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      let s = "";
      const len = 1 + Math.floor(rand() * 16);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const start = Math.floor(rand() * (s.length + 1));
      const end = Math.min(s.length, start + Math.floor(rand() * 4));
      for (const ctx of contexts) {
        const want = byExpression(s, start, end, ctx);
        expect(hasContext(s, start, end, ctx), `${JSON.stringify(s)} ${start} ${end}`).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("reads letters and numbers as the expression does, for every unit", () => {
    const ctx: ContextWords = { words: ["x"], adjust: 0.1, window: 2 };
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const s of [u + "x", "x" + u]) {
        const at = s.indexOf("x");
        if (hasContext(s, at, at + 1, ctx) !== byExpression(s, at, at + 1, ctx))
          bad.push(c.toString(16));
      }
    }
    expect(bad).toEqual([]);
  });
});
