// Incidents inside the Trust that are the Trust's to report: a serious incident or never event
// under investigation, a member of staff assaulted on shift. Posting them first breaches
// confidentiality (CLH-SMP §4.1, MTW-SMP §3.0) and can prejudice the investigation.
// An official account's statement, or a post sharing it, is public and not reported.
import { isOfficialAccount, sentenceAround } from "../../recognizers/information/phrases.js";
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { DRUGS_UNACCOUNTED } from "../../signals/concern.js";
import { execIfMay } from "../../signals/cue-gate.js";
import { defineRule } from "../rule.js";

const STAFF = String.raw`(?:hcas?|nurses?|staff(?: nurses?)?|colleagues?|doctors?|porters?|paramedics?|security(?: guards?| officers?)?|students?|midwi(?:fe|ves)|receptionists?|f[12]s?|sisters?|members? of staff|physios?|cleaners?|consultants?|registrars?|housekeepers?|healthcare assistants?|surgeons?|managers?|matrons?|anaesthetists?|pharmacists?|therapists?|radiographers?|team)`;
const INCIDENT = new RegExp(
  [
    // An incident that happened ("there was a never event", "serious incident declared"), not the
    // subject in general ("teaching on never events").
    String.raw`\b(?:a|an|another|had a|was a|been a|declared(?: a)?|two|three|our|the|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:serious (?:untoward )?incident|never event)\b(?! (?:policy|framework|training|teaching|list|reporting|is (?:something|when|what|defined|an? (?:incident|event|serious|wholly))|means|are (?:incidents|events|defined)))`,
    String.raw`\b(?:serious (?:untoward )?incident|never event)s?\s+(?:declared|last (?:night|week|month)|yesterday|happened|being investigated|under investigation|on ward|in theatres?)\b`,
    String.raw`\b(?:si|sui) investigation\b|\bwrong[- ]site (?:surgery|procedure|block)\b|\bretained (?:swab|instrument|guidewire)\b`,
    // "punched one of our HCAs", "assaulted two of our nurses", "spat at a member of staff".
    String.raw`\b(?:punched|assaulted|attacked|headbutted|head-butted|kicked|bit|spat at|spat on|strangled|stabbed|slapped|hit|glassed|throttled)\s+(?:one|two|three|several|some|a couple|a few|\d+)?\s*(?:of\s+)?(?:our|a)\s+(?:\w+\s+)?${STAFF}\b`,
    // A colleague's HR process: "the consultant involved has been suspended pending investigation".
    String.raw`\b(?:${STAFF}|consultant involved|nurse involved|doctor involved|(?:dr|sister|nurse|matron) [a-z]+|manager|matron|surgeon|anaesthetist|midwife|he|she|they)\b[^.!?\n]{0,40}?\b(?:(?:has|have|had|was|were|is|are|got|been|being)\s+(?:been\s+|now\s+)?(?:suspended|sacked|dismissed|struck off|escorted off|walked off|put on gardening leave|referred to the (?:gmc|nmc|hcpc)|under investigation|investigated|disciplined)|facing (?:a )?(?:disciplinary|tribunal|investigation|gmc|nmc)|on (?:gardening leave|restricted duties))\b`,
    // Staff suspended in numbers ("fourteen porters suspended over the overtime claims") and
    // patient records that went to the wrong place ("the clinic letters were posted to the wrong
    // addresses"; not advice that emails sent to the wrong person are the commonest breach).
    String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)\s+(?:\w+\s+)?${STAFF}\s+(?:now\s+)?(?:suspended|sacked|dismissed|struck off|under investigation)\b`,
    String.raw`\b(?:lists?|letters|records|notes|results|referrals|discharge summar(?:y|ies)|spreadsheets?|handover sheets?)\b[^.!?\n]{0,30}?\b(?:got|was|were|been|have been|has been)\s+(?:emailed|e-mailed|sent|faxed|posted|shared|forwarded)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+|a\s+)?wrong\s+(?:gp|practice|surgery|patients?|person|people|address(?:es)?|hospital|email(?:\s+address)?|family|families|recipients?)\b`,
    // Controlled drugs unaccounted for ("the CD count was out", "3 ampoules missing"),
    // and the Trust's own incident figures read off its reporting system ("the Datix breakdown").
    String.raw`${DRUGS_UNACCOUNTED}|\b(?:cd|drug|controlled drug)\s+discrepanc(?:y|ies)\b`,
    String.raw`\bdatix\s+(?:figures|data|breakdown|reports?|numbers|stats|dashboard|summary|trends?)\b`,
  ].join("|"),
  "i",
);
// Incidents counted on the author's unit ("three near misses on our ward this month", "two
// free-flow incidents on the unit this week") and an overdose given ("drew up ten times the
// heparin"): their words are not the incident words above, so they are looked for on their own.
// Falls or medication errors counted are read as a concern about care, not the Trust's business.
const COUNTED_OR_GIVEN =
  /\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+)?(?:incidents|near\s+misses)\s+(?:on|in|at)\s+(?:our|the|this|my)\s+(?:\w+\s+)?(?:unit|ward|department|bay|theatres?)\s+(?:this|last)\s+(?:week|month|year|fortnight)\b|\b(?:prescribed|gave|given|drew\s+up|drawn\s+up|administered|hung|injected)\s+(?:\w+\s+)?(?:\d+\s?x|ten\s+times|\d+\s+times|double|triple|twice|three\s+times)\s+(?:the\s+)?(?:\w+\s+)?(?:dose|insulin|morphine|heparin|potassium|paracetamol|digoxin|methotrexate|oramorph|fentanyl|amount)\b/i;
const PUBLIC =
  /\b(?:trust'?s? statement|official statement|press release|(?:reported|reporting) (?:it )?to the police|as reported (?:by|in|on)|in the news)\b/i;
// Already public elsewhere or not the Trust's at all: a regulator's published outcome ("the
// tribunal found", "on the MPTS website"), news read elsewhere, another organisation, a road.
const NOT_OURS =
  /\b(?:tribunal|mpts|court (?:heard|case|reports?)|(?:gmc|nmc|hcpc) (?:website|register|hearing|panel|decision)|(?:read|saw|seen) (?:that|in the (?:paper|news))|(?:at|in) (?:a|another) (?:\w+ )?(?:trust|hospital|ambulance service|practice|care home)|on the [am]\d{1,4}|motorway)\b/i;

export default defineRule({
  meta: {
    id: "confidential-information/internal-incidents",
    category: "confidential-information",
    severity: "block",
    clauses: ["MC-SS01 §4.1(b)", "CLH-SMP §4.1", "MTW-SMP §3.0", "CCC-SMP §7.3.10"],
    message:
      "This describes an incident inside the Trust (a serious incident, a never event or an assault on staff) that is the Trust's to report, not yet public.",
    suggestion:
      "Report it through the incident reporting system and leave any public statement to the communications team. Support for staff is available from your manager and Occupational Health.",
  },
  check(context) {
    const view = context.normalised.base;
    const counted = execIfMay(COUNTED_OR_GIVEN, view.text);
    if (!counted && !mayApply(context.text, T.INCIDENT)) return;
    if (isOfficialAccount(context.profile)) return;
    // Only when the words of one of its branches are all in the text.
    const m = (mayApply(context.text, T.INCIDENT) && execIfMay(INCIDENT, view.text)) || counted;
    if (!m || PUBLIC.test(view.text) || NOT_OURS.test(view.text)) return;
    const sentence = sentenceAround(view.text, m.index, m.index + m[0].length);
    const { start, end } = view.toOriginal(sentence.start, sentence.end);
    context.report({ start, end });
  },
});
