import type { Rule } from "../rule.js";
import { colleagueHealthRule } from "./health.js";
import { colleagueHomeAndContactRule } from "./home-and-contact.js";
import { colleaguePhotoRule } from "./photo-or-recording.js";
import { colleaguePrivateLifeRule } from "./private-life.js";
import { colleagueWhereaboutsRule } from "./whereabouts.js";

export const rules: Rule[] = [
  colleagueHomeAndContactRule,
  colleagueHealthRule,
  colleaguePrivateLifeRule,
  colleagueWhereaboutsRule,
  colleaguePhotoRule,
];
