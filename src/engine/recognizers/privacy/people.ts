// Shared tests about people in a post: is someone near this span a patient (care cues) or a
// colleague (staff roles), and did the post say they agreed to it. Used by recognizers and rules.
import { anyWord, someWordEnding, wordSet, type PostAnalysis } from "./analysis.js";
import {
  CONSENT,
  hasAnyWord,
  OFFICIAL_PROFILE,
  PLAYED_TEAM,
  SINGLE_RELATIVES,
  STAFF_ROLES,
  wordsRegex,
} from "./vocabulary.js";
import { cutDown, testIfMay } from "../../signals/cue-gate.js";

/**
 * Single words that put a post in a care setting (a ward, a treatment, an admission): the cheap
 * test before any name pattern runs. A name in a post with none of these is not a patient's.
 */
export const CARE_WORDS = wordSet(`
  patient patients pt pts bed beds bay bays ward wards cubicle sideroom resus majors minors triage triaged ed ae amu ccu icu itu
  hdu sdec nicu scbu picu theatre theatres recovery clinic outpatients dialysis renal oncology hospice maternity labour
  admitted admission readmitted discharged discharge transferred brought rushed ambulance paramedics bluelighted
  obs bloods cannula catheter drip oxygen op operation surgery surgeon scan ct mri xray fracture broken hip knee
  dementia delirium confused palliative nursed nursing cared treated triaged stroke fall fell overdose
  buzzer commode zimmer hoist meds medication tablets insulin wound dressing datix ventilated intubated
  stay visiting visitors relatives nok carer born birth delivered baby twins induced caesarean icu hospital
  died funeral chemo transplant diagnosis diagnosed cancer tumour sectioned intensive
  eau sau mau cdu appendix caesarean incubator chemotherapy radiotherapy section
  nbm angiogram angioplasty endoscopy colonoscopy biopsy ecg ultrasound pacemaker stent
  adolescent paediatric paeds neonatal spinal burns oncology renal frailty psychiatric rehab
  dnacpr dnr ventilator methadone contractions warfarin inhaler inhalers prescription prescriptions creon
  antibiotics morphine oramorph stoma colostomy dosette epipen nebuliser cmht camhs caseload stairlift
  wheelchair seclusion sedation sedated methotrexate clozapine smear smears disability disabilities
  attended scoop cva crew crews sharps ulcer aquacel depot cpr 111 999 ramipril sertraline citalopram
  dental dentist filling fillings extraction extractions denture dentures optician
  optometrist sight script scripts blister dispensary pregabalin naloxone smear coil contraception
  contraceptive jab jabs immunisation cpn postnatal antenatal jaundice jaundiced homebirth
`);

/**
 * Care vocabulary open to words nobody listed: a word with a clinical ending (appendicitis,
 * tonsillectomy, colostomy, colonoscopy, angioplasty, leukaemia) or a medicine's stem, or one of a class of conditions,
 * service words and phrases of being cared for ("with us", "on our list", "in again", "the corner
 * bed", "DNs", "booster"). A post with any of these is about care even when CARE_WORDS holds
 * none of its words. Words are read from the post's word set, so most posts cost a loop over
 * their words and no regex.
 */
