// What makes a sentence of an inbound message a request: a question, or asking someone to do
// something ("could you", "please", "DM me", "I need"). Statements ("I know what time your
// shifts finish") and thanks ("no idea of your name but thank you") are not requests.
import type { TextView } from "../../normalise/index.js";
import { sentences, type Span } from "../../recognizers/information/phrases.js";

const ASKING =
  /\?|\b(?:could|can|would|will|cud|cn) (?:you|u|someone|somebody|anyone)\b|\bplease\b|\bpls\b|\bplz\b|\b(?:dm|pm|message|send|tell|give|text|email|e-mail|forward|confirm|provide|verify|share|reply with|let) (?:me|us)\b|\b(?:dm|pm|send|confirm|provide|verify|forward|share) (?:the|your|his|her|their|a|an|over)\b|\bi (?:really |urgently |just )?(?:need|want|would like|'d like|'?m after|am after|'?m looking for|am looking for|'?m trying to (?:find|get|reach|contact))\b|\b(?:need|want) (?:his|her|their|the)\b|\b(?:reply|respond|get back to (?:us|me)) with\b|\bi'?d be grateful\b|\bkindly\b|\bconfirm (?:whether|if)\b|\bneed to (?:know|confirm|check)\b|^\s*(?:where|how) (?:is|are|was|were|'s|’s|did|does|do|can)\b|^\s*(?:reply with|enter|type in|send|confirm|verify|dm|pm)\b/i;

let lastText: string | undefined;
let lastRequests: Span[] = [];

/** The sentences of the view that ask for something, as view offsets. Three rules ask in turn, so the last answer is kept. */
export function requestSentences(view: TextView): Span[] {
  if (view.text !== lastText) {
    lastRequests = sentences(view.text).filter((s) => ASKING.test(view.text.slice(s.start, s.end)));
    lastText = view.text;
  }
  return lastRequests;
}
