import type { Rule } from "../rule.js";

export const offensiveRules: Rule[] = [];
