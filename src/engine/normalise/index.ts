// One pass per view, built only when a recognizer or rule asks for it. Each view is a pipeline
// of small steps (one a file, separately tested) and maps every position back to the original.
import { foldCompatibility } from "./compatibility.js";
import { foldConfusables } from "./confusables.js";
import { digitWordsToDigits, joinSpacedDigits, lookalikeDigits } from "./digits.js";
import { splitHashtags } from "./hashtags.js";
import { removeInvisible } from "./invisible.js";
import { foldLeetspeak } from "./leetspeak.js";
import { joinSpacedLetters } from "./spaced-letters.js";
import { asMapped, identityView, mapCodePoints, type TextView } from "./text-view.js";
import { wordIndex, type WordIndex } from "./word-index.js";

export type { TextView } from "./text-view.js";
export { identityView } from "./text-view.js";
export { vocabulary, type WordIndex } from "./word-index.js";

export interface NormalisedText {
  readonly original: string;
  /**
   * Invisible characters removed, compatibility forms, accents and look-alike letters folded, and
   * hashtags read as words ("#bed2" is "#bed 2": normalise/hashtags.ts). Case kept.
   */
  readonly base: TextView;
  /**
   * `base` lower-cased, leetspeak folded and spaced letters joined: for word lists. Hashtags are
   * left whole here, so leetspeak in a tag ("#sl4g") is folded as a word.
   */
  readonly words: TextView;
  /** `base` with digits written as words, spaced apart or as look-alike letters joined: for numbers. */
  readonly digits: TextView;
  /**
   * The words of `words`, found once: typed arrays of starts, ends and ids in the shared
   * vocabulary (normalise/word-index.ts), for word lists that intern their words there.
   */
  readonly wordIndex: WordIndex;
}

// Plain printable ASCII (plus tab and newline) needs none of the base steps.
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

const UPPER = /\p{Lu}|\p{Lt}/gu;

function lowerCase(view: TextView): TextView {
  const lower = view.text.toLowerCase();
  if (lower === view.text) return view;
  // Lower-casing keeps the length for almost every letter; then the mapping carries over as is.
  if (lower.length === view.text.length) {
    return asMapped(view).withText(lower);
  }
  return mapCodePoints(view, UPPER, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  });
}

// A class rather than an object literal with getters: literals with accessors are built on a slow
// path on every call, and this is built for every post (and profile).
class Normalised implements NormalisedText {
  private _folded: TextView | undefined = undefined;
  private _base: TextView | undefined = undefined;
  private _words: TextView | undefined = undefined;
  private _digits: TextView | undefined = undefined;

  constructor(readonly original: string) {}

  /** The base steps before hashtags are read as words. */
  private get folded(): TextView {
    return (this._folded ??= PLAIN_ASCII.test(this.original)
      ? identityView(this.original)
      : foldConfusables(foldCompatibility(removeInvisible(identityView(this.original)))));
  }

  get base(): TextView {
    return (this._base ??= splitHashtags(this.folded));
  }

  get words(): TextView {
    return (this._words ??= joinSpacedLetters(foldLeetspeak(lowerCase(this.folded))));
  }

  get digits(): TextView {
    return (this._digits ??= lookalikeDigits(joinSpacedDigits(digitWordsToDigits(this.base))));
  }

  get wordIndex(): WordIndex {
    return wordIndex(this.words);
  }
}

export function normalise(original: string): NormalisedText {
  return new Normalised(original);
}