const CLINICAL_ENDINGS = [
  "itis",
  "ectomy",
  "otomy",
  "ostomy",
  "oscopy",
  "oplasty",
  "aemia",
  "algia",
  "opathy",
  // Medicines by their generic stems: diazepam, bisoprolol, ramipril, atorvastatin, apixaban...
  "azepam",
  "olol",
  "pril",
  "sartan",
  "statin",
  "cillin",
  "mycin",
  "floxacin",
  "prazole",
  "oxetine",
  "triptan",
  "parin",
  "gliptin",
  "gliflozin",
  "xaban",
  "tyline",
  "apine",
  "idone",
  "codone",
  "profen",
  "fenac",
  "semide",
  "olone",
  "asone",
  "etamol",
];
const NOT_CLINICAL = new Set(["nostalgia", "academia"]);
export const CARE_OPEN_WORDS = wordSet(`
  asthma asthmatic seizure seizures epilepsy epileptic covid copd tb pneumonia diabetes diabetic angina hernia acl
  septic uti dvt booster jab jabs vaccine vaccination treating treated nursed triaged dns dn dementia
  shrapnel chemo radiotherapy dialysis hospice palliative ward wards icu itu hdu ae majors minors resus
  frailty ortho orthopaedic cardiology respiratory neuro neurology urology gynae oncology haematology
  physio ot salt cpap bipap ventilator oxygen nebuliser inhaler insulin warfarin methadone
  nightshift nightshifts epipen epipens infection infections outreach inpatient inpatients outpatient
  outpatients therapy therapist therapies screening jabbed vaccinated immunised fillings dentures audiogram
  cataract cataracts glaucoma irrigated casualty stemi nstemi aaa rosc scrubbed hospices respite mortuary
`);
const CARE_OPEN_PHRASES =
  /\b(?:with us|our (?:[a-z]+ )?patients?|our regular|in again|back in (?:with|again|tonight|today)|on (?:our|my|the) (?:[a-z]+ )?(?:list|caseload|plinth|couch)|(?:corner|end|window|middle) bed|bed by the (?:window|door|toilets?|nurses)|waiting room|relatives['’]? room|home visit|heart attack|called us (?:again|out)|(?:dog|snake|python|spider|adder) bite|day hospital|(?:mental health|psych[a-z]*|acute|inpatient|secure|forensic|rehab|stroke|dementia|frailty|spinal|burns|renal|cardiac|neonatal|eating disorders?) (?:unit|ward)|did(?:n['’]?t| not) make it (?:after|through)|tried everything|got there (?:just )?in time|end of life|(?:care|nursing|residential) home|supported (?:living|flats?|housing|accommodation)|service users?|on a trolley|in (?:the|a) corridor|wisdom (?:tooth|teeth)|(?:weeks|months) to live|(?:he|she|they)(?:['’]s|['’]ve| has| have) got (?:weeks|months)(?: left)?)\b/i;
const CARE_OPEN_GATE = wordSet(
  "us our regular again back list caseload plinth couch weeks months corner end window middle bed waiting relatives relative home heart bite hospital unit ward make tried time supported service trolley corridor wisdom",
);

// The last four letters of every clinical ending: one Set lookup per long word.
const ENDING_TAILS = new Set(CLINICAL_ENDINGS.map((e) => e.slice(-4)));

const clinicalWord = (w: string): boolean =>
  !NOT_CLINICAL.has(w) && CLINICAL_ENDINGS.some((e) => w.endsWith(e));

/** Whether the post is about care by the open vocabulary (see CARE_OPEN_WORDS). */
export function careOpen(text: string, post: PostAnalysis): boolean {
  if (anyWord(post, CARE_OPEN_WORDS)) return true;
  if (someWordEnding(post, 6, ENDING_TAILS, clinicalWord)) return true;
  return anyWord(post, CARE_OPEN_GATE) && CARE_OPEN_PHRASES.test(text);
}

/** Cues that a named or described person is a patient, not a colleague on the same ward. */
// What a colleague brings in for the team ("Sarah came in with doughnuts for nights"), or brings
// in to show them: not how a patient arrives.
export const BROUGHT_IN =
  "(?:(?:some|a|an|the|loads[ \\t]+of|boxes[ \\t]+of|a[ \\t]+box[ \\t]+of|a[ \\t]+tray[ \\t]+of|homemade|her|his|their|new|fresh)[ \\t]+){0,3}(?:doughnuts|donuts|cakes?|cupcakes|brownies|biscuits|pizzas?|coffees?|chocolates?|sweets|treats|food|breakfast|bacon|croissants|cookies|flowers|presents|gifts|cards?|newborn|new[ \\t]+baby|kids|dog|puppy|tan|haircut|news|a[ \\t]+smile)\\b";
