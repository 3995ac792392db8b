// Recognizers find one kind of entity each, in the manner of Presidio's pattern recognizers:
// named patterns with a base score, an optional validator (e.g. Modulus 11), and context words
// near the match that raise the score, or lower it. Unlike Presidio, a validator passing does
// not settle the matter: context is always weighed, so a checksum-valid order number with no
// patient context stays below the threshold.
import type { NormalisedText, TextView } from "../normalise/index.js";
import type { ResolvedPack } from "../pack/schema.js";
import { cutDown, mayMatch } from "../signals/cue-gate.js";

export type ViewName = "base" | "words" | "digits";

export interface Entity {
  type: string;
  /** Original-text offsets, end exclusive. */
  start: number;
  end: number;
  /** The matched words in the original text. */
  text: string;
  /** 0..1 after validation and context. */
  score: number;
  /** Which pattern matched, for explanations and debugging. */
  pattern: string;
  /** Free-form details a rule may use (e.g. the normalised digits of a number). */
  detail?: Record<string, string | number | boolean>;
}

export interface Pattern {
  name: string;
  /** Must carry the `g` flag. Matched against the recognizer's view. */
  regex: RegExp;
  score: number;
  /** Use this capture group as the entity instead of the whole match. */
  group?: number;
}

export interface ContextWords {
  /** Lower-case words or phrases; matched on word boundaries in the base view. */
  words: string[];
  /** Added to the score (negative to lower it). */
  adjust: number;
  /** Characters either side of the match to look in. */
  window?: number;
  /** Look only within the match's own sentence (the window stops at . ! ? and line breaks). */
  sentence?: boolean;
}

export interface RecognizerEnv {
  normalised: NormalisedText;
  pack: ResolvedPack;
}

export interface Recognizer {
  entity: string;
  view: ViewName;
  patterns: Pattern[];
  context?: ContextWords[];
  /**
   * Return false to drop the match, true to keep it, or a number to add to the score.
   * `match` is the matched text in the recognizer's view.
   */
  validate?(
    match: string,
    env: RecognizerEnv,
    at: { start: number; end: number },
  ): boolean | number;
  /** Entities scoring below this are dropped. Default 0.5. */
  threshold?: number;
}

/** A recognizer with hand-written logic, for entities patterns can't express alone. */
export interface CustomRecognizer {
  entity: string;
  detect(env: RecognizerEnv): Entity[];
}

export type AnyRecognizer = Recognizer | CustomRecognizer;

// The definition: a context word is present when this expression matches the window (the
// words on letter-or-number boundaries, case-insensitively, by Unicode case folding), cut out of
// the text. `hasContext` answers the same question with a loop over the window that tries the
// words only where one can start (checked against the expression in recognizer.test.ts): the
// expression alone tries every word at every position, about 13 µs a window.
export function contextRegex(ctx: ContextWords): RegExp {
  return compiledContext(ctx).regex;
}

interface CompiledContext {
  regex: RegExp;
  words: string[];
  /** Whether each word is all ASCII (compared unit by unit), else its sticky expression. */
  asciiWord: boolean[];
  sticky: RegExp[];
  /** Which words can start with each ASCII unit, and (found as met) with each other unit. */
  ascii: number[][];
  other: Map<number, number[]>;
  firsts: RegExp[];
  /** False when the loop does not apply (an empty word): the expression is used. */
  loop: boolean;
}

const contextCache = new WeakMap<ContextWords, CompiledContext>();
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/iu;
const NONE: number[] = [];

function compiledContext(ctx: ContextWords): CompiledContext {
  let compiled = contextCache.get(ctx);
  if (!compiled) {
    const escaped = ctx.words.map(escape);
    const words = ctx.words;
    // The first code point of each word, as an expression of its own (same flags, so the same
    // case folding decides which units can start it).
    const firsts = words.map(
      (w) => new RegExp(`^${escape(String.fromCodePoint(w.codePointAt(0) ?? 32))}$`, "iu"),
    );
    const ascii: number[][] = [];
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const list = words.flatMap((_, k) => (firsts[k].test(ch) ? [k] : []));
      ascii.push(list.length ? list : NONE);
    }
    compiled = {
      regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu"),
      words,
      asciiWord: words.map((w) => [...w].every((ch) => ch.charCodeAt(0) < 128)),
      sticky: escaped.map((w) => new RegExp(w, "iuy")),
      ascii,
      other: new Map(),
      firsts,
      // Words that are empty or hold surrogates (an emoji) are left to the expression.
      loop: words.length > 0 && words.every((w) => w.length > 0 && !/[\ud800-\udfff]/.test(w)),
    };
    contextCache.set(ctx, compiled);
  }
  return compiled;
}

/** The words of `compiled` that unit `c` can start. */
function startingWith(compiled: CompiledContext, c: number): number[] {
  if (c < 128) return compiled.ascii[c];
  let list = compiled.other.get(c);
  if (list === undefined) {
    const ch = String.fromCharCode(c);
    list = [];
    for (let k = 0; k < compiled.firsts.length; k++) if (compiled.firsts[k].test(ch)) list.push(k);
    if (list.length === 0) list = NONE;
    compiled.other.set(c, list);
  }
  return list;
}

/**
 * Where word `k` ends when matched at unit `p` of `text` as the expression matches it (case
 * folded), or -1. ASCII words are compared unit by unit: an ASCII letter matches itself in
 * either case, and "k" and "s" also match the Kelvin sign and the long s, the only other units
 * that fold to ASCII letters. Other words use their sticky expression.
 */
