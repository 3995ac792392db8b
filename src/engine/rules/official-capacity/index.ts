import type { Rule } from "../rule.js";
import speakingForTheTrust from "./speaking-for-the-trust.js";
import trustBranding from "./trust-branding.js";
import unofficialAccount from "./unofficial-account.js";

export const rules: Rule[] = [speakingForTheTrust, unofficialAccount, trustBranding];
