// A colleague's private life: relationships, sexual conduct (true or alleged), sexual
// orientation, a divorce or an ex. Matched in the `words` view so disguised spellings count.
// A specific colleague must be identifiable: "someone from theatres" is not.
import { hasAnyWord, wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { colleagueNear, COLLEAGUE_CLAUSES, CONSENT_OR_SELF } from "./shared.js";

const PRIVATE_LIFE = wordsRegex([
  "shagging", "shagged", "sleeping with", "slept with", "having an affair", "affair with", "behind (?:his|her) (?:wife|husband|partner)'?s? back",
  "cheating on", "cheated on", "(?:her|his) ex", "divorce", "divorcing", "separated from", "blowjob", "blow job", "caught (?:getting|having|with)",
  "on (?:your|her|his) knees", "under the \\w+'?s? desk", "gay", "lesbian", "bisexual", "(?:his|her) (?:'|‘)?boyfriend", "(?:his|her) (?:'|‘)?girlfriend",
  "came out", "coming out", "in the closet", "hooked up", "hook up with", "one night stand", "walk of shame",
]);
const SELF = /\b(?:i'm|i am|to be a|proud|as a|me and my|my)\b[^.!?\n]{0,12}$/i;

const GATE = new Set(["shagging", "shagged", "sleeping", "slept", "affair", "behind", "cheating", "cheated", "ex", "divorce", "divorcing", "separated", "blowjob", "blowjobs", "blow", "caught", "knees", "desk", "gay", "lesbian", "bisexual", "boyfriend", "girlfriend", "came", "coming", "closet", "hooked", "hook", "stand", "shame", "ex's"]);
// Disguised spellings ("bl0wj0b") only show in the words view, so the gate looks for a digit too.
const DISGUISE = /[a-z][0-9@$*!|][a-z]|\b[a-z][ .][a-z][ .][a-z]\b/i;
const PRIVATE_LIFE_ALL = new RegExp(PRIVATE_LIFE.source, "gi");

export const colleaguePrivateLifeRule = defineRule({
  meta: {
    id: "colleague-privacy/private-life",
    category: "colleague-privacy",
    severity: "warn",
    clauses: COLLEAGUE_CLAUSES,
    message: "This exposes a colleague's private life (“{{detail}}”): relationships, sex life or sexuality are theirs to share.",
    suggestion: "Leave colleagues' relationships, sex lives and sexuality out of your posts, true or rumoured.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const raw = context.normalised.base.text;
    if (!hasAnyWord(raw, GATE) && !DISGUISE.test(raw)) return;
    const view = context.normalised.words;
    const text = view.text;
    const base = context.normalised.base.text;
    const g = PRIVATE_LIFE_ALL;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const end = m.index + m[0].length;
      if (SELF.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const at = view.toOriginal(m.index, end);
      if (!colleagueNear(context.text, at.start, at.end, 140) && !colleagueNear(base, at.start, at.end, 140)) continue;
      if (CONSENT_OR_SELF.test(text)) return;
      context.report({ start: at.start, end: at.end, data: { detail: context.text.slice(at.start, at.end) }, redactAs: "[colleague's private life]" });
      return;
    }
  },
});
