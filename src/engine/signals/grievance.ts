// Is the post derogatory about the Trust, its services or management, or airing the author's own
// grievance about work? (MC-SS01 §4.2(s) and (u), MTW-SMP §5.5, TRUST-SMP §5.8.)
// Derogatory judgements count only when the sentence (or the one before) names an organisational
// target (the Trust, management, a department, a work system or process) and the judgement is not
// aimed at one colleague (an insult at a person is abuse-bullying). Grievances carry their own
// target: the author's pay, leave, rota, training or treatment at work.
// Patterns run on the lower-cased `base` text, each only when the word scan found one of its words.
import type { NormalisedText } from "../normalise/index.js";
import { rememberLast } from "../last-post.js";
import { fired, scan, trigger } from "./lexicon.js";
import { findCues, sentences, type Cue, type Span } from "./spans.js";
import { judgesOrganisation } from "./work-judgement.js";
import { DISMISSED_AS, SPEAK_UP_ROUTE, SPEAKING_UP_PUNISHED } from "./concern.js";
import { testIfMay } from "./cue-gate.js";

// The cues added in the fourth probe round share five triggers (and the scare-quoted slogans one quote test) (the trigger table is nearly
// full): a cue runs when any word of its group is in the post, and its own regex does the rest.
const G_RARE = trigger(
  "morale docked grievance whoever favouritism favoritism herself himself themselves restructure restructures reorganisation reorganization reorg re-org rebrand mates friends favourites pals dressing dress opportunity flexibility transformation efficiency efficiencies investment wellbeing teamwork resilience agile squeezed sucked drained crushed flexible paying rang phoned texted jobs deep-cleaned double-staffed spruced staffed",
);
const G_VERDICT = trigger(
  "recommend thinking considering planning never avoid meant supposed expected problem spreadsheet spreadsheets accountants bean-counters bean counters clowns ridiculous stupid shocking terrible awful crazy mad insane shambolic appalling disgraceful dangerous hell daft head heads rotten toxic dysfunctional collect bonus disgusting shameful",
);
const G_QUOTED = trigger(
  "said decided joined-up peak looking shout shoutout thanks cheers really bet treats",
);
const G_STILL = trigger(
  "meant supposed expected still left scraps leftovers nothing loyalty living asked asks consulted listens fewer less close closes shut shuts hr payroll management manager occ occy occupational estates recruitment staffing pensions trust band costs cost matron rota coordinator question worry",
);
const G_MONEY = trigger(
  "money salary salaries wages pay soggy cold stale tiny lukewarm microwaved limp burnt manky morale dry than spent spend spends spending wasted wasting blew blown splashed found left quit resigned walked decided decision decisions paid earns earn mile",
);

// What the post may disparage: the employer, its services, its management, its systems and processes.
export const TARGET =
  /\b(?:(?:the|this|our|my|your|their)\s+(?:[a-z0-9*-]+\s+){2,4}(?:system|software|tool|portal|platform|app|rota|rostering|process|policy|scheme|pathway|strategy|uniforms?|forms?|patterns?|line|helpline)|(?:the|this|our|my|your|their)\s+(?:[a-z*-]+\s+)?(?:trust|switchboard|help\s?desk|service\s+desk|bank\s+office|medical\s+staffing|hospital|organisation|place|management|managers?|execs?|executives?|board|directors?|hr|payroll|pharmacy|it|comms|estates|bosses|leadership|chief\s+exec(?:utive)?|chief\s+nurse|matron|division|directorate|department|pcs|computers|systems?|rota|rostering|induction|training|appraisal|staff\s+survey|survey|wellbeing\s+\w+|car\s+park|canteen|staff\s+room|changing\s+rooms?|facilities|building|toilets|contract|policy|process|procurement|recruitment|occupational\s+health|service|email|software|app|tool|portal|platform|scheme|initiative|pathway|strategy|forms?|uniforms?|shift\s+pattern|restructure|reorgani[sz]ation|consultation|panel|chairs?|ceo|senior\s+team|exec\s+team)|(?:new|divisional|finance|medical|nursing|deputy|operations|ops|service|general|ward|practice)\s+(?:director|manager|lead|chief\s+\w+)|managers?|management|leadership\s+(?:here|in\s+this\s+\w+|at\s+this\s+\w+)|execs?|senior\s+(?:leadership|management|team)|hr|payroll|pharmacy|estates|switchboard|help\s?desk|medical\s+staffing|occ(?:y|upational)?\s+health|(?:bank|agency)\s+(?:pay|rates?|enhancements)|whoever\s+(?:designed|came\s+up\s+with|decided|runs|signed|thought|approved|bought|planned|ordered|chose|procured|(?:is|was)\s+in\s+charge)|e-?rostering|(?:it|computer|booking|referral|rostering|e-?rs|epr|stock|patient\s+record|bleep|paging|phone)\s+system|(?:doctors?|consultants?|managers?|nurses?|staff)\s+at\s+this\s+(?:hospital|trust|place)|round\s+here|(?:\w+\s+)here\s+(?:is|are|was|were)|public\s+consultation|contracts?|(?:the|our)\s+nhs|(?:the|this|our|their)\s+(?:[a-z*-]+\s+)?(?:investigation|inquiry|disciplinary|complaints\s+process|grievance\s+process)|someone\s+upstairs|(?:the\s+)?(?:people|ones|lot|suits)\s+(?:upstairs|in\s+(?:the\s+)?(?:nice|fancy|plush|posh|big|comfy|cosy|ivory)?\s*(?:offices?|towers?))|the\s+suits|the\s+powers\s+that\s+be)\b|@\w*(?:nhs|trust|hosp|healthcare)\w*/;

// A colleague (not management) as the one judged: "the most useless F2", "useless nurse".
const AT_A_COLLEAGUE =
  /^\s*(?:[a-z-]+\s+)?(?:f1|f2|fy1|fy2|sho|reg|registrar|doctor|nurse|hca|porter|colleague|physio|student|locum|agency\s+nurse|man|woman|bloke|guy|lad|girl|cow|idiot|person|human)s?\b/;

