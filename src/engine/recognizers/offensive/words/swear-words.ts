// Strong swear words: profanity under the labelling conventions (fuck and FFS/WTF/FML, shit,
// cunt, twat, wanker, dickhead, bastard, bollocks, prick, and the like). Mild words ("bloody",
// "damn", "crap", "hell", "arse") are deliberately absent; crude sexual words live in
// sexual-terms.ts and slurs in slurs.ts.
import type { LexiconEntry } from "../lexicon.js";

export const SWEAR_WORDS: LexiconEntry[] = [
  {
    label: "fuck",
    pattern: "fuck(s|ed|er|ers|ery|ing|in|in'|ings|wit|wits|head|heads|face|faces|tard|sake|off)?",
  },
  { label: "fuck", pattern: "(mother|cluster)fuck(er|ers|ing|in)?" },
  { label: "fuck", pattern: "(fuk|fck|fcuk|fuq)(s|ed|er|ers|ing|in)?" },
  { label: "FFS", pattern: "ffs" },
  { label: "WTF", pattern: "wtf" },
  { label: "FML", pattern: "fml" },
  { label: "STFU", pattern: "stfu" },
  { label: "GTFO", pattern: "gtfo" },
  {
    label: "shit",
    pattern: "shit(s|e|es|ty|tier|ting|ted|hole|holes|show|storm|head|heads|bag|load|faced)?",
  },
  { label: "shit", pattern: "(bull|horse|bat|ape|dip|chicken)shit(s|ting|ter)?" },
  { label: "cunt", pattern: "cunt(s|ing|y)?" },
  { label: "twat", pattern: "twat(s|ted|ting)?" },
  { label: "wanker", pattern: "wanker(s)?" },
  { label: "tosser", pattern: "tosser(s)?" },
  { label: "dickhead", pattern: "dick~head(s|ed)?" },
  { label: "knobhead", pattern: "knob~head(s)?" },
  { label: "bellend", pattern: "bell~end(s)?" },
  { label: "bastard", pattern: "bastard(s|ised)?" },
  { label: "bollocks", pattern: "(bollocks|bollox|bollocking)" },
  { label: "prick", pattern: "prick(s)?" },
  { label: "arsehole", pattern: "(arse|ass)~hole(s)?" },
  { label: "motherfucker", pattern: "mofo(s)?" },
];
