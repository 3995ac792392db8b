import type { Rule } from "../rule.js";
import drinkAndDrugs from "./drink-and-drugs.js";
import exploitingAdults from "./exploiting-adults.js";
import exploitationOffers from "./exploitation-offers.js";
import harmfulHabits from "./harmful-habits.js";
import identityExposure from "./identity-exposure.js";
import luring from "./luring.js";
import personalInformationTheft from "./personal-information-theft.js";
import privateAccess from "./private-access.js";
import sedating from "./sedating.js";
import selfHarm from "./self-harm.js";

export const rules: Rule[] = [
  selfHarm,
  luring,
  personalInformationTheft,
  drinkAndDrugs,
  sedating,
  exploitingAdults,
  harmfulHabits,
  identityExposure,
  privateAccess,
  exploitationOffers,
];
