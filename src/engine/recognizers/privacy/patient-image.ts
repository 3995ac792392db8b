// A described picture of a patient: "[photo: Jean in her hospital bed ...]", "[photo: ward
// whiteboard with bed numbers and surnames]", "[X-ray ...]". Images are identifiable information
// in themselves (MC-SS01 §4.2 b; TRUST-SMP bans pictures of patients or relatives).
import type { CustomRecognizer, Entity } from "../recognizer.js";
import { trainingCase } from "./not-a-patient.js";
import { PATIENT_CUES } from "./people.js";
import { wordsRegex } from "./vocabulary.js";
import { testIfMay } from "../../signals/cue-gate.js";

// A story or reel is a picture too: "[story: selfie in the therapy kitchen…]", "[Insta story: …]".
const DESCRIPTION =
  /\[[ \t]*(?:photos?|pictures?|pics?|images?|video|clip|screenshot|selfie|gif|x-ray|scan|(?:(?:insta(?:gram)?|ig|snap(?:chat)?|fb|facebook|whatsapp|tiktok)[ \t]+)?(?:story|stories|reel|status)|tiktok|boomerang)\b[^\]\n]{0,400}\]/gi;
const IMAGE_CUES = wordsRegex([
  // Someone in the picture who is cared for, not a colleague.
  "elderly (?:lady|man|gentleman|gent|woman|patient)",
  "old (?:lady|man|gent|gentleman|boy|girl)",
  "gentleman",
  "lady's",
  "(?<!\\b(?:my|our) )little (?:boy|girl|lad|one)",
  "newborn",
  "baby in",
  "incubator",
  "wheelchair",
  "name ?(?:cards?|bands?|tags? on the cot)",
  "(?:footprint|cot) cards?",
  "(?:drug|obs|observation|prescription|fluid) charts?",
  "(?:his|her|their|mum's|dad's|nan's) bedside",
  "(?:mum|dad|nan|nana|gran|grandma|grandad|grandpa|husband|wife) in (?:the|a|her|his) (?:hospital )?bed",
  "face (?:clearly |fully )?visible",
  "asleep",
  "(?:his|her|their) bed",
  "hospital bed",
  "whiteboard",
  "bed numbers",
  "bed list",
  "patient list",
  "handover (?:board|sheet|list)",
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
  "shifts?",
  "retir(?:es|ing|ement)",
  "on (?:her|his|my|their) break",
  "leaving do",
  "annual leave",
  "sickness",
  "staff",
  "colleagues?",
  "team",
  // A colleague in the picture: "registrar asleep on the mess sofa", "Tamsin from resus".
  "(?:registrar|reg|fy[12]|f[12]|sho|consultant|anaesthetist|paramedic|porter|matron)s? (?:asleep|fast asleep|snogging|kissing|dancing|drunk|on the)",
  // Or named with their title: "Dr Ilić asleep on the sofa", "Sister Obi dancing".
  "(?:dr|doctor|nurse|sister|prof) [^ \\t\\]]+ (?:asleep|fast asleep|snogging|kissing|dancing|drunk)",
  "(?:the )?mess (?:sofa|room|kitchen)",
  "(?:coffee|break|tea|rest) ?room",
  "on-?call room",
  "night out",
  "[a-z]+ from (?:resus|theatres?|radiology|pharmacy|a&e|icu|itu|hdu|maternity|outpatients|estates|switchboard|pathology|physio|the lab|stores|it)",
]);

