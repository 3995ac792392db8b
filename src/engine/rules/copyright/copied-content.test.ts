import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./copied-content.js";

ruleTester(rule, {
  valid: [
    // The Trust's own account, reposted by its staff.
    "Flu jab clinic times for next week 💉 (reposting from the hospital's official page)",
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
    // Hard negatives: the author's own or the Trust's material, links to the original, no copying.
    "Saw this on the BBC website, worth a read: https://www.bbc.co.uk/news/health",
    "Filmed our flash mob for charity, it's on our ward Facebook page",
    "Saw a lovely family on the ward today, made my shift",
    "Found a great recipe online for the bake sale, going to try it tonight",
    "The BMJ editorial on winter pressures is well worth reading, link in bio",
    "Saved the day on nights, found the missing keys in the sluice",
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
    // Seen somewhere else, no copying verb.
    { text: "Saw this meme on Facebook and had to post it 😂", errors: 1 },
    { text: "Spotted these cartoons on a nurse's Instagram, so true", errors: 1 },
    { text: "Came across this poem on someone's blog, perfect for today", errors: 1 },
    { text: "Seen this on TikTok, every A&E nurse will relate", errors: 1 },
    { text: "Stumbled across this picture on Pinterest and it's our exact staff room", errors: 1 },
    // Taken off a photographer's or an artist's page.
    {
      text: "Saved all the wedding pics off the photographer's Flickr before she sent the bill",
      errors: 1,
    },
    { text: "Pulled these images from an artist's portfolio for our ward calendar", errors: 1 },
    { text: "Nicked the photos from the racing club's page, look at our matron go", errors: 1 },
    {
      text: "Screenshotted his whole thread from Twitter, read it before he deletes it",
      errors: 1,
    },
    { text: "Reposting Dr Khan's reel from Instagram without asking, it's too good", errors: 1 },
    // Paywalls and whole pieces.
    { text: "Pasting the Guardian's whole article here since it's paywalled", errors: 1 },
    { text: "It's behind a paywall so here's the full text 👇", errors: 1 },
    {
      text: "Copying the HSJ's entire piece on the merger below for anyone without a login",
      errors: 1,
    },
    { text: "Found a way round the paywall, full article copied below", errors: 1 },
    { text: "Got past the paywall for you all, here's the Times story on our ward", errors: 1 },
    // Watermarks.
    { text: "Cropped the watermark off this gorgeous aerial shot of the hospital", errors: 1 },
    { text: "Got the graduation photos before they added the watermarks 😎", errors: 1 },
    { text: "Removed the watermark so it looks nicer on our ward board", errors: 1 },
    { text: "Edited out the photographer's watermark, much better", errors: 1 },
    { text: "Downloaded the proofs before he could add the watermark, ha", errors: 1 },
  ],
});
