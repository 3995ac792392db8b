// One learned rule per category, from a small factory: the policy classifier's second opinion,
// run after every hand-written rule and only when none of them reported the category.
// It points at the sentence that pushed the score hardest (or, for missing-disclaimer, the post).
import {
  categoryIndex,
  scorePolicy,
  strongestSentence,
  threshold,
} from "../../model/policy-classifier.js";
import type { Category } from "../../types.js";
import { contemptSignNearGroup } from "../hate-discrimination/analyse.js";
import { disclaimerNeeded } from "../missing-disclaimer/conditions.js";
import { aboutWorkplace } from "../../signals/grievance.js";
import { SUGGESTIVE_EMOJI } from "../../recognizers/offensive/words/sexual-terms.js";
import { defineRule, type Rule, type RuleContext } from "../rule.js";
import type { LearnedCategory } from "./categories.js";

// Where a word-based judgement is known to go wrong, it needs a sign from the hand-written
// analysis too: identity terms alone are never hate (issue 4), and a post with no sexual word,
// phrase or emoji is not sexual content (the classifier read "got me" in dialect as sexual);
// a grievance must be about the workplace (it read complaints about trains and landlords as one).
const CORROBORATION: Partial<Record<Category, (context: RuleContext) => boolean>> = {
  "hate-discrimination": contemptSignNearGroup,
  "disrepute-grievance": (context) => aboutWorkplace(context.normalised),
  "sexual-content": (context) =>
    context.entities("sexual-explicit").length > 0 ||
    context.entities("sexual-suggestive").length > 0 ||
    context.normalised.words.text.search(SUGGESTIVE_EMOJI) >= 0,
};

export function learnedRule(spec: LearnedCategory): Rule {
  const corroborated = CORROBORATION[spec.category];
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
      if (corroborated && !corroborated(context)) return;
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
