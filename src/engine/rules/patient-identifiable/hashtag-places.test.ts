// Hashtags are read as words by the patient rules: "#bay3 #bed2" place a person as "bay 3, bed 2"
// does (normalise/hashtags.ts), and findings point at the tags as written.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { patientNameRule } from "./patient-name.js";

ruleTester(patientNameRule, {
  valid: [
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
