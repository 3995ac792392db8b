// Derogatory comments about the Trust, its services or management, and airing one's own work
// grievance in public (MC-SS01 §4.2(s) and (u), TRUST-SMP §5.8 and DO NOT 4, 7 and 9,
// MTW-SMP §5.5, CCC-SMP §7.3.10). A damaging claim about a colleague's conduct at work, or abuse
// aimed at management, disparages the Trust's people as well.
import { findDamagingClaims, findGrievance, isOfficialAccount, tidy } from "../../signals/index.js";
import { defineRule } from "../rule.js";

// A manager as the one being described: "our new divisional director is …", "the matron was …".
const MANAGEMENT =
  /\b(?:our|the|my|this|that)\s+(?:new\s+)?(?:[a-z]+\s+)?(?:matron|director|manager|management|execs?|executives?|chief\s+exec(?:utive)?|chief\s+nurse|board|HR)\s+(?:is|are|was|were|has|have)\b/i;
const WORK_CONDUCT =
  /\b(?:HR|Trust|matron|director|chief\s+\w+|manager|management|board|execs?)\b/i;
// The Trust as the one wronged by a supplier ("Quickcare Agency are billing the Trust for shifts
// never worked"): the claim is about the supplier, not the Trust's people.
const TRUST_AS_VICTIM =
  /\b(?:bill|billed|billing|bills|charg(?:e|es|ed|ing)|invoic(?:e|es|ed|ing)|overcharg(?:e|es|ed|ing)|defraud(?:s|ed|ing)?|rip(?:s|ped|ping)?\s+off|con(?:s|ned|ning)?|sell(?:s|ing)?|sold)\s+(?:the|our)\s+Trust\b/gi;
// An insult at a manager disparages the management only when it is about how they manage (their
// leadership, decisions, rota, competence, absence from the floor), not their face or character:
// "a spineless coward who hides in her office every time we're short", "the management skills of
// a toddler", not "a voice like nails on a blackboard" (abuse-bullying alone).
const HOW_THEY_MANAGE =
  /\b(?:leadership|leader|lead|manag(?:e|es|ed|ing|ement)\s+(?:skills|style|anything|nothing|a\s+\w+)|rotas?|shifts?|hides?|hiding|office|decisions?|decided|never\s+(?:seen|on\s+the\s+floor|set\s+foot)|short|staffing|run(?:s|ning)?\s+(?:a|the|our)\s+(?:\w+\s+)?(?:ward|unit|department|team|service)|competen\w*|incompeten\w*|clueless|useless|no\s+idea|out\s+of\s+(?:her|his|their|my|your)\s+depth|tells?\s+us\s+how|listen\w*|support\w*)\b/i;

export default defineRule({
  meta: {
    id: "disrepute-grievance/derogatory-or-grievance",
    category: "disrepute-grievance",
    severity: "warn",
    clauses: [
      "MC-SS01 §4.2(s)",
      "MC-SS01 §4.2(u)",
      "TRUST-SMP §5.8",
      "TRUST-SMP DO NOT 7",
      "TRUST-SMP DO NOT 9",
      "MTW-SMP §5.5",
      "CCC-SMP §7.3.10",
    ],
    message:
      '"{{excerpt}}" {{what}} in public. Posts like this can bring the Trust into disrepute, and work grievances belong in the workplace.',
    suggestion:
      "Raise it with your line manager, through the grievance procedure or with {{route}} instead of posting it.",
    directions: ["outbound"],
  },
  check(ctx) {
    // Nothing to say unless one of the three signals below is present (most posts stop here).
    const found = findGrievance(ctx.normalised).spans;
    if (
      found.length === 0 &&
      findDamagingClaims(ctx.normalised).claims.length === 0 &&
      !ctx.reported("abuse-bullying")
    )
      return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const view = ctx.normalised.base;
    const route = ctx.pack.trust.speakUp?.trim() || "your Freedom to Speak Up Guardian";
    const report = (span: { start: number; end: number }, what: string) => {
      const { start, end } = tidy(view.text, span);
      const at = view.toOriginal(start, end);
      ctx.report({
        start: at.start,
        end: at.end,
        data: { excerpt: ctx.text.slice(at.start, at.end), what, route },
      });
    };

    if (found.length > 0) {
      const first = found[0];
      report(
        first,
        first.label === "grievance"
          ? "airs a personal grievance about work"
          : "is derogatory about the Trust or its management",
      );
      return;
    }
    // A damaging claim about a colleague's conduct at work disparages the Trust's people.
    const claims = findDamagingClaims(ctx.normalised);
    const workClaim = claims.identifiable
      ? claims.claims.find(
          (c) =>
            (c.kind === "misconduct" || c.kind === "dishonesty") &&
            WORK_CONDUCT.test(view.text.replace(TRUST_AS_VICTIM, " ")),
        )
      : undefined;
    if (workClaim) {
      report(workClaim, "makes a damaging claim about a member of the Trust's staff");
      return;
    }
    // Abuse aimed at managers also disparages the management of the Trust.
    if (ctx.reported("abuse-bullying")) {
      const m = MANAGEMENT.exec(view.text);
      if (m && HOW_THEY_MANAGE.test(view.text))
        report({ start: m.index, end: m.index + m[0].length }, "disparages the Trust's management");
    }
  },
});