// Patients' details showing in a picture, whoever else is in it: "staff in santa hats, behind
// them the patient status board with names readable", "labels with names and dates of birth".
// These outweigh a picture of staff (STAFF_ONLY), and said beside a bare "[screenshot]" ("the
// bed list is on the shared screen") they say what the picture shows. A rota or a staff list
// with names is a colleague's privacy, not a patient's, so names alone are not enough.
const PATIENT_DATA = wordsRegex([
  "patients?(?:'s|s'|’s|s’)? (?:names?|initials|surnames?|details|dobs?|ages|faces?)",
  "(?:patient|bed|handover|theatre|clinic) (?:status |management )?(?:boards?|lists?|states?|sheets?|screens?)",
  // A "ward board" is as often the staff noticeboard: only its status board holds patients.
  "ward (?:(?:status|management) boards?|(?:status |management )?(?:lists?|states?|sheets?|screens?))",
  "(?:names?|initials|surnames?) (?:and|&|,) (?:the )?(?:diagnos[ie]s|ages|dobs?|dates? of birth|hospital numbers?|nhs numbers?|consultants?|operations|procedures|meds|medications|allergies|conditions|bed numbers)",
  "(?:name|names|dob|date of birth) and (?:hospital|nhs) number",
  // "names and addresses down the left", "caller's name, full postcode", "his name, address, NHS number".
  "(?:names?|initials|surnames?) (?:and|&|,) (?:the |full )?(?:addresses|postcodes?|phone numbers)",
  "(?:caller'?s?|patient'?s?|his|her|their) name,? (?:and |full )?(?:address|postcode|dob|date of birth|nhs number)",
  "a patient (?:in|on) (?:a|the|her|his) (?:bed|trolley|chair)",
  // A screen of a patient record system, or a record's details: "[screenshot: BadgerNet entry,
  // EDD 14/06, address ending …]".
  "(?:badgernet|systmone|system ?one|emis|epr|cerner|lorenzo|rio|epic|medway|meditech|careflow|nervecentre|e-?obs) (?:entry|entries|record|records|screen|page|notes|summary|note|list)",
  "(?:edd|due date|dob|d\\.o\\.b\\.?) \\d",
  "address (?:ending|starting|showing|visible|still visible)",
  // "[photo: a discharge summary in the bin, name and address on top]": a patient's paperwork.
  "(?:discharge summary|discharge letter|clinic letter|referral letter|handover sheet|drug chart|obs chart|prescription|request form)[^.\\]\\n]{0,60}(?:names?|address|dob|date of birth|nhs number|details)(?: and (?:\\w+ ){0,2}?\\w+)? (?:on top|on it|visible|showing|readable|clearly)",
]);
// "no patient names", "without patient details": saying what the picture leaves out.
const DATA_LEFT_OUT =
  /\b(?:no|without|blank|anonymi[sz]ed|redacted|removed)[ \t]+(?:\w+[ \t]+){0,2}$/i;
