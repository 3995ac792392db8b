import type { Rule } from "../rule.js";
import viewsOwn from "./views-own.js";

export const rules: Rule[] = [viewsOwn];
