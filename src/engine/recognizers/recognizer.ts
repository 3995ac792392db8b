// Recognizers find one kind of entity each, in the manner of Presidio's pattern recognizers:
// named patterns with a base score, an optional validator (e.g. Modulus 11), and context words
// near the match that raise the score, or lower it. Unlike Presidio, a validator passing does
// not settle the matter: context is always weighed, so a checksum-valid order number with no
// patient context stays below the threshold.
import type { NormalisedText, TextView } from "../normalise/index.js";
import type { ResolvedPack } from "../pack/schema.js";

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

const contextCache = new WeakMap<ContextWords, RegExp>();

function contextRegex(ctx: ContextWords): RegExp {
  let re = contextCache.get(ctx);
  if (!re) {
    const escaped = ctx.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
    contextCache.set(ctx, re);
  }
  return re;
}

/** Whether any of the context words occur within `window` characters of [start, end) of `text`. */
export function hasContext(text: string, start: number, end: number, ctx: ContextWords): boolean {
  const window = ctx.window ?? 60;
  const around = text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
  return contextRegex(ctx).test(around);
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
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(view.text); m; m = pattern.regex.exec(view.text)) {
      if (m[0].length === 0) {
        pattern.regex.lastIndex++;
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
