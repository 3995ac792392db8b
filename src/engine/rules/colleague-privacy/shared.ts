// What marks a specific colleague in a post, and the clauses colleague-privacy enforces.
// A colleague is found by the shape of the reference, not from a list of names: a title or role
// with a name ("Dr Okafor", "your HCA Leanne", "Marcus the anaesthetist"), a name with a team
// ("Phil from IT", "Stacey from theatres"), "our Jay", a role alone ("our band 7", "the new admin
// girl"), or a known given name. Plural or vague references ("one of the porters", "someone from
// theatres") are not one identifiable person.
import { GIVEN_NAME_SET, NOT_A_NAME, wordsRegex } from "../../recognizers/privacy/vocabulary.js";

export const COLLEAGUE_CLAUSES = [
  "MC-SS01 §4.2(j)",
  "TRUST-SMP DO 5",
  "TRUST-SMP DO NOT 1",
  "TRUST-SMP §5.4",
  "CCC-SMP §7.3.4",
];

const ROLE = [
  "nurse",
  "staff nurse",
  "charge nurse",
  "sister",
  "matron",
  "midwife",
  "hca",
  "doctor",
  "consultant",
  "surgeon",
  "registrar",
  "reg",
  "f1",
  "f2",
  "fy1",
  "fy2",
  "sho",
  "physio",
  "ot",
  "pharmacist",
  "porter",
  "receptionist",
  "ward clerk",
  "housekeeper",
  "manager",
  "ward manager",
  "director",
  "band [2-9]",
  "admin girl",
  "admin",
  "student nurse",
  "student",
  "colleague",
  "anaesthetist",
  "radiographer",
  "cleaner",
  "paramedic",
  "odp",
  "secretary",
  "hcsw",
  "junior doctor",
  "healthcare assistant",
  "support worker",
  "phlebotomist",
  "dietitian",
  "sonographer",
  "scrub nurse",
  "practice nurse",
  "nurse practitioner",
  "deputy",
  "team leader",
  "line manager",
  "boss",
  "supervisor",
  "mentor",
  "educator",
  "coordinator",
  // more roles of the people staff work with (a colleague is found by role as well as by name)
  "officer",
  "chaplain",
];
// Roles found only after "our", "the", "my" and the like ("our clinical lead", "the new tech"):
// after them a capitalised word is too often not a name ("Tech Support", "Domestic Violence").
const ROLE_AFTER_DETERMINER = [
  "clinical lead",
  "lead nurse",
  "nurse in charge",
  "ward sister",
  "health visitor",
  "district nurse",
  "community nurse",
  "community matron",
  "locum",
  "dental nurse",
  "ambulance tech",
  "call handler",
  "prison officer",
  "security guard",
  "lead",
  "dentist",
  "technician",
  "tech",
  "emt",
  "domestic",
  "chef",
  "driver",
  "therapist",
  "psychologist",
  "psychiatrist",
  "social worker",
  "care assistant",
  "physician associate",
  "spr",
  "medic",
  "volunteer",
  "biomedical scientist",
  "bms",
  "optometrist",
  "hygienist",
];
// Roles in either case, the name after them capitalised: "HCA Leanne", "nurse Dawn", not "the reg was".
const anyCase = (w: string) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const ROLE_ALT = [...ROLE, ...ROLE_AFTER_DETERMINER].join("|");
const ROLE_ANY_CASE = ROLE.map(anyCase).join("|");
const NAME = "[A-Z][a-z'’\\-]+";
// Teams and places people work in: "from IT", "on nights", "in theatres".
const TEAM =
  "(?:[Ww]ard[ \\t]?\\d{1,3}[A-Za-z]?|[Ww]ard[ \\t]+[A-Z][a-z]+|[A-Z]{2,5}\\b|[A-Z][a-z]+[ \\t]+(?:[Tt]eam|[Ww]ard|[Uu]nit|[Dd]epartment|[Oo]ffice)|" +
  "(?:the[ \\t]+)?(?:theatres?|pharmacy|estates|radiology|x-ray|finance|payroll|admin|reception|catering|kitchens?|nights|days|maternity|physio|outpatients|" +
  "switchboard|portering|porters|domestics|cleaners|hcas|physios|midwives|pharmacists|juniors|regs|f1s|f2s|paramedics|procurement|comms|communications|education|training|occ health|occupational health|security|housekeeping|the lab|pathology|" +
  "microbiology|endoscopy|dialysis|oncology|paeds|paediatrics|neonates|gynae|ortho|orthopaedics|cardiology|respiratory|stroke|renal|urology|recovery|" +
  "resus|majors|minors|triage|the discharge team|discharge lounge|the bank|bank|agency|the office|the desk|records|medical records|day surgery|coding|" +
  // lower-case teams and places: "from the phlebotomy team", "in the cardiac office", "on the 5th floor"
  "the[ \\t]+[a-z]+(?:[ \\t]+[a-z]+)?[ \\t]+(?:team|office|unit|lounge|desk|shop|lab|department|clinic|hub|suite)\\b|the[ \\t]+(?:canteen|shop|kitchen|café|cafe|lab)\\b|the[ \\t]+\\d+(?:st|nd|rd|th)[ \\t]+floor))";

