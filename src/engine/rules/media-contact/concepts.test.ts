// Paraphrases of answering or arranging to talk to the media.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./talking-to-journalists.js";

ruleTester(rule, {
  valid: [
    "Loved the documentary on ambulance crews last night, so true to life.",
    "Our matron was interviewed on local radio, so proud of her!",
    "Happy to explain the new rota to anyone who's confused, DM me.",
  ],
  invalid: [
    {
      text: "Just spoke to a journalist from the Evening Herald about our closures, it's out Friday.",
      errors: 1,
    },
    {
      text: "@LeedsNewsDesk yes I was working that night, happy to put you in touch with the others.",
      errors: 1,
    },
    {
      text: "Chatting with the BBC health correspondent tomorrow about agency spend 🎙️",
      errors: 1,
    },
    { text: "Going live with the local paper's health reporter at 7 about the cuts!", errors: 1 },
    {
      text: "Replying to @ITVNewsCentral: I work on that ward and can tell you the staffing is awful. Happy to explain by DM.",
      errors: 1,
    },
  ],
});
