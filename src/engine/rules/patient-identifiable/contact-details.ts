// A patient's or relative's phone number or e-mail address. Public helplines, freephone and
// switchboard numbers, the trust's published contacts (pack allow-lists) and colleagues'
// numbers (colleague-privacy) are left to others.
import {
  COLLEAGUE_WORDS,
  colleagueNearer,
  isOfficial,
  nearest,
  ONE_PATIENT_CUES,
  PATIENT_CUES,
} from "../../recognizers/privacy/people.js";
import { RELATIVES, SINGLE_RELATIVES, wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { mayHoldEmail } from "../../recognizers/privacy/email-address.js";
import { mayHoldPhone, phoneKindOf } from "../../recognizers/privacy/phone-number.js";
import { defineRule } from "../rule.js";
import { PATIENT_CLAUSES } from "./shared.js";

const PUBLIC = wordsRegex([
  "switchboard",
  "helpline",
  "call us",
  "ring us",
  "our number",
  "reception",
  "appointments line",
  "free on",
  "freephone",
  "text us",
  "email us",
  "contact us",
  "pals",
  "enquiries",
  "press office",
  "press team",
  "media team",
  "communications team",
  "comms team",
]);
const CALL_BEFORE =
  /\b(?:call|ring|phone|contact|text|whatsapp|on)[ \t]+(?:us[ \t]+)?(?:on[ \t]+)?$/i;
// A relative of someone else ("his son", "the patient's daughter", "Mrs Ali's husband"), just
// before the number: a staff member's own family is "my".
const THIRD_PARTY_KIN = new RegExp(
  `\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he[ \\t]+patient'?s|[A-Z][a-z]+'s)[ \\t]+(?:${SINGLE_RELATIVES.join("|")})\\b|\\b[Tt]he[ \\t]+family(?:'s|’s)[ \\t]+(?:e-?mail|number|mobile|phone|landline)`,
);
function patientsKin(text: string, start: number): boolean {
  return THIRD_PARTY_KIN.test(text.slice(Math.max(0, start - 60), start));
}
// A role mailbox ("press@…", "pals@…") or an NHS domain is an organisation's address, not a person's.
const ROLE_MAILBOX =
  /^(?:press|media|news|comms|communications|pals|info|enquiries|contact|hello|admin|office|appointments|bookings|feedback|complaints|foi|jobs|recruitment)[._-]?[a-z]*@|@(?:[a-z0-9-]+\.)*(?:nhs\.uk|nhs\.net)$/i;
const WHOSE = wordsRegex([
  ...RELATIVES,
  "mr",
  "mrs",
  "ms",
  "miss",
  "him",
  "her",
  "his",
  "lady",
  "man",
  "gent",
  "patient",
  "patients",
]);

// A relative owns the number or address ("the patient's daughter ... her mobile is", "my mother's
// email is"): nearer than any colleague word, it is not a colleague's. "Sister" is left out: it is
// also a nurse's title; "family" too ("our ward family"), except as a family's own ("the
// family's email").
const KIN = wordsRegex([
  ...RELATIVES.filter((r) => r !== "sister" && r !== "family"),
  "(?:the|this|that|a|his|her|their|patient's) family(?:'s|’s)",
]);
const COLLEAGUE = wordsRegex(COLLEAGUE_WORDS);
// Someone's medicines asked for near the number: a patient's or their family's message ("can u put
// my mams tablets thru today… with her number showing"). Not the writer's own "my tablets".
const SOMEONES_MEDICINES = wordsRegex([
  "(?:his|her|their|(?:my|your) (?:mam|mum|mom|dad|nan|nana|gran|grandad|husband|wife|son|daughter|brother|sister)['’]?s) (?:[a-z]+ )?(?:tablets|meds|medication|prescription|script|repeats?|inhalers?|insulin|dressings)",
]);
function relativeOwns(text: string, start: number, end: number, window: number): boolean {
  const kin = nearest(text, start, end, KIN, window);
  return kin !== Infinity && kin < nearest(text, start, end, COLLEAGUE, window);
}

export const contactDetailsRule = defineRule({
  meta: {
    id: "patient-identifiable/contact-details",
    category: "patient-identifiable",
    severity: "block",
    clauses: PATIENT_CLAUSES,
    message:
      "This gives a patient's or relative's {{kind}} ({{value}}), which identifies them (CCC-SMP §7.3.12 covers relatives too).",
    suggestion:
      "Remove the contact details and pass them on through the ward's clinical systems or a phone call, not a post.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.normalised.original;
    const official = isOfficial(context.profile);
    // Nine digits, or a number read aloud ("oh seven seven double oh ...": the digits view).
    const phones = mayHoldPhone(text) ? context.entities("PHONE_NUMBER") : [];
    for (const e of phones) {
      const kind = phoneKindOf(e.text);
      if (kind !== "mobile" && kind !== "landline") continue;
      if (nearest(text, e.start, e.end, PUBLIC, 60) < Infinity) continue;
      // An official account telling people to ring a number gives the Trust's own line
      // ("To ask about a patient, call 01623 622515 and ask for the ward").
      if (official && CALL_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start))) continue;
      // Nor is a landline in an official post with no one patient near ("Same phone number: …").
      if (
        official &&
        kind === "landline" &&
        nearest(text, e.start, e.end, ONE_PATIENT_CUES, 100) === Infinity
      )
        continue;
      const kin = relativeOwns(text, e.start, e.end, 80);
      if (colleagueNearer(text, e.start, e.end) && !kin) continue;
      // Inbound, a relative writing in gives their own or the patient's number: no care word needed.
      // Inbound, the writer's relative; in a staff post, a patient's ("his son's number is…").
      const inboundKin = (context.direction === "inbound" || patientsKin(text, e.start)) && kin;
      if (
        !inboundKin &&
        nearest(text, e.start, e.end, PATIENT_CUES, 160) === Infinity &&
        nearest(text, e.start, e.end, SOMEONES_MEDICINES, 160) === Infinity
      )
        continue;
      if (nearest(text, e.start, e.end, WHOSE, 80) === Infinity) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { kind: "phone number", value: e.text },
        redactAs: "[phone number]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
    for (const e of mayHoldEmail(text) ? context.entities("EMAIL_ADDRESS") : []) {
      const personal = e.detail?.personal === true;
      if (ROLE_MAILBOX.test(e.text)) continue;
      if (nearest(text, e.start, e.end, PUBLIC, 60) < Infinity && !personal) continue;
      const kin = relativeOwns(text, e.start, e.end, 80);
      if (colleagueNearer(text, e.start, e.end) && !kin) continue;
      const inboundKin = (context.direction === "inbound" || patientsKin(text, e.start)) && kin;
      if (!inboundKin && nearest(text, e.start, e.end, PATIENT_CUES, 160) === Infinity) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { kind: "e-mail address", value: e.text },
        redactAs: "[e-mail]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
  },
});
