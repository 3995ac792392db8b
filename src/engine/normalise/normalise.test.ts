import { describe, expect, it } from "vitest";
import { CANDIDATES, candidateAt, foldCodePoint, foldCompatibility } from "./compatibility.js";
import { BLOCKS, foldConfusables, PAIRS } from "./confusables.js";
import { digitWordsToDigits, joinSpacedDigits, lookalikeDigits } from "./digits.js";
import { splitHashtags } from "./hashtags.js";
import { normalise } from "./index.js";
import { INVISIBLE, invisibleAt, removeInvisible } from "./invisible.js";
import { foldLeetspeak, leetChanges, letterFor, TOKEN } from "./leetspeak.js";
import { joinSpacedLetters } from "./spaced-letters.js";
import { identityView, mapCodePoints, rewriteMatches, type TextView } from "./text-view.js";

const view = (s: string) => identityView(s);

/** Where a word found in the view sits in the original text. */
function locate(v: TextView, word: string): string {
  const at = v.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  const { start, end } = v.toOriginal(at, at + word.length);
  return v.original.slice(start, end);
}

/** The original words unit `k` of the view stands for. */
function locate1(v: TextView, k: number): string {
  const { start, end } = v.toOriginal(k, k + 1);
  return v.original.slice(start, end);
}

describe("normalise steps", () => {
  it("removes zero-width and control characters", () => {
    const v = removeInvisible(view("f\u200Bu\u00ADc\u2060k\u0007!"));
    expect(v.text).toBe("fuck!");
    expect(locate(v, "fuck")).toBe("f\u200Bu\u00ADc\u2060k");
  });

  it("folds full-width, mathematical letters and accents", () => {
    expect(foldCompatibility(view("ｆｕｃｋ")).text).toBe("fuck");
    expect(foldCompatibility(view("𝐟𝐮𝐜𝐤")).text).toBe("fuck");
    expect(foldCompatibility(view("fück")).text).toBe("fuck");
    const v = foldCompatibility(view("say 𝐟𝐮𝐜𝐤 now"));
    expect(locate(v, "fuck")).toBe("𝐟𝐮𝐜𝐤");
  });

  it("folds Cyrillic and Greek look-alikes", () => {
    expect(foldConfusables(view("Сunt")).text).toBe("Cunt");
    expect(foldConfusables(view("ηigger")).text).toBe("nigger");
  });

  it("folds leetspeak inside words only", () => {
    expect(foldLeetspeak(view("sh1t n1gg3r @ss $hit")).text).toBe("shit nigger ass shit");
    expect(foldLeetspeak(view("bed 4 at 1984# costs $50, shit!")).text).toBe(
      "bed 4 at 1984# costs $50, shit!",
    );
  });

  it("joins spaced and dotted letters", () => {
    const v = joinSpacedLetters(view("oh f u c k, n.i.g.g.e.r and F-U-C-K"));
    expect(v.text).toBe("oh fuck, nigger and FUCK");
    expect(locate(v, "nigger")).toBe("n.i.g.g.e.r");
    expect(joinSpacedLetters(view("I am a nurse")).text).toBe("I am a nurse");
  });

  it("joins spaced digits and digits written as words", () => {
    const spaced = joinSpacedDigits(view("NHS 9 4 3  4 7 6  5 9 1 9 ok"));
    expect(spaced.text).toBe("NHS 9434765919 ok");
    expect(locate(spaced, "9434765919")).toBe("9 4 3  4 7 6  5 9 1 9");
    const words = digitWordsToDigits(view("nine four three four seven six five nine one nine"));
    expect(words.text).toBe("9434765919");
    expect(digitWordsToDigits(view("one of the two nurses")).text).toBe("one of the two nurses");
  });

  it("reads look-alike letters inside a long number as digits, and nowhere else", () => {
    const v = lookalikeDigits(view("hosp no k44O9217 and NHS 943 476 59l9."));
    expect(v.text).toBe("hosp no k4409217 and NHS 943 476 5919.");
    expect(locate(v, "4409217")).toBe("44O9217");
    expect(locate(v, "943 476 5919")).toBe("943 476 59l9");
    for (const kept of ["meet at 10 O'clock", "Ward 1O, bed 4", "B2O", "2O24 was long", "1l1 l1"])
      expect(lookalikeDigits(view(kept)).text).toBe(kept);
  });

  it("finds number words in a row in any case and spacing, and no others", () => {
    const cases: [string, string][] = [
      ["call ONE Two, three-four now", "call 12 34 now"],
      ["zero, oh  nought", "0 0 0"],
      ["two-one-nine", "219"],
      ["one two threes", "one two threes"],
      ["one_two three four", "one_two three four"],
      ["one two 3 four five", "one two 3 four five"],
      ["x1 one two", "x1 one two"],
      ["onetwo three four five", "onetwo 345"],
      ["eight nine ten seven", "eight nine ten seven"],
      ["Nought.nine.six", "Nought.nine.six"],
      // Said aloud: "double"/"triple" before a word repeat it, and stay one unit of the run.
      ["oh seven seven double oh, nine double one, four oh two", "07700 911 402"],
      ["Triple-nine two, DOUBLE eight", "9992 88"],
      ["double oh seven", "double oh seven"],
      ["double one two", "double one two"],
      ["a double espresso, one two three", "a double espresso, 123"],
      ["doubled one two three", "doubled 123"],
      ["redouble one two three", "redouble 123"],
      ["double double one two", "double double one two"],
      ["double, one two three", "double, 123"],
      ["triple one", "triple one"],
    ];
    for (const [input, output] of cases) expect(digitWordsToDigits(view(input)).text).toBe(output);
  });

  it("maps each digit of a repeated word back to the words said", () => {
    const v = digitWordsToDigits(view("ring oh seven seven double oh, nine triple one now"));
    expect(v.text).toBe("ring 07700 9111 now");
    // "00" both stand for "double oh"; the number as a whole for the words from "oh" to "one".
    const at = v.text.indexOf("00");
    for (const k of [at, at + 1]) expect(locate1(v, k)).toBe("double oh");
    expect(locate(v, "07700 9111")).toBe("oh seven seven double oh, nine triple one");
    expect(locate(v, "111")).toBe("triple one");
    expect(locate(v, "now")).toBe("now");
  });
});

