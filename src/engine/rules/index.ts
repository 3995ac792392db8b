// Every policy rule, in the order they run. Grouped by the part of the policies they enforce:
// privacy (patients and colleagues), offensive content, and professional conduct.
import { conductRules } from "./conduct/index.js";
import { offensiveRules } from "./offensive/index.js";
import { privacyRules } from "./privacy/index.js";
import type { Rule } from "./rule.js";

export const rules: Rule[] = [...privacyRules, ...offensiveRules, ...conductRules];
