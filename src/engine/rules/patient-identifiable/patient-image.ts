import { defineRule } from "../rule.js";
import { consentedOfficialPost } from "./shared.js";

export const patientImageRule = defineRule({
  meta: {
    id: "patient-identifiable/patient-image",
    category: "patient-identifiable",
    severity: "block",
    clauses: ["MC-SS01 §4.2(w)", "MC-SS01 §4.2 a–c", "TRUST-SMP DO NOT 1", "CCC-SMP §7.3.12"],
    message:
      "The attached picture shows a patient or their records ({{what}}). Images of patients must not be posted on personal accounts.",
    suggestion:
      "Remove the picture. Patient stories with images go through the communications team with the patient's written consent.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (consentedOfficialPost(context)) return;
    for (const e of context.entities("PATIENT_IMAGE")) {
      context.report({
        start: e.start,
        end: e.end,
        data: { what: e.text.slice(0, 80) },
        redactAs: "[picture of a patient]",
      });
    }
  },
});
