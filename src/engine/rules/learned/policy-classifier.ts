// One learned rule per category, from a small factory: the policy classifier's second opinion,
// run after every hand-written rule and only when none of them reported the category.
// It points at the sentence that pushed the score hardest (or, for missing-disclaimer, the post).
import {
  categoryIndex,
  scorePolicy,
  strongestSentence,
  threshold,
} from "../../model/policy-classifier.js";
import { defineRule, type Rule } from "../rule.js";
import type { LearnedCategory } from "./categories.js";

// The conventions say official accounts never need a disclaimer, and a post or profile that
// already says the views are personal has one.
const OFFICIAL = /\bofficial\b|\bcorporate account\b|\bcomms team\b|\bcommunications team\b/;
const VIEWS_OWN =
  /\b(?:views?|opinions?|thoughts?|tweets?|posts?)\s+(?:are\s+|is\s+)?(?:all\s+)?(?:my\s+)?own\b|\b(?:personal|own)\s+(?:views?|opinions?)\b|\b(?:views?|opinions?)\s+(?:are\s+)?(?:mine|personal)\b|\bnot\s+(?:those\s+of\s+)?my\s+employer/;

export function learnedRule(spec: LearnedCategory): Rule {
  const index = categoryIndex(spec.category);
  return defineRule({
    meta: {
      id: `${spec.category}/policy-classifier`,
      category: spec.category,
      severity: spec.severity,
      clauses: spec.clauses,
      message: spec.message,
      suggestion: spec.suggestion,
      directions: spec.directions,
    },
    check(context) {
      if (index < 0 || context.reported(spec.category)) return;
      const cut = Math.max(threshold(index), spec.minimum ?? 0);
      if (cut > 1) return;
      const scores = scorePolicy(context.normalised, context.normalisedProfile, context.direction);
      if (!(scores[index] >= cut)) return;
      if (spec.wholePost) {
        const profile = context.normalisedProfile.words.text;
        if (OFFICIAL.test(profile)) return;
        if (VIEWS_OWN.test(profile) || VIEWS_OWN.test(context.normalised.words.text)) return;
        context.report({});
        return;
      }
      const span = strongestSentence(context.normalised, index);
      context.report(span && span.end > span.start ? span : {});
    },
  });
}
