import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleaguePrivateLifeRule } from "./private-life.js";

ruleTester(colleaguePrivateLifeRule, {
  valid: [
    "Proud to be a gay nurse and marching at Pride on Saturday",
    "Someone shouted abuse at me and my husband outside the hospital",
    "Not naming names but someone from theatres was out of control at the xmas do",
  ],
  invalid: [
    { text: "Dean from estates has been shagging a student nurse behind his wife's back", errors: 1 },
    { text: "Guess which charge nurse on Ward 7 got caught getting a bl0wj0b in the linen cupboard", errors: 1 },
    { text: "paired with the gay HCA on nights again", errors: 1 },
    { text: "Helen only applied because of what happened with her ex on ITU", errors: 1 },
    { text: "Anyone want Dave's nights? He needs them swapped for his divorce hearing", errors: 1 },
  ],
});
