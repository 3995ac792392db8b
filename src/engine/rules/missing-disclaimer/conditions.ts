// Conditions (1) and (3) of the labelling conventions for missing-disclaimer, shared by the
// hand-written rule (views-own.ts) and the learned one (rules/learned/): the author names their
// NHS employer, hospital or service (in the profile or, in the first person, in the post), the
// account is a personal one, and neither post nor profile says the views are the author's own.
// Condition (2), giving an opinion on work or health, is each rule's own judgement.
import {
  aboutWorkplace,
  hasDisclaimer,
  isOfficialAccount,
  postNamesEmployer,
  profileNamesEmployer,
} from "../../signals/index.js";
import { fired, scan, WORK } from "../../signals/lexicon.js";
import { HEALTH_EXTRA } from "../../signals/opinion.js";
import type { RuleContext } from "../rule.js";

/**
 * Where the author names their employer ("profile" or "post") when a disclaimer would be needed
 * for an opinion; undefined when none is (no employer named, an official account, a disclaimer
 * already there, a post about nothing to do with work or health, or a post already reported as
 * speaking in the Trust's own voice).
 */
export function disclaimerNeeded(ctx: RuleContext): "profile" | "post" | undefined {
  // A post presented as the Trust's own voice or account is an official-capacity matter; a
  // disclaimer would not mend it.
  if (ctx.reported("official-capacity")) return undefined;
  // Cheapest tests first: most posts name no employer.
  const profile = ctx.profile ? ctx.normalisedProfile.base.text : "";
  const text = ctx.normalised.base.text;
  const inProfile = profileNamesEmployer(profile, ctx.pack);
  const inPost = !inProfile && postNamesEmployer(text, ctx.pack, ctx.normalised);
  if (!inProfile && !inPost) return undefined;
  if (isOfficialAccount(profile)) return undefined;
  if (hasDisclaimer(text, ctx.normalised) || (profile && hasDisclaimer(profile))) return undefined;
  // Condition (2) asks for an opinion on work, the Trust, the NHS, health or care: a post that
  // names none of these (a referee, a TV final, a film) needs no disclaimer whatever it says.
  if (!inPost) {
    const words = scan(ctx.normalised);
    if ((words.bits & WORK) === 0 && !fired(words, HEALTH_EXTRA) && !aboutWorkplace(ctx.normalised))
      return undefined;
  }
  return inProfile ? "profile" : "post";
}
