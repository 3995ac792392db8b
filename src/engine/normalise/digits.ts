// Numbers written to slip past a pattern: digits as words ("nine four three ...") become digits,
// as they are read aloud too ("oh seven seven double oh" is 07700, "triple nine" 999), single
// digits written apart ("9 4 3  4 7 6  5 9 1 9", "9.4.3.4") are joined, and letters that look
// like digits inside a long number ("k44O9217", "943 476 59l9") become those digits.
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
// A word may be said twice or three times over ("double oh", "triple-seven"): one unit of the run.
const DIGIT_WORD = "(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)";
const UNIT = `(?:(?:double|triple)[\\s-]+)?${DIGIT_WORD}`;
const WORD_RUN = new RegExp(`\\b${UNIT}(?:[\\s,-]+${UNIT}){2,}\\b`, "gi");
const WORD = new RegExp(`(?:(double|triple)[\\s-]+)?(${DIGIT_WORD})`, "gi");

const NUMBER_WORDS = Object.keys(WORDS);
const REPEAT_WORDS = ["double", "triple"];
// \w: what the words of WORD_RUN are made of and cut off by.
const isWordUnit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether `text[start, end)` is one of the number words, in any case. */
function isNumberWord(text: string, start: number, end: number): boolean {
  const len = end - start;
  for (const w of NUMBER_WORDS) {
    if (w.length !== len) continue;
    let k = 0;
    // Only ASCII letters lower-case with | 32 onto a lower-case letter; digits and "_" never do.
    while (k < len && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** Whether the six units at `start` are "double" or "triple", in any case. */
function isRepeatWord(text: string, start: number): boolean {
  for (const w of REPEAT_WORDS) {
    let k = 0;
    while (k < 6 && (text.charCodeAt(start + k) | 32) === w.charCodeAt(k)) k++;
    if (k === 6) return true;
  }
  return false;
}

/**
 * Whether WORD_RUN can match: it needs three number words in a row, each a whole run of \w with
 * only spaces, commas and hyphens between ("double" and "triple" may stand before one and are
 * passed over). Three such runs with no other run between them is a
 * cheap test every match passes; most posts fail it, and the expression is not run.
 */
export function mayHaveWordRun(text: string): boolean {
  let streak = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordUnit(text.charCodeAt(i))) i++;
    if (i - start >= 2 && i - start <= 6 && isNumberWord(text, start, i)) {
      if (++streak === 3) return true;
    } else if (i - start !== 6 || !isRepeatWord(text, start)) streak = 0;
  }
  return false;
}

export function digitWordsToDigits(view: TextView): TextView {
  if (!mayHaveWordRun(view.text)) return view;
  return rewriteMatches(view, WORD_RUN, (m, out) => {
    WORD.lastIndex = 0;
    let prevEnd = m.index;
    for (let w = WORD.exec(m[0]); w; w = WORD.exec(m[0])) {
      const at = m.index + w.index;
      // Keep one space where the words had a wide gap or a comma, so grouping ("943 476") survives.
      if (prevEnd !== m.index && /\s{2,}|,/.test(view.text.slice(prevEnd, at)))
        out.push(" ", prevEnd, at);
      const digit = WORDS[w[2].toLowerCase()];
      // "double oh" is "00": every digit it stands for maps to the words as a whole.
      const times = w[1] === undefined ? 1 : (w[1].charCodeAt(0) | 32) === 100 ? 2 : 3;
      out.push(digit.repeat(times), at, at + w[0].length);
      prevEnd = at + w[0].length;
    }
  });
}

const SPACED = /(?<!\d)\d(?:(?: {1,3}|[.-]| ?- ?)\d(?!\d)){3,}/g;
const DIGIT = /\d/;

export function joinSpacedDigits(view: TextView): TextView {
  return keepWithinMatches(view, SPACED, (ch) => DIGIT.test(ch));
}

// A letter O or o (zero), or I or l (one), with a digit on each side, in a number (digits, such
// letters, single spaces or hyphens between groups) holding at least four digits: "k44O9217" is
// k4409217, "943 476 59l9" is 943 476 5919. "1O" or "B2O" stay.
const LOOKALIKE_RUN = /\d(?:\d|[OoIl](?=\d)|[ -](?=\d))*/g;
const LOOKALIKE_DIGITS: Record<string, string> = { O: "0", o: "0", I: "1", l: "1" };

/** Whether `text` holds a look-alike letter between two digits (most posts do not). */
export function mayHaveLookalike(text: string): boolean {
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== 79 && c !== 111 && c !== 73 && c !== 108) continue;
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i + 1);
    if (a >= 48 && a <= 57 && b >= 48 && b <= 57) return true;
  }
  return false;
}

export function lookalikeDigits(view: TextView): TextView {
  if (!mayHaveLookalike(view.text)) return view;
  return rewriteMatches(
    view,
    LOOKALIKE_RUN,
    (m, out) => {
      for (let j = 0; j < m[0].length; j++) {
        const ch = m[0][j];
        out.push(LOOKALIKE_DIGITS[ch] ?? ch, m.index + j, m.index + j + 1);
      }
    },
    (m) => /[OoIl]/.test(m[0]) && m[0].replace(/\D/g, "").length >= 4,
  );
}
