// Sexual content, read once per post and shared with abuse-bullying (a sexualised comment
// about a particular person is harassment too). An explicit word is enough; innuendo needs two
// signs together (two suggestive phrases, or one with a sexual emoji), so "improve your sex
// life 😉" and "check your boobs" stay clean.
import type { Entity } from "../../recognizers/recognizer.js";
import { SUGGESTIVE_EMOJI } from "../../recognizers/offensive/words/sexual-terms.js";
import type { RuleContext } from "../rule.js";

export interface SexualAnalysis {
  explicit: Entity[];
  /** The suggestive phrases, when together they make the post sexual. */
  suggestive: Entity[];
}

// Health promotion and safeguarding talk about sex plainly; that is not sexual content.
const EDUCATIONAL =
  /\b(?:awareness|training|clinic|screening|testing|sexual health|safeguarding|exploitation|grooming|consent|report it|helpline|support service|campaign|#\w*awareness)\b/;

const cache = new WeakMap<object, SexualAnalysis>();

export function analyseSexual(context: RuleContext): SexualAnalysis {
  const cached = cache.get(context.normalised);
  if (cached) return cached;
  const text = context.normalised.words.text;
  let explicit = context.entities("sexual-explicit");
  const suggestive = context.entities("sexual-suggestive");
  SUGGESTIVE_EMOJI.lastIndex = 0;
  const emoji = text.match(SUGGESTIVE_EMOJI)?.length ?? 0;
  if (explicit.length > 0 && emoji === 0 && EDUCATIONAL.test(text)) explicit = [];
  const distinct = new Set(suggestive.map((e) => e.detail?.label)).size;
  const together = distinct >= 2 || (distinct >= 1 && emoji >= 1) || (distinct >= 1 && explicit.length > 0);
  const analysis = { explicit, suggestive: together ? suggestive : [] };
  cache.set(context.normalised, analysis);
  return analysis;
}
