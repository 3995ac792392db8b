import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./personal-information-theft.js";

ruleTester(rule, {
  valid: [
    "My nan's maiden name was Hughes and she trained at this hospital in 1958",

    "Can you give me the address of the training centre? It's not on the system yet",

    "Please stop doing those Facebook quizzes that ask for your first pet, your mum's maiden name and your first school. Scammers love them 🎣",
    "Reminder: the bank will never ask you to confirm your sort code or PIN number by message",
    "Congratulations to our raffle winner! Please collect your prize from reception",
    "Send us your pin badge photos from the conference!",
    "Please confirm your date of birth at the kiosk when you arrive for your appointment",
    "My first car was a Fiesta and I still miss it",
    "I looked him up on the system to check his bloods before the ward round",
    "Can't find the referral on the system, anyone know where the address book went?",
    "Searching for the discharge letter on EMIS takes forever",
  ],
  invalid: [
    {
      text: "You've won our staff lottery! Reply with your sort code and account number to claim",
      errors: 1,
    },
    {
      text: "Congratulations, you have been selected for a £500 voucher. Send us your full name and date of birth",
      errors: 1,
    },
    {
      text: "To receive your refund please provide your card number, expiry date and CVV",
      errors: 1,
    },
    {
      text: "Claim your tax rebate now: confirm your national insurance number and bank details",
      errors: 1,
    },
    {
      text: "Free gift card for NHS staff! DM us your full name, home address and date of birth",
      errors: 1,
    },
    {
      text: "Fun game! Your superhero name is your first pet's name + your mum's maiden name. Comment below!",
      direction: "inbound",
      errors: [{ message: /security questions/ }],
    },
    {
      text: "Tip: look up your new neighbours on SystmOne, saves small talk",
      errors: [{ excerpt: "look up your new neighbours on SystmOne" }],
    },
    { text: "Want to know where your ex lives now? Just search them on the PAS 👀", errors: 1 },
    {
      text: "Ooh someone dig up the address of that bloke who cut me up this morning, he's registered at our GP practice",
      errors: 1,
    },
    {
      text: "Quiz time: your birth town + your nan's surname = your drag name, I'll go first",
      errors: 1,
    },
  ],
});
