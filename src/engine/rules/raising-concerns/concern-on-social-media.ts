// Raising a concern about patient safety, care, staffing or wrongdoing belongs with the Raising
// Concerns / Speak Up route, not social media (TRUST-SMP §5.3 and DO NOT 6, MTW-SMP policy
// statement, CCC-SMP §6.0). The finding says where to go instead.
import {
  CONCERN_THRESHOLD,
  findConcern,
  isOfficialAccount,
  speakUpRoute,
  tidy,
} from "../../signals/index.js";
import { strongest } from "../../signals/spans.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "raising-concerns/concern-on-social-media",
    category: "raising-concerns",
    severity: "warn",
    clauses: ["TRUST-SMP §5.3", "TRUST-SMP DO NOT 6", "MTW-SMP policy statement", "CCC-SMP §6.0"],
    message:
      'This raises a concern about {{what}} ("{{excerpt}}") on social media. Concerns about care, safety, staffing or wrongdoing must go through the Raising Concerns route ({{route}}), not a public post.',
    suggestion:
      "Take it to your line manager or {{route}}; they can act on it and you are protected. Do not post it.",
    directions: ["outbound"],
  },
  check(ctx) {
    // An official account's safety message (e.g. "please bear with us") is the Trust speaking.
    const concern = findConcern(ctx.normalised);
    if (concern.score < CONCERN_THRESHOLD) return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const best = strongest(concern.spans);
    if (!best) return;
    const view = ctx.normalised.base;
    const { start, end } = tidy(view.text, best);
    const at = view.toOriginal(start, end);
    ctx.report({
      start: at.start,
      end: at.end,
      data: {
        what: best.label,
        excerpt: ctx.text.slice(at.start, at.end),
        route: speakUpRoute(ctx.pack),
      },
    });
  },
});
