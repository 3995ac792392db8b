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
const NAMED = new RegExp(
  [
    `(?:\\b(?:Dr|Doctor|Sister|Nurse|Matron|Prof)\\.?[ \\t]+[A-Z][a-z'’\\-]+)`,
    `(?:\\b(?:${GIVEN_NAMES.join("|")}|${GIVEN_NAMES.map((n) => n.toUpperCase()).join("|")})\\b(?:'s|'S)?)`,
    `(?:\\b[A-Z][a-z]+[ \\t]+(?:from|on)[ \\t]+(?:[Ww]ard[ \\t]?\\d+|AMU|ITU|ICU|ED|A&E|pharmacy|estates|theatres|radiology|the discharge team|nights))`,
  ].join("|"),
  "u",
);
const ROLE_REF = new RegExp(
  `\\b(?:our|the|this|that|which|my|new|your)[ \\t]+(?:new[ \\t]+|gay[ \\t]+|lesbian[ \\t]+|trans[ \\t]+|bi[ \\t]+)?(?:${ROLE.join("|")})\\b(?!s)`,
  "i",
);

/** The first reference to one identifiable colleague in `text`, or null. */
export function findColleague(text: string): RegExpExecArray | null {
  const a = NAMED.exec(text);
  const b = ROLE_REF.exec(text);
  if (a && b) return a.index <= b.index ? a : b;
  return a ?? b;
}

export const CONSENT_OR_SELF = wordsRegex([
  "(?:she|he|they) (?:made me promise|said (?:i|we) could|asked me to|is happy for me to|gave (?:me )?permission)",
  "with (?:her|his|their) (?:permission|blessing|consent)",
  "(?:she|he|they)'s? (?:happy|ok|okay) (?:for me )?to share",
]);

/** The span of one colleague reference within `window` characters of [start,end), if any. */
export function colleagueNear(text: string, start: number, end: number, window = 120): boolean {
  const slice = text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
  return findColleague(slice) !== null;
}
