import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./identity-exposure.js";

ruleTester(rule, {
  valid: [
    "Never post a photo of your ID badge or your bank card online, fraudsters use them",
    "Post your best holiday photos in the comments 📸",
    "Share your favourite recipe for the staff cookbook!",
    "Scam alert: a post going round asks you to comment your date of birth, don't",
    "I can get you a copy of the rota if you need it",
  ],
  invalid: [
    {
      text: "Comment your date of birth and first pet below and I'll guess your nursing style 😂",
      errors: [{ message: /share identity/ }],
    },
    {
      text: "Throwback! Post your first ever payslip, let's see who was on the least",
      errors: 1,
    },
    {
      text: "Show us your new bank card when it arrives, front and back 💳",
      errors: 1,
    },
    {
      text: "Screenshot your NHS app record for the guess my age game",
      errors: 1,
    },
    {
      text: "I can get into anyone's Facebook if you send me their email, £20 a go",
      errors: [{ message: /get into other people's accounts/ }],
    },
    {
      text: "Ill find her new address from her number plate, mates rates",
      errors: 1,
    },
  ],
});
