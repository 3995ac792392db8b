// Every recognizer; rules ask for entities by type and only the recognizers for that type run.
import { conductRecognizers } from "./conduct/index.js";
import { offensiveRecognizers } from "./offensive/index.js";
import { privacyRecognizers } from "./privacy/index.js";
import type { AnyRecognizer } from "./recognizer.js";

export const recognizers: AnyRecognizer[] = [
  ...privacyRecognizers,
  ...offensiveRecognizers,
  ...conductRecognizers,
];
