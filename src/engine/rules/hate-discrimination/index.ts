import type { Rule } from "../rule.js";
import { groupContempt } from "./group-contempt.js";
import { slurs } from "./slurs.js";

export const rules: Rule[] = [slurs, groupContempt];
