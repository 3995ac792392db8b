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

// A member of the public naming themselves in a message to the Trust ("I'm Mark, I'm 44, and
// I'm still here because of you", "Thank you from me, Dave, and my new hip", a "Pauline x" sign-off
// under "looking after me"): their own details are theirs to give.
const SELF_NAMED_BEFORE =
  /(?:\b(?:I'm|I’m|I am|Im|me,|it's|it’s|this is|from me,?|love,?|cheers,?|thanks,?|regards,?)[ \t]+|^[ \t]*)$/i;
const SIGN_OFF_AFTER = /^[ \t]*(?:x+|xx+|[.!]|\p{Extended_Pictographic}|\uFE0F|[ \t])*$/u;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|me|my|myself)\b/;
const SOMEONE_ELSE_CARED_FOR =
  /\bmy (?:mum|mam|mom|dad|nan|nana|gran|grandma|grandad|husband|wife|partner|son|daughter|baby|brother|sister|aunt|auntie|uncle|friend|neighbour|mother|father)\b/i;
function namesTheAuthor(context: RuleContext, e: Entity): boolean {
  if (context.direction !== "inbound" || !/^[A-Z][a-z'’-]+$/.test(e.text)) return false;
  const text = context.text;
  if (!FIRST_PERSON.test(text) || SOMEONE_ELSE_CARED_FOR.test(text)) return false;
  const before = text.slice(Math.max(0, e.start - 16), e.start);
  const after = text.slice(e.end, e.end + 12);
  return (
    (SELF_NAMED_BEFORE.test(before) && /^[ \t]*[,.!]/.test(after)) ||
    // A sign-off: the name ends the message, after the last sentence.
    (SIGN_OFF_AFTER.test(text.slice(e.end)) &&
      /[.!?\n\p{Extended_Pictographic}][ \t]*$/u.test(before))
  );
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
      if (namesTheAuthor(context, e)) continue;
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
