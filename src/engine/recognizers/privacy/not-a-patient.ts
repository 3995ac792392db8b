// Posts about people who are not anyone's patient now, whatever care words they hold: a TV drama
// or a book ("Grey's: the patient in room 2 turns out to be…", "the new Adam Kay book, the bit
// about the patient in room 3"), a made-up teaching case, and history ("In 1948 the first NHS
// patient was…").
import { anyWord, wordSet, type PostAnalysis } from "./analysis.js";
import { testIfMay } from "../../signals/cue-gate.js";

// Every branch of FICTION needs one of these words ("24 Hours in A&E" and "The Good Doctor" are
// looked for apart: their words are everyday ones).
const GATE = wordSet(
  "casualty holby anatomy grey greys scrubs midwife pitt hurt minute kay episode season series storyline finale chapter bit fictional hypothetical imaginary made novel invented drama dramas soap writing amwriting nanowrimo writingcommunity amediting writerslife protagonist heroine story",
);
// Shows named by a word nobody uses for anything else; "Casualty" and "Scrubs" count only when
// the post says they are being watched or aired. A story being written is made up too ("#amwriting",
// "NaNoWriMo day 9", "my protagonist finally meets the man in bed 2"), and so is a radio drama or a
// short story said to be "all invented".
const FICTION =
  /\b(?:[Ww]atching|[Ww]atched|[Ee]pisode of|[Bb]ing(?:e?ing))\b[^.!?\n]{0,30}\b(?:Casualty|Scrubs|House)\b|\b(?:Casualty|Holby)\b[^.!?\n]{0,20}\b(?:tonight|episode|last night|on (?:the )?(?:telly|tv|bbc|iplayer))\b|\b(?:series|episode) of (?:Casualty|Holby|Scrubs)\b|\b[Ww]riting (?:my|a) (?:first |new |latest |next )?(?:short story|story|novel|book|screenplay|script|play)\b|\b(?:Holby(?: City)?|Grey['’]s(?: Anatomy)?|The Pitt|Call [Tt]he Midwife|This [Ii]s Going [Tt]o Hurt|One Born Every Minute|Adam Kay)\b|\b(?:[Ss]eason (?:finale|\d{1,2})|(?:this|last|next|every|whole|latest|new) episode|[Ss]toryline|(?:the|this|that|a|new) (?:book|novel)\b[^.!?\n]{0,40}\bthe bit about|chapter about)\b|\b(?:[Rr]eading|[Ww]atching|[Ww]atched)\b[^.!?\n]{0,60}\bthe bit (?:about|where|with)\b|\b(?:[Ff]ictional|[Hh]ypothetical|[Ii]maginary|[Mm]ade[- ]up)[ \t]+(?:case|patient|scenario|example|composite)|\((?:[Ff]ictional|[Hh]ypothetical|[Mm]ade[- ]up)\b|\b(?:[Hh]ospital|[Mm]edical|TV|[Tt]elly|[Ss]aturday[ \t]+night|[Ss]unday[ \t]+night)[ \t]+(?:drama|soap)s?\b|\b(?:[Mm]y|[Hh]er|[Hh]is) (?:debut |new |first |second |latest )?novel\b|\bcharacters? (?:is|are) (?:all )?(?:invented|fictional|made[- ]up)\b|#(?:[Aa]m[Ww]riting|[Aa]m[Ee]diting|[Ww]riting[Cc]ommunity|[Ww]riters[Ll]ife)\b|\bNa[Nn]o[Ww]ri[Mm]o\b|\b(?:[Mm]y|[Oo]ur|[Tt]he) (?:[a-z]+ )?(?:protagonist|heroine)\b|\b(?:[Tt]otally|[Aa]ll|[Cc]ompletely|[Ee]ntirely) (?:made[- ]up|invented|fictional)\b|\b(?:[Ss]hort story|[Rr]adio (?:drama|play))\b/;
// "In 1948 the first NHS patient was…", "the first NHS patient in 1948 was…": a historic first.
const HISTORY =
  /\b[Ii]n 1[89]\d\d\b[^.!?\n]{0,60}\bthe first\b|\b[Tt]he first\b[^.!?\n]{0,40}\bin 1[89]\d\d\b/;

// A training case or system ("Case study for the new HCAs: 'Mrs Smith' (not a real person!)",
// "EPR training environment, admitting 'Donald Duck'", a simulation and its mannequins, a mock
// ward with actors, an information governance reminder's example, someone said to be "not a
// patient", a number said to be made up): nobody's details. A case study alone may be a real
// patient's ("Dissertation case study: Mrs H, born…").
const TRAINING =
  /\bnot a real (?:person|patient|lady|man|woman|baby)\b|\b(?:finals|exam|osce|mcq|sba) (?:revision|question|stem|prep|practice)\b|\bnot a patient\b(?![^.!?\n]{0,25}\b(?:visitor|relative|carer|wife|husband|daughter|son|mum|dad|partner|family)\b)|\b(?:training|test|teaching|practice|demo|sim|simulation|simulated) (?:environment|system|database|scenario|patient|record|ward|version|suite)\b|\bsim (?:day|session|training|lab)\b|\b(?:after|from|during|at|in) (?:our|today's|today’s|this morning's|this morning’s) (?:[a-z]+ ){0,2}teaching(?: session)?\b|\b(?:today's|today’s|this morning's|this morning’s|our|the) sim\b|\b(?:(?:identifying )?details (?:changed|altered|removed)|names? (?:and details )?changed)\b|\bcase study for (?:the |our )?(?:new )?(?:students?|starters|hcas|nurses|trainees|course|teaching|training)\b|\bOSCE\b|\bmock (?:ward|scenario|clinic|patient|code|arrest|handover|bleep|bleeps)\b|\bactors? (?:playing|as) (?:the )?(?:patients?|relatives?)\b|\b(?:IG|information governance) (?:reminder|refresher|training|week|tip|quiz)\b|#IG\w*|\b(?:SimMan|sim man|mannequins?|manikins?|resus annie|(?:qa|ct|test|imaging|water|head|chest) phantoms?|phantom (?:heads?|chests?|torsos?|pelvis))\b|#sim(?:ulation)?\b|\b(?:it's|it’s|it is|this is|they're|they’re|they are|these are|all|numbers? (?:is|are)) made[- ]up\b|\b(?:made[- ]up|dummy|example) (?:nhs |hospital )?numbers?\b/i;
// A public figure's health read in the news ("saw on the news that the Mayor's had a bypass",
// "ruled out of the Ashes squad with his back", "half the country is talking about the footballer
// who collapsed", "went public with her diagnosis on breakfast TV"), with nothing that puts them in the author's care.
const IN_THE_NEWS =
  /\b(?:on|in) the (?:news|papers?)\b|\bthe news (?:says|said|reports?|reported)\b|\bdocumentary\b|\b(?:read|saw|seen|heard) (?:that|about|on|in)\b|\bheadlines?\b|\b(?:half|the whole|all) (?:of )?the country\b|\beveryone(?:'s| is) talking about\b|\bruled out of\b|\b(?:on|in) (?:the )?(?:bbc|itv|sky news|guardian|telegraph|daily mail|mirror)\b|\bwent public\b|\bon (?:breakfast |daytime )?(?:tv|telly|television|radio)\b|\b(?:piece|article|story|feature|interview) in (?:the|today['’]s|this week['’]s) (?:local )?(?:[a-z]+ )?(?:gazette|echo|herald|post|times|mail|mirror|chronicle|argus|express|star|news|paper|advertiser|courier|mercury|journal)\b/i;
// Any word of care or of the author's workplace keeps the post about a patient.
const CARE_LINK =
  /\b(?:we|our|us|one of ours|camhs|caseload|my patient|came in|brought in|admitted|a&e|ed|icu|itu|hdu|resus|ward|unit|bay|bed|cubicle|clinic|dialysis|theatre|theatres|surgery|wing|escorted|hospice|home visit|rang|called|discharged|patients?|nurse|nurses|gp|healthcare|prison)\b/i;

/** A training case or training system: the details in it are made up. */
export const trainingCase = (text: string): boolean => testIfMay(TRAINING, text);

/** A training case, a drama or a book ("From my novel-in-progress: '… DOB 03/03/1931'"): made up. */
export const madeUp = (text: string): boolean => trainingCase(text) || testIfMay(FICTION, text);

let lastText = "";
let lastAnswer = false;

/**
 * Whether the post is about a drama, a book, a made-up or training case, history, or a public
 * figure in the news rather than a patient now.
 */
export function fictionOrHistory(text: string, post: PostAnalysis): boolean {
  // Both patient recognizers ask about the same post in turn.
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer =
    (anyWord(post, GATE) && testIfMay(FICTION, text)) ||
    (post.words.has("hours") && text.includes("24 Hours in A&E")) ||
    (post.words.has("doctor") && text.includes("The Good Doctor")) ||
    (post.digits >= 4 && post.words.has("first") && HISTORY.test(text)) ||
    testIfMay(TRAINING, text) ||
    (testIfMay(IN_THE_NEWS, text) && !CARE_LINK.test(text));
  return lastAnswer;
}
