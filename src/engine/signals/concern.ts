// Is the post raising a concern about patient safety, care, staffing or wrongdoing at work?
// (TRUST-SMP §5.3 and DO NOT 6: not on social media, but through the Raising Concerns route.)
// Cues are concepts, each with a weight: a strong cue (unsafe, someone will come to harm, told to
// backdate records) is enough alone; weaker ones (run out of a drug, reported it four times, a
// deteriorating patient) count only together.
import type { NormalisedText } from "../normalise/index.js";
import { findCues, type Cue, type Span } from "./spans.js";

const NUM = String.raw`(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many|multiple|countless|a few|a couple of)`;
const SPAN_OF_TIME = String.raw`${NUM}(?:\s*(?:,|-|–|to|or|and)\s*${NUM})*\s*(?:hours?|hrs?|days?|nights?|weeks?|months?)`;
const STAFF = String.raw`(?:RNs?|registered nurses?|nurses?|HCAs?|doctors?|regs?|registrars?|medical regs?|middle grades?|SHOs?|F1s?|consultants?|midwi(?:fe|ves)|physios?|porters?|paramedics?|crews?|staff)`;
const PATIENTS = String.raw`(?:patients?|people|residents?|kids|children|babies|mums|women|elderly|older people|service users|clients)`;

export const CONCERN_CUES: readonly Cue[] = [
  // Safety in so many words.
  { label: "unsafe", weight: 2, regex: /\b(?:not|isn't|is not|wasn't|was not|aren't|are not|never)\s+(?:\w+\s+)?safe\b(?!\s+(?:for\s+work|space|to\s+say))|\bunsafe\b|#\s?safestaffing\b/gi },
  { label: "understaffed", weight: 2, regex: /\b(?:dangerously\s+)?(?:under-?\s?staffed|short[- ]?staffed|understaffing|unsafe staffing)\b|\bdangerously\s+(?:short|low|busy|full|stretched)\b/gi },
  { label: "harm", weight: 2, regex: /\b(?:come|comes|coming)\s+to\s+harm\b|\bbefore\s+(?:someone|somebody|a patient|anyone)\s+(?:dies|gets\s+(?:hurt|killed)|is\s+(?:harmed|killed))\b|\b(?:someone|somebody|a patient)\s+(?:is\s+going\s+to|will|'s\s+going\s+to)\s+(?:die|get\s+hurt|be\s+harmed)\b/gi },
  { label: "suffering", weight: 2, regex: new RegExp(String.raw`\b${PATIENTS}\s+(?:are|is|were|will be)\s+(?:suffering|at risk|in danger|being harmed|being neglected|left in pain)\b`, "gi") },
  // Wrongdoing: falsified records, kickbacks.
  { label: "falsifying records", weight: 2, regex: /\b(?:told|asked|pressured|made|expected|instructed)\s+(?:\w+\s+){0,4}to\s+(?:backdate|falsify|fudge|fiddle|doctor|change|alter|amend|rewrite|sign off)\b|\bbackdat(?:e|ed|ing)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:assessments?|records?|notes|charts?|obs|observations|audits?|checks?|signatures?)\b|\bcover(?:ed|ing)?\s+(?:it\s+)?up\b|\bswept\s+under\s+the\s+(?:carpet|rug)\b/gi },
  { label: "conflict of interest", weight: 2, regex: /\b(?:consultancy\s+fees|kick-?backs?|backhanders?|bribes?)\b/gi },
  // Patients left waiting: on trolleys, in corridors, sat in reception, fit for discharge for weeks.
  { label: "patients left waiting", weight: 2, regex: new RegExp(String.raw`\b${PATIENTS}\b[^.!?\n]{0,60}?\b(?:waiting|waited|wait|sat|sitting|left|stuck|lying|on trolleys|in (?:the )?corridors?)\b[^.!?\n]{0,50}?\b${SPAN_OF_TIME}\b`, "gi") },
  { label: "delayed discharge", weight: 2, regex: new RegExp(String.raw`\bfit\s+for\s+discharge\s+for\s+${SPAN_OF_TIME}|\bno\s+care\s+package\b`, "gi") },
  { label: "corridor care", weight: 1, regex: /\bon\s+trolleys\b|\bin\s+(?:the\s+)?corridors?\b|\bcorridor\s+care\b/gi },
  // Staffing too thin for the work.
  { label: "staffing ratio", weight: 2, regex: new RegExp(String.raw`\b(?:one|1|only one|just one)\s+${STAFF}\s+(?:to|for|covering|looking after)\s+(?:~|about|over|around)?\s*\d+|\bthe\s+only\s+(?:\w+\s+){0,2}${STAFF}\s+(?:for|on|covering|in)\s+(?:~|about|over|around)?\s*\d+|\b\d+\s+${STAFF}\s*(?:,|and|for|to)\s*(?:\d+\s+\w+\s*,?\s*(?:and\s+)?)?\d+\s+(?:patients|beds)\b`, "gi") },
  { label: "caseload", weight: 1, regex: /\bcaseloads?\s+of\s+\d+|\b\d+\s+(?:visits|patients)\s+(?:each|per\s+(?:nurse|person|shift|day))/gi },
  { label: "care delayed", weight: 1, regex: /\b(?:pushed\s+back|delayed|missed|squeezed\s+in|cancelled)\b[^.!?\n]{0,20}?\bby\s+(?:hours|days|weeks)\b|\b(?:visits?|meds|medications?|obs|insulin|wound care|dressings?|feeds?)\s+(?:\w+\s+){0,2}(?:squeezed\s+in|pushed\s+back|missed|delayed)\b/gi },
  // Supplies that ran out; escalation that went nowhere.
  { label: "supplies ran out", weight: 1, regex: /\b(?:run|ran|running)\s+out\s+of\b|\bempty\s+for\s+(?:\d+|a|two|three|four|five|several)\s+(?:days|weeks|months)\b|\bno\s+(?:gloves|aprons|PPE|soap|hand\s+gel|oxygen|beds?|hoists?|pumps?)\s+(?:left|on|in|for)\b/gi },
  { label: "escalation ignored", weight: 1, regex: new RegExp(String.raw`\b(?:reported|escalated|flagged|raised|datixed|bleeped|chased|rang|called)\s+(?:\w+\s+){0,4}${NUM}\s+times\b|\bescalated\s+(?:it\s+)?(?:through|to)\s+every\b|\b(?:nobody|no one|no-one)\s+(?:listens|is listening|cares|came|comes)\b|\bgot\s+told\s+to\s+['‘"]?stop\b`, "gi") },
  { label: "deteriorating patient", weight: 1, regex: /\bNEWS\s*(?:score\s*)?(?:of\s*)?(?:[5-9]|1\d)\b/g },
  { label: "falls", weight: 1, regex: /\b(?:fell|fallen|falls?)\s+(?:twice|three times|again|\d+\s+times)\b/gi },
  // The author's own judgement that it is wrong, or that the public should know.
  { label: "not right", weight: 1, regex: /\b(?:it|this|that)\s*(?:isn't|is not|'s not|s not|ain't)\s+right\b|\bwe\s+would\s+never\s+accept\b|\b(?:a\s+)?(?:national\s+)?scandal\b/gi },
  { label: "public should know", weight: 1, regex: /\b(?:public|people|everyone)\s+(?:should|needs? to|deserves? to|ought to)\s+know\b/gi },
];


// Words at least one cue needs; a post with none of them stops here.
const GATE =
  /safe|staff|harm|dies|die |hurt|suffer|risk|danger|neglect|pain|backdat|falsif|fudge|fiddl|cover|swept|fees|kick|backhand|brib|trolley|corridor|discharge|care package|caseload|pushed back|delayed|missed|squeezed|run out|ran out|running out|empty for|no (?:gloves|aprons|ppe|soap|hand gel|oxygen|beds?|hoists?|pumps?)|reported|escalat|flagged|raised|datix|bleep|chased|rang|called|nobody|no one|no-one|news|fell|falls|right|accept|scandal|know|hours?|hrs|days|nights|weeks|months|one |only|just one|\d+ (?:rns?|nurses?|hcas?|doctors?|regs?|patients|visits)/i;

export interface ConcernResult {
  score: number;
  spans: Span[];
}

// One post is checked at a time, so remembering the last one is enough (and cheaper than a WeakMap).
let lastKey: NormalisedText | undefined;
let lastResult: ConcernResult | undefined;

/** Concern cues in the post and their total weight. A score of 2 or more is a concern. */
export function findConcern(normalised: NormalisedText): ConcernResult {
  if (normalised === lastKey && lastResult) return lastResult;
  let result: ConcernResult;
  const text = normalised.base.text;
  if (!GATE.test(text)) {
    result = { score: 0, spans: [] };
  } else {
    const spans = findCues(text, CONCERN_CUES);
    // A concept counts once, however often it appears.
    const seen = new Set<string>();
    let score = 0;
    for (const s of spans) if (!seen.has(s.label)) (seen.add(s.label), (score += s.weight));
    result = { score, spans };
  }
  lastKey = normalised;
  lastResult = result;
  return result;
}

export const CONCERN_THRESHOLD = 2;
