// Is the post derogatory about the Trust, its services or management, or airing the author's own
// grievance about work? (MC-SS01 §4.2(s) and (u), MTW-SMP §5.5, TRUST-SMP §5.8.)
// Derogatory judgements count only when the sentence (or the one before) names an organisational
// target (the Trust, management, a department, a work system or process) and the judgement is not
// aimed at one colleague (an insult at a person is abuse-bullying). Grievances carry their own
// target: the author's pay, leave, rota, training or treatment at work.
// Patterns run on the lower-cased `base` text, each only when the word scan found one of its words.
import type { NormalisedText } from "../normalise/index.js";
import { scan, trigger } from "./lexicon.js";
import { findCues, sentences, type Cue, type Span } from "./spans.js";

// What the post may disparage: the employer, its services, its management, its systems and processes.
export const TARGET =
  /\b(?:(?:the|this|our|my|your|their)\s+(?:[a-z*-]+\s+)?(?:trust|hospital|organisation|place|management|managers?|execs?|executives?|board|directors?|hr|payroll|pharmacy|it|comms|estates|bosses|leadership|chief\s+exec(?:utive)?|chief\s+nurse|matron|division|department|pcs|computers|systems?|rota|rostering|induction|training|appraisal|staff\s+survey|survey|wellbeing\s+\w+|car\s+park|canteen|staff\s+room|changing\s+rooms?|facilities|building|toilets|contract|policy|process|procurement|recruitment|occupational\s+health|service|email|software|app)|(?:new|divisional|finance|medical|nursing|deputy|operations|ops|service|general|ward|practice)\s+(?:director|manager|lead|chief\s+\w+)|managers?|management|execs?|senior\s+(?:leadership|management|team)|hr|payroll|pharmacy|estates|whoever\s+(?:designed|came\s+up\s+with|decided|runs|signed|thought|approved|bought|planned)|e-?rostering|(?:it|computer|booking|referral|rostering|e-?rs|epr|stock|patient\s+record|bleep|paging|phone)\s+system|(?:doctors?|consultants?|managers?|nurses?|staff)\s+at\s+this\s+(?:hospital|trust|place)|round\s+here|(?:\w+\s+)here\s+(?:is|are|was|were)|public\s+consultation|contracts?|(?:the|our)\s+nhs)\b|@\w*(?:nhs|trust|hosp|healthcare)\w*/;

// A colleague (not management) as the one judged: "the most useless F2", "useless nurse".
const AT_A_COLLEAGUE =
  /^\s*(?:[a-z-]+\s+)?(?:f1|f2|fy1|fy2|sho|reg|registrar|doctor|nurse|hca|porter|colleague|physio|student|locum|agency\s+nurse|man|woman|bloke|guy|lad|girl|cow|idiot|person|human)s?\b/;

