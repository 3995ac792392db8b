// Hashtags read as words: "#bed2", "#bay3", "#ward12", "#aged100", "#100today" say "bed 2",
// "bay 3", "ward 12", "aged 100" and "100 today", so a space goes where letters meet digits
// ("#bed 2", "#100 today"). The '#' stays, and so does every character: only spaces are added,
// each standing for the boundary it marks, so offsets map back to the tag as written.
//
// Only where a run of two or more letters meets digits: "#F1", "#A4" and "#M25" are names, and a
// word with digits between its letters ("#n1gg3r", "#sh1t") is leetspeak, left whole (the words
// view, for word lists and leetspeak, is built without this step).
import { ViewBuilder, type TextView } from "./text-view.js";

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
// A title with a capital after it.
const TITLE_IN_TAG = /(?:Mrs|Mr|Ms|Miss|Mx)(?=[A-Z])/g;

/** Where a space goes in the tag text[start, end) (its characters after '#'), in order. */
function boundaries(text: string, start: number, end: number): number[] | null {
  // Runs of letters and of digits; anything else ("_") leaves the tag whole.
  const runs: { start: number; end: number; letters: boolean }[] = [];
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    const letters = isLetter(c);
    if (!letters && !isDigit(c)) return null;
    const s = p;
    while (p < end && (letters ? isLetter(text.charCodeAt(p)) : isDigit(text.charCodeAt(p)))) p++;
    runs.push({ start: s, end: p, letters });
  }
  const at: number[] = [];
  // A title run into a name: "#MrsK", "#RIPMrB", "#GoodbyeMissJ" read "Mrs K", "RIP Mr B",
  // "Goodbye Miss J". Only titles are split out: other camel case ("#SafeStaffing",
  // "#ProudToBeUHL") is read whole by the rules that know those tags.
  for (const r of runs) {
    if (!r.letters) continue;
    TITLE_IN_TAG.lastIndex = 0;
    const part = text.slice(r.start, r.end);
    for (let m = TITLE_IN_TAG.exec(part); m; m = TITLE_IN_TAG.exec(part)) {
      if (m.index > 0) at.push(r.start + m.index);
      at.push(r.start + m.index + m[0].length);
    }
  }
  if (runs.length < 2) return at.length ? at : null;
  // Leetspeak: digits between letters with fewer than three letters on a side ("n1gg3r", "sh1t",
  // "b00bs", "h4x0r"); a tag like "#Bay3Bed2" has words either side.
  for (let k = 1; k + 1 < runs.length; k++) {
    if (runs[k].letters) continue;
    if (runs[k - 1].end - runs[k - 1].start < 3 || runs[k + 1].end - runs[k + 1].start < 3)
      return null;
  }
  for (let k = 1; k < runs.length; k++) {
    const letters = runs[k - 1].letters ? runs[k - 1] : runs[k];
    if (letters.end - letters.start >= 2) at.push(runs[k].start);
  }
  at.sort((a, b) => a - b);
  return at.length ? at : null;
}

export function splitHashtags(view: TextView): TextView {
  const text = view.text;
  let hash = text.indexOf("#");
  if (hash < 0) return view;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  const n = text.length;
  while (hash >= 0) {
    const start = hash + 1;
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (!isLetter(c) && !isDigit(c) && c !== 95) break;
      end++;
    }
    // A tag starts after a space or at the start of the text ("ward#2" is no tag).
    const tag =
      hash === 0 || (!isLetter(text.charCodeAt(hash - 1)) && !isDigit(text.charCodeAt(hash - 1)));
    const at = tag && end - start >= 3 ? boundaries(text, start, end) : null;
    if (at) {
      builder ??= new ViewBuilder(view);
      for (const b of at) {
        builder.copy(copied, b);
        // The space stands for the boundary: an empty range where the digits (or letters) begin.
        builder.push(" ", b, b);
        copied = b;
      }
    }
    hash = text.indexOf("#", end > hash ? end : hash + 1);
  }
  if (!builder) return view;
  builder.copy(copied, n);
  return builder.build();
}
