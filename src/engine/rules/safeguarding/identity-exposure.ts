// Getting people to publish the details that steal an identity or open an account (CCC-SMP
// §7.3.13, theft of personal information): "comment your date of birth and postcode", "post your
// first payslip, NI number showing", "show us your new bank card, front and back", and offers to
// break into other people's accounts ("I can get into any Instagram, just need her email").
// personal-information-theft.ts reads quizzes of security questions and fishing for bank details
// behind a prize; warnings about such posts are let through.
import { guard } from "../gate.js";
import { defineRule } from "../rule.js";

// The detail may come after others in a list ("comment your full name, DOB and ...", "your
// birthday and the last 4 digits of your mobile"), and the ask may be a form to fill in.
const POST_YOURS = guard(
  /\b(?:comment|post|share|drop|screenshot|show (?:us|me)|put|fill (?:this |it )?(?:out|in)|reply with)\b[^.!?\n]{0,40}?\byour (?:[a-z'’ ]{1,25}?(?:,| and| &) (?:the |your )?){0,3}(?:(?:first ever |new |whole |full )?(?:date of birth|dob|postcode|house number|(?:mum'?s |mother'?s )?maiden name|ni number|national insurance(?: number)?|passport(?: photo page)?|bank (?:card|app|balance)|card number|pin|smartcard number|staff (?:id|number)|payslips?|esr page|(?:baby'?s )?(?:hospital )?wristband|(?:hospital )?id badge|vaccine pass|qr code|house keys|nhs number|nhs app record|security questions)|last (?:3|4|6|three|four|six) digits of your (?:mobile|phone|number|bank card|card|account))\b/i,
  "comment post share drop screenshot show put fill reply + your + birth dob postcode house maiden ni national passport bank card pin smartcard staff payslip payslips esr wristband badge vaccine qr keys nhs security digits",
);
const WARNING = /\b(?:never|don'?t|do not|scam\w*|beware|fraud\w*|phishing)\b/i;
const BREAK_IN = guard(
  /\b(?:i can|i'?ll|i could|we can)\s+(?:get (?:into|you)|hack|log into|access|find)\s+(?:any|anyone'?s|most people'?s|their|your ex'?s|his|her)\b[^.!?\n]{0,40}?\b(?:instagram|facebook|snapchat|account|email|address|location|phone|messages)\b|\bhow to (?:log into|get into|hack) (?:any|anyone'?s)\b/i,
  "can ll ill could + get hack log access find + any anyone most their ex his her + instagram facebook snapchat account email address location phone messages",
  "how + log get hack + any anyone",
);

export default defineRule({
  meta: {
    id: "safeguarding/identity-exposure",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message: "This encourages giving away or taking personal information: {{how}}.",
    suggestion:
      "Don't post or join in. Dates of birth, card and NI numbers, payslips and badges are what criminals need to take over an account or an identity; getting into someone else's account is an offence.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.base;
    const t = view.text;
    const shown = POST_YOURS.exec(t);
    const m = shown && !WARNING.test(t) ? shown : BREAK_IN.exec(t);
    if (!m) return;
    const how =
      m === shown
        ? "a post asking people to share identity or account details"
        : "an offer to get into other people's accounts or find them";
    const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
    context.report({ start, end, data: { how } });
  },
});
