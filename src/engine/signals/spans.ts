// Small helpers shared by the conduct signals: spans found in a view's text, and sentences.
// Speed: a cue is skipped when its trigger words are absent, and otherwise run cut down to the
// branches whose words (read from its source, see needs.ts and cue-gate.ts) the text holds; when
// none can match, it is not run at all.
import { cutDown, cutsOf } from "./cue-gate.js";

export interface Span {
  start: number;
  end: number;
  /** Which concept matched, for messages and debugging. */
  label: string;
  weight: number;
}

export interface Cue {
  label: string;
  /** Must carry the `g` flag. */
  regex: RegExp;
  weight: number;
  /** A trigger id (see lexicon.ts): the cue is skipped when none of its words is in the post. */
  trigger?: number;
}

/** Every match of every cue in `text`, in order of position. */
export function findCues(text: string, cues: readonly Cue[], triggers?: Uint32Array): Span[] {
  const out: Span[] = [];
  const cuts = cutsOf(cues);
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    if (
      triggers &&
      cue.trigger !== undefined &&
      (triggers[cue.trigger >>> 5] & (1 << (cue.trigger & 31))) === 0
    )
      continue;
    const regex = cutDown(cue.regex, text, cuts[c]);
    if (regex === null) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        label: cue.label,
        weight: cue.weight,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A sentence ends at . ! ? or a line break (not the point in "£3.1m" or "nhs.uk"); emoji and
// hashtags stay with the sentence before.
const SENTENCE = /(?:[^.!?\n]|\.(?=\w))+[.!?]*/g;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The sentence of `sentences` holding position `at`. */
export function sentenceAt(list: Sentence[], at: number): Sentence | undefined {
  for (const s of list) if (at >= s.start && at < s.end) return s;
  return undefined;
}

/** The strongest span, earliest on ties. */
export function strongest(spans: Span[]): Span | undefined {
  let best: Span | undefined;
  for (const s of spans) if (!best || s.weight > best.weight) best = s;
  return best;
}

/** Trim whitespace and closing punctuation off a span so the excerpt is just the words. */
export function tidy(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?]/.test(text[end - 1])) end--;
  return { start, end };
}
