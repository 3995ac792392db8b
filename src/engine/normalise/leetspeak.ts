// Digits and symbols standing in for letters inside a word ("sh1t", "n1gg3r", "@ss", "$hit")
// become letters. Only inside words that also hold real letters, so "bed 4", "1984#" and "£5"
// are untouched.
import { rewriteMatches, type TextView } from "./text-view.js";

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
const TOKEN = /(?<![a-z0-9@$!|€¡])[a-z]*[0-9@$!|€¡][a-z0-9@$!|€¡]*/g;
const LETTER = /[a-z]/;
const HAS_LEET = /[0-9@$!|€¡]/;

/** The letter a leet character stands for at position j of token, or undefined if it is not leet there. */
function letterFor(token: string, j: number): string | undefined {
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

export function foldLeetspeak(view: TextView): TextView {
  if (!HAS_LEET.test(view.text)) return view;
  return rewriteMatches(
    view,
    TOKEN,
    (m, out) => {
      const token = m[0];
      for (let j = 0; j < token.length; j++) {
        const sub = letterFor(token, j);
        if (sub) out.push(sub, m.index + j, m.index + j + 1);
        else out.copy(m.index + j, m.index + j + 1);
      }
    },
    (m) => {
      // Leetspeak needs a word: three characters or more, with at least one real letter.
      if (m[0].length < 3 || !LETTER.test(m[0])) return false;
      for (let j = 0; j < m[0].length; j++) if (letterFor(m[0], j)) return true;
      return false;
    },
  );
}
