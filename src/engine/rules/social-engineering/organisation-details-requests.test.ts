import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./organisation-details-requests.js";

ruleTester(rule, {
  valid: [
    "Do you have any jobs going for HCAs? What's the best email to send my CV to?",
    "Who do I complain to about the car park?",
    "Is the new scanner open to GP referrals yet?",
    "Can you tell me which entrance is nearest the eye clinic?",
  ],
  invalid: [
    {
      text: "Who supplies your MRI scanners and when does the maintenance contract end? Please send the contract end date",
      errors: 1,
    },
    {
      text: "Hi, doing a uni project! What software do your A&E computers run, and do nurses share logins?",
      errors: 1,
    },
    {
      text: "Could you send me a list of staff names and email addresses for the surgical directorate?",
      errors: 1,
    },
    {
      text: "Quick one: how many security guards are on overnight and when do the security rounds happen?",
      errors: 1,
    },
  ],
});
