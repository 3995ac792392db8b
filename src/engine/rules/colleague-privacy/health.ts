// A colleague's health, sickness absence, pregnancy or treatment, posted without their
// agreement: "Dr Lisowski's off with stress again", "our band 7 is back after rehab",
// "Priya's pregnant, she hasn't told work yet". The author's own health is theirs to share.
import { hasAnyWord, wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { nearest, PATIENT_CUES } from "../../recognizers/privacy/people.js";
import { defineRule } from "../rule.js";
import { colleagueNear, COLLEAGUE_CLAUSES, CONSENT_OR_SELF } from "./shared.js";

const HEALTH = wordsRegex([
  "off (?:sick|ill)", "off with (?:stress|anxiety|depression|her back|his back|covid|flu|a bad back|cancer)", "off after",
  "signed off", "sick ?note", "phased return", "rehab", "her drinking", "his drinking", "drink problem",
  "drinking problem", "losing the baby", "lost the baby", "miscarriage", "miscarried", "pregnant", "expecting",
  "ivf", "cancer", "chemo", "chemotherapy", "diagnosed", "diagnosis", "on the spectrum", "autistic", "adhd",
  "bipolar", "breakdown", "nervous breakdown", "sectioned", "mental health", "depression", "anxiety",
  "eating disorder", "overdose", "terminal", "hiv", "std", "sti", "operation", "surgery", "off long[- ]term sick",
]);
const FIRST_PERSON = /\b(?:i'm|i am|i was|i've|i have|my|me|myself)\b[^.!?\n]{0,30}$/i;

const GATE = new Set(["off", "signed", "sick", "sicknote", "phased", "rehab", "drinking", "drink", "baby", "miscarriage", "miscarried", "pregnant", "expecting", "ivf", "cancer", "chemo", "chemotherapy", "diagnosed", "diagnosis", "spectrum", "autistic", "adhd", "bipolar", "breakdown", "nervous", "sectioned", "mental", "depression", "anxiety", "eating", "overdose", "terminal", "hiv", "std", "sti", "operation", "surgery", "losing", "lost"]);
const HEALTH_ALL = new RegExp(HEALTH.source, "gi");

export const colleagueHealthRule = defineRule({
  meta: {
    id: "colleague-privacy/health",
    category: "colleague-privacy",
    severity: "warn",
    clauses: COLLEAGUE_CLAUSES,
    message: "This shares a colleague's health or absence (“{{detail}}”) without their agreement.",
    suggestion: "Ask the colleague before posting anything about their health or absence, and leave it out if they would rather you didn't.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.normalised.base.text;
    if (!hasAnyWord(text, GATE)) return;
    const g = HEALTH_ALL;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const end = m.index + m[0].length;
      if (FIRST_PERSON.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!colleagueNear(text, m.index, end)) continue;
      if (nearest(text, m.index, end, PATIENT_CUES, 60) < Infinity) continue;
      if (CONSENT_OR_SELF.test(text)) return;
      const at = context.normalised.base.toOriginal(m.index, end);
      context.report({ start: at.start, end: at.end, data: { detail: context.text.slice(at.start, at.end) }, redactAs: "[colleague's health]" });
      return;
    }
  },
});