export const PATIENT_CUES = wordsRegex([
  "patients?",
  "pts?",
  "bed ?\\d+",
  "bay ?(?:\\d+|[a-h])",
  "side ?room",
  "cubicle",
  "admitted",
  "discharged",
  "discharge(?! lounge| team| coordinator| nurse)",
  "brought (?:in|into|onto|to)",
  "came in(?! early| late| on (?:my|her|his|their) day off| to (?:help|cover|work|sing|play|perform|visit|see us|drop|bring|volunteer|talk|teach)| with " +
    BROUGHT_IN +
    ")",
  "going home",
  "went home",
  "long-stay",
  "longest (?:ever )?stay",
  "pensioner",
  "escape attempt",
  "zimmer(?: frame)?",
  "walking frame",
  "nightie",
  "commode",
  "dementia",
  "bypass",
  "hospital bed",
  "ttos?",
  "obs",
  "cannula",
  "catheter",
  "nurse your",
  "nursed",
  "cared for",
  "looked after",
  "buzzer",
  "resus",
  "medically fit",
  "care package",
  "stroke",
  "fall",
  "fell",
  "hip",
  "her op",
  "his op",
  "visits (?:her|his)",
  "visiting (?:her|his)",
  "weeks with us",
  "days with us",
  "on the mend",
  "bloods",
  "birthday",
  "90th",
  "100th",
  "\\d+(?:st|nd|rd|th) birthday",
  // "his first blood test without restraint", "dental under GA", "our favourite frequent flyer".
  "blood tests?",
  "(?:under|without) (?:a )?(?:ga|general anaesthetic|sedation)",
  "frequent flyer",
  "(?:home|cmht|dn|first|review|welfare) visit",
  // "his email is … for the clinic letter": what only a patient is sent.
  "(?:clinic|appointment|discharge|outpatient) letters?",
  // "thank you for looking after their dad": a family's relative cared for.
  "(?:looking|caring) (?:after|for) (?:their|his|her) (?:mum|dad|nan|nana|gran|grandad|grandma|husband|wife|son|daughter|baby|mother|father)",
  // "he's in with his heart", "back in with her chest": in hospital for it, as families say.
  "in with (?:his|her|their) (?:heart|chest|breathing|lungs|kidneys|waterworks|sugars|bowels|hip)",
]);

// One patient, not patients in general: for a given name alone, "patients" (plural) is whom a
// colleague serves ("Tina from the lounge pinches patients' dinners"), not who the named person
// is, and an official post's "parking is free for patients" is everyone. "Patient" as an
// adjective ("our patient experience lead") names no patient either. Nor does patience: "she was
// so patient with my grandad".
export const NOT_ADJECTIVE =
  "(?![ -](?:safety|experience|liaison|advice|services?|representative|rep|leader|lead|partners?|voice|flow|transport|records?|information|feedback))";
export const NOT_PATIENCE =
  "(?<!\\b(?:so|very|really|incredibly|endlessly|extremely|super|too|more|less)[ \\t]+)";
export const ONE_PATIENT_CUES = new RegExp(
  PATIENT_CUES.source.replace(
    "patients?",
    `(?<!\\b(?:every|each|any|no)[ \\t])${NOT_PATIENCE}patient(?![s'’])${NOT_ADJECTIVE}`,
  ),
  PATIENT_CUES.flags,
);

export const PATIENT_CUE_GATE: ReadonlySet<string> = new Set([
  "blood",
  "ga",
  "anaesthetic",
  "sedation",
  "flyer",
  "visit",
  "patient",
  "patients",
  "pt",
  "pts",
  "bed",
  "bay",
  "side",
  "sideroom",
  "cubicle",
  "admitted",
  "discharged",
  "discharge",
  "brought",
  "came",
  "going",
  "went",
  "long",
  "longest",
  "pensioner",
  "escape",
  "zimmer",
  "walking",
  "nightie",
  "commode",
  "dementia",
  "bypass",
  "hospital",
  "tto",
  "ttos",
  "obs",
  "cannula",
  "catheter",
  "nurse",
  "nursed",
  "cared",
  "looked",
  "buzzer",
  "resus",
  "medically",
  "care",
  "stroke",
  "fall",
  "fell",
  "hip",
  "op",
  "visits",
  "visiting",
  "weeks",
  "days",
  "mend",
  "bloods",
  "birthday",
  "90th",
  "100th",
  "letter",
  "letters",
  "looking",
  "caring",
  "heart",
  "chest",
  "breathing",
  "lungs",
  "kidneys",
  "waterworks",
  "sugars",
  "bowels",
]);

