// A described picture of a patient: "[photo: Jean in her hospital bed ...]", "[photo: ward
// whiteboard with bed numbers and surnames]", "[X-ray ...]". Images are identifiable information
// in themselves (MC-SS01 §4.2 b; TRUST-SMP bans pictures of patients or relatives).
import type { CustomRecognizer, Entity } from "../recognizer.js";
import { PATIENT_CUES } from "./people.js";
import { wordsRegex } from "./vocabulary.js";

const DESCRIPTION =
  /\[[ \t]*(?:photos?|pictures?|pics?|images?|video|clip|screenshot|selfie|gif|x-ray|scan)\b[^\]\n]{0,400}\]/gi;
const IMAGE_CUES = wordsRegex([
  "(?:his|her|their) bed",
  "hospital bed",
  "whiteboard",
  "bed numbers",
  "surnames?",
  "x-ray",
  "scan",
  "ct",
  "mri",
  "wristband",
  "notes",
  "dnacpr",
  "drip",
  "gown",
  "trolley",
  "stretcher",
  "oesophagus",
  "chest",
  "wound",
  "patient",
  "patients",
  "(?:his|her) daughter",
  "(?:his|her) son",
  "(?:his|her) wife",
  "(?:his|her) husband",
]);
const STAFF_ONLY = wordsRegex([
  "rota",
  "shifts",
  "annual leave",
  "sickness",
  "staff",
  "colleagues?",
  "team",
]);

export const patientImage: CustomRecognizer = {
  entity: "PATIENT_IMAGE",
  detect({ normalised }) {
    const view = normalised.base;
    const text = view.text;
    const found: Entity[] = [];
    if (!text.includes("[")) return found;
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
      const inside = m[0];
      const patient =
        !STAFF_ONLY.test(inside) && (IMAGE_CUES.test(inside) || PATIENT_CUES.test(inside));
      if (!patient) continue;
      const at = view.toOriginal(m.index, m.index + inside.length);
      found.push({
        type: "PATIENT_IMAGE",
        start: at.start,
        end: at.end,
        text: normalised.original.slice(at.start, at.end),
        score: 0.85,
        pattern: "described picture",
      });
    }
    return found;
  },
};