// A colleague's own work as the thing judged: "told mine her obs were shocking".
const A_COLLEAGUES_WORK =
  /\b(?:(?:her|his|their)\s+(?:\w+\s+)?(?:is|are|was|were)|you're|you\s+are|ur|he's|she's|he\s+is|she\s+is|you)\s+(?:\w+\s+)?$/;

const NEGATIVE = String.raw`(?:joke|shambles|disgrace|farce|embarrassment|circus|clown\s*show|mess|nightmare|sham|insult|shitshow|clusterfuck|car\s+crash|dumpster\s+fire|laughing\s*stock)`;

// Derogatory judgements that need a target nearby.
const DEROGATORY: readonly Cue[] = [
  // "a complete joke", "is a shambles", "a total clusterfuck"
  {
    label: "derogatory",
    trigger: trigger(
      "joke shambles disgrace farce embarrassment circus clown clownshow mess nightmare sham insult shitshow clusterfuck crash dumpster laughing laughingstock",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:a|an|absolute|complete|total|utter|such\s+a|bloody|the)\s+(?:[a-z*]+\s+)?${NEGATIVE}\b|\b(?:is|was|are|were)\s+(?:a\s+)?${NEGATIVE}\b`,
      "g",
    ),
  },
  // Judgements in one word: "clueless", "useless", "appalling", "a piece of junk".
  {
    label: "derogatory",
    trigger: trigger(
      "shambolic clueless clue useless incompetent disgraceful shameful pathetic laughable appalling atrocious diabolical woeful dire shocking dreadful insulting embarrassing piece rubbish crap shit shite garbage trash",
    ),
    weight: 1,
    regex:
      /\b(?:shambolic|clueless|(?:zero|no)\s+clue|useless|incompetent|disgraceful|shameful|pathetic|laughable|appalling|atrocious|diabolical|woeful|dire|shocking|dreadful|insulting|embarrassing|a\s+piece\s+of\s+(?:shit|sh\*t|crap|junk|rubbish)|(?:absolute|utter|total|complete)\s+(?:rubbish|crap|shite?|garbage|trash))(?![a-z'])/g,
  },
  // Idioms of contempt: "couldn't organise a raffle", "can't be bothered", "never done a shift".
  {
    label: "derogatory",
    trigger: trigger(
      "couldn't could can't don't doesn't not shrug shrugs grow grows growing wasting waste robbery rip-off ripoff rip treat treats never jumped-up jumped pocket paid passed ignore lip tick-box tickbox tick means miracle still funny state",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:couldn't\s+(?:organise|run|manage|find|plan)\s+(?:an?\s+|their\s+way\s+)?[\w-]+|could\s+lose\s+an\s+argument|can't\s+be\s+bothered|couldn't\s+care\s+less|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:give\s+a\s+\w+|care|listen|value\s+us)\b|just\s+shrugs?|(?:grow|grows|growing)\s+a\s+(?:spine|backbone)|wasting\s+(?:money|thousands|millions|£[\d.,]+\w*|our\s+time|time|resources)|(?:a\s+)?waste\s+of\s+(?:money|time|space|resources)|daylight\s+robbery|rip-?\s?off|treats?\s+(?:us|nurses|staff|their\s+staff|you|people|patients)\s+like|(?:has\s+|have\s+)?never\s+(?:done|worked)\s+a\s+(?:[\w.]+\s+){0,2}(?:day|shift|night)|jumped-?up|back\s+pocket|paid\s+(?:her|him|them)\s+off|passed\s+(?:her|him|them)\s+on|(?:they'll|we'll|they|we)\s+(?:just\s+)?ignore\s+(?:it|us|you|them)|lip\s+service|tick-?\s?box|means\s+nothing|(?:is|it's)\s+a\s+miracle\b|still\s+(?:(?:runs?|running|on|using)\s+(?:on\s+)?(?:an?\s+)?(?:windows\s+(?:xp|vista|7|8|95|98|2000)|fax(?:\s+machines)?|pagers|paper)|couldn't|can't\s+get\s+a)|funny\s+how\s+that\s+works|the\s+state\s+of\s+(?:the|our)\b)(?![a-z'])`,
      "g",
    ),
  },
];

// Derogatory judgements that carry their own target (an organisational process or employer).
const SELF_TARGETED: readonly Cue[] = [
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
      /\b(?:just|only|purely)\s+for\s+show\b|\bshameful\s+way\s+to\s+treat\b|\bloyalty\s+means\s+nothing\b|\b(?:unpaid|free)\s+(?:extra\s+)?(?:work|overtime|hours)\b|\b(?:lovely|kind|nice|generous|good|thoughtful)\s+of\s+(?:the\s+trust|management|the\s+board|them|hr|our\s+\w+)\s+to\b|\bthis\s+is\s+the\s+thanks\b|\bthanks\s+for\s+nothing\b|\b(?:the\s+)?(?:execs?|management|managers|board|trust)\s+(?:all\s+)?(?:know|knew|knows)\s+(?:it|full\s+well|about\s+it)\b/g,
  },
];

const LEAVE = String.raw`(?:annual\s+leave|leave|holidays?|flexible\s+working(?:\s+request)?|request|application|study\s+leave|training|promotion|pay\s+rise|regrading|breaks?|days?\s+off|shift\s+swap|time\s+off|secondment|transfer)`;
const PAY = String.raw`(?:pay|wages?|payslip|salary|enhance?ments|overtime|back\s*pay|mileage|expenses|bank\s+shifts?|arrears)`;

