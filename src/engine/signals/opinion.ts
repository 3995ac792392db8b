// Does the post give the author's own opinion or judgement on work, the Trust, the NHS, health or
// care? Raising a concern, airing a grievance, a damaging claim and giving health advice count;
// news, thanks, celebrations, event notices, factual signposting and questions do not.
// (The labelling conventions of missing-disclaimer, condition 2.)
import type { NormalisedText } from "../normalise/index.js";
import { CONCERN_THRESHOLD, findConcern } from "./concern.js";
import { findDamagingClaims } from "./damaging-claim.js";
import { findGrievance } from "./grievance.js";


// Judgements in so many words: what ought to happen, what is best or worst, what the author thinks.
const JUDGEMENT =
  /\b(?:should(?:n't)?|ought\s+to|must(?:n't)?|needs?\s+to\s+(?:be|stop|start|change|listen|fund|pay|invest|scrap|go)|time\s+to\s+(?:fund|fix|pay|invest|scrap|stop|listen|act|change|sort|end|admit|talk)|simple\s+as|unpopular\s+opinion|hot\s+take|in\s+my\s+(?:opinion|view|experience)|i\s+(?:honestly\s+)?(?:think|believe|reckon|feel)\s+(?:that\s+)?(?:the|we|nurses|doctors|patients|staff|it|this|every|all)|imo|imho|(?:the\s+)?(?:best|worst)\s+thing\s+(?:this|that|the|about|since|to|they|we|i|that's|about)|game[- ]changer|waste\s+of\s+(?:time|money)|works\.\s|proper\s+snowflakes|toughen\s+up|(?:is|are)\s+(?:a\s+)?(?:national\s+)?(?:scandal|disgrace|outrage)|it\s*(?:isn't|is\s+not|'s\s+not)\s+(?:right|fair|good\s+enough|ok|okay|acceptable))\b/i;

// What the judgement is about: work, the NHS, health or care.
const WORK_OR_HEALTH =
  /\b(?:NHS|Trust|hospital|hospitals|ward|wards|A&E|ED|GP|GPs|patients?|nurses?|nursing|doctors?|surgeons?|midwi(?:fe|ves)|paramedics?|porters?|HCAs?|staff|colleagues?|student\s+nurses?|placements?|shifts?|rota|care|carers?|health|healthcare|clinical|clinic|surgery|theatres?|operating|CPR|arrests?|ambulances?|treatment|medicines?|medication|vaccin\w*|jabs?|pay|funding|fund|managers?|management|execs?|director|matron|consultants?|registrars?|job|work|beds?|discharge|frail|older\s+people|mental\s+health|evidence|porter(?:ing)?|system|training|uniform)\b/i;

// Health advice in the imperative: "wear a helmet", "skip lunch every shift", "check your…".
const HEALTH_ADVICE =
  /\b(?:if\s+you're\s+hungry\s+you're\s+winning|skip\s+(?:lunch|breakfast|meals?|dinner)|live\s+on\s+\w+|(?:always|never|don't|do\s+not|make\s+sure\s+you|remember\s+to|please)\s+(?:wear|check|take|skip|eat|drink|get|see|call|ask)\b[^.!?\n]{0,40}?\b(?:helmet|GP|doctor|pharmacist|999|111|A&E|lump|jab|vaccine|tablets?|pills?|antibiotics?|water|meals?|lunch))/i;

const QUESTION_ONLY = /^[^.!\n]*\?\s*$/;

/** The post gives the author's own opinion on work or health (apart from what other categories already show). */
export function givesOpinion(normalised: NormalisedText): boolean {
  const text = normalised.base.text;
  if (findConcern(normalised).score >= CONCERN_THRESHOLD) return true;
  if (findGrievance(normalised).spans.length > 0) return true;
  const claims = findDamagingClaims(normalised);
  if (claims.claims.length > 0 && claims.identifiable) return true;
  if (QUESTION_ONLY.test(text.trim())) return false;
  if (HEALTH_ADVICE.test(text)) return true;
  return JUDGEMENT.test(text) && WORK_OR_HEALTH.test(text);
}
