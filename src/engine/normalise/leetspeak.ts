// Digits and symbols standing in for letters inside a word ("sh1t", "n1gg3r", "@ss", "$hit")
// become letters. Only inside words that also hold real letters, so "bed 4", "1984#" and "£5"
// are untouched.
import { rewriteMatches, type TextView } from "./text-view.js";

const LEET: Record<string, string> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
  "@": "a", $: "s", "!": "i", "|": "i", "€": "e", "¡": "i",
};

// A token of letters and leet characters, at least three long, that holds both a letter and a
// leet character. Starts only at a token boundary, so each token is scanned a bounded number of times.
const TOKEN =
  /(?<![a-z0-9@$!|€¡])(?=[a-z0-9@$!|€¡]*[a-z])(?=[a-z]*[0-9@$!|€¡])[a-z0-9@$!|€¡]{3,}/gi;
const HAS_LEET = /[0-9@$!|€¡]/;

export function foldLeetspeak(view: TextView): TextView {
  if (!HAS_LEET.test(view.text)) return view;
  return rewriteMatches(view, TOKEN, (m, out) => {
    const token = m[0];
    const last = token.length - 1;
    for (let j = 0; j < token.length; j++) {
      const ch = token[j];
      let sub: string | undefined = LEET[ch];
      // "!" and "|" at either end of a word are punctuation ("shit!"), "$" before a digit is money.
      if (sub && (ch === "!" || ch === "|" || ch === "¡") && (j === 0 || j === last)) sub = undefined;
      if (sub && ch === "$" && /[0-9]/.test(token[j + 1] ?? "")) sub = undefined;
      // Two digits side by side are a number ("2nd", "RXH1234567"), not leetspeak.
      if (sub && /[0-9]/.test(ch) && (/[0-9]/.test(token[j - 1] ?? "") || /[0-9]/.test(token[j + 1] ?? ""))) sub = undefined;
      if (sub) out.push(sub, m.index + j, m.index + j + 1);
      else out.copy(m.index + j, m.index + j + 1);
    }
  });
}