describe("hashtags read as words", () => {
  it("put a space where a word meets a number in a tag", () => {
    const cases: [string, string][] = [
      ["#ward12 #bay3 #bed2 #100today", "#ward 12 #bay 3 #bed 2 #100 today"],
      ["#Bay3Bed2 and #aged100", "#Bay 3 Bed 2 and #aged 100"],
      ["#COVID19 #NHS75", "#COVID 19 #NHS 75"],
      // Names with one letter, leetspeak, plain words and numbers, and no tag at all: unchanged.
      ["#F1 #A4 #M25 #n1gg3r #sh1t #h4x0r #b00bs", "#F1 #A4 #M25 #n1gg3r #sh1t #h4x0r #b00bs"],
      ["#teamwork #999 #bed_2 ward#2 bed2 #", "#teamwork #999 #bed_2 ward#2 bed2 #"],
    ];
    for (const [input, output] of cases) expect(splitHashtags(view(input)).text).toBe(output);
  });

  it("put a space either side of a title run into a name, and nowhere else in camel case", () => {
    const cases: [string, string][] = [
      ["#RIPMrB #MrsK #GoodbyeMissJ", "#RIP Mr B #Mrs K #Goodbye Miss J"],
      ["#Bay3MrsK", "#Bay 3 Mrs K"],
      // Other camel case is read whole by the rules that know those tags.
      [
        "#SafeStaffing #ProudToBeUHL #NHSlife #Mrs #Mr",
        "#SafeStaffing #ProudToBeUHL #NHSlife #Mrs #Mr",
      ],
    ];
    for (const [input, output] of cases) expect(splitHashtags(view(input)).text).toBe(output);
  });

  it("map back to the tag as written", () => {
    const v = splitHashtags(view("so proud #bay3 #bed2!"));
    expect(locate(v, "bay 3")).toBe("bay3");
    expect(locate(v, "#bed 2")).toBe("#bed2");
    expect(locate(v, "2!")).toBe("2!");
    // The space itself stands for no characters, at the boundary it marks.
    const space = v.text.indexOf("bay ") + 3;
    expect(v.toOriginal(space, space + 1)).toEqual({ start: 13, end: 13 });
  });

  it("are in the base and digits views, not the words view", () => {
    const n = normalise("#bed2 #sl4g");
    expect(n.base.text).toBe("#bed 2 #sl4g");
    expect(n.digits.text).toBe("#bed 2 #sl4g");
    expect(n.words.text).toBe("#bed2 #slag");
  });
});

