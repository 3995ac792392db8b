// An inbound message asking for the account's keys: a password, login e-mail, recovery phone,
// the 6-digit code just texted, or the answers to security questions dressed up as a quiz
// ("first pet + mum's maiden name = your drag name"). Often the sender claims to be IT, the
// comms team or a partner. CLH-SMP App. 2 (9) and (11); MTW-SMP blagging tips 2–4; CCC-SMP App. 1 (13).
import { defineRule } from "../rule.js";
import { requestSentences } from "./requests.js";

const CREDENTIAL = String.raw`(?:pass ?words?|passcodes?|log-?in(?: details| email| e-mail| info)?|sign-?in details|usernames?|user names?|credentials|(?:\d+-digit|six-digit|verification|security|one-time|2fa|mfa|two-factor|authenticat\w+|login|access|confirmation|recovery) codes?|otp|pin(?: number)?|recovery (?:phone|email|e-mail|number|code)(?: number)?|nhsmail (?:details|login|password)|account details|bank (?:details|account(?: number| details)?)|card (?:details|numbers?)|sort ?codes?|account numbers?|cvv|cvc|expiry date|national insurance(?: number)?|ni number|passport (?:number|details)|online banking(?: details)?)`;
const ASK_FOR_CREDENTIAL = new RegExp(
  String.raw`\b(?:send|give|tell|share|dm|pm|message|confirm|provide|verify|enter|type|reply with|text|email|e-mail|forward|read out|let (?:me|us) (?:know|have))\b[^.!?\n]{0,50}?\b(?<!\bmy )${CREDENTIAL}\b|\bwhat(?:'s| is| are) (?:the|your|this (?:page|account)'?s?) ${CREDENTIAL}\b`,
  "i",
);
// Gift cards bought for someone who "can't talk" and wants the codes: the boss-impersonation scam
// ("I'm in a meeting, buy 4 x £50 Apple gift cards for the team and send me the codes").
const GIFT_CARDS =
  /\bbuy\b[^.!?\n]{0,40}?\b(?:gift ?cards?|gift vouchers?|vouchers|itunes cards?|google play cards?|steam cards?)\b/i;
const GIFT_CARD_SCAM =
  /\b(?:codes?|reimburse\w*|pay you back|urgent\w*|asap|in a meeting|can'?t talk|between us|keep (?:it|this) quiet)\b/i;
// Security questions: the answers that reset an account.
const SECURITY_QUESTION =
  /\b(?:mother|mum|mom|mam)'?s? maiden name\b|\bmaiden name\b|\bfirst pet'?s?(?: name)?\b|\bname of your first pet\b|\bstreet you grew up (?:on|in)\b|\bfirst school\b|\bfirst car\b|\bchildhood (?:street|nickname|best friend|hero)\b|\bfavourite teacher\b|\bcity (?:you were|your parents were) born\b/gi;
const PREFILTER =
  /voucher|gift|sort|cvv|cvc|expiry|national|passport|pass|log-?in|sign-?in|username|user name|credential|code|otp|pin|recovery|nhsmail|account|bank|card|maiden|pet|street|school|car|childhood|teacher|born/i;

export default defineRule({
  meta: {
    id: "social-engineering/credential-requests",
    category: "social-engineering",
    severity: "warn",
    clauses: ["CLH-SMP App. 2 (8–12)", "MTW-SMP blagging tips", "CCC-SMP App. 1 (12–14)"],
    message:
      "This message asks for login details, a security code or the answers to security questions. No genuine IT team, colleague or partner asks for these over social media.",
    suggestion:
      "Don't reply with the details. Check the sender's identity directly with their department, change the password if anything was shared, and report it to the IT service desk as a suspected phishing attempt.",
    directions: ["inbound"],
  },
  check(context) {
    if (!PREFILTER.test(context.text)) return;
    const view = context.normalised.base;
    const giftCards = GIFT_CARD_SCAM.test(view.text);
    for (const s of requestSentences(view)) {
      const sentence = view.text.slice(s.start, s.end);
      const credential = ASK_FOR_CREDENTIAL.test(sentence);
      if (!credential && !(giftCards && GIFT_CARDS.test(sentence))) continue;
      const { start, end } = view.toOriginal(s.start, s.end);
      context.report(
        credential
          ? { start, end }
          : {
              start,
              end,
              message:
                "This message asks someone to buy gift cards and pass on the codes, the way impostors posing as a senior manager steal money. No genuine manager asks for this over social media.",
            },
      );
      return;
    }
    // Two or more security questions in one message are a harvesting quiz, asked or not.
    SECURITY_QUESTION.lastIndex = 0;
    const found = view.text.match(SECURITY_QUESTION);
    if (found && new Set(found.map((f) => f.toLowerCase())).size >= 2) {
      SECURITY_QUESTION.lastIndex = 0;
      const first = SECURITY_QUESTION.exec(view.text)!;
      let lastEnd = first.index + first[0].length;
      for (let m = SECURITY_QUESTION.exec(view.text); m; m = SECURITY_QUESTION.exec(view.text))
        lastEnd = m.index + m[0].length;
      const { start, end } = view.toOriginal(first.index, lastEnd);
      context.report({
        start,
        end,
        message:
          "This message asks people to post the answers to common security questions (maiden name, first pet, childhood street). Those answers reset bank and work accounts.",
      });
    }
  },
});
