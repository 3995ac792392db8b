// A rule that reports the whole post under a category: stands in for "some other rule found it"
// so a rule that reads other categories' findings can be tested on its own.
import { defineRule, type Rule } from "../../src/engine/rules/rule.js";
import type { Category } from "../../src/engine/types.js";

export const stubRule = (category: Category): Rule =>
  defineRule({
    meta: {
      id: `${category}/stub`,
      category,
      severity: "warn",
      clauses: ["TEST"],
      message: "stub",
      suggestion: "stub",
      directions: ["outbound", "inbound"],
    },
    check: (context) => context.report({}),
  });
