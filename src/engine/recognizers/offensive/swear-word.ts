// Strong swear words, disguised or not ("f*cking", "sh1t", "F.U.C.K.", "tw@t", "d!ckhead").
import { lexiconRecognizer, after, before } from "./lexicon-recognizer.js";
import { SWEAR_WORDS } from "./words/swear-words.js";

// "Prick" is also a needle or a test: "finger prick", "skin prick test", "needlestick prick".
const MEDICAL_PRICK_BEFORE =
  /(?:finger|skin|heel|pin|needle|needlestick|sharps|thumb|lancet)[ -]?$/;
const MEDICAL_PRICK_AFTER = /^(?:s)?[ -]?(?:test|testing|tests|of|from|injur|wound)/;

export const swearWordRecognizer = lexiconRecognizer({
  entity: "swear-word",
  entries: SWEAR_WORDS,
  keep(hit, text) {
    if (hit.entry.label === "prick") {
      if (MEDICAL_PRICK_BEFORE.test(before(text, hit.start, 14))) return false;
      if (MEDICAL_PRICK_AFTER.test(after(text, hit.end - (hit.matched.endsWith("s") ? 1 : 0), 12)))
        return false;
    }
    return true;
  },
});
