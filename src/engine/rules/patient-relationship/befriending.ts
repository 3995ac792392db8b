// Befriending, messaging, meeting, doing business with or pursuing a current or former patient
// or their relatives (TRUST-SMP DO NOT 2; CCC-SMP App. 1 (18)). Ignoring or declining the
// request is what the policy asks, and is not reported.
import { hasAnyWord, wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";

const PATIENT_REF = wordsRegex([
  "patients?", "(?:ex|former|old|previous)[ -]patients?", "one of (?:my|our) (?:\\w+ )?(?:patients|regulars)",
  "patient's (?:mum|dad|son|daughter|wife|husband|family|relatives?|sister|brother)",
  "(?:son|daughter|mum|dad|wife|husband|family|relatives?|sister|brother) of (?:my|a|one of my|our|the) (?:\\w+ )?patients?",
  "from bed \\d+", "off the \\w+ unit", "long-stay patients?", "regulars from the", "nurse your", "nursed your",
  "cared for your", "looked after your", "after (?:his|her|their) discharge", "after discharge", "once (?:his|her|their) (?:\\w+ )?(?:is|'s) discharged",
]);
const CONTACT = wordsRegex([
  "friend requests?", "accepted (?:the|his|her|their|a) (?:\\w+ )?request", "accept every", "followed \\w+(?: \\w+){0,4} on (?:insta|instagram|facebook|fb|tiktok|twitter|x)",
  "added me", "add(?:ed)? (?:him|her|them) on", "on (?:snap|snapchat|insta|instagram|facebook|fb|whatsapp|linkedin)",
  "linkedin request", "(?:keeps? )?messag(?:ing|ed|es) me", "text (?:him|her|them)", "slipped me (?:his|her) number",
  "(?:his|her) number", "go(?:ing)? out with", "asked me out", "on a date", "dating", "new bestie", "bestie", "proper mates",
  "mates now", "friends now", "popped round", "round to see", "at (?:his|her|their) (?:house|bungalow|flat|home|place)",
  "lent", "borrowed", "cash in hand", "(?:his|her|their) carer", "nails done", "for free", "meet up", "meeting up",
  "drinks with", "coffee with", "i'll be at", "see you at", "sort them out", "offered me a job", "dm(?:ing)? (?:him|her|them)",
]);
const DECLINED = wordsRegex(["ignored", "ignore it", "declined", "politely said no", "said no", "blocked", "deleted the request", "didn't accept", "did not accept", "won't accept", "never accept", "turned (?:it|him|her) down", "reported it"]);

const GATE = new Set(["patient", "patients", "patient's", "regulars", "bed", "unit", "nurse", "nursed", "cared", "looked", "discharge", "discharged", "ex", "former"]);
const CONTACT_ALL = new RegExp(CONTACT.source, "gi");

export const befriendingRule = defineRule({
  meta: {
    id: "patient-relationship/befriending",
    category: "patient-relationship",
    severity: "warn",
    clauses: ["TRUST-SMP DO NOT 2", "CCC-SMP App. 1 (18)"],
    message: "This describes a personal relationship with a patient or their relative (“{{detail}}”). Professional boundaries apply even after discharge.",
    suggestion: "Don't befriend, message, meet or do business with patients or their relatives; ignore or decline requests and talk to your line manager if unsure.",
  },
  check(context) {
    const text = context.normalised.base.text;
    if (!hasAnyWord(text, GATE)) return;
    const ref = PATIENT_REF.exec(text);
    if (!ref || DECLINED.test(text)) return;
    const g = CONTACT_ALL;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const distance = m.index > ref.index ? m.index - (ref.index + ref[0].length) : ref.index - (m.index + m[0].length);
      if (distance > 200) continue;
      const at = context.normalised.base.toOriginal(m.index, m.index + m[0].length);
      context.report({ start: at.start, end: at.end, data: { detail: context.text.slice(at.start, at.end) } });
      return;
    }
  },
});
