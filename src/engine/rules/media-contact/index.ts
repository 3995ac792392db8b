import type { Rule } from "../rule.js";
import talkingToJournalists from "./talking-to-journalists.js";

export const rules: Rule[] = [talkingToJournalists];
