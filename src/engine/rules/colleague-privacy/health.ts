// A colleague's health, sickness absence, pregnancy or treatment, posted without their
// agreement: "Dr Lisowski's off with stress again", "our band 7 is back after rehab",
// "Priya's pregnant, she hasn't told work yet". The author's own health is theirs to share.
import { cutDeep } from "../../signals/cue-gate.js";
import { wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { nearest, PATIENT_CUES } from "../../recognizers/privacy/people.js";
import { defineRule } from "../rule.js";
import {
  askedNotTold,
  authorBefore,
  colleagueNear,
  COLLEAGUE_CLAUSES,
  CONSENT_OR_SELF,
  findColleague,
  namedColleagueNear,
} from "./shared.js";

const HEALTH_WORDS = [
  // absence
  "off (?:sick|ill)",
  "off with (?:stress|anxiety|depression|her back|his back|covid|flu|a bad back|cancer|\\w+ problems|her nerves|his nerves)",
  "off with (?:a |her |his )?['‘\"](?:bad back|migraine|stomach bug|bug|virus|flu|cold|sickness)['’\"]",
  "(?:we all know|everyone knows|we know|obviously|clearly|pretty sure|bet) it'?s (?:the|her|his) (?:drink|drinking|booze|bottle|nerves|depression|anxiety|mental health)",
  "off after",
  "signed off",
  "sick ?note",
  "sick leave",
  "fit note",
  "phased return",
  "long[- ]term sick",
  "off long[- ]term sick",
  "keeps taking time off",
  "always off",
  "on the sick",
  // conditions and treatment
  "rehab",
  "her drinking",
  "his drinking",
  "drink problem",
  "drinking problem",
  "drug problem",
  "cancer",
  "chemo",
  "chemotherapy",
  "radiotherapy",
  "mastectomy",
  "hysterectomy",
  "(?:was|been|got|is|just|recently|finally) diagnosed",
  "diagnosed with",
  "found a lump",
  "(?:her|his|their|a|the) biopsy",
  "(?:her|his|their) (?:scan|test|biopsy) results",
  "(?:her|his|their) diagnosis",
  "on the spectrum",
  "autistic",
  "adhd",
  "bipolar",
  "(?:had|having|has had) a breakdown",
  "(?:nervous|mental) breakdown",
  "sectioned",
  "psych ward",
  "mental health",
  "depression",
  "depressed",
  "anxiety",
  "panic attacks",
  "antidepressants",
  "eating disorder",
  "anorexic",
  "anorexia",
  "bulimic",
  "bulimia",
  "(?:an |a recovering |recovering |an ex-?)?alcoholic",
  "(?:recovering |an ex-?|a )addict",
  "(?:her|his|their) addiction",
  "dementia",
  "alzheimer'?s",
  "parkinson'?s",
  "long covid",
  "ptsd",
  "ocd",
  "psychosis",
  "psychotic episode",
  "schizophreni[ac]",
  "personality disorder",
  "multiple sclerosis",
  "motor neurone",
  "crohn'?s",
  "colitis",
  "stoma",
  "heart condition",
  "self[- ]harm(?:ing|s)?",
  "suicidal",
  "(?:took|taken) an overdose",
  "overdosed",
  "terminal (?:cancer|illness|diagnosis)",
  "(?:is|it's) terminal",
  "hiv",
  "std",
  "sti",
  "(?:her|his|their) (?:(?:heart|hip|knee|back|brain|bowel|gastric|bypass|shoulder|spinal|spine|eye|cataract|gallbladder|hernia|bariatric|weight loss) )?(?:op|operation|surgery)",
  "(?:having|had|needs|for) an (?:operation|op)",
  "(?:having|had|needs|for) surgery",
  "(?:had|having|has had) a (?:heart attack|stroke|mini[- ]stroke|seizure|fit)",
  "(?:her|his) (?:heart attack|stroke)",
  "epilepsy",
  "epileptic",
  "seizure",
  "diabetic",
  "menopause",
  "menopausal",
  "endometriosis",
  "miscarriage",
  "miscarried",
  "losing the baby",
  "lost the baby",
  "pregnant",
  "ivf",
  "infertile",
  "stillbirth",
  "abortion",
  "(?:is|was|'s|been|ended up|still) in (?:hospital|resus)",
  "(?:was|been|got) admitted",
  "expecting (?:a baby|twins|a little|again|baby|(?:her|his|their) (?:first|second|third|\\w+ baby))",
  "expecting[!.]",
  "(?:has|'s|have) lost (?:loads of|so much|a lot of|a ton of|tons of) weight",
  // places that tell a health story
  "(?:fertility|sexual health|gum|std|sti|ivf|mental health|drug|alcohol|addiction|abortion|cancer|oncology|psychiatric|memory|pain|eating disorder) (?:clinic|unit|service|ward|appointment)",
];
// Vocabulary classes of health beyond the list above, each a concept in several wordings. Like the
// list above, they run only when the post holds the words one of their phrases needs (mayMatch).
const MORE_HEALTH_WORDS = [
  // Conditions named by the colleague's possession or diagnosis.
  // also by name ("Ollie's sugars have been all over the place")
  "(?:her|his|[a-z]+['’]s) (?:coeliac|celiac|asthma|diabetes|arthritis|lupus|fibromyalgia|ibs|migraines|tumour|thyroid|pcos|hepatitis|angina|cirrhosis|leukaemia|lymphoma|melanoma|dyslexia|dyspraxia|tourette'?s|stammer|incontinence|piles|haemorrhoids|kidney stones|bowels|blood pressure|cholesterol|sugars|illness|condition|meds|medication|symptoms|recovery|relapse)",
  "coeliac",
  "celiac",
  "fibromyalgia",
  "lupus",
  "(?:brain |spinal |a )tumour",
  "leukaemia",
  "lymphoma",
  "melanoma",
  "shingles",
  "glandular fever",
  "pcos",
  "hepatitis",
  "cirrhosis",
  "(?:kidney|liver|heart) (?:failure|disease|stones)",
  "angina",
  "dyslexic",
  "dyspraxic",
  "dyslexia",
  "dyspraxia",
  "tourette'?s",
  "incontinent",
  "incontinence",
  "erectile dysfunction",
  "infertility",
  "chlamydia",
  "gonorrh?oea",
  "herpes",
  "syphilis",
  "genital warts",
  "thrush",
  "cystitis",
  // procedures, cosmetic work and weight-loss treatment
  "vasectomy",
  "appendi(?:c)?ectomy",
  "tonsillectomy",
  "lumpectomy",
  "prostatectomy",
  "cholecystectomy",
  "(?:had|having|getting|got|booked in for|recovering from) (?:a |an |her |his |their )?(?:hip|knee|shoulder|joint) replacement",
  "(?:had|having|getting|got|fitted with) (?:a |her |his )?(?:pacemaker|stents?|defib)",
  "(?:boob|nose|tit|bum|eye|eyelid) jobs?",
  "hair transplant",
  "(?:breast|boob|bum|butt|cheek|chin) (?:implants|enlargement|reduction|lift)",
  "face ?lift",
  "tummy tuck",
  "lipo(?:suction)?",
  "botox",
  "(?:lip )?fillers",
  "turkey teeth",
  "gastric (?:band|bypass|sleeve)",
  "ozempic",
  "mounjaro",
  "wegovy",
  "(?:had|having|needs|booked in for|waiting for) (?:a |an |her |his )?(?:c-?section|caesarean|colonoscopy|mammogram|smear|termination)",
  // injuries
  "(?:broke|broken|fractured|snapped) (?:her|his) (?:leg|arm|wrist|ankle|hip|collarbone|foot|nose|neck|back|pelvis|ribs?)",
  "(?:is|'s|been|now|still) (?:on crutches|in plaster|in a (?:wheelchair|cast|neck brace|sling|moon boot))",
  "concussion",
  "whiplash",
  // distress and treatment for the mind
  "not coping",
  "can'?t cope",
  "falling apart",
  "(?:seeing|sees|saw|referred to|under) (?:a |the )?(?:psychiatrist|psychologist|therapist|counsellor|crisis team|cmht)",
  "(?:having|has|had|in) (?:therapy|counselling|cbt|emdr)",
  "on (?:meds|medication|tablets|pills) for (?:her|his|their)",
  "on (?:the )?(?:antidepressants|lithium|methadone|sertraline|citalopram|fluoxetine|mirtazapine|diazepam|beta blockers)",
  // addiction and recovery
  "gambling (?:problem|addiction|habit)",
  "(?:stint|spell|weeks?|months?|time) in (?:the )?priory",
  "(?:getting|gets|get|got|getting some) (?:some )?help (?:for|with) (?:the|her|his|their) (?:drinking|drink|booze|gambling|addiction|eating)",
  "light duties after",
  "(?:alcoholics|narcotics|gamblers) anonymous",
  "(?:aa|na) meetings?",
  "detox",
  "relapsed",
  "fell off the wagon",
  "(?:back )?on the (?:booze|bottle) (?:again|since)",
  // pregnancy told before the colleague does
  "(?:\\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|sixteen|twenty) weeks (?:gone|pregnant)",
  "morning sickness",
  "due date",
  "(?:having|carrying|expecting) (?:a|her|his|their) (?:second|third|fourth|first) (?:baby|child)",
  "carrying twins",
  // Devices, flares, results and fertility treatment: "on an insulin pump now", "an MS flare",
  // "scan came back clear", "every egg collection".
  "insulin pump",
  "(?:colostomy|stoma|ileostomy) bag",
  "(?:ms|crohn'?s|colitis|arthritis|lupus|endo|eczema|psoriasis) flare(?:[- ]ups?)?",
  "(?:scan|biopsy|results?|smear|mammogram|bloods) (?:came|come|has come|have come) back (?:clear|positive|negative|abnormal|fine|ok)",
  "egg collections?",
  "ivf",
  "embryo transfer",
  "adhd (?:assessment|diagnosis|meds|medication)",
  // Short illnesses and the absence process, said of a named colleague: "Priya (migraine), both
  // Toms (d&v)", "Mel's on stage 3 for sickness now", "her absence review is Tuesday".
  "migraines?",
  "d ?& ?v",
  "diarrh?o?ea and vomiting",
  "sickness bug",
  "stage (?:[1-4]|one|two|three|four) (?:for |of |on )?(?:the )?(?:sickness|absence)",
  "(?:her|his|their) (?:sickness|absence) (?:review|meeting|hearing|record)",
  // Pregnancy before the colleague tells work: "she's expecting 🥰", "the bump's showing",
  // "not telling anyone till her 12-week scan".
  "(?:['’]s|is) (?:just |finally |only )?expecting(?=[ \\t]*(?:$|[^\\w \\t'’]|(?:and|so|but|again|too|yet)(?![a-z])))",
  "(?:she['’]?s|she is|who['’]?s|who is) (?:just |finally |only )?expecting(?![ \\t]+(?:a[ \\t]+(?:call|delivery|parcel|visit|lot|bit|reply|letter)|an|the|to|it|that|this|them|him|her|us|me|you|some|more|my|your|our|their|everyone|anyone|people|too|much|[a-z]+ing|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z]))",
  "(?:she['’]?s|she is|who['’]?s|who is) (?:\\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty) weeks(?=[ \\t]*(?:$|[^\\w \\t]|(?:and|so|but|now)(?![a-z])))",
  "(?:her|baby) bump",
  "(?:see|seen|saw|noticed|spotted|hide|hiding|hid|showing) (?:the|her) bump",
  "(?:12|twelve|20|twenty)[- ]?weeks? scan",
  "(?:till|until|before|after) (?:she['’]?s |she is |her )?(?:12|twelve) weeks",
];
const MORE_HEALTH_ALL = new RegExp(wordsRegex(MORE_HEALTH_WORDS).source, "gi");
const HEALTH = wordsRegex(HEALTH_WORDS);
// The condition as a subject of work rather than the colleague's own: a specialism, a charity,
// a course, an awareness week, a conference or a TV storyline ("specialises in bipolar disorder",
// "the cancer charity", "the perinatal mental health conference", "that stillbirth storyline").
const TOPIC_BEFORE =
  /\b(?:speciali[sz]\w*|expert|research\w*|interest|talk|session|teaching|course|training|lecture|about(?![ \t]+(?:her|his|their)\b)|raising|raised|awareness|support(?:ing)?|treat(?:ing|s)?|manag(?:ing|es)|diagnos(?:ing|es)|performed|performs|performing|did|does|doing|carried out|carries out|led|leads|assisted|assisting|scrubbed|\d+(?:st|nd|rd|th)|first|list|robotic|pioneering)[ \t]+(?:\w+[ \t]+)?$|\b(?:director|lead|consultant|head|matron|manager|specialist|registrar|department|division)[ \t]+(?:(?:for|of|in)[ \t]+)?$/i;
const TOPIC_AFTER =
  /^[ \t]*(?:disorder[ \t]+)?(?:charity|charities|awareness|service|services|clinic|team|nurse|nurses|specialist|practitioners?|workers?|liaison|first aiders?|advocates?|professionals?|act|staff|women|colleagues|mums|mothers|employees|ladies|research|course|training|first aid|week|month|day|ward|unit|patients|support|network|champion|lead|pathway|screening|appeal|fundrais\w*|run|walk|ride|symptoms|signs|patient|call|list|lists|care|kids|children|adults|people|young|teenagers|pupils|clients|residents|users|centre|center|hospital|hub|building|institute|wing|society|friends|friendly|relay|race|trust|fund|bus|conferences?|webinars?|seminars?|workshops?|study[ \t]+days?|storylines?|episodes?|documentar(?:y|ies)|drama|podcasts?)\b/i;
// Raising money for a unit or a cause ("a sponsored head shave for the cancer unit", "running
// for the oncology ward"): the unit is what the money is for, not where the colleague is treated.
const FUNDRAISING_BEFORE =
  /\b(?:shav(?:e|es|ed|ing)|sponsor\w*|donat\w*|fundrais\w*|raising|raised|raise|collect(?:ing|ion)|bake|cake|sale|money|funds|pennies|quid|£\d[\d,]*|run|running|walk|walking|cycle|cycling|swim|challenge|marathon|appeal|charity)\b[^.!?\n]{0,60}$/i;
const FUNDRAISING_AFTER =
  /^[^.!?\n]{0,60}\b(?:sponsor\w*|donat\w*|justgiving|gofundme|link in (?:bio|comments)|every (?:penny|quid|pound)|raising|raise|fundrais\w*)\b/i;
// A test or jab on offer for the condition ("free chlamydia tests at the union", "HIV testing in
// the foyer"), unless the colleague had or booked one ("Dan's HIV test", "she had a smear test").
const TEST_AFTER =
  /^[ \t]*(?:tests?|testing|kits?|jabs?|vaccin\w*|checks?|leaflets?|advice|info\w*)\b/i;
const TESTED_BEFORE =
  /\b(?:her|his|their|had|has|having|got|getting|went|go|goes|going|booked|needs?|[a-z]+['’]s)\b[^.!?\n]{0,20}$/i;
// Mockery by likeness, not a diagnosis: "walks like she's had a stroke", "drives like he's blind",
// "speaks like he's had a stroke", "types like she's had a stroke".
const LIKENESS_BEFORE =
  /\b(?:walks?|walking|walked|talks?|talking|talked|speaks?|speaking|spoke|acts?|acting|acted|behaves?|behaving|drives?|driving|drove|dresses|dancing|dances?|sounds?|sounded|moves?|moved|looks?|looking|looked|types?|typing|writes?|writing|runs?|running|eats?|eating)[ \t]+(?:like|as if|as though)[ \t]+(?:(?:she|he|they|you)(?:['’](?:s|d|re|ve)|[ \t]+(?:has|had|is|was|were|have))?[ \t]+)?(?:got[ \t]+)?$/i;
// On duty there, not a patient: "was in resus at 3am running a trauma call".
// A group's health, not one colleague's: "a talk on dads' mental health", "men's mental health",
// "nurses' menopause" (lower case: "Chris' chemo" is a colleague's).
const GROUP_BEFORE =
  /(?:\b[a-z]+s['’]|\b(?:[Mm]en|[Ww]omen|[Cc]hildren|[Pp]eople|[Ss]taff|[Ee]veryone|[Ee]verybody)['’]s)[ \t]+$/;
// A condition's name used loosely as a jibe, not a diagnosis: "bit autistic aren't we", "he's a
// little bit OCD about the drug cupboard" (hate-discrimination judges the ridicule).
const LOOSE_LABEL = /^(?:autistic|ocd|adhd|bipolar|on the spectrum)$/i;
const LOOSE_BEFORE = /\b(?:a[ \t]+)?(?:little[ \t]+)?(?:bit|tad|touch|slightly|abit)[ \t]+$/i;
const WORKING_AFTER =
  /^[ \t,]+(?:(?:at|from|until|till|all|this|on) [^.!?\n]{0,15}?[ \t,]+)?(?:running|leading|led|doing|helping|covering|working|teaching|in charge|with (?:a|the) (?:patient|trauma|team))\b/i;
// Attending for treatment ("come in for her third round of chemo"): a patient, not a colleague.
const TREATMENT_VISIT =
  /\bhad\b[^.!?\n]{1,40}?\bin (?:the )?(?:fracture clinic|a&e|ed|resus|majors|minors|x-?ray|clinic|minor injuries)\b|\b(?:she'?s|he'?s|is|was|been)\s+in\s+for\s+(?:her\s+|his\s+|a\s+|an\s+)?[\w-]+|\b(?:come|comes|coming|came|back|in)\s+(?:in\s+)?for\s+(?:her|his|their)\s+(?:[\w-]+\s+){0,3}(?:chemo|treatment|round|session|dialysis|infusion|scan|appointment|radiotherapy)\b/i;
// "signed off my study leave", "signed off on the rota": approval, not sickness.
const SIGNED_OFF_SOMETHING = /^[ \t]+(?:my|your|his|her|their|the|our|a|an|on|it|this|that)\b/i;
// "not signed off for", "yet to be signed off": a competency, not sickness.
const NOT_YET_SIGNED = /\b(?:not|n't|never|yet to be|to be|get|getting)[ \t]+$/i;
// The author's own: "phased return after my surgery".
const MINE_AFTER = /^[^.!?\n,]{0,20}\bmy\b/i;
// A service the colleague works in ("Dr Rao at your fertility service"), not one they attend.
const THEIR_WORKPLACE =
  /\b(?:at|from|in|runs|leads|off|of)[ \t]+(?:your|our)[ \t]+$|\b(?:nurses?|doctors?|staff|receptionists?|team|consultants?|midwi(?:fe|ves)|hcas?|practitioners?|workers?|people|lady|man|woman|guy)[ \t]+(?:at|from|in|on|of)[ \t]+(?:the|your|our|this)[ \t]+$/i;
// A patient described by age or as someone cared for ("Connor (17)", "Amelia, 9,", "the teen we
// had on the unit"): their health is patient-identifiable's business, not a colleague's privacy.
const PATIENT_DESCRIPTOR =
  /\(\d{1,2}\)|,[ \t]*\d{1,2}[ \t]*,|\baged?[ \t]+\d{1,2}\b|\bwe[ \t]+(?:had|looked[ \t]+after|cared[ \t]+for|nursed|treated)\b|\bteen(?:ager)?\b/i;
// A relative's health, told by the family ("my daughter … was diagnosed").
const RELATIVE_BEFORE =
  /\b(?:[Mm]y|[Oo]ur)[ \t]+(?:daughter|son|mum|mom|mother|dad|father|husband|wife|partner|nan|gran|grandma|grandad|baby|child|kids?|sister|brother|aunt|uncle)\b/;
const RELATIVE_BEFORE_ALL = new RegExp(RELATIVE_BEFORE.source, "g");
/**
 * A relative named before the health words is whose health it is ("my daughter ... was
 * diagnosed"), unless a colleague is named after the relative ("the nurse who looked after my
 * nan, Sharon, told us she's off for a hysterectomy").
 */
function relativesHealth(text: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  const window = text.slice(from, at);
  if (!RELATIVE_BEFORE.test(window)) return false;
  let last = 0;
  RELATIVE_BEFORE_ALL.lastIndex = 0;
  for (let r = RELATIVE_BEFORE_ALL.exec(window); r; r = RELATIVE_BEFORE_ALL.exec(window))
    last = r.index + r[0].length;
  return findColleague(window.slice(last)) === null;
}
const PATIENT_CUES_ALL = new RegExp(PATIENT_CUES.source, "gi");
/**
 * A patient cue within 60 characters: the health details are the patient's, unless the cue
 * comes first and a colleague is named between it and them ("the nurse who looked after my
 * nan, Sharon, told us she's off for a hysterectomy").
 */
function patientNear(text: string, start: number, end: number): boolean {
  if (nearest(text, start, end, PATIENT_CUES, 60) === Infinity) return false;
  const from = Math.max(0, start - 60);
  const window = text.slice(from, Math.min(text.length, end + 60));
  PATIENT_CUES_ALL.lastIndex = 0;
  for (let c = PATIENT_CUES_ALL.exec(window); c; c = PATIENT_CUES_ALL.exec(window)) {
    const cueEnd = from + c.index + c[0].length;
    if (cueEnd > start || findColleague(text.slice(cueEnd, start)) === null) return true;
  }
  return false;
}
// A public figure's health, known from the news or their own work ("Olympic rower Helen Glover
// opened our rehab gym", "Fred Dibnah had prostate cancer and the documentaries about him"): not a
// colleague's, unless a colleague is named with a title, role or team as well.
const PUBLIC_FIGURE =
  /\b(?:olympi(?:c|an|ans)|paralympi(?:c|an|ans)|world champion|gold medal(?:ist|list)?|athlete|footballer|rower|cricketer|boxer|rugby (?:player|star|legend)|(?:tv|telly|television|radio|reality) (?:personality|presenter|star|chef|doctor|legend|show)|presenter|newsreader|broadcaster|celebrity|celeb|actor|actress|singer|pop ?star|rock ?star|comedian|novelist|documentar(?:y|ies)|biography|autobiography|memoir|(?:his|her|their) (?:book|show|series|films?|songs?|albums?|programmes?)|prime minister|minister|on (?:the )?(?:radio|telly|tv|television))\b/i;
// A public notice about a condition or its service ("Ketamine for treatment-resistant depression is
// now available through our specialist service", "screening pilot for men living with HIV starts
// next month"): the condition is the notice's subject, not a colleague's.
const SERVICE_NOTICE =
  /\b(?:now available|available (?:through|from|at|via|on)|(?:referral|referrals|self[- ]referral) (?:via|through|from|by|is|are|only)|self[- ]refer|ask at|(?:screening|vaccination|vaccine|pilot) (?:programme|pilot|starts|clinic|service)|pilot (?:starts|begins|launches|runs)|drop[- ]in|awareness (?:week|month|day)|(?:starts|begins|launches) (?:next|this|on|from)|(?:people|men|women|adults|anyone|those|patients|children|young people|staff|colleagues|employees) (?:\w+ ){0,3}(?:living with|with|who have|who are|affected by|diagnosed with|going through|undergoing|having))\b/i;
const POSSESSED = /\b(?:her|his|their|[A-Z][a-z]+'s|[A-Z][a-z]+’s)[ \t]+(?:[\w-]+[ \t]+)?$/;
/** The sentence around [start,end) (up to 200 characters either side). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("!"),
    before.lastIndexOf("?"),
    before.lastIndexOf("\n"),
  );
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.!?\n]/);
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}
const FIRST_PERSON = /\b(?:i'm|i am|i was|i've|i have|my|me|myself)\b[^.!?\n]{0,30}$/i;
const FIRST_PERSON_ALL = /\b(?:i'm|i am|i was|i've|i have|my|me|myself)\b/gi;

const HEALTH_ALL = new RegExp(HEALTH.source, "gi");

export const colleagueHealthRule = defineRule({
  meta: {
    id: "colleague-privacy/health",
    category: "colleague-privacy",
    severity: "warn",
    clauses: COLLEAGUE_CLAUSES,
    message: "This shares a colleague's health or absence (“{{detail}}”) without their agreement.",
    suggestion:
      "Ask the colleague before posting anything about their health or absence, and leave it out if they would rather you didn't.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.normalised.base.text;
    const found: RegExpExecArray[] = [];
    // Only the phrases whose words are in the text (signals/cue-gate.ts cutDeep): the same matches.
    const health = cutDeep(HEALTH_ALL, text);
    if (health !== null) {
      health.lastIndex = 0;
      for (let m = health.exec(text); m; m = health.exec(text)) found.push(m);
    }
    const more = cutDeep(MORE_HEALTH_ALL, text);
    if (more !== null) {
      more.lastIndex = 0;
      for (let m = more.exec(text); m; m = more.exec(text)) found.push(m);
      found.sort((x, y) => x.index - y.index);
    }
    for (const m of found) {
      const end = m.index + m[0].length;
      if (
        FIRST_PERSON.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        authorBefore(text, m.index, FIRST_PERSON_ALL, 40)
      )
        continue;
      if (
        /^signed off$/i.test(m[0]) &&
        (SIGNED_OFF_SOMETHING.test(text.slice(end, end + 12)) ||
          NOT_YET_SIGNED.test(text.slice(Math.max(0, m.index - 12), m.index)))
      )
        continue;
      if (MINE_AFTER.test(text.slice(end, end + 40))) continue;
      if (THEIR_WORKPLACE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (relativesHealth(text, m.index)) continue;
      if (PATIENT_DESCRIPTOR.test(text.slice(Math.max(0, m.index - 120), end + 60))) continue;
      if (
        TOPIC_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        TOPIC_AFTER.test(text.slice(end, end + 30))
      )
        continue;
      if (
        TEST_AFTER.test(text.slice(end, end + 20)) &&
        !TESTED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
      )
        continue;
      if (LIKENESS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (
        LOOSE_LABEL.test(m[0]) &&
        LOOSE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
      )
        continue;
      if (!colleagueNear(text, m.index, end)) continue;
      if (
        (PUBLIC_FIGURE.test(text.slice(Math.max(0, m.index - 160), end + 160)) ||
          (SERVICE_NOTICE.test(sentenceAround(text, m.index, end)) &&
            !POSSESSED.test(text.slice(Math.max(0, m.index - 30), m.index)))) &&
        !namedColleagueNear(text, m.index, end)
      )
        continue;
      if (patientNear(text, m.index, end)) continue;
      if (
        /\b(?:unit|ward|clinic|service|appointment)$/i.test(m[0]) &&
        (FUNDRAISING_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) ||
          FUNDRAISING_AFTER.test(text.slice(end, end + 80)))
      )
        continue;
      if (/\bin (?:hospital|resus)$/i.test(m[0]) && WORKING_AFTER.test(text.slice(end, end + 50)))
        continue;
      if (TREATMENT_VISIT.test(text.slice(Math.max(0, m.index - 80), end + 80))) continue;
      if (askedNotTold(text, m.index, context.direction === "inbound")) continue;
      // A named patient near, or their date of birth or NHS number ("mum (Pauline Grice,
      // 08/01/1951) … her cataract op"): the health details are theirs, and patient-identifiable
      // reports them.
      const at0 = context.normalised.base.toOriginal(m.index, end);
      const near = (e: { start: number }) => Math.abs(e.start - at0.start) < 120;
      if (
        (context.entities("CARE_PERSON").some(near) ||
          context.entities("DATE_OF_BIRTH").some(near) ||
          context.entities("NHS_NUMBER").some(near)) &&
        !namedColleagueNear(text, m.index, end)
      )
        continue;
      if (CONSENT_OR_SELF.test(text)) return;
      const at = context.normalised.base.toOriginal(m.index, end);
      context.report({
        start: at.start,
        end: at.end,
        data: { detail: context.text.slice(at.start, at.end) },
        redactAs: "[colleague's health]",
      });
      return;
    }
  },
});
