// Concerns raised indirectly: small staff numbers against a big ward, harm predicted (a fall, a
// wrong dose, a late diagnosis), faults reported and left, caseloads, and claims for work never
// done; signposting that mentions feeling unsafe is not a concern.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    "If you ever feel unsafe at work, talk to your manager or the Speak Up guardian.",
    "If anything looks unsafe on the ward, Datix it and tell the nurse in charge.",
    "Two of us ran the 10k for the hospice on Sunday and raised £600!",
    "My caseload review with my manager went really well today.",
  ],
  invalid: [
    { text: "Three of us for 31 patients again tonight. I'm scared.", errors: 1 },
    { text: "Someone is going to have a fall on that ramp. It's been reported twice.", errors: 1 },
    {
      text: "The bladder scanner has been showing the wrong volume for weeks. Reported it. Nothing.",
      errors: 1,
    },
    {
      text: "My caseload was 21 visits today. Insulin visits got squeezed in at the end.",
      errors: 1,
    },
    {
      text: "Scans are taking six weeks to be reported. Tumours are going to be picked up late.",
      errors: 1,
    },
    { text: "The unit manager puts in invoices for agency shifts that never happened.", errors: 1 },
  ],
});
