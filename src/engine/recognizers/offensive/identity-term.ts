// Words naming a protected characteristic. Never a finding alone: the hate-discrimination rule
// needs contempt aimed at the group as well.
import { lexiconRecognizer, after } from "./lexicon-recognizer.js";
import { IDENTITY_TERMS } from "./words/identity-terms.js";

export const identityTermRecognizer = lexiconRecognizer({
  entity: "identity-term",
  entries: IDENTITY_TERMS,
  score: 0.5,
  keep(hit, text) {
    const m = hit.matched;
    const a = after(text, hit.end, 14);
    // Not people: "foreign body", "black coffee", "blind spot", "deaf ears", "French toast".
    if (m === "foreign")
      return !/^ (?:body|bodies|object|objects|office|secretary|policy|affairs|exchange|currency|language|languages|holiday)/.test(
        a,
      );
    if (m === "black" || m === "white" || m === "blind")
      return /^ (?:people|person|men|man|women|woman|nurse|nurses|staff|doctor|doctors|colleagues?|patients?|lads?|girls?|families|family|community|communities|folk|midwife|midwives|guy|guys|bloke|blokes|kids?|ones?|lot|fellas?|lady|ladies|consultants?|surgeons?|receptionists?|cleaners?|porters?|carers?|visitors?|hca|hcas|students?|physios?|sho|shos|regs?|registrars?|f1|f2|paramedics?|pharmacists?|managers?|midwife|colleague|lives matter)\b/.test(
        a,
      );
    if (m === "bi") return /^ (?:people|person|men|women|man|woman)\b/.test(a);
    if (m === "pride")
      return /^ (?:month|march|flag|flags|lanyard|lanyards|event|parade|network)\b/.test(a);
    return true;
  },
});
