// Word lists and phrase patterns for hate, threats, sexual content, insults and swearing.
// Each recognizer is one entity; the rules in rules/<category>/ weigh them with context.
import type { AnyRecognizer } from "../recognizer.js";
import { identityTermRecognizer } from "./identity-term.js";
import { insultRecognizer } from "./insult.js";
import { explicitTermRecognizer, suggestiveTermRecognizer } from "./sexual-term.js";
import { slurRecognizer } from "./slur.js";
import { swearWordRecognizer } from "./swear-word.js";

export const offensiveRecognizers: AnyRecognizer[] = [
  swearWordRecognizer,
  slurRecognizer,
  explicitTermRecognizer,
  suggestiveTermRecognizer,
  insultRecognizer,
  identityTermRecognizer,
];
