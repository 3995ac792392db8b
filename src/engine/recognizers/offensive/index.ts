import type { AnyRecognizer } from "../recognizer.js";

export const offensiveRecognizers: AnyRecognizer[] = [];
