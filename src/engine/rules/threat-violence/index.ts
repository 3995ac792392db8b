import type { Rule } from "../rule.js";
import { threats } from "./threats.js";

export const rules: Rule[] = [threats];
