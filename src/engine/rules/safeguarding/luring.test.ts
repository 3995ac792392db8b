import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./luring.js";

ruleTester(rule, {
  valid: [
    "Kids eat free at the staff canteen this half term!",
    "Parents: if someone online tells your child to keep it secret and not tell mum, report it to CEOP",
    "DM me if you'd like an informal look round the ward before applying",
    "Santa visited the children's ward today, thank you to the fire service!",
    {
      text: "Hi, I'm 17 and applying for medicine, do you have volunteering roles?",
      direction: "inbound",
    },
    "Surprise party for Jo on Friday, don't tell her! Message me for details",
  ],
  invalid: [
    {
      text: "Any 15 year olds want easy money? Just deliver a few parcels, keep your mouth shut",
      direction: "inbound",
      errors: [{ message: /keep secret/ }],
    },
    {
      text: "Hey gorgeous, add me on snap and don't tell your mum we've been chatting x",
      direction: "inbound",
      errors: [{ message: /parents or carers/ }],
    },
    {
      text: "Couple of the teens off the adolescent unit added me on insta, told them I'll sort them out with vapes when they're out",
      errors: [{ message: /private contact/ }],
    },
  ],
});
