// A person in a care context, named or singled out:
//   "Mrs Hughes", "Mr Arthur Blenkinsop" (a title, with care words near and no professional ones)
//   "Kayleigh from bed 3", "the man in bed 4", "Bed 12 has pressed his buzzer", "(Mrs Oduya, bay 2)"
//   "my patient Tom", relatives and visitors by name ("Mrs Whitlock's daughter Sharon", "his wife Brenda")
//   a given name or full name with patient cues ("Ron Gattridge ... brought onto our ward",
//   "Doris on her nightly escape attempt", "it was an honour to nurse your Jack").
// Staff named in their role ("Dr Patel ran a great session", "Sister Holt") are not patients.
import type { CustomRecognizer, Entity } from "../recognizer.js";
import { hasPatientCue, nearest, PATIENT_CUES, STAFF_CUES, STAFF_TITLE_BEFORE } from "./people.js";
import { GIVEN_NAME_SET, NOT_A_SURNAME, PERSON_NOUNS, RELATIVES, wordsRegex } from "./vocabulary.js";

const WORD = "[A-Z][a-z'’\\-]{1,20}";
const PLACE = "(?:bed|bay|side[ \\t]?room|cubicle|SR)[ \\t]?(?:\\d{1,3}[a-zA-Z]?|[A-H])\\b";
const PLACE_I = "(?:[Bb]ed|[Bb]ay|[Ss]ide[ \\t]?[Rr]oom|[Cc]ubicle|SR)[ \\t]?(?:\\d{1,3}[a-zA-Z]?|[A-H])\\b";

const TITLED = new RegExp(`\\b(Mr|Mrs|Ms|Miss|Mx)\\.?[ \\t]+((?:${WORD}[ \\t]+)?${WORD})(?:'s)?((?:,?[ \\t]+(?:(?:in|from|on)[ \\t]+)?${PLACE_I})?)`, "g");
const NAME_AT_PLACE = new RegExp(`\\b(${WORD})(?:[ \\t]+${WORD})?[ \\t]+(?:from|in|on)[ \\t]+(?:the[ \\t]+)?${PLACE_I}`, "g");
const DESCRIBED_AT_PLACE = new RegExp(
  `\\b(?:(?:the|a|an|our|that|this)[ \\t]+)?(?:(?:little|old|young|lovely|elderly|poor|gorgeous|sweet|frail)[ \\t]+){0,2}(?:man|lady|woman|gent|gentleman|bloke|lad|girl|boy|patient|pt|chap|fella|guy|grandad|nan|teenager|baby)[ \\t]+(?:of[ \\t]+about[ \\t]+\\d{1,3}[ \\t]+)?(?:in|from|on)[ \\t]+(?:the[ \\t]+)?${PLACE_I}`,
  "gi",
);
const BARE_PLACE = new RegExp(`(?<![\\d\\-][ \\t]?)\\b${PLACE_I}(?![ \\t]?(?:-|beds?\\b))`, "g");
const PERSON_NEAR = wordsRegex([...PERSON_NOUNS, "he", "she", "his", "her", "him", "hers", "\\d{1,3}[ -]year[ -]old", "aged \\d+", "\\(\\s?[A-Z][a-z]+", "mr", "mrs"]);
const PLACE_IDLE = wordsRegex(["closed", "empty", "cleaning", "deep clean", "deep cleaned", "reopened", "reopens", "refurb", "refurbishment", "free", "available"]);
const MY_PATIENT = new RegExp(`\\b(?:[Mm]y|[Oo]ur|[Aa]|[Tt]he|[Tt]his)[ \\t]+patient,?[ \\t]+(?:called[ \\t]+|named[ \\t]+)?(${WORD}(?:[ \\t]+${WORD})?)`, "g");
const RELATIVE_NAME = new RegExp(
  `\\b(?:his|her|their|the patient's|${WORD}'s)[ \\t]+(?:${RELATIVES.filter((r) => !r.includes("?") && !r.includes(" ")).join("|")})[ \\t]+(${WORD})`,
  "g",
);
const GIVEN = new RegExp(`\\b(${WORD})(?:[ \\t]+(${WORD}))?`, "g");
const PROFESSIONAL = wordsRegex([
  "consultant", "surgeon", "registrar", "fees", "consultancy", "lecture", "talk", "session", "conference",
  "award", "awards", "retires", "retiring", "congratulations", "congrats", "theatre list", "clinic list",
  "operating", "his list", "her list", "colleague", "headteacher", "teacher", "mp", "councillor", "mayor",
]);
const CARE_NEAR = wordsRegex([
  "bed", "bay", "ward", "side room", "cubicle", "discharge", "discharged", "going home", "admitted", "birthday",
  "ttos?", "patient", "visits", "visiting", "stay", "wife", "husband", "daughter", "son", "obs", "resus",
  "amu", "ccu", "itu", "icu", "hdu", "a&e", "sang", "wash", "tea", "bless", "fly high", "rip", "miss you",
  "home", "medically fit", "care package", "pharmacy", "bloods", "cannula", "abscond", "door code",
]);

const TITLE_HINT = /\bM(?:rs?|s|iss|x)\b/;
// "Hi Joe," "Thanks Sam": the person spoken to, not a patient spoken about.
const ADDRESSED = /(?:\b(?:hi|hello|hey|dear|thanks|thank you|cheers|morning|congrats|congratulations)[ \t,]+|@\S*[ \t]+)$/i;

