// Safeguarding shapes found on fresh probe posts (written for this file, not taken from any
// evaluation set): a "find your name" game asking for the last digits of a phone or card, or for
// an identity detail further down a list ("your star sign and the last four digits of ..."), and
// a form to fill in with them. Handing someone who self-harms the means "to save us the hassle".
import { ruleTester } from "../../../../test/support/rule-tester.js";
import identityExposure from "./identity-exposure.js";
import selfHarm from "./self-harm.js";

ruleTester(identityExposure, {
  valid: [
    "Share your birthday cake photos with us below, best one wins a brew 🎂",
    "Please share your thoughts on the new NHS number look-up screen before Friday",
    "Fill this out please: your name, your ward and your shirt size for the charity run 🏃",
  ],
  invalid: [
    {
      text: "Comment your star sign and the last four digits of your phone for your pantomime name 🎭",
      errors: 1,
    },
    {
      text: "Reply with your nickname, your NI number and your shoe size to join the secret santa 🎅",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Quick one for the team 👇 fill this in: your payroll number, the last 6 digits of your bank card and your favourite biscuit",
      errors: 1,
    },
  ],
});

ruleTester(selfHarm, {
  valid: [
    "Give her the tablets next time she asks, she's due her 2pm dose anyway",
    "Hand him the box of gloves and save the spare ones for bay 2",
    "Pass them the leaflets on self-harm support and the Samaritans number 💙",
  ],
  invalid: [
    {
      text: "Same girl back on the assessment unit after cutting again. Honestly, pass her the razors and save everyone the paperwork 🙄",
      errors: 1,
    },
    {
      text: "Overdose number four this month for the bloke in side room 2. Give him the whole box and get it over with",
      errors: 1,
    },
  ],
});
