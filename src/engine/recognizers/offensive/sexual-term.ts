// Crude sexual words ("explicit") and innuendo ("suggestive"), minus their innocent senses.
import { lexiconRecognizer, after, before } from "./lexicon-recognizer.js";
import { EXPLICIT_TERMS, SUGGESTIVE_TERMS } from "./words/sexual-terms.js";

export const explicitTermRecognizer = lexiconRecognizer({
  entity: "sexual-explicit",
  entries: EXPLICIT_TERMS,
  keep(hit, text) {
    const a = after(text, hit.end, 12);
    const b = before(text, hit.start, 12);
    switch (hit.entry.label) {
      case "cock": // "a cock-up", "cocked up", the bird
        return !/^[ -]?ups?\b/.test(a) && !/(?:weather|turkey|game)[ -]?$/.test(b);
      case "hard-on": // "working so hard on nights", "be hard on yourself": only "a hard on", "hard-on", "hardon"
        return (
          !/ /.test(hit.matched) || /\b(?:a|raging|massive|got|gave|get|with|his|the)\s$/.test(b)
        );
      case "cum": // "summa cum laude"
        return !/^ laude/.test(a);
      case "tits": // birds, and "it all went tits up"
        return !/(?:blue|great|coal|long-tailed|marsh|willow)[ -]$/.test(b) && !/^ up\b/.test(a);
      case "pussy": // "pussy cat", "pussy willow"
        return !/^ ?(?:cat|cats|willow)\b/.test(a);
      case "porn": // "food porn", "ruin porn"
        return !/(?:food|ruin|house|book|travel|cake)[ -]$/.test(b);
      default:
        return true;
    }
  },
});

export const suggestiveTermRecognizer = lexiconRecognizer({
  entity: "sexual-suggestive",
  entries: SUGGESTIVE_TERMS,
  score: 0.5,
  keep(hit, text) {
    if (hit.entry.label === "sex") {
      // The clinical and legal senses: sexual health, sex education, sex offender, sex discrimination.
      return (
        !/^[ -]?(?:life|lives|health|education|ed|worker|workers|offender|offenders|offence|offences|discrimination|abuse|trafficking|and gender|differences|hormones?|assigned|ratio|specific|drive|therapist|therapy|selection|chromosomes?|cells?|linked)\b/.test(
          after(text, hit.end, 16),
        ) &&
        !/(?:same|opposite|biological|safer?|safe|unprotected|protected|consensual)[ -]$/.test(
          before(text, hit.start, 14),
        )
      );
    }
    return true;
  },
});
