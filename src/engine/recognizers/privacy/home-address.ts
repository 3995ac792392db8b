// Home addresses: a house number and street ("14 Acacia Avenue", "27 Malvern Rd"), where
// someone lives ("lives on Orchard Way", "moved in opposite me on Grove Road"), or their home
// ("her flat on Cromwell Road", "his bungalow in Hove"). Public buildings nearby lower the
// score; whose address it is (patient or colleague) is for the rules to judge.
import type { Recognizer } from "../recognizer.js";
import { INSTITUTION_WORDS, OWN_PREMISES_WORDS, STREET_TYPES } from "./vocabulary.js";

const STREET = `(?:${STREET_TYPES.map((t) => t[0].toUpperCase() + t.slice(1)).join("|")})\\b\\.?`;
const NAME = "[A-Z][a-z'’]{1,20}";
const HOME = "(?:flat|house|home|bungalow|caravan|maisonette|cottage|place|semi|terrace)";

export const homeAddress: Recognizer = {
  entity: "HOME_ADDRESS",
  view: "base",
  patterns: [
    {
      name: "number and street",
      regex: new RegExp(`\\b\\d{1,4}[A-Za-z]?,?[ \\t](?:${NAME}[ \\t]){1,3}${STREET}`, "g"),
      score: 0.65,
    },
    {
      name: "where someone lives",
      regex: new RegExp(
        `\\b(?:lives?|living|staying|moved in)\\b[^.!?\\n]{0,30}?\\b(?:at|on|in)[ \\t]((?:\\d{1,4}[ \\t])?(?:${NAME}[ \\t]){1,3}${STREET})`,
        "g",
      ),
      score: 0.75,
      group: 1,
    },
    {
      name: "someone's home",
      regex: new RegExp(
        `\\b(?:his|her|their)[ \\t]${HOME}[ \\t](?:on|in|at|off)[ \\t]((?:\\d{1,4}[ \\t])?${NAME}(?:[ \\t]${NAME}){0,3})`,
        "g",
      ),
      score: 0.7,
      group: 1,
    },
    {
      // A house known by its name and village, as in the country: "picked up the lady at Ivy
      // Cottage, Littlebury", "the farmer from Top Farm in Hawkswick".
      name: "named house and village",
      regex: new RegExp(
        `\\b(?:at|from|to|outside)[ \\t]+((?:${NAME}[ \\t]){1,2}(?:Cottage|Farm|Farmhouse|Barn|Bungalow)(?:,[ \\t]*|[ \\t]+in[ \\t]+)${NAME}(?:[ \\t]${NAME})?)`,
        "g",
      ),
      // A clinic in the same sentence is where they were taken ("… for her 10am at the eye
      // clinic"): the house word is a home's, so that alone does not sink it.
      score: 0.95,
      group: 1,
    },
  ],
  context: [
    { words: INSTITUTION_WORDS, adjust: -0.4, window: 50, sentence: true },
    { words: OWN_PREMISES_WORDS, adjust: -0.4, window: 90 },
  ],
  threshold: 0.5,
};
