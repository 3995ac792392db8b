// Is the post raising a concern about patient safety, care, staffing or wrongdoing at work?
// (TRUST-SMP §5.3 and DO NOT 6: not on social media, but through the Raising Concerns route.)
// A concern is a problem described as happening: the author calls it dangerous, predicts harm,
// says staffing is too thin, patients are left waiting or neglected, kit is broken or has run
// out, records are being falsified, or nobody acts when it is reported. Each concept has a
// weight: a strong one (2) is enough alone, weaker ones (1) count only together.
// All patterns run on the lower-cased `base` text, and only when the word scan found one of the
// concern words.
import type { NormalisedText } from "../normalise/index.js";
import { rememberLast } from "../last-post.js";
import { CONCERN, fired, scan, trigger } from "./lexicon.js";
import { findCues, type Cue, type Span } from "./spans.js";

const COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty";
const NUM = String.raw`(?:\d+\+?|${COUNT_WORDS}|thirty|forty|fifty|several|many|multiple|countless|a few|a couple of|a|an)`;
// A count said as a number, not "a" or "many": "waited six hours", "3 ampoules missing".
const NUM_WORD = String.raw`(?:\d{1,3}|${COUNT_WORDS}|several)`;
// The Speak Up route, said to be a joke or punishing those who use it. Read by raising-concerns
// here and by disrepute-grievance (signals/grievance.ts), each with its own verdict words.
export const SPEAK_UP_ROUTE = String.raw`(?:speak(?:ing)?\s+up|freedom\s+to\s+speak\s+up|ftsu|whistleblowing|raising\s+concerns|datix(?:ing)?)`;
export const DISMISSED_AS = String.raw`(?:joke|pointless|useless|waste\s+of\s+time|tick-?box(?:\s+exercise)?|for\s+show)`;
/** "whistleblowing is encouraged right up until you do it". */
export const SPEAKING_UP_PUNISHED = String.raw`\b(?:whistleblow\w*|speak(?:ing)?\s+up|rais(?:e|ing)\s+(?:a\s+)?concerns?)\b[^.!?\n]{0,40}?\buntil\s+you\s+(?:actually\s+)?(?:do\s+it|do|try\s+it|try)\b`;
/** Controlled drugs unaccounted for: "the CD count was out", "3 ampoules of morphine missing". */
export const DRUGS_UNACCOUNTED = String.raw`\b(?:cd|cds|controlled\s+drugs?)\s+(?:count|book|check|stock|register|balance)s?\s+(?:was|is|were|came\s+(?:up|out)|has\s+been|keeps?\s+coming\s+(?:up|out))\s+(?:\w+\s+)?(?:out|wrong|short|off|incorrect|down)\b|\b${NUM_WORD}\s+(?:ampoules?|amps|vials?|tablets|patches)\s+(?:of\s+[\w-]+\s+)?(?:missing|unaccounted\s+for|gone\s+missing|short)\b`;
const PERIOD = String.raw`(?:hours?|hrs?|days?|nights?|weeks?|months?|shifts?)`;
const SPAN_OF_TIME = String.raw`(?:(?:over|more than|nearly|almost|up to|at least)\s+)?${NUM}(?:\s+(?:full|whole|entire))?(?:\s*(?:,|-|–|to|or|and)\s*${NUM})*\s*${PERIOD}`;
const STAFF = String.raw`(?:rns?|registered nurses?|nurses?|hcas?|doctors?|regs?|registrars?|medical regs?|middle grades?|shos?|f[12]s?|juniors?|consultants?|midwi(?:fe|ves)|physios?|porters?|paramedics?|crews?|carers?|pharmacists?|anaesthetists?|staff|one|anyone|nobody)`;
const PATIENTS = String.raw`(?:patients?|people|\d{1,3}-year-olds?|(?:young|old|elderly)\s+(?:man|woman|lady|lad|girl|boy)|lady|nan|gran|grandad|grandma|lassie|residents?|kids|children|babies|mums|mothers|women|elderly|older people|service users|clients|families|relatives|someone|somebody|a patient|they)`;
const HARM_VERB = String.raw`(?:die|dies|get\s+(?:hurt|killed|dropped|injured|harmed|missed|seriously\s+hurt)|be\s+(?:harmed|killed|hurt|dropped|missed|injured)|come\s+to\s+(?:serious\s+)?harm|deteriorate|go\s+downhill|suffer|slip\s+through\s+the\s+(?:net|cracks)|fall(?:\s+down)?|have\s+a\s+(?:fall|bad\s+fall)|get\s+the\s+wrong\s+(?:dose|drug|meds|medication|blood|leg|side)|be\s+(?:picked\s+up|diagnosed|found|seen)\s+(?:too\s+)?late)`;
const KIT = String.raw`(?:handrails?|rails?|ctg|ctgs|tube\s+system|pod\s+system|drug\s+fridge|fridge\s+alarm|hoists?|monitors?|defibs?|defibrillators?|pumps?|beds?|lifts?|fridges?|suction|oxygen|sats\s+probes?|resus\s+trolley|call\s+bells?|alarms?|scanners?|ventilators?|machines?|equipment|kit)`;

// The words of the concern-taken-to-the-press cues (below), which a post may hold without any
// concern word ("I can tell you it's far worse than this … I'll tell you what really goes on").
const PRESS_WORDS = trigger("really worse everything emailed messaged contacted tipped");
// And of incidents counted ("Fourth never event in our theatres this year").
const INCIDENT_WORDS = trigger("incident incidents event events error errors");
// And of emergency calls lost ("The new pager system drops one call in four").
const CALL_WORDS = trigger("crash arrest emergency 2222 bleep bleeps pager pagers");

