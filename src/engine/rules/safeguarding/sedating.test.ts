import { ruleTester } from "../../../../test/support/rule-tester.js";
import sedating from "./sedating.js";

ruleTester(sedating, {
  valid: [
    "Gave her PRN lorazepam as prescribed at 22:00 and she had a settled night",
    "Using sedation to get a quiet night on the ward is chemical restraint and it's abuse. Report it.",
    "Never give extra zopiclone just so you get a quiet shift, that's a safeguarding issue",
    "Quiet night on the ward, everyone slept through, zero buzzers 🙌",
    "Morphine for end of life care keeps patients comfortable, the hospice team are amazing",
  ],
  invalid: [
    {
      text: "Care home tip: if Doris keeps pressing the bell just give her an extra lorazepam and you'll have a quiet night",
      errors: 1,
    },
    {
      text: "dose the demented ones up with promethazine on nights and you'll have a quiet shift, trick of the trade",
      errors: 1,
    },
    {
      text: "Knock them out with a couple of zopiclone at 9 and we'll get some peace till morning",
      errors: 1,
    },
    {
      text: "Care home hack: a bit of extra haloperidol and the sundowners settle right down, peace at last",
      errors: 1,
    },
  ],
});
