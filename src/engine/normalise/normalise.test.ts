import { describe, expect, it } from "vitest";
import { foldCompatibility } from "./compatibility.js";
import { foldConfusables } from "./confusables.js";
import { digitWordsToDigits, joinSpacedDigits } from "./digits.js";
import { normalise } from "./index.js";
import { removeInvisible } from "./invisible.js";
import { foldLeetspeak } from "./leetspeak.js";
import { joinSpacedLetters } from "./spaced-letters.js";
import { identityView, type TextView } from "./text-view.js";

const view = (s: string) => identityView(s);

/** Where a word found in the view sits in the original text. */
function locate(v: TextView, word: string): string {
  const at = v.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  const { start, end } = v.toOriginal(at, at + word.length);
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
