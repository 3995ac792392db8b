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

// Round 13: ringing a programme is talking to it; a newsroom steered to a story ("you might want
// to ask …", "happy to point you …") is a tip-off; an interview the comms team arranged is the
// route the policy asks for.
ruleTester(rule, {
  valid: [
    "Our physio lead spoke to BBC Radio Leeds this morning about falls prevention, organised by the Trust's communications team. Proud!",
    "Loved the phone in on the radio this morning, someone's nan rang about her tomatoes 🍅",
    "Ringing into the team huddle from home today as my car's in the garage",
  ],
  invalid: [
    {
      text: "Ringing into the Stephen Nolan Show later about agency pay for HCAs. Nervous!",
      errors: 1,
    },
    {
      text: "@HullDailyMail you may want to look into who signed off the new catering contract at Castle Hill. I can steer you to the right people",
      errors: 1,
    },
    {
      text: "Newsdesk at the Lancashire Telegraph: happy to point you at the minutes they never published",
      errors: 1,
    },
  ],
});
