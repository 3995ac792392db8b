import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./copied-content.js";

ruleTester(rule, {
  valid: [
    "Photo I took of the sunset from the car park on nights 🌅",
    "Reposting the Trust's update about the flu clinic 👇",
    "Please share our post about the blood drive!",
    "Recorded my first podcast from home today!",
    "Found this in the staff room fridge, whose is it? 🧀",
    "Snapped this in the corridor, our new mural is stunning",
    "Look at the picture in the Sun today, it's our ward! Going to frame it",
    "[photo: me and the team in our Christmas jumpers]",
    "Here's the link to the Trust's website for the open day",
    "Used a photo from our own team shoot for the poster",
  ],
  invalid: [
    {
      text: "Grabbed this lovely shot of the sunset from the hospital's Instagram, gorgeous",
      errors: [{ excerpt: "Grabbed this lovely shot of the sunset from the hospital's Instagram" }],
    },
    {
      text: "Here's that article, copied it from their site so you don't hit the paywall",
      errors: 1,
    },
    {
      text: "Found this quote online and it sums up nursing perfectly",
      errors: [{ excerpt: "Found this quote online" }],
    },
    {
      text: "Recorded the whole documentary off the telly so you can watch the bit with our ward",
      errors: 1,
    },
    {
      text: "Proud moment 😍 [screenshot of the Evening Post front page with our team photo]",
      errors: 1,
    },
    {
      text: "Typed out chapter three of the new midwifery memoir so you don't have to buy it",
      errors: 1,
    },
    {
      text: "The cartoon in this week's BMJ is perfect, snapped it for the staff room group",
      errors: 1,
    },
    { text: "Used a photo from Google Images for our ward poster, hope that's ok", errors: 1 },
    { text: "Downloaded this clip from TikTok, it's hilarious 😂", errors: 1 },
    { text: "Borrowed this from a friend's Facebook, love it", errors: 1 },
  ],
});
