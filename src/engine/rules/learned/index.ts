// The learned rules: run them LAST, after every hand-written rule, so each reports only what the
// rules for its category missed. The missing-disclaimer rules come after the other learned rules
// (rules/index.ts): the hand-written one counts a concern, a grievance or a damaging claim found by
// any rule as an opinion, and the learned one then reports only what it still missed.
import { categoryIndex, threshold } from "../../model/policy-classifier.js";
import type { Rule } from "../rule.js";
import { LEARNED_CATEGORIES } from "./categories.js";
import { learnedRule } from "./policy-classifier.js";

// A category is off when its cross-validated threshold (policy-weights.ts) or its floor
// (categories.ts) is above 1: its learned rule would never report.
const enabled = LEARNED_CATEGORIES.filter((spec) => {
  const at = categoryIndex(spec.category);
  return at >= 0 && Math.max(threshold(at), spec.minimum ?? 0) <= 1;
}).map(learnedRule);

/** Every learned rule that is switched on (threshold and floor at most 1). */
export const learnedRules: Rule[] = enabled;

/** The learned rules that run before the hand-written missing-disclaimer rule. */
export const learnedRulesBeforeDisclaimer: Rule[] = enabled.filter(
  (r) => r.meta.category !== "missing-disclaimer",
);

/** The learned missing-disclaimer rule (if switched on): runs after the hand-written one. */
export const learnedDisclaimerRules: Rule[] = enabled.filter(
  (r) => r.meta.category === "missing-disclaimer",
);
