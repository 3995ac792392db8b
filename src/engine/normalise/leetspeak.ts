// Digits and symbols standing in for letters inside a word ("sh1t", "n1gg3r", "@ss", "$hit")
// become letters. Only inside words that also hold real letters, so "bed 4", "1984#" and "£5"
// are untouched.
import { ViewBuilder, type TextView } from "./text-view.js";

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "i",
  "€": "e",
  "¡": "i",
};

// A token of letters and leet characters holding at least one leet character. Starts only at a
// token boundary, so each token is scanned a bounded number of times. The view is lower-case.
export const TOKEN = /(?<![a-z0-9@$!|€¡])[a-z]*[0-9@$!|€¡][a-z0-9@$!|€¡]*/g;
const LETTER = /[a-z]/;
const HAS_LEET = /[0-9@$!|€¡]/;

/** The letter a leet character stands for at position j of token, or undefined if it is not leet there. */
export function letterFor(token: string, j: number): string | undefined {
  const ch = token[j];
  const sub = LEET[ch];
  if (sub === undefined) return undefined;
  // "!" and "|" at either end of a word are punctuation ("shit!"), "$" before a digit is money.
  if ((ch === "!" || ch === "|" || ch === "¡") && (j === 0 || j === token.length - 1))
    return undefined;
  if (ch === "$" && isDigit(token[j + 1])) return undefined;
  // Two digits side by side are a number ("2nd", "RXH1234567"), not leetspeak.
  if (isDigit(ch) && (isDigit(token[j - 1]) || isDigit(token[j + 1]))) return undefined;
  return sub;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

// The token characters of TOKEN, and the leet ones among them (non-Unicode mode: UTF-16 units).
const isLeet = (c: number) =>
  (c >= 48 && c <= 57) ||
  c === 64 ||
  c === 36 ||
  c === 33 ||
  c === 124 ||
  c === 0x20ac ||
  c === 0xa1;
const LETTER_UNIT = 1;
const LEET_UNIT = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_CLASS[c] = c >= 97 && c <= 122 ? LETTER_UNIT : isLeet(c) ? LEET_UNIT : 0;
/** LETTER_UNIT for a-z, LEET_UNIT for a leet character, 0 for anything else (not in TOKEN). */
const unitClass = (c: number) => (c < 128 ? ASCII_CLASS[c] : isLeet(c) ? LEET_UNIT : 0);

// LEET by UTF-16 unit: the letter's code, 0 for none.
const LEET_CODES = new Map<number, number>();
for (const [from, to] of Object.entries(LEET)) LEET_CODES.set(from.charCodeAt(0), to.charCodeAt(0));
const ASCII_LEET = new Int32Array(128);
for (const [from, to] of LEET_CODES) if (from < 128) ASCII_LEET[from] = to;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * `letterFor` over units: the code of the letter the unit at `p` stands for in the token
 * text[start, end), or 0 (no string is cut out; the same answers, checked in normalise.test.ts).
 */
function leetCodeAt(text: string, start: number, end: number, p: number): number {
  const c = text.charCodeAt(p);
  const sub = c < 128 ? ASCII_LEET[c] : (LEET_CODES.get(c) ?? 0);
  if (sub === 0) return 0;
  if ((c === 33 || c === 124 || c === 0xa1) && (p === start || p === end - 1)) return 0;
  if (c === 36 && p + 1 < end && isDigitCode(text.charCodeAt(p + 1))) return 0;
  if (
    isDigitCode(c) &&
    ((p > start && isDigitCode(text.charCodeAt(p - 1))) ||
      (p + 1 < end && isDigitCode(text.charCodeAt(p + 1))))
  )
    return 0;
  return sub;
}

/** Whether a token (a match of TOKEN) would change: a word of three or more characters with a letter and a leet character. */
export function leetChanges(token: string): boolean {
  // Leetspeak needs a word: three characters or more, with at least one real letter.
  if (token.length < 3 || !LETTER.test(token)) return false;
  for (let j = 0; j < token.length; j++) if (letterFor(token, j)) return true;
  return false;
}

export function foldLeetspeak(view: TextView): TextView {
  if (!HAS_LEET.test(view.text)) return view;
  // The matches of TOKEN, found by a loop: TOKEN can only start where a run of token characters
  // starts, and matches that whole run exactly when the run holds a leet character.
  const text = view.text;
  const n = text.length;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (unitClass(text.charCodeAt(i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    // Which classes the run holds: LETTER_UNIT, LEET_UNIT or both.
    let held = 0;
    for (; i < n; i++) {
      const k = unitClass(text.charCodeAt(i));
      if (k === 0) break;
      held |= k;
    }
    const leet = (held & LEET_UNIT) !== 0;
    const letter = (held & LETTER_UNIT) !== 0;
    // Only a token of three or more with a letter and a leet character can change (leetChanges):
    // numbers ("4", "12:30" pieces, "2024") are ruled out here without cutting them out.
    if (!leet || !letter || i - start < 3) continue;
    let changes = false;
    for (let p = start; p < i && !changes; p++) changes = leetCodeAt(text, start, i, p) !== 0;
    if (!changes) continue;
    builder ??= new ViewBuilder(view);
    builder.copy(copied, start);
    for (let p = start; p < i; p++) {
      const sub = leetCodeAt(text, start, i, p);
      if (sub !== 0) builder.push(String.fromCharCode(sub), p, p + 1);
      else builder.copy(p, p + 1);
    }
    copied = i;
  }
  if (!builder) return view;
  builder.copy(copied, n);
  return builder.build();
}
