import { countDigits } from "../../recognizers/privacy/vocabulary.js";
import { madeUp } from "../../recognizers/privacy/not-a-patient.js";
import { defineRule } from "../rule.js";
import { PATIENT_CLAUSES } from "./shared.js";

// Words that put the writer's own relative in care (then their birth date is a patient's).
const IN_CARE =
  /\b(?:admitted|ward|bed|bay|a&e|resus|icu|itu|hdu|discharged|patient|in hospital|surgery|operation|clinic)\b/i;

export const dateOfBirthRule = defineRule({
  meta: {
    id: "patient-identifiable/date-of-birth",
    category: "patient-identifiable",
    severity: "block",
    clauses: PATIENT_CLAUSES,
    message:
      "This gives someone's date of birth ({{date}}). A date of birth identifies a patient (MC-SS01 §4.2 a).",
    suggestion:
      "Remove the date of birth; if the age matters to the story, leave it out or say 'an older patient'.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (countDigits(context.text, 4) < 4) return;
    // "EPR training environment: 'Donald Duck, DOB 01/01/1901'", a scene from a novel: made up.
    if (madeUp(context.text)) return;
    for (const e of context.entities("DATE_OF_BIRTH")) {
      if (
        e.detail?.ownKin === true &&
        context.direction !== "inbound" &&
        !IN_CARE.test(context.normalised.base.text)
      )
        continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { date: e.text },
        redactAs: "[date of birth]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
  },
});
