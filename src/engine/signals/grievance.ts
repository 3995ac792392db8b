// Is the post derogatory about the Trust, its services or management, or airing the author's own
// grievance about work? (MC-SS01 §4.2(s) and (u), MTW-SMP §5.5, TRUST-SMP §5.8.)
// Derogatory words count only when a sentence also names an organisational target (the Trust,
// management, a department, a work system); a few cues are grievances in themselves.
import type { NormalisedText } from "../normalise/index.js";
import { findCues, sentences, type Cue, type Span } from "./spans.js";

// What the post may disparage: the employer, its services, its management, its systems.
export const TARGET =
  /\b(?:(?:the|this|our|my|your)\s+(?:[a-z*]+\s+)?(?:Trust|trust|hospital|organisation|place|management|managers?|execs?|executives?|board|directors?|HR|payroll|pharmacy|IT|comms|estates|bosses|leadership|chief\s+exec(?:utive)?|matron|division|department|ward\s+PCs|PCs|computers|systems?|rota|rostering)|(?:new|divisional|finance|medical|nursing|deputy|operations|ops)\s+(?:director|manager|lead|chief\s+\w+)|managers?|management|execs?|senior\s+(?:leadership|management|team)|HR|payroll|pharmacy|whoever\s+(?:designed|came\s+up\s+with|decided|runs)|e-?rostering|(?:IT|computer|booking|referral|rostering|e-?RS|EPR)\s+system|(?:doctors?|consultants?|managers?|nurses?)\s+at\s+this\s+(?:hospital|trust|place)|round\s+here|public\s+consultation|contract)\b|@\w*(?:NHS|Trust|Hosp|Healthcare)\w*/i;

// Derogatory judgements that need a target in the same sentence.
const DEROGATORY: readonly Cue[] = [
  { label: "derogatory", weight: 1, regex: /(?<=\b(?:a|an|absolute|complete|total|utter|such\s+a)\s+(?:[a-z*]+\s+)?)(?:joke|shambles|disgrace|farce|embarrassment|circus|clown\s*show)\b|\b(?:shambolic|clueless|(?:zero|no)\s+clue|useless|incompetent|disgraceful|shameful|pathetic|laughable|a\s+piece\s+of\s+(?:shit|sh\*t|crap|junk|rubbish)|couldn't\s+(?:organise|run|manage)\s+an?\s+[\w-]+|can't\s+be\s+bothered|couldn't\s+care\s+less|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:give\s+a\s+\w+|care)\b|just\s+shrugs?|grows?\s+a\s+spine|wasting\s+(?:money|thousands|millions|£[\d.,]+\w*|our\s+time|time|resources)|(?:a\s+)?waste\s+of\s+(?:money|time|space|resources)|daylight\s+robbery|rip-?\s?off|treats?\s+(?:us|nurses|staff|their\s+staff|you|people)\s+like|never\s+done\s+a\s+day|jumped-?up|back\s+pocket|paid\s+(?:her|him|them)\s+off|passed\s+(?:her|him|them)\s+on|(?:they'll|we'll|they|we)\s+(?:just\s+)?ignore\s+(?:it|us|you|them)|lip\s+service|tick-?\s?box|means\s+nothing|(?:is|it's)\s+a\s+miracle\b|still\s+(?:(?:on|using|running)\s+(?:Windows\s+(?:XP|Vista|7|8)|fax\s+machines|pagers)|couldn't|can't\s+get\s+a)|funny\s+how\s+that\s+works)\b/gi },
];

// Derogatory judgements that carry their own target (an organisational process or employer).
const SELF_TARGETED: readonly Cue[] = [
  { label: "derogatory", weight: 1, regex: /\b(?:just|only|purely)\s+for\s+show\b|\bshameful\s+way\s+to\s+treat\b|\bloyalty\s+means\s+nothing\b|\b(?:unpaid|free)\s+(?:extra\s+)?(?:work|overtime|hours)\b/gi },
];

