import type { Rule } from "../rule.js";
import credentialRequests from "./credential-requests.js";
import organisationDetailsRequests from "./organisation-details-requests.js";
import personalDetailsRequests from "./personal-details-requests.js";
import phishingLinks from "./phishing-links.js";

export const rules: Rule[] = [
  phishingLinks,
  credentialRequests,
  personalDetailsRequests,
  organisationDetailsRequests,
];
