import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueHealthRule } from "./health.js";

ruleTester(colleagueHealthRule, {
  valid: [
    "Back at work after my own knee replacement, thanks to the ortho team",
    "Shoutout to Kemi on nights who stayed two hours past her shift",
    "Check your boobs every month. Lumps? See your GP",
    { text: "Congrats to our Chantelle who's pregnant! (she made me promise to post this)", name: "she agreed" },
  ],
  invalid: [
    { text: "Dr Lisowski's off with stress again, surprised he lasted", errors: 1 },
    { text: "Our band 7 is back on a phased return after rehab", errors: 1 },
    { text: "Sending love to Jen who's off after losing the baby", errors: 1 },
    { text: "PRIYA'S PREGNANT!!! She hasn't told work yet", errors: 1 },
    { text: "The new admin girl is clearly on the spectrum lol", errors: 1 },
    { text: "Tell your nurse Sarah we know she's been diagnosed with cancer", direction: "inbound", errors: 1 },
  ],
});
