import { ruleTester } from "../../../../test/support/rule-tester.js";
import { indirectIdentifierRule } from "./indirect-identifier.js";

ruleTester(indirectIdentifierRule, {
  valid: [
    "A patient told me today I was the first person to sit with her all week",
    "It's #RareDiseaseDay: 1 in 17 people will have a rare condition at some point",
    "To the man who spat at my colleague in A&E on Saturday night: shame on you",
    "Third e-scooter head injury this week. Wear a helmet",
    "Cocktails at Pat's leaving do, 38 years in pharmacy",
  ],
  invalid: [
    {
      text: "The 84-year-old from Hythe who came in after the caravan fire on Sunday is eating again",
      errors: 1,
    },
    {
      text: "Saw my first ever case of progeria in clinic today, a 6 year old from Deal",
      errors: 1,
    },
    { text: "The only teenager on our renal unit got his transplant call tonight", errors: 1 },
    {
      text: "Guess which premier league footballer was in our A&E this afternoon with a broken ankle",
      errors: 1,
    },
    { text: "Lad in resus at 3am after a crash on the M2 near junction 4", errors: 1 },
  ],
});
