// Slurs about race, religion, sexual orientation, gender identity, disability or sex, in any
// disguise ("p@ki", "f\u200Baggot", "ѕраѕtic"), unless quoted to report or condemn them or reclaimed
// about oneself. Identity terms alone are never reported.
import { defineRule } from "../rule.js";
import { analyseHate } from "./analyse.js";

export const slurs = defineRule({
  meta: {
    id: "hate-discrimination/slurs",
    category: "hate-discrimination",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "CCC-SMP §7.3.4", "CLH-SMP §4.1"],
    message:
      'A slur about {{kind}} ("{{word}}"): racist, sexist, homophobic, transphobic or disablist language must not be published.',
    suggestion:
      'Remove the slur. If you are reporting abuse someone else used, say so plainly ("a patient used a racist slur") without repeating it.',
    directions: ["outbound", "inbound"],
  },
  check(context) {
    for (const f of analyseHate(context).findings) {
      if (f.why !== "slur") continue;
      context.report({
        start: f.start,
        end: f.end,
        data: { kind: f.kind, word: context.text.slice(f.start, f.end) },
      });
    }
  },
});
