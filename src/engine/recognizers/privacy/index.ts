import type { AnyRecognizer } from "../recognizer.js";

export const privacyRecognizers: AnyRecognizer[] = [];
