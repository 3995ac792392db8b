// Every recognizer; rules ask for entities by type and only the recognizers for that type run.
// privacy/: identifiers of people (NHS number, postcode, name in a care context, ...).
// offensive/: word lists and phrase patterns for hate, threats, sexual content and swearing.
import { offensiveRecognizers } from "./offensive/index.js";
import { privacyRecognizers } from "./privacy/index.js";
import type { AnyRecognizer } from "./recognizer.js";

export const recognizers: AnyRecognizer[] = [...privacyRecognizers, ...offensiveRecognizers];