const PATIENT_DATA_ALL = new RegExp(PATIENT_DATA.source, "gi");
function showsPatientData(s: string): boolean {
  const all = PATIENT_DATA_ALL;
  all.lastIndex = 0;
  for (let m = all.exec(s); m; m = all.exec(s)) {
    if (!DATA_LEFT_OUT.test(s.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

// A picture told in words, without brackets: "Selfie with my favourite patient", "snapped him in
// his incubator", "posting the X-ray from tonight". The sentence must name an image being taken
// or shared and a patient in it; rules about pictures ("never take photos of patients") are not.
const IMAGE_WORD =
  /\b(?:photos?|pictures?|pics?|selfies?|snaps?|snapped|videos?|clips?|footage|filmed|captured this|(?:the|this|an|his|her|their) x-rays?|shot of)\b/i;
const TAKEN_OR_SHARED = wordsRegex([
  "sharing",
  "share",
  "shared",
  "posting",
  "posted",
  "here's",
  "here is",
  "look at",
  "check out",
  "captured",
  "snapped",
  "took",
  "taken",
  "filmed",
  "selfie with",
  "(?:pic|photo|picture|video) of",
]);
const IMAGE_RULE = wordsRegex([
  "never",
  "don't",
  "do not",
  "dont",
  "can't",
  "cannot",
  "not allowed",
  "no photos",
  "policy",
  "consent form",
  "please don't",
  "reminder",
  // Pictures of television, not of a ward.
  "telly",
  "tv",
  "television",
  "episode",
  "programme",
]);
// Someone in the picture who is a patient (not "videos for patients", not a talk on stroke).
const IN_PICTURE = wordsRegex([
  // "our patient experience week" names nobody.
  "(?:my|our|a|the|this|that) (?:\\w+ )?patient(?![ -](?:safety|experience|care|flow|feedback|information|leaflets?|transport|records?|portal|surveys?|stories|story|voice|council|panel|forum|partners?|participation|champions?|awards?|week|day|team|services?|liaison|advice|pathway|group|led|centred))",
  "hospital bed",
  "(?:his|her|their) (?:bed|wristband|notes|drip|gown)",
  "whiteboard",
  "bed numbers",
  "surnames?",
  "bed ?\\d+",
  "bay ?(?:\\d+|[a-h])",
  "side ?room ?\\d*",
  "cubicle ?\\d*",
  "incubators?",
  "cots?",
  "(?:the|our) (?:twins|triplets)",
  // Identifiers showing in the picture: "name and DOB in the corner".
  "names? (?:and|&) (?:dob|d\\.o\\.b|date of birth|address|hospital number|nhs number)",
  "(?:his|her|their|the patient's) (?:name|dob|details)",
  "names? (?:still )?(?:visible|showing|on it|in the corner)",
  "newborn",
  "baby (?:boy|girl)",
  "born on our",
  "(?:favourite|lovely|little) patient",
  "(?:in|on) (?:his|her) (?:wheelchair|bed|trolley|incubator)",
  "\\d{1,3} ?(?:yo|year old)",
  // An age no colleague would be given: "Selfie with Dot, she's 93".
  "(?:she|he)(?:'s| is) (?:9\\d|1\\d\\d)",
  "(?:9\\d|1\\d\\d)(?:th)? birthday",
  // "the X-ray of the lad with the fork in his hand": one person described.
  "(?:the|a|this|that|our) (?:lad|lady|man|woman|gent|gentleman|bloke|girl|boy|kid|child|baby|guy|fella|chap|teenager) (?:with|who|(?:in|from) (?:bed|bay|cubicle|side ?room|resus|majors))",
]);

// A named person pictured where patients are: "Photo of Sid and his grandson on the ward",
// "Selfie with Dot in the day room". (Case matters: a name, not "of him".)
const NAMED_IN_PLACE =
  /\b(?:[Ww]ith|[Oo]f)[ \t]+(?:(?:our|lovely|little|old)[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+and[ \t]+(?:his|her|their)[ \t]+[a-z-]+)?[ \t]+(?:on|in)[ \t]+(?:the|our|his|her)[ \t]+(?:ward|unit|day[ \t]?room|bay|side[ \t]?room|hospice|lounge|bed)\b/;

// A picture of an empty place or a thing ("[photo: empty side room]", "[photo: empty bed in an
// empty bay]", "photos before they open"): nobody is in it, unless a person is described as well.
const EMPTY_SCENE = wordsRegex([
  "empty",
  "blank",
  "unoccupied",
  "vacant",
  "no[- ]one in (?:it|them|shot|the (?:photo|picture|pic|shot))",
  "nobody in (?:it|them|shot|the (?:photo|picture|pic|shot))",
  "no (?:patients|people) (?:in|yet)",
  "before (?:it|they|the (?:ward|unit|bay|rooms?|side rooms?)) opens?",
  "(?:not yet|yet to be|before being) (?:open|opened|occupied)",
]);
const PERSON_IN_SCENE = wordsRegex([
  "he",
  "she",
  "his",
  "her",
  "him",
  "they'?re",
  "patients?(?! (?:status|board|list|safety|experience|information|leaflets?|records?|portal|flow|transport|feedback))",
  "lady",
  "man",
  "woman",
  "gent(?:leman)?",
  "baby",
  "boy",
  "girl",
  "child",
  "kid",
  "lad",
  "mum",
  "dad",
  "famil(?:y|ies)",
  "relatives?",
  "names?",
  "surnames?",
  "face",
  "[a-z]+'s (?:bed|notes|chart)",
]);
/** Whether `s` pictures an empty place and no person. */
function emptyScene(s: string): boolean {
  return EMPTY_SCENE.test(s) && !PERSON_IN_SCENE.test(s);
}

// What a board, slide or monitor in the picture reads, quoted ("the whiteboard showing 'CD room
// 7412'", "the monitor behind shows 'ADAMS, KEITH 67y'"): the quote, not the word "whiteboard",
// says whether a patient can be read off the picture.
const QUOTED_SHOWN =
  /\b(?:showing|shows|shown|reading|reads|says|saying|with|just)\b[^'"‘“\]]{0,30}['"‘“]([^'"‘“’”\]]{3,300})['"’”]|[:–—][ \t]*['"‘“]([^'"‘“’”\]]{3,300})['"’”]/;
// A person's details in the quoted words: a titled or a listed name, a name at a bed, an age, a date.
// A name alone, or with details after a comma ("'Teddy Ansell, 12.02, 640g'" on a footprint card,
// "'Jonah P, 36, chest pain'" on a board), not a place's ("'Ward B, 12 beds'").
const PERSON_DATA_SHAPE =
  /^[ \t]*[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}[ \t]*(?:$|,[^,]{0,20}\d)|^[ \t]*(?!(?:Ward|Bay|Bed|Room|Side|Cubicle|Theatre|Level|Floor|Wing|Block|Gate|Zone|Area|Pod|Team|Unit|Plan|Option|Zone)\b)[A-Z][a-z'’-]+[ \t]+[A-Z]\.?,[^,]{0,20}\d|\b(?:Mr|Mrs|Miss|Ms|Mstr)\.?[ \t]+[A-Z]|\b[A-Z]{2,}(?:-[A-Z]{2,})?,[ \t]*[A-Z][A-Za-z]+|\b(?:[Bb]ed|[Bb]ay|[Cc]ubicle|[Rr]oom|R[Mm]|rm|[Ss]ide ?room)[ \t]?\d+[ \t]*[-–:,]?[ \t]*[A-Z][a-z]+|\b\d{1,3}[ \t]?(?:y|yo|yrs|years)\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b/;
// A card signed by the one thanking for their care: "… so kind about my result. Love, Niamh x".
const SIGNED_FOR_CARE =
  /\b(?:my|our) (?:results?|op|operation|surgery|treatment|diagnosis|scan|stay|labour|delivery)\b[^\]]{0,120}?\b(?:[Ll]ove|[Ff]rom|[Ll]ots of love|[Bb]est wishes),?[ \t]+[A-Z][a-z]+/;
/** Whether quoted words read off a picture, with the scene around them, show a patient. */
function readsAsPatient(quoted: string, scene: string): boolean {
  return (
    showsPatientData(quoted) ||
    SIGNED_FOR_CARE.test(quoted) ||
    // "[screenshot: SystmOne record, plan reads '…']": the record is a patient's, whatever it reads.
    showsPatientData(scene) ||
    PERSON_DATA_SHAPE.test(quoted) ||
    (!STAFF_ONLY.test(scene) &&
      // A footprint card or a wristband is a patient's whatever it reads; a board is not.
      (IMAGE_CUES.test(scene.replace(/\bwhite ?boards?\b/gi, " ")) ||
        (PERSON_IN_SCENE.test(scene) && PATIENT_CUES.test(scene))))
  );
}

// The author's own keepsake ("[photo: my own wristband from when my son was born]") or things
// with nobody in the picture ("[photo: donated toiletry bags on a trolley]").
const OWN_KEEPSAKE = /\bmy (?:own|old)\b/i;
// "[selfie: me in the gown doing a thumbs up]": the writer alone in their own picture.
const OWN_SELFIE =
  /^\[[ \t]*selfie[ \t]*:?[ \t]*me\b(?![^\]]*\b(?:and|with|next[ \t]+to|beside)[ \t]+(?:(?:my|our|the|a|an|this|that|his|her)[ \t]+)?(?:[a-z]+[ \t]+)?(?:[A-Z]|(?:patients?|lady|man|gent|gentleman|baby|babies|mum|dad|nan|grandad|family|him|her|them|boy|girl|lad|twins)\b))/;
// The writer's own imaging: "[image: x-ray of my wrist with a plate in it]", "my own scan".
const OWN_IMAGING =
  /^\[[^\]]{0,20}?\b(?:x-?rays?|scans?|mri|ct|ultrasound|ecg|echo)[ \t]+(?:of[ \t]+)?my\b|\bmy[ \t]+(?:own[ \t]+)?(?:x-?rays?|scans?|mri|ct|ultrasound)\b/i;
// Names, faces or numbers said to be blurred, covered or cropped out.
const OBSCURED =
  /\b(?:names?|faces?|numbers?|details|labels?|surnames?)\b[^\]\n]{0,30}?\b(?:blurred|covered|hidden|pixelated|pixellated|redacted|stickered over|cropped out|scribbled out|blanked out)\b|\b(?:blurred|pixelated|pixellated|redacted|covered)[ \t]+(?:out[ \t]+)?(?:the[ \t]+|all[ \t]+)?(?:names?|faces?|numbers?|details)\b/i;
// "[photo: my wristband, name and numbers blurred]": what would identify is hidden, unless
// something still shows ("name cropped out but the hospital number still in the corner").
function hidden(inside: string): boolean {
  return (
    OBSCURED.test(inside) &&
    !/\b(?:but|still|except)\b/i.test(inside) &&
    !showsPatientData(inside.replace(OBSCURED, " "))
  );
}
const THINGS =
  /\b(?:donated|donations?|gifts?|presents?|hampers?|toiletr\w*|supplies|bags|boxes|cakes|biscuits|chocolates|flowers|cards|stock|equipment)\b/i;
function ownOrThings(inside: string): boolean {
  return (
    (OWN_KEEPSAKE.test(inside) || THINGS.test(inside)) &&
    !PERSON_IN_SCENE.test(
      inside.replace(/\bmy (?:own|old|name)\b|\bmy (?:son|daughter|baby)\b/gi, " "),
    )
  );
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const stop = /[.!?\n]+/g;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export const patientImage: CustomRecognizer = {
  entity: "PATIENT_IMAGE",
  detect({ normalised }) {
    const view = normalised.base;
    const text = view.text;
    const found: Entity[] = [];
    if (testIfMay(IMAGE_WORD, text) && !IMAGE_RULE.test(text)) {
      for (const { start, end } of sentences(text)) {
        const sentence = text.slice(start, end);
        if (!IMAGE_WORD.test(sentence) || !TAKEN_OR_SHARED.test(sentence)) continue;
        if (STAFF_ONLY.test(sentence) || trainingCase(sentence)) continue;
        // A bracketed description is read below, once: only the words outside it count here.
        const outside = sentence.includes("[") ? sentence.replace(/\[[^\]\n]*\]/g, " ") : sentence;
        if (!IN_PICTURE.test(outside) && !NAMED_IN_PLACE.test(outside)) continue;
        if (emptyScene(sentence)) continue;
        const at = view.toOriginal(start, end);
        found.push({
          type: "PATIENT_IMAGE",
          start: at.start,
          end: at.end,
          text: normalised.original.slice(at.start, at.end),
          score: 0.8,
          pattern: "picture told in words",
        });
      }
    }
    if (!text.includes("[")) return found;
    let dataOutside: boolean | undefined;
    let trainingPost: boolean | undefined;
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
      const inside = m[0];
      const shown = QUOTED_SHOWN.exec(inside);
      const quoted = shown ? (shown[1] ?? shown[2]) : undefined;
      let patient =
        quoted !== undefined
          ? readsAsPatient(quoted, inside.replace(quoted, " "))
          : showsPatientData(inside) ||
            SIGNED_FOR_CARE.test(inside) ||
            (!STAFF_ONLY.test(inside) && (IMAGE_CUES.test(inside) || PATIENT_CUES.test(inside)));
      if (!patient) {
        dataOutside ??=
          !IMAGE_RULE.test(text) && showsPatientData(text.replace(/\[[^\]\n]*\]/g, " "));
        patient = dataOutside;
      }
      // "[photo: our sim suite 'patient', a mannequin in a gown]": a training scene.
      if (
        !patient ||
        emptyScene(inside) ||
        ownOrThings(inside) ||
        OWN_SELFIE.test(inside) ||
        OWN_IMAGING.test(inside) ||
        hidden(inside) ||
        trainingCase(inside) ||
        (trainingPost ??= trainingCase(text))
      )
        continue;
      const at = view.toOriginal(m.index, m.index + inside.length);
      if (found.some((f) => f.start < at.end && at.start < f.end)) continue;
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
