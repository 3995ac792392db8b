// Clauses and helpers shared by the patient-identifiable rules.
import { consentGiven, isOfficial } from "../../recognizers/privacy/people.js";
import type { RuleContext } from "../rule.js";

export const PATIENT_CLAUSES = [
  "MC-SS01 §4.2(t)",
  "MC-SS01 §4.2 a–c",
  "TRUST-SMP §5.4",
  "TRUST-SMP DO NOT 1",
  "MTW-SMP §3.0",
  "CCC-SMP §7.3.12",
];

/** An official account's post that says the patient agreed (labelling conventions' exception). */
export function consentedOfficialPost(context: RuleContext): boolean {
  return isOfficial(context.profile) && consentGiven(context.normalised.base.text);
}
