// Details of the Trust's systems that help an attacker: shared or generic logins, out-of-date
// operating systems, internal IP addresses, and systems that have been hacked or encrypted.
// CLH-SMP §4.1 forbids sharing implemented security arrangements; CCC-SMP App. 1 (4–6) asks
// staff to keep logins safe.
import { sentenceAround } from "../../recognizers/information/phrases.js";
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { guard, type Shape } from "../gate.js";
import { defineRule } from "../rule.js";

const ACCOUNT =
  "login logins log logon logons ons username usernames password passwords smartcard smartcards account accounts";
// Each is a statement about how our systems are, not advice: advice ("never share your
// smartcard") uses the verb, these use the state ("one shared login for all").
const SHAPES: Shape[] = [
  // Shared or generic logins.
  {
    re: guard(
      /\b(?:one|a single|the same|same|a shared|shared|generic|common|communal)\s+(?:generic\s+|shared\s+|nhsmail\s+)?(?:logins?|log-ins?|log-?ons?|usernames?|passwords?|smartcards?|accounts?)\b(?!\s+(?:rules?|polic(?:y|ies)|resets?|managers?|requirements?|strength|changes?|expiry|guidance|advice|training|tips|for (?:all )?(?:my|your|his|her)\b|to (?:access |get into )?(?:all )?(?:my|your)\b))(?:\s+(?:for|between|across|on)\s+(?:all|every|the whole|everyone|the entire)\b[^.!?\n]{0,30})?/i,
      `one single same shared generic common communal + ${ACCOUNT}`,
    ),
    // A team's shared account for an app or a mailbox is how the service is meant to work.
    quiet: (m) =>
      /\baccounts?\b/i.test(m[0]) && !/\b(?:generic|log-?ins?|passwords?)\b/i.test(m[0]),
  },
  {
    re: guard(
      /\b(?:everyone|all the \w+|we all|the whole (?:ward|team|department))\s+(?:uses?|logs? in (?:with|as|on)|shares?|has)\s+(?:the same|one|a shared|a generic)\s+(?:logins?|log-ins?|passwords?|smartcards?|accounts?|usernames?)\b/i,
      "everyone all whole + uses use logs log shares share has + same one shared generic + login logins log username usernames password passwords smartcard smartcards account accounts",
    ),
  },
  {
    re: guard(
      /\b(?:log(?:ged|s)? in|logging in)\s+(?:as|with)\s+(?:the\s+)?(?:ward|admin|generic|shared|locum|agency)\s+(?:login|account|smartcard|user)\b/i,
      "log logged logs logging + as with + ward admin generic shared locum agency",
    ),
  },
  // Working under someone else's identity.
  {
    re: guard(
      /\b(?:logged|left|stay|stays|kept) (?:in|on) (?:as|under) (?:the |our )?(?:ward manager|manager|sister|matron|consultant|admin|administrator|nurse in charge|someone else|another (?:nurse|doctor|person))\b|\b(?:using|on|under) (?:someone else'?s|another (?:person|nurse|doctor|colleague)'?s|the (?:ward manager|manager|sister|consultant)'?s) (?:login|smartcard|card|password|account)\b/i,
      "logged left stay stays kept + as under",
      "using on under + login smartcard card password account",
    ),
  },
  // Out-of-date software our systems run on.
  {
    re: guard(
      /\b(?:still|runs?|running|stuck|uses?|using|on)\b[^.!?\n]{0,40}?\bwindows\s+(?:xp|vista|7|8|2000|2003|nt|98|95)\b|\b(?:out of date|unsupported|unpatched|ancient|obsolete) (?:version of )?(?:windows|software|operating system|os|browser|antivirus)\b/i,
      "windows + xp vista 7 8 2000 2003 nt 98 95",
      "out unsupported unpatched ancient obsolete + windows software operating os browser antivirus",
    ),
  },
  // How passwords are made up: "just the ward name plus the year", "same password on every ward".
  {
    re: guard(
      /\bpass(?:word|code)s?\b[^.!?\n]{0,40}?\b(?:is|are|'s)\s+(?:just|always|basically|literally|simply|all|usually)?\s*(?:the|our|your|their)\s+(?:\w+\s+){0,2}(?:plus|\+|and then|followed by|then|with)\s+(?:the\s+)?(?:\w+\s+)?(?:year|date|number|digits?|month|\d+|postcode|initials|surname|name)\b|\b(?:same|one) pass(?:word|code) (?:for|on|across|in) (?:every|all|each|the whole)\b|\bpass(?:word|code)s? (?:are|is) (?:all )?the same (?:for|on|across|in) (?:every|all|each)\b/i,
      "password passwords passcode passcodes",
    ),
  },
  {
    re: guard(
      /\b(?:unpatched|no antivirus|antivirus (?:is |has )?(?:off|disabled|expired|out of date)|firewall (?:is |has been )?(?:off|down|disabled|turned off))\b/i,
      "unpatched antivirus firewall",
    ),
  },
  // Systems that have been compromised.
  {
    re: guard(
      /\b(?:got|was|were|been|has been|have been|getting|being)\s+(?:encrypted|hacked|compromised)\b|\bhit by (?:a |the )?(?:ransomware|malware|cyber ?attack|virus)\b|\bransomware attack\b/i,
      "encrypted hacked compromised",
      "hit + ransomware malware cyber cyberattack virus",
      "ransomware + attack",
    ),
    // Someone's own social media hacked ("my Insta was hacked, ignore any DMs") is not the Trust's.
    quiet: (m, text) => personalAccount(text, m.index),
  },
  // Internal network addresses.
  {
    re: guard(
      /\b(?:10\.\d{1,3}|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.\d{1,3}\.\d{1,3}\b/,
      "10 192 172",
    ),
  },
];
// A personal account (social media, one's own phone or e-mail) with no Trust system in the sentence.
const PERSONAL_ACCOUNT =
  /\b(?:facebook|fb|insta(?:gram)?|twitter|tiktok|snapchat|snap|whatsapp|youtube|linkedin|my (?:personal |own )?(?:account|email|e-mail|phone|page|profile)|personal (?:account|email|e-mail|page|profile))\b/i;
const TRUST_SYSTEM =
  /\b(?:trust|nhs|ward|server|network|system|systems|lab|pas|emis|systmone|rio|lorenzo|cerner|epr|pharmacy|finance|payroll|radiology|pacs|hospital|department|team)\b/i;
function personalAccount(text: string, at: number): boolean {
  const around = sentenceAround(text, at, at);
  const sentence = text.slice(around.start, around.end);
  return PERSONAL_ACCOUNT.test(sentence) && !TRUST_SYSTEM.test(sentence);
}
// Advice and warnings describe what not to do; they give nothing away.
const ADVICE =
  /\b(?:never|don'?t|do not|please don'?t|avoid|should(?:n'?t| not)|must(?:n'?t| not)|mustn't|remember to|if you|beware)\b[^.!?\n]{0,30}$/i;

export default defineRule({
  meta: {
    id: "security-arrangements/system-details",
    category: "security-arrangements",
    severity: "block",
    clauses: ["CLH-SMP §4.1", "CCC-SMP App. 1 (4–6)"],
    message:
      "This post describes how the Trust's computer systems are set up or where they are weak (shared logins, out-of-date software, network addresses or a breach). That helps anyone trying to break in.",
    suggestion:
      "Take out the system details. If you are worried about IT security, tell the IT service desk or Information Governance rather than posting it.",
  },
  check(context) {
    if (!mayApply(context.text, T.SYSTEM | T.NUMBER_DOTS)) return;
    const view = context.normalised.base;
    for (const { re, quiet } of SHAPES) {
      const m = re.exec(view.text);
      if (!m) continue;
      if (ADVICE.test(view.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (quiet?.(m, view.text)) continue;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end });
      return;
    }
  },
});