describe("normalise", () => {
  it("keeps plain ASCII as it is in the base view", () => {
    const n = normalise("Bed 4, Mrs Hughes.");
    expect(n.base.text).toBe("Bed 4, Mrs Hughes.");
  });

  it("maps words-view matches back through every step", () => {
    const text = "What the 𝐟 u c k\u200B is this";
    const n = normalise(text);
    expect(n.words.text).toContain("fuck");
    expect(locate(n.words, "fuck")).toBe("𝐟 u c k");
  });
});

// The steps scan with loops over UTF-16 units for speed; their sets are defined by the regular
// expressions next to them. These tests hold the two to the same answer, unit by unit.
describe("the loops match the expressions they stand for", () => {
  const units: string[] = [];
  for (let c = 0; c < 0x10000; c++) units.push(String.fromCharCode(c));
  // Every supplementary block the sets touch, with its edges, and a few emoji.
  for (const cp of [
    0x1d3ff, 0x1d400, 0x1d7ff, 0x1d800, 0x1f0ff, 0x1f100, 0x1f1ff, 0x1f200, 0x1f600, 0xdffff,
    0xe0000, 0xe007f, 0xe0080, 0xe00ff, 0xe0100, 0xe01ef, 0xe01f0,
  ])
    units.push(String.fromCodePoint(cp));

  const regexAnswer = (re: RegExp, s: string) => {
    const sticky = new RegExp(re.source.replace(/\]\+$/, "]"), "uy");
    sticky.lastIndex = 0;
    const m = sticky.exec(s);
    return m ? m[0].length : 0;
  };

  it("invisibleAt is INVISIBLE", () => {
    const bad = units.filter((u) => invisibleAt(u + "x", 0) !== regexAnswer(INVISIBLE, u + "x"));
    expect(bad.map((u) => u.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it("candidateAt is the compatibility CANDIDATES", () => {
    const bad = units.filter((u) => candidateAt(u + "x", 0) !== regexAnswer(CANDIDATES, u + "x"));
    expect(bad.map((u) => u.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it("the steps give what the expressions give, offsets included", () => {
    // Reference implementations with the expressions, as the steps were first written.
    const refInvisible = (v: TextView) => rewriteMatches(v, INVISIBLE, () => {});
    const refCompat = (v: TextView) => mapCodePoints(v, CANDIDATES, foldCodePoint);
    const confusable = new RegExp(`[${Object.keys(PAIRS).join("")}]`, "gu");
    const refConfusables = (v: TextView) =>
      BLOCKS.test(v.text) ? mapCodePoints(v, confusable, (ch) => PAIRS[ch] ?? ch) : v;
    const refLeet = (v: TextView) =>
      /[0-9@$!|€¡]/.test(v.text)
        ? rewriteMatches(
            v,
            TOKEN,
            (m, out) => {
              for (let j = 0; j < m[0].length; j++) {
                const sub = letterFor(m[0], j);
                if (sub) out.push(sub, m.index + j, m.index + j + 1);
                else out.copy(m.index + j, m.index + j + 1);
              }
            },
            (m) => leetChanges(m[0]),
          )
        : v;
    const steps: [(v: TextView) => TextView, (v: TextView) => TextView][] = [
      [removeInvisible, refInvisible],
      [foldCompatibility, refCompat],
      [foldConfusables, refConfusables],
      [foldLeetspeak, refLeet],
    ];
    const alphabet = [
      "a",
      "b",
      "s",
      "h",
      "i",
      "t",
      " ",
      "1",
      "3",
      "0",
      "@",
      "$",
      "!",
      "|",
      "€",
      "¡",
      "\u200b",
      "\ufe0f",
      "é",
      "ｆ",
      "𝐟",
      "😀",
      "\ud83d",
      "\ude00",
      "\udb40",
      "\udc01",
      "\udd00",
      "Ø",
      "а",
      "ß",
      "İ",
      ".",
      "-",
      "'",
      "\n",
      "\u0301",
      "7",
      "x",
    ];
    let seed = 20240611;
    const rand = () =>
      ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
    const sample = (v: TextView) =>
      [...Array(v.text.length).keys()].map((i) => v.toOriginal(i, i + 1));
    for (let k = 0; k < 1500; k++) {
      let s = "";
      const len = 1 + Math.floor(rand() * 24);
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      for (const [step, ref] of steps) {
        // Through a mapped view too, so composed offsets are compared.
        for (const v of [view(s), removeInvisible(view("\u200b" + s))]) {
          const a = step(v);
          const b = ref(v);
          expect(a.text).toBe(b.text);
          expect(sample(a)).toEqual(sample(b));
        }
      }
    }
  });
});
