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
  /\b(?:awareness|training|clinic|screening|testing|sexual health|safeguarding|exploitation|grooming|consent|report it|helpline|support service|campaign|#\w*awareness|sex (?:talk|education|ed)|birds and the bees|relationships and sex)\b/;
const PORN_STAR_NAME = /^[ -]?star names?\b/i;
// A bird, a blunder, a mood, a soup and a tall tale: "cock-a-doodle-doo", "a total cock-up on the
// rota", "cock-a-hoop", "cock-a-leekie", "a cock-and-bull story", "cock-eyed".
const NOT_SEXUAL_COMPOUND = /^[-‐‑](?:a[-‐‑](?:doodle|hoop|leekie)|ups?\b|and[-‐‑]bull|eyed)/i;

// Moaning as complaining: "I'm not moaning", "stop moaning", "moaning about the rota", "have a
// moan", "moaning again that ...". Not a sound made in bed.
const MOAN_BEFORE =
  /(?:\b(?:not|no|stop|stopped|quit|keep|keeps|kept|always|constantly|forever|endless|endlessly|bit of a|have a|had a|having a|good|the|a|without|everyone|everybody|patients?|relatives?|staff|managers?|colleagues?)|n't)[ \t]+$/i;
const MOAN_AFTER =
  /^[ \t]*(?:about|that|at|on|to (?:me|us|the|my|our|management|hr|them|him|her|anyone)|again|because|but|when|over|and (?:groan|whing|complain)|,? (?:honestly|just saying|but|i know|sorry))\b/i;
/** Whether the "moan" at [start,end) is complaining rather than a sexual sound. */
function complaining(text: string, start: number, end: number): boolean {
  return (
    MOAN_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
    MOAN_AFTER.test(text.slice(end, end + 24))
  );
}

const cache = new WeakMap<object, SexualAnalysis>();

export function analyseSexual(context: RuleContext): SexualAnalysis {
  const cached = cache.get(context.normalised);
  if (cached) return cached;
  const text = context.normalised.words.text;
  let explicit = context.entities("sexual-explicit");
  const suggestive = context
    .entities("sexual-suggestive")
    .filter((e) => e.detail?.label !== "squeal" || !complaining(context.text, e.start, e.end));
  SUGGESTIVE_EMOJI.lastIndex = 0;
  const emoji = text.match(SUGGESTIVE_EMOJI)?.length ?? 0;
  // Read once, and only when something would be reported ("bed" and "tonight" are common).
  let educational: boolean | undefined;
  const isEducational = () => (educational ??= emoji === 0 && EDUCATIONAL.test(text));
  if (explicit.length > 0 && isEducational()) explicit = [];
  if (explicit.length > 0)
    explicit = explicit.filter(
      (e) =>
        (!/^cock$/i.test(e.text) ||
          !NOT_SEXUAL_COMPOUND.test(context.text.slice(e.end, e.end + 10))) &&
        // The "what's your porn star name" quiz (first pet + mother's maiden name) is not porn.
        (!/^porn$/i.test(e.text) || !PORN_STAR_NAME.test(context.text.slice(e.end, e.end + 12))),
    );
  const strong = new Set<unknown>();
  let body = false;
  const weak = new Set<unknown>();
  for (const e of suggestive) {
    const kind = e.detail?.kind;
    if (kind === "body") body = true;
    else if (kind === "weak") weak.add(e.detail?.label);
    else strong.add(e.detail?.label);
  }
  const together =
    strong.size >= 2 ||
    (strong.size >= 1 && (emoji >= 1 || weak.size > 0 || body || explicit.length > 0)) ||
    (emoji >= 1 && ((body && weak.size > 0) || weak.size >= 2));
  // Report the innuendo by its telling words; bed and tonight only when nothing else is there.
  const shown = together && !isEducational();
  const telling = shown ? suggestive.filter((e) => e.detail?.kind !== "weak") : [];
  const analysis = {
    explicit,
    suggestive: shown ? (telling.length > 0 ? telling : suggestive) : [],
  };
  cache.set(context.normalised, analysis);
  return analysis;
}
