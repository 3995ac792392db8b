// Posts about people who are not anyone's patient now, whatever care words they hold: a TV drama
// or a book ("Grey's: the patient in room 2 turns out to be…", "the new Adam Kay book, the bit
// about the patient in room 3"), a made-up teaching case, and history ("In 1948 the first NHS
// patient was…").
import { anyWord, wordSet, type PostAnalysis } from "./analysis.js";

// Every branch of FICTION needs one of these words ("24 Hours in A&E" and "The Good Doctor" are
// looked for apart: their words are everyday ones).
const GATE = wordSet(
  "casualty holby anatomy grey greys scrubs midwife pitt hurt minute kay episode season storyline finale chapter bit fictional hypothetical imaginary made",
);
// Shows named by a word nobody uses for anything else; "Casualty" and "Scrubs" count only when
// the post says they are being watched or aired.
const FICTION =
  /\b(?:[Ww]atching|[Ww]atched|[Ee]pisode of|[Bb]ing(?:e?ing))\b[^.!?\n]{0,30}\b(?:Casualty|Scrubs|House)\b|\b(?:Casualty|Holby)\b[^.!?\n]{0,20}\b(?:tonight|episode|last night|on (?:the )?(?:telly|tv|bbc|iplayer))\b|\b(?:Holby(?: City)?|Grey['’]s(?: Anatomy)?|The Pitt|Call [Tt]he Midwife|This [Ii]s Going [Tt]o Hurt|One Born Every Minute|Adam Kay)\b|\b(?:[Ss]eason (?:finale|\d{1,2})|(?:this|last|next|every|whole|latest|new) episode|[Ss]toryline|(?:the|this|that|a|new) (?:book|novel)\b[^.!?\n]{0,40}\bthe bit about|chapter about)\b|\b(?:[Rr]eading|[Ww]atching|[Ww]atched)\b[^.!?\n]{0,60}\bthe bit (?:about|where|with)\b|\b(?:[Ff]ictional|[Hh]ypothetical|[Ii]maginary|[Mm]ade[- ]up)[ \t]+(?:case|patient|scenario|example)|\((?:[Ff]ictional|[Hh]ypothetical|[Mm]ade[- ]up)(?:[ \t]+case)?\)/;
// "In 1948 the first NHS patient was…", "the first NHS patient in 1948 was…": a historic first.
const HISTORY =
  /\b[Ii]n 1[89]\d\d\b[^.!?\n]{0,60}\bthe first\b|\b[Tt]he first\b[^.!?\n]{0,40}\bin 1[89]\d\d\b/;

let lastText = "";
let lastAnswer = false;

/** Whether the post is about a drama, a book, a made-up case or history rather than a patient now. */
export function fictionOrHistory(text: string, post: PostAnalysis): boolean {
  // Both patient recognizers ask about the same post in turn.
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer =
    (anyWord(post, GATE) && FICTION.test(text)) ||
    (post.words.has("hours") && text.includes("24 Hours in A&E")) ||
    (post.words.has("doctor") && text.includes("The Good Doctor")) ||
    (post.digits >= 4 && post.words.has("first") && HISTORY.test(text));
  return lastAnswer;
}
