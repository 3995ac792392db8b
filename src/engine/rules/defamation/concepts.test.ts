// Paraphrases of damaging claims about someone identifiable.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

ruleTester(rule, {
  valid: [
    "Cooking the books is a phrase I learnt in accountancy class.",
    "Someone keeps leaving the fridge door open. Not naming names.",
    "Dr Ahmed's leaving do is on Friday, bring cake.",
    "Grateful to Harbour Care for the lovely flowers for the ward.",
  ],
  invalid: [
    {
      text: "Our medical director has been fiddling the waiting list figures for months.",
      errors: 1,
    },
    {
      text: "Everyone knows the new chief exec is cooking the books to hide the overspend.",
      errors: 1,
    },
    {
      text: "Apparently Mr Lindqvist bumps his private patients up the list ahead of everyone.",
      errors: 1,
    },
    {
      text: "Kestrel Staffing forge the training records of half the agency nurses they send.",
      errors: 1,
    },
    { text: "Greenfield Home Care leave their residents without water all afternoon.", errors: 1 },
    {
      text: "Tom from estates takes cash from the contractors to wave their jobs through.",
      errors: 1,
    },
    {
      text: "Jenny from theatres and the new anaesthetist leaving together again 👀 who's going to tell his wife",
      errors: 1,
    },
  ],
});