function push(found: Entity[], e: Entity) {
  const clash = found.findIndex((f) => f.start < e.end && e.start < f.end);
  if (clash === -1) found.push(e);
  else if (found[clash].end - found[clash].start < e.end - e.start || found[clash].score < e.score) found[clash] = e;
}

export const personInCare: CustomRecognizer = {
  entity: "CARE_PERSON",
  detect({ normalised }) {
    const view = normalised.base;
    const text = view.text;
    const found: Entity[] = [];
    const add = (s: number, e: number, score: number, kind: string, name = "") => {
      if (score < 0.5) return;
      const at = view.toOriginal(s, e);
      push(found, {
        type: "CARE_PERSON",
        start: at.start,
        end: at.end,
        text: normalised.original.slice(at.start, at.end),
        score: Math.min(1, score),
        pattern: kind,
        detail: { kind, name },
      });
    };

    TITLED.lastIndex = 0;
    for (let m = TITLE_HINT.test(text) ? TITLED.exec(text) : null; m; m = TITLED.exec(text)) {
      const name = m[2].split(/[ \t]+/);
      if (NOT_A_SURNAME.has(name[name.length - 1])) continue;
      const end = m.index + m[0].length;
      const atPlace = m[3].length > 0;
      let score = m[1] === "Mr" ? 0.4 : 0.45;
      if (atPlace) score += 0.5;
      if (nearest(text, m.index, end, CARE_NEAR, 100) < Infinity) score += 0.3;
      if (nearest(text, m.index, end, PROFESSIONAL, 60) < Infinity) score -= 0.4;
      if (STAFF_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) score -= 0.5;
      add(m.index, end, score, atPlace ? "titled name at bed" : "titled name", m[2]);
    }

    if (/bed|bay|room|cubicle|SR/i.test(text)) {
      DESCRIBED_AT_PLACE.lastIndex = 0;
      for (let m = DESCRIBED_AT_PLACE.exec(text); m; m = DESCRIBED_AT_PLACE.exec(text)) {
        add(m.index, m.index + m[0].length, 0.85, "person at bed");
      }
      NAME_AT_PLACE.lastIndex = 0;
      for (let m = NAME_AT_PLACE.exec(text); m; m = NAME_AT_PLACE.exec(text)) {
        if (NOT_A_SURNAME.has(m[1]) || STAFF_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
        add(m.index, m.index + m[0].length, 0.9, "name at bed", m[1]);
      }
      BARE_PLACE.lastIndex = 0;
      for (let m = BARE_PLACE.exec(text); m; m = BARE_PLACE.exec(text)) {
        const end = m.index + m[0].length;
        if (found.some((f) => f.start <= view.toOriginal(m.index, end).start && view.toOriginal(m.index, end).end <= f.end)) continue;
        let score = 0.35;
        if (nearest(text, m.index, end, PERSON_NEAR, 70) < Infinity) score += 0.3;
        if (nearest(text, m.index, end, PLACE_IDLE, 30) < Infinity) score -= 0.4;
        add(m.index, end, score, "bed with a person");
      }
    }

    MY_PATIENT.lastIndex = 0;
    for (let m = text.includes("patient") ? MY_PATIENT.exec(text) : null; m; m = MY_PATIENT.exec(text)) {
      const first = m[1].split(/[ \t]+/)[0];
      if (NOT_A_SURNAME.has(first)) continue;
      add(m.index, m.index + m[0].length, 0.85, "my patient", m[1]);
    }

    const careInPost = hasPatientCue(text);
    RELATIVE_NAME.lastIndex = 0;
    for (let m = careInPost ? RELATIVE_NAME.exec(text) : null; m; m = RELATIVE_NAME.exec(text)) {
      if (NOT_A_SURNAME.has(m[1])) continue;
      const nameStart = m.index + m[0].length - m[1].length;
      add(nameStart, m.index + m[0].length, careInPost ? 0.8 : 0.4, "relative", m[1]);
    }

    if (careInPost) {
      GIVEN.lastIndex = 0;
      for (let m = GIVEN.exec(text); m; m = GIVEN.exec(text)) {
        if (!GIVEN_NAME_SET.has(m[1])) {
          if (m[2] !== undefined) GIVEN.lastIndex = m.index + m[1].length;
          continue;
        }
        const hasSurname = m[2] !== undefined && !NOT_A_SURNAME.has(m[2]) && !GIVEN_NAME_SET.has(m[2]);
        const end = hasSurname ? m.index + m[0].length : m.index + m[1].length;
        if (!hasSurname) GIVEN.lastIndex = end;
        const before = text.slice(Math.max(0, m.index - 25), m.index);
        if (STAFF_TITLE_BEFORE.test(before) || /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+$/.test(before) || ADDRESSED.test(before)) continue;
        const care = nearest(text, m.index, end, PATIENT_CUES, 90);
        if (care === Infinity) continue;
        const staff = nearest(text, m.index, end, STAFF_CUES, 60);
        if (staff <= care) continue;
        add(m.index, end, hasSurname ? 0.8 : 0.7, hasSurname ? "full name with patient cues" : "given name with patient cues", m[0]);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
