// Sexually explicit content and crude sexual words ("blowjob", "hard-on", "bent over the
// bed ... 🍆💦"), in posts and in messages received.
import { defineRule } from "../rule.js";
import { analyseSexual } from "./analyse.js";

export const explicitContent = defineRule({
  meta: {
    id: "sexual-content/explicit-content",
    category: "sexual-content",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "CCC-SMP §7.3.4"],
    message:
      'Sexually explicit content ("{{word}}"): sexually explicit posts must not be published.',
    suggestion:
      "Remove the sexual content. Comments about a colleague's or patient's body or sex life are harassment, even as a joke.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const { explicit, suggestive } = analyseSexual(context);
    for (const e of explicit)
      context.report({ start: e.start, end: e.end, data: { word: e.text } });
    if (explicit.length === 0 && suggestive.length > 0) {
      const first = suggestive[0];
      const last = suggestive[suggestive.length - 1];
      const end = Math.min(context.text.length, Math.max(first.end, last.end));
      const start = first.start;
      // One finding for the innuendo as a whole, spanning its first to last phrase when close.
      if (end - start <= 160)
        context.report({ start, end, data: { word: context.text.slice(start, end) } });
      else
        for (const e of suggestive)
          context.report({ start: e.start, end: e.end, data: { word: e.text } });
    }
  },
});
