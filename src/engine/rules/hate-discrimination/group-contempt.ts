// Contempt, ridicule or hostility towards people for a protected characteristic, without a slur:
// "Another Romanian family ... this lot", "send them all back", "these people are mentally ill",
// mocking an accent or a condition. Praise, self-description and counter-speech are not findings.
import { defineRule } from "../rule.js";
import { analyseHate } from "./analyse.js";

export const groupContempt = defineRule({
  meta: {
    id: "hate-discrimination/group-contempt",
    category: "hate-discrimination",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "CCC-SMP §7.3.4", "CLH-SMP §4.1"],
    message:
      'Contempt for people because of their {{kind}} ("{{word}}"): posts must not contain anything contrary to the Trust\'s equality and inclusion policy.',
    suggestion:
      "Don't generalise about or mock people for who they are. If there is a real problem with someone's conduct, raise it with your manager, not online.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    for (const f of analyseHate(context).findings) {
      if (f.why !== "contempt") continue;
      const kind = f.kind === "race" ? "race or nationality" : f.kind;
      context.report({
        start: f.start,
        end: f.end,
        data: { kind, word: context.text.slice(f.start, f.end) },
      });
    }
  },
});
