// Details that together single out a patient (MC-SS01 §4.3): an age, town, incident, rare
// condition or time around one person in a care setting. Reported only when no direct
// identifier already was, so the author sees one clear reason.
import { defineRule } from "../rule.js";
import { consentedOfficialPost } from "./shared.js";

export const indirectIdentifierRule = defineRule({
  meta: {
    id: "patient-identifiable/indirect-identifier",
    category: "patient-identifiable",
    severity: "block",
    clauses: ["MC-SS01 §4.3", "MC-SS01 §4.4", "TRUST-SMP DO NOT 1", "CCC-SMP §7.3.12"],
    message:
      "Together, these details could identify the patient: “{{excerpt}}” (an age, place, incident, condition or time around one person).",
    suggestion:
      "Drop the details that single the person out (age, town, date, the incident, a rare condition) or don't post about the patient at all.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (context.reported("patient-identifiable") || consentedOfficialPost(context)) return;
    for (const e of context.entities("INDIRECT_IDENTIFIER")) {
      // "my son, 14, from Deal…": a relative writing in describes the patient; a staff member
      // describing their own family is not describing a patient.
      if (e.detail?.ownRelative === true && context.direction !== "inbound") continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { excerpt: e.text.length > 90 ? e.text.slice(0, 87) + "..." : e.text },
        redactAs: "[details of a patient]",
      });
    }
  },
});
