// Letters written apart to dodge a filter ("f u c k", "n.i.g.g.e.r", "F.U.C.K.", "s-h-i-t")
// are joined into one word. A run needs at least three single letters, so "a b" stays as it is.
import { keepWithinMatches, type TextView } from "./text-view.js";

// ASCII letters only: the base view has already folded look-alikes and accents to ASCII, and an
// ASCII class keeps this scan (run on every post) fast.
const RUN = /(?<![A-Za-z0-9])[A-Za-z](?:[ .\-_*/] ?[A-Za-z](?![A-Za-z0-9])){2,}/g;
const LETTER = /[A-Za-z]/;

export function joinSpacedLetters(view: TextView): TextView {
  return keepWithinMatches(view, RUN, (ch) => LETTER.test(ch));
}
