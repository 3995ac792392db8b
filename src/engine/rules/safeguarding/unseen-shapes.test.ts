// Safeguarding shapes found on fresh probe posts (written for this file, not taken from any
// evaluation set): a "find your name" game asking for the last digits of a phone or card, or for
// an identity detail further down a list ("your star sign and the last four digits of ..."), and
// a form to fill in with them. Handing someone who self-harms the means "to save us the hassle".
import { ruleTester } from "../../../../test/support/rule-tester.js";
import drinkAndDrugs from "./drink-and-drugs.js";
import exploitationOffers from "./exploitation-offers.js";
import identityExposure from "./identity-exposure.js";
import selfHarm from "./self-harm.js";

const inbound = (text: string) => ({ text, direction: "inbound" as const });

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

// Round 13: a stranger after a young woman's private contact with money or modelling on offer.
ruleTester(exploitationOffers, {
  valid: [
    inbound(
      "Hi, I'm the student nurse in your recruitment video! Can you send me the photographer's number? Happy to pay for prints",
    ),
    inbound(
      "Our student nurse Kayla won the raffle 🎉 can you send me her mobile so I can arrange the prize?",
    ),
  ],
  invalid: [
    {
      ...inbound(
        "Hiya, I run a modelling agency and the trainee midwife in your open day photos is exactly our look. DM me her Instagram, we pay £200 a shoot 📸",
      ),
      errors: 1,
    },
    {
      ...inbound(
        "That young nurse on the left of your Christmas post 😍 pass me her snapchat, cash waiting",
      ),
      errors: 1,
    },
  ],
});

// Round 13: someone seen in the author's own department under the influence is a patient told of,
// not drug-taking glorified; the author's own night out still is.
ruleTester(drinkAndDrugs, {
  valid: [
    "The MP who lectures everyone about 'NHS waste' turned up in our majors on Friday night off his head on ket. Priceless.",
    "A lad was in our resus at 3am after a weekend of pills at the festival, 19 years old. Heartbreaking.",
  ],
  invalid: [
    {
      text: "Festival weekend sorted 😎 pills, ket and no sleep till Monday, see you in our resus lol",
      errors: 1,
    },
  ],
});
