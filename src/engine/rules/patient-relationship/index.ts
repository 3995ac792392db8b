import type { Rule } from "../rule.js";
import { befriendingRule } from "./befriending.js";

export const rules: Rule[] = [befriendingRule];
