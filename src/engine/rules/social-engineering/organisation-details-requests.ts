// An inbound message fishing for how the organisation works: its suppliers and contract dates,
// who holds the budget and their direct line, what software the ward PCs run, whether staff
// share logins. CLH-SMP App. 2 (10): "Do not provide information about your organisation ...
// including structures and networks unless you are certain of the recipient's identity".
import { defineRule } from "../rule.js";
import { requestSentences } from "./requests.js";

const ASKED_FOR = new RegExp(
  [
    String.raw`\bsuppliers?\b|\bcontract (?:end date|value|details|renewal|expiry|terms)\b|\bbudget holders?\b|\bdirect (?:line|dial|number)s?\b|\borg(?:anisation(?:al)?)? (?:chart|structure)\b|\bstaff (?:list|directory)\b|\blist of (?:staff|employees|names|managers)\b|\b(?:staff|employee|manager)s?'? (?:names|emails|e-mails|email addresses)\b|\bemail addresses (?:of|for)\b`,
    String.raw`\bwho (?:is|'s) (?:your|the) (?:manager|budget holder|head of \w+|director|it manager|procurement \w+|finance \w+|decision maker)\b`,
    String.raw`\bwhat (?:version|software|system|systems|antivirus|anti-virus|operating system|browser|firewall|email system)\b|\b(?:version|which|what) (?:of )?windows\b|\bshared? logins?\b|\bshare (?:their |your )?(?:logins?|passwords?|smartcards?)\b|\b(?:staff|ward) (?:logins?|passwords?)\b|\bip address(?:es)?\b|\bnetwork (?:details|setup|set-up|diagram)\b|\bwi-?fi (?:password|key|details)\b`,
    String.raw`\b(?:door|keypad|access) codes?\b|\bsecurity (?:arrangements|rounds|patrols|cameras|guards)\b|\bhow many security\b|\bwhen (?:do|does) (?:the )?security\b|\bcctv (?:coverage|cameras)\b`,
  ].join("|"),
  "i",
);
const PREFILTER =
  /supplier|contract|budget|direct|org|staff|list|employee|manager|email|who|what|which|windows|login|password|smartcard|ip address|network|wi-?fi|code|security|cctv/i;

export default defineRule({
  meta: {
    id: "social-engineering/organisation-details-requests",
    category: "social-engineering",
    severity: "warn",
    clauses: ["CLH-SMP App. 2 (8–12)", "MTW-SMP blagging tips", "CCC-SMP App. 1 (12–14)"],
    message:
      "This message asks for internal details of the organisation (suppliers and contracts, who holds a budget, how its systems or security are set up). Unsolicited requests like this are a classic social engineering approach.",
    suggestion:
      "Don't answer on social media. If the sender says they are a partner organisation, verify them directly with that organisation's department head before sharing anything, and tell Information Governance about the approach.",
    directions: ["inbound"],
  },
  check(context) {
    if (!PREFILTER.test(context.text)) return;
    const view = context.normalised.base;
    for (const s of requestSentences(view)) {
      if (!ASKED_FOR.test(view.text.slice(s.start, s.end))) continue;
      const { start, end } = view.toOriginal(s.start, s.end);
      context.report({ start, end });
      return;
    }
  },
});