// A colleague's own work as the thing judged: "told mine her obs were shocking"; or a share of a
// team's people ("half the theatre staff are useless after a night out"), not the service.
const A_COLLEAGUES_WORK =
  /\b(?:(?:her|his|their)\s+(?:\w+\s+)?(?:is|are|was|were)|you're|you\s+are|ur|he's|she's|he\s+is|she\s+is|you)\s+(?:\w+\s+)?$|\b(?:half|most|some|a\s+few|several)\s+(?:of\s+)?(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|nurses|doctors|lot|crew|shift|juniors|students|hcas|porters)\s+(?:are|were|get|go)\s+(?:\w+\s+)?$/;

const NEGATIVE = String.raw`(?:joke|shambles|disaster|scandal|disgrace|farce|embarrassment|circus|clown\s*show|mess|nightmare|sham|insult|shitshow|clusterfuck|car\s+crash|dumpster\s+fire|laughing\s*stock|photo\s*-?op(?:portunity)?|(?:pr|publicity)\s+(?:stunt|exercise)|vanity\s+project|box-?ticking\s+exercise)`;

// Derogatory judgements that need a target nearby.
const DEROGATORY: readonly Cue[] = [
  // "a complete joke", "is a shambles", "a total clusterfuck"
  {
    label: "derogatory",
    trigger: trigger(
      "joke shambles disaster scandal disgrace farce embarrassment circus clown clownshow mess nightmare sham insult shitshow clusterfuck crash dumpster laughing laughingstock photo photo-op stunt pr publicity box-ticking ticking vanity",
    ),
    weight: 1,
    regex: new RegExp(
      // Not a joke told or shared ("using 'retard' as a joke", "always a joke for the patients").
      String.raw`\b(?:a|an|absolute|complete|total|utter|such\s+a|bloody|the)\s+(?<!\b(?:as|tell|telling|told|crack|cracking|cracked|make|making|made|share|sharing|shared|having|with|like|just)\s(?:a|an|absolute|complete|total|utter|such\s+a|bloody|the)\s+)(?:[a-z*]+\s+)?${NEGATIVE}\b(?!\s+(?:for|with)\s+(?:the\s+)?(?:patients|kids|children|everyone|residents))|\b(?:is|was|are|were)\s+(?:a\s+)?${NEGATIVE}\b`,
      "g",
    ),
  },
  // Judgements in one word: "clueless", "useless", "appalling", "a piece of junk".
  {
    label: "derogatory",
    trigger: trigger(
      "shambolic clueless clue useless incompetent disgusting outrageous disgraceful shameful pathetic laughable appalling atrocious diabolical woeful dire shocking dreadful insulting embarrassing piece rubbish crap shit shite garbage trash ashamed embarrassed awful terrible horrendous horrific bad",
    ),
    weight: 1,
    regex:
      /\b(?:shambolic|clueless|(?:zero|no)\s+clue|(?<!\b(?:government|ministers?|mps|politicians|tories|labour|parliament|westminster)\s)(?:should|ought\s+to)\s+be\s+(?:\w+\s+)?(?:ashamed|embarrassed)|useless|incompetent|disgusting|outrageous|disgraceful|shameful|pathetic|laughable|appalling|atrocious|diabolical|woeful|dire|shocking|dreadful|insulting|embarrassing|(?:is|are|was|were|been|looks?|sounds?)\s+(?:\w+\s+)?(?:awful|terrible|horrendous|horrific)|(?:is|are|was|were)\s+(?:so|really|that|this)\s+bad\b|a\s+piece\s+of\s+(?:shit|sh\*t|crap|junk|rubbish)|(?:is|are|was|were)\s+(?:\w+\s+)?(?:rubbish|crap|shite?|garbage|trash|hopeless)|(?:absolute|utter|total|complete)\s+(?:rubbish|crap|shite?|garbage|trash))(?![a-z'])/g,
  },
  // Idioms of contempt: "couldn't organise a raffle", "can't be bothered", "never done a shift".
  {
    label: "derogatory",
    trigger: trigger(
      "seen different couldn't could can't don't doesn't not shrug shrugs grow grows growing wasting waste robbery rip-off ripoff rip treat treats never jumped-up jumped pocket paid passed ignore lip tick-box tickbox tick means miracle still funny state want nothing",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:couldn't\s+(?:organise|run|manage|find|plan)\s+(?:an?\s+|their\s+way\s+)?[\w-]+|could\s+lose\s+an\s+argument|can't\s+be\s+bothered|couldn't\s+care\s+less|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:give\s+a\s+\w+|care|listen|value\s+us)\b|just\s+shrugs?|(?:grow|grows|growing)\s+a\s+(?:spine|backbone)|wasting\s+(?:money|thousands|millions|£[\d.,]+\w*|our\s+time|time|resources)|(?:a\s+)?waste\s+of\s+(?:money|time|space|resources|everyone's\s+time|our\s+time|my\s+time)|daylight\s+robbery|rip-?\s?off|treats?\s+(?:us|nurses|staff|their\s+staff|you|people|patients)\s+like|(?:has\s+|have\s+)?never\s+(?:done|worked)\s+a\s+(?:[\w.]+\s+){0,2}(?:day|shift|night)|jumped-?up|back\s+pocket|paid\s+(?:her|him|them)\s+off|passed\s+(?:her|him|them)\s+on|(?:don't|doesn't|do\s+not|does\s+not)\s+want\s+to\s+know|(?:are|is|they're|been)\s+doing\s+(?:absolutely\s+)?nothing\b|(?:they'll|we'll|they|we)\s+(?:just\s+)?ignore\s+(?:it|us|you|them)|lip\s+service|tick-?\s?box|(?:to|can|could|so\s+they|so\s+someone)\s+tick\s+(?:a|the|their|some)\s+box(?:es)?(?!\s+(?:on|in|at|if|for|below|above|to\s+say))|means\s+nothing|(?:is|it's)\s+a\s+miracle\b|still\s+(?:(?:runs?|running|on|using)\s+(?:on\s+)?(?:an?\s+)?(?:windows\s+(?:xp|vista|7|8|95|98|2000)|fax(?:\s+machines)?|pagers|paper)|couldn't|can't\s+get\s+a)|funny\s+how\s+that\s+works|the\s+state\s+of\s+(?:the|our)\b|(?:never|rarely|not\s+once)\s+(?:been\s+)?seen\s+on\s+(?:the\s+)?(?:floor|wards?|shop\s+floor|units?)|(?:are|is)\s+a\s+different\s+story)(?![a-z'])`,
      "g",
    ),
  },
];

// Idioms that the people who run things have never done the work ("whoever signed this off has
// never sat at a nurses' station", "designed by someone who has clearly never met a woman in
// labour") or that a service swallows things up ("where discharge meds go to die"). They need a
// target like the judgements above, but what follows them is not a colleague being insulted.
const NEVER_DONE_THE_JOB: readonly Cue[] = [
  // "the way this trust talks to its nurses is the real problem", "our division is run by a spreadsheet".
  {
    label: "derogatory",
    trigger: G_VERDICT,
    weight: 1,
    regex:
      /\b(?:is|are)\s+the\s+(?:real|actual|whole|root|main|biggest)\s+problem\b|\bonly\s+(?:here|there|in\s+it)\s+(?:to|for)\s+(?:cut|collect|tick|save|make|get|line|the\s+(?:money|bonus|pension|title|cv))\b|\bneeds?\s+(?:their|his|her)\s+heads?\s+(?:testing|examining|checking|looking\s+at)\b|\b(?:has\s+been|is|are|was|were|been)\s+(?:\w+\s+)?(?:rotten|toxic|dysfunctional)\b|\b(?:run|managed|designed)\s+by\s+(?:a\s+)?(?:spreadsheets?|accountants|bean[- ]counters?|clowns)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("never die"),
    weight: 1,
    regex:
      /\b(?:has|have|had)\s+(?:clearly\s+|obviously\s+|evidently\s+)?never\s+(?:once\s+)?(?:met|sat\s+(?:at|on|in)|set\s+foot\s+(?:on|in)|worn|been\s+on|worked\s+(?:on|in|a)|seen\s+a|used\s+(?:it|one|a))\b|\bwhere\s+[\w-]+(?:\s+[\w-]+)?\s+go(?:es)?\s+to\s+die\b/g,
  },
];

// Derogatory judgements that carry their own target (an organisational process or employer).
const SELF_TARGETED: readonly Cue[] = [
  // Mock honours for the employer ("somebody get the board a gold star") and blame passed up to
  // the people in offices ("blame the suits, not the porters"): each names its target.
  {
    label: "derogatory",
    trigger: trigger("medal star knighthood applause blame"),
    weight: 1,
    regex:
      /\b(?:someone|somebody)\s+(?:give|get|award)\s+(?:the\s+trust|our\s+trust|this\s+trust|management|the\s+board|the\s+execs?|hr|estates|the\s+directors?)\s+a\s+(?:medal|gold\s+star|knighthood|round\s+of\s+applause)\b|\bblame\s+(?:the\s+)?(?:management|managers|bosses|execs?|suits|board|trust|people\s+(?:upstairs|in\s+(?:the\s+)?(?:nice|fancy|plush|posh|big|comfy|cosy)?\s*offices?)|ones\s+upstairs)\b/g,
  },
  // A service renamed for what it has become: "This isn't healthcare, it's a waiting list with
  // bars", "this isn't nursing, it's crowd control". Renamed as a risk ("that's not a rota, it's
  // a gamble") it is a safety concern, which raising-concerns reports.
  {
    label: "derogatory",
    trigger: trigger(
      "healthcare care nursing midwifery medicine treatment management leadership support hospital service ward clinic rota plan nhs",
    ),
    weight: 1,
    regex:
      /\b(?:this|that|it)\s*(?:isn't|is\s+not|'s\s+not|ain't)\s+(?:real\s+|proper\s+|safe\s+)?(?:health\s?care|care|nursing|midwifery|medicine|treatment|management|leadership|support|(?:a|an)\s+(?:hospital|health\s+service|service|ward|clinic|rota|plan|nhs))\s*[,;:–—-]\s*(?:it's|it\s+is|that's|this\s+is|just|more\s+like)\b(?!\s+(?:an?\s+)?(?:gambl\w*|russian\s+roulette|surviv\w*|dangerous|unsafe|negligen\w*|(?:an\s+)?accident))/g,
  },
  // A rhetorical question about the employer's decisions: "Why do we keep hiring …?"
  {
    label: "derogatory",
    trigger: trigger("keep keeps"),
    weight: 1,
    regex:
      /\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+)?(?:do|does)\s+(?:we|they|the\s+trust|management|managers|the\s+board|hr|this\s+trust|our\s+trust|this\s+place)\s+(?:still\s+)?keep\s+(?:on\s+)?(?:hiring|recruiting|cutting|closing|moving|sending|employing|promoting|spending|wasting|ignoring|losing|buying|paying|outsourcing)\b/g,
  },
  // How the organisation treats its staff: a blame culture, leaders absent, nobody at the top
  // acting, staff treated as disposable, "the worst department I've ever dealt with".
  {
    label: "derogatory",
    trigger: trigger(
      "bully bullies bullying culture blame hang chaos absent invisible missing nowhere nobody treated treat treats disposable talked spoken worst embarrassing know knew",
    ),
    weight: 1,
    regex:
      /\bblame\s+culture\b|\b(?:manager|matron|director|management|boss|supervisor|sister|ward\s+manager|band\s+7)\s+(?:is|was|are|has\s+been)\s+(?:a\s+)?(?:\w+\s+)?bull(?:y|ies|ying)\b|\bbullying\s+culture\b|\bculture\s+of\s+(?:bullying|fear|blame|silence)\b|\bhang(?:s|ing)?\s+(?:you|us|staff|people|nurses|them)\s+out\s+to\s+dry\b|\bchaos\s+from\s+the\s+top\b|\b(?:leadership|management|managers|execs?|the\s+board|senior\s+leaders?)\s+(?:(?:is|are|were|was|this|so|completely|totally)\s+)*(?:absent|invisible|missing\s+in\s+action|nowhere\s+to\s+be\s+seen)\b|\bnobody\s+(?:upstairs|at\s+the\s+top|in\s+charge|in\s+management|in\s+hr)\s+(?:wants\s+to\s+know|cares|listens|gives\s+a)\b|\btreat(?:s|ed)?\s+(?:us|staff|them|nurses|porters|midwives|hcas)\s+(?:all\s+)?like\s+(?:dirt|rubbish|numbers|children|muck|slaves|robots|crap|shit|cattle|disposable|we're\s+disposable)\b|\blike\s+we(?:'re|\s+are)\s+(?:disposable|nothing|numbers|robots)\b|\btreated\s+like\s+(?:an?\s+)?(?:criminals?|child|children|dirt|rubbish|number|numbers|slaves?|robots?|skivv(?:y|ies)|muck|crap|shit|suspects?)\b|\b(?:talked|spoken)\s+down\s+to\s+by\b|\bworst\s+(?:department|trust|employer|hospital|manager|management|place|organisation)\s+(?:i've|i\s+have|i)\s+(?:ever\s+)?(?:dealt\s+with|worked|seen|known)\b|\bembarrassing\s+place\s+to\s+work\b|\b(?:management|managers|they|the\s+trust|execs?|the\s+board)\s+(?:all\s+)?(?:know|knew)[.,]?\s+(?:and\s+|but\s+|yet\s+)?(?:they\s+|they've\s+)?(?:won't|don't|didn't|do\s+nothing|did\s+nothing|still\s+nothing|done\s+nothing)/gi,
  },
  // Management's answer to a problem, management ignoring it, perks at the top, pay messed up.
  {
    label: "derogatory",
    trigger: trigger(
      "answer response solution reply ignoring got get gets getting had messed screwed cocked mucked",
    ),
    weight: 1,
    regex:
      /\b(?:management's|managers'|their|the\s+trust's|hr's|the\s+board's|execs'|estates'|it's\s+only)\s+(?:only\s+)?(?:answer|response|solution|reply)\s+(?:is|was|has\s+been)\b|\b(?:management|managers|the\s+trust|execs?|the\s+board|hr|estates)\s+(?:are|is|keep|have\s+been)\s+(?:just\s+)?ignoring\s+(?:it|us|this|them|the)\b|\b(?:exec(?:utive)?s?|exec\s+team|the\s+board|directors|senior\s+(?:team|managers|management)|management|managers)\s+(?:just\s+)?(?:got|get|gets|getting|have\s+had|had)\s+(?:a\s+|their\s+)?(?:new\s+|shiny\s+)?(?:ipads?|cars?|carpets?|offices?|lanyards|laptops|pay\s+rises?|bonuses|away[- ]days?|refurb\w*|furniture|chairs)\b|\b(?:payroll|hr|they)\s+(?:have\s+|has\s+)?(?:messed|screwed|cocked|mucked)\s+up\s+my\s+(?:pay|wages|payslip|overtime|leave|contract|pension)\b/g,
  },
  // Money for the wrong things, changes designed against staff, promises broken.
  {
    label: "derogatory",
    trigger: trigger("always designed broken rather instead"),
    weight: 1,
    regex:
      /\balways\s+(?:money|budget|cash|funding)\s+for\b[^.!?\n]{0,60}?\b(?:but|and)\s+(?:never|not|no)\b|\bdesigned\s+to\s+(?:get\s+rid\s+of|push\s+out|force\s+out)\b|\bbroken\s+promises\b|\b(?:management|managers|the\s+trust|the\s+board|they)\s+would\s+(?:much\s+)?rather\s+(?:pay|spend|hire|waste)\b|\binstead\s+we\s+got\s+an?\b/g,
  },
  // Staff replaced on the cheap, told off for a break, a restructure that left half the support,
  // "if the execs had to use…", HR gone silent, "day 47 of waiting for my DBS": each on its own
  // words, so common words ("if", "day") do not run the others.
  {
    label: "derogatory",
    trigger: trigger("cheap"),
    weight: 1,
    regex:
      /\b(?:replac\w*|staff\w*|hir\w*|recruit\w*|employ\w*|run\w*\s+(?:the|our|a)\s+(?:ward|service|unit)|nursing|care)\s+(?:\w+\s+){0,4}?on\s+the\s+cheap\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("told pulled disciplined reprimanded shouted moaned written"),
    weight: 1,
    regex:
      /\b(?:told\s+off|pulled\s+up|disciplined|reprimanded|shouted\s+at|moaned\s+at|written\s+up)\s+for\s+(?:taking|having|going\s+on|asking\s+for)\s+(?:a|my|our)\s+(?:[\w-]+\s+){0,2}(?:break|lunch|leave|sick\s+day|day\s+off|drink)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("restructure reorganisation reorganization cuts system rota model structure"),
    weight: 1,
    regex:
      /\b(?:restructure|reorgani[sz]ation|cuts|new\s+(?:system|rota|model|structure))\s+(?:has|have)\s+left\s+(?:us|our\s+\w+|the\s+\w+|me)\s+(?:with\s+)?(?:half|no|less|fewer|without|a\s+third|short)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("execs exec management managers board directors ceo chief senior"),
    weight: 1,
    regex:
      /\bif\s+(?:the\s+)?(?:execs?|exec\s+team|management|managers|the\s+board|directors|ceo|chief\s+exec\w*|senior\s+(?:team|leaders|managers))\s+(?:ever\s+|actually\s+)?(?:had|were\s+made|were\s+forced)\s+to\s+(?:use|work|do|sit|wait|park|eat|cover|live\s+on|spend|try|deal\s+with|put\s+up\s+with|pay|walk|queue)\b[^.!?\n]{0,100}?\b(?:they'd|it'd|it\s+would|they\s+would|we'd)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("silent quiet awol ghosted"),
    weight: 1,
    regex:
      /\b(?:hr|recruitment|payroll|management|occ(?:upational)?\s+health|medical\s+staffing|my\s+manager)\s+(?:team\s+)?(?:have|has)\s+(?:gone\s+(?:silent|quiet|awol)|ghosted\s+me)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("day"),
    weight: 1,
    regex: /\bday\s+\d+\s+of\s+(?:waiting|chasing)\s+(?:for|on)\s+my\b/g,
  },
  // Money found for the wrong things, and not caring about staff.
  {
    label: "derogatory",
    trigger: trigger("find found afford care cares"),
    weight: 1,
    regex:
      /\b(?:can|could|managed\s+to)\s+(?:find|afford)\s+(?:£\S+|money|the\s+money|millions?|cash|funding|budget)\b[^.!?\n]{0,60}?\bbut\s+(?:not|can't|cannot|won't|no)\b|\b(?:don't|doesn't|do\s+not|does\s+not)\s+(?:really\s+|actually\s+|even\s+)?care\s+(?:about|for)\s+(?:us|staff|the\s+staff|their\s+staff|nurses|the\s+nurses|patients|anyone)\b/g,
  },

  {
    label: "derogatory",
    trigger: trigger(
      "show shameful loyalty unpaid free lovely kind nice generous good thoughtful thanks execs exec management managers board trust",
    ),
    weight: 1,
    regex:
      /\b(?:just|only|purely)\s+for\s+show\b|\bshameful\s+way\s+to\s+treat\b|\bloyalty\s+means\s+(?:absolutely\s+|literally\s+)?nothing\b|\b(?:unpaid|free)\s+(?:extra\s+)?(?:work|overtime|hours)\b|\b(?:lovely|kind|nice|generous|good|thoughtful)\s+of\s+(?:the\s+trust|management|the\s+board|them|hr|our\s+\w+)\s+to\b|\bthis\s+is\s+the\s+thanks\b|\bthanks\s+for\s+nothing\b|\b(?:the\s+)?(?:execs?|management|managers|board|trust)\s+(?:all\s+)?(?:know|knew|knows)\s+(?:it|full\s+well|about\s+it)\b/g,
  },
];

// Warnings to others not to work there, a way to run a hospital called ridiculous, and whoever
// decided being told to try it themselves: each names its own target (the employer, the hospital,
// whoever made the decision).
const WARNINGS_AND_VERDICTS: readonly Cue[] = [
  {
    label: "derogatory",
    trigger: G_VERDICT,
    weight: 1,
    regex:
      /\b(?:would|could|will)(?:n't|\s+not|\s+never)\s+(?:ever\s+)?recommend\s+(?:working|a\s+job|applying|anyone\s+(?:work|apply|join)\w*|this\s+(?:trust|place|hospital|ward|department))\b|\b(?:anyone|anybody|if\s+you(?:'re|\s+are))\s+(?:an?\s+(?:[\w-]+\s+){1,3}?)?(?:(?:else\s+)?(?:thinking\s+(?:of|about)|considering|planning\s+on))\s+(?:applying|working|joining|a\s+job|taking\s+a\s+job|qualifying|starting|coming|moving)\b[^.!?\n]{0,60}?[,:;.!—–-]\s*(?:just\s+|honestly\s+|seriously\s+|please\s+)?(?:don't|do\s+not|dont|run|think\s+again|avoid|reconsider|look\s+elsewhere|go\s+elsewhere|stay\s+away|steer\s+clear|don't\s+bother)\b|\b(?:never|don't\s+ever|do\s+not\s+ever)\s+(?:work|apply\s+to\s+work)\s+(?:here|for\s+(?:this|the|our)\s+(?:trust|place|hospital|service))\b|\bavoid\s+(?:working\s+(?:here|for|at)|this\s+(?:trust|place|hospital))\b/g,
  },
  {
    label: "derogatory",
    trigger: G_VERDICT,
    weight: 1,
    regex:
      /\b(?:ridiculous|stupid|shocking|terrible|awful|crazy|mad|insane|shambolic|appalling|disgraceful|disgusting|shameful|dangerous|daft|hell\s+of\s+a)\s+way\s+to\s+(?:run|manage|treat)\s+(?:a|an|the|your|its|our)\s+(?:public\s+)?(?:hospital|ward|trust|service|department|unit|nhs|health\s+service|team|staff|workforce|people)\b/g,
  },
  {
    label: "derogatory",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\bwhoever\s+(?:[\w'-]+\s+){1,4}?(?:should|needs\s+to|ought\s+to)\s+(?:be\s+made\s+to|be\s+forced\s+to|have\s+to|try|come\s+and)\s+(?:use|work|do|try|spend|sit|live|cover|park|eat|run)\b/g,
  },
];

// "How are we meant to plan our lives?": exasperation about the rota, pay or leave (those words in the post).
const HOW_ARE_WE_MEANT_TO: Cue = {
  label: "grievance",
  trigger: G_VERDICT,
  weight: 1,
  regex:
    /\bhow\s+(?:are|is|am)\s+(?:we|i|staff|anyone|nurses|people)\s+(?:meant|supposed|expected)\s+to\s+(?:plan|pay|afford|live|have\s+a\s+life|book|arrange|sort|get\s+(?:childcare|home|to\s+work|a\s+break)|park|eat|survive)\b/g,
};
const ROTA_PAY_OR_LEAVE =
  /\b(?:rotas?|roster\w*|shifts?|nights|pay|payslips?|wages?|salary|annual\s+leave|leave|parking|canteen|overtime|band\s+\d)\b/;

// Work complaints in shapes that need the post to be about the workplace (its management, pay,
// rota, facilities or systems: WORKPLACE or TARGET below): a decision "made months ago" before a
// consultation, favouritism, the manager rostering themselves first, the third restructure in four
// years, "we're not all on consultant money", and a canteen's price for a soggy potato.
const IN_A_WORKPLACE: readonly Cue[] = [
  // A ward dressed up for a visit from the top: "the unit got spruced up and staffed up for the
  // chief exec's walkround", "the ward they toured for the cameras had been deep-cleaned".
  {
    label: "derogatory",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:deep[- ]cleaned|double[- ]staffed|staffed\s+up|spruced\s+up)\b[^.!?\n]{0,60}?\b(?:for\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:visit|photos?|photo\s*-?op|cameras|walk-?round|tour)|(?:when|while|because|before)\s+(?:the\s+)?(?:execs?|board|ceo|chief\s+exec|minister|cqc|inspectors?)\b)|\b(?:visit(?:ed)?|toured|photos?|photo\s*-?op|cameras|walk-?round)\b[^.!?\n]{0,40}?\b(?:had\s+to\s+be|had\s+been|was|were|got)\s+(?:\w+\s+)?(?:deep[- ]cleaned|double[- ]staffed|staffed\s+up|spruced\s+up)\b/g,
  },
  // "Who on earth plans a car park with 300 spaces for 4,000 staff" (an intensifier: not a
  // question about who designed something).
  {
    label: "derogatory",
    trigger: trigger("who"),
    weight: 1,
    regex:
      /\bwho\s+(?:the\s+(?:fuck|f\*+k|f\*+|hell|heck)|on\s+earth|in\s+their\s+right\s+mind)\s+(?:designs?|designed|decides?|decided|thought|plans?|planned|approves?|approved|signs?\s+off|signed\s+off|builds?|built|buys?|bought|orders?|ordered|rotas?|rostered)\b/g,
  },
  // "this trust has squeezed every last drop of that out of me", "only flexible one way", "do the maths".
  {
    label: "derogatory",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:squeezed|sucked|drained|beaten|knocked|ground|crushed)\s+(?:every\s+(?:last\s+)?(?:drop|bit|ounce)|the\s+(?:life|joy|love|passion)|all\s+the\s+(?:joy|love|passion|life))\b[^.!?\n]{0,30}?\bout\s+of\s+(?:me|us|them|staff|(?:a|the|my|our)\s+(?:job|work|career|profession|nursing))\b|\bonly\s+(?:flexible|works|goes|fair)\s+one\s+way\b/g,
  },
  // Morale at rock bottom; more managers than porters; money spent on a water feature or a logo;
  // half the ward gone in a year.
  {
    label: "grievance",
    trigger: G_MONEY,
    weight: 1,
    regex:
      /\bmore\s+(?:[\w-]+\s+){0,2}?(?:managers|comms|communications\s+(?:staff|officers|people|team)|execs|directors|admin|consultants|pen\s+pushers|suits|people\s+in\s+offices)\s+than\s+(?:[\w-]+\s+)?(?:porters|nurses|hcas|doctors|midwives|cleaners|beds|clinicians)\b|\b(?:spent|spend|spends|spending|wasted|wasting|blew|blown|splashed|found)\s+(?:(?:money|£[\d.,]+\w*|thousands|millions|a\s+(?:small\s+)?fortune|\d+k|[\d.,]+\s+(?:grand|k|quid))\s+)?on\s+(?:a\s+|an\s+|the\s+)?(?:new\s+|shiny\s+|fancy\s+)?(?:water\s+features?|logo|rebrand|art(?:work)?|sculptures?|consultants?|consultancy|away\s+days?|lanyards|signage|branding|banners?|ipads)\b|\b(?:half|most|a\s+third|two\s+thirds)\s+(?:of\s+)?(?:the|our|my)\s+(?:ward|team|unit|department|dept|staff|nurses|doctors)\s+(?:has\s+|have\s+)?(?:left|quit|resigned|walked(?:\s+out)?)\s+(?:in|within|over)\s+(?:a|the\s+last|\d+|one|two|six|twelve|eighteen)\s+(?:year|years|months)\b/g,
  },
  // "How are we meant to plan our lives?", "the rota is still not out", "still no login".
  {
    label: "grievance",
    trigger: G_STILL,
    weight: 1,
    regex:
      /\b(?:rotas?|roster|payslips?|contract|pay\s+rise|back\s*pay|uplift)\s+(?:for\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:is\s+|are\s+|has\s+|have\s+)?still\s+(?:not|no\w*)\s+(?:been\s+)?(?:out|published|done|sorted|here|through|paid|signed|issued|arrived)\b/g,
  },
  // Others get the pick, "we get what's left"; "loyalty pays, apparently"; staff "still" doing
  // without while the employer spends; "living on crisps"; nobody asks the nurses; fewer on the
  // floor, more in offices; a service that shuts when the hospital does not.
  {
    label: "grievance",
    trigger: G_STILL,
    weight: 1,
    regex:
      /(?<=\b(?:and|while|but)\s+(?:we|us|the\s+rest\s+of\s+us|staff|permanent\s+staff|bank\s+staff|nurses)\s+)(?:get|got|are\s+left\s+with)\s+(?:what's\s+left|the\s+scraps|the\s+leftovers|nothing|zilch|sod\s+all)\b|\bloyalty\s+(?:pays|counts\s+for\s+nothing|gets\s+you\s+nowhere)\b|(?<=\b(?:staff|we're|we\s+are|nurses|porters|the\s+rest\s+of\s+us)\s+(?:are\s+)?)still\s+(?:parking|paying|sitting\s+on|eating|buying|bringing|sharing|changing|begging)\b|(?<=\b(?:staff|we're|we\s+are|nights?|night\s+staff|nurses)\s+(?:are\s+)?)living\s+on\s+(?:crisps|toast|biscuits|vending|coffee|chocolate|air|fumes|haribo)\b|\bnobody\s+(?:[\w-]+\s+){0,3}?(?:has\s+|have\s+|ever\s+|actually\s+)?(?:asked|asks|consulted|listens\s+to|listened\s+to)\s+(?:a\s+|the\s+|us\s+|any\s+)?(?:nurses?|staff|porters?|hcas?|midwi(?:fe|ves)|doctors?|frontline|front\s+line|us)\b|\b(?:fewer|less)\s+(?:[\w-]+\s+){0,3}?(?:on\s+the\s+(?:floor|wards?|front\s*line)|nurses|staff|porters|clinicians)\b[^.!?\n]{0,40}?\bmore\s+(?:[\w-]+\s+){0,2}?(?:managers|offices?|meetings|admin|suits|consultants|paperwork|pen\s+pushers)\b|\b(?:closes?|shuts?)\s+at\s+\d{1,2}(?::\d\d)?\s*(?:pm|am)?\b[^!?\n]{0,80}?\b(?:does\s+not|doesn't|don't|do\s+not|never)\s+(?:close|shut)\b/g,
  },
  {
    label: "derogatory",
    trigger: G_MONEY,
    weight: 1,
    regex:
      /\b(?:decision|decisions|outcome)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:already\s+)?(?:made|taken|decided)\s+(?:months|weeks|ages|years|long|way)\s+(?:ago|before)\b|\b(?:had|has|have|'d)\s+already\s+(?:been\s+)?decided\b|\b(?:already|all)\s+been\s+decided\b/g,
  },
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\bfavou?ritism\b|\b(?:jobs?|posts?|promotions?|roles?|shifts|overtime|secondments?|courses?|study\s+days?)\s+(?:always\s+|just\s+|only\s+)?(?:are|is|get|gets|go|goes|went)\s+(?:just\s+|always\s+|only\s+)?(?:handed\s+|given\s+)?(?:out\s+)?to\s+(?:whoever|their\s+(?:mates|friends|favourites|pals)|mates|friends|favourites|the\s+favourites|(?:the\s+)?(?:manager|matron|sister)'s\s+(?:mates|friends|favourites|pals))\b/g,
  },
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex: /\b(?:herself|himself|themselves)\b[^.!?\n]{0,80}?\bthe\s+rest\s+of\s+us\b/g,
  },
  {
    label: "derogatory",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:restructures?|reorgani[sz]ations?|re-?orgs?|rebrands?)\b[^!?\n]{0,40}?\b(?:third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|months)\b|\b(?:third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:restructure|reorgani[sz]ation|re-?org|rebrand)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|months)\b/g,
  },
  {
    label: "grievance",
    trigger: G_MONEY,
    weight: 1,
    regex:
      /\b(?:not|aren't|we're\s+not|we\s+are\s+not)\s+all\s+on\s+(?:consultants?|directors?|execs?|ceos?|managers?|footballers?|mps?|chief\s+exec)'?s?'?\s+(?:money|pay|salar(?:y|ies)|wages)\b|£\s?\d+(?:\.\d\d)?\s+for\s+(?:a|an|one|some)\s+(?:soggy|cold|stale|tiny|lukewarm|microwaved|limp|burnt|manky|sad|dry)\b/g,
  },
];

// Irony about how staff are treated: mock gratitude and weary asides ("Really feeling the
// appreciation", "Love that for us", "Great planning as ever", "Says it all", "Nothing changes").
// They read as grievance only in a post about work (WORK_TOPIC anywhere in it).
const IRONY: readonly Cue[] = [
  {
    label: "derogatory",
    trigger: trigger(
      "lessons leadership compassionate compassion kindness civility agile recruitment escalated logged prioritised prioritized progress together friendly valuing feeling love planning innovative who point worse pr wellbeing recognition reward investment hub scheme initiative culture values award-winning excellence engagement retention resilience outstanding consultation restructure bonus appreciation exciting independent lessons classy spin rigged ironic cheek make boys course holding mug surprise kid saying heid powers upstairs higher-ups higher brass suits genius try says upgrade improvement improvements new transformation efficiency efficiencies modernisation support listening optimisation optimization streamlining family-friendly valued booking arranging read make nothing priorities much looking cool world-class class tell treasure pattern film thought badge pen mug lanyard pizza making funny dream wrong usual ever reviewing consulting marvellous inspired place action again",
    ),
    weight: 1,
    regex:
      /\b(?:really\s+)?feeling\s+(?:the\s+(?:appreciation|love)|(?:very\s+|so\s+|really\s+|truly\s+)?(?:appreciated|valued|supported|cared\s+for))\b|\blove\s+that\s+for\s+(?:us|me)\b|\b(?:great|brilliant|excellent|fantastic|superb|top)\s+planning\b|\bvery\s+innovative\b|\bgenius\s+(?:procurement|planning|idea|move|decision)\b|\bnice\s+try[.!]|\bsays\s+it\s+all\b|\bread\s+the\s+room\b|\bmake\s+it\s+make\s+sense\b|(?:^|[.!?]\s+)nothing\s+(?:ever\s+)?changes\b|(?<!\bthank\s+you\s|\bthanks\s)\bso\s+much\s+for\s+(?:being\s+)?(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:employer|trust|promises?|support|wellbeing|valuing\s+\w+|retention|listening|culture|values)\b|\breally\s+looking\s+after\s+us\b|\bcool,?\s+cool\b|\btruly\s+world[- ]class\b|\btell\s+me\s+again\s+(?:how|about|that|why)\b|\b(?:great|lovely|fab|brilliant|fantastic|healthy|supportive|caring|positive)\s+culture[.!]|(?:^|[.!?]\s+)(?:genius|marvellous|inspired)[.!]|\b(?:trust|nhs|our|company|corporate)\s+values\s+in\s+action\b|\bstill\s+(?:reviewing|consulting)[.!]|(?:^|[.!?]\s+)this\s+place[.!]|\bi'll\s+treasure\s+it\b|\bspot\s+the\s+pattern\b|\bseen\s+this\s+film\s+before\b|\bjust\s+a\s+thought(?:[.!]|\s+from\b)|(?:^|[.!?]\s+)an?\s+(?:[\w-]+\s+)?(?:badge|pen|pin|mug|lanyard|pizza|biscuit|cupcake)[.!]|\bi\s+wish\s+i\s+was\s+making\s+this\s+up\b|\bfunny\s+that[.!]|\bliving\s+the\s+dream\b|\bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b|["“'‘](?:upgrade|improvements?|new|transformation|efficienc(?:y|ies)|modernisation|support|listening\s+event|optimi[sz]ation|streamlining|family[- ]friendly|valued)["”'’]|["“'‘](?:[\w-]+\s+){0,3}(?:wellbeing|recognition|reward|investment|hub|scheme|initiative|culture|values|award[- ]winning|excellence|engagement|retention|resilience|outstanding|world[- ]class|consultation|restructure|bonus|appreciation|exciting\s+opportunity|independent|lessons\s+learned|lessons\s+(?:will\s+be|have\s+been|are\s+being)\s+learn(?:ed|t)|wellness|leadership|compassionate|compassion|kindness|civility|agile|recruitment\s+drive|escalated|logged|prioriti[sz]ed|in\s+progress|all\s+in\s+this\s+together|friendly\s+team|valuing\s+our\s+people)(?:\s+[\w-]+){0,2}["”'’]|\bwho\s+(?:on\s+earth\s+)?(?:(?:designs?|designed|thought\s+(?:of|up)|came\s+up\s+with|signed\s+off)\s+(?:this|these|that)|(?:builds?|writes?|(?:draws?|makes?)\s+up)\s+these\s+(?:rotas|rules|policies|forms|systems|shift\s+patterns))\b(?![^\n]*\b(?:amazing|brilliant|gorgeous|beautiful|lovely|love\s+it|clever|thank))|\bwhat\s+is\s+the\s+point\s+of\s+(?:the|our|this)\s+\w+|\bmakes?\s+things\s+worse\b|\bnice\s+pr\b|\btry\s+(?:booking|arranging|planning|getting|sorting)\s+[\w\s]{1,20}?\s+around\s+that\b|(?:^|[.!?]\s+)(?:classy|spin|rigged|ironic|the\s+cheek(?:\s+of\s+it)?)[.!]|\bclassy\s+(?:leadership|management|move|stuff)\b|\byou\s+(?:couldn't|could\s+not|can't)\s+make\s+(?:it|this|that)\s+up\b|\bthat's\s+how\s+(?:it\s+works|things\s+work|we\s+do\s+[\w\s]{1,20}?)\s+(?:here|round\s+here|in\s+this\s+place)\b|\bjobs\s+for\s+the\s+boys\b|\bof\s+course\s+they\s+(?:have|did|do|are|will)[.!]|\bnot\s+holding\s+my\s+breath\b|\bfeel(?:ing)?\s+like\s+a\s+mug\b|\bsurprise,?\s+surprise\b|\bwho\s+are\s+they\s+trying\s+to\s+kid\b|\bthat's\s+all\s+i'm\s+saying\b(?!\s+(?:on|about)\s+(?:the|this|that)\s+(?:matter|subject)\b)|\bmake\s+of\s+that\s+what\s+you\s+will\b|\b(?:the\s+)?(?:heid\s+yins|powers\s+that\s+be|people\s+upstairs|higher[- ]ups|top\s+brass|suits\s+upstairs)\b/gm,
  },
  // More irony and weary asides, each with its own words: "the Trust's idea of retention", "and
  // it shows", "they wonder why staff leave", "the answer from above is…", "expected to sleep
  // there", "shame they didn't…", "eighteen months asking for… Still waiting".
  {
    label: "derogatory",
    trigger: trigger(
      "notice idea shows wonder wonders answer response solution expected shame asking begging chasing fighting word news decision update outcome",
    ),
    weight: 1,
    regex:
      /\b(?:the\s+trust's|trust's|management's|managers'|hr's|the\s+board's|execs'|exec's|estates'|our\s+(?:employer's|trust's|manager's))\s+idea\s+of\b|\band\s+it\s+shows\b|\bwith\s+(?:only\s+|just\s+)?(?:a|one|two|no|zero|24\s+hours'?|48\s+hours'?)\s+(?:week's|weeks'|day's|days'|hours'|minutes')?\s*notice\b|\b(?:they|management|managers|the\s+trust|execs?|hr|it|estates|and|then)\s+(?:still\s+)?wonders?\s+why\s+(?:we|staff|nurses|people|nobody|no\s+one|no-one|morale|retention|recruitment|sickness|discharges|everyone|the\s+(?:staff|nurses|wards?|discharges))\b|\b(?:the\s+)?(?:only\s+)?(?:answer|response|solution)\s+from\s+(?:above|the\s+top|upstairs|management|the\s+trust|hr|the\s+board|on\s+high)\b|\b(?:staff|we|doctors|nurses|porters|midwives|juniors|residents)\s+(?:are|is|were)\s+(?:still\s+)?expected\s+to\s+(?:sleep|eat|change|rest|work|get\s+changed|take\s+(?:our|their)\s+breaks?)\s+(?:there|in\s+(?:there|that|it|a|the))\b|\bstill\s+no\s+(?:word|news|answer|response|reply|decision|update|outcome)\s+(?:on|about|from|re)\s+(?:my|our)\b|\bshame\s+(?:they|he|she|management|the\s+execs?|the\s+board|nobody|no\s+one)\s+(?:didn't|couldn't|wouldn't|never|can't|won't)\b|\b(?:\d+|two|three|four|five|six|eight|ten|twelve|eighteen)\s+(?:years?|months?|weeks?)\s+(?:of\s+)?(?:asking|begging|chasing|fighting)\s+(?:[\w-]+\s+){0,3}?(?:for|about)\b[^.!?\n]{0,120}?[.!?]\s*(?:[^.!?\n]{0,80}[.!?]\s*)?still\s+(?:waiting|nothing|no\b)/gm,
  },
];
// Slogans and excuses in scare quotes ("the 'we value our staff' banner", "'no budget' for
// adjustments"), corporate words taken apart ("not a development opportunity, it's plugging gaps",
// "stop dressing it up") and the employer that "really said" something: irony about how work is run.
// Slogans and excuses in scare quotes: run only when the post opens a quote ("'no budget'",
// "the 'we value our staff' banner"), which is cheaper to see than any of their words.
const OPENING_QUOTE = /(?<=^|[\s(])["“'‘][a-z]/;
const SCARE_QUOTED: readonly Cue[] = [
  {
    label: "derogatory",
    trigger: undefined,
    weight: 1,
    regex:
      /["“'‘](?:we\s+)?(?:value|valuing|care\s+about|listen\s+to|support|invest\s+in)\s+(?:our|you|staff|all|every)\b[^"”'’\n]{0,30}["”'’]|["“'‘](?:no|not\s+a|not\s+an?\s+\w+)\s+(?:budget|capacity|funding|money|priority|resources?)(?:\s+[\w-]+){0,4}["”'’]|["“'‘](?:new\s+)?(?:shift\s+pattern|streamlined|streamlining|fair|fairer|fairness|hot\s+desk(?:ing)?|agile|efficient|robust|sustainable|redesign|realignment|right-?sizing|rationali[sz]\w*|vacancy\s+control|cost\s+improvement|business\s+case|going\s+forward|not\s+approved|expired|efficienc(?:y|ies)\s+savings?|savings?|cost\s+savings?|looking\s+into(?:\s+it)?|on\s+it|escalate|priorit\w+|supportive|feedback)["”'’]|(?<!\b(?:stop|stopped|quit|we're|i'm|we|i|you|kids|people|patients)\s)\b(?:calling|called)\s+(?:it|this|that)\s+["“'‘]|(?<=(?:^|[.!?]\s+|\b(?:been|was|were|got|get|being|am|are|i'm|we're|and|hr|management|managers?|payroll|estates|matron|they|then)\s+))told\s+(?:me\s+|us\s+)?(?:that\s+)?(?:there's|there\s+is|it's|it\s+is|it\s+was|(?:my|our|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|was|has|had|were|are)(?:\s+been)?)\s+["“'‘]|["“'‘](?:our\s+)?(?:amazing|incredible|wonderful|valued|greatest|fantastic|brilliant)\s+(?:people|staff|teams?|colleagues|workforce|asset)["”'’]|["“'‘](?:one\s+team|one\s+family|we\s+hear\s+you|you\s+said,?\s+we\s+did|(?:can't|cannot|couldn't)\s+find\s+(?:it|them)|just\s+how\s+it\s+is(?:\s+here)?|being\s+looked\s+at|under\s+review|in\s+the\s+pipeline|sets?\s+a\s+precedent|operational\s+reasons|business\s+needs?|service\s+needs|temporary|refurbishment|pilot|interim|(?:being\s+)?(?:not\s+)?a\s+team\s+player|team\s+player|goodwill|in\s+the\s+(?:queue|system|pipeline)|due\s+to\s+[\w-]+(?:\s+[\w-]+)?|approved|agreed|resolved|within\s+(?:acceptable\s+)?(?:standards|limits|guidelines)|fit\s+for\s+(?:light\s+)?(?:duties|work)|with\s+(?:payroll|hr|finance)|being\s+processed|sickness\s+(?:pattern|record|levels?)|attendance(?:\s+\w+)?|capability|trigger\s+points?|reflective\s+(?:conversation|practice)|learning\s+opportunity|find\s+(?:efficienc(?:y|ies)|savings)|car[- ]share|flagged|non-?compliant|keep\s+it\s+professional|just\s+get\s+on\s+with\s+it|manage\s+expectations|stay\s+positive|self-?care|going\s+the\s+extra\s+mile|(?:be\s+more\s+)?resilient)["”'’]/g,
  },
];

const QUOTED_AND_REFRAMED: readonly Cue[] = [
  {
    label: "derogatory",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\bstop\s+dressing\s+it\s+up\b|\bdress\s+it\s+up\s+(?:however|all\s+you|any\s+way|how(?:ever)?\s+you)\b|\b(?:isn't|is\s+not|it's\s+not|that's\s+not)\s+(?:an?\s+)?['‘"“]?(?:development\s+opportunity|opportunity|flexibility|flexible\s+working|transformation|efficienc(?:y|ies)|investment|support|wellbeing|teamwork|resilience|agile\s+working)['’"”]?,?\s+(?:it's|it\s+is|that's|its)\b/g,
  },
  {
    label: "derogatory",
    trigger: G_QUOTED,
    weight: 1,
    regex:
      /,\s+they\s+said\b|\bbet\s+(?:the\s+)?(?:execs?|board|ceo|chief\s+exec|directors?|management|managers)\s+(?:won't|don't|aren't|never|didn't|haven't|wouldn't)\b|\bhow\s+(?:this|the|our|my)\s+(?:trust|hospital|place|management)\s+(?:really\s+)?treats\s+(?:its|their|our)?\s*(?:staff|nurses|porters|people|us|employees|hcas|midwives|doctors|workers|cleaners|domestics|admin|receptionists|paramedics|crews)\b|\b(?:joined-up\s+thinking|peak\s+nhs)[.!]|\bwho\s+decided\s+(?:that|to|it\s+was|on|these|this|we|the|our)\b[^?\n]{0,120}\?|\breally\s+looking\s+(?:out\s+for|after)\s+(?:us|me|my|our)\b|\b(?:shout-?\s?out|thanks|cheers|big\s+thanks)\s+to\s+whoever\s+decided\s+to\s+(?:move|cut|close|scrap|cancel|remove|take\s+away|stop|change|get\s+rid\s+of)\b|\b(?:shout-?\s?out|thanks|cheers|big\s+thanks)\s+to\s+(?:the\s+|our\s+|my\s+)?(?:rota\s+\w+|rota|payroll|hr|management|estates|it|trust|board|execs?|managers?)\s+for\s+(?:cancelling|moving|losing|cutting|charging|ignoring|scrapping|closing|docking|refusing|rejecting|forgetting|rostering\s+me|putting\s+me)\b/g,
  },
  {
    label: "derogatory",
    trigger: G_QUOTED,
    weight: 1,
    regex:
      /(?<=\b(?:(?:the|my|our|this)\s+trust|management|hr|payroll|the\s+board|the\s+execs?|estates|my\s+manager)\s+)really\s+(?:said\b|(?:thought|decided|went|sent\s+(?:out|round|us))\s*[:,–—-]?\s*["“'‘])/g,
  },
];
const TITLE_CASE_QUOTE = /^["“'‘](?:[A-Z0-9][\w&-]*\s*)+["”'’]$/;
// A post celebrating or thanking ("Delighted our ward got an 'outstanding' rating!") quotes words
// for emphasis, not irony.
const CELEBRATORY =
  /\b(?:congrat\w*|well\s+done|so\s+proud|proud\s+of|proud\s+to|delighted|thrilled|chuffed|over\s+the\s+moon|huge\s+thanks|massive\s+thanks|thank\s+you\s+(?:so\s+much|to|all|everyone)|amazing\s+(?:work|team|job|effort))\b/;
// What such irony must be about: the author's work and how it is run.
const WORK_TOPIC =
  /\b(?:trust|management|managers?|execs?|exec\s+team|senior\s+team|board|hr|payroll|rotas?|rostering|e-?rostering|shifts?|annual\s+leave|leave|pay|payslip|wages|band\s+\d|regrading|parking|permit|car\s+park|canteen|staff\s+room|mess|appraisal|training|study\s+days?|e-?learning|overtime|bank\s+shifts?|agency|vacanc(?:y|ies)|staffing|budget|procurement|estates|system|software|uniforms?|mileage|audits?|paperwork|e-?learning|occupational\s+health|occ?y?\s+health|staff\s+survey|ceo|chief\s+exec\w*|directors?|directorate|department|consultation|reorgani[sz]ation|restructure|thank-?you|pandemic|nights?\s+shift|night\s+staff|twelve[- ]hour|\d+[- ]hour\s+shift|break|wellbeing|resilience|workload|caseload|enhancements?|hospital|teams?|wards?|units?|services?|employer|finances|outpatients|equipment|staff|colleagues|nurses|porters|hcas|doctors|midwives|pharmacy|discharges?|theatres?|labs?|on-call|sickness|wellness|speak\s+up|guardian|ftsu|complaints?|job\s+advert|advert|patients?|passwords?|log-?ins?|smartcards?|tickets?)\b/;

const LEAVE = String.raw`(?:annual\s+leave|leave|holidays?|flexible\s+working(?:\s+request)?|request|application|study\s+(?:leave|days?)|parking\s+permit|permit|(?:mileage\s+|expenses\s+|overtime\s+)?claims?|course|references?|training|promotion|pay\s+rise|regrading|breaks?|days?\s+off|shift\s+swap|time\s+off|secondment|transfer)`;
const PAY = String.raw`(?:pay|wages?|payslip|salary|enhance?ments|overtime|back\s*pay|mileage|expenses|bank\s+shifts?|arrears)`;

// The author's own grievance about work.
const GRIEVANCE_CUES: readonly Cue[] = [
  // A request of one's own refused, the request first: "Parking permit refused again",
  // "Leave requests for August were all rejected".
  {
    label: "grievance",
    trigger: trigger("refused rejected cancelled denied declined turned knocked"),
    weight: 1,
    regex:
      /\b(?:my|our|leave|parking|flexible\s+working|study|mileage|expenses|overtime|bank\s+shift)\s+(?:[\w-]+\s+){0,2}(?:requests?|permit|claims?|applications?|leave|days?|shifts?)\s+(?:for\s+\w+\s+)?(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|got\s+|keeps?\s+getting\s+)?(?:all\s+)?(?:refused|rejected|cancelled|denied|declined|turned\s+down|knocked\s+back)\b|\b(?:the\s+trust|management|hr|payroll|the\s+board|the\s+execs?|(?:my|our)\s+(?:\w+\s+)?manager)\s+(?:has\s+|have\s+|had\s+)?(?:again\s+|once\s+again\s+|still\s+|flatly\s+)?(?:refused|rejected|turned\s+down|declined|denied)\s+(?:to\s+(?:pay|recognise|recognize|honour|honor|accept|approve|fund|backdate|consider|meet)\s+)?(?:our|my|us|me)\b/g,
  },
  // Work reaching into the author's time off: "the ward phoned me on annual leave to see if I'd
  // do a long day", "matron texted me on my rest day asking me to come in".
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:manager|matron|charge\s+nurse|boss|work|the\s+ward|ward|rota\s+(?:team|coordinator)|bank\s+office|staffing\s+office|hr|nic|nurse\s+in\s+charge)\s+(?:\w+\s+)?(?:rang|phoned|texted)\s+me\s+(?:\w+\s+){0,2}?(?:on|during|in\s+the\s+middle\s+of)\s+(?:my\s+)?(?:days?\s+off|annual\s+leave|leave|holiday|honeymoon|rest\s+days?|sick\s+leave|maternity\s+leave|zero\s+days?)\b/g,
  },
  // "Jobs for the boys" about posts at work ("every band 6 post went to her gym mates. Jobs for
  // the girls"), not about politics: a work word nearby ("jobs" alone is one, so it is not asked).
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:interviews?|posts?|promotions?|roles?|band\s+\d|secondments?|matron|manager|ward|trust|department|unit|rota)\b[\s\S]{0,160}?\bjobs?\s+for\s+the\s+(?:boys|girls|lads|old\s+boys)\b|\bjobs?\s+for\s+the\s+(?:boys|girls|lads|old\s+boys)\b(?=[\s\S]{0,160}?\b(?:interviews?|posts?|promotions?|roles?|band\s+\d|secondments?|matron|manager|ward|trust|department|unit|rota)\b)/g,
  },
  // Left waiting on the employer: "six weeks waiting for occupational health to ring me back".
  {
    label: "grievance",
    trigger: trigger("waiting chasing"),
    weight: 1,
    regex:
      /\b(?:weeks?|months?)\s+(?:of\s+)?(?:waiting|chasing)\s+(?:for|on)\s+(?:occupational\s+health|occ\s+health|hr|payroll|my\s+manager|management|estates|medical\s+staffing)\b|\bstill\s+(?:waiting|chasing)\s+(?:for|on)\s+(?:occupational\s+health|occ\s+health|hr|payroll|my\s+manager|management)\b/g,
  },
  // Pay and grading: higher-band work on a lower band, no progression, paying to work.
  {
    label: "grievance",
    trigger: trigger(
      "band pay paying more rate mileage double twice pocket pockets allowance subsidising subsidizing subsidise subsidize",
    ),
    weight: 1,
    regex:
      /\bdoing\s+band\s+\d\s+(?:work|jobs?|roles?)\b|\bno\s+pay\s+(?:progression|rise)\b|\bpaying\s+to\s+(?:go\s+to\s+)?work\b|\b(?:on|paid|earning|earns|gets)\s+more\s+than\s+me\b|\b(?:rate|pay|mileage|allowance)\s+(?:hasn't|has\s+not|haven't|have\s+not|not|never)\s+(?:been\s+)?(?:changed|gone\s+up|risen|moved|increased|updated)\s+(?:since\b|in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|years)\b)|\b(?:paid|earn|earns|earning|get|gets|getting|on)\s+(?:double|twice|triple|three\s+times|more\s+than)\s+(?:what\s+(?:i|we)\b|me\b|us\b)|\bsubsidi[sz]\w*\s+(?:the\s+)?(?:nhs|trust|service|ward|hospital|employer)\b|\bout\s+of\s+our\s+own\s+pockets?\b/g,
  },
  // A demand to management in public: "Can someone in HR please explain why…", "Did the new CEO really…".
  {
    label: "grievance",
    trigger: trigger("explain did"),
    weight: 1,
    regex:
      /\b(?:can|could|will|would)\s+(?:someone\s+(?:in|from|at)\s+)?(?:the\s+trust|hr|payroll|management|the\s+board|estates|the\s+execs?|our\s+\w+|medical\s+staffing|occ(?:upational)?\s+health)\s+(?:please\s+)?explain\s+(?:why|how)\b|\bdid\s+(?:the|our)\s+(?:new\s+)?(?:ceo|chief\s+exec\w*|director|board|management|execs?|trust)\s+(?:really|seriously|actually)\b/g,
  },
  // The author's own work judged unfairly: "signed my training off as 'unsatisfactory'".
  {
    label: "grievance",
    trigger: trigger("signed marked graded rated scored failed gave give given"),
    weight: 1,
    regex:
      /\b(?:signed|marked|graded|rated|scored|failed)\s+(?:my|me)\s+(?:[\w-]+\s+){0,2}(?:off\s+)?(?:as\s+)?['‘"]?(?:unsatisfactory|below\s+expectations|requires\s+improvement|not\s+competent|not\s+yet\s+competent|a\s+fail|outcome\s+[2-5])\b|\b(?:gave|give|given)\s+me\s+an?\s+(?:bad|poor|unsatisfactory|negative|outcome\s+[2-5])\s+(?:appraisal|arcp|review|reference|report|feedback)\b/g,
  },
  // Used below one's training: "I didn't spend three years at uni to be…", "not a free HCA".
  {
    label: "grievance",
    trigger: trigger("didn't free"),
    weight: 1,
    regex:
      /\bi\s+didn't\s+(?:train|study|spend|do|go\s+to\s+uni|qualify)\b[^.!?\n]{0,50}?\bto\s+(?:be|end\s+up|get)\b|\bnot\s+(?<!\b(?:students?|student\s+\w+s|trainees|apprentices|volunteers|they|placements?)\s+(?:are|is)\s+not\s+)(?:a\s+)?free\s+(?:labour|hca|staff|pair\s+of\s+hands|worker|cover)\b/g,
  },
  // Paperwork lost and pay not made: "HR lost my paperwork again", "not been paid properly".
  {
    label: "grievance",
    trigger: trigger("lost paid"),
    weight: 1,
    regex:
      /\b(?:hr|payroll|they|management|estates|occ(?:y|upational)?\s+health|medical\s+staffing|admin|it|pensions|recruitment)\s+(?:have\s+|has\s+)?(?:lost|mislaid|binned)\s+my\s+(?:\w+\s+){0,2}(?:paperwork|forms?|application|timesheets?|claims?|file|details|contract|request|records?|results|bloods|notes|referral|emails?|certificates?)\b|\b(?:not|haven't|have\s+not|never)\s+(?:been\s+)?paid\s+(?:properly|correctly|right|on\s+time|for\s+(?:my|the|two|three|\d+))\b/g,
  },

  {
    label: "grievance",
    trigger: trigger(
      "cancel cancels cancelled cancelling refuse refuses refused refusing reject rejects rejected rejecting knock knocks knocked turn turns turned deny denies denied decline declines declined binned ignore ignores ignored block blocks blocked",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:cancel(?:s|led|ling)?|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|knock(?:s|ed)?\s+back|turn(?:s|ed)?\s+down|den(?:y|ies|ied)|declin(?:e|es|ed)|binned|ignor(?:e|es|ed)|block(?:s|ed)?)\s+(?:\w+\s+){0,2}(?:my|our)\s+(?:christmas\s+|summer\s+|easter\s+|booked\s+|approved\s+)?${LEAVE}\b`,
      "g",
    ),
  },
  {
    label: "grievance",
    trigger: trigger(
      "cancel cancels cancelled cancelling refuse refuses refused refusing reject rejects rejected rejecting knock knocks knocked turn turns turned deny denies denied decline declines declined binned ignore ignores ignored block blocks blocked",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:my|our)\s+${LEAVE}\s+(?:request\s+)?(?:got|was|has\s+been|had\s+been|have\s+been|keeps\s+getting|is\s+being)\s+(?:\w+\s+)?(?:knocked\s+back|refused|rejected|cancelled|turned\s+down|denied|declined|binned|ignored)\b`,
      "g",
    ),
  },
  {
    label: "grievance",
    trigger: trigger(
      "missing short wrong docked still haven't not never without pay underpaid cut late paid unpaid hold chasing ringing emailing",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:missing|short|wrong|docked)\s+(?:from|on|in)\s+my\s+${PAY}\b|\bmy\s+${PAY}\s+(?:is|are|was|were|has\s+been|have\s+been|keeps?\s+being)\s+(?:\w+\s+)?(?:missing|wrong|short|late|docked|cut)\b|\bstill\s+(?:waiting|chasing)\s+(?:on|for)\s+(?:my|our)\s+${PAY}\b|\b(?:haven't|have\s+not|hasn't|not|never)\s+(?:been\s+)?paid\s+(?:for|my|our)\b|\b(?:\w+\s+)?(?:years?|months?)\s+(?:without|with\s+no)\s+a\s+(?:\w+\s+)?pay\s+rise\b|\bmy\s+(?:missing|unpaid|late|wrong)\s+${PAY}\b|\b(?:on\s+hold\s+to|chasing|ringing|emailing)\s+(?:payroll|hr|occ(?:upational)?\s+health|medical\s+staffing|pensions)\b|\b(?:i'm|i\s+am|we're|we\s+are|i\s+was|we\s+were|feel|feeling|been|being|me|us)\s+(?:so\s+|massively\s+|chronically\s+|still\s+)?underpaid\b|\bunderpaid\s+(?:me|us)\b`,
      "g",
    ),
  },
  {
    label: "grievance",
    trigger: trigger(
      "moved sent shipped redeployed never didn't done finished talks talk speaks spoke talked can't cannot don't still won't wouldn't refuse refused doesn't training e-learning elearning meeting meetings course courses appraisal appraisals",
    ),
    weight: 1,
    regex:
      /\b(?:won't|wouldn't|will\s+not|refuse\s+to|refused\s+to|don't|doesn't)\s+let\s+(?:me|us|staff)\s+(?:take|have|book|use|swap|carry\s+over)\s+(?:my\s+|our\s+|any\s+|their\s+)?(?:annual\s+leave|leave|holidays?|breaks?|days?\s+off|study\s+days?|time\s+off|lunch)\b|\b(?:training|e-?learning|meetings?|courses?|appraisals?)\s+(?:\w+\s+){0,2}(?:on|in)\s+(?:my|our)\s+(?:days?\s+off|own\s+time|rest\s+days?|annual\s+leave)\b|\b(?:moved|sent|shipped|redeployed)\s+to\s+(?:a\s+)?(?:different|another)\s+ward\s+(?:for\s+)?(?:the\s+)?\d+(?:st|nd|rd|th)\b|\bnever\s+on\s+my\s+own\s+ward\b|\bwe\s+(?:still\s+)?(?:can't|cannot|can't\s+even|don't\s+even|still\s+don't)\s+(?:get|have)\s+(?:a|an|any|one)\s+(?:working\s+|proper\s+|decent\s+|single\s+)?(?:staff\s+room|kettle|fridge|microwave|parking\s+space|break|locker|computer|pc|hoist|pay\s+rise)\b|\bi\s+didn't\s+train\s+for\s+\d+\s+years\s+to\b|\b(?:i'm|i\s+am)\s+(?:genuinely\s+|absolutely\s+|so\s+)?(?:done|finished)\s+with\s+(?:this|the)\s+(?:place|trust|job|ward)\b|\bgenuinely\s+done\b|\btalks?\s+down\s+to\s+me\b|\b(?:speaks?|spoke|talked)\s+to\s+me\s+like\s+(?:dirt|a\s+child|rubbish)\b/g,
  },
  {
    label: "grievance",
    trigger: trigger("park parking"),
    weight: 1,
    regex:
      /(?:£\s?\d+(?:\.\d\d)?|paying)\s+(?:a|an|per|every)\s+(?:month|week|year|shift|day|hour)\s+(?:to\s+park|for\s+parking)\b|\b(?:we|staff|i|nurses)\s+(?:pay|are\s+paying|have\s+to\s+pay)\s+£\s?\d+(?:\.\d\d)?\s+(?:a|an|per|every)\s+(?:month|week|year|shift|day)\b|\b(?:charg(?:e|es|ing)|make|makes)\s+(?:us|staff|nurses)\s+(?:to\s+)?(?:pay\s+)?(?:to\s+)?park\b/g,
  },
];

// A formal grievance lodged, a department that never answered it, hours on the phone to payroll,
// pay docked: the author's own grievance about work.
const MORE_GRIEVANCE_CUES: readonly Cue[] = [
  // The same thing done to the writer again and again, and the weary sign-off after it: "eighth
  // time this year my study day's been pulled", "haven't had a proper break on nights in months",
  // "thanks for the heads up, not", "merry Christmas to you too", "uni doesn't care".
  {
    label: "grievance",
    trigger: trigger("time times break breaks day heads christmas xmas dog care cares bothered"),
    weight: 1,
    regex:
      /\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another)\s+time\s+(?:this|in\s+a)\s+(?:year|month|week|row|rota)\s+(?:that\s+)?(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:study\s+days?|annual\s+leave|leave|breaks?|training|shifts?|rota|requests?|days?\s+off)(?:['’]s|\s+has|\s+have|\s+was|\s+were|\s+got)?\s+(?:been\s+)?(?:pulled|cancelled|canceled|refused|denied|rejected|moved|changed|swapped|taken)\b|\b(?:haven['’]?t|have\s+not|hasn['’]?t|not)\s+(?:had|taken|got)\s+a\s+(?:proper\s+|single\s+|decent\s+|real\s+)?(?:break|day\s+off|lunch(?:\s+break)?|weekend\s+off)(?:\s+on\s+(?:nights|days|lates))?\s+(?:in|for)\s+(?:months|weeks|years|ages|(?:\w+\s+)?(?:months|weeks))\b|\bthanks\s+for\s+the\s+heads\s+up,?\s+not\b|\bmerry\s+(?:christmas|xmas)\s+to\s+you\s+too\b|\b(?:wouldn['’]?t|would\s+not)\s+treat\s+a\s+dog\s+like\s+(?:it|that|this)\b|\b(?:uni|university|placement|management|managers|the\s+trust|hr|the\s+board|nobody\s+upstairs)\s+(?:doesn['’]?t|don['’]?t|does\s+not|do\s+not)\s+(?:care|give\s+a|even\s+care)\b/g,
  },
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:put\s+in|raised|submitted|lodged|filed|logged|took\s+out|started)\s+(?:a|my)\s+(?:formal\s+)?grievance\b/g,
  },
  {
    label: "grievance",
    trigger: G_STILL,
    weight: 1,
    regex:
      /\b(?:hr|payroll|management|my\s+manager|occ(?:upational)?\s+health|occy\s+health|estates|recruitment|medical\s+staffing|pensions|the\s+trust)\s+(?:have\s+|has\s+)?(?:still\s+)?(?:haven't|hasn't|have\s+not|has\s+not|never)\s+(?:even\s+|once\s+)?(?:acknowledged|replied|responded|answered|got\s+back|come\s+back|sorted|processed|looked\s+at|bothered|actioned|done|fixed|booked|arranged|assessed|rung|called|paid|approved|issued)\b|(?<=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|weeks?|months?|hours?|days?)\s+(?:[\w-]+\s+)?)on\s+the\s+phone\s+to\s+(?:payroll|hr|pensions|occ(?:upational)?\s+health|medical\s+staffing|recruitment)\b/g,
  },
  {
    label: "grievance",
    trigger: G_STILL,
    weight: 1,
    regex:
      /\bstill\s+(?:no|without\s+(?:a|an|my|any))\s+(?:[\w-]+\s+)?(?:login|log-?in|smartcard|locker|id\s+badge|parking\s+permit|contract|payslip|uniforms?|rota\s+access)\b/g,
  },
  {
    label: "grievance",
    trigger: G_STILL,
    weight: 1,
    regex:
      /\bfor\s+(?:a\s+)?band\s+\d\s+(?:pay|money|salary|wages|rate)\b|\bband\s+\d\s+(?:work|jobs?|roles?|responsibilit\w+|tasks)\s+(?:for|on)\s+(?:a\s+)?band\s+\d\b|\b(?:my\s+)?(?:manager|matron|boss|line\s+manager|hr|trust|management)(?:'s|s')\s+only\s+(?:question|concern|worry|response|reply|interest|comment|priority)\s+(?:was|is|were)\b|\b(?:car\s+park|parking)\b[^.!?\n]{0,40}?\bcosts?\s+(?:staff|us|me|nurses|porters)\s+more\s+(?:per|a|each|every)\s+(?:month|week|year|shift)\s+than\b/g,
  },
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\bmorale\s+(?:(?:on|in|across|among)\s+(?:the|our|this|my)\s+[\w-]+\s+)?(?:is\s+|was\s+|has\s+been\s+)?(?:at\s+)?(?:rock\s+bottom|an\s+all[- ]time\s+low|on\s+the\s+floor|through\s+the\s+floor|non-?existent|in\s+the\s+gutter)\b/g,
  },
  {
    label: "grievance",
    trigger: G_MONEY,
    weight: 1,
    regex:
      /\bpaid\s+\d+p\s+(?:a|per)\s+mile\b|\bearns?\s+(?:in\s+(?:one|a)\s+[\w-]+\s+)?what\s+(?:i|we)\s+(?:take\s+home|earn|get|make)\s+in\s+a\b/g,
  },
  // "If payroll short me one more time…", "if the rota coordinator gives me another weekend".
  {
    label: "grievance",
    trigger: G_STILL,
    weight: 1,
    regex:
      /\bif\s+(?:payroll|hr|my\s+(?:manager|band\s+\d|matron|boss|line\s+manager|ward\s+manager)|management|matron|the\s+rota\s+[\w-]+|the\s+trust|estates|occ\w*\s+health)\s+(?:[\w']+\s+){1,6}?(?:one\s+more\s+time|again|another)\b/g,
  },
  // "my grievance", "instead of paying us properly".
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex:
      /\b(?:my|our)\s+(?:formal\s+)?grievance\b|\b(?:instead\s+of|rather\s+than)\s+paying\s+(?:us|staff|nurses|their\s+staff)\b/g,
  },
  {
    label: "grievance",
    trigger: G_RARE,
    weight: 1,
    regex: /\bdocked\s+(?:me|us|my|our)\b/g,
  },
];

// Shapes of grievance told as a story, a list, a question or a mock advert (fifth probe round).
// Each carries its own target (a department, management, the author's pay or rota), so none
// needs the post to name the Trust; each runs only on its own rarer words.
const STORY_SHAPES: readonly Cue[] = [
  // A mock job advert: "Must enjoy 13 hour shifts with no break", "Must be able to be in three
  // places at once", "Patient safety optional".
  {
    label: "derogatory",
    trigger: trigger("must optional"),
    weight: 1,
    regex:
      /\bmust\s+(?:enjoy|love|like|not\s+mind|be\s+(?:happy|willing|able|prepared|comfortable)\s+to)\s+(?:[\w-]+\s+){0,6}?(?:no\s+breaks?|without\s+(?:a\s+)?breaks?|unpaid|for\s+free|short[- ]?staffed|being\s+(?:shouted\s+at|moved|ignored|short)|(?:be\s+)?in\s+(?:two|three|four|\d+)\s+places\s+at\s+once|\d+[- ]hour\s+shifts?\s+with\s+no)\b|\b(?:patient\s+safety|breaks?|lunch|sleep|toilet\s+breaks?|a\s+life|family\s+life|sanity|annual\s+leave|weekends\s+off)\s+(?:is\s+|are\s+)?(?:entirely\s+|strictly\s+)?optional\b/g,
  },
  // A department that takes months: "Estates have taken 6 weeks to fix a leaking ceiling", "HR
  // took 5 months to process a grievance".
  {
    label: "derogatory",
    trigger: trigger(
      "estates hr payroll occ occy occupational recruitment staffing management pensions facilities maintenance manager",
    ),
    weight: 1,
    regex:
      /(?<=\b(?:estates|hr|payroll|it|occ(?:y|upational)?\s+health|recruitment|medical\s+staffing|management|pensions|the\s+trust|facilities|maintenance|my\s+manager)(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:have\s+|has\s+)?)(?:taken|took|take|takes|taking)\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:weeks?|months?|years?)(?:\s+to\b|\s+and\b|\s*[,.!])/g,
  },
  // "What do estates actually do all day?"
  {
    label: "derogatory",
    trigger: trigger("day actually even exactly"),
    weight: 1,
    regex:
      /\bwhat\s+(?:exactly\s+)?(?:(?:do|does)\s+)?(?:the\s+)?(?:estates|hr|payroll|management|managers|execs?|directors|board|it|comms|senior\s+\w+|[\w-]+\s+team)\s+(?:(?:actually|even|exactly)\s+do\b|do\s+all\s+day\b)/g,
  },
  // The employer blaming its staff: "the trust blamed the nurses in its reply".
  {
    label: "derogatory",
    trigger: trigger("blamed blames blaming bus scapegoat scapegoats scapegoated scapegoating"),
    weight: 1,
    regex:
      /\b(?:the\s+trust|trust|management|managers|the\s+board|execs?|hr|senior\s+(?:team|management|leaders))\s+(?:\w+\s+)?(?:blamed|blames|blaming|scapegoat(?:ed|ing|s)?)\s+(?:the\s+|us|our|its|their|staff|nurses|frontline|me)\b|\b(?:threw|thrown|throw|throws|throwing)\s+(?:us|me|staff|the\s+nurses|nurses|the\s+\w+\s+team|them)\s+under\s+the\s+bus\b/g,
  },
  // A department's standing excuse: "Payroll keep saying 'next month'".
  {
    label: "grievance",
    trigger: trigger("keep keeps kept"),
    weight: 1,
    regex:
      /\b(?:payroll|hr|it|estates|management|occ(?:y|upational)?\s+health|my\s+manager|my\s+band\s+\d|pensions|recruitment|medical\s+staffing|the\s+trust)\s+(?:just\s+)?(?:keeps?|kept)\s+(?:on\s+)?(?:saying|telling\s+(?:me|us)|promising|fobbing\s+(?:me|us)\s+off)\b/g,
  },
  // Pay still missing, bank and agency rates cut: "overtime from August still missing",
  // "they've just cut the bank enhancements again", "Bank rate for HCAs here went down".
  {
    label: "grievance",
    trigger: trigger(
      "overtime enhancement enhancements backpay back mileage expenses arrears wages pay rate rates bonus bank agency",
    ),
    weight: 1,
    regex:
      /\b(?:overtime|enhancements?|back\s*pay|mileage|expenses|bank\s+shifts?|arrears|wages|pay)\s+(?:(?:from|for)\s+(?:[\w-]+\s+){1,2})?(?:is\s+|are\s+)?still\s+(?:missing|not\s+(?:paid|through|in)|outstanding|owed|unpaid)\b|\b(?:cut|cuts|cutting|slashed|slashing|reduced|reducing|lowered|lowering|scrapped|scrapping|axed|axing)\s+(?:the\s+|our\s+|my\s+)?(?:(?:bank|agency|overtime|unsocial(?:\s+hours)?|weekend|night|enhanced)\s+(?:rates?|pay|enhancements?|bonus)|enhancements|mileage\s+rates?)\b|\b(?:bank|agency|overtime|enhanced|unsocial)\s+(?:rates?|pay|enhancements?)\s+(?:[\w-]+\s+){0,3}?(?:went|gone|has\s+gone|have\s+gone|got|has\s+been|have\s+been|was|were)\s+(?:down|cut|reduced|slashed|lowered)\b/g,
  },
  // "Asked for a second hoist 18 months ago. Still waiting."
  {
    label: "grievance",
    trigger: trigger("ago"),
    weight: 1,
    regex:
      /\b(?:asked|requested)\s+(?:for\s+)?(?:[\w-]+\s+){0,5}?(?:\d+|two|three|four|five|six|eight|ten|twelve|eighteen|several)\s+(?:weeks|months|years)\s+ago\b[^.!?\n]{0,60}[.!?]\s*(?:and\s+)?(?:we're\s+|i'm\s+)?still\s+(?:waiting|nothing|no\b|chasing)/g,
  },
  // "Reader, they did not send someone."
  {
    label: "derogatory",
    trigger: trigger("reader"),
    weight: 1,
    regex:
      /\breader,?\s+(?:they|it|he|she|we|nobody|no\s+one|nothing|estates|hr|it|management|payroll)\s+(?:did\s+not|didn't|was\s+not|wasn't|were\s+not|weren't|never|had\s+not|hadn't|has\s+not|hasn't|did\s+nothing)\b/g,
  },
  // The rudest, slowest, least helpful department.
  {
    label: "derogatory",
    trigger: trigger("rudest slowest worst laziest least most"),
    weight: 1,
    regex:
      /(?<=\bthe\s+)(?:rudest|slowest|laziest|least\s+helpful|most\s+unhelpful|most\s+useless|worst)\s+(?:[\w-]+\s+)?(?:department|team|service|office|desk|people)\s+(?:in|at|i've|i\s+have|on)\b/g,
  },
  // A mock job description: "Salary: not enough. Breaks: theoretical. Parking: £60 a month."
  {
    label: "derogatory",
    trigger: trigger(
      "salary pay breaks break parking perks benefits hours progression development support staffing",
    ),
    weight: 1,
    regex:
      /\b(?:salary|pay|breaks?|parking|perks|benefits|hours|career\s+progression|progression|development|support|staffing)\s*:\s*(?:not\s+enough|theoretical|optional|none|nil|zero|non-?existent|lol|a\s+joke|ha(?:ha)*|n\/a|mythical|rare|nope|what\s+\w+\?|£\d+\s+a\s+(?:month|week|day|shift))\b/g,
  },
  // "Top three perks of working in pharmacy here: 1. free cold tea … 3. that's it".
  {
    label: "derogatory",
    trigger: trigger("perks"),
    weight: 1,
    regex:
      /\bperks\s+of\s+(?:working|the\s+job|being|this\s+job)\b[^\n]{0,200}?\bthat's\s+(?:it|all)\b/g,
  },
  // Training or work in one's own time: "expected to do it in our own time", "On my own time presumably".
  {
    label: "grievance",
    trigger: trigger("own"),
    weight: 1,
    regex:
      /(?<=\b(?:expected|told|made|asked|have|had)\s+to\s+(?:do|complete|finish)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+(?:my|our|your|their)\s+)own\s+time\b|(?<=(?:^|[.!?]\s+)(?:in|on)\s+(?:my|our)\s+)own\s+time,?\s+(?:presumably|apparently|obviously|of\s+course|naturally)\b/g,
  },
  // The employer's answer to a complaint or concern put as a question: "The trust's response to my
  // concern about …? 'Thanks for raising it.'"
  {
    label: "derogatory",
    trigger: trigger("answer response reply solution plan idea fix strategy suggestion offer"),
    weight: 1,
    regex:
      /\b(?:management's|managers'|the\s+trust's|trust's|hr's|the\s+board's|execs'|estates'|payroll's|my\s+manager's)\s+(?:only\s+)?(?:answer|response|reply)\s+(?:to\s+[^.!?\n]{1,80}?)?\?|\b(?:management's|managers'|the\s+trust's|trust's|hr's|the\s+board's|execs'|estates'|payroll's|my\s+manager's|management|trust|hr|estates|the\s+board)\s+(?:only\s+|official\s+|big\s+|latest\s+|grand\s+)?(?:answer|response|reply|solution|plan|idea|fix|strategy|suggestion|offer)(?:\s+is|\s+was|\s+has\s+been)?\s*[:?]|\b(?:management's|managers'|the\s+trust's|trust's|hr's|the\s+board's|execs'|estates'|payroll's|my\s+manager's)\s+(?:only\s+|big\s+|latest\s+|grand\s+)?(?:plan|idea|fix|strategy|suggestion|offer)\s+(?:is|was|has\s+been)\b/g,
  },
];

// Each names its own target: the Speak Up route called a joke or punishing those who use it, the
// author ashamed of the hospital, the blame put on management, a post given to a boss's relative,
// a department that lost the author's request "for the third time", nobody above a band noticing.
const TARGETED_AT_THE_SERVICE: readonly Cue[] = [
  {
    label: "derogatory",
    trigger: trigger("speak speaking ftsu whistleblowing whistleblow datix datixing concern"),
    weight: 1,
    regex: new RegExp(
      String.raw`\b${SPEAK_UP_ROUTE}\s+(?:here\s+|in\s+this\s+(?:trust|place)\s+)?(?:is|was)\s+(?:a\s+|an\s+|just\s+a\s+|just\s+an\s+)?${DISMISSED_AS}\b|${SPEAKING_UP_PUNISHED}|\b${SPEAK_UP_ROUTE}(?:,?\s+(?:it|that))?\s+(?:doesn't|does\s+not|don't|never|no\s+longer)\s+(?:actually\s+|really\s+)?works?\s+(?:here|(?:at|in|for)\s+(?:this|our|the)\s+(?:trust|place|hospital|organisation))\b`,
      "g",
    ),
  },
  // "I am ashamed of this hospital tonight", "embarrassed to work for this trust".
  {
    label: "derogatory",
    trigger: trigger("ashamed embarrassed"),
    weight: 1,
    regex:
      /(?<!\b(?:not|never|n't)\s+(?:\w+\s+)?)\b(?:ashamed|embarrassed)\s+(?:of|to\s+work\s+(?:for|at|in)|to\s+be\s+part\s+of)\s+(?:this|our|the|my)\s+(?:hospital|trust|ward|unit|service|department|nhs|place|organisation|employer)\b/g,
  },
  // "This is on management.", "that's squarely on the execs": the blame ends the clause (not "it's
  // on the Trust website", "it's on the board" as in written up).
  {
    label: "derogatory",
    trigger: trigger("management trust execs exec leadership"),
    weight: 1,
    regex:
      /\b(?:this|that|it)(?:'s|\s+is|\s+was|\s+lies)\s+(?:all\s+|squarely\s+|entirely\s+|100%\s+)?on\s+(?:the\s+)?(?:management|trust|execs?|exec\s+team|senior\s+(?:management|leadership|team)|leadership)(?=\s*(?:[.!?,;:]|$)|\s+(?:not|and|alone|entirely|now)\b)/gm,
  },
  // A post given to a boss's relative or friend: "appointed head of the unit... the chief exec's niece".
  {
    label: "derogatory",
    trigger: trigger(
      "niece nephew son daughter wife husband mate buddy cousin brother-in-law sister-in-law",
    ),
    weight: 1,
    regex:
      /\b(?:appointed|got\s+the\s+(?:job|post|role)|given\s+the\s+(?:job|post|role)|promoted|hired|shortlisted)\b[^\n]{0,120}?\b(?:chief\s+exec(?:utive)?|ceo|director|manager|matron|chair(?:man|woman)?|head\s+of\s+\w+)'s\s+(?:niece|nephew|son|daughter|wife|husband|partner|girlfriend|boyfriend|best\s+mate|mate|golf(?:ing)?\s+(?:buddy|partner)|cousin|brother-in-law|sister-in-law|son-in-law|daughter-in-law)\b/g,
  },
  // A department that loses or bounces the author's request again: "payroll lost my claim for the
  // third time", "pharmacy have rejected our order again".
  {
    label: "grievance",
    trigger: trigger(
      "lost forgotten forgot cancelled ignored messed mixed rejected bounced overpaid underpaid",
    ),
    weight: 1,
    regex:
      /\b(?:pharmacy|payroll|hr|estates|it|switchboard|medical\s+staffing|occ(?:y|upational)?\s+health|the\s+bank\s+office|rostering|recruitment|portering|transport|the\s+lab|labs|pathology|radiology|medical\s+records)\s+(?:have\s+|has\s+|just\s+)?(?:lost|forgotten|forgot|cancelled|ignored|messed\s+up|mixed\s+up|rejected|bounced|overpaid|underpaid)\s+(?:my|our)\b[^.!?\n]{0,40}?\b(?:for\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|nth|umpteenth|hundredth)\s+time|again)\b/g,
  },
  // "nobody above band 7 seems to notice".
  {
    label: "derogatory",
    trigger: trigger("above"),
    weight: 1,
    regex:
      /\b(?:nobody|no\s+one|no-one)\s+above\s+(?:band\s+\d|(?:a\s+)?matron|ward\s+level|the\s+ward|board\s+level|exec\s+level)\s+(?:seems\s+to\s+|even\s+|ever\s+|actually\s+|appears\s+to\s+)?(?:notices?|cares?|listens?|bothers?|knows)\b/g,
  },
];
// Irony in a post about work (WORK_TOPIC): corporate words in sparkles ("✨ agility ✨"), a
// euphemism named as one ("is a fancy way of saying"), "is rich considering", "X? Never heard of
// her", mock delight at a staff charge going up.
const EUPHEMISM_IRONY: readonly Cue[] = [
  {
    label: "derogatory",
    trigger: trigger("way word term phrase cute rich adorable hilarious sweet heard"),
    weight: 1,
    regex:
      /\b(?:is|'s)\s+(?:just\s+)?(?:a|the)\s+(?:lovely|nice|fancy|polite|posh|corporate|management|trust|nhs|managerial|clever|kind)\s+(?:way|word|term|phrase)\s+(?:of\s+saying|for)\b|\b(?:is|'s)\s+(?:a\s+bit\s+|pretty\s+|very\s+|so\s+)?(?:cute|rich|adorable|hilarious|sweet)\s+considering\b|\?\s*never\s+heard\s+of\s+(?:her|him|it|them|'em)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("lovely great nice brilliant wonderful fab good"),
    weight: 1,
    regex:
      /\b(?:lovely|great|nice|brilliant|wonderful|fab|good)\s+to\s+see\s+(?:the\s+|our\s+)?(?:staff\s+)?(?:parking|car\s+park(?:ing)?(?:\s+(?:charges|fees|permits?))?|permits?|canteen\s+prices|prices|pay|wages|enhancements|mileage(?:\s+rates?)?|budgets?|posts|staffing)\s+(?:[\w-]+\s+){0,2}?(?:going\s+up|rising|increas\w*|doubl\w*|cut|cuts|being\s+cut|slashed|frozen|going\s+down)\b/g,
  },
];
const SPARKLE_IRONY: readonly Cue[] = [
  {
    label: "derogatory",
    weight: 1,
    regex:
      /✨\s*(?:innovation|innovative|efficiency|efficiencies|progress|leadership|teamwork|wellbeing|resilience|flexibility|flexible\s+working|transformation|agile|agility|synergy|values|culture|support|escalation|capacity|modernisation|improvement|investment|excellence|opportunity|self-care|patient\s+flow|flow|strategy|vision|listening)\s*✨/g,
  },
];

// A department named anywhere in the post (not the bare "it" of WORKPLACE): the cues below
// need one, because "they never reply" or "it's been 9 weeks" is about anyone otherwise.
const DEPARTMENT =
  /\b(?:estates|hr|payroll|it\s+(?:dept|department|team|helpdesk)|occ(?:y|upational)?\s+health|medical\s+staffing|management|managers?|execs?|the\s+trust|switchboard|recruitment|pensions|facilities|maintenance|help\s?desk|bed\s+bureau|rota\s+(?:team|coordinator|office)|bank\s+office|band\s+\d|matron)\b/;
const DEPARTMENT_WORDS = trigger(
  "estates hr payroll dept department helpdesk help occ occy occupational staffing management manager managers execs exec trust switchboard recruitment pensions facilities maintenance bureau rota band matron",
);
const WITH_A_DEPARTMENT: readonly Cue[] = [
  // "Medical staffing? … they never reply", "estates never turn up".
  {
    label: "derogatory",
    trigger: trigger("never don't doesn't won't bothered"),
    weight: 1,
    regex:
      /(?<=\b(?:they|hr|payroll|estates|it|management|managers|occ(?:y|upational)?\s+health|medical\s+staffing|recruitment|pensions|switchboard|the\s+trust|my\s+manager|my\s+band\s+\d)\s+(?:just\s+|still\s+|literally\s+|simply\s+)?)(?:never|don't|doesn't|won't|can't\s+be\s+bothered\s+to)\s+(?:ever\s+|even\s+)?(?:reply|replies|answer|answers|respond|responds|get\s+back|gets\s+back|ring\s+back|call\s+back|pick\s+up|picks\s+up|turn\s+up|turns\s+up|show\s+up|shows\s+up|read\s+(?:their|the|our)\s+emails)\b/g,
  },
  // "Dear Estates, it's been 9 weeks. The window still doesn't shut."
  {
    label: "grievance",
    trigger: trigger("been"),
    weight: 1,
    regex:
      /\b(?:it's|it\s+has|it\s+is|that's)\s+(?:now\s+)?been\s+(?:over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:weeks|months|years)\b[^\n]{0,100}?\bstill\s+(?:doesn't|don't|isn't|aren't|not|hasn't|haven't|no\b|broken|waiting|nothing)/g,
  },
  // A department that quoted a rule back: "occ health said I was 'fit for light duties'", "the
  // trust replied that they're 'within acceptable standards'", "HR response: 'that's the contract'".
  {
    label: "derogatory",
    trigger: trigger(
      "said says saying replied reply response responded answer wrote told tells reckons called calls reason excuse",
    ),
    weight: 1,
    regex:
      /\b(?:hr|payroll|estates|occ(?:y|upational)?\s+health|management|managers|my\s+manager|my\s+band\s+\d|the\s+trust|trust|execs?|the\s+board|medical\s+staffing|matron|recruitment|pensions|switchboard|help\s?desk|service\s+desk)(?:'s)?\s+(?:[\w'-]+\s+){0,4}?(?:said|says|saying|replied|reply|response|responded|answer|wrote|told\s+(?:me|us)|tells\s+(?:me|us)|reckons?|calls?\s+it|called\s+it|reason|excuse)\b[^"“'‘\n.!?]{0,40}?(?<![a-z])["“'‘][a-z][^"”'’\n]{1,40}["”'’](?![a-z])/g,
  },
  // "maybe fewer awards ceremonies and more actual staff on the wards"
  {
    label: "derogatory",
    trigger: trigger("fewer less"),
    weight: 1,
    regex:
      /\b(?:maybe\s+|how\s+about\s+|perhaps\s+)(?:fewer|less)\s+(?:[\w-]+\s+){1,3}?and\s+more\s+(?:actual\s+|real\s+|proper\s+)?(?:staff|nurses|doctors|beds|porters|hcas|pay|money)\b/g,
  },
];

// Praise undone by sarcasm, run only when the post has a sarcasm marker (cheaper than its words).
const SARCASM_MARKER = /lol|lmao|🙃|🙄|😒|\(not\)|\/s\b|\bnot[.!]/;
const SARCASTIC_PRAISE: readonly Cue[] = [
  // Praise of the employer undone by a sarcasm marker: "so proud to work here lol" (not a laughing
  // face, which follows a funny story: "I love this job 😂").
  {
    label: "derogatory",
    trigger: trigger("proud lucky blessed grateful glad happy love best"),
    weight: 1,
    regex:
      /(?![^\n]*(?:\bwon\b|\bwin\b|\bwinning\b|award|congrat|🏆|🎉|🥳|❤️|💙))\b(?:(?:so|really|very|absolutely|truly)\s+)?(?:proud|lucky|blessed|grateful|glad|happy)\s+to\s+work\s+(?:here|for\s+(?:this|the|our)\s+(?:trust|nhs|hospital|place))[.!]*\s*(?:lol|lmao|🙃|🙄|😒|\(not\)|not[.!]|\/s)|\blove\s+(?:working\s+here|this\s+(?:trust|place))[.!]*\s*(?:🙃|🙄|😒|\(not\)|\/s)|\bbest\s+(?:trust|employer|hospital|place\s+to\s+work)(?:\s+in\s+the\s+\w+)?[.!]*\s*(?:lol|lmao|🙃|🙄|😒|\(not\)|\/s)/g,
  },
];

// Irony and reframing that reads as grievance only in a post about work (WORK_TOPIC).
const STORY_IRONY: readonly Cue[] = [
  // "Loyalty, eh." "Progress, huh?"
  {
    label: "derogatory",
    trigger: trigger("eh huh"),
    weight: 1,
    regex:
      /(?:^|[.!?]\s+)(?:loyalty|progress|teamwork|support|valued|appreciation|wellbeing|compassion|leadership|fairness|transparency|recognition)\s*,?\s+(?:eh|huh)\s*[.!?]/g,
  },
  // "'dynamic, fast-paced environment'. Translation: permanently short"; "Nothing since."
  {
    label: "derogatory",
    trigger: trigger("translation translated since"),
    weight: 1,
    regex:
      /["”'’][.!]?\s+(?:translation|translated)\s*:|(?:^|[.!?]["”'’]?\s+)(?:and\s+)?(?:nothing|no\s+(?:reply|response|update|feedback)|heard\s+nothing|silence)\s+since[.!]/g,
  },
];

// Unfair treatment next to the workplace (WORKPLACE): "Nobody else gets that", "Funny how the
// execs' spaces are always free".
const STORY_IN_WORKPLACE: readonly Cue[] = [
  // "How is it fair that agency HCAs get paid weekly and bank HCAs wait six weeks?"
  {
    label: "grievance",
    trigger: trigger("fair"),
    weight: 1,
    regex:
      /\bhow\s+is\s+(?:it|that|this)\s+(?:remotely\s+|even\s+)?fair\b[^.!?\n]{0,120}?\b(?:bank|agency|band\s+\d|overtime|rota|leave|shifts?|managers?|management|hr|the\s+trust|enhancements?|paid|pay)\b/g,
  },
  // "cut the night porters from 4 to 2", "halved the cleaners".
  {
    label: "derogatory",
    trigger: trigger("cut cutting cuts reduced reducing slashed halved"),
    weight: 1,
    regex:
      /\b(?:cut|cutting|cuts|reduced|reducing|slashed|halved)\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:porters|nurses|hcas|staff|doctors|cleaners|domestics|midwives|physios|pharmacists|beds|posts|carers)\s+(?:from\s+\d+\s+to\s+\d+|in\s+half|by\s+half)\b/g,
  },
  {
    label: "grievance",
    trigger: trigger("else"),
    weight: 1,
    regex:
      /\b(?:nobody|no\s+one|no-one)\s+else\s+(?:ever\s+)?(?:gets|has\s+to|is\s+(?:made|asked|expected)\s+to)\b/g,
  },
  {
    label: "derogatory",
    trigger: trigger("interesting funny strange odd curious weird"),
    weight: 1,
    regex:
      /\b(?:interesting|funny|strange|odd|curious|weird)\s+how\s+(?:the\s+)?(?:execs?|exec\s+team|management|managers|directors|the\s+board|board|senior\s+\w+|hr|trust|consultants|there's\s+(?:always\s+)?(?:money|budget|funding|a\s+budget))\b/g,
  },
];

// What a workplace grievance or a derogatory comment about the employer is about: the Trust, its
// management, pay, leave, rota, facilities or systems (not a train company, a landlord or a referee).
const WORKPLACE =
  /\b(?:trust|management|managers?|manager's|managed|execs?|exec\s+team|senior\s+team|board|hr|payroll|rota|rostering|e-?rostering|leave|pay|payslip|wages|salary|enhancements?|band\s+\d|regrading|parking|permit|car\s+park|canteen|staff\s+room|lockers?|appraisal|training|study\s+days?|e-?learning|overtime|bank\s+shifts?|agency|vacanc(?:y|ies)|staffing|staff|budget|procurement|estates|mileage|occupational\s+health|occ\s+health|staff\s+survey|ceo|chief\s+exec\w*|directors?|directorate|department|consultation|reorgani[sz]ation|restructure|employer|hospital|nhs|ward|wellbeing|resilience|matron|promotion|interview|contract|uniforms?|breaks?|policy|system|it|flexi(?:ble)?\s+working|requests?|worked\s+here|work\s+here|our\s+people|this\s+place|posts?\s+frozen|frozen\s+posts?|datix\w*|porters?|outsourc\w*|my\s+band|bull(?:y|ied|ying)|investigation|shift\s+patterns?|beds?|bays?|call\s+bells?|stock|equipment|kit|told\s+to|jobs?|bank\s+rates?|lunch|caseloads?|clinics?|services?|my\s+post|emails?|operationally|portakabins?|temporary\s+(?:buildings?|offices?))\b/;

/**
 * The post is about the author's workplace (its management, pay, leave, rota, facilities or
 * systems) or names an organisational target. A corroboration for a learned judgement of
 * disrepute or grievance: complaints about trains, landlords or referees are not about work.
 */
export function aboutWorkplace(normalised: NormalisedText): boolean {
  const text = scan(normalised).lower;
  return WORKPLACE.test(text) || TARGET.test(text);
}

// Verdicts that are not on the employer: negated ("menopause is not a joke"), passed on rumours
// about someone ("the rumours about the ward manager are disgusting and untrue"), on an outside
// body ("the council's decision to cut the bus route is a disgrace", "my GP surgery's phones are
// rubbish"), or a past verdict taken back ("three years ago I'd have told you our IT was rubbish.
// ... Credit where it's due").
const NEGATED_VERDICT = /\b(?:not|n't|never|no)\s+(?:(?:really|exactly)\s+)?$/;
const ABOUT_RUMOURS = /\b(?:rumou?rs?|gossip|trolls?|trolling|comments\s+(?:on|under|about))\b/;
const OUTSIDE_BODY =
  /\b(?:(?:the|our|local)\s+council|council's|(?:the\s+)?government(?:'s)?|ministers?|dwp|hmrc|capita|(?:my|the)\s+(?:local\s+)?gp(?:'s)?(?:\s+(?:surgery|practice))?(?:'s)?|gp\s+contract|(?:the\s+)?bus\s+(?:company|route|service)|trains?|network\s+rail|landlord|letting\s+agent|royal\s+mail|ofsted|the\s+tories|court\s+reports?|a\s+(?:[a-z]+\s+)?trust\s+in\b|at\s+a\s+(?:[a-z]+\s+)?trust)\b/;
const TAKEN_BACK =
  /\b(?:years?|months?)\s+ago\b|\bused\s+to\s+be\b|\b(?:i'd|i\s+would)\s+have\s+(?:said|told)\b/;
const NOW_PRAISED =
  /\b(?:credit\s+where|fair\s+play|well\s+done|hats\s+off|kudos|much\s+better\s+now|massive\s+improvement|turned\s+(?:it|things)\s+around)\b|👏/;
function notOnTheEmployer(
  text: string,
  sentence: { start: number; text: string },
  d: Span,
): boolean {
  const before = text.slice(Math.max(sentence.start, d.start - 60), d.start);
  if (NEGATED_VERDICT.test(before)) return true;
  const lead = text.slice(sentence.start, d.start);
  if (ABOUT_RUMOURS.test(lead)) return true;
  if (OUTSIDE_BODY.test(lead) && !/\b(?:our|my|the)\s+trust\b|\bmanagement\b/.test(lead))
    return true;
  return TAKEN_BACK.test(sentence.text) && NOW_PRAISED.test(text.slice(d.end));
}

// A sentence that is only a verdict: "Disgusting.", "Absolutely shameful!".
const VERDICT_ALONE = /^\s*(?:[a-z]+\s+){0,2}[a-z]+[.!]+\s*$/;

export interface GrievanceResult {
  spans: Span[];
}

const NONE: GrievanceResult = { spans: [] };

/** Derogatory comments about the Trust or its management, and personal work grievances. */
export const findGrievance = rememberLast((normalised: NormalisedText): GrievanceResult => {
  let result: GrievanceResult;
  const words = scan(normalised);
  result = NONE;
  {
    const text = words.lower;
    const spans: Span[] = [
      ...findCues(text, SELF_TARGETED, words.triggers),
      ...findCues(text, GRIEVANCE_CUES, words.triggers),
      ...findCues(text, MORE_GRIEVANCE_CUES, words.triggers),
      ...findCues(text, WARNINGS_AND_VERDICTS, words.triggers),
      ...findCues(text, STORY_SHAPES, words.triggers),
      ...findCues(text, TARGETED_AT_THE_SERVICE, words.triggers),
    ];
    const howMeantTo = findCues(text, [HOW_ARE_WE_MEANT_TO], words.triggers);
    if (howMeantTo.length > 0 && ROTA_PAY_OR_LEAVE.test(text)) spans.push(...howMeantTo);
    // A quoted name in title case ("our 'Wellbeing Wednesday' walk") names an event; it is not a scare quote.
    const original = normalised.base.text;
    const irony = [
      ...findCues(text, IRONY, words.triggers),
      ...findCues(text, QUOTED_AND_REFRAMED, words.triggers),
      ...(OPENING_QUOTE.test(text) ? findCues(text, SCARE_QUOTED) : []),
      ...findCues(text, STORY_IRONY, words.triggers),
      ...findCues(text, EUPHEMISM_IRONY, words.triggers),
      ...(text.includes("✨") ? findCues(text, SPARKLE_IRONY) : []),
    ].filter((d) => !TITLE_CASE_QUOTE.test(original.slice(d.start, d.end)));
    if (irony.length > 0 && WORK_TOPIC.test(text) && !CELEBRATORY.test(text)) spans.push(...irony);
    const idioms = findCues(text, NEVER_DONE_THE_JOB, words.triggers);
    const derogatory = [...findCues(text, DEROGATORY, words.triggers), ...idioms];
    if (derogatory.length > 0) {
      const list = sentences(text);
      for (const d of derogatory) {
        if (!idioms.includes(d) && AT_A_COLLEAGUE.test(text.slice(d.end, d.end + 30))) continue;
        if (A_COLLEAGUES_WORK.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
        // The target may be in the same sentence or the one just before ("Daylight robbery @UHSussex. Shameful…").
        let i = 0;
        while (i < list.length && !(d.start >= list[i].start && d.start < list[i].end)) i++;
        const here = i < list.length ? list[i].text : "";
        const before = i > 0 && i <= list.length ? list[i - 1].text : "";
        // A verdict standing alone ("Disgusting.") judges what the two sentences before it told.
        const earlier = i > 1 && VERDICT_ALONE.test(here) ? list[i - 2].text : "";
        if (i < list.length && notOnTheEmployer(text, list[i], d)) continue;
        if (TARGET.test(here) || TARGET.test(before) || TARGET.test(earlier)) spans.push(d);
      }
    }
    // Last, so that at the same start an older cue's span is reported first.
    const inWorkplace = [
      ...findCues(text, IN_A_WORKPLACE, words.triggers),
      ...findCues(text, STORY_IN_WORKPLACE, words.triggers),
    ];
    if (testIfMay(SARCASM_MARKER, text))
      spans.push(...findCues(text, SARCASTIC_PRAISE, words.triggers));
    if (words.handle || (fired(words, DEPARTMENT_WORDS) && DEPARTMENT.test(text)))
      spans.push(...findCues(text, WITH_A_DEPARTMENT, words.triggers));
    if (inWorkplace.length > 0 && (WORKPLACE.test(text) || TARGET.test(text)))
      spans.push(...inWorkplace);
    // Judgements found by structure, an organisational subject and a verdict (work-judgement.ts),
    // only when no cue above found one, so their excerpts stand.
    if (spans.length === 0)
      spans.push(
        ...judgesOrganisation(
          text,
          () => WORKPLACE.test(text) || TARGET.test(text),
          (sentence) => TARGET.test(sentence),
        ),
      );
    if (spans.length > 0) result = { spans: spans.sort((a, b) => a.start - b.start) };
  }
  return result;
});
