import type { Rule } from "../rule.js";

export const conductRules: Rule[] = [];
