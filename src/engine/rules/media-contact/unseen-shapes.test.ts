// Media-contact shapes from round 12's fresh batches (written for this file, not taken from any
// evaluation set): a Reach-style "…Live" newsroom handle, answering a newsroom's callout
// ("Replying to @X's callout: I'm …"), and sending the journalist on to colleagues or a family
// instead of to the communications team.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./talking-to-journalists.js";

ruleTester(rule, {
  valid: [
    // Reading a newsroom, or sending it to the press office, is not talking to it.
    "Did anyone see the @DevonLive piece on the new scanner? Nice to see good news for once",
    "@BristolLive no comment from me, I've passed your message to our comms team",
  ],
  invalid: [
    {
      text: "@BristolLive no comment from me but try the porters in the basement, they'll tell you about the lifts",
      errors: 1,
    },
    {
      text: "Replying to @MerseyNewsDesk's appeal: yes, I was the midwife on shift that night and I remember it well",
      errors: 1,
    },
    {
      text: "Saw your story on the crash @YorkPressNews. I nursed the driver, happy to pass you his number if he agrees",
      errors: 1,
    },
  ],
});