export const CONCERN_CUES: readonly Cue[] = [
  // The author says it is unsafe or dangerous (not "dangerous to mix…", which is advice).
  {
    label: "unsafe",
    trigger: trigger("safe unsafe dangerous dangerously danger disaster safestaffing safety"),
    weight: 2,
    regex: new RegExp(
      String.raw`\b(?:not|isn't|is not|wasn't|was not|aren't|are not|never|no longer)\s+(?:\w+\s+)?safe\b(?!\s+(?:for\s+work|space|to\s+say|travels?|trip|journey|and\s+well|home))|(?<!\bif\b[^.!?\n]{0,60}\b(?:feel|feels|felt|are|is|think|find|seems?|looks?)\s+(?:\w+\s+)?)(?<!\b(?:make|makes|making|made)\s+(?:\w+\s+){0,2}feel\s+)\bunsafe\b(?!\s+(?:to\s+(?:drink|eat)|roads?|driving))|\b(?:this|that|it|its|which|staffing|the\s+staffing|the\s+ward|the\s+situation)(?:'s|\s+is|\s+was|\s+has\s+been|\s+feels|\s+is\s+getting|\s+is\s+becoming|\s+are)\s+(?:\w+\s+)?(?:dangerous|a\s+danger|a\s+disaster\s+waiting)\b(?!\s+to\s)|\bdangerous(?:ly)?\s+(?:staffing|levels?|short|under-?staffed|understaffing|low|busy|stretched|full|overcrowded|care|practice)\b|\bstaffing\b[^.!?\n]{0,30}?\b(?:is|was|has\s+been|feels)\s+(?:\w+\s+)?(?:dangerous|unsafe)\b|#\s?safestaffing\b|\bpatient\s+safety\s+(?:issue|risk|concern|incident|is\s+at)\b|\bsafety\s+(?:data|incidents?|concerns?)\b[^.!?\n]{0,40}?\b(?:hid|hidden|hide|hiding|ignored|buried|falsif)`,
      "g",
    ),
  },
  // Harm predicted or happening to patients.
  {
    label: "harm to patients",
    trigger: trigger(
      "die dies hurt killed dropped injured harmed harm missed deteriorate downhill suffer suffering slip matter risk danger neglected pain dying fall wrong late cancers cancer tumours tumour diagnoses strokes fractures bleeds",
    ),
    weight: 2,
    regex: new RegExp(
      String.raw`\b${PATIENTS}(?:'s)?\s+(?:is|are|'s|'re|were|was|will|'ll|is\s+going\s+to|are\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to|going\s+to|could|might)\s+(?:\w+\s+)?${HARM_VERB}\b|\bbefore\s+(?:someone|somebody|a\s+patient|anyone|a\s+baby|a\s+child)\s+(?:dies|gets\s+(?:hurt|killed|harmed)|is\s+(?:harmed|killed|hurt)|comes\s+to\s+harm)\b|\b(?:come|comes|coming)\s+to\s+(?:serious\s+)?harm\b|\bmatter\s+of\s+time\s+before\b|\b(?:putting|puts|put)\s+(?:\w+\s+)?(?:patients|people|lives|babies|women|mums|residents|clients)\s+at\s+risk\b|\b(?:patients|people|lives|babies|women|mums|residents|clients|children|kids)\s+(?:are|is|were|will\s+be)\s+(?:\w+\s+)?(?:at\s+risk|in\s+danger|suffering|being\s+harmed|being\s+neglected|left\s+in\s+pain|dying)\b|\bat\s+risk\s+every\s+(?:shift|day|night)\b|\b(?:cancers?|tumours?|diagnoses|strokes|fractures|bleeds)\s+(?:are|is|will|'ll|could|might)\s+(?:going\s+to\s+)?(?:be\s+)?(?:missed|picked\s+up\s+late|diagnosed\s+late|found\s+late|spotted\s+late)\b|(?<!\bno\s(?:\w+\s)?)\brisk\s+to\s+patients\b`,
      "g",
    ),
  },
  // Staffing too thin for the work.
  {
    label: "understaffing",
    trigger: trigger(
      "rn rns nurse nurses hca hcas doctor doctors reg regs registrar registrars grade grades sho shos f1 f2 f1s f2s junior juniors consultant consultants midwife midwives physio physios porter porters paramedic paramedics crew crews carer carers pharmacist pharmacists anaesthetist anaesthetists staff one two three four us anyone nobody understaffed under-staffed short-staffed staffed understaffing under-staffing skeleton enough cover hands",
    ),
    weight: 2,
    regex: new RegExp(
      String.raw`\b(?:dangerously\s+|chronically\s+|severely\s+)?(?:under-?\s?staffed|short[- ]?staffed|understaffing|unsafe\s+staffing|skeleton\s+staff)\b|\bno\s+(?:\w+\s+)?${STAFF}\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:free|available|on\s+(?:shift|duty|site)|to\s+(?:answer|cover|see|help))\b|\bno\s+(?:specialist|trained|qualified|senior|registered)\s+(?:staff|nurses?|doctors?|cover)\b|\b(?:one|1|only\s+one|just\s+one|a\s+single|the\s+one)\s+(?:\w+\s+)?${STAFF}\s+(?:on\s+(?:nights|days|lates|earlies|shift|duty)\s+)?(?:(?:is|was)\s+(?:doing|giving|covering)\s+all|to|for|covering|looking\s+after|between)\s+(?:(?:~|about|over|around)?\s*\d+|all\s+(?:of\s+)?(?:them|those|these)\b|the\s+(?:whole|entire)\s+(?:ward|bay|unit|floor|department|corridor)\b)|\bthe\s+only\s+(?:\w+\s+){0,2}${STAFF}\s+(?:for|on|covering|in)\s+(?:~|about|over|around)?\s*\d+|\b\d+\s+${STAFF}\s*(?:,|and|for|to)\s*(?:\d+\s+\w+\s*,?\s*(?:and\s+)?)?\d+\s+(?:patients|beds|residents)\b|\bnot\s+enough\s+(?:staff|nurses|doctors|midwives|carers|hands)\b|\b(?:two|three|four|2|3|4)\s+(?:of\s+us|(?:\w+\s+)?${STAFF})\s+(?:for|to|between|covering|looking\s+after)\s+(?:~|about|over|around|nearly|almost)?\s*\d{2,}\s*(?:patients|beds|residents|babies|kids|children|people|women)\b|\bthere(?:'s|\s+is)\s+one\s+of\s+us\s+for\s+\d+|\b(?:one|1|only\s+one|just\s+one|a\s+single)\s+(?:\w+\s+)?${STAFF}\s+(?:can|could|has\s+to|have\s+to|must|is\s+expected\s+to|expected\s+to|to)\s+(?:cover|run|look\s+after|manage|care\s+for|staff)\s+(?:(?:~|about|over|around)?\s*\d+|(?:\w+\s+){1,3}(?:and|&|while|whilst|plus)\s+(?:also\s+)?(?:look\s+after|care\s+for|cover|run|manage))|\bdown\s+to\s+(?:one|two|three|1|2|3|a\s+single|just\s+one|just\s+two)\s+(?:\w+\s+)?${STAFF}\s+(?:for|on|covering|across)\s+(?:the\s+)?(?:whole|entire)\b|\bthe\s+only\s+(?:\w+\s+){0,2}${STAFF}\s+(?:on\s+the\s+(?:unit|ward|floor|site|shift)\s+)?(?:trained|qualified|competent|signed\s+off)\s+(?:on|in|to)\b|\b(?:the\s+rota|staffing|short\s+staffing|understaffing)\s+is\s+(?:literally\s+)?killing\s+(?:people|patients)\b`,
      "g",
    ),
  },
  // An incident hushed up: "Never event in theatre 2 … everyone's walking round pretending it
  // didn't happen" (an incident word first, so "pretending the Christmas do never happened" is not).
  {
    label: "an incident hushed up",
    trigger: trigger("pretend pretends pretending pretended"),
    weight: 2,
    regex:
      /\b(?:never\s+event|serious\s+incident|incident|near\s+miss|drug\s+error|med(?:ication)?\s+error|wrong[- ](?:side|site|patient|drug|dose|leg|limb|blood|baby))\b[^\n]{0,200}?\bpretend(?:s|ing|ed)?\s+(?:that\s+)?(?:nothing\s+(?:ever\s+)?happened|(?:it|this|that|the\s+\w+)\s+(?:didn't|never|did\s+not|hasn't|has\s+not|had\s+not|hadn't|wasn't)\s+(?:happen(?:ed)?|happening))\b/g,
  },
  // Wrongdoing at work: records falsified, reporting suppressed, queue-jumping, kickbacks.
  {
    label: "falsifying records",
    trigger: trigger(
      "told asked pressured made expected instructed ordered falsify falsified falsifies falsifying falsification backdate backdated backdating cover covered covering cover-up swept cook cooking cooked cooks fake faked fakes faking private jump jumps jumping jumped happened",
    ),
    weight: 2,
    regex: new RegExp(
      String.raw`\b(?:told|asked|pressured|made|expected|instructed|ordered)\s+(?:\w+\s+){0,4}to\s+(?:backdate|falsify|fudge|fiddle|doctor|change|alter|amend|rewrite|sign\s+off|stop\s+(?:reporting|recording|datixing|putting|logging|escalating)|not\s+(?:report|record|datix|log|escalate|put))\b|\b(?:told|asked|pressured|instructed|ordered)\s+(?:\w+\s+){0,3}not\s+to\s+(?:report|record|datix|log|escalate|put|write)\b|\bfalsif(?:y|ied|ies|ying|ication)\b|\bbackdat(?:e|ed|ing)\b(?!\s+(?:to|pay|from|until|till|payments?|award|rise|increase|amounts?|sum|money|arrears|element|salary|wages|uplift|pension)\b)|\bcover(?:ed|ing)?\s+(?:it\s+|this\s+|them\s+)?up\b|\bcover-?up\b|\bswept\s+under\s+the\s+(?:carpet|rug)\b|\bcook(?:ing|ed|s)?\s+the\s+books\b|\bfak(?:e|ed|es|ing)\s+(?:the\s+)?(?:\w+\s+)?(?:sign-?offs?|competenc(?:y|ies)|records?|notes|obs|observations|audits?|signatures?|training\s+records?|figures|data)\b|\b(?:moves?|moving|bumps?|bumping|puts?|putting|pushes|pushing)\s+(?:his|her|their)\s+(?:own\s+)?private\s+patients\s+(?:up|to\s+the\s+front|ahead)\b|\bjump(?:s|ing|ed)?\s+the\s+(?:queue|waiting\s+list|list)\b|\b(?:invoices?|claims?|timesheets?|bills?|overtime)\s+for\s+(?:\w+\s+){0,2}(?:that|which)\s+never\s+happened\b`,
      "g",
    ),
  },
  {
    label: "conflict of interest",
    trigger: trigger(
      "consultancy kickback kickbacks kick-back kick-backs backhander backhanders bribe bribes",
    ),
    weight: 2,
    regex: /\b(?:consultancy\s+fees|kick-?backs?|backhanders?|bribes?)\b/g,
  },
  // Patients left waiting or neglected ("someone should…" is a call to readers, not a patient:
  // "someone should lock the execs in for 12 hours, see how they like it").
  {
    label: "patients left waiting",
    trigger: trigger(
      "hour hours hr hrs day days night nights week weeks month months shift shifts wet soiled dirty package",
    ),
    weight: 2,
    regex: new RegExp(
      String.raw`\b${PATIENTS}\b(?!(?<=\b(?:someone|somebody|they))\s+(?:should|needs?\s+to|has\s+to|ought\s+to)\b)[^.!?\n]{0,60}?\b(?:waiting|waited|wait|sat|sitting|left|stuck|lying|sleeping|kept|queuing|queued|on\s+trolleys|in\s+(?:the\s+)?corridors?|in\s+ambulances|outside)\b[^.!?\n]{0,50}?\b${SPAN_OF_TIME}\b|\b(?:haven't|hasn't|have\s+not|has\s+not|not)\s+been\s+(?:seen|fed|washed|turned|checked|changed|reviewed|given\s+(?:\w+\s+)?(?:meds|medication|pain\s+relief|fluids))\s+(?:\w+\s+)?(?:for|in)\s+${SPAN_OF_TIME}\b|\b(?:left|leave|leaves|leaving)\s+(?:\w+\s+){0,3}in\s+(?:wet|soiled|dirty)\s+(?:pads|beds|sheets|clothes)\b|\bfit\s+for\s+discharge\s+for\s+${SPAN_OF_TIME}|\bno\s+care\s+package\b`,
      "g",
    ),
  },
  {
    label: "corridor care",
    trigger: trigger("trolleys corridor corridors sleeping queue queuing ambulances"),
    weight: 1,
    regex:
      /\bon\s+trolleys\b|\bin\s+(?:the\s+)?corridors?\b|\bcorridor\s+care\b|\bsleeping\s+on\s+(?:the|our|a)\s+\w+\s*ward\b|\bqueu(?:e|ing)\s+outside\b|\bstuck\s+in\s+ambulances\b/g,
  },
  {
    label: "waiting list",
    trigger: trigger("waiting patients people referrals rang ringing rings get"),
    weight: 1,
    regex:
      /\bwaiting\s+(?:to\s+be\s+allocated|lists?\s+of\s+\d+)|\b\d+\s+(?:patients|people|referrals)\s+(?:on|waiting)\b|\b(?:rang|ringing|rings)\s+out\b|\b(?:couldn't|can't|could\s+not|cannot)\s+get\s+(?:through|seen|a\s+bed|an\s+ambulance)\b/g,
  },
  // Kit broken or supplies run out.
  {
    label: "broken equipment",
    trigger: trigger(
      "hoist monitor defib defibrillator pump bed lift fridge suction oxygen probe trolley bell alarm scanner ventilator machine equipment kit lifting moving turning working handrail rail ctg system",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b${KIT}\s+(?:on\s+\w+\s+\w+\s+)?(?:is|are|has\s+been|have\s+been|was|were|still|keeps?)\s+(?:\w+\s+)?(?:broken|faulty|out\s+of\s+order|not\s+working|missing|down|jamming|hanging\s+off|leaking|failing|(?:printing|showing|reading|recording|beeping)\s+(?:the\s+)?wrong)\b|\b(?:broken|faulty)\s+(?:[\w-]+\s+)?${KIT}\b|\b(?:lifting|moving|turning)\s+patients\s+by\s+hand\b|\bno\s+working\s+${KIT}\b`,
      "g",
    ),
  },
  {
    label: "supplies ran out",
    trigger: trigger(
      "run ran running empty gloves aprons ppe soap gel oxygen beds bed hoists hoist pumps pump linen syringes dressings",
    ),
    weight: 1,
    regex:
      /\b(?:run|ran|running)\s+out\s+of\b|\bempty\s+for\s+(?:\d+|a|two|three|four|five|several)\s+(?:days|weeks|months)\b|\bno\s+(?:gloves|aprons|ppe|soap|hand\s+gel|oxygen|beds?|hoists?|pumps?|linen|syringes|dressings)\s+(?:left|on|in|for|again|anywhere)\b/g,
  },
  {
    label: "caseload",
    trigger: trigger("caseload caseloads visits"),
    weight: 1,
    regex:
      /\bcaseloads?\s+(?:was|is|were|are|of|at|hit)\s+(?:\w+\s+)?\d{2,}\b|\b\d{2,}\s+visits\s+(?:today|a\s+day|in\s+a\s+day|each\s+day|per\s+day|on\s+my\s+own)\b/g,
  },
  {
    label: "care delayed",
    trigger: trigger(
      "pushed delayed missed squeezed cancelled visit visits meds medication medications obs insulin wound dressing dressings feed feeds dose doses antibiotics guessing caseload caseloads patients calls",
    ),
    weight: 1,
    regex:
      /\b(?:pushed\s+back|delayed|missed|squeezed\s+in|cancelled)\b[^.!?\n]{0,20}?\bby\s+(?:hours|days|weeks)\b|\b(?:visits?|meds|medications?|obs|insulin|wound\s+care|dressings?|feeds?|doses?|antibiotics)\s+(?:\w+\s+){0,2}(?:squeezed\s+in|pushed\s+back|missed|delayed|late|guessed)\b|\bguessing\s+(?:doses|drug|meds)\b|\bmissed\s+(?:\w+\s+)?(?:insulin|doses?|meds|medications?|antibiotics|feeds?|obs|observations)\b|\bcaseloads?\s+of\s+\d+|\b\d+\s+(?:visits|patients)\s+(?:each|per\s+(?:nurse|person|shift|day))|\b\d+-minute\s+(?:calls|visits)\b/g,
  },
  // Escalation that went nowhere; nobody acting.
  {
    label: "escalation ignored",
    trigger: trigger(
      "times escalated nobody no-one one told care listen know equipped trained staffed listens listening cares reported raised flagged datixed",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:reported|escalated|flagged|raised|datixed|bleeped|chased|rang|called|emailed)\s+(?:\w+\s+){0,4}${NUM}\s+times\b|\bescalated\s+(?:it\s+)?(?:through|to)\s+every\b|\b(?:nobody|no\s+one|no-one)\s+(?:listens|is\s+listening|cares|came|comes|will\s+know|knows|does\s+anything|is\s+doing\s+anything)\b|\bgot\s+told\s+to\s+['‘"]?stop\b|\b(?:management|managers|estates|the\s+trust|execs|they)\s+(?:don't|doesn't|do\s+not|does\s+not|won't|will\s+not|wouldn't|refuses?\s+to)\s+(?:care|listen|want\s+to\s+know)\b|\b(?:the\s+)?execs?\s+know\s+it\b|\bwe\s+(?:are|'re)\s+not\s+(?:equipped|trained|staffed)\b|\b(?:reported|escalated|raised|flagged|datixed)\s+(?:it\s+)?(?:twice|repeatedly|again\s+and\s+again)\b|\b(?:been|was|were)\s+(?:reported|escalated|raised|flagged|datixed)\s+(?:twice|repeatedly|\w+\s+times)\b|\b(?:reported|escalated|raised|flagged|datixed)\s+it[.!]+\s+(?:nothing|no\s+response|silence|crickets)\b`,
      "g",
    ),
  },
  {
    label: "deteriorating patient",
    trigger: trigger("news"),
    weight: 1,
    regex: /\bnews\s*(?:score\s*)?(?:of\s*)?(?:[5-9]|1\d)\b/g,
  },
  {
    label: "falls",
    trigger: trigger("fell fallen falls fall"),
    weight: 1,
    regex:
      /\b(?:fell|fallen|falls?)\s+(?:twice|three\s+times|again|\d+\s+times)\b|\b(?:fell|fallen)\s+(?:\w+\s+)?(?:because|as)\b/g,
  },
  // The author's own judgement that it is wrong, or that the public should know.
  {
    label: "not right",
    trigger: trigger("right ok okay acceptable accept scandal unacceptable"),
    weight: 1,
    regex:
      /\b(?:it|this|that)\s*(?:isn't|is\s+not|'s\s+not|s\s+not|ain't)\s+(?:right|ok|okay|acceptable)\b|\bwe\s+would\s+never\s+accept\b|\b(?:a\s+)?(?:national\s+)?scandal\b|\bunacceptable\b/g,
  },
  {
    label: "public should know",
    trigger: trigger("know look investigate"),
    weight: 1,
    regex:
      /\b(?:public|people|everyone)\s+(?:should|needs?\s+to|deserves?\s+to|ought\s+to)\s+know\b|\b(?:look\s+into|investigate)\s+(?:this|how|why)\b/g,
  },
];

// Further shapes of the same concepts, written fresh: long waits in ED or on trolleys without a
// "patient" word, overcrowding, thin cover at night, harm already happening, nobody checking or
// told not to say, practising without sign-off, kit out of action for days, late-night discharges.
export const MORE_CONCERN_CUES: readonly Cue[] = [
  // A risk put to readers to act on, or asked whether it is normal: "someone should probably look
  // at that", "somebody fix it before the wrong person gets penicillin", "when does anyone take
  // this seriously?", "is it normal for an HCA to be the second checker for controlled drugs?".
  {
    label: "risk put to readers",
    trigger: trigger("someone somebody anyone anybody seriously normal before coroner"),
    weight: 2,
    regex:
      /\b(?:someone|somebody)\s+(?:should|needs?\s+to|has\s+to|ought\s+to)\s+(?:probably\s+|really\s+|urgently\s+)?(?:look\s+(?:at|into)|fix|sort|check)\s+(?:that|this|it)\b|\b(?:someone|somebody)\s+(?:fix|sort|check)\s+(?:it|this|that)\s+before\s+(?:the\s+wrong|someone|somebody|a\s+patient|anyone|a\s+baby|a\s+child|it\s+(?:kills|hurts|harms))\b|\bwhen\s+(?:does|will|is)\s+(?:anyone|anybody|someone|management|the\s+trust|the\s+board)\s+(?:going\s+to\s+)?take\s+(?:this|it|us|them)\s+seriously\b|\bis\s+it\s+normal\s+for\s+(?:an?\s+)?(?:hca|student|band\s+\d|agency|bank|porter|receptionist|carer|healthcare\s+assistant|nursing\s+associate)s?\b[^.?!\n]{0,60}?\b(?:check|checker|give|giving|administer|controlled\s+drugs?|cds?|insulin|iv|bloods|meds|sign)\w*|\b(?:rather|sooner)\s+be\s+(?:difficult|unpopular|the\s+awkward\s+one)\s+than\s+(?:in\s+front\s+of\s+)?(?:a|the)\s+coroner\b/g,
  },
  {
    label: "patients left waiting",
    trigger: trigger("waited waiting sat sitting stuck lying trolley"),
    weight: 2,
    regex:
      /\b(?:waited|waiting|sat|sitting|stuck|lying|left)\s+(?:for\s+)?(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?\d{1,3}\s*(?:hours?|hrs?|days?)\s+(?:on\s+a\s+trolley|in\s+(?:our\s+|the\s+|a\s+)?(?:ed|a&e|corridor|department|ambulance|majors|resus|cubicle|chair))\b|\bon\s+a\s+trolley\s+for\s+\d+\s*(?:hours|hrs|days)\b/g,
  },
  {
    label: "overcrowding",
    trigger: trigger("built designed meant nursing staffing safe"),
    weight: 2,
    regex:
      /\b\d+\s+(?:people|patients)\s+in\s+(?:a\s+)?(?:department|space|unit|ward|area)\s+(?:built|designed|meant)\s+for\s+\d+|\b1:[2-9]\s+(?:nursing|staffing)\b|\bhalf\s+(?:of\s+)?(?:the\s+)?safe\s+staffing\b/g,
  },
  {
    label: "understaffing",
    trigger: trigger(
      "registrar reg consultant doctor nurse midwife anaesthetist paediatrician staff enough short establishment staffing nurses numbers crew rota patients beds residents half",
    ),
    weight: 2,
    regex:
      /\b(?:without|no)\s+(?:a\s+|any\s+)?(?:paediatric\s+|medical\s+|surgical\s+|senior\s+|night\s+|trained\s+)?(?:registrar|reg|consultant|doctor|nurse|midwife|anaesthetist|paediatrician)\s+(?:at\s+night|overnight|on\s+nights|out\s+of\s+hours)\b|\bno\s+(?:\w+\s+)?(?:registrar|reg|consultant|doctor|nurse|midwife|anaesthetist)s?\s+(?:\w+\s+){0,4}?(?:from|between)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:to|till|until|and|-)\s*\d|\b(?:double|twice|triple)\s+the\s+(?:\w+\s+)?(?:falls|patients|admissions|demand|work|workload|attendances|calls)[,;]?\s+(?:and\s+)?half\s+the\s+(?:staff|nurses|doctors|team|crews)\b|\bshort\s+(?:of\s+|by\s+)?(?:\d+|one|two|three|four|five)\s+(?:nurses|rns|hcas|midwives|doctors|staff|carers|members\s+of\s+staff)\b|\b\d{2,}\s+(?:patients|beds|residents),?\s+(?:only\s+|just\s+)?(?:\d|one|two|three)\s+(?:nurses|rns|staff|midwives|hcas|carers)\b|\b(?:running|runs|run|ran)\s+on\s+(?:\d{1,2}%|half|two[- ]thirds|a\s+skeleton)\s+(?:of\s+)?(?:(?:its|our|the|their)\s+)?(?:\w+\s+)?(?:establishment|staff|staffing|nurses|numbers|crew|rota)\b|\b(?:running|been|are|were|we're|always|constantly|permanently)\s+(?:\w+\s+)?short\s+(?:every|most|all|again|on\s+(?:nights|days|every|most)|for\s+(?:weeks|months)|since)\b|\b(?:don't|do\s+not|doesn't|does\s+not)\s+have\s+(?:the|enough)\s+staff\s+to\b/g,
  },
  {
    label: "harm happening",
    trigger: trigger(
      "away near misses miss falls pressure grade malnutrition starving mistakes accident things infection god sitting hurt injured assaulted windows refeeding delirious",
    ),
    weight: 1,
    regex:
      /\bnear[- ]miss(?:es)?\b|\b(?:\d+|two|three|four|five|six)\s+falls\b|\bpressure\s+(?:sores?|ulcers?)\s+(?:are\s+)?(?:rising|up|increasing|going\s+up)\b|\bgrade\s+[34]\s+(?:sore|pressure)|\bmalnutrition\b|\bstarving\b|\b(?:mistakes?|accidents?|tragedy)\s+waiting\s+to\s+happen\b|\bthings?\s+(?:get|gets|will\s+get|are\s+getting)\s+missed\b|\binfection\s+(?:control\s+)?risk\b|\bgod\s+help\s+us\b|\b(?:one|a)\s+(?:bad\s+)?(?:night|shift|day|weekend|mistake)\s+away\s+from\s+(?:a\s+|an\s+)?(?:disaster|tragedy|death|serious\s+incident|never\s+event|catastrophe)\b|\bsitting\s+ducks\b|\b(?:got|gets|getting)\s+(?:seriously\s+)?(?:hurt|injured)\b|\b(?:staff|nurses|colleagues|hcas|crews|paramedics|midwives|doctors|porters|carers|security)\s+(?:were\s+|got\s+|being\s+|have\s+been\s+)?assaulted\b|\bmissing\s+(?:their\s+)?(?:\w+\s+)?windows?\b|\brefeeding\b|\bdelirious\b/g,
  },
  {
    label: "public should know",
    trigger: trigger(
      "deserve idea know listen said allowed supposed channels looks look nobody checked checks noticed thinks ok right",
    ),
    weight: 1,
    regex:
      /\b(?:patients|families|parents|relatives|the\s+public|people)\s+(?:deserve\s+to\s+know|have\s+no\s+idea|don't\s+know)\b|\bplease\s+(?:someone\s+|somebody\s+)?listen\b|\bhas\s+to\s+be\s+said\b|\bi'm\s+not\s+(?:allowed|supposed)\s+to\s+say\b|\b(?:run\s+out\s+of|tried\s+all\s+the)\s+(?:proper\s+)?channels\b|\blooks?\s+the\s+other\s+way\b|\bnobody\s+(?:checked|checks|noticed)\b|\bnobody\s+thinks\s+that's\s+(?:ok|okay|right)\b|(?:^|[.!?]\s+)(?:not\s+ok|it's\s+no\s+right)[.!]/g,
  },
  {
    label: "practising without sign-off",
    trigger: trigger("signed licence registration pin"),
    weight: 2,
    regex:
      /\b(?:not|isn't|wasn't|aren't|never\s+been)\s+signed\s+off\s+to\s+(?:do|perform|give|use|work)\b|\bwithout\s+(?:a\s+)?(?:licence|registration|valid\s+pin|pin)\b/g,
  },
  {
    label: "kit out of action",
    trigger: trigger("expired out-of-date failed fails wedged been trained days weeks months"),
    weight: 1,
    regex:
      /\b(?:expired|out[- ]of[- ]date)\s+(?:dressings?|dressing\s+packs|stock|drugs|meds|equipment|kit|supplies)\b|\b(?:failed|fails)\s+(?:its|their)\s+(?:check|test|service)\b|\bwedged\s+open\b|\b(?:has|have)\s+been\s+(?:out|down|broken|off|empty|unavailable|out\s+of\s+action)\s+(?:for|since)\s+(?:a|two|three|four|\d+|several|over\s+a)\s*(?:days?|weeks?|months?|year)\b|\bno\s+(?:working\s+)?(?:[\w-]+\s+){0,2}(?:machine|scanner|monitor|defib|hoist|lift|hot\s+water|heating|lock|oxygen|suction|fridge|pump|cars?)\s+(?:(?:on|in)\s+(?:our|the)\s+\w+\s+)?for\s+(?:\d+|a|two|three|four|five|several)\s+(?:days|weeks|months)\b|\bnot\s+trained\s+(?:in|on)\s+(?:the\s+)?(?:new\s+)?(?:\w+\s+)?(?:pumps?|system|equipment|kit|machines?)\b/g,
  },
  {
    label: "no one to do the work",
    trigger: trigger(
      "nobody no-one one doctor nurse dressings pads obs observations meds medication turns half gambling playing held coming legionella",
    ),
    weight: 2,
    regex:
      /\b(?:there's|there\s+is|there\s+was|with)\s+(?:nobody|no\s+one|no-one)\s+(?:to|2)\s+(?:pick|answer|prescribe|see|help|cover|turn|feed|sit|check|walk|come)\b|\bno\s+(?:doctor|nurse|one)\s+(?:to|2)\s+(?:prescribe|see|answer|cover|help)\b|\b(?:dressings|pads|obs|observations|meds|medication|turns)\s+(?:aren't|are\s+not|isn't|is\s+not|weren't|not)\s+being\s+(?:changed|done|given|checked|recorded)\b|\bhalf\s+(?:the\s+)?(?:staff|nurses|carers|doctors)\s+(?:we\s+need|we\s+should\s+have|required)\b|\b(?:gambling|playing)\s+with\s+(?:people's|patients'|their)\s+lives\b|\bheld\s+in\s+police\s+cells\b|\bwith\s+no\s+one\s+coming\b|\bno\s+(?:ambulance|crew)\s+(?:coming|available|to\s+send)\b|\blegionella\b/g,
  },
  {
    label: "errors",
    trigger: trigger("errors error wrong range unanswered beds signed sign witness"),
    weight: 1,
    regex:
      /\b(?:medication|drug|prescribing|dosing)\s+errors?\b|\bwrong\s+blood\b|\bwrong\s+(?:patient|drug|dose|leg|side|site)\s+(?:transfused|given|operated|administered)\b|\bunanswered\s+for\b|\b(?:no|zero|0)\s+(?:\w+\s+)?beds\s+(?:free|available|anywhere|left)\b/g,
  },
  {
    label: "stored out of range",
    trigger: trigger("range"),
    weight: 1,
    regex:
      /\b(?:temps?|temperatures?|fridges?|freezers?|store|stock|it|they're|they\s+are|is|are)\s+(?:\w+\s+){0,3}out\s+of\s+range\b/g,
  },
  {
    label: "falsifying records",
    trigger: trigger("sign signing"),
    weight: 2,
    regex:
      /\b(?:told|asked|expected|made)\s+(?:\w+\s+){0,2}to\s+sign\b[^.!?\n]{0,60}\b(?:didn't|did\s+not|never|haven't)\s+(?:witness|witnessed|see|saw|seen|give|gave|given|check|checked|do|did)\b/g,
  },
  {
    label: "late-night discharge",
    trigger: trigger("discharged sent"),
    weight: 1,
    regex:
      /\b(?:discharged|sent\s+home)\s+(?:\w+\s+)?(?:at\s+(?:night|1[01]\s*pm|midnight|[1-5]\s*am)|in\s+the\s+middle\s+of\s+the\s+night)\b/g,
  },
  // Harm rising: "the C diff rate has gone up", "falls have doubled".
  {
    label: "harm rising",
    trigger: trigger(
      "diff mrsa infection infections falls pressure errors readmissions events incidents",
    ),
    weight: 2,
    regex:
      /\b(?:c\.?\s?diff|mrsa|infections?|falls|pressure\s+(?:ulcers?|sores?)|medication\s+errors|drug\s+errors|readmissions|never\s+events|serious\s+incidents)\s+(?:rates?\s+)?(?:\w+\s+){0,3}?(?:has|have)\s+(?:\w+\s+)?(?:gone\s+up|doubled|tripled|risen|increased|shot\s+up|spiked)\b/g,
  },
  // The front door backed up and thin cover inside: "6 ambulances queued, 2 nurses in majors".
  {
    label: "ambulances queued",
    trigger: trigger("ambulances crews queued queuing stacked waiting outside"),
    weight: 1,
    regex:
      /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:ambulances|crews)\s+(?:\w+\s+)?(?:queued|queuing|stacked|waiting|outside|held)\b/g,
  },
  {
    label: "thin cover",
    trigger: trigger("nurses rns doctors nurse doctor"),
    weight: 1,
    regex:
      /\b(?:\d|one|two|three)\s+(?:nurses?|rns?|doctors?)\s+(?:in|on|for|covering)\s+(?:majors|minors|resus|the\s+(?:whole\s+)?(?:department|ward|unit|floor|hospital|site))\b|\bconsultant\s+on\s+the\s+phone\s+from\s+home\b/g,
  },
  // Staff left without help: "police never turned up".
  {
    label: "no help came",
    trigger: trigger("police security help backup back-up"),
    weight: 1,
    regex:
      /\b(?:police|security|help|backup|back-up)\s+(?:never|didn't|did\s+not|still\s+hasn't|still\s+haven't)\s+(?:turned\s+up|came|come|arrived|showed(?:\s+up)?)\b/g,
  },
  // Learners or junior staff left alone in charge of patients.
  {
    label: "left alone in charge",
    trigger: trigger(
      "student students hca hcas nq nqs newly agency bank junior juniors f1 f1s fy1 fy1s",
    ),
    weight: 2,
    regex:
      /\b(?:students?|student\s+\w+s?|hcas?|nqs?|newly\s+qualified\s+\w+s?|agency\s+\w+s?|bank\s+\w+s?|juniors?|f1s?|fy1s?)\s+(?:\w+\s+){0,4}?(?:left|running|in\s+charge\s+of|looking\s+after|covering)\s+(?:\w+\s+){0,2}?(?:bay|ward|unit|side|department|shift)(?:\s+of\s+\d+)?\s+(?:on\s+(?:their|her|his|my)\s+own|alone|unsupervised|with\s+no\s+(?:support|supervision|trained\s+staff|registered\s+nurse))\b/g,
  },
  // Diagnostics backed up: "a 5 day backlog on urgent histology. That's cancers waiting."
  {
    label: "diagnostic backlog",
    trigger: trigger("backlog backlogs"),
    weight: 1,
    regex:
      /\bbacklogs?\s+(?:of|on|in)\s+(?:\d+\s+)?(?:urgent|cancer|2ww|two[- ]week|suspected|histology|scans?|reports?|biopsies|samples)\b/g,
  },
  {
    label: "cancers waiting",
    trigger: trigger("cancers cancer"),
    weight: 1,
    // "cancer waiting times" and "the cancer waiting list" are the measure, not cancers waiting.
    regex:
      /\bcancers?\s+(?:waiting(?!\s+(?:times?|lists?|targets?|figures|standards?|data|numbers|stats))|sitting|going\s+undiagnosed|being\s+missed)\b/g,
  },
  // A patient mistreated by staff, and nothing done about it.
  {
    label: "patient mistreated",
    trigger: trigger(
      "shout shouts shouted shouting scream screamed screaming swear swore swearing snap snapped rough heavy-handed slap slapped slapping hit hitting pushed pinch pinched mock mocked mocking",
    ),
    weight: 2,
    regex:
      /\b(?:shout\w*|scream\w*|swear\w*|swore|snapp?\w*)\s+at\s+(?:a|the|our|an?\s+\w+)\s+(?:\w+\s+)?(?:patient|resident|service\s+user)s?\b|\b(?:rough|heavy)[- ]handed\s+with\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:patients?|residents?)\b|\b(?:slapp?\w*|hit|hitting|pushed|pinch\w*|mock\w*)\s+(?:a|the|an?\s+\w+)\s+(?:patient|resident)\b/g,
  },
  {
    label: "nothing done",
    trigger: trigger("nothing"),
    weight: 1,
    regex: /\bnothing\s+(?:is|was|gets|got|ever\s+gets|has\s+been|is\s+being|ever)\s+done\b/g,
  },
  {
    label: "not fixed",
    trigger: trigger("replaced fixed repaired mended serviced restocked"),
    weight: 1,
    regex:
      /\b(?:hasn't|has\s+not|haven't|have\s+not|still\s+not|not|never)\s+been\s+(?:replaced|fixed|repaired|mended|serviced|restocked)\s+(?:for|in|since)\b/g,
  },
  // "Corridor care is not care", "a failure we've normalised": the author's verdict that what
  // passes for care falls short, and that unsafe practice has become routine.
  {
    label: "not care",
    trigger: trigger("care nursing"),
    weight: 1,
    regex:
      /\b(?:this|that|it|corridor\s+care|corridor\s+nursing|(?:\w+\s+)?care\s+in\s+a\s+corridor)\s+(?:is\s+not|isn't|is\s+no\s+longer)\s+(?:safe\s+|real\s+|proper\s+)?(?:care|nursing)\b/g,
  },
  {
    label: "normalised",
    trigger: trigger("normalised normalized normalising normalizing normal"),
    weight: 1,
    regex:
      /\b(?:we've|we\s+have|have|has|it's|it\s+has|become|becoming|being|got)\s+(?:\w+\s+)?normali[sz]ed\b|\bnormali[sz]ing\s+(?:this|it|unsafe|corridor|the\s+unsafe)\b|\b(?:the\s+)?new\s+normal\b/g,
  },
  // Supplies short: "ran out on three wards", borrowing kit from other wards; an area used for
  // patients without call bells or oxygen.
  {
    label: "supplies short",
    trigger: trigger("ran run running"),
    weight: 1,
    regex:
      /\b(?:run|ran|running)\s+out\s+on\s+(?:\w+\s+)?(?:wards?|units?|the\s+ward|nights?|shift)\b/g,
  },
  {
    label: "borrowing kit",
    trigger: trigger("borrowing borrow begging"),
    weight: 1,
    regex:
      /\b(?:borrowing|borrow|begging)\s+(?:\w+\s+){0,3}(?:from|off)\s+(?:other\s+wards|another\s+ward|ed|a&e|theatres|the\s+ward\s+next\s+door|next\s+door)\b/g,
  },
  {
    label: "no essential kit",
    trigger: trigger("bells bell oxygen suction monitoring monitors"),
    weight: 1,
    regex:
      /\b(?:has|have|had|with|there's|there\s+are|there\s+is)\s+no\s+(?:call\s+bells?|oxygen(?:\s+(?:points?|supply|ports?))?|piped\s+oxygen|suction|monitoring|monitors?|resus\s+trolley)\b/g,
  },
  {
    label: "escalation space",
    trigger: trigger("escalation overflow surge"),
    weight: 1,
    regex: /\b(?:escalation|overflow|surge)\s+(?:area|space|bay)\b/g,
  },
];

// Fifth probe round: a concern told as a worry, a story or a question. "Honestly concerned about
// how many of our patients…", patients sent home without their medicines, staff told to discharge
// before patients are ready, one midwife covering two areas at once, kit still in use after a
// safety alert, a ceiling leaking over a bed, staff without fit tests nursing infectious patients,
// corridor care become normal "and it shouldn't be", and nothing heard since.
export const STORY_CONCERN_CUES: readonly Cue[] = [
  {
    label: "worried",
    trigger: trigger("concerned worried scared frightened terrified"),
    weight: 1,
    regex:
      /\b(?:concerned|worried|scared|frightened|terrified)\s+(?:about|for|that)\s+(?:[\w']+\s+){0,6}?(?:patients?|residents|babies|women|mums|kids|children|safety)\b/g,
  },
  {
    label: "care missing",
    trigger: trigger(
      "meds medication medicines package follow-up followup insulin relief equipment",
    ),
    weight: 1,
    regex:
      /(?<=\b(?:going\s+home|gone\s+home|discharged|sent\s+home|left)\s+)without\s+(?:their\s+|any\s+|proper\s+|a\s+)?(?:meds|medication|medicines|care\s+package|package\s+of\s+care|follow-?up|pain\s+relief|insulin|equipment)\b/g,
  },
  {
    label: "unsafe discharge",
    trigger: trigger("discharge discharging home unsafe premature"),
    weight: 2,
    regex:
      /(?<=\b(?:told|pressured|pushed|asked|expected|made|forced)\s+(?:\w+\s+){0,3}?)to\s+(?:discharge|send\s+(?:\w+\s+){0,2}?home)\s+(?:[\w']+\s+){0,4}?(?:before\s+(?:they're|they\s+are|they|it's|he's|she's|he\s+is|she\s+is)\s+(?:\w+\s+)?(?:ready|safe|fit|well)|unsafely|too\s+(?:early|soon))\b|\b(?:unsafe|premature)\s+discharges?\b/g,
  },
  {
    label: "understaffing",
    trigger: trigger("same once simultaneously"),
    weight: 2,
    regex:
      /(?<=\b(?:cover|covering|covered|run|running|ran|look\s+after|looking\s+after|in\s+charge\s+of)\s+(?:[\w&'-]+\s+){0,5}?(?:wards?|units?|bays?|centre|floors?|departments?|sites?|areas?|theatres?|lists?|clinics?|resus|majors|minors|triage)\s+(?:[\w&'-]+\s+){0,4}?)(?:at\s+the\s+same\s+time|at\s+once|simultaneously)\b|\bin\s+(?:two|three|four|2|3|4)\s+places\s+at\s+once\b/g,
  },
  {
    label: "safety alert",
    trigger: trigger("alert alerts recall recalled condemned"),
    weight: 1,
    regex:
      /\b(?:safety|national|patient\s+safety|mhra|medical\s+device)\s+alerts?\b|\brecalled\b|\bcondemned\b/g,
  },
  {
    label: "estate unsafe",
    trigger: trigger("leak leaking leaks dripping collapsed collapsing mould damp"),
    weight: 1,
    regex:
      /\b(?:leak\w*|dripping|collaps\w*|mould\w*|damp)\s+(?:[\w-]+\s+){0,2}?(?:ceilings?|roofs?|pipes?)\s+(?:over|above|onto|on\s+to|in|into)\s+(?:a\s+|the\s+|our\s+)?(?:beds?|patients?|bays?|ward|resus|cots?|side\s+rooms?)\b|\b(?:ceilings?|roofs?)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|still\s+)?(?:leaking|dripping|collapsing|falling\s+in)\b/g,
  },
  {
    label: "not fixed",
    trigger: trigger("fix repair replace sort mend"),
    weight: 1,
    regex:
      /\b(?:taken|took|taking)\s+(?:over\s+|nearly\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|seven|eight|several|many)\s+(?:weeks|months)\s+to\s+(?:fix|repair|replace|sort|mend)\b/g,
  },
  {
    label: "staff unprotected",
    trigger: trigger("fit fit-test fit-tested"),
    weight: 1,
    regex:
      /(?<=\b(?:no|without|not\s+been|haven't\s+(?:been|done|had)|hasn't\s+(?:been|done|had)|never\s+(?:been|had))\s+(?:(?:a|the|our|their|any)\s+)?(?:mask\s+)?)fit[- ]test(?:ed|ing|s)?\b/g,
  },
  {
    label: "infectious patients",
    trigger: trigger("tb covid flu infectious diff mrsa norovirus measles"),
    weight: 1,
    regex:
      /(?<=\b(?:nursing|caring\s+for|looking\s+after|treating|with)\s+(?:\w+\s+)?)(?:tb|covid|flu|infectious|c\.?\s?diff|mrsa|norovirus|measles)\s+(?:positive\s+)?patients\b/g,
  },
  {
    label: "normalised",
    trigger: trigger("normal routine norm usual"),
    weight: 1,
    regex:
      /(?<=\b(?:is|are|has\s+become|have\s+become|'s|'re)\s+(?:now\s+|just\s+)?(?:completely\s+|totally\s+)?)(?:normal|routine|the\s+norm|business\s+as\s+usual)\b(?=[^.!?\n]{0,40}?\b(?:shouldn't|should\s+not|it's\s+not|isn't|not\s+ok|not\s+okay|wrong|unsafe|scandal))/g,
  },
  {
    label: "understaffing",
    trigger: trigger("run running ran"),
    weight: 2,
    regex:
      /\b(?:run|running|ran)\s+(?:the|a|our)\s+(?:\w+\s+)?(?:ward|unit|department|shift|floor)\s+(?:on|with)\s+(?:only\s+|just\s+)?(?:one|1|a\s+single)\s+(?:registered\s+|qualified\s+|trained\s+)?(?:nurse|rn|midwife|doctor|member\s+of\s+staff)\b/g,
  },
  {
    label: "manual handling",
    trigger: trigger("hand"),
    weight: 1,
    regex:
      /\b(?:lifting|moving|turning|hoisting|carrying)\s+(?:patients\s+|people\s+|them\s+|residents\s+)?by\s+hand\b/g,
  },
  {
    label: "not fixed",
    trigger: trigger("ago"),
    weight: 1,
    regex:
      /\b(?:asked|requested)\s+(?:for\s+)?(?:[\w-]+\s+){0,5}?(?:\d+|two|three|four|five|six|eight|ten|twelve|eighteen|several)\s+(?:weeks|months|years)\s+ago\b[^.!?\n]{0,60}[.!?]\s*(?:and\s+)?(?:we're\s+|i'm\s+)?still\s+(?:waiting|nothing|no\b|chasing)/g,
  },
  {
    label: "escalation ignored",
    trigger: trigger("since"),
    weight: 1,
    regex:
      /(?:^|[.!?]["”'’]?\s+)(?:and\s+)?(?:nothing|no\s+(?:reply|response|action|update|feedback)|heard\s+nothing|silence)\s+since[.!]/g,
  },
];

// Care failures in shapes the cues above missed (found on fresh batches): a patient named
// by title waiting a span of time, or "waited six hours in ED" with the number in words; medically
// fit and still in a bed; harm the author says was preventable; a notorious care scandal said to
// be happening again; help that took minutes to come; kit out of action "since March"; a fitting
// that still won't latch with jobs logged; a patient moved without their oxygen; nobody has
// examined them; not enough staff to run a service; controlled drugs unaccounted for; a junior
// scapegoated by an investigation; staff afraid of a colleague, "managers know", "done keeping
// quiet"; patients cancelled from overbooked lists.
const TITLED = String.raw`(?:mr|mrs|ms|miss|mx)\.?\s+[a-z][a-z'-]+`;
// Where a titled person waits, or what for, that makes them a patient (not a laptop or a table).
const CARE_PLACE = String.raw`(?:wards?|bay|bed|side\s+room|cubicle|unit|clinic|department|trolley|chair|corridor|frame|wheelchair|hoist|scan|mri|operation|surgery|appointment|review|package\s+of\s+care|care\s+package|placement|results|referral|treatment|commode|pain\s+relief|a&e|ed)`;
export const CARE_FAILURE_CUES: readonly Cue[] = [
  {
    label: "patients left waiting",
    trigger: trigger("waited waiting wait stuck lying sat sitting kept fit discharge medically"),
    weight: 2,
    regex: new RegExp(
      String.raw`\b${TITLED}\b(?=[^.!?\n]*?\b${CARE_PLACE}\b)[^.!?\n]{0,80}?\b(?:waiting|waited|stuck|lying|sat|sitting|kept)\b[^.!?\n]{0,50}?\b${SPAN_OF_TIME}\b|\bwaited\s+(?:for\s+)?(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?${NUM_WORD}\s*(?:hours?|hrs?|days?)\b(?:\s+\d{1,2}(?:\s*(?:mins?|minutes))?)?\s+(?:in\s+(?:our\s+|the\s+|a\s+)?(?:ed|a&e|corridor|department|ambulance|majors|resus|cubicle|chair|waiting\s+room)|on\s+a\s+trolley|for\s+(?:us|an\s+ambulance|a\s+crew|a\s+bed|a\s+doctor|a\s+scan|an?\s+(?:mri|ct|x-?ray|echo|endoscopy|biopsy|operation|op)|a\s+review|pain\s+relief|antibiotics|to\s+be\s+seen))\b|\b(?:medically\s+(?:fit|optimised|stable|ready)(?:\s+for\s+discharge)?|(?:fit|ready)\s+for\s+discharge)\s+for\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?${SPAN_OF_TIME}`,
      "g",
    ),
  },
  // "It was preventable", "could have been prevented", "another preventable death".
  {
    label: "preventable harm",
    trigger: trigger("preventable avoidable prevented avoided"),
    weight: 2,
    regex:
      /(?<!\b(?:not|n't|never|deny|denies|denied|dispute|disputes|disputed)\b[^.!?\n]{0,40})\b(?:death|deaths|died|die|stillbirth|suicide|overdose|arrest|fall|harm|injury|injuries|tragedy|incident|bleed|outcome)\b[^.!?\n]{0,60}?\b(?:was|were|is|could\s+(?:easily\s+|so\s+easily\s+)?have\s+been|should\s+have\s+been|might\s+have\s+been|would\s+have\s+been)\s+(?:entirely\s+|completely\s+|totally\s+|easily\s+)?(?:preventable|avoidable|prevented|avoided)\b|(?:^|[.!?:,]\s*|\bthis:\s*)(?:it|this|that)\s+was\s+(?:entirely\s+|completely\s+|totally\s+)?(?:preventable|avoidable)\b|\b(?:another|a|an|more)\s+(?:entirely\s+)?(?:preventable|avoidable)\s+(?:death|deaths|stillbirth|harm|tragedy|fall|injury)\b/g,
  },
  // A notorious care scandal said to be happening again.
  {
    label: "care scandal again",
    trigger: trigger(
      "winterbourne mid-staffs staffs shrewsbury gosport morecambe whorlton stafford",
    ),
    weight: 2,
    regex:
      /\b(?:mid[- ]staffs?|winterbourne(?:\s+view)?|shrewsbury|gosport|morecambe\s+bay|whorlton\s+hall|stafford)\b[^.!?\n]{0,20}?\ball\s+over\s+again\b|\b(?:another|the\s+next|a\s+second|next)\s+(?:mid[- ]staffs?|winterbourne(?:\s+view)?|gosport|morecambe\s+bay|whorlton\s+hall)\b|\b(?:mid[- ]staffs?|winterbourne(?:\s+view)?|gosport|whorlton\s+hall)\s+waiting\s+to\s+happen\b/g,
  },
  // Help that took minutes or hours to come.
  {
    label: "help slow to come",
    trigger: trigger("took"),
    weight: 2,
    regex: new RegExp(
      String.raw`\b(?:security|police|the\s+crash\s+team|crash\s+team|help|backup|back-up|porters?|(?:an?|the)\s+(?:ambulance|crew|doctor|reg|registrar|midwife|paeds?|anaesthetist|on-?call))\s+took\s+(?:nearly\s+|over\s+|almost\s+|more\s+than\s+|about\s+|around\s+|at\s+least\s+)?${NUM_WORD}\s*(?:minutes|mins|hours|hrs)\s+to\s+(?:reach|arrive|get\s+(?:here|there|to)|come|respond|answer|turn\s+up|attend|show)\b`,
      "g",
    ),
  },
  // Kit or a fitting out of action since a named time, or still failing, with jobs logged.
  {
    label: "kit out of action",
    trigger: trigger("since latch lock close shut"),
    weight: 1,
    regex:
      /\b(?:has|have)\s+been\s+(?:out|down|out\s+of\s+action|out\s+of\s+order|not\s+working|unavailable)\s+since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last\s+(?:week|month|year)|christmas|easter|the\s+summer)\b|\bstill\s+(?:doesn't|does\s+not|won't|will\s+not|don't|do\s+not)\s+(?:latch|lock|close|shut)\b/g,
  },
  {
    label: "reported repeatedly",
    trigger: trigger("jobs job tickets ticket logged"),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:had\s+|have\s+had\s+)?${NUM_WORD}\s+(?:jobs?|tickets?|requests?)\s+(?:logged|raised|put\s+in|submitted)\b|\b(?:logged|raised|put\s+in)\s+${NUM_WORD}\s+(?:jobs|tickets|requests)\b`,
      "g",
    ),
  },
  {
    label: "harm repeated",
    trigger: trigger("overdose overdoses ods assaults seizures again"),
    weight: 1,
    regex: /\b(?:overdoses|ods|assaults|seizures|attacks)\b[^.!?\n]{0,30}?\bagain\b/g,
  },
  // A patient moved without what keeps them safe.
  {
    label: "sent without care",
    trigger: trigger("without"),
    weight: 2,
    regex:
      /\b(?:send|sends|sending|sent|transferr?\w*|mov(?:e|ed|es|ing)|bring|bringing|brought|wheel\w*)\b[^.!?\n]{0,60}?\bwithout\s+(?:her|his|their|an?|any)\s+(?:oxygen|o2|escort|monitoring|cardiac\s+monitor|monitor|cylinder|drip|pump|nurse\s+escort)\b/g,
  },
  {
    label: "deteriorating patient",
    trigger: trigger("sats"),
    weight: 1,
    regex: /\bsats\s+(?:were|was|of|at|down\s+to|dropped\s+to|in\s+the)\s+[5-8]\d\b/g,
  },
  // Nobody has examined the patient; passed between services.
  {
    label: "not seen",
    trigger: trigger("nobody no-one examined assessed reviewed looked"),
    weight: 2,
    regex:
      /\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+)?(?:actually\s+|even\s+|properly\s+|ever\s+)?(?:examined|assessed|reviewed|looked\s+at)\s+(?:her|him|them|the\s+patient|the\s+baby|the\s+child)\b/g,
  },
  {
    label: "passed between services",
    trigger: trigger("bounced pinballed passed"),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:bounced|pinballed|passed)\s+(?:around|between|from)\s+(?:${NUM_WORD}\s+)?(?:different\s+)?(?:clinics|services|teams|wards|departments|hospitals|consultants|specialties)\b`,
      "g",
    ),
  },
  // Care not given: "hasn't had a single session", "needs more OT time".
  {
    label: "care not given",
    trigger: trigger("hasn't haven't single"),
    weight: 1,
    regex:
      /\b(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:had|been\s+offered|been\s+given)\s+(?:a\s+single|one\s+single|any)\s+(?:[\w-]+\s+)?(?:sessions?|reviews?|visits?|assessments?|activit(?:y|ies)|appointments?|therapy|physio|meals?|washes|showers?)\b/g,
  },
  {
    label: "needs more cover",
    trigger: trigger("more extra"),
    weight: 1,
    regex:
      /\bneeds?\s+(?:more|extra)\s+(?:ot|physio|therapy|psychology|nursing|nurse|medical|doctor|consultant|senior|activity|staff|hca)\s+(?:time|hours|cover|input|support|staff)\b/g,
  },
  {
    label: "understaffing",
    trigger: trigger("enough"),
    weight: 2,
    regex:
      /\b(?:aren't|are\s+not|weren't|were\s+not|isn't|is\s+not|wasn't|was\s+not)\s+(?:nearly\s+|anywhere\s+near\s+)?enough\s+(?:staff|nurses|doctors|midwives|carers|hcas|hands|porters|paramedics|crews|physios|therapists|registrars|consultants)\s+(?:to\s+(?:staff|cover|run|open|keep\s+(?:it|them|the\s+\w+)\s+(?:open|safe)|look\s+after|care\s+for|safely)|on\s+(?:the\s+)?(?:ward|unit|shift|nights|days|rota|floor)|for\s+(?:the\s+)?(?:patients|ward|unit|beds|shift|babies|women))\b/g,
  },
  // Controlled drugs unaccounted for.
  {
    label: "drugs unaccounted for",
    trigger: trigger("cd cds controlled ampoules ampoule amps vials tablets patches"),
    weight: 2,
    regex: new RegExp(DRUGS_UNACCOUNTED, "g"),
  },
  // A junior blamed by an investigation; the harm that followed an error.
  {
    label: "scapegoating",
    trigger: trigger("scapegoat scapegoated scapegoating blame pin hang"),
    weight: 1,
    regex:
      /\bscapegoat\w*|\b(?:already\s+)?(?:decided|going|trying|looking|want(?:s|ed)?)\s+to\s+(?:blame|pin\s+(?:it|this|the\s+blame)\s+on|hang\s+(?:it|this)\s+on)\s+(?:the|a|an|one|our)\s+(?:\w+\s+)?(?:nurse|hca|student|junior|doctor|midwife|porter|f1|reg|locum|staff\s+nurse|agency\s+nurse|bank\s+nurse)\b/g,
  },
  {
    label: "harm happened",
    trigger: trigger("ended"),
    weight: 1,
    regex:
      /\b(?:patient|he|she|they|baby|mum)\s+(?:ended\s+up|ending\s+up)\s+(?:on|in)\s+(?:itu|icu|intensive\s+care|hdu|resus|nicu|picu)\b/g,
  },
  // Staff afraid of a colleague; management knows; the author will not keep quiet.
  {
    label: "culture of fear",
    trigger: trigger("scared terrified frightened afraid"),
    weight: 1,
    regex:
      /\b(?:everyone|everybody|all\s+the\s+staff|the\s+whole\s+team|staff|juniors|we)(?:'s|'re|\s+is|\s+are)?\s+(?:all\s+)?(?:scared|terrified|frightened|afraid)\s+(?:of\s+(?:him|her|them)|to\s+(?:speak\s+up|say\s+anything|challenge|report))\b/g,
  },
  {
    label: "management knows",
    trigger: trigger("know knows"),
    weight: 1,
    regex:
      /(?:^|[.!?]\s+)(?:managers?|management|matron|the\s+board|execs?|hr)\s+(?:all\s+)?knows?[.!]|\band\s+(?:the\s+trust|management|managers|the\s+board|the\s+execs?)\s+knows?\s+(?:it|about\s+it)\b/g,
  },
  {
    label: "speaking out",
    trigger: trigger("quiet silent"),
    weight: 1,
    regex:
      /\b(?:done|finished|tired\s+of|sick\s+of|fed\s+up\s+(?:of|with))\s+(?:keeping|staying|being)\s+(?:quiet|silent)\b|\b(?:can't|cannot|won't|will\s+not|not\s+going\s+to)\s+(?:keep|stay)\s+(?:quiet|silent)\s+any\s*(?:more|longer)\b/g,
  },
  {
    label: "lists overbooked",
    trigger: trigger("overbooked overbooking overbook"),
    weight: 1,
    regex: /\b(?:lists?|clinics?|theatres?)\s+(?:\w+\s+){0,2}?overbook(?:ed|ing)\b/g,
  },
  {
    label: "patients cancelled",
    trigger: trigger("cancel cancelled cancelling"),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:we|they)\s+(?:then\s+|still\s+|just\s+)?(?:cancel|cancelled|canceled)\s+(?:another\s+)?${NUM_WORD}\s+(?:patients|operations|ops|procedures)\b`,
      "g",
    ),
  },
];

// Unsafe staffing and practice, and the routes for raising them failing: ratios said in words ("one nurse,
// twenty-eight beds", "3 of us and 31 beds"), shifts below minimum numbers, counted avoidable
// deaths, a patient who died waiting, visits to risky addresses alone, a clinician drunk or
// hungover at work, the Speak Up route called a joke and the post put "here" instead, extra
// patients squeezed into bays, months-long waits and half the kit broken, doors that don't lock.
const BIG_COUNT = String.raw`(?:\d{2,3}|(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|fifteen|sixteen|eighteen)`;
const SMALL_COUNT = String.raw`(?:[1-4]|one|two|three|four|a\s+single|just\s+one|only\s+one)`;
export const UNSAFE_PRACTICE_CUES: readonly Cue[] = [
  {
    label: "understaffing",
    trigger: trigger(
      "us nurse nurses rn rns hca hcas carer carers midwife midwives doctor doctors staff minimum",
    ),
    weight: 2,
    regex: new RegExp(
      String.raw`\b${SMALL_COUNT}\s+(?:of\s+us|(?:\w+\s+)?(?:nurses?|rns?|hcas?|carers?|midwi(?:fe|ves)|doctors?|staff))\s*(?:,|and|&|for|to|between|with)\s*(?:about\s+|over\s+|nearly\s+|almost\s+)?${BIG_COUNT}\s+(?:patients|beds|residents|babies|women)\b(?!\s+of\b)|\b(?:below|under|short\s+of)\s+(?:the\s+)?(?:(?:minimum|safe)\s+){1,2}(?:staffing|numbers|levels|establishment|ratios?|staff(?:ing)?\s+levels?)\b`,
      "g",
    ),
  },
  // "3 'avoidable' deaths", "two preventable stillbirths this year".
  {
    label: "preventable harm",
    trigger: trigger("avoidable preventable"),
    weight: 2,
    regex: new RegExp(
      String.raw`\b${NUM_WORD}\s+(?:more\s+)?['‘"]?(?:avoidable|preventable)['’"]?\s+(?:deaths|stillbirths|suicides|falls|injuries|harms|cardiac\s+arrests)\b`,
      "g",
    ),
  },
  // "died in the corridor waiting for a bed".
  {
    label: "died waiting",
    trigger: trigger("died dying"),
    weight: 2,
    regex:
      /\b(?:died|dying|passed\s+away)\s+(?:\w+\s+){0,3}?(?:still\s+)?waiting\s+(?:for|on)\s+(?:an?\s+|the\s+|her\s+|his\s+|their\s+)?(?:\w+\s+)?(?:bed|ambulance|crew|transfer|scan|operation|surgery|review|doctor|treatment|appointment|ward)\b/g,
  },
  // Lone working made unsafe: a flagged address visited alone, the two-person rule dropped,
  // "lone working" with no buddy or device.
  {
    label: "lone working",
    trigger: trigger("flagged person staff two-person two-staff alone own myself lone"),
    weight: 2,
    regex:
      /\b(?:on\s+(?:my|her|his|their)\s+own|alone|by\s+(?:my|her|him|them)sel(?:f|ves)|solo)\b[^.!?\n]{0,40}?\b(?:flagged|high[- ]risk|violent)\s+(?:address|house|property|home|flat|patient)\b|\b(?:flagged|high[- ]risk|violent)\s+(?:address|house|property|home|flat)\b[^.!?\n]{0,40}?\b(?:on\s+(?:my|her|his|their)\s+own|alone|by\s+(?:my|her|him|them)sel(?:f|ves)|solo)\b|\b(?:dropped|scrapped|ditched|abandoned|ignored|ignoring|ignores)\s+(?:the\s+|our\s+)?(?:two|2)[- ](?:person|man|woman|staff)\s+(?:rule|visits?|visit\s+policy|policy)\b|\b(?:two|2)[- ](?:person|man|woman|staff)\s+(?:rule|visits?|policy)\b[^.!?\n]{0,40}?\b(?:doesn't|does\s+not|don't|didn't|isn't|wasn't|no\s+longer|never|ignored|scrapped)\b|\blone[- ]work\w*\b[^\n]{0,80}?\bno\s+(?:buddy|device|alarm|lone[- ]worker\s+device|call-?backs?|check-?ins?|tracker|escort)\b/g,
  },
  // A clinician drunk, hungover or high at work, told by a colleague: the role comes first ("the
  // locum urologist turns up hungover"), not a patient or visitor who "came in drunk". Weak alone
  // (a TV drama, a disciplinary): it counts with the smell of drink or "shouldn't be let near".
  {
    label: "impaired at work",
    trigger: trigger("hungover drunk high stoned intoxicated"),
    weight: 1,
    regex:
      /\b(?:consultant|surgeon|locum|pharmacist|anaesthetist|registrar|reg|midwife|paramedic|\w+ologist)\b[^.!?\n]{0,60}?\b(?:turns?\s+up|turned\s+up|turning\s+up|comes\s+in|came\s+in|shows\s+up|showed\s+up|was|is|were|seemed|looked)\s+(?:to\s+(?:work|theatre|clinic|shift)\s+)?(?:still\s+|clearly\s+|obviously\s+|visibly\s+|definitely\s+|completely\s+)?(?:hungover|drunk|high|stoned|intoxicated|under\s+the\s+influence)\b(?!\s+(?:on\s+(?:life|love|success|adrenaline|caffeine|sugar)|risk|up|enough))/g,
  },
  {
    label: "unfit to practise",
    trigger: trigger("smelt smelled smell let allowed"),
    weight: 1,
    regex:
      /\bsmel(?:t|led|l)\s+(?:it|alcohol|booze|drink)\s+on\s+(?:him|her|them|his\s+breath|her\s+breath)\b|\b(?:shouldn't|should\s+not|should\s+never)\s+be\s+(?:let|allowed)\s+(?:anywhere\s+)?near\s+(?:a\s+|the\s+|our\s+)?(?:patients?|dispensary|theatre|wards?|babies|children|kids|drugs|controlled\s+drugs)\b/g,
  },
  // The Speak Up route called a joke; the author posting "here" because of it.
  {
    label: "route failed",
    trigger: trigger("speak speaking ftsu whistleblowing datix concern"),
    weight: 1,
    regex: new RegExp(
      String.raw`\b${SPEAK_UP_ROUTE}\s+(?:here\s+)?(?:is|was|are)\s+(?:a\s+|an\s+|just\s+a\s+|just\s+an\s+)?(?:${DISMISSED_AS}|box-ticking)\b`,
      "g",
    ),
  },
  {
    label: "saying it here",
    trigger: trigger("here will"),
    weight: 1,
    regex:
      /\bso\s+i(?:'m|\s+am|'ll|\s+will)\s+(?:saying|posting|putting|writing|say|post|put|write)\s+it\s+(?:here|on\s+here|publicly)\b|\b(?:nobody|no\s+one|no-one)\b[^.!?\n]{0,30}?\bwill\s+say\s+it,?\s+so\s+i\s+will\b/g,
  },
  // Speaking up punished: "whistleblowing is encouraged right up until you do it".
  {
    label: "speaking up punished",
    trigger: trigger("whistleblowing whistleblow speak speaking concern"),
    weight: 2,
    regex: new RegExp(SPEAKING_UP_PUNISHED, "g"),
  },
  // Extra patients put into a bay built for fewer.
  {
    label: "overcrowding",
    trigger: trigger(
      "squeezing squeeze squeezed cram cramming crammed shoehorn shoehorning shoehorned",
    ),
    weight: 2,
    regex:
      /\b(?:squeez\w*|cramm?\w*|shoehorn\w*)\s+(?:a|an|the)\s+(?:extra|additional|\d+(?:st|nd|rd|th)|fifth|sixth|seventh|ninth|tenth)\s+(?:patient|bed|trolley)\s+(?:in|into)\s+(?:a|an|the|each|every|our)\s+(?:[\w-]+\s+)?(?:bays?|rooms?|cubicles?)\b/g,
  },
  // Long waits and kit broken across a service: "18-month waits", "half the booths broken".
  {
    label: "waiting list",
    trigger: trigger("wait waits waiting"),
    weight: 1,
    regex: /\b\d{1,2}[- ](?:month|week|year)\s+wait(?:s|ing\s+(?:lists?|times?))?\b/g,
  },
  {
    label: "broken equipment",
    trigger: trigger("broken faulty working down order action"),
    weight: 1,
    regex:
      /\bhalf\s+(?:of\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:booths|machines|beds|monitors|pumps|hoists|scanners|rooms|chairs|lifts|trolleys|bays)\s+(?:are\s+|were\s+)?(?:broken|faulty|out\s+of\s+(?:order|action)|not\s+working|down)\b|\b(?:only\s+|just\s+)?(?:[1-3]|one|two|three|a\s+single)\s+working\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:for|across|between|to\s+cover)\s+(?:the\s+)?(?:whole|entire)\b/g,
  },
  // A door on a clinical or secure area that doesn't lock.
  {
    label: "site insecure",
    trigger: trigger("lock latch"),
    weight: 1,
    regex:
      /\b(?:doors?|locks?|gates?)\s+(?:still\s+)?(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not)\s+(?:lock|latch)\b/g,
  },
  // "Why is nobody listening", "if it fails mid-session we're in serious trouble".
  {
    label: "escalation ignored",
    trigger: trigger("listening"),
    weight: 1,
    regex: /\b(?:why\s+)?(?:is|isn't)\s+(?:nobody|no\s+one|no-one|anyone)\s+listening\b/g,
  },
  {
    label: "failure predicted",
    trigger: trigger("trouble die"),
    weight: 1,
    regex:
      /\bif\s+(?:it|that|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:fails|goes\s+down|breaks|stops|cuts\s+out|packs\s+up)\b[^.!?\n]{0,40}?\b(?:(?:we're|we\s+are|we'll\s+be|patients\s+are|they're)\s+(?:in\s+)?(?:serious|real|big|deep)\s+trouble|(?:someone|somebody|a\s+patient|patients|people)\s+(?:will|could|would)\s+die)\b/g,
  },
  // A discharge in the small hours; the author ashamed of their hospital.
  {
    label: "late-night discharge",
    trigger: trigger("discharge discharging discharged sent send sending"),
    weight: 1,
    regex:
      /\b(?:discharg\w*|sent\s+home|send\s+\w+\s+home|sending\s+\w+\s+home)\b[^.!?\n]{0,40}?\bat\s+(?:1[01]\s*pm|midnight|[1-5]\s*am|[1-5][:.]\d\d\s*am)\b/g,
  },
  {
    label: "not right",
    trigger: trigger("ashamed"),
    weight: 1,
    regex:
      /\bashamed\s+(?:of|to\s+work\s+(?:for|in|at))\s+(?:this|our|the|my)\s+(?:hospital|trust|ward|unit|service|department|nhs)\b/g,
  },
  // Someone else's login or smartcard used to sign, give or prescribe: "she charted the whole
  // round under my login", "using the ward sister's smartcard to order bloods".
  {
    label: "shared login",
    trigger: trigger("login log-in logins smartcard smartcards password passwords"),
    weight: 2,
    regex:
      /(?<!\b(?:i|we)\s+)\b(?:sign\w*|prescrib\w*|gave|giv\w*|administer\w*|document\w*|chart\w*|order\w*|request\w*|discharg\w*|record\w*|us(?:e|ed|es|ing)|borrow\w*)\b[^.!?\n]{0,40}?\b(?:under|on|with|using|via)\s+(?:my|his|her|someone\s+else's|somebody\s+else's|another\s+[\w-]+'s|a\s+colleague's|the\s+[\w-]+(?:\s+[\w-]+)?'s|each\s+other's)\s+(?:login|log-in|smart\s?card|password|account|details|pin)s?\b/g,
  },
  // Kit failing again and again, and left so: "goes down every time there's a power cut",
  // "eighteen months and nobody's fixed it".
  {
    label: "kit failing",
    trigger: trigger("time"),
    weight: 1,
    regex:
      /\b(?:goes|go|went|keeps\s+going|cuts?\s+out|crashes|fails|trips)\s+(?:down\s+|off\s+|out\s+)?every\s+(?:single\s+)?time\b/g,
  },
  {
    label: "not fixed",
    trigger: trigger("fixed sorted repaired replaced"),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:${NUM_WORD}|a|\w+teen)\s+(?:weeks?|months?|years?)\s+(?:on\s+|later\s+)?(?:and|now\s+and)\s+(?:still\s+)?(?:nobody|no\s+one|no-one)(?:'s|\s+has)\s+(?:fixed|sorted|repaired|replaced)\s+(?:it|them|this)\b`,
      "g",
    ),
  },
  // Patients passed between organisations: "falling between two health boards".
  {
    label: "passed between services",
    trigger: trigger("falling fall falls fell slipping slips"),
    weight: 2,
    regex:
      /\b(?:fall(?:s|ing)?|fell|slip(?:s|ping|ped)?)\s+between\s+(?:two|the\s+two|2)\s+(?:health\s+boards|boards|trusts|services|teams|hospitals|icbs|ccgs|councils)\b/g,
  },
  // Round 13. Incidents counted on one unit: "the fourth never event in theatres this year", "two
  // med errors on our ward this week" (falls counted are a ward's figures, not a concern).
  {
    label: "repeated incidents",
    trigger: INCIDENT_WORDS,
    weight: 2,
    regex:
      /\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|another)\s+(?:serious\s+incident|never\s+event|drug\s+error|med(?:ication)?\s+error)\b[^.!?\n]{0,40}?\b(?:this|in\s+(?:a|the\s+last|the\s+past))\s+(?:year|month|week|fortnight|quarter)\b|\b(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+)?(?:serious\s+incidents|never\s+events|incidents|drug\s+errors|med(?:ication)?\s+errors)\s+(?:on|in|at)\s+(?:our|the|this|my)\s+(?:\w+\s+)?(?:unit|ward|department|bay|theatres?)\s+(?:this|in\s+a|in\s+the\s+last)\s+(?:year|month|week|fortnight|quarter)\b/g,
  },
  // Told to a journalist or kept for one: "I'll tell you what really goes on", "it's far worse than
  // the article says", "told him everything about the staffing", "emailed Panorama". Each weighs
  // one: with a concern beside it, or with another of them, it is a concern taken outside.
  {
    label: "what really goes on",
    trigger: PRESS_WORDS,
    weight: 1,
    regex: /\bwhat\s+really\s+(?:goes|went|is\s+going)\s+on\b/g,
  },
  {
    label: "worse than reported",
    trigger: PRESS_WORDS,
    weight: 1,
    regex:
      /\b(?:it's|it\s+is|things\s+are|it\s+was|it's\s+actually)\s+(?:far|much|way|a\s+lot|ten\s+times|even)\s+worse\s+than\s+(?:this|that|reported|they\s+(?:say|said|make\s+out)|you\s+think|the\s+(?:papers|article|news|story|report)\b)/g,
  },
  {
    label: "told to the press",
    trigger: PRESS_WORDS,
    weight: 1,
    regex:
      /\btold\s+(?:her|him|them|the\s+(?:reporter|journalist|paper|papers|press))\s+everything\s+about\b|\b(?:emailed|messaged|contacted|wrote\s+to|tipped\s+off)\s+(?:the\s+)?(?:panorama|dispatches|bbc|itv|the\s+press|the\s+papers|the\s+media|a\s+journalist|a\s+reporter)\b/g,
  },
  // Emergency calls lost: "arrest bleeps not going off on nights", "the new pager system drops one
  // call in four".
  {
    label: "emergency calls lost",
    trigger: CALL_WORDS,
    weight: 2,
    regex:
      /\b(?:crash|arrest|emergency|peri-?arrest|2222|fast-?bleep)\s+(?:calls?|bleeps?|pages?|pagers?|buzzers?)\s+(?:\w+\s+)?(?:going\s+missing|go\s+missing|went\s+missing|gone\s+missing|being\s+dropped|(?:not|never)\s+(?:getting\s+through|going\s+off|coming\s+through|arriving)|don't\s+(?:get\s+through|go\s+off|come\s+through))\b|\b(?:bleeps?|bleep\s+system|pagers?|pager\s+system)\s+(?:\w+\s+){0,2}?drops?\s+(?:about\s+|around\s+)?(?:\d+\s+in\s+(?:every\s+)?\d+|one\s+in\s+(?:every\s+)?\w+|half|a\s+third|a\s+quarter)\b/g,
  },
  // Reported and left: "Reported in March. Still not fixed."
  {
    label: "reported, not fixed",
    trigger: trigger("fixed repaired mended sorted"),
    weight: 1,
    regex:
      /\b(?:reported|datixed|logged|raised|flagged|escalated)\b[^!?\n]{0,40}?\bstill\s+(?:not|isn't|hasn't\s+been|haven't\s+been|not\s+been|never)\s+(?:been\s+)?(?:fixed|repaired|mended|sorted)\b/g,
  },
];

export interface ConcernResult {
  score: number;
  spans: Span[];
}

const NONE: ConcernResult = { score: 0, spans: [] };
const ALL_CONCERN_CUES: readonly Cue[] = [
  ...CONCERN_CUES,
  ...MORE_CONCERN_CUES,
  ...STORY_CONCERN_CUES,
  ...CARE_FAILURE_CUES,
  ...UNSAFE_PRACTICE_CUES,
];

/** Concern cues in the post and their total weight. A score of 2 or more is a concern. */
export const findConcern = rememberLast((normalised: NormalisedText): ConcernResult => {
  let result: ConcernResult;
  const words = scan(normalised);
  result = NONE;
  if (
    words.bits & CONCERN ||
    fired(words, PRESS_WORDS) ||
    fired(words, INCIDENT_WORDS) ||
    fired(words, CALL_WORDS)
  ) {
    const spans = findCues(words.lower, ALL_CONCERN_CUES, words.triggers);
    if (spans.length > 0) {
      // A concept counts once, however often it appears.
      let score = 0;
      let seen = "";
      for (const s of spans) {
        if (seen.includes("|" + s.label)) continue;
        seen += "|" + s.label;
        score += s.weight;
      }
      result = { score, spans };
    }
  }
  return result;
});

export const CONCERN_THRESHOLD = 2;
