import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./personal-information-theft.js";

ruleTester(rule, {
  valid: [
    "My first car was a Fiesta and I still miss it",
    "I looked him up on the system to check his bloods before the ward round",
    "Can't find the referral on the system, anyone know where the address book went?",
    "Searching for the discharge letter on EMIS takes forever",
  ],
  invalid: [
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
  ],
});
