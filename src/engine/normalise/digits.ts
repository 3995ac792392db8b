// Numbers written to slip past a pattern: digits as words ("nine four three ...") become digits,
// and single digits written apart ("9 4 3  4 7 6  5 9 1 9", "9.4.3.4") are joined.
import { ViewBuilder, type TextView } from "./text-view.js";

const WORDS: Record<string, string> = {
  zero: "0", oh: "0", nought: "0", one: "1", two: "2", three: "3", four: "4", five: "5",
  six: "6", seven: "7", eight: "8", nine: "9",
};

// Three or more number words in a row ("one two three"), so a lone "one" in prose is left alone.
const WORD_RUN =
  /\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)(?:[\s,\-]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)){2,}\b/gi;
const WORD = /zero|oh|nought|one|two|three|four|five|six|seven|eight|nine/gi;

export function digitWordsToDigits(view: TextView): TextView {
  const { text } = view;
  if (!/(?:zero|one|two|three|four|five|six|seven|eight|nine)/i.test(text)) return view;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    // "oh" alone at the start of a run is an exclamation, not a zero; runs need a real digit word.
    builder ??= new ViewBuilder(view);
    for (let j = copied; j < m.index; j++) builder.push(text[j], j, j + 1);
    WORD.lastIndex = 0;
    let prevEnd = m.index;
    for (let w = WORD.exec(m[0]); w; w = WORD.exec(m[0])) {
      const ws = m.index + w.index;
      const between = text.slice(prevEnd, ws);
      // Keep a space between words that had a gap, so grouping ("943 476") survives.
      if (prevEnd !== m.index && /\s{2,}|,/.test(between)) builder.push(" ", prevEnd, ws);
      builder.push(WORDS[w[0].toLowerCase()], ws, ws + w[0].length);
      prevEnd = ws + w[0].length;
    }
    copied = m.index + m[0].length;
  }
  if (!builder) return view;
  for (let j = copied; j < text.length; j++) builder.push(text[j], j, j + 1);
  return builder.build();
}

const SPACED = /(?<![\d])\d(?:(?: {1,3}|[.\-]| ?- ?)\d(?!\d)){3,}/g;

export function joinSpacedDigits(view: TextView): TextView {
  const { text } = view;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    builder ??= new ViewBuilder(view);
    for (let j = copied; j < m.index; j++) builder.push(text[j], j, j + 1);
    for (let j = 0; j < m[0].length; j++) {
      const c = m[0][j];
      if (c >= "0" && c <= "9") builder.push(c, m.index + j, m.index + j + 1);
    }
    copied = m.index + m[0].length;
  }
  if (!builder) return view;
  for (let j = copied; j < text.length; j++) builder.push(text[j], j, j + 1);
  return builder.build();
}
