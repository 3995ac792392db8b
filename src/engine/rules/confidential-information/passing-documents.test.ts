import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./passing-documents.js";

ruleTester(rule, {
  valid: [
    "Sending the rota over to the team WhatsApp now",
    "Happy to send you a copy of the leaflet, just DM me your address",
    "@BBCNews loved your piece on the new children's hospital!",
    "Can someone forward me the minutes from yesterday's ward meeting?",
  ],
  invalid: [
    {
      text: "@LocalNewsDesk yes, I can forward you the memo about the ward closures tonight",
      errors: [
        {
          excerpt: "@LocalNewsDesk yes, I can forward you the memo about the ward closures tonight",
        },
      ],
    },
    { text: "Happy to send you a copy of the letter, what's your email? @BBCNews", errors: 1 },
    {
      text: "Spoke to the reporter from the Gazette, I'll send them over the photos of the flooded theatre",
      errors: 1,
    },
  ],
});
