// NFKC-style folding one code point at a time: full-width "ｆｕｃｋ", mathematical "𝐟𝐮𝐜𝐤",
// ligatures and circled letters become plain letters, and accents are dropped ("fück" → "fuck").
// Per code point (NFKD, then marks removed) rather than whole-string NFKC so each output unit
// keeps its own original offset.
import { mapCodePoints, type TextView } from "./text-view.js";

// The blocks whose characters NFKD can change: Latin-1 and Latin extensions, combining marks,
// Greek, Cyrillic, phonetic and Latin-extended-additional letters, punctuation, super- and
// subscripts, letterlike symbols, enclosed alphanumerics, full-width forms, ligatures and the
// mathematical alphabets. Emoji are not visited, which keeps emoji-heavy posts cheap.
const CANDIDATES =
  /[\u00a0-\u052f\u1d00-\u1fff\u2000-\u24ff\u2c60-\u2c7f\u3000-\u303f\ua720-\ua7ff\ufb00-\ufb4f\ufe30-\ufe4f\uff00-\uffef]|[\u{1d400}-\u{1d7ff}\u{1f100}-\u{1f1ff}]/gu;
const MARKS = /\p{M}/gu;

export function foldCompatibility(view: TextView): TextView {
  return mapCodePoints(view, CANDIDATES, (ch) => {
    const folded = ch.normalize("NFKD").replace(MARKS, "");
    // A lone combining mark folds to nothing: drop it. Anything else that folds to nothing stays.
    if (folded.length === 0) return /^\p{M}$/u.test(ch) ? "" : ch;
    return folded;
  });
}
