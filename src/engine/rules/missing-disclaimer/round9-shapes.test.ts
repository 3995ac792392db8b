// Round nine's unseen batches (wording written for this file): "our Trust in years" names the
// employer; verdicts said as "the forgotten part of the NHS", "this is what good care looks like",
// "screening matters!", a bare "Great to see." after what the Trust did, "more of this please",
// "it's an X, not a Y", "no idea how we're meant to …"; a raised concern is about care even with
// only unit names (PICU, HDU); "post-nights" is work.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

const profile = "Staff nurse, Millbrook General Hospital";

ruleTester(rule, {
  valid: [
    // Praise of something public, "transparency matters": the corpus reads these as no opinion.
    { text: "Good to see the Trust publish its waiting times every month. Transparency matters.", profile },
    // A celebration with a positive verdict is still a celebration.
    { text: "Well done team! Great to see. Congratulations on the award 🎉", profile },
    // No employer named: "trust in" as confidence.
    { text: "Lost all trust in years of promises from politicians. Voting anyway." },
    // A question.
    { text: "Is the new e-rostering system the forgotten part of the upgrade?", profile: "Ward clerk" },
    // Not about work or health.
    { text: "It's a sprint, not a marathon. Training for the 10k!", profile: "Runner | Cat mum" },
  ],
  invalid: [
    {
      text: "Genuinely, the falls prevention team is the best service at our Trust in years.",
      errors: 1,
    },
    { text: "District nursing is still the forgotten part of community care.", profile, errors: 1 },
    {
      text: "Our stroke team got Mr X home in four days with rehab at home. This is what joined-up care looks like.",
      profile,
      errors: 1,
    },
    { text: "Over-forties health checks really matter! Ours found three new diabetics last week.", profile, errors: 1 },
    {
      text: "Our director of nursing did a night shift on the wards with us. Great to see.",
      profile,
      errors: 1,
    },
    {
      text: "Execs answering questions live on the intranet, no script. More of this, please.",
      profile,
      errors: 1,
    },
    {
      text: "Long waits for ADHD assessments again in the paper. It's a funding problem, not a demand problem.",
      profile,
      errors: 1,
    },
    {
      text: "Agency spend is up again on our unit. No idea how we're supposed to pay for it.",
      profile,
      errors: 1,
    },
    {
      text: "PICU again tonight with half of us off. Someone is going to get hurt.",
      profile: "Charge nurse, PICU, Riverside Health",
      errors: 1,
    },
  ],
});
