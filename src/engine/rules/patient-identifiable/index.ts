import type { Rule } from "../rule.js";
import { contactDetailsRule } from "./contact-details.js";
import { dateOfBirthRule } from "./date-of-birth.js";
import { homeAddressRule } from "./home-address.js";
import { hospitalNumberRule } from "./hospital-number.js";
import { indirectIdentifierRule } from "./indirect-identifier.js";
import { nhsNumberRule } from "./nhs-number.js";
import { patientImageRule } from "./patient-image.js";
import { patientNameRule } from "./patient-name.js";
import { postcodeRule } from "./postcode.js";

// Direct identifiers first; the indirect rule runs last and stays quiet if any of them reported.
export const rules: Rule[] = [
  nhsNumberRule,
  hospitalNumberRule,
  dateOfBirthRule,
  postcodeRule,
  contactDetailsRule,
  homeAddressRule,
  patientNameRule,
  patientImageRule,
  indirectIdentifierRule,
];
