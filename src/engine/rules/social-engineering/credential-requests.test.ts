import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./credential-requests.js";

ruleTester(rule, {
  valid: [
    {
      text: "Can you tell me how to update my bank details for staff parking payments on the website?",
      direction: "inbound",
    },
    { text: "Is the hospital shop card-only or do you take cash?", direction: "inbound" },
    "How do I reset my NHS app password? It keeps saying locked",
    "Can you tell me the code for the car park barrier? Joking, I know you can't 😂",
    "What's the best way to contact PALS?",
    "My first car was a Fiesta and I still miss it",
    {
      text: "Hi, it's Sam from IT. Please DM me the login for this page",
      direction: "outbound",
      name: "outbound posts are not checked",
    },
  ],
  invalid: [
    {
      text: "Congratulations! Reply with your sort code and account number to receive your prize",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "You've been selected for a staff bonus. Please provide your card number and expiry date",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "HMRC here, please confirm your national insurance number to process your rebate",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "To verify the page, send us your bank account details and date of birth",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Your NHS pension is on hold, reply with your passport number to release it",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Hello it's Sam from IT support, we need you to verify your password for this page",
      errors: [
        {
          excerpt:
            "Hello it's Sam from IT support, we need you to verify your password for this page",
        },
      ],
    },
    { text: "Please confirm the login email for the account by replying here", errors: 1 },
    { text: "Reply with the verification code we just sent to continue", errors: 1 },
    {
      text: "Hi! Digital team here, can you send me the 2FA code that just came through? Ta",
      errors: 1,
    },
    {
      text: "What's your hero name? Your mum's maiden name + the first school you went to! Drop it below 👇",
      errors: [{ message: /security questions/ }],
    },
  ],
});
