// NFKC-style folding one code point at a time: full-width "ｆｕｃｋ", mathematical "𝐟𝐮𝐜𝐤",
// ligatures and circled letters become plain letters, and accents are dropped ("fück" → "fuck").
// Per code point (NFKD, then marks removed) rather than whole-string NFKC so each output unit
// keeps its own original offset.
import { ViewBuilder, type TextView } from "./text-view.js";

// The blocks whose characters NFKD can change: Latin-1 and Latin extensions, combining marks,
// Greek, Cyrillic, phonetic and Latin-extended-additional letters, punctuation, super- and
// subscripts, letterlike symbols, enclosed alphanumerics, full-width forms, ligatures and the
// mathematical alphabets. Emoji are not visited, which keeps emoji-heavy posts cheap.
// The definition of the set; `candidateAt` below is the same set as a loop over UTF-16 units
// (checked against this expression in normalise.test.ts).
export const CANDIDATES =
  /[\u00a0-\u052f\u1d00-\u1fff\u2000-\u24ff\u2c60-\u2c7f\u3000-\u303f\ua720-\ua7ff\ufb00-\ufb4f\ufe30-\ufe4f\uff00-\uffef]|[\u{1d400}-\u{1d7ff}\u{1f100}-\u{1f1ff}]/gu;
const MARKS = /\p{M}/gu;

/** How many UTF-16 units of a candidate code point start at `i` (0 when it is not one). */
export function candidateAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xa0) return 0;
  if (c <= 0x52f) return 1;
  if (c < 0x1d00) return 0;
  if (c <= 0x24ff) return 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return 0;
    const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    return (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x1f100 && cp <= 0x1f1ff) ? 2 : 0;
  }
  return (c >= 0x2c60 && c <= 0x2c7f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xa720 && c <= 0xa7ff) ||
    (c >= 0xfb00 && c <= 0xfb4f) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
    ? 1
    : 0;
}

/** The fold of one candidate code point. */
export function foldCodePoint(ch: string): string {
  const folded = ch.normalize("NFKD").replace(MARKS, "");
  // A lone combining mark folds to nothing: drop it. Anything else that folds to nothing stays.
  if (folded.length === 0) return /^\p{M}$/u.test(ch) ? "" : ch;
  return folded;
}

// The fold of each code point met so far, keyed by the code point (a pure function of it; the
// candidate blocks bound the size), null when it folds to itself: NFKD is costly and the same
// few characters (’, £, é) recur. Keyed by number, so no one-character string is made per unit.
const folds = new Map<number, string | null>();

export function foldCompatibility(view: TextView): TextView {
  const text = view.text;
  const n = text.length;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  for (let i = 0; i < n;) {
    if (text.charCodeAt(i) < 0xa0) {
      i++;
      continue;
    }
    const k = candidateAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    const key = k === 1 ? text.charCodeAt(i) : text.codePointAt(i)!;
    let replaced = folds.get(key);
    if (replaced === undefined) {
      const ch = k === 1 ? text[i] : text.slice(i, i + 2);
      const folded = foldCodePoint(ch);
      folds.set(key, (replaced = folded === ch ? null : folded));
    }
    if (replaced !== null) {
      builder ??= new ViewBuilder(view);
      builder.copy(copied, i);
      builder.push(replaced, i, i + k);
      copied = i + k;
    }
    i += k;
  }
  if (!builder) return view;
  builder.copy(copied, n);
  return builder.build();
}
