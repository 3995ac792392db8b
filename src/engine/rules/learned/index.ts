// The learned rules: run them LAST, after every hand-written rule, so each reports only what the
// rules for its category missed.
import type { Rule } from "../rule.js";
import { LEARNED_CATEGORIES } from "./categories.js";
import { learnedRule } from "./policy-classifier.js";

export const learnedRules: Rule[] = LEARNED_CATEGORIES.filter(
  (spec) => !(spec.minimum !== undefined && spec.minimum > 1),
).map(learnedRule);
