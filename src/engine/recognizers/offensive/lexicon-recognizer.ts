// A recognizer built from a word list: one scan of the `words` view per post, entities mapped
// back to the original text. `keep` drops innocent senses by looking at the words around a hit.
import type { CustomRecognizer, Entity } from "../recognizer.js";
import { compileLexicon, matchLexicon, type LexiconEntry, type LexiconHit } from "./lexicon.js";

export interface LexiconRecognizerOptions {
  entity: string;
  entries: LexiconEntry[];
  /** Return false to drop a hit. `text` is the whole words view. */
  keep?(hit: LexiconHit, text: string): boolean;
  score?: number;
}

const MAX_HITS = 50;

export function lexiconRecognizer(options: LexiconRecognizerOptions): CustomRecognizer {
  const lexicon = compileLexicon(options.entries);
  return {
    entity: options.entity,
    detect({ normalised }) {
      const view = normalised.words;
      const found: Entity[] = [];
      for (const hit of matchLexicon(view, lexicon)) {
        // A post with hundreds of hits has made its point; more findings only cost time.
        if (found.length >= MAX_HITS) break;
        if (options.keep && !options.keep(hit, view.text)) continue;
        const at = view.toOriginal(hit.start, hit.end);
        found.push({
          type: options.entity,
          start: at.start,
          end: at.end,
          text: normalised.original.slice(at.start, at.end),
          score: options.score ?? 0.9,
          pattern: hit.entry.label,
          detail: {
            label: hit.entry.label,
            kind: hit.entry.kind ?? "",
            normalised: hit.matched,
            viewStart: hit.start,
            viewEnd: hit.end,
          },
        });
      }
      return found;
    },
  };
}

/** The `n` characters of `text` before `start`. */
export const before = (text: string, start: number, n = 40) =>
  text.slice(Math.max(0, start - n), start);
/** The `n` characters of `text` after `end`. */
export const after = (text: string, end: number, n = 40) => text.slice(end, end + n);
