import type { Rule } from "../rule.js";
import doorCodes from "./door-codes.js";
import exposedControls from "./exposed-controls.js";
import passwords from "./passwords.js";
import systemDetails from "./system-details.js";
import weaknesses from "./weaknesses.js";

export const rules: Rule[] = [doorCodes, passwords, systemDetails, weaknesses, exposedControls];
