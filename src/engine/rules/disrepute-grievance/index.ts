import type { Rule } from "../rule.js";
import derogatoryOrGrievance from "./derogatory-or-grievance.js";

export const rules: Rule[] = [derogatoryOrGrievance];