// The author's own grievance about work.
const GRIEVANCE: readonly Cue[] = [
  { label: "grievance", weight: 1, regex: /\b(?:cancelled|refused|rejected|knocked\s+back|turned\s+down|denied|declined|binned|ignored|blocked)\s+(?:\w+\s+){0,2}(?:my|our)\s+(?:annual\s+leave|leave|holidays?|flexible\s+working(?:\s+request)?|request|application|study\s+leave|training|promotion|pay\s+rise|regrading|breaks?|days?\s+off)\b/gi },
  { label: "grievance", weight: 1, regex: /\b(?:my|our)\s+(?:annual\s+leave|leave|holiday|flexible\s+working\s+request|request|application|regrading|study\s+leave)\s+(?:got|was|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:knocked\s+back|refused|rejected|cancelled|turned\s+down|denied|declined|binned)\b/gi },
  { label: "grievance", weight: 1, regex: /\b(?:cancel|cancels|cancelled|cancelling)\s+(?:our|my)\s+(?:breaks?|leave|annual\s+leave|days?\s+off|training)\b/gi },
  { label: "grievance", weight: 1, regex: /\b(?:missing|short|wrong|docked)\s+(?:from|on|in)\s+my\s+(?:pay|wages?|payslip|salary)\b|\bmy\s+(?:pay|wages?|payslip|enhance?ments|overtime|back\s*pay)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:missing|wrong|short|late|docked)\b|\bmy\s+enhance?ments\s+are\s+missing\b/gi },
  { label: "grievance", weight: 1, regex: /\b(?:moved|sent|shipped|redeployed)\s+to\s+(?:a\s+)?(?:different|another)\s+ward\s+(?:for\s+)?(?:the\s+)?\d+(?:st|nd|rd|th)\b|\bnever\s+on\s+my\s+own\s+ward\b|\bI\s+didn't\s+train\s+for\s+\d+\s+years\s+to\b|\bgenuinely\s+done\b|\btalks?\s+down\s+to\s+me\b|\b(?:speaks?|spoke|talked)\s+to\s+me\s+like\s+(?:dirt|a\s+child|rubbish)\b/gi },
  { label: "grievance", weight: 1, regex: /(?:£\s?\d+(?:\.\d\d)?|paying)\s+(?:a|an|per|every)\s+(?:month|week|year|shift|day|hour)\s+(?:to\s+park|for\s+parking)\b/gi },
];


// Words at least one cue needs; a post with none of them stops here.
const GATE =
  /joke|shambles|disgrace|farce|embarrass|circus|clown|clue|useless|incompet|shame|pathetic|laughable|piece of|couldn't|can't|don't|doesn't|do not|does not|shrug|spine|wast|robbery|rip|treat|never done|jumped|pocket|paid|passed|ignore|lip service|tick|means nothing|miracle|still|funny how|for show|unpaid|free (?:extra|work|overtime|hours)|cancel|refus|reject|knocked back|turned down|denied|declined|binned|blocked|missing|short|wrong|docked|late|moved|sent to|shipped|redeployed|own ward|didn't train|genuinely done|talks? down|spoke to me|talked to me|speaks to me|park/i;

export interface GrievanceResult {
  spans: Span[];
}

// One post is checked at a time, so remembering the last one is enough (and cheaper than a WeakMap).
let lastKey: NormalisedText | undefined;
let lastResult: GrievanceResult | undefined;

/** Derogatory comments about the Trust or its management, and personal work grievances. */
export function findGrievance(normalised: NormalisedText): GrievanceResult {
  if (normalised === lastKey && lastResult) return lastResult;
  let result: GrievanceResult;
  const text = normalised.base.text;
  const spans: Span[] = [];
  if (GATE.test(text)) {
    spans.push(...findCues(text, SELF_TARGETED), ...findCues(text, GRIEVANCE));
    const derogatory = findCues(text, DEROGATORY);
    if (derogatory.length > 0) {
      const list = sentences(text);
      for (const d of derogatory) {
        // The target may be in the same sentence or the one just before ("Daylight robbery @UHSussex. Shameful…").
        const i = list.findIndex((s) => d.start >= s.start && d.start < s.end);
        const here = i >= 0 ? list[i].text : "";
        const before = i > 0 ? list[i - 1].text : "";
        if (TARGET.test(here) || TARGET.test(before)) spans.push(d);
      }
    }
    spans.sort((a, b) => a.start - b.start);
  }
  result = { spans };
  lastKey = normalised;
  lastResult = result;
  return result;
}
