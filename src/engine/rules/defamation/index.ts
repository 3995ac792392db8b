import type { Rule } from "../rule.js";
import damagingClaim from "./damaging-claim.js";

export const rules: Rule[] = [damagingClaim];
