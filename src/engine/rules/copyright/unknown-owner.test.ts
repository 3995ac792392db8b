import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./unknown-owner.js";

ruleTester(rule, {
  valid: [
    "Those brownies in the staff room are unreal, whoever made them, thank you",
    "Credit to the team for a brilliant shift",
    "Not my finest hour, forgot my badge AND my lunch",
    "Who made the brownies in the staff room? Amazing",
    "Photo credit: Dr Ama Owusu, our brilliant registrar, shared with her permission",
    "This shift is not mine, I swapped it with Jo",
    "Does anyone know who is on call tonight?",
    "Whoever designed this booking system has never worked a night shift",
    "Not sure who made the rota but it works brilliantly",
  ],
  invalid: [
    {
      text: "Saw this meme and had to share, so true 😂 not my pic",
      errors: [{ excerpt: "not my pic" }],
    },
    { text: "Beautiful poem about nursing, no idea who wrote it but it made me cry", errors: 1 },
    { text: "This drawing of a nurse is everything 😍 credit to whoever made it", errors: 1 },
    { text: "Stunning air ambulance shot, can't find the photographer anywhere sorry!", errors: 1 },
    { text: "Lovely picture, this isn't mine by the way", errors: 1 },
    { text: "Does anyone know who originally drew this? Love it", errors: 1 },
    { text: "All credit to the rightful owner, I just love this video", errors: 1 },
    { text: "Whoever drew this is a genius, found it in my feed", errors: 1 },
    { text: "If this is yours let me know and I'll tag you!", errors: 1 },
    { text: "Got this off the internet, too funny 😂", errors: 1 },
    { text: "Photographer unknown but what a view of the helipad", errors: 1 },
    { text: "Posted with the watermarks still on, sorry", errors: 1 },
    { text: "No copyright infringement intended, just love this song", errors: 1 },
  ],
});
