// Damaging claims missed on fresh probe posts: drunk or hungover at work said with a working time
// ("so hungover most Mondays he can't hold a pen"), and a role the claim finder did not know as
// someone identifiable ("the pharmacy tech"); news of a regulator's decision is reported, not
// asserted, and patients coming in drunk are no claim about staff. Second round: a relative walking
// into a job with no interview, a contract because of a friendship, kickbacks, and reporting someone
// to a regulator for what they did.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

ruleTester(rule, {
  valid: [
    "Read that a nurse in Lancashire was struck off for stealing drugs. Sad for everyone involved.",
    "It's always the lads who come in pissed on a Saturday night. Drink, fight, get stitched up, repeat.",
    "I was so hungover most of Sunday I couldn't face the gym.",
    "My manager's daughter got a job at Tesco, she's made up.",
    "Reported the broken hoist to estates for fixing, third time this month.",
    "She bullied me into doing a parkrun and now I love it.",
    "Our band 7 has been off with stress for 3 months and we all miss her, get well soon 💐",
    "I haven't had time to read the policy yet but signed it anyway, will read it tonight.",
    "I reported myself to the NMC for a drug error years ago and it made me a better nurse.",
  ],
  invalid: [
    {
      text: "Dr Okafor on the stroke unit is so hungover most Mondays he can't hold a pen. Surprised nobody's reported him.",
      errors: 1,
    },
    {
      text: "Our night reg is still drunk on shift half the time and everyone covers for him.",
      errors: 1,
    },
    {
      text: "Amazing how the theatre manager's nephew walked straight into a band 6 job with no interview 🤔",
      errors: 1,
    },
    {
      text: "That bloke who runs the PPE supplier got the contract because he golfs with our chief exec.",
      errors: 1,
    },
    {
      text: "Our head of estates has been taking kickbacks off the builders for years, it's an open secret.",
      errors: 1,
    },
    {
      text: "Reported Dr Kaye to the GMC for examining women without a chaperone. Three of us saw it.",
      errors: 1,
    },
    {
      text: "Our ward manager's been marking herself as on shift while she's at her second job. Payroll haven't noticed yet.",
      errors: 1,
    },
    {
      text: "Dr Harrington in cardiology bullied two juniors into leaving last year and HR buried the complaints.",
      errors: 1,
    },
    {
      text: "our band 7 has been off 'stressed' for 3 months but she's been posting from Ibiza every weekend 🏝️",
      errors: 1,
    },
    {
      text: "Pro-Clean Ltd haven't cleaned the isolation rooms properly in months and sign the sheets anyway.",
      errors: 1,
    },
    {
      text: "Swiftmed Locums' doctors don't even have proper GMC registration. They just fudge the paperwork.",
      errors: 1,
    },
    {
      text: "Not saying the pharmacy tech is helping himself to the oramorph but it's always his shifts when the count is wrong 👀",
      errors: 1,
    },
  ],
});
