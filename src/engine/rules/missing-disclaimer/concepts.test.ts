// Opinions on work or health from staff who name their employer, and what is not an opinion.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

const P = "Staff nurse, Harlow Valley Hospital";
ruleTester(rule, {
  valid: [
    { text: "Thank you to everyone who came to our coffee morning, we raised £400!", profile: P },
    { text: "Flu clinic in the atrium on Thursday from 9am.", profile: P },
    { text: "Does anyone know when the new car park opens?", profile: P },
    { text: "Nurses should be paid properly.", profile: P + ". Views my own." },
  ],
  invalid: [
    {
      text: "Please don't stop your blood pressure tablets without talking to your GP first.",
      profile: P,
      errors: 1,
    },
    { text: "Our new chief nurse is exactly what this place needed.", profile: P, errors: 1 },
    {
      text: "I honestly think the NHS App is the best thing to happen to outpatients.",
      profile: P,
      errors: 1,
    },
    { text: "Night staffing on our ward is dangerous and nobody listens.", profile: P, errors: 1 },
    {
      text: "I've worked at this Trust for ten years and the new rota system is a joke.",
      errors: 1,
    },
  ],
});
