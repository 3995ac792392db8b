// Damaging claims made by insinuation (money that cannot be explained, a loss in scare quotes,
// a lapse "on purpose"), claims for work never done, overcharging and neglect by a named
// business; news of a conviction and signposting to counter-fraud are not claims.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

ruleTester(rule, {
  valid: [
    "If you suspect fraud at work, tell the counter fraud team, not Facebook.",
    "The Westbury Echo says a former finance director was convicted of fraud today.",
    "Fraud awareness week: our counter fraud specialist is in the atrium on Tuesday.",
    "Wonder how the sister on Ward 4 keeps so calm on a 30-bed ward. Legend.",
    "Our ward manager drinks on her birthday like the rest of us, behave.",
    "Beware of scam texts pretending to be from the NHS.",
    "Our porter took my patient's wheelchair back to the lift, what a star.",
  ],
  invalid: [
    { text: "Glenfield Physio bills insurers for sessions people never had.", errors: 1 },
    { text: "Our night porter nicked £40 out of my nan's purse. Thief.", errors: 1 },
    { text: "The locum reg drinks before every shift, you can smell it.", errors: 1 },
    {
      text: "Our new estates lead got the job because his brother is on the board.",
      errors: 1,
    },
    { text: "Our bed manager hides empty side rooms so the figures look good.", errors: 1 },
    { text: "HR at Farley backdated the disciplinary letters. I typed them.", errors: 1 },
    {
      text: "Funny how the sister on Ward 4 affords two holidays a year on band 6 pay. Mind where the petty cash goes.",
      errors: 1,
    },
    {
      text: 'The porter who "loses" the CD cupboard keys every weekend has a new motorbike. Just saying.',
      errors: 1,
    },
    {
      text: "Our ward manager signs off bank timesheets for shifts that never happened.",
      errors: 1,
    },
    { text: "Castle Cabs overcharge every elderly patient leaving the hospital.", errors: 1 },
    {
      text: "Meadowbank House care home keeps residents in bed all day so it can run on fewer carers.",
      errors: 1,
    },
    {
      text: "The registrar who 'forgets' to write up his reviews does it on purpose so nothing can be pinned on him.",
      errors: 1,
    },
  ],
});
