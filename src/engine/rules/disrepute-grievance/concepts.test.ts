// Paraphrases of derogatory comment about the Trust and of personal work grievances.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./derogatory-or-grievance.js";

ruleTester(rule, {
  valid: [
    "The new booking system is brilliant, saves me an hour a day.",
    "Our canteen does the best bacon rolls in the county.",
    "My holiday starts tomorrow and I cannot wait!",
    "You're a disgrace, whoever nicked my yoghurt from the fridge.",
    "His handwriting was shocking but he was a lovely doctor.",
  ],
  invalid: [
    // Derogatory about a system, department or management.
    {
      text: "The e-learning platform here is a total joke, crashes every five minutes.",
      errors: 1,
    },
    { text: "Our payroll department is utterly useless.", errors: 1 },
    { text: "Whoever designed the new rota system has never worked a night shift.", errors: 1 },
    { text: "Management at this place couldn't organise a tea round.", errors: 1 },
    { text: "The state of the staff changing rooms, honestly. Mould everywhere.", errors: 1 },
    { text: "Our IT system still runs on Windows 7 and takes ten minutes to log in.", errors: 1 },
    { text: "Lovely of the Trust to send us a thank-you email instead of a pay rise.", errors: 1 },
    // Personal grievances.
    {
      text: "They've refused my study leave again with no explanation.",
      errors: [{ message: /personal grievance/ }],
    },
    {
      text: "My annual leave request got turned down for the third time.",
      errors: [{ message: /personal grievance/ }],
    },
    {
      text: "Still waiting for my overtime from October. Ridiculous.",
      errors: [{ message: /personal grievance/ }],
    },
    {
      text: "Four years without a proper pay rise and they wonder why we leave.",
      errors: [{ message: /personal grievance/ }],
    },
    {
      text: "£70 a month to park at the place I work. Pay to work.",
      errors: [{ message: /personal grievance/ }],
    },
  ],
});
