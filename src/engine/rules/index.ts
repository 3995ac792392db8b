// Every policy rule, in the order they run: one folder per taxonomy category, one rule a file.
// Order matters only for rules that ask whether another category was already reported
// (e.g. profanity aimed at someone is abuse), so those categories come first.
import { rules as patientIdentifiable } from "./patient-identifiable/index.js";
import { rules as colleaguePrivacy } from "./colleague-privacy/index.js";
import { rules as patientRelationship } from "./patient-relationship/index.js";
import { rules as confidentialInformation } from "./confidential-information/index.js";
import { rules as securityArrangements } from "./security-arrangements/index.js";
import { rules as socialEngineering } from "./social-engineering/index.js";
import { rules as hateDiscrimination } from "./hate-discrimination/index.js";
import { rules as threatViolence } from "./threat-violence/index.js";
import { rules as sexualContent } from "./sexual-content/index.js";
import { rules as abuseBullying } from "./abuse-bullying/index.js";
import { rules as profanity } from "./profanity/index.js";
import { rules as safeguarding } from "./safeguarding/index.js";
import { rules as defamation } from "./defamation/index.js";
import { rules as disreputeGrievance } from "./disrepute-grievance/index.js";
import { rules as raisingConcerns } from "./raising-concerns/index.js";
import { rules as mediaContact } from "./media-contact/index.js";
import { rules as officialCapacity } from "./official-capacity/index.js";
import { rules as copyright } from "./copyright/index.js";
import { rules as missingDisclaimer } from "./missing-disclaimer/index.js";
import { learnedDisclaimerRules, learnedRulesBeforeDisclaimer } from "./learned/index.js";
import type { Rule } from "./rule.js";

export const rules: Rule[] = [
  ...patientIdentifiable,
  ...colleaguePrivacy,
  ...patientRelationship,
  ...confidentialInformation,
  ...securityArrangements,
  ...socialEngineering,
  ...hateDiscrimination,
  ...threatViolence,
  ...sexualContent,
  ...abuseBullying,
  ...profanity,
  ...safeguarding,
  ...defamation,
  ...disreputeGrievance,
  ...raisingConcerns,
  ...mediaContact,
  ...officialCapacity,
  ...copyright,
  // Then the policy classifier: it reports only what the hand-written rules missed.
  ...learnedRulesBeforeDisclaimer,
  // Missing-disclaimer after them: a concern, grievance or damaging claim found by any rule
  // (learned ones included) counts as an opinion; its learned rule reports only what it missed.
  ...missingDisclaimer,
  ...learnedDisclaimerRules,
];
