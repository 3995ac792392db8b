// The trust's own patient identifier shapes, from the policy pack (`localIdentifiers`): a
// pattern, a base score, and context words that raise it by 0.4. A trust adds a shape in its
// pack file and it is found without code changes.
import { hasContext, type CustomRecognizer, type Entity } from "../recognizer.js";
import { countDigits, minDigits } from "./vocabulary.js";

const contextCache = new WeakMap<string[], { words: string[]; adjust: number; window: number }>();

const digitsNeeded = new WeakMap<RegExp, number>();

export const localIdentifier: CustomRecognizer = {
  entity: "LOCAL_IDENTIFIER",
  detect({ normalised, pack }) {
    const found: Entity[] = [];
    if (pack.compiledLocalIdentifiers.length === 0) return found;
    // The numbers view: "k44O9217" and "R W F 4 4 7 1 9 0 2" are read as the numbers they show.
    const view = normalised.digits;
    for (const li of pack.compiledLocalIdentifiers) {
      let need = digitsNeeded.get(li.regex);
      if (need === undefined) digitsNeeded.set(li.regex, (need = minDigits(li.regex)));
      if (need > 0 && countDigits(view.text, need) < need) continue;
      let ctx = contextCache.get(li.context);
      if (!ctx)
        contextCache.set(
          li.context,
          (ctx = { words: li.context.map((w) => w.toLowerCase()), adjust: 0.4, window: 60 }),
        );
      li.regex.lastIndex = 0;
      let guard = 0;
      for (
        let m = li.regex.exec(view.text);
        m && guard < 1000;
        m = li.regex.exec(view.text), guard++
      ) {
        if (m[0].length === 0) {
          li.regex.lastIndex++;
          continue;
        }
        const vEnd = m.index + m[0].length;
        const score =
          li.score + (ctx.words.length > 0 && hasContext(view.text, m.index, vEnd, ctx) ? 0.4 : 0);
        if (score < 0.5) continue;
        const at = view.toOriginal(m.index, vEnd);
        if (found.some((e) => e.start < at.end && at.start < e.end)) continue;
        found.push({
          type: "LOCAL_IDENTIFIER",
          start: at.start,
          end: at.end,
          text: normalised.original.slice(at.start, at.end),
          score: Math.min(1, score),
          pattern: li.name,
        });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
