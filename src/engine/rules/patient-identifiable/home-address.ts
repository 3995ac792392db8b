// A patient's home address. A colleague's home (a staff person named nearer than any care cue)
// is colleague-privacy's to report.
import { analyse, anyWord } from "../../recognizers/privacy/analysis.js";
import {
  CARE_WORDS,
  careOpen,
  colleagueNearer,
  kinsHomeBefore,
} from "../../recognizers/privacy/people.js";
import { defineRule } from "../rule.js";
import { PATIENT_CLAUSES } from "./shared.js";

export const homeAddressRule = defineRule({
  meta: {
    id: "patient-identifiable/home-address",
    category: "patient-identifiable",
    severity: "block",
    clauses: [...PATIENT_CLAUSES, "MC-SS01 §4.4"],
    message:
      "This gives where a patient lives ({{address}}). An address identifies a patient (MC-SS01 §4.2 a).",
    suggestion: "Remove the address. Share visit details through the caseload system, not a post.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.normalised.original;
    // A staff post with nothing about care in it ("Sian lives at 3 Ferndale Court, lift to the
    // Christmas do") gives a friend's or colleague's address, not a patient's. A message to the
    // Trust gives the writer's or their relative's.
    const found = context.entities("HOME_ADDRESS");
    if (found.length === 0) return;
    if (context.direction !== "inbound") {
      const post = analyse(context.normalised);
      if (!anyWord(post, CARE_WORDS) && !careOpen(context.normalised.base.text, post)) return;
    }
    for (const e of found) {
      if (colleagueNearer(text, e.start, e.end) && !kinsHomeBefore(text, e.start)) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { address: e.text },
        redactAs: "[address]",
        fix: { start: e.start, end: e.end, replacement: "[address removed]" },
      });
    }
  },
});
