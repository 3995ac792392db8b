// Hashtags are read as words by the patient rules: "#bay3 #bed2" place a person as "bay 3, bed 2"
// does (normalise/hashtags.ts), and findings point at the tags as written.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { patientNameRule } from "./patient-name.js";

ruleTester(patientNameRule, {
  valid: [
    { text: "#MrsB is my dog and she has eaten my lunch again #nightshift", name: "a pet's tag" },
    {
      text: "#bed12 call bell on the blink again, estates are coming #nhslife",
      name: "the bed's kit is faulty, nobody in it",
    },
    { text: "#ward12 #teamwork #proud of this lot", name: "a ward's tag, no one placed in it" },
    { text: "Congrats #Ward12 on the #Team2024 award", name: "a team and a year" },
    {
      text: "#bay3 refurb finished, new beds in #ward12 #LeagueOfFriends",
      name: "a place with no person in it",
    },
    { text: "#F1 #A4 #M25 traffic again, late for #ward12", name: "names with one letter" },
  ],
  invalid: [
    {
      text: "end of an era #GoodbyeMrT #bay4 #ward9 #discharged",
      errors: [{ excerpt: "MrT" }, { excerpt: "bay4" }],
      name: "a title run into a tag, with a bay and a ward",
    },
    {
      text: "#ByeByeByeDoreen 👋 after 9 weeks on ward 11 she's off home",
      errors: 1,
      name: "a farewell tag with the farewell said over",
    },
    {
      text: "#ward12 #bay3 #bed2 #aged100",
      errors: [{ excerpt: "bay3" }, { excerpt: "bed2" }],
      name: "a hashtag-only post placing someone and giving their age",
    },
    {
      text: "#ward12 #bed2 #dementia #aged93",
      errors: [{ excerpt: "bed2" }],
      name: "a bed, a diagnosis and an age, all tags",
    },
  ],
});
