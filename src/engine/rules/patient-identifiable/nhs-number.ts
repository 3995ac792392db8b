import { mayHaveLookalike } from "../../normalise/digits.js";
import { madeUp } from "../../recognizers/privacy/not-a-patient.js";
import { countDigits } from "../../recognizers/privacy/vocabulary.js";
import { testIfMay } from "../../signals/cue-gate.js";
import { defineRule } from "../rule.js";
import { PATIENT_CLAUSES } from "./shared.js";

// Digits written as words ("nine nine nine, two six three") need a run of them.
const DIGIT_WORDS =
  /\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)[\s,-]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b/i;

export const nhsNumberRule = defineRule({
  meta: {
    id: "patient-identifiable/nhs-number",
    category: "patient-identifiable",
    severity: "block",
    clauses: [...PATIENT_CLAUSES.slice(0, 2), "MC-SS01 §4.4", ...PATIENT_CLAUSES.slice(2)],
    message:
      "This looks like a patient's NHS number ({{number}}). An NHS number identifies a patient on its own.",
    suggestion:
      "Remove the NHS number. Share it only through clinical systems or NHSmail, never on social media.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    // The base view, so full-width and other compatibility digits ("４７０ ６６３ ０４８７") count.
    const text = context.normalised.base.text;
    // ("943 476 59l9": a letter for a digit is read as the digit.)
    if (countDigits(text, 10) < 10 && !testIfMay(DIGIT_WORDS, text) && !mayHaveLookalike(text))
      return;
    // A practice scenario's NHS number is as made up as its patient (as for dates of birth).
    if (madeUp(context.text)) return;
    for (const e of context.entities("NHS_NUMBER")) {
      context.report({
        start: e.start,
        end: e.end,
        data: { number: e.text },
        redactAs: "[NHS number]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
  },
});
