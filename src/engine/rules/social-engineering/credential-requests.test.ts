import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./credential-requests.js";

ruleTester(rule, {
  valid: [
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
