import { ruleTester } from "../../../../test/support/rule-tester.js";
import { humiliation } from "./humiliation.js";

ruleTester(humiliation, {
  valid: [
    "Sending love to our Jen who's off after losing the baby, take all the time you need",
    "Our band 7 is back on a phased return tomorrow. Please be kind to her everyone",
    "Congrats to Chantelle who got engaged in Paris 😂 wedding committee now in session",
    "Filmed Casualty off the telly so you can see the cannula scene 😂",
    "If today feels heavy, Samaritans are there 24/7.",
    "It's Anti-Bullying Week. Bullying isn't banter.",
  ],
  invalid: [
    { text: "Guess who's 'off with stress' again 🙄 Kayleigh from Ward 11 was in Magaluf yesterday #sicknote", errors: 1 },
    { text: "Reminder: nobody invite Priya to Friday drinks. If she wants mates she can grass on someone else", errors: 1 },
    { text: "Chloe if you can't cope then just slit your wrists and save us the bother", errors: 1 },
    { text: "📸 Caught Big Sue on her 4th sausage roll 😂", errors: 1 },
    { text: "paired with the gay HCA again. nobody wants to know what you lot get up to, separate changing rooms for them", errors: 1 },
    { text: "the new F1 on AMU is fit 🥵 he can examine me any time, bent over the bed", errors: 1 },
  ],
});
