import type { Rule } from "../rule.js";
import { swearWords } from "./swear-words.js";

export const rules: Rule[] = [swearWords];
