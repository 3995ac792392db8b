// A colleague's whereabouts or rota, told to the world: where they will be and when ("Kemi's on
// her own on nights every Tuesday", "Dr Shah finishes at 8 and parks on level 3", "Dave's away in
// Spain till the 20th, house empty"), or where they were seen outside work. Telling the team who
// is covering a shift, inside work channels, is not a post about someone's movements.
import { analyse, anyWord, wordSet } from "../../recognizers/privacy/analysis.js";
import { PATIENT_CUES } from "../../recognizers/privacy/people.js";
import { wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { authorBefore, colleagueNear, COLLEAGUE_CLAUSES, CONSENT_OR_SELF } from "./shared.js";
import { cutDeep } from "../../signals/cue-gate.js";

const WEEKDAY = "(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?s?";
const WHEREABOUTS_WORDS = [
  // when they are alone or easy to find
  "(?:on (?:her|his|their) own|alone|by (?:herself|himself|themselves)|single[- ]handed) (?:on|in|at|running|covering) (?:the )?(?:nights|lates|earlies|ward|unit|floor|department|site|base|station|clinic|hub|surgery|pharmacy|reception|desk|shift|building|annex|block|office|night shift|late shift|[a-z]+ (?:ward|unit|clinic|office|block))",
  // a routine that tells where to find them: "walks his dog at 6am in Victoria Park every day"
  "(?:walks|runs|jogs|swims|cycles|trains|drives)(?: [a-z]+){0,4} at \\d{1,2}(?::\\d\\d)? ?(?:am|pm)?(?: [a-z]+){0,5} every (?:day|morning|night|evening|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  // the street they live on, named ("lives on Westfield Crescent, number 41")
  "lives (?:in|on|at|off) (?!(?:my|our|your|the|this|that|same|his|her|their|a|one|every|each|next) )[a-z]+ (?:road|street|crescent|close|avenue|lane|drive|way|grove|gardens|court|place|terrace|rise|mews|walk|row|park)",
  // alone on the way home after a shift
  "(?:walks|goes|gets|drives|cycles)(?: [a-z]+){0,4} (?:by (?:herself|himself|themselves)|alone|on (?:her|his|their) own) after (?:her|his|their|a|the) (?:late|night|shift|lates|nights|long day)",
  // staying away from home: the hotel and the room
  "(?:staying|stopping) (?:at|in) (?:the |a )?(?:[a-z]+ ){0,3}(?:hotel|inn|lodge|travelodge|b&b|airbnb|guest ?house|caravan park)(?:[^.!?\\n]{0,40}?room \\d{1,4})?",
  // where they live, known and told
  "(?:i|we|i'?ve|we'?ve) (?:know|found out|found|worked out) where (?:she|he|they|[a-z]+(?: [a-z]+){0,3}) (?:lives|live|is living)",
  // said to the reader at the start of a sentence: "Know where your porter Gaz drinks after work."
  "(?<=^|[.!?\\n][ \\t]*)(?:i |we )?(?:know|found out) where (?:she|he|they|[a-z]+(?: [a-z]+){0,3}) (?:lives|drinks|goes|parks|trains|walks|shops|hangs out|gets the bus|is staying)",
  "(?:lives|living),? (?:in |at )?the (?:[a-z]+ ){0,2}(?:house|bungalow|cottage|farm|flat) (?:by|near|next to|opposite|behind|on|with|at the end)",
  // their home picked out for the reader: "hers is the house with the red door on Pendle Road"
  "(?:hers|theirs|(?:her|his|their) (?:house|place|flat|home)) is the (?:[a-z]+ ){0,3}(?:house|bungalow|cottage|flat|one|place) (?:with|on|by|near|next to|opposite|behind|at the end)",
  "(?:finishes|leaves|gets off|clocks off|starts) at \\d{1,2}(?::\\d\\d)?(?: ?[ap]m)?",
  "parks (?:in|on|at|behind|round)",
  "(?:parks|leaves) (?:her|his|their) (?:\\w+ ){1,3}?(?:in|on|at|behind|round|outside)",
  "walks (?:home|to (?:her|his|the) car)",
  "lives (?:alone|on (?:her|his|their) own|by (?:herself|himself))",
  "lives (?:in|on|at|above|behind|near|opposite|next to) (?:the )?(?:flats|estate|road|street|close|avenue|lane|village|house|terrace)\\b",
  "gets the (?:bus|train) home",
  "(?:her|his|their) (?:shifts?|rota|hours) (?:this|next) week",
  "(?:is|he's|she's|they're) on (?:nights|lates|earlies) (?:all|this|next|every)",
  // their shifts by weekday: "Priya's on Thursday lates", "is on nights Fri to Sun"
  `(?:is|he's|she's|they're|['’]s) on (?:${WEEKDAY}(?: (?:and|&|to|-|–) ${WEEKDAY})? (?:days|nights|lates|earlies|long days)|(?:days|nights|lates|earlies|long days) (?:on )?${WEEKDAY}(?![a-z]))`,
  "every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening)",
  // away from home
  // "Dr Mensah's in Lanzarote till the 9th": a place (not a ward or a clinic) until a date
  "(?<=(?:['’]s|\\bis|\\bare|['’]re|\\baway|\\boff) )in (?!(?:theatres?|clinic|resus|majors|minors|recovery|the|a|an|her|his|their|work|charge|meetings?|training|surgery|hospital|bed|labour|isolation|post|office)\\b)[a-z]+(?: [a-z]+)? (?:till|until|for) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:two|three|four|\\d) weeks|a (?:week|fortnight|month))",
  "(?:on holiday|away|abroad) (?:in [a-z]+ )?(?:till|until|for (?:two|three|\\d) weeks)",
  "(?:house|home|flat|place) (?:is |will be |'ll be |'s |stays )?(?:empty|unoccupied)",
  "'s (?:shifts?|rota|hours) (?:this|next) week",
  "home alone",
  // seen somewhere private
  "(?:saw|spotted|seen|bumped into|clocked) (?:your |our |the )?[a-z]+(?: [a-z]+){0,4} (?:at|in|outside|coming out of) (?:the )?(?:clinic|gp|jobcentre|court|police station|food ?bank|pub|casino|bookies|hotel|gym|church|mosque|job interview|interview)",
];
const WHEREABOUTS = wordsRegex(WHEREABOUTS_WORDS);
const AUTHOR = /\b(?:i|i'm|i am|me|my|we|we're)\b[^.!?\n]{0,20}$/i;
const AUTHOR_ALL = /\b(?:i|i'm|i am|me|my|we|we're)\b/gi;
const WHEREABOUTS_ALL = new RegExp(WHEREABOUTS.source, "gi");
const GATE = wordSet(
  "hers theirs house place flat home lives live living staying stopping single themselves own alone herself himself finishes leaves gets clocks starts parks walks shifts shift rota hours nights lates earlies every holiday away abroad empty saw spotted seen bumped clocked till until know",
);

// "on Friday days": "days" is too common a word to open the search without a weekday beside it.
const WEEKDAY_WORDS = wordSet(
  "mon monday mondays tue tues tuesday tuesdays wed wednesday wednesdays thu thur thurs thursday thursdays fri friday fridays sat saturday saturdays sun sunday sundays",
);

export const colleagueWhereaboutsRule = defineRule({
  meta: {
    id: "colleague-privacy/whereabouts",
    category: "colleague-privacy",
    severity: "warn",
    clauses: COLLEAGUE_CLAUSES,
    message:
      "This tells everyone where a colleague is or will be (“{{detail}}”): their rota and movements are theirs to share.",
    suggestion:
      "Leave colleagues' shifts, movements and whereabouts out of public posts; use the team's own channels for cover.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const post = analyse(context.normalised);
    if (!anyWord(post, GATE) && !(post.words.has("days") && anyWord(post, WEEKDAY_WORDS))) return;
    const text = context.normalised.base.text;
    // Only the phrases whose words are in the text (signals/cue-gate.ts cutDeep): the same matches.
    const g = cutDeep(WHEREABOUTS_ALL, text);
    if (g === null) return;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const end = m.index + m[0].length;
      if (!colleagueNear(text, m.index, end, 100)) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (AUTHOR.test(before) && authorBefore(text, m.index, AUTHOR_ALL, 30, false)) continue;
      if (PATIENT_CUES.test(text.slice(Math.max(0, m.index - 60), end + 60))) continue;
      if (CONSENT_OR_SELF.test(text)) return;
      const at = context.normalised.base.toOriginal(m.index, end);
      context.report({
        start: at.start,
        end: at.end,
        data: { detail: context.text.slice(at.start, at.end) },
        redactAs: "[colleague's whereabouts]",
      });
      return;
    }
  },
});
