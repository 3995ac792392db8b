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
    // Physical security: "who holds the keys overnight", "which CD safe models do your wards use",
    // "when is the pharmacy store left unstaffed".
    String.raw`\bwho (?:holds|keeps|carries) (?:the )?(?:keys?|key ?fobs?|fobs?|master keys?)\b|\bwho (?:has|looks after) (?:the )?(?:keys?|key ?fobs?|fobs?|master keys?)(?: \w+){0,3}? (?:overnight|at night|out of hours|after hours|at weekends|to (?:the )?(?:pharmacy|drugs?|cds?|controlled drugs?|safes?|stores?|medicine \w+|server \w+|cupboards?))\b|\b(?:which|what) (?:make of |makes of |brand of |type of |kind of )?(?:[\w-]+ )?(?:safes?|locks?|alarms?|alarm systems?|key ?safes?|cupboards?|cctv|cameras?)(?: models?| systems?| brands?)? (?:do|does|are|is|have)\b|\bwhen (?:is|are) (?:the |your )?(?:[\w-]+ )?(?:pharmacy|pharmacies|building|site|office|clinic|unit|store|stores|ward)s? (?:left )?(?:empty|unstaffed|unattended|unlocked)\b`,
  ].join("|"),
  "i",
);
const PREFILTER =
  /supplier|contract|budget|direct|org|staff|list|employee|manager|email|who|what|which|windows|login|password|smartcard|ip address|network|wi-?fi|code|security|cctv|key|fob|safe|lock|alarm|cupboard|camera|empty|unstaffed|unattended/i;

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