const TITLED = new RegExp(`\\b(?:Dr|Doctor|Sister|Nurse|Matron|Prof|Professor)\\.?[ \\t]+${NAME}`);
const ROLE_THEN_NAME = new RegExp(
  `\\b(?:${ROLE_ANY_CASE})[ \\t]+(${NAME}(?:[ \\t]+${NAME})?)`,
  "g",
);
// "my sister Lauren" is a relative; "Sister Lauren" or "sister Lauren on ward 4" a colleague.
const KIN_SISTER = /\b(?:my|our|his|her|their)[ \t]+$/i;

/** The first role-then-name in `text` that is not a relative ("my sister Lauren"). */
function roleThenName(text: string): RegExpExecArray | null {
  ROLE_THEN_NAME.lastIndex = 0;
  for (let m = ROLE_THEN_NAME.exec(text); m; m = ROLE_THEN_NAME.exec(text)) {
    if (!/^sister\b/i.test(m[0]) || !KIN_SISTER.test(text.slice(Math.max(0, m.index - 8), m.index)))
      return m;
  }
  return null;
}
const NAME_THE_ROLE = new RegExp(
  `\\b(${NAME}),?[ \\t]+(?:the|our|from|a|my)[ \\t]+(?:new[ \\t]+)?(?:${ROLE_ANY_CASE})\\b`,
);
const NAME_FROM_TEAM = new RegExp(
  `\\b(?:${NAME}[ \\t]+)?(${NAME})[ \\t]+(?:from|on|in|at|up[ \\t]+on|down[ \\t]+in)[ \\t]+${TEAM}`,
);
// "Congratulations to Leah who's …", "thinking of Sam, who has …": a name the post goes on to describe.
const NAME_WHO = new RegExp(
  `\\b(?:to|for|of|with|about)[ \\t]+(${NAME}),?[ \\t]+who(?:'s|’s|[ \\t]+is|[ \\t]+has|[ \\t]+was)\\b`,
);
const OUR_NAME = new RegExp(
  `\\b(?:[Oo]ur|[Yy]our|[Mm]y[ \\t]+colleague|[Mm]y[ \\t]+mate)[ \\t]+(${NAME})`,
);
const ROLE_REF = new RegExp(
  `\\b(?:our|the|this|that|which|my|new|your)[ \\t]+(?:(?:dep|deputy|senior|junior|lead|head|assistant|clinical|ward|night|bank|agency|rota|discharge|duty|practice|office)[ \\t]+)?(?:new[ \\t]+|gay[ \\t]+|lesbian[ \\t]+|trans[ \\t]+|bi[ \\t]+|pregnant[ \\t]+|muslim[ \\t]+)?(?:${ROLE_ALT})\\b(?!s)`,
  "i",
);
// A title standing for the one person who holds it on the ward: "Matron has been going to ...".
const TITLE_AS_NAME = /\b(?:Matron|Sister)\b/;
// "my nan Eileen", "her son Tom": a relative, not a colleague.
const KIN_BEFORE =
  /\b(?:my|our|his|her|their)[ \t]+(?:nan|nana|gran|granny|grandma|grandad|grandpa|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|sister|brother|aunt|auntie|aunty|uncle|niece|nephew|cousin|baby|boy|girl|kids?)[ \t]+$/i;
