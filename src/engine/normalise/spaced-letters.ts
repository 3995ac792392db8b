// Letters written apart to dodge a filter ("f u c k", "n.i.g.g.e.r", "F.U.C.K.", "s-h-i-t")
// are joined into one word. A run needs at least three single letters with the same separator,
// so "a b" or "I, a nurse" stay as they are.
import { ViewBuilder, type TextView } from "./text-view.js";

const RUN = /(?<![\p{L}\p{N}])\p{L}(?:([ .\-_*/]) ?\p{L}(?![\p{L}\p{N}])){2,}/gu;

export function joinSpacedLetters(view: TextView): TextView {
  const { text } = view;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    // Single letters separated by spaces that are real words ("I a") are rare in runs of 3+,
    // but "a I a" style noise is possible; require the joined word to be at least 3 letters.
    builder ??= new ViewBuilder(view);
    for (let j = copied; j < m.index; j++) builder.push(text[j], j, j + 1);
    for (let j = 0; j < run.length; j++) {
      const c = run[j];
      if (/\p{L}/u.test(c)) builder.push(c, m.index + j, m.index + j + 1);
    }
    copied = m.index + run.length;
  }
  if (!builder) return view;
  for (let j = copied; j < text.length; j++) builder.push(text[j], j, j + 1);
  return builder.build();
}
