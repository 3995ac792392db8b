// A damaging claim presented as fact about a named or identifiable person or organisation
// (MC-SS01 §4.2(q), CLH-SMP §4.1, CCC-SMP §7.3.8, TRUST-SMP DO NOT 9). Plain insults are abuse,
// not defamation, so only claims of crime, dishonesty, misconduct or sexual conduct count.
// Applies to messages received too: a member of the public may defame staff on an official page.
import { findDamagingClaims, tidy } from "../../signals/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "defamation/damaging-claim",
    category: "defamation",
    severity: "warn",
    clauses: ["MC-SS01 §4.2(q)", "CLH-SMP §4.1", "CCC-SMP §7.3.8", "TRUST-SMP DO NOT 9"],
    message:
      'This presents a damaging claim ({{what}}: "{{excerpt}}") about someone who can be identified{{hedge}}. Posting it can be defamatory, whether or not it is true.',
    suggestion:
      "Remove the claim. If you believe someone has done wrong, report it through the proper route (your line manager, Freedom to Speak Up or the police), not in public.",
    directions: ["outbound", "inbound"],
  },
  check(ctx) {
    const result = findDamagingClaims(ctx.normalised);
    if (!result.identifiable || result.claims.length === 0) return;
    const claim = result.claims[0];
    const view = ctx.normalised.base;
    const { start, end } = tidy(view.text, claim);
    const at = view.toOriginal(start, end);
    ctx.report({
      start: at.start,
      end: at.end,
      data: {
        what: claim.label,
        excerpt: ctx.text.slice(at.start, at.end),
        hedge: result.hedged ? ", asserted as common knowledge or hearsay" : "",
      },
      message:
        ctx.direction === "inbound"
          ? `This message makes a damaging claim (${claim.label}: "${ctx.text.slice(at.start, at.end)}") about someone who can be identified. Do not repeat or share it on the official account; hide it if the platform allows and pass it to the communications team.`
          : undefined,
      suggestion:
        ctx.direction === "inbound"
          ? "Hide or remove the comment, do not engage publicly, and refer the allegation to the communications team and the staff member's manager."
          : undefined,
    });
  },
});
