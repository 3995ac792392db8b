// A member of staff who says where they work and then gives their own opinion on work or health
// should say the views are their own (MC-SS01 §4.2(d), CCC-SMP §7.3.1 and §7.3.10).
// All three conditions of the labelling conventions must hold; official accounts never need it.
// Runs after the learned rules (rules/index.ts), so their findings count towards condition (2).
import { aboutWorkplace, givesOpinion, onlyCelebrates } from "../../signals/index.js";
import { scan, WORK } from "../../signals/lexicon.js";
import { defineRule } from "../rule.js";
import { disclaimerNeeded } from "./conditions.js";

const FIX_TEXT = " Views my own.";

export default defineRule({
  meta: {
    id: "missing-disclaimer/views-own",
    category: "missing-disclaimer",
    severity: "advise",
    clauses: ["MC-SS01 §4.2(d)", "CCC-SMP §7.3.1", "CCC-SMP §7.3.10"],
    message:
      "You name your NHS employer ({{where}}) and give your own opinion on work or health, but nothing says the views are your own, not your employer's.",
    suggestion:
      'Add "Views my own." to the post or your profile so readers do not take it as the Trust speaking.',
    fixable: true,
    directions: ["outbound"],
  },
  check(ctx) {
    // Conditions (1) and (3) first: most posts name no employer.
    const where = disclaimerNeeded(ctx);
    if (!where) return;
    // This rule runs after every other rule, the learned ones included, so it sees the final
    // picture: raising a concern, airing a grievance and a damaging claim count as giving an
    // opinion (the labelling conventions), whichever rule found them; abuse, hate, threats and
    // harmful "advice" about work are opinions too, whatever else they are.
    // What another rule found is an opinion on work only when the post is about work, health or
    // care (not a letting agent who kept a deposit, nor a referee's decision called "a joke").
    const aboutWork = (scan(ctx.normalised).bits & WORK) !== 0;
    // A learned judgement of grievance may be about a train company or a landlord ("late for my
    // shift again"): it counts when the post is about the workplace. Mock thanks often carry a
    // grievance ("Got a 'thank you' email … Still no water coolers"), so it counts even then.
    const grievance = ctx.reported("disrepute-grievance") && aboutWorkplace(ctx.normalised);
    // Good news, thanks and celebrations are no opinion (the labelling conventions), whatever a
    // rule made of them ("Fantastic news: our unit has been rated outstanding" read as a concern);
    // abuse, hate, threats and harmful advice are opinions wherever they sit.
    const fromOthers =
      aboutWork &&
      (ctx.reported("abuse-bullying") ||
        ctx.reported("hate-discrimination") ||
        ctx.reported("threat-violence") ||
        ctx.reported("safeguarding") ||
        ((ctx.reported("raising-concerns") || ctx.reported("defamation")) &&
          !onlyCelebrates(ctx.normalised)));
    const opinion = grievance || fromOthers || givesOpinion(ctx.normalised);
    if (!opinion) return;
    // Append after the last non-space character, replacing any trailing whitespace.
    const end = ctx.text.length;
    const start = ctx.text.trimEnd().length;
    ctx.report({
      data: { where: where === "profile" ? "in your profile" : "in the post" },
      fix: { start, end, replacement: FIX_TEXT },
    });
  },
});
