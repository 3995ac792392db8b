// One pass over a post's base text, shared by every privacy recognizer and rule: the set of its
// lower-case words and a few counts. Rules ask `anyWord` before running any phrase regex, so most
// posts (which mention no patient, colleague or relationship at all) cost a Set lookup per word.
// Cached per post by the normalised object, which the checker creates once per post.
import type { NormalisedText } from "../../normalise/index.js";
import { rememberLast } from "../../last-post.js";

export interface PostAnalysis {
  /** Lower-case ASCII words and numbers; apostrophes and hyphens split words ("patient's" → "patient", "s"). */
  readonly words: ReadonlySet<string>;
  /** ASCII digits in the post. */
  readonly digits: number;
  /** Capitalised words not at the start of a sentence: the shape of a name. */
  readonly capitals: number;
}

// The checker asks about one post many times in a row: the last answer is kept.
export const analyse: (normalised: NormalisedText) => PostAnalysis = rememberLast(
  (normalised: NormalisedText): Analysis => scan(normalised.base.text),
);

// Gates (the sets passed to `anyWord`) get one bit each on first use, up to 31, and every word
// of every gate maps to the bits of the gates it is in. A post's words are then looked up once,
// giving the bits of all the gates it opens; each `anyWord` after that is one AND.
const gateBits = new WeakMap<ReadonlySet<string>, number>();
const bitsOfWord = new Map<string, number>();
let gateCount = 0;
const MAX_GATES = 31;

function registerGate(gate: ReadonlySet<string>): number {
  if (gateCount >= MAX_GATES) return 0;
  const bit = 1 << gateCount++;
  for (const w of gate) bitsOfWord.set(w, (bitsOfWord.get(w) ?? 0) | bit);
  gateBits.set(gate, bit);
  return bit;
}

interface Analysis extends PostAnalysis {
  /** The gates open for this post, and how many gates there were when that was worked out. */
  open: number;
  openFor: number;
}

function openGates(analysis: Analysis): number {
  if (analysis.openFor !== gateCount) {
    let open = 0;
    for (const w of analysis.words) {
      const bits = bitsOfWord.get(w);
      if (bits !== undefined) open |= bits;
    }
    analysis.open = open;
    analysis.openFor = gateCount;
  }
  return analysis.open;
}

function scan(text: string): Analysis {
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
  return { words, digits, capitals, open: 0, openFor: -1 };
}

/** Whether the post has any of `gate`'s words. */
export function anyWord(analysis: PostAnalysis, gate: ReadonlySet<string>): boolean {
  if ("openFor" in analysis) {
    const bit = gateBits.get(gate) ?? registerGate(gate);
    if (bit !== 0) return (openGates(analysis as Analysis) & bit) !== 0;
  }
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
