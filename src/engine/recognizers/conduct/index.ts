import type { AnyRecognizer } from "../recognizer.js";

export const conductRecognizers: AnyRecognizer[] = [];
