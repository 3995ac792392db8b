// A photo, video or voice note of a colleague, or a picture of the rota with everyone's names
// and sickness, posted without their agreement (TRUST-SMP DO 5: pictures of colleagues only
// with the agreement of the individual).
import { PATIENT_CUES } from "../../recognizers/privacy/people.js";
import { wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { gate } from "../gate.js";
import { defineRule } from "../rule.js";
import { COLLEAGUE_CLAUSES, findColleague, CONSENT_OR_SELF } from "./shared.js";

// No `u` flag: each emoji is matched as its two UTF-16 code units, which is faster and the same.
const MEDIA =
  /(?:📸|📷|🎥|📹|🤳|\[[ \t]*(?:photo|picture|pic|video|clip|screenshot|recording|image|gif)\b|\b(?:voice ?note|video|photo|pic|picture|recording|clip|footage|snap|selfie) of\b|\b(?:snapped|filmed|recorded|papped|photographed) (?:him|her|them|[a-z]+ (?:asleep|sleeping|snoring|crying|drunk|dancing|eating))\b|\bcaught on (?:camera|film|video|cctv)\b|\btagged (?:him|her|them)\b)/i;
// Caught in a state they would not choose to show: the picture may come after the name
// ("Wayne from estates singing in the lift 🎥", "Sarah looking paralytic on the left, tagged her").
const CAUGHT_OUT =
  /\b(?:caught|asleep|napping|sleeping|snoring|crying|drunk|paralytic|wasted|hammered|singing|dancing|falling|fell|drooling|state of|look who|look at)\b/i;
// Someone recorded by name: "filmed Dave", "snapped Big Sue" (case matters: a name follows).
const RECORDED_NAME =
  /\b(?:[Ss]napped|[Ff]ilmed|[Rr]ecorded|[Pp]apped|[Pp]hotographed) (?:[A-Z][a-z]+ )?[A-Z][a-z]+/;
const MEDIA_GATE =
  /📸|📷|🎥|📹|🤳|\[|photo|pic|video|clip|screenshot|recording|image|gif|voice|footage|snap|selfie|caught|filmed|recorded|papped|tagged/i;
// The words (or symbols) MEDIA, RECORDED_NAME and ROTA_PICTURE cannot match without (../gate.ts).
const CUES = gate(
  "\u{1F4F8} \u{1F4F7} \u{1F3A5} \u{1F4F9} \u{1F933} [",
  "voice voicenote video photo pic picture recording clip footage snap selfie + of",
  "snapped filmed recorded papped photographed",
  "caught + camera film video cctv",
  "tagged + him her them",
);
const ROTA_PICTURE =
  /\[[ \t]*(?:photo|picture|pic|screenshot)\b[^\]\n]{0,300}\b(?:rota|sickness|annual leave|everyone's names)\b[^\]\n]{0,300}\]/i;
const OWN_PHOTO = wordsRegex([
  "me in uniform",
  "selfie",
  "took it on my phone",
  "of myself",
  "my own",
]);

export const colleaguePhotoRule = defineRule({
  meta: {
    id: "colleague-privacy/photo-or-recording",
    category: "colleague-privacy",
    severity: "warn",
    clauses: [...COLLEAGUE_CLAUSES, "TRUST-SMP DO 6"],
    message:
      "This shares a picture or recording of a colleague (or their rota and sickness) without their agreement: “{{detail}}”.",
    suggestion:
      "Ask the colleague before posting a picture or recording of them, and post the rota only where staff alone can see it.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.normalised.base.text;
    // The word gate first: one bit test over the shared word pass, where MEDIA_GATE scans the text.
    if (!CUES.passes(text) || !MEDIA_GATE.test(text)) return;
    // CONSENT_OR_SELF is read once there is something to report (the same outcome as reading it first).
    const rota = ROTA_PICTURE.exec(text);
    if (rota) {
      if (CONSENT_OR_SELF.test(text)) return;
      const at = context.normalised.base.toOriginal(rota.index, rota.index + rota[0].length);
      context.report({
        start: at.start,
        end: at.end,
        data: { detail: "a rota with names and sickness" },
        redactAs: "[picture of the rota]",
      });
      return;
    }
    const media = MEDIA.exec(text) ?? RECORDED_NAME.exec(text);
    if (!media) return;
    const after = text.slice(media.index, media.index + 160);
    if (PATIENT_CUES.test(after) || OWN_PHOTO.test(after)) return;
    let who = findColleague(after);
    let from = media.index;
    if (!who && CAUGHT_OUT.test(text)) {
      const start = Math.max(0, media.index - 100);
      const before = text.slice(start, media.index);
      who = PATIENT_CUES.test(before) || OWN_PHOTO.test(before) ? null : findColleague(before);
      if (who) from = start;
    }
    if (!who || CONSENT_OR_SELF.test(text)) return;
    const s = from + who.index;
    const at = context.normalised.base.toOriginal(
      Math.min(media.index, s),
      Math.max(media.index + media[0].length, s + who.length),
    );
    // Someone the patient rules name as a patient ("[video: Marjorie, 78, doing her first
    // sit-to-stand]", a clinic board's "Mr Fairclough 09:20"): a patient's picture, not a colleague's.
    const named = context.normalised.base.toOriginal(s, s + who.length);
    const name = context.text.slice(named.start, named.end);
    if (context.entities("CARE_PERSON").some((e) => e.text.includes(name))) return;
    context.report({
      start: at.start,
      end: at.end,
      data: { detail: context.text.slice(at.start, at.end) },
    });
  },
});