/** Whether any patient cue is in `text` (a word-set gate first, then the phrase regex). */
export function hasPatientCue(text: string): boolean {
  return hasAnyWord(text, PATIENT_CUE_GATE) && PATIENT_CUES.test(text);
}

export const STAFF_CUES = wordsRegex([
  ...STAFF_ROLES,
  "shift",
  "shifts",
  "nights",
  "rota",
  "handover",
  "promotion",
  "new role",
  "retires",
  "retiring",
  "leaving do",
  "led",
  "shout[- ]?out",
  "well done",
  "kudos",
  "hats off",
  "so proud of",
  "team of the year",
  "teaching",
  "session",
  "ran a",
  "drug round",
  "obs round",
  "(?:did|doing|done) (?:her|his|the) obs",
  "management",
  "leaving us",
  "joins",
  "joining",
  "joined (?:us|the team|our team)",
  "our new",
  "last day (?:at|as|on|with|before)",
  "first day (?:as|at work|in the job|back at work|on the job)",
  "last shift",
  "first shift",
  "\\d+ years (?:on|in|at|with)",
  "to help with",
  "course",
  "laziest",
  "worked with",
  "on the team",
  `from the (?:[a-z]+ )?team(?<!${PLAYED_TEAM} team)`,
  "works?",
  "working",
  "annual leave",
  "off sick",
  "phased return",
  "(?:paternity|maternity|parental|annual) leave",
  "return to work",
  "compassionate leave",
  "bereavement leave",
  "doing a card",
  "collection for",
  "sponsor(?:ed|ing)? (?:me|her|him|them|us)",
  "fundrais(?:ing|er)",
  "raising money",
  "three peaks",
  "skydive",
  "see you back",
  "back on the (?:unit|ward|team)",
  "training",
  "volunteers?",
  "volunteering",
  "on (?:lates|earlies|the late|the early|long days)",
  "light duties",
  "swaps?",
  "(?:his|her|their) (?:outpatient |clinic |theatre |ward )?lists",
  // What happens to staff: "slapped Gary with a final written warning", "solidarity mate".
  "(?:final |first )?written warning",
  "disciplinary",
  "suspended",
  "suspension",
  "solidarity",
]);

/** A title or role right before a name: the person is named in their professional role. */
export const STAFF_TITLE_BEFORE =
  /(?:\b(?:dr|doctor|prof|professor|sister|nurse|matron|consultant|surgeon|registrar|midwife|hca|porter|physio|physiotherapist|therapist|dentist|pharmacist|optician|psychiatrist|psychologist|counsellor|paramedic|anaesthetist|radiographer|dietitian|sonographer|staff nurse|charge nurse|ward manager|manager|colleague|mate|our|my friend|bestie|hun|student|chaplain(?:[ \t]+rev(?:d|erend)?)?|rev(?:d|erend)?)\.?)[ \t]+$/i;

export function consentGiven(text: string): boolean {
  return testIfMay(CONSENT, text);
}

// Several rules ask about the same profile in turn (about four times a post).
let lastProfile: string | undefined;
let lastOfficial = false;

export function isOfficial(profile: string): boolean {
  if (profile !== lastProfile) {
    lastOfficial = OFFICIAL_PROFILE.test(profile);
    lastProfile = profile;
  }
  return lastOfficial;
}

const globalCache = new WeakMap<RegExp, RegExp>();

