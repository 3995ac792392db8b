// NFKC-style folding one code point at a time: full-width "ｆｕｃｋ", mathematical "𝐟𝐮𝐜𝐤",
// ligatures and circled letters become plain letters, and accents are dropped ("fück" → "fuck").
// Per code point (NFKD, then marks removed) rather than whole-string NFKC so each output unit
// keeps its own original offset.
import { mapCodePoints, type TextView } from "./text-view.js";

const MARK = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;

export function foldCompatibility(view: TextView): TextView {
  return mapCodePoints(view, (ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch;
    if (IS_MARK.test(ch)) return "";
    const folded = ch.normalize("NFKD").replace(MARK, "");
    // Keep characters NFKD would turn into nothing or into spaces only when they were spaces.
    return folded.length === 0 ? ch : folded;
  });
}
