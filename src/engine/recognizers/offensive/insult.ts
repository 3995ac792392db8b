// Insults (nouns that call a person something, adjectives that run one down). Aimed or not is
// decided by the abuse-bullying rule.
import { lexiconRecognizer, after, before } from "./lexicon-recognizer.js";
import { INSULTS } from "./words/insults.js";

export const insultRecognizer = lexiconRecognizer({
  entity: "insult",
  entries: INSULTS,
  score: 0.6,
  keep(hit, text) {
    const m = hit.matched;
    const a = after(text, hit.end, 16);
    const b = before(text, hit.start, 16);
    // Animals as animals: "cow's milk", "pigs in blankets", "guinea pig", "rat poison", "pig
    // trotters" for suturing practice.
    if (/^(?:cow|cows|pig|pigs|rat|rats|snake|snakes|whale|heifer)$/.test(m)) {
      if (
        /^(?:'s|s'|’s)? ?(?:milk|in blankets|poison|bite|farm|shed|pen|sty|skin|valve|trap|run|trotters?|hearts?|ears?|roast|racing|tissue)\b/.test(
          a,
        )
      )
        return false;
      if (/(?:guinea|lab|dairy|mad|the|a|sacred|pet|grass|holy|whale|killer) $/.test(b))
        return /(?:the|a) $/.test(b) && /^(?:\.|,|!| and| who| in)/.test(a) ? true : false;
    }
    if (m === "grass")
      return (
        /(?:go|to|a|you|little|dirty)\s+$/.test(b) &&
        !/^\s*(?:cut|verge|area|seed|land|field|pitch|roots?)/.test(a)
      );
    if (m === "fat")
      return /^ (?:cow|pig|slob|bitch|bastard|cunt|twat|lazy|ugly|useless|waste|git|idiot|lump|knacker)/.test(
        a,
      );
    if (m === "thick" || m === "dumb")
      return (
        /(?:so|as|too|proper|bit|really|pretty|is|are|s|'s) $/.test(b) &&
        !/^ (?:layer|coat|skin|fog|snow|ice|dressing|film)/.test(a)
      );
    // Hospital clowns, clown doctors and amateur dramatics are not insults: these words insult
    // only as name-calling ("a pair of clowns", "absolute clown", "you clown") or as a one-word
    // verdict ("Clown.").
    if (/^(?:clown|clowns|amateurs|cowboys)$/.test(m))
      return (
        /(?:\b(?:a|an|absolute|total|complete|useless|utter|proper|right|such|you|what|bunch of|pair of|load of|set of|lot of|like)\s+)$/.test(
          b,
        ) ||
        (/(?:^|[.!?]\s*)$/.test(b) && /^\s*(?:[.!?]|$|\p{Extended_Pictographic})/u.test(a))
      );
    if (m === "dim") return !/^ (?:light|lights|lighting|room|view)/.test(a);
    if (m === "evil") return !/^ (?:eye|twin|laugh|genius)/.test(a);
    if (m === "creep" || m === "creeps")
      return !/^ (?:up|in|into|over|through)/.test(a) && !/gives? me the $/.test(b);
    return true;
  },
});
