// Slurs about a protected characteristic, minus their innocent senses.
import { lexiconRecognizer, after, before } from "./lexicon-recognizer.js";
import { SLURS } from "./words/slurs.js";

// The Black Country dish: "faggots, mushy peas and gravy", "faggots and chips".
const FOOD =
  /\b(?:peas|gravy|mash|chips|onions|menu|dinner|lunch|tea|canteen|butcher|brains|oven|recipe|pie)\b/;
// British "fags" are cigarettes.
const SMOKING =
  /\b(?:smok\w*|cig\w*|lighter|ashtray|vape\w*|nicotine|packet|pack of|baccy|tobacco|roll[- ]?ups?|monster|booze|coffee|energy drinks?|fags? down|stoptober|quit\w*|puff\w*)\b/;
// Contempt that makes "fags" the slur: "bunch of fags", "you fag", "fags and perverts".
const FAG_CONTEMPT_BEFORE =
  /(?:bunch of|load of|you|a|these|those|them|filthy|dirty|bloody|fucking|of)\s+$/;
const FAG_CONTEMPT_AFTER =
  /^\s+(?:and|&)\s+(?:perverts?|queers?|dykes?|trann\w+|paedos?|nonces?|weirdos?|freaks?)/;
const SEXUALITY_NEAR = /\b(?:gay|gays|pride|rainbow|lgbt\w*|queer|homo\w*|lesbian)/;

export const slurRecognizer = lexiconRecognizer({
  entity: "slur",
  entries: SLURS,
  keep(hit, text) {
    const m = hit.matched;
    const near = before(text, hit.start, 80) + " " + after(text, hit.end, 80);
    if (/^fag/.test(m) && !/^fagg?ots?$/.test(m) && !/^faggy$/.test(m)) {
      if (SMOKING.test(near)) return false;
      const b = before(text, hit.start, 20);
      const a = after(text, hit.end, 30);
      return FAG_CONTEMPT_BEFORE.test(b) || FAG_CONTEMPT_AFTER.test(a) || SEXUALITY_NEAR.test(near);
    }
    if (/^fagg?ots?$/.test(m) && FOOD.test(near)) return false;
    if (hit.entry.label === "chink" && /^\s+(?:in|of)\b/.test(after(text, hit.end, 6)))
      return false;
    if (
      hit.entry.label === "homo" &&
      /^\s+(?:sapiens|erectus|habilis|neanderthal)/.test(after(text, hit.end, 14))
    )
      return false;
    if (
      hit.entry.label === "dyke" &&
      (/(?:offa'?s?|devil'?s?)\s*$/.test(before(text, hit.start, 8)) ||
        // The Black Dyke (Mills) Band, a brass band named after its village.
        (/\bblack\s+$/.test(before(text, hit.start, 8)) &&
          /^\s+(?:mills|band|brass)\b/.test(after(text, hit.end, 8))) ||
        /^\s+(?:road|rd|lane|street|house|avenue|close|path|paths|walk|walks|bank|banks|top|wall|drain|way)\b/.test(
          after(text, hit.end, 10),
        ) ||
        /\b(?:along|across|over|beside|by|down|up) (?:the|a) $/.test(before(text, hit.start, 12)))
    )
      return false;
    if (hit.entry.label === "darkie" && /^dark(?:y|ey)s?$/.test(m))
      return (
        /^\s*$/.test(after(text, hit.end, 1)) &&
        /\b(?:a|the|you|them|those|these)\s+$/.test(before(text, hit.start, 8))
      );
    // The clinical sense: spastic cerebral palsy, spastic diplegia, a spastic gait.
    if (
      m === "spastic" &&
      /^\s+(?:cerebral|diplegi|quadripleg|tetrapleg|hemipleg|parapleg|paraparesis|gait|muscles?|tone|bladder|colon|dysphonia|type|form)/.test(
        after(text, hit.end, 16),
      )
    )
      return false;
    if (hit.entry.label === "jap" && /^\s*(?:anese)/.test(after(text, hit.end, 5))) return false;
    return true;
  },
});
