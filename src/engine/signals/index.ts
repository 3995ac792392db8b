// Shared analysis of who is speaking and what kind of thing they are saying, used by the
// professional-conduct rules (disclaimer, official capacity, media, concerns, grievance, defamation).
export {
  hasDisclaimer,
  isOfficialAccount,
  postNamesEmployer,
  profileNamesEmployer,
} from "./affiliation.js";
export { CONCERN_THRESHOLD, findConcern } from "./concern.js";
export { findDamagingClaims, type ClaimKind } from "./damaging-claim.js";
export { aboutWorkplace, findGrievance } from "./grievance.js";
export { givesOpinion, onlyCelebrates } from "./opinion.js";
export { communicationsRoute, speakUpRoute } from "./routes.js";
export { tidy, type Span } from "./spans.js";
