// Identifiers of people, one entity a file. Rules ask for an entity by type; only its
// recognizers run, and only when asked.
import type { AnyRecognizer } from "../recognizer.js";
import { dateOfBirth } from "./date-of-birth.js";
import { emailAddress } from "./email-address.js";
import { homeAddress } from "./home-address.js";
import { hospitalNumber } from "./hospital-number.js";
import { indirectIdentifier } from "./indirect-identifier.js";
import { localIdentifier } from "./local-identifier.js";
import { nhsNumber } from "./nhs-number.js";
import { patientImage } from "./patient-image.js";
import { personInCare } from "./person-in-care.js";
import { phoneNumber } from "./phone-number.js";
import { postcode } from "./postcode.js";

export const privacyRecognizers: AnyRecognizer[] = [
  nhsNumber,
  hospitalNumber,
  localIdentifier,
  dateOfBirth,
  postcode,
  phoneNumber,
  emailAddress,
  homeAddress,
  personInCare,
  indirectIdentifier,
  patientImage,
];