/** Distance from [start,end) to the nearest match of `re` within `window` characters, or Infinity. */
export function nearest(
  text: string,
  start: number,
  end: number,
  re: RegExp,
  window = 100,
): number {
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  const slice = text.slice(from, to);
  let g = globalCache.get(re);
  if (!g)
    globalCache.set(
      re,
      (g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g")),
    );
  // Cut to the branches whose words the whole post holds (cue-gate.ts): the same spans.
  const cut = cutDown(g, text);
  if (cut === null) return Infinity;
  g = cut;
  g.lastIndex = 0;
  let best = Infinity;
  for (let m = g.exec(slice); m; m = g.exec(slice)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const s = from + m.index;
    const e = s + m[0].length;
    if (e > start && s < end) continue; // the span itself
    const d = e <= start ? start - e : s - end;
    if (d < best) best = d;
  }
  return best;
}

/** Whose details sit at [start,end): a colleague's when staff words are nearer than care words. */
export function subjectOf(
  text: string,
  start: number,
  end: number,
  window = 120,
): "patient" | "colleague" | "unknown" {
  const care = nearest(text, start, end, PATIENT_CUES, window);
  const staff = nearest(text, start, end, STAFF_CUES, window);
  if (care === Infinity && staff === Infinity) return "unknown";
  return staff < care ? "colleague" : "patient";
}

/**
 * Staff roles and rota words that mark a colleague and can never name a relative or say whose a
 * number is; contact-details weighs them against a relative nearby.
 */
export const COLLEAGUE_WORDS = [
  "dr",
  "doctor",
  "nurse",
  "matron",
  "consultant",
  "surgeon",
  "registrar",
  "hca",
  "porter",
  "colleague",
  "manager",
  "midwife",
  "physio",
  "paramedic",
  "receptionist",
  "personal mobile",
  "swaps",
  "rota",
  "shift",
  "cover",
  "band \\d",
];

/** A colleague as a person (not just "the team"): whose address or number this is. */
export const STAFF_PERSON = wordsRegex([
  ...COLLEAGUE_WORDS,
  // "Sister" is also a relative, and "her mobile" says whose, not who: fine here, where any
  // staff word nearer than a care cue makes it a colleague's.
  "sister",
  "charge nurse",
  "staff nurse",
  "f1",
  "f2",
  "reg",
  "her mobile",
  "his mobile",
  "(?:ward )?clerk",
  "support worker",
  "healthcare assistant",
  "housekeeper",
  "(?:medical |ward )?secretary",
  // "drop her leaving card round": only a colleague leaves with a card and a collection.
  "(?:leaving|retirement) (?:card|do|present|prezzie|collection|drinks)",
  "from amu",
  "from pharmacy",
  "from estates",
  "from (?:the )?(?:admin|office|theatres|recovery|reception|hr|it|finance|switchboard|outpatients|physio|radiology|labs?|kitchens?|catering|porters|day unit|education team|team)",
  // "Becca from cardiology", "Ruth on reception": where a colleague works.
  "from (?:the )?[a-z]+(?:ology|iatry|ography|otherapy)",
  "on (?:reception|switchboard|the (?:front )?desk)",
]);

// "My aunt Maureen's house at 22 Coppice Road": the writer's own relative's home, whoever else
// the message names; also the relative said to be at it ("came out to my brother Dean at 4 Cliff
// Terrace").
const KINS_HOME_BEFORE = new RegExp(
  `\\b(?:my|our)[ \\t]+(?:${SINGLE_RELATIVES.join("|")})(?:[ \\t]+[A-Z][a-z'’-]+)?(?:(?:['’]s)?[ \\t]+(?:house|home|flat|bungalow|place|address|cottage|maisonette)\\b[^.!?\\n]{0,15}|,?[ \\t]+at[ \\t]+)$`,
  "i",
);
export function kinsHomeBefore(text: string, start: number): boolean {
  return KINS_HOME_BEFORE.test(text.slice(Math.max(0, start - 70), start));
}

/** Whose contact details or home these are: a colleague when a staff person is nearer than care cues. */
export function colleagueNearer(text: string, start: number, end: number, window = 120): boolean {
  const staff = nearest(text, start, end, STAFF_PERSON, window);
  if (staff === Infinity) return false;
  return staff < nearest(text, start, end, PATIENT_CUES, window);
}
