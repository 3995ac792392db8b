// Letters written apart to dodge a filter ("f u c k", "n.i.g.g.e.r", "F.U.C.K.", "s-h-i-t")
// are joined into one word. A run needs at least three single letters, so "a b" stays as it is.
import { keepWithinMatches, type TextView } from "./text-view.js";

const RUN = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*/] ?\p{L}(?![\p{L}\p{N}])){2,}/gu;
const LETTER = /\p{L}/u;

export function joinSpacedLetters(view: TextView): TextView {
  return keepWithinMatches(view, RUN, (ch) => LETTER.test(ch));
}
