// One pass over a post's base text, shared by every privacy recognizer and rule: the set of its
// lower-case words and a few counts. Rules ask `anyWord` before running any phrase regex, so most
// posts (which mention no patient, colleague or relationship at all) cost a Set lookup per word.
// Cached per post by the normalised object, which the checker creates once per post.
import type { NormalisedText } from "../../normalise/index.js";

export interface PostAnalysis {
  /** Lower-case ASCII words and numbers; apostrophes and hyphens split words ("patient's" → "patient", "s"). */
  readonly words: ReadonlySet<string>;
  /** ASCII digits in the post. */
  readonly digits: number;
  /** Capitalised words not at the start of a sentence: the shape of a name. */
  readonly capitals: number;
}

const cache = new WeakMap<NormalisedText, PostAnalysis>();

export function analyse(normalised: NormalisedText): PostAnalysis {
  let found = cache.get(normalised);
  if (!found) cache.set(normalised, (found = scan(normalised.base.text)));
  return found;
}

function scan(text: string): PostAnalysis {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  let digits = 0;
  let capitals = 0;
  let start = -1;
  // Whether the last non-space character ended a sentence (or the post has just begun).
  let sentenceStart = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c | 0x20) >= 97 && (c | 0x20) <= 122;
    if (isDigit) digits++;
    if (isDigit || isLetter) {
      if (start === -1) {
        start = i;
        if (c >= 65 && c <= 90 && !sentenceStart) {
          const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
          if (next >= 97 && next <= 122) capitals++;
        }
        sentenceStart = false;
      }
    } else {
      if (start !== -1) {
        words.add(
          lower.length === text.length ? lower.slice(start, i) : text.slice(start, i).toLowerCase(),
        );
        start = -1;
      }
      if (c === 46 || c === 33 || c === 63 || c === 10) sentenceStart = true;
    }
  }
  return { words, digits, capitals };
}

/** Whether the post has any of `gate`'s words. */
export function anyWord(analysis: PostAnalysis, gate: ReadonlySet<string>): boolean {
  const words = analysis.words;
  if (words.size < gate.size) {
    for (const w of words) if (gate.has(w)) return true;
  } else {
    for (const w of gate) if (words.has(w)) return true;
  }
  return false;
}

/** A Set from words written as one space-separated string, for readable gate lists. */
export function wordSet(...lists: (string | readonly string[])[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists)
    for (const w of typeof list === "string" ? list.split(/\s+/) : list)
      if (w) out.add(w.toLowerCase());
  return out;
}
