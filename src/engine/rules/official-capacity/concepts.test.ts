// Paraphrases of speaking for the Trust and of using its branding.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import speakingForTheTrust from "./speaking-for-the-trust.js";
import trustBranding from "./trust-branding.js";

ruleTester(speakingForTheTrust, {
  valid: [
    "Read the Trust's official statement on the flooding here 👇",
    "On behalf of my mum, thank you to the nurses on Ward 4.",
    "I can confirm I've had my flu jab 💪",
  ],
  invalid: [
    {
      text: "On behalf of all the staff at Kingsbridge General Hospital, we apologise for the long waits.",
      errors: 1,
    },
    {
      text: "Official statement on the ward closure: it is temporary and patients are safe.",
      errors: 1,
    },
    { text: "Posting this while comms are away: the clinic reopens on Monday.", errors: 1 },
    { text: "I can tell you the children's unit isn't moving, I work there.", errors: 1 },
    {
      text: "The surgeon has been sent home pending review. I can confirm it because I work there.",
      errors: 1,
    },
  ],
});

ruleTester(trustBranding, {
  valid: ["Spotted the new NHS logo on the ambulances, looks smart."],
  invalid: [
    {
      text: "Designed our ward newsletter with the Trust crest on top so it looks official.",
      errors: 1,
    },
    { text: "[photo: my new Facebook cover with the NHS logo]", errors: 1 },
  ],
});
