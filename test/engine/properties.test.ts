// Properties that must hold for every input, checked on random ones (fast-check): the engine never
// throws, every finding points at the exact words of the original text, and every normalised
// view maps back inside the original. Inputs mix random UTF-16 (lone surrogates included),
// control, zero-width and combining characters, look-alikes, and words the rules look for, so
// the rules' own code paths run, not just the "nothing found" path.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyFixes,
  check,
  normalise,
  SEVERITY_RANK,
  type CheckInput,
  type CheckResult,
} from "../../src/engine/index.js";

// Rule errors are caught in production so one buggy rule can't take the checker down; here they
// must surface, or "never throws" would be trivially true.
let previous: string | undefined;
beforeAll(() => {
  previous = process.env.POSTGUARD_RULE_ERRORS;
  process.env.POSTGUARD_RULE_ERRORS = "throw";
});
afterAll(() => {
  if (previous === undefined) delete process.env.POSTGUARD_RULE_ERRORS;
  else process.env.POSTGUARD_RULE_ERRORS = previous;
});

const VOCABULARY = [
  "Mrs",
  "Mr",
  "Hughes",
  "Smith",
  "bed",
  "bay",
  "4",
  "ward",
  "Ward 10",
  "my patient",
  "NHS",
  "NHS number",
  "943 476 5919",
  "9434765919",
  "943-476-5919",
  "nine four three",
  "oh seven seven double oh",
  "nine double one",
  "triple",
  "double",
  "#bed2",
  "#bay3",
  "#ward12",
  "0458812",
  "MRN",
  "00482911",
  "ABC1234567",
  "hosp no",
  "DOB",
  "12/03/1987",
  "12th March 1987",
  "ME16 9QQ",
  "ME16",
  "SW1A 1AA",
  "07700 900123",
  "+44 7700 900123",
  "01622 729000",
  "someone@example.com",
  "@nhs_trust",
  "12 Acacia Avenue",
  "f u c k",
  "f.u.c.k",
  "fuck",
  "sh1t",
  "Scunthorpe",
  "cocktail",
  "Dick Whittington",
  "kill",
  "bomb",
  "the Trust",
  "management",
  "views my own",
  "door code",
  "1984#",
  "password",
  "journalist",
  "BBC",
  "logo",
  "Speak Up",
  "whistleblow",
  "rota",
  "pregnant",
  "drunk",
  "stealing",
  "everyone knows",
  "send me",
  "click here",
  "http://x.co/a",
  "I'm his daughter",
  "ｆｕｃｋ",
  "fսck",
  "𝐟𝐮𝐜𝐤",
  "n.i.g.g.e.r",
  "ﬁ",
  "é",
  "e\u0301",
  "\u200b",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u202e",
  "\u0000",
  "\u001b[31m",
  "\r\n",
  "\t",
  "😷",
  "👩🏽‍⚕️",
  "🏳️‍🌈",
  "\ud83d",
  "\ude37",
  "İ",
  "ß",
  "ﬀ",
  "Ⅻ",
  "①",
];
const SEPARATORS = [" ", "", "\n", ". ", ", ", "\u200b", "-", "  ", "!"];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .map((n) => (n >= 0xd800 && n <= 0xdfff ? String.fromCharCode(n) : String.fromCodePoint(n)));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9 ]{1,14}$/) },
);
const post = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));
const text = fc.oneof(
  { weight: 4, arbitrary: post },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 200 }) },
);
const input: fc.Arbitrary<CheckInput> = fc.record(
  {
    text,
    profile: fc.oneof(
      post,
      fc.constantFrom(
        "Staff nurse at Maidstone Hospital",
        "Official account of the Trust",
        "Views my own",
      ),
    ),
    direction: fc.constantFrom("outbound" as const, "inbound" as const),
  },
  { requiredKeys: ["text"] },
);

