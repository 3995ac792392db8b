// UK postcode. A full postcode ("TN39 3QR") narrows an address to a handful of homes; an
// outward code alone ("ME16", "TN4") covers thousands and is not an identifier. The trust's
// published postcodes and addresses (pack allow-lists) and postcodes written after a public
// building's name ("Southmead Hospital, Bristol BS10 5NB") are not someone's home.
import type { Recognizer } from "../recognizer.js";
import { INSTITUTION_WORDS, OWN_PREMISES_WORDS } from "./vocabulary.js";

export const postcode: Recognizer = {
  entity: "POSTCODE",
  view: "base",
  patterns: [
    {
      name: "full postcode",
      regex:
        /(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]?)[ \t]{0,2}\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/gi,
      score: 0.75,
    },
  ],
  validate(match, env, at) {
    const compact = match.replace(/\s+/g, "").toUpperCase();
    // Written in lower case, the shape also fits roads and times ("m25 3am"): it needs a home or
    // patient word near (the context below) to count.
    let adjust = 0;
    if (match !== match.toUpperCase()) {
      if (/\d(?:am|pm)$/i.test(compact)) return false;
      adjust = -0.35;
    }
    if (env.pack.allowed.postcodes.has(compact)) return false;
    if (env.pack.allowed.addresses.length > 0) {
      const near = env.normalised.original.slice(Math.max(0, at.start - 120), at.end).toLowerCase();
      if (env.pack.allowed.addresses.some((a) => a && near.includes(a))) return false;
    }
    return adjust;
  },
  context: [
    // A building named in the postcode's own sentence ("Southmead Hospital, Bristol BS10 5NB"),
    // not one the sentence before mentions ("…haven't reached the pharmacy. 14 Rowan Walk, NE46 1JX").
    { words: INSTITUTION_WORDS, adjust: -0.5, window: 90, sentence: true },
    // A service giving its own new address: "…pharmacy has moved! Find us at Hills Road, CB2 0QQ".
    { words: OWN_PREMISES_WORDS, adjust: -0.5, window: 90 },
    {
      words: [
        "lives",
        "live",
        "living",
        "home",
        "house",
        "flat",
        "address",
        "visit",
        "visits",
        "patient",
        "door",
        "floor",
        "caseload",
        "district",
        "lady",
        "gent",
        "man",
        "woman",
        "mum",
        "dad",
        "nan",
        "grandad",
        "dementia",
        "fall",
        "fell",
        "discharge",
        "discharged",
        "mr",
        "mrs",
        "miss",
        "ms",
      ],
      adjust: 0.2,
    },
  ],
  threshold: 0.5,
};
