import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueHomeAndContactRule } from "./home-and-contact.js";

ruleTester(colleagueHomeAndContactRule, {
  valid: [
    "Mr Jones lives at DN4 6RT, lovely man, discharged today from ward 5",

    "Email me on my personal email jo.b@gmail.com if you want the rota swap",
    "Any questions, contact the ward on ward7.admin@nhs.net",

    "Call our switchboard on 0117 496 0555",
    "If anyone is covering 27 Malvern Rd tomorrow, Mr D's catheter needs changing",
  ],
  invalid: [
    {
      text: "Tell Dr Okafor I know he lives at 14 Beechwood Avenue",
      direction: "inbound",
      errors: [{ excerpt: "14 Beechwood Avenue" }],
      output: "Tell Dr Okafor I know he lives at [address removed]",
    },
    {
      text: "Tell your nurse Dawn we know she lives on Orchard Way",
      direction: "inbound",
      errors: [{ excerpt: "Orchard Way" }],
    },
    {
      text: "Need cover Saturday, ring Becky on her personal mobile 07700 900733",
      errors: [{ excerpt: "07700 900733" }],
    },
    {
      text: "Our ward manager's personal email is tina.b1978@hotmail.com, tell her what you think",
      errors: [{ excerpt: "tina.b1978@hotmail.com" }],
    },
    {
      text: "Kate from the diabetes team lives at DN4 6RT, send her a card for her 40th!",
      errors: [{ excerpt: "DN4 6RT" }],
    },
  ],
});
