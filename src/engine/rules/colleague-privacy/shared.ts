// What marks a specific colleague in a post, and the clauses colleague-privacy enforces.
import { GIVEN_NAMES, wordsRegex } from "../../recognizers/privacy/vocabulary.js";

export const COLLEAGUE_CLAUSES = ["MC-SS01 §4.2(j)", "TRUST-SMP DO 5", "TRUST-SMP DO NOT 1", "TRUST-SMP §5.4", "CCC-SMP §7.3.4"];

const ROLE = [
  "nurse", "staff nurse", "charge nurse", "sister", "matron", "midwife", "hca", "doctor", "consultant", "surgeon",
  "registrar", "reg", "f1", "f2", "sho", "physio", "ot", "pharmacist", "porter", "receptionist", "ward clerk",
  "housekeeper", "manager", "ward manager", "director", "band [2-9]", "admin girl", "admin", "student nurse",
  "student", "colleague", "anaesthetist", "radiographer", "cleaner", "paramedic", "odp", "secretary", "hcsw",
];

/**
 * One identifiable colleague: a name (given name, or Dr/Sister/Nurse + name), "our band 7",
 * "the new admin girl", "which charge nurse on Ward 7", "Dean from estates". Plural or vague
 * references ("one of the porters", "someone from theatres") are not one identifiable person.
 */
export const COLLEAGUE_REF = new RegExp(
  [
    `(?:\\b(?:dr|doctor|sister|nurse|matron|prof)\\.?[ \\t]+[A-Z][a-z'’\\-]+)`,
    `(?:\\b(?:our|the|this|that|which|my|new|your)[ \\t]+(?:new[ \\t]+|gay[ \\t]+|lesbian[ \\t]+|trans[ \\t]+|bi[ \\t]+)?(?:${ROLE.join("|")})\\b(?!s))`,
    `(?:\\b(?:our[ \\t]+)?(?:${GIVEN_NAMES.join("|")})\\b(?:'s)?)`,
    `(?:\\b[A-Z][a-z]+[ \\t]+(?:from|on)[ \\t]+(?:ward[ \\t]?\\d+|amu|itu|icu|ed|a&e|pharmacy|estates|theatres|radiology|the discharge team|nights))`,
  ].join("|"),
  "u",
);

export const CONSENT_OR_SELF = wordsRegex([
  "(?:she|he|they) (?:made me promise|said (?:i|we) could|asked me to|is happy for me to|gave (?:me )?permission)",
  "with (?:her|his|their) (?:permission|blessing|consent)",
  "(?:she|he|they)'s? (?:happy|ok|okay) (?:for me )?to share",
]);

/** The span of one colleague reference within `window` characters of [start,end), if any. */
export function colleagueNear(text: string, start: number, end: number, window = 120): boolean {
  const slice = text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
  return COLLEAGUE_REF.test(slice);
}
