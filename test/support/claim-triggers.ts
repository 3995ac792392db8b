// The defamation claim cues are skipped unless one of their trigger words is in the post, so
// whenever a cue matches a text its trigger must have fired. Returns the cues (and texts) where it
// did not.
import { normalise } from "../../src/engine/normalise/index.js";
import { CLAIM_CUES } from "../../src/engine/signals/damaging-claim.js";
import { fired, scan } from "../../src/engine/signals/lexicon.js";

export function claimTriggerMisses(texts: readonly string[]): string[] {
  const misses: string[] = [];
  for (const t of texts) {
    const words = scan(normalise(t));
    for (const cue of CLAIM_CUES) {
      cue.regex.lastIndex = 0;
      if (cue.regex.test(words.lower) && !fired(words, cue.trigger!))
        misses.push(`${cue.label}: ${t}`);
    }
  }
  return misses;
}
