// Strong swearing in a post or a message received (labelling conventions: fuck, FFS, WTF, FML,
// shit, cunt, twat, wanker, dickhead, bastard, bollocks, prick, in any disguise). Mild words are
// not profanity. Swearing at someone is abuse-bullying as well; that rule reports it.
import { defineRule } from "../rule.js";

// Swearing used only as an intensifier can simply be dropped: "I am fucking BROKEN" → "I am BROKEN".
const INTENSIFIER = /^f\S*k(?:ing|in|in'|en)$|^f\S*cking$/i;

export const swearWords = defineRule({
  meta: {
    id: "profanity/swear-words",
    category: "profanity",
    severity: "warn",
    clauses: ["CLH-SMP §4.1", "CCC-SMP §7.3.4"],
    message:
      'Strong swearing ("{{word}}"): obscene language in a public post reflects on you and the Trust.',
    suggestion:
      "Take the swear word out or say it another way; the post makes its point without it.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const { text } = context;
    for (const word of context.entities("swear-word")) {
      const normalised = String(word.detail?.normalised ?? "");
      let fix;
      if (INTENSIFIER.test(normalised.replace(/\s/g, ""))) {
        const end = text[word.end] === " " ? word.end + 1 : word.end;
        fix = { start: word.start, end, replacement: "" };
      }
      context.report({
        start: word.start,
        end: word.end,
        data: { word: String(word.detail?.label ?? word.text) },
        ...(fix ? { fix } : {}),
      });
    }
  },
});
