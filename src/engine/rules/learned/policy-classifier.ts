// One learned rule per category, from a small factory: the policy classifier's second opinion,
// run after every hand-written rule and only when none of them reported the category.
// It points at the sentence that pushed the score hardest (or, for missing-disclaimer, the post).
import {
  categoryIndex,
  scorePolicy,
  strongestSentence,
  threshold,
} from "../../model/policy-classifier.js";
import { disclaimerNeeded } from "../missing-disclaimer/conditions.js";
import { defineRule, type Rule } from "../rule.js";
import type { LearnedCategory } from "./categories.js";

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
        // Missing-disclaimer: the score stands in for condition (2), giving an opinion; the
        // employer, the account and the disclaimer are tested as the hand-written rule tests them.
        if (disclaimerNeeded(context)) context.report({});
        return;
      }
      const span = strongestSentence(context.normalised, index);
      context.report(span && span.end > span.start ? span : {});
    },
  });
}
