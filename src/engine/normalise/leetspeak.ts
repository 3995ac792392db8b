// Digits and symbols standing in for letters inside a word ("sh1t", "n1gg3r", "@ss", "$hit")
// become letters. Only inside words that also hold real letters, so "bed 4", "1984#" and "£5"
// are untouched.
import { rewriteMatches, type TextView } from "./text-view.js";

const LEET: Record<string, string> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
  "@": "a", $: "s", "!": "i", "|": "i", "€": "e", "¡": "i",
};

// A token of letters and leet characters, at least three long, holding a letter and a leet character.
const TOKEN = /[a-z0-9@$!|€¡]*[a-z][a-z0-9@$!|€¡]*/gi;
const HAS_LEET = /[0-9@$!|€¡]/;

export function foldLeetspeak(view: TextView): TextView {
  if (!HAS_LEET.test(view.text)) return view;
  return rewriteMatches(view, TOKEN, (m, out) => {
    const token = m[0];
    const last = token.length - 1;
    for (let j = 0; j < token.length; j++) {
      const ch = token[j];
      let sub = token.length >= 3 ? LEET[ch] : undefined;
      // "!" and "|" at either end of a word are punctuation ("shit!"), "$" before a digit is money.
      if (sub && (ch === "!" || ch === "|" || ch === "¡") && (j === 0 || j === last)) sub = undefined;
      if (sub && ch === "$" && /[0-9]/.test(token[j + 1] ?? "")) sub = undefined;
      // A run of digits inside a token is a number ("2nd", "A&E4"), not leetspeak, unless letters surround it.
      if (sub && /[0-9]/.test(ch) && /[0-9]/.test(token[j - 1] ?? "") && /[0-9]/.test(token[j + 1] ?? "")) sub = undefined;
      out.push(sub ?? ch, m.index + j, m.index + j + 1);
    }
  });
}
