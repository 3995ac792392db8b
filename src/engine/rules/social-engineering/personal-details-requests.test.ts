import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./personal-details-requests.js";

ruleTester(rule, {
  valid: [
    {
      text: "The nurse who did my bloods today was lovely. Please tell her thanks, I think her name was Aisha",
      direction: "inbound",
    },
    {
      text: "How do I make a complaint about the way my mum was discharged? I don't know where to start.",
      direction: "inbound",
    },
    { text: "Can I get a list of staff car parks and their opening hours?", direction: "inbound" },
    { text: "What are visiting times on the children's ward?", direction: "inbound" },
    { text: "Do you have any jobs going for healthcare assistants?", direction: "inbound" },
    { text: "My diagnosis was explained so well by the team, thank you!", direction: "inbound" },
    { text: "How do I get a copy of my own medical records?", direction: "inbound" },
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
    {
      text: "The nurse on Ward 4 was so kind to my dad, can you tell me her full name and where she lives so I can send a card?",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "This is the DWP. Please confirm when your employee Sarah Jones started her sick leave and her diagnosis",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Hi, I'm from the insurers, could you send over the fit note and absence record for Dr Patel?",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Can you tell me his condition? I'm his cousin, just want to know how he is",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Do you have a list of the patients on the adolescent unit? Setting up a charity visit",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "I'm a journalist, can you confirm who was in bed 4 on Ward 10 last night?",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Need the salary and disciplinary record of your porter John Smith please, it's for a court case",
      direction: "inbound",
      errors: 1,
    },
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