const CAPITALISED = /\b([A-Z][a-z'’-]{1,20}|[A-Z]{3,12}(?='S\b))/g;

export interface ColleagueRef {
  index: number;
  length: number;
}

// Capitalised words that open a sentence and are never a colleague's name: the author's own
// contractions ("I'm a nurse with ADHD") and the imperatives of notices ("Ask at the clinic",
// "Pop in to the hub", "Book via the app").
const NEVER_A_NAME = new Set([
  "I'm",
  "I’m",
  "I've",
  "I’ve",
  "I'd",
  "I’d",
  "I'll",
  "I’ll",
  "Ask",
  "Call",
  "Ring",
  "Phone",
  "Text",
  "Email",
  "Contact",
  "Book",
  "Pop",
  "Drop",
  "Come",
  "Join",
  "Visit",
  "Speak",
  "Talk",
  "Check",
  "Find",
  "Look",
  "Head",
  "Go",
  "Walk",
  "Sign",
  "Register",
  "Refer",
]);

function nameLike(word: string): boolean {
  return !NEVER_A_NAME.has(word) && !NOT_A_NAME.has(word.replace(/['’]s$/i, ""));
}

/** Whether `index` starts a sentence, where any word is capitalised. */
function sentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === '"' || text[i] === "'")) i--;
  return i < 0 || /[.!?\n:;)]/.test(text[i]);
}

const WORD_ENDING = /(?:ing|ed|ly|tion|ment|ness|ity|ies|ers|ous|ful|less|able|ise|ize)$/;

function earliest(
  best: ColleagueRef | null,
  m: RegExpExecArray | null,
  group = 0,
  text = "",
): ColleagueRef | null {
  if (!m) return best;
  const word = m[group] ?? m[0];
  const first = word.split(/[ \t]/)[0];
  if (group > 0 && !nameLike(first)) return best;
  // A capitalised first word of a sentence ("Staffing on Ward 5") with the ending of an ordinary word is not a name.
  if (
    text &&
    sentenceStart(text, m.index + m[0].indexOf(word)) &&
    WORD_ENDING.test(first) &&
    !GIVEN_NAME_SET.has(first)
  )
    return best;
  const index = group > 0 ? m.index + m[0].indexOf(word) : m.index;
  return !best || index < best.index ? { index, length: word.length } : best;
}

/**
 * The first reference to one identifiable colleague in `text`, or null. `before` is the text just
 * before `text` when it is a slice, so "my mum | Edna" cut between the two is still a relative.
 */
