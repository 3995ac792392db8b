// Small helpers the information-and-safety rules share: find a phrase in a view and map it back
// to the original text, find the sentence around it, and tell an official account's profile.
// Kept here (with the information recognizers) so the rules stay short and allocate little.
import type { TextView } from "../../normalise/index.js";

export interface Span {
  start: number;
  end: number;
}

/**
 * First match of `re` in the view, as original-text offsets. With `group`, the span of that
 * capture group (the regex must then carry the `d` flag). `re` must not be global/sticky, or
 * must be reset by the caller; non-global regexes need no reset.
 */
export function findIn(view: TextView, re: RegExp, group?: number): Span | undefined {
  const m = re.exec(view.text);
  if (!m) return undefined;
  if (group !== undefined) {
    const at = m.indices?.[group];
    if (!at) return undefined;
    return view.toOriginal(at[0], at[1]);
  }
  return view.toOriginal(m.index, m.index + m[0].length);
}

/** Every match of the global regex `re`, as view offsets (not yet mapped). */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

const SENTENCE_END = /[.!?\n]/;
/** How far a sentence reaches either side of the words asked about; real sentences are shorter. */
export const SENTENCE_REACH = 400;

/**
 * The sentence of `text` around view range [start, end): from after the previous full stop,
 * question or exclamation mark or line break up to and including the next one, at most
 * SENTENCE_REACH characters either side. Whitespace trimmed.
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  // Bounded, so that a rule asking about every match of an unpunctuated megabyte stays linear.
  const floor = Math.max(0, start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  let s = start;
  while (s > floor && !SENTENCE_END.test(text[s - 1])) s--;
  let e = end;
  while (e < ceiling && !SENTENCE_END.test(text[e])) e++;
  if (e < text.length && text[e] !== "\n") e++;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Split `text` into sentence spans (view offsets), keeping the closing punctuation. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  let i = 0;
  while (i <= text.length) {
    const c = text[i];
    if (i < text.length && c !== "\n" && c !== "." && c !== "!" && c !== "?") {
      i++;
      continue;
    }
    // Runs of closing marks ("??", "!!", "?!") stay with their sentence.
    let e = i;
    while (e < text.length && (text[e] === "?" || text[e] === "!" || text[e] === ".")) e++;
    let a = s;
    while (a < e && /\s/.test(text[a])) a++;
    if (e > a) out.push({ start: a, end: e });
    s = e > i ? e : i + 1;
    i = s;
  }
  return out;
}

// "Official account of ...", "Official press office account", "(official account)".
const OFFICIAL =
  /\bofficial\b[^.\n]{0,30}\b(?:account|page|feed|press office)\b|\bofficial account\b/i;

/** Whether the author's profile says this is an official Trust account run by communications. */
export function isOfficialAccount(profile: string): boolean {
  return profile.length > 0 && OFFICIAL.test(profile);
}
