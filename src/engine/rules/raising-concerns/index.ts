import type { Rule } from "../rule.js";
import concernOnSocialMedia from "./concern-on-social-media.js";

export const rules: Rule[] = [concernOnSocialMedia];
