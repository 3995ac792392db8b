// NFKC-style folding one code point at a time: full-width "ｆｕｃｋ", mathematical "𝐟𝐮𝐜𝐤",
// ligatures and circled letters become plain letters, and accents are dropped ("fück" → "fuck").
// Per code point (NFKD, then marks removed) rather than whole-string NFKC so each output unit
// keeps its own original offset.
import { mapCodePoints, type TextView } from "./text-view.js";

// Non-ASCII letters, numbers, marks and symbols; emoji and CJK punctuation pass untouched
// through the transform, but are cheap enough to visit.
const NON_ASCII = /[^\x00-\x7f]/gu;
const MARKS = /\p{M}/gu;

export function foldCompatibility(view: TextView): TextView {
  return mapCodePoints(view, NON_ASCII, (ch) => {
    const folded = ch.normalize("NFKD").replace(MARKS, "");
    // A lone combining mark folds to nothing: drop it. Anything else that folds to nothing stays.
    if (folded.length === 0) return /^\p{M}$/u.test(ch) ? "" : ch;
    return folded;
  });
}