function matchAt(compiled: CompiledContext, k: number, text: string, p: number): number {
  const word = compiled.words[k];
  if (!compiled.asciiWord[k]) {
    const re = compiled.sticky[k];
    re.lastIndex = p;
    return re.test(text) ? re.lastIndex : -1;
  }
  const n = word.length;
  if (p + n > text.length) return -1;
  for (let j = 0; j < n; j++) {
    const w = word.charCodeAt(j);
    const c = text.charCodeAt(p + j);
    if (c === w) continue;
    const lower = w | 32;
    if (lower >= 97 && lower <= 122) {
      if ((c | 32) === lower && c < 128) continue;
      if (lower === 107 && c === 0x212a) continue;
      if (lower === 115 && c === 0x17f) continue;
    }
    return -1;
  }
  return p + n;
}

const isAsciiLetterOrDigit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Whether the code point ending at unit `p - 1` (none before `from`) is a letter or number. */
function letterBefore(text: string, p: number, from: number): boolean {
  if (p <= from) return false;
  const c = text.charCodeAt(p - 1);
  if (c < 128) return isAsciiLetterOrDigit(c);
  if (c >= 0xdc00 && c <= 0xdfff && p - 2 >= from) {
    const h = text.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER_OR_NUMBER.test(text.slice(p - 2, p));
  }
  return LETTER_OR_NUMBER.test(text[p - 1]);
}

/** Whether the code point starting at unit `q` (none at or after `to`) is a letter or number. */
function letterAt(text: string, q: number, to: number): boolean {
  if (q >= to) return false;
  const c = text.charCodeAt(q);
  if (c < 128) return isAsciiLetterOrDigit(c);
  if (c >= 0xd800 && c <= 0xdbff && q + 1 < to) {
    const l = text.charCodeAt(q + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(q, q + 2));
  }
  return LETTER_OR_NUMBER.test(text[q]);
}

// . ! ? and line breaks.
const SENTENCE_END = new Set([46, 33, 63, 10]);

/** Whether any of the context words occur within `window` characters of [start, end) of `text`. */
export function hasContext(text: string, start: number, end: number, ctx: ContextWords): boolean {
  const window = ctx.window ?? 60;
  let from = Math.max(0, start - window);
  let to = Math.min(text.length, end + window);
  if (ctx.sentence === true) {
    for (let p = start - 1; p >= from; p--)
      if (SENTENCE_END.has(text.charCodeAt(p))) {
        from = p + 1;
        break;
      }
    for (let p = end; p < to; p++)
      if (SENTENCE_END.has(text.charCodeAt(p))) {
        to = p;
        break;
      }
  }
  const compiled = compiledContext(ctx);
  if (!compiled.loop) return compiled.regex.test(text.slice(from, to));
  // As the expression on text.slice(from, to): the window's edges count as boundaries.
  for (let p = from; p < to; p++) {
    const words = startingWith(compiled, text.charCodeAt(p));
    if (words.length === 0 || letterBefore(text, p, from)) continue;
    for (let k = 0; k < words.length; k++) {
      const q = matchAt(compiled, words[k], text, p);
      if (q >= 0 && q <= to && !letterAt(text, q, to)) return true;
    }
  }
  return false;
}

export function viewOf(normalised: NormalisedText, name: ViewName): TextView {
  return name === "base"
    ? normalised.base
    : name === "words"
      ? normalised.words
      : normalised.digits;
}

export function runRecognizer(recognizer: AnyRecognizer, env: RecognizerEnv): Entity[] {
  if ("detect" in recognizer) return recognizer.detect(env);
  const view = viewOf(env.normalised, recognizer.view);
  const original = env.normalised.original;
  const threshold = recognizer.threshold ?? 0.5;
  const found: Entity[] = [];
  for (const pattern of recognizer.patterns) {
    // Most patterns need words most posts lack (cue-gate.ts): those are not run at all, and the
    // rest run cut down to the branches that can match (the same spans; a pattern whose capture
    // group is read is run whole, as cutting renumbers groups).
    const regex =
      pattern.group === undefined
        ? cutDown(pattern.regex, view.text)
        : mayMatch(pattern.regex, view.text)
          ? pattern.regex
          : null;
    if (regex === null) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(view.text); m; m = regex.exec(view.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const matched = pattern.group !== undefined ? m[pattern.group] : m[0];
      if (matched === undefined) continue;
      const vStart = pattern.group !== undefined ? m.index + m[0].indexOf(matched) : m.index;
      const vEnd = vStart + matched.length;
      let score = pattern.score;
      const at = view.toOriginal(vStart, vEnd);
      if (recognizer.validate) {
        const verdict = recognizer.validate(matched, env, at);
        if (verdict === false) continue;
        if (typeof verdict === "number") score += verdict;
      }
      if (recognizer.context) {
        for (const ctx of recognizer.context) {
          if (hasContext(view.text, vStart, vEnd, ctx)) score += ctx.adjust;
        }
      }
      score = Math.max(0, Math.min(1, score));
      if (score < threshold) continue;
      found.push({
        type: recognizer.entity,
        start: at.start,
        end: at.end,
        text: original.slice(at.start, at.end),
        score,
        pattern: pattern.name,
        detail: { normalised: matched },
      });
    }
  }
  return keepBestOfOverlaps(found);
}

/** Overlapping matches of the same entity keep the higher score (sorted sweep: linear after the sort). */
export function keepBestOfOverlaps(found: Entity[]): Entity[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const entity of found) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) {
      if (entity.score > last.score) kept[kept.length - 1] = entity;
    } else {
      kept.push(entity);
    }
  }
  return kept;
}
