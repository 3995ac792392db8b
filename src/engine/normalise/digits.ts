// Numbers written to slip past a pattern: digits as words ("nine four three ...") become digits,
// and single digits written apart ("9 4 3  4 7 6  5 9 1 9", "9.4.3.4") are joined.
import { keepWithinMatches, rewriteMatches, type TextView } from "./text-view.js";

const WORDS: Record<string, string> = {
  zero: "0",
  oh: "0",
  nought: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

// Three or more number words in a row ("one two three"), so a lone "one" in prose is left alone.
const WORD_RUN =
  /\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)(?:[\s,-]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)){2,}\b/gi;
const WORD = /zero|oh|nought|one|two|three|four|five|six|seven|eight|nine/gi;

export function digitWordsToDigits(view: TextView): TextView {
  return rewriteMatches(view, WORD_RUN, (m, out) => {
    WORD.lastIndex = 0;
    let prevEnd = m.index;
    for (let w = WORD.exec(m[0]); w; w = WORD.exec(m[0])) {
      const at = m.index + w.index;
      // Keep one space where the words had a wide gap or a comma, so grouping ("943 476") survives.
      if (prevEnd !== m.index && /\s{2,}|,/.test(view.text.slice(prevEnd, at)))
        out.push(" ", prevEnd, at);
      out.push(WORDS[w[0].toLowerCase()], at, at + w[0].length);
      prevEnd = at + w[0].length;
    }
  });
}

const SPACED = /(?<!\d)\d(?:(?: {1,3}|[.-]| ?- ?)\d(?!\d)){3,}/g;
const DIGIT = /\d/;

export function joinSpacedDigits(view: TextView): TextView {
  return keepWithinMatches(view, SPACED, (ch) => DIGIT.test(ch));
}
