import {
  isOfficial,
  nearest,
  ONE_PATIENT_CUES,
  PATIENT_CUES,
} from "../../recognizers/privacy/people.js";
import { countDigits, wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { PATIENT_CLAUSES } from "./shared.js";

const VENUE = wordsRegex([
  "party",
  "christmas do",
  "leaving do",
  "venue",
  "pub",
  "restaurant",
  "hotel",
  "tickets",
  "fundraiser",
  "quiz night",
  "meet(?:ing|up)? (?:at|here)",
  "drinks",
  "conference",
  "study day",
]);

export const postcodeRule = defineRule({
  meta: {
    id: "patient-identifiable/postcode",
    category: "patient-identifiable",
    severity: "block",
    clauses: [...PATIENT_CLAUSES, "MC-SS01 §4.4"],
    message:
      "This is a full postcode ({{postcode}}), which narrows an address to a few homes (MC-SS01 §4.2 a, §4.4).",
    suggestion:
      "Give the area only (the outward code, e.g. the part before the space) or leave the location out.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (countDigits(context.text, 2) < 2) return;
    const official = isOfficial(context.profile);
    const text = context.normalised.original;
    for (const e of context.entities("POSTCODE")) {
      // An official account giving a postcode with no patient near gives its own (the
      // labelling conventions' published addresses; "parking is free for patients" is everyone).
      if (official && nearest(text, e.start, e.end, ONE_PATIENT_CUES, 100) === Infinity) continue;
      // A venue for a do or a meeting ("For the staff party: The Swan, 35 West Street, ME13 7JE")
      // is a business's published address when no patient is near.
      if (
        nearest(text, e.start, e.end, VENUE, 100) < Infinity &&
        nearest(text, e.start, e.end, PATIENT_CUES, 100) === Infinity
      )
        continue;
      const outward = e.text.trim().split(/\s+/)[0];
      const replacement =
        e.text.includes(" ") && outward.length < e.text.length ? outward : "[area]";
      context.report({
        start: e.start,
        end: e.end,
        data: { postcode: e.text },
        redactAs: "[postcode]",
        fix: { start: e.start, end: e.end, replacement },
      });
    }
  },
});