// The author's own grievance about work.
const GRIEVANCE_CUES: readonly Cue[] = [
  // Paperwork lost and pay not made: "HR lost my paperwork again", "not been paid properly".
  {
    label: "grievance",
    trigger: trigger("lost paid"),
    weight: 1,
    regex:
      /\b(?:hr|payroll|they|management|estates|occ\s+health|medical\s+staffing|admin)\s+(?:have\s+|has\s+)?(?:lost|mislaid|binned)\s+my\s+(?:\w+\s+)?(?:paperwork|forms?|application|timesheets?|claims?|file|details|contract|request)\b|\b(?:not|haven't|have\s+not|never)\s+(?:been\s+)?paid\s+(?:properly|correctly|right|on\s+time|for\s+(?:my|the|two|three|\d+))\b/g,
  },

  {
    label: "grievance",
    trigger: trigger(
      "cancel cancels cancelled cancelling refuse refuses refused refusing reject rejects rejected rejecting knock knocks knocked turn turns turned deny denies denied decline declines declined binned ignore ignores ignored block blocks blocked",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:cancel(?:s|led|ling)?|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|knock(?:s|ed)?\s+back|turn(?:s|ed)?\s+down|den(?:y|ies|ied)|declin(?:e|es|ed)|binned|ignor(?:e|es|ed)|block(?:s|ed)?)\s+(?:\w+\s+){0,2}(?:my|our)\s+${LEAVE}\b`,
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
      "missing short wrong docked still haven't not never without pay underpaid cut late paid",
    ),
    weight: 1,
    regex: new RegExp(
      String.raw`\b(?:missing|short|wrong|docked)\s+(?:from|on|in)\s+my\s+${PAY}\b|\bmy\s+${PAY}\s+(?:is|are|was|were|has\s+been|have\s+been|keeps?\s+being)\s+(?:\w+\s+)?(?:missing|wrong|short|late|docked|cut)\b|\bstill\s+(?:waiting|chasing)\s+(?:on|for)\s+(?:my|our)\s+${PAY}\b|\b(?:haven't|have\s+not|hasn't|not|never)\s+(?:been\s+)?paid\s+(?:for|my|our)\b|\b(?:\w+\s+)?(?:years?|months?)\s+(?:without|with\s+no)\s+a\s+(?:\w+\s+)?pay\s+rise\b|\bunderpaid\b`,
      "g",
    ),
  },
  {
    label: "grievance",
    trigger: trigger(
      "moved sent shipped redeployed never didn't done finished talks talk speaks spoke talked can't cannot don't still",
    ),
    weight: 1,
    regex:
      /\b(?:moved|sent|shipped|redeployed)\s+to\s+(?:a\s+)?(?:different|another)\s+ward\s+(?:for\s+)?(?:the\s+)?\d+(?:st|nd|rd|th)\b|\bnever\s+on\s+my\s+own\s+ward\b|\bwe\s+(?:still\s+)?(?:can't|cannot|can't\s+even|don't\s+even|still\s+don't)\s+(?:get|have)\s+(?:a|an|any|one)\s+(?:working\s+|proper\s+|decent\s+|single\s+)?(?:staff\s+room|kettle|fridge|microwave|parking\s+space|break|locker|computer|pc|hoist|pay\s+rise)\b|\bi\s+didn't\s+train\s+for\s+\d+\s+years\s+to\b|\b(?:i'm|i\s+am)\s+(?:genuinely\s+|absolutely\s+|so\s+)?(?:done|finished)\s+with\s+(?:this|the)\s+(?:place|trust|job|ward)\b|\bgenuinely\s+done\b|\btalks?\s+down\s+to\s+me\b|\b(?:speaks?|spoke|talked)\s+to\s+me\s+like\s+(?:dirt|a\s+child|rubbish)\b/g,
  },
  {
    label: "grievance",
    trigger: trigger("park parking"),
    weight: 1,
    regex:
      /(?:£\s?\d+(?:\.\d\d)?|paying)\s+(?:a|an|per|every)\s+(?:month|week|year|shift|day|hour)\s+(?:to\s+park|for\s+parking)\b|\b(?:charg(?:e|es|ing)|make|makes)\s+(?:us|staff|nurses)\s+(?:to\s+)?(?:pay\s+)?(?:to\s+)?park\b/g,
  },
];

export interface GrievanceResult {
  spans: Span[];
}

const NONE: GrievanceResult = { spans: [] };
// One post at a time: remembering the last post is enough.
let lastPost: NormalisedText | undefined;
let lastResult: GrievanceResult | undefined;

/** Derogatory comments about the Trust or its management, and personal work grievances. */
export function findGrievance(normalised: NormalisedText): GrievanceResult {
  if (normalised === lastPost && lastResult) return lastResult;
  let result: GrievanceResult;
  const words = scan(normalised);
  result = NONE;
  {
    const text = words.lower;
    const spans: Span[] = [
      ...findCues(text, SELF_TARGETED, words.triggers),
      ...findCues(text, GRIEVANCE_CUES, words.triggers),
    ];
    const derogatory = findCues(text, DEROGATORY, words.triggers);
    if (derogatory.length > 0) {
      const list = sentences(text);
      for (const d of derogatory) {
        if (AT_A_COLLEAGUE.test(text.slice(d.end, d.end + 30))) continue;
        if (A_COLLEAGUES_WORK.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
        // The target may be in the same sentence or the one just before ("Daylight robbery @UHSussex. Shameful…").
        let i = 0;
        while (i < list.length && !(d.start >= list[i].start && d.start < list[i].end)) i++;
        const here = i < list.length ? list[i].text : "";
        const before = i > 0 && i <= list.length ? list[i - 1].text : "";
        if (TARGET.test(here) || TARGET.test(before)) spans.push(d);
      }
    }
    if (spans.length > 0) result = { spans: spans.sort((a, b) => a.start - b.start) };
  }
  lastPost = normalised;
  lastResult = result;
  return result;
}
