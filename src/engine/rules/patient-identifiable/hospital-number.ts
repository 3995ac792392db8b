import { countDigits } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { PATIENT_CLAUSES } from "./shared.js";

export const hospitalNumberRule = defineRule({
  meta: {
    id: "patient-identifiable/hospital-number",
    category: "patient-identifiable",
    severity: "block",
    clauses: PATIENT_CLAUSES,
    message:
      "This looks like a hospital or local patient number ({{number}}). Local patient codes identify a patient (MC-SS01 §4.2 c).",
    suggestion:
      "Remove the patient number. Hand over or chase results through the clinical system, not a post.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const seen: { start: number; end: number }[] = [];
    // Labelled numbers have at least five digits; the pack's local shapes are the trust's to define.
    const labelled = countDigits(context.text, 5) >= 5 ? context.entities("HOSPITAL_NUMBER") : [];
    for (const e of [...labelled, ...context.entities("LOCAL_IDENTIFIER")]) {
      if (seen.some((s) => s.start < e.end && e.start < s.end)) continue;
      seen.push(e);
      context.report({
        start: e.start,
        end: e.end,
        data: { number: e.text },
        redactAs: "[patient number]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
  },
});
