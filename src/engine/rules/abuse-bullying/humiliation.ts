// Bullying and humiliation without a plain insult: hate or sexualised comments aimed at a
// particular person, sharing a recording of someone to laugh at them, sneering at a colleague's
// sickness, telling others to shut someone out, telling someone to kill themselves.
import {
  CONDEMNATION,
  SECOND_PERSON,
  hasNamedPerson,
  hasSpecificPerson,
} from "../../recognizers/offensive/context.js";
import { INSULT_EMOJI } from "../../recognizers/offensive/words/insults.js";
import { analyseHate } from "../hate-discrimination/analyse.js";
import { defineRule } from "../rule.js";
import { analyseSexual } from "../sexual-content/analyse.js";

const PATTERNS: { what: string; gate: RegExp; regex: RegExp }[] = [
  { what: "Sneering at a colleague's sickness", gate: /\boff\b/, regex: /['‘"]off (?:sick|with stress|with anxiety|with (?:her|his) back)['’"]|\b(?:off|signed off) (?:sick|with stress|with anxiety)(?:'s|’s)?,? again\b|\b(?:off|signed off) (?:sick|with stress)\b.{0,80}(?:#sicknote|funny how|🙄)/u },
  { what: "Telling others to shut someone out", gate: /\bno(?:body|one|one else)? /, regex: /\bno(?:body|one|one else)? (?:invite|invites|talk to|speak to|sit with|add|include|help|cover for) [a-z]+\b.{0,60}\b(?:if (?:she|he|they) wants?|grass|snitch|🐀)/u },
  { what: "Telling someone to harm themselves", gate: /wrists|yourself|kys|die|jump|favou?r/, regex: /\b(?:slit your wrists|kill yourself|kys|neck yourself|go (?:and )?die|jump off (?:a|the) (?:bridge|multi-storey|multi storey|roof|cliff|car park))\b|\bdo (?:us|everyone|the world) a favou?r and (?:die|jump|disappear|quit)\b/ },
];

const RECORDING = /📸|🎥|📹|📷|\b(?:video|voice note|voicenote|pic|picture|photo|clip|footage) of\b|\bcaught\b/u;
const LAUGHING = /😂|🤣|\blol\b|\blmao\b|\bhaha\w*/u;

export const humiliation = defineRule({
  meta: {
    id: "abuse-bullying/humiliation",
    category: "abuse-bullying",
    severity: "block",
    clauses: ["TRUST-SMP DO NOT 7", "TRUST-SMP DO NOT 8", "CCC-SMP §7.3.4"],
    message: "{{what}}: bullying, trolling or humiliating colleagues, patients or anyone else online is not allowed.",
    suggestion: "Don't post about a person to mock or shame them. If you have a concern about someone, speak to your manager.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.words;
    const text = view.text;
    const whole = { start: 0, end: context.text.length };
    const hate = analyseHate(context);
    if (hate.atPerson && hate.findings.length > 0) {
      const f = hate.findings[0];
      context.report({ start: f.start, end: f.end, data: { what: "Hateful remarks aimed at a particular person or small group" } });
      return;
    }
    const sexual = analyseSexual(context);
    const sexualHit = sexual.explicit[0] ?? sexual.suggestive[0];
    if (sexualHit && (hasSpecificPerson(text) || SECOND_PERSON.test(text) || hasNamedPerson(context.text))) {
      context.report({ start: sexualHit.start, end: sexualHit.end, data: { what: "A sexualised comment about a particular person" } });
      return;
    }
    for (const p of PATTERNS) {
      if (!p.gate.test(text)) continue;
      const m = p.regex.exec(text);
      if (m && !CONDEMNATION.test(text)) {
        const at = view.toOriginal(m.index, m.index + m[0].length);
        context.report({ start: at.start, end: at.end, data: { what: p.what } });
        return;
      }
    }
    const recorded = RECORDING.test(text) && LAUGHING.test(text);
    const animal = INSULT_EMOJI.exec(context.text);
    if (!recorded && !animal) return;
    const person = hasSpecificPerson(text) || hasNamedPerson(context.text);
    if (person && recorded) {
      context.report({ ...whole, data: { what: "Sharing a picture or recording of someone to laugh at them" } });
      return;
    }
    if (person && animal) {
      context.report({ start: animal.index, end: animal.index + animal[0].length, data: { what: "Calling someone an animal" } });
    }
  },
});
