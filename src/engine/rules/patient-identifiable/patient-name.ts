// A patient, relative or visitor named or singled out in a care context ("Mrs Hughes in bed 4",
// "the man in bed 4", "Kayleigh from bed 3", "his wife Brenda"). Staff named in their role are
// not patients, nor are the public figures the pack lists. An official account's post that says the
// patient consented is allowed.
import { defineRule, type RuleContext } from "../rule.js";
import type { Entity } from "../../recognizers/recognizer.js";
import { consentedOfficialPost, PATIENT_CLAUSES } from "./shared.js";

/** The name is part of a public figure's name the pack lists (`allow.publicFigures`). */
function publicFigure(context: RuleContext, e: Entity): boolean {
  const figures = context.pack.allowed.publicFigures;
  if (figures.length === 0) return false;
  // Only a window around the name can hold an overlapping figure; reading the whole text per
  // name made a long post with many names quadratic.
  const longest = Math.max(...figures.map((f) => f.length));
  const from = Math.max(0, e.start - longest);
  const near = context.text.slice(from, e.end + longest).toLowerCase();
  for (const figure of figures) {
    for (let at = near.indexOf(figure); at !== -1; at = near.indexOf(figure, at + 1)) {
      if (from + at < e.end && from + at + figure.length > e.start) return true;
    }
  }
  return false;
}

export const patientNameRule = defineRule({
  meta: {
    id: "patient-identifiable/patient-name",
    category: "patient-identifiable",
    severity: "block",
    clauses: PATIENT_CLAUSES,
    message:
      "“{{who}}” identifies a patient, relative or visitor in a care context (MC-SS01 §4.2(t)).",
    suggestion:
      "Leave out names, bed and bay numbers: say 'a patient' instead, or post nothing that points to one person.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (consentedOfficialPost(context)) return;
    for (const e of context.entities("CARE_PERSON")) {
      const kind = String(e.detail?.kind ?? "");
      // The writer's own relative by first name is a patient only in a message to the Trust.
      if (kind === "own relative" && context.direction !== "inbound") continue;
      if (publicFigure(context, e)) continue;
      const replacement =
        kind === "relative" || kind === "own relative"
          ? "their relative"
          : kind === "bed with a person"
            ? "a bed"
            : "a patient";
      context.report({
        start: e.start,
        end: e.end,
        data: { who: e.text },
        redactAs: kind === "relative" || kind === "own relative" ? "[relative]" : "[patient]",
        fix: { start: e.start, end: e.end, replacement },
      });
    }
  },
});
