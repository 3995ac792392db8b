// Raising a concern about patient safety, care, staffing or wrongdoing belongs with the Raising
// Concerns / Speak Up route, not social media (TRUST-SMP §5.3 and DO NOT 6, MTW-SMP policy
// statement, CCC-SMP §6.0). The finding says where to go instead.
import {
  CONCERN_THRESHOLD,
  findConcern,
  isOfficialAccount,
  speakUpRoute,
  tidy,
} from "../../signals/index.js";
import { testIfMay } from "../../signals/cue-gate.js";
import { scan } from "../../signals/lexicon.js";
import { strongest } from "../../signals/spans.js";
import { defineRule } from "../rule.js";

// Signposting the route is not raising a concern: the concern words sit in a sentence about what
// the reader may have seen ("If you've noticed unsafe staffing or a cover-up, your Speak Up
// Guardian will listen"), and the post points to someone who takes concerns.
const IF_YOU_SAW =
  /\bif\s+(?:you|anyone|someone|a\s+colleague)(?:['’]ve|\s+have|\s+has|\s+ever|\s+are|['’]re)?\s+(?:ever\s+)?(?:seen|see|sees|witness(?:ed|es)?|notic(?:e|ed|es)|spot(?:ted|s)?|experienc(?:e|ed|es)|come\s+across|worried|concerned|have\s+(?:a\s+)?concerns?)\b[^.!?\n]*/;
const IF_YOU_SAW_ALL = new RegExp(IF_YOU_SAW.source, "g");
const TAKES_CONCERNS =
  /\b(?:freedom\s+to\s+speak\s+up|ftsu|speak\s+up|guardians?|whistleblowing\s+(?:policy|line|route)|raising\s+concerns\s+(?:policy|route|procedure))\b/;

export default defineRule({
  meta: {
    id: "raising-concerns/concern-on-social-media",
    category: "raising-concerns",
    severity: "warn",
    clauses: ["TRUST-SMP §5.3", "TRUST-SMP DO NOT 6", "MTW-SMP policy statement", "CCC-SMP §6.0"],
    message:
      'This raises a concern about {{what}} ("{{excerpt}}") on social media. Concerns about care, safety, staffing or wrongdoing must go through the Raising Concerns route ({{route}}), not a public post.',
    suggestion:
      "Take it to your line manager or {{route}}; they can act on it and you are protected. Do not post it.",
    directions: ["outbound"],
  },
  check(ctx) {
    // An official account's safety message (e.g. "please bear with us") is the Trust speaking.
    const concern = findConcern(ctx.normalised);
    if (concern.score < CONCERN_THRESHOLD) return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const view = ctx.normalised.base;
    let spans = concern.spans;
    const lower = scan(ctx.normalised).lower;
    if (testIfMay(IF_YOU_SAW, lower) && testIfMay(TAKES_CONCERNS, lower)) {
      const asked: [number, number][] = [];
      for (const m of lower.matchAll(IF_YOU_SAW_ALL)) asked.push([m.index, m.index + m[0].length]);
      spans = spans.filter((s) => !asked.some(([a, b]) => s.start >= a && s.end <= b));
      let score = 0;
      const seen = new Set<string>();
      for (const s of spans) {
        if (seen.has(s.label)) continue;
        seen.add(s.label);
        score += s.weight;
      }
      if (score < CONCERN_THRESHOLD) return;
    }
    const best = strongest(spans);
    if (!best) return;
    const { start, end } = tidy(view.text, best);
    const at = view.toOriginal(start, end);
    ctx.report({
      start: at.start,
      end: at.end,
      data: {
        what: best.label,
        excerpt: ctx.text.slice(at.start, at.end),
        route: speakUpRoute(ctx.pack),
      },
    });
  },
});
