import type { Rule } from "../rule.js";

export const privacyRules: Rule[] = [];
