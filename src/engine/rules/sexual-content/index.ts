import type { Rule } from "../rule.js";
import { explicitContent } from "./explicit-content.js";

export const rules: Rule[] = [explicitContent];
