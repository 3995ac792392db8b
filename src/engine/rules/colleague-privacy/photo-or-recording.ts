// A photo, video or voice note of a colleague, or a picture of the rota with everyone's names
// and sickness, posted without their agreement (TRUST-SMP DO 5: pictures of colleagues only
// with the agreement of the individual).
import { PATIENT_CUES } from "../../recognizers/privacy/people.js";
import { wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { COLLEAGUE_CLAUSES, findColleague, CONSENT_OR_SELF } from "./shared.js";

const MEDIA = /(?:📸|📷|🎥|📹|🤳|\[[ \t]*(?:photo|picture|pic|video|clip|screenshot|recording)\b|\b(?:voice ?note|video|photo|pic|picture|recording|clip|footage) of\b|\bcaught [A-Z][a-z]+\b)/u;
const ROTA_PICTURE = /\[[ \t]*(?:photo|picture|pic|screenshot)\b[^\]\n]{0,300}\b(?:rota|sickness|annual leave|everyone's names)\b[^\]\n]{0,300}\]/i;
const OWN_PHOTO = wordsRegex(["me in uniform", "selfie", "took it on my phone", "of myself", "my own"]);

export const colleaguePhotoRule = defineRule({
  meta: {
    id: "colleague-privacy/photo-or-recording",
    category: "colleague-privacy",
    severity: "warn",
    clauses: [...COLLEAGUE_CLAUSES, "TRUST-SMP DO 6"],
    message: "This shares a picture or recording of a colleague (or their rota and sickness) without their agreement: “{{detail}}”.",
    suggestion: "Ask the colleague before posting a picture or recording of them, and post the rota only where staff alone can see it.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.normalised.base.text;
    if (!MEDIA.test(text) || CONSENT_OR_SELF.test(text)) return;
    const rota = ROTA_PICTURE.exec(text);
    if (rota) {
      const at = context.normalised.base.toOriginal(rota.index, rota.index + rota[0].length);
      context.report({ start: at.start, end: at.end, data: { detail: "a rota with names and sickness" }, redactAs: "[picture of the rota]" });
      return;
    }
    const media = MEDIA.exec(text);
    if (!media) return;
    const after = text.slice(media.index, media.index + 160);
    if (PATIENT_CUES.test(after) || OWN_PHOTO.test(after)) return;
    const who = findColleague(after);
    if (!who) return;
    const s = media.index + who.index;
    const at = context.normalised.base.toOriginal(media.index, s + who[0].length);
    context.report({ start: at.start, end: at.end, data: { detail: context.text.slice(at.start, at.end) } });
  },
});
