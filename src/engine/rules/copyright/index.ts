import type { Rule } from "../rule.js";
import copiedContent from "./copied-content.js";
import unknownOwner from "./unknown-owner.js";

export const rules: Rule[] = [copiedContent, unknownOwner];
