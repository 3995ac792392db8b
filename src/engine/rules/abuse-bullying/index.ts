import type { Rule } from "../rule.js";
import { humiliation } from "./humiliation.js";
import { insults } from "./insults.js";
import { putDowns } from "./put-downs.js";

export const rules: Rule[] = [insults, humiliation, putDowns];