export function findColleague(text: string, before = ""): ColleagueRef | null {
  let best: ColleagueRef | null = null;
  best = earliest(best, TITLED.exec(text));
  best = earliest(best, roleThenName(text), 1);
  best = earliest(best, NAME_THE_ROLE.exec(text), 1, text);
  best = earliest(best, NAME_FROM_TEAM.exec(text), 1, text);
  best = earliest(best, OUR_NAME.exec(text), 1);
  best = earliest(best, NAME_WHO.exec(text), 1);
  best = earliest(best, ROLE_REF.exec(text));
  best = earliest(best, TITLE_AS_NAME.exec(text));
  CAPITALISED.lastIndex = 0;
  for (
    let m = CAPITALISED.exec(text);
    m && (!best || m.index < best.index);
    m = CAPITALISED.exec(text)
  ) {
    const word =
      m[1].length > 2 && m[1] === m[1].toUpperCase() ? m[1][0] + m[1].slice(1).toLowerCase() : m[1];
    if (
      GIVEN_NAME_SET.has(word.replace(/['’]s$/, "")) &&
      !KIN_BEFORE.test(
        m.index >= 25 ? text.slice(m.index - 25, m.index) : before + text.slice(0, m.index),
      )
    ) {
      best = { index: m.index, length: m[1].length };
      break;
    }
  }
  return best;
}

/** A colleague named with a title, role or team within `window` characters ("Ellie from theatres", "Dr Shah"). */
export function namedColleagueNear(text: string, start: number, end: number, window = 80): boolean {
  const slice = text.slice(Math.max(0, start - window), Math.min(text.length, end + window));
  return (
    TITLED.test(slice) ||
    roleThenName(slice) !== null ||
    NAME_THE_ROLE.test(slice) ||
    NAME_FROM_TEAM.test(slice)
  );
}

export const CONSENT_OR_SELF = wordsRegex([
  "(?:she|he|they) (?:made me promise|said (?:i|we) could|asked me to|is happy for me to|gave (?:me )?permission|wanted (?:me|us) to (?:share|post))",
  "with (?:her|his|their) (?:permission|blessing|consent)",
  // "he's given us permission to shout about him", "they've given me the go-ahead"
  "(?:she|he|they)(?:['’]s|['’]ve| has| have) (?:given|gave) (?:us|me) (?:(?:her|his|their) )?(?:permission|consent|the go-ahead|the ok|the okay|the green light|blessing)",
  "(?:she|he|they) (?:insisted|begged me|made me promise to|told me to) (?:i |we |me to |us to )?(?:post|share)",
  "(?:she|he|they)'s? (?:happy|ok|okay|fine) (?:with me |for me )?(?:to share|sharing|posting)",
  "shared with (?:her|his|their) (?:permission|blessing|consent)",
  // consent given for a photo: "everyone signed the consent form", "all consented to the pic"
  "(?:signed|filled in|gave|returned|got) (?:the |their |a |her |his |our )?(?:photo |filming |media )?consent(?: forms?)?",
  "(?:everyone|all of (?:us|them)|both of (?:us|them)|they all|we all|all)(?: have| has)? (?:consented|agreed to (?:the |this |being )?(?:photo|pic|picture|video|filmed|photographed|posted|shared))",
  "with [a-z]+'s (?:permission|blessing|consent)",
  // one person agreeing to their picture: "she agreed to the embarrassing photo", "he's okayed the video"
  "(?:she|he|they)(?:['’]s|['’]ve| has| have)? (?:agreed to|consented to|okayed|ok'd|approved) (?:the |this |that |my |our |a )?(?:[\\w-]+ ){0,2}(?:photos?|pics?|pictures?|videos?|clips?|selfies?|snaps?)",
  "(?:asked|wants|wanted) (?:us|me) to share",
  "(?:she|he|they) asked (?:us|me) to (?:throw|have|organise|do|put on|celebrate|post|share|announce)",
  "(?:for )?(?:letting|let|allowing|allowed) (?:us|me) (?:to )?(?:share|post)",
  "said (?:we|i) could (?:share|post)",
  // the colleague speaking for themselves: a talk, a podcast, their own story
  // (the colleague themselves talking, not "everyone is talking about it")
  "(?:she|he|they)(?:'s|'re| is| are| was| were)? (?:openly )?talking about (?:her|his|their)",
  "(?:she|he|they) (?:openly )?talks about (?:her|his|their)",
  "(?:in|during) (?:her|his|their) talk",
  "in (?:her|his|their) own words",
  "(?:shares|shared|sharing|tells|told|telling) (?:her|his|their) (?:own )?(?:[\\w-]+ ){0,3}(?:story|journey|experience)",
  // the colleague's own message passed on at their request: "Mandy asked me to thank everyone for
  // the cards after her surgery", "Dr Singh asked me to pass on that she's recovering well"
  "(?:asked|wants|wanted) (?:me|us) to (?:thank|pass on|say thank|say a (?:big |huge )?thank|let (?:you|everyone|people|you all|the team) know|tell (?:you|everyone|people|you all|the team)|update (?:you|everyone))",
  "(?:her|his|their) own (?:story|journey|experience|diagnosis)",
  "(?:wrote|written|writes|writing|posted|blogged|vlogged|spoke|spoken|speaks) (?:a \\w+ )?about (?:her|his|their) (?:own )?",
  "podcast",
  "interview with",
  // news the colleague announced or posted themselves: "who's announced she's expecting twins",
  // "she posted the scan herself"
  "(?:she|he|they|who)(?:'s|'ve| has| have)? (?:just )?(?:announced|shared the news|posted about it)",
  "(?:posted|shared|announced) (?:it|the (?:news|scan|photo|pic|picture)) (?:herself|himself|themselves)",
]);

/** Whether one colleague reference lies within `window` characters of [start,end). */
export function colleagueNear(text: string, start: number, end: number, window = 120): boolean {
  const from = Math.max(0, start - window);
  const slice = text.slice(from, Math.min(text.length, end + window));
  return findColleague(slice, text.slice(Math.max(0, from - 25), from)) !== null;
}

/** An inbound message asking for the details (social engineering), rather than giving them. */
const ASKING =
  /\b(?:please[ \t]+(?:confirm|tell|send|provide|let)|can[ \t]+you[ \t]+(?:confirm|tell|send|give|provide|let)|could[ \t]+you[ \t]+(?:confirm|tell|send|give|provide)|confirm[ \t]+(?:the|whether|if|when|what)|we[ \t]+need[ \t]+to[ \t]+(?:confirm|know)|i[ \t]+need[ \t]+to[ \t]+know|what[ \t]+(?:is|was|were)|whether|is[ \t]+(?:she|he)[ \t]+(?:still|off|on))\b[^.!?\n]*$/i;

export function askedNotTold(text: string, at: number, inbound: boolean): boolean {
  return inbound && ASKING.test(text.slice(Math.max(0, at - 160), at));
}

/**
 * Whether the words before `at` are about the author: a first-person word (`all`, global) within
 * `window` characters ("me" followed by a verb is an object: "the registrar who shouted at me is
 * staying at ..."), and, with `colleagueAfter`, no colleague or other subject named from it on
 * ("my manager has been diagnosed", "she told me she's off sick" are about the colleague).
 */
export function authorBefore(
  text: string,
  at: number,
  all: RegExp,
  window = 40,
  colleagueAfter = true,
): boolean {
  const slice = text.slice(Math.max(0, at - window), at);
  let last = -1;
  all.lastIndex = 0;
  for (let r = all.exec(slice); r; r = all.exec(slice)) {
    // "the registrar who shouted at me is staying ...": "me" then a verb has someone else as subject.
    if (/^me$/i.test(r[0]) && ME_THEN_VERB.test(slice.slice(r.index + 2, r.index + 12))) continue;
    last = r.index;
  }
  if (last < 0) return false;
  if (!colleagueAfter) return true;
  const after = slice.slice(last);
  return !THIRD_PERSON.test(after) && findColleague(after) === null;
}
const ME_THEN_VERB = /^[ \t]+(?:is|was|has|had|will|keeps|'s|’s)\b/i;
// Someone else becomes the subject after the author's word: "she told me she's off sick".
const THIRD_PERSON = /\b(?:she|he|they)(?:'s|’s|[ \t]+(?:is|was|has|had|got|needs|keeps|'s))\b/i;
