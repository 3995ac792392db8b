// A colleague's private life and health in indirect shapes: a name introduced with "who's …",
// orientation followed by "and …" about something else, a break-up told through the partner,
// speculation about weight loss; groups, praise and the author's own news stay fine.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueHealthRule } from "./health.js";
import { colleaguePrivateLifeRule } from "./private-life.js";

ruleTester(colleagueHealthRule, {
  valid: [
    "Congratulations to Maisie who's just passed her driving test!",
    "I've lost loads of weight since I started walking to work.",
    "Huge thanks to Corinne, who has run the bake sale for ten years.",
    "Welcome back to Ellie who's in for her second round of chemo today, same comfy chair as always.",
  ],
  invalid: [
    { text: "So pleased for Corinne who's pregnant again! Don't say anything yet 🤫", errors: 1 },
    {
      text: "Has anyone noticed Tamsin from pharmacy has lost so much weight? I'm worried.",
      errors: 1,
    },
  ],
});

ruleTester(colleaguePrivateLifeRule, {
  valid: [
    "Our gay and lesbian staff network meets on Thursday.",
    "Our ward manager and her husband ran the half marathon together, amazing!",
  ],
  invalid: [
    {
      text: "Our deputy sister is gay and frankly it's nobody's business, stop gossiping.",
      errors: 1,
    },
    {
      text: "The charge nurse on nights has been sleeping in his car since his wife threw him out.",
      errors: 1,
    },
  ],
});
