import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./personal-details-requests.js";

ruleTester(rule, {
  valid: [
    "What are the visiting times on Ward 12?",
    "Where can I park for the maternity unit?",
    "Can you pass on my thanks to Dr Patel and the team on ward 5?",
    "How do I find out my own test results?",
    "Which ward is the discharge lounge on?",
    "To the nurse who looked after me on Tuesday, no idea of your name but thank you!",
    "I know what time your shifts finish. Watch yourself.",
    "My mum's in bay 4 on ward 10 and she still hasn't had her tablets, can someone please check?",
    "How do I make a complaint about my dad's discharge?",
    "What's the phone number for the maternity unit?",
  ],
  invalid: [
    { text: "Can you tell me if my dad John Evans has been discharged yet?", errors: 1 },
    {
      text: "What's the home address of the paramedic who came to my house? Want to send flowers",
      errors: [{ excerpt: "What's the home address of the paramedic who came to my house?" }],
    },
    {
      text: "Is Sister Mary Clarke working tonight? I want to pop in and see her",
      errors: [{ excerpt: "Is Sister Mary Clarke working tonight?" }],
    },
    {
      text: "Hi, this is DC Parker from Kent Police, please send me the date of birth of the woman admitted after the fire",
      errors: 1,
    },
    {
      text: "I'm his girlfriend, what time does his shift finish? Want to surprise him",
      errors: 1,
    },
    {
      text: "Does nurse Leanne still work on Ward 6? I need her number, she'll remember me",
      errors: 1,
    },
    {
      text: "Hi it's Dr Jones' wife, can you tell me which clinic he's running today? His phone's dead",
      errors: 1,
    },
    { text: "Hi, does Dr Ahmed still work in cardiology? Is he on today?", errors: 1 },
  ],
});