function assertWellFormed(input: CheckInput, result: CheckResult): void {
  const { text } = input;
  expect(["pass", "advise", "warn", "block"]).toContain(result.verdict);
  expect(typeof result.redacted).toBe("string");
  let highest = 0;
  for (const f of result.findings) {
    highest = Math.max(highest, SEVERITY_RANK[f.severity]);
    expect(typeof f.ruleId).toBe("string");
    expect(f.clauses.length).toBeGreaterThan(0);
    expect((f.start === undefined) === (f.end === undefined)).toBe(true);
    if (f.start !== undefined && f.end !== undefined) {
      expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
    }
    if (f.fix) {
      expect(f.fix.start).toBeGreaterThanOrEqual(0);
      expect(f.fix.end).toBeGreaterThanOrEqual(f.fix.start);
      expect(f.fix.end).toBeLessThanOrEqual(text.length);
    }
  }
  expect(result.verdict).toBe((["pass", "advise", "warn", "block"] as const)[highest]);
}

describe("check on arbitrary input", () => {
  it("never throws, and every finding's offsets point at its excerpt in the original text", () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = check(i);
        assertWellFormed(i, result);
        // Applying the fixes never throws either, and yields a string.
        expect(typeof applyFixes(i.text, result.findings).output).toBe("string");
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it("is deterministic: the same post gives the same result", () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(check(i)).toEqual(check(i));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("survives inputs that are not what the types say", () => {
    const odd = [
      { text: undefined },
      { text: null },
      { text: 42 },
      { text: "x", profile: 7 },
      { text: "x", direction: "up" },
      {},
    ];
    for (const i of odd) expect(() => check(i as unknown as CheckInput)).not.toThrow();
  });
});

describe("normalised views on arbitrary input", () => {
  it("map every range back inside the original text", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const n = normalise(t);
        for (const view of [n.base, n.words, n.digits]) {
          expect(view.original).toBe(t);
          const len = view.text.length;
          const ranges: [number, number][] = [
            [0, len],
            [0, 0],
            [len, len],
          ];
          if (len > 0) {
            const s = a % (len + 1);
            const e = s + (b % (len - s + 1));
            ranges.push([s, e]);
          }
          for (const [s, e] of ranges) {
            const o = view.toOriginal(s, e);
            expect(Number.isInteger(o.start) && Number.isInteger(o.end)).toBe(true);
            expect(o.start).toBeGreaterThanOrEqual(0);
            expect(o.end).toBeGreaterThanOrEqual(o.start);
            expect(o.end).toBeLessThanOrEqual(t.length);
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe("numbers read aloud", () => {
  // "oh seven seven double oh, nine double one": each digit of the digits view maps back to
  // exactly the words it was read from ("double oh" for both zeros), whatever the case and gaps.
  const DIGIT_WORDS = [
    "zero",
    "oh",
    "nought",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
  ];
  const DIGIT_OF = [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const unit = fc.record({
    times: fc.constantFrom(1, 1, 2, 3),
    word: fc.nat({ max: DIGIT_WORDS.length - 1 }),
    upper: fc.boolean(),
    joiner: fc.constantFrom(" ", "-", "  "),
  });
  const spoken = fc.record({
    prefix: fc.constantFrom("", "ring ", "his mobile is ", "call: ", "no. "),
    units: fc.array(unit, { minLength: 3, maxLength: 14 }),
    gaps: fc.array(fc.constantFrom(" ", ", ", "-", "  ", ",", " - "), {
      minLength: 14,
      maxLength: 14,
    }),
    suffix: fc.constantFrom("", " thanks", ".", " x", "!"),
  });

  it("map every digit back to the words it was read from", () => {
    fc.assert(
      fc.property(spoken, ({ prefix, units, gaps, suffix }) => {
        let t = prefix;
        const spans: { start: number; end: number; digit: string; times: number }[] = [];
        units.forEach((u, k) => {
          if (k > 0) t += gaps[k - 1];
          const start = t.length;
          if (u.times > 1) t += (u.times === 2 ? "double" : "triple") + u.joiner;
          t += DIGIT_WORDS[u.word];
          if (u.upper) t = t.slice(0, start) + t.slice(start).toUpperCase();
          spans.push({ start, end: t.length, digit: String(DIGIT_OF[u.word]), times: u.times });
        });
        t += suffix;
        const view = normalise(t).digits;
        expect(view.text.startsWith(prefix)).toBe(true);
        let at = prefix.length;
        for (const span of spans) {
          while (view.text[at] === " ") at++;
          for (let k = 0; k < span.times; k++, at++) {
            expect(view.text[at]).toBe(span.digit);
            expect(view.toOriginal(at, at + 1)).toEqual({ start: span.start, end: span.end });
          }
        }
        expect(view.text.slice(at)).toBe(suffix);
        const all = view.toOriginal(prefix.length, at);
        expect(all).toEqual({ start: spans[0].start, end: spans[spans.length - 1].end });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("hashtags read as words", () => {
  // "#bed2" is "#bed 2" in the base view: only spaces are added, every other unit maps back to
  // itself, and an added space to the empty range at the boundary it marks.
  const tag = fc
    .array(
      fc.constantFrom("bed", "Bay", "ward", "a", "x", "today", "1", "2", "12", "100", "3", "_"),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map((parts) => "#" + parts.join(""));
  const tags = fc
    .array(fc.tuple(tag, fc.constantFrom(" ", "", "!", "\n", "#", ", ", "x")), { maxLength: 8 })
    .map((parts) => parts.map(([t, s]) => t + s).join(""));

  it("only add spaces, and map every other unit back to itself", () => {
    fc.assert(
      fc.property(tags, (t) => {
        const base = normalise(t).base;
        let o = 0;
        for (let k = 0; k < base.text.length; k++) {
          const r = base.toOriginal(k, k + 1);
          if (base.text[k] === " " && t[o] !== " ") {
            expect(r).toEqual({ start: o, end: o });
            continue;
          }
          expect(r).toEqual({ start: o, end: o + 1 });
          expect(base.text[k]).toBe(t[o]);
          o++;
        }
        expect(o).toBe(t.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("very long input", () => {
  // Each 1 MB post is checked in a worker (the engine bundled with esbuild), so a regular
  // expression that backtracks catastrophically shows up as a failure naming the input instead
  // of a test run that never ends. A linear engine takes well under a second per case; the
  // watchdog is generous so that a slow machine never trips it.
  const WATCHDOG_MS = 90_000;
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: [string, string][] = [
    [
      "random words and numbers",
      fill("Mrs Hughes in bed 4, NHS 943 476 5919, ME16 9QQ, f u c k the Trust. 😷 "),
    ],
    ["one long word", fill("a")],
    ["spaced letters", fill("f u c k ")],
    ["digits", fill("1234567890")],
    ["spaced digits", fill("1 ")],
    ["at signs", fill("@")],
    ["zero-width and combining marks", fill("e\u0301\u200b")],
    ["lone surrogates", fill("\ud83d")],
  ];
  let bundle: string;
  beforeAll(async () => {
    const dir = join(import.meta.dirname, "../../node_modules/.cache/postguard-engine-test");
    mkdirSync(dir, { recursive: true });
    bundle = join(dir, "engine.mjs");
    await build({
      entryPoints: [join(import.meta.dirname, "../../src/engine/index.ts")],
      outfile: bundle,
      bundle: true,
      format: "esm",
      platform: "node",
      logLevel: "silent",
    });
  });

  it.each(cases)(
    "a 1 MB post of %s does not throw",
    async (name, t) => {
      expect(t.length).toBe(MB);
      const worker = new Worker(new URL("./long-input-worker.mjs", import.meta.url), {
        workerData: { bundle: pathToFileURL(bundle).href, text: t },
      });
      let timer: NodeJS.Timeout | undefined;
      type Outcome = { ok: boolean; result?: CheckResult; error?: string };
      const outcome: Outcome = await Promise.race([
        new Promise<Outcome>((resolve, reject) => {
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
        new Promise<Outcome>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                ok: false,
                error: `still running after ${WATCHDOG_MS / 1000} s on 1 MB of ${name}: a regular expression or loop is super-linear on this input`,
              }),
            WATCHDOG_MS,
          );
        }),
      ]);
      clearTimeout(timer);
      await worker.terminate();
      expect(outcome.error).toBeUndefined();
      assertWellFormed({ text: t }, outcome.result!);
    },
    120_000,
  );
});
