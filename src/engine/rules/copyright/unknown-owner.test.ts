import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./unknown-owner.js";

ruleTester(rule, {
  valid: [
    "Credit to the team for a brilliant shift",
    "Not my finest hour, forgot my badge AND my lunch",
    "Who made the brownies in the staff room? Amazing",
    "Photo credit: Dr Ama Owusu, our brilliant registrar, shared with her permission",
  ],
  invalid: [
    {
      text: "Saw this meme and had to share, so true 😂 not my pic",
      errors: [{ excerpt: "not my pic" }],
    },
    { text: "Beautiful poem about nursing, no idea who wrote it but it made me cry", errors: 1 },
    { text: "This drawing of a nurse is everything 😍 credit to whoever made it", errors: 1 },
    { text: "Stunning air ambulance shot, can't find the photographer anywhere sorry!", errors: 1 },
  ],
});
