// Theft of personal information (CCC-SMP §7.3.13): quizzes that collect the answers to security
// questions ("first pet + mum's maiden name + the street you grew up on = your drag name"), and
// encouraging people to look someone up on patient systems to find where they live.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const SECURITY_QUESTION =
  /\b(?:mother|mum|mom|mam)'?s? maiden name\b|\bmaiden name\b|\bfirst pet'?s?(?: name)?\b|\bname of your first pet\b|\bstreet you grew up (?:on|in)\b|\bfirst school\b|\bfirst car\b|\bchildhood (?:street|nickname|best friend|hero)\b|\bfavourite teacher\b|\bbirth month\b|\bcity (?:you were|your parents were) born\b/gi;
// Looking up someone you know on a clinical or patient system.
const LOOK_UP =
  /\b(?:look|looked|looking|search|searched|searching|find|found|finding)\b(?:\s+[^\s.!?]+){0,5}?\s+on (?:the |our )?(?:pas|spine|system|systems|emis|systmone|rio|lorenzo|epr|ehr|cerner|epic|ice|summary care record|scr|medway|patient (?:records?|system|database)|records|database)\b/i;
const PERSONAL_TARGET =
  /\b(?:your|my|his|her|their) ex\b|\bwhere (?:they|he|she|your ex|someone|people) (?:lives?|live now)\b|\b(?:their|his|her|someone'?s|home) address(?:es)?\b|\bneighbours?\b|\bcrush\b|\bfancy\b|\bcelebrit\w+|\bfamous\b|\bfootballers?\b|\bdate of birth\b|\bnew (?:partner|boyfriend|girlfriend)\b/i;

export default defineRule({
  meta: {
    id: "safeguarding/personal-information-theft",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message: "This encourages people to give away or take personal information: {{how}}.",
    suggestion:
      "Don't post or join in. Answers to security questions let criminals reset accounts; patient systems may only be opened for the care you are giving, and every access is audited.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (!mayApply(context.text, T.THEFT)) return;
    const view = context.normalised.base;
    const t = view.text;
    SECURITY_QUESTION.lastIndex = 0;
    const asked = [...t.matchAll(SECURITY_QUESTION)];
    if (new Set(asked.map((m) => m[0].toLowerCase())).size >= 2) {
      const first = asked[0];
      const last = asked[asked.length - 1];
      const { start, end } = view.toOriginal(first.index, last.index + last[0].length);
      context.report({
        start,
        end,
        data: { how: "a quiz collecting the answers to security questions" },
      });
      return;
    }
    const look = LOOK_UP.exec(t);
    if (
      look &&
      PERSONAL_TARGET.test(t.slice(Math.max(0, look.index - 80), look.index + look[0].length + 40))
    ) {
      const { start, end } = view.toOriginal(look.index, look.index + look[0].length);
      context.report({
        start,
        end,
        data: { how: "looking someone up on a patient system for personal reasons" },
      });
    }
  },
});
