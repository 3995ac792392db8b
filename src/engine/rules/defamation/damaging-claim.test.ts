import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

ruleTester(rule, {
  valid: [
    // Plain insults at colleagues are abuse-bullying, not defamation.
    "To whoever keeps nicking the milk on Ward 4: you're a selfish idiot and we all know it's you.",
    "Honestly Gaz from portering is the laziest man alive 😂",
    // Claims about nobody in particular.
    "Someone on nights has been leaving the sluice in a state. Not naming names.",
    "Everyone knows the vending machine on level 2 eats your money.",
    // A group at large is not an identifiable person.
    "Drug dealers hang around the bus station after dark, be careful walking to your car.",
    // Sympathetic news about a colleague's health is a privacy matter, not a damaging claim.
    "Sending love to Sandra who is back after treatment for her drinking. Be kind everyone.",
    // A member of the public describing their care is a complaint.
    {
      text: "The receptionist at your Elm Street clinic was rude and ignored my son for an hour. Not good enough.",
      direction: "inbound",
    },
    // "Made up" meaning delighted.
    "So made up for Jodie Ellis who passed her OSCE today 🎉",
    // Making up one's mind is deciding, not inventing.
    "Dr Oduya and the bed managers can't make up their minds about the escalation beds again",
    // Idioms and everyday mishaps: nothing damaging is claimed.
    "Priya Shah stole the show at the awards night! Congratulations to the whole team.",
    "Half the team on Rowan are off sick with norovirus, send help and biscuits.",
    "Our matron got the promotion because she is brilliant, well deserved!",
  ],
  invalid: [
    // "make" (not only "makes" and "made") opens the fabrication claim.
    {
      text: "Everyone knows Dr Oduya will make up her figures again for the audit, she always does",
      errors: [{ excerpt: "make up her figures" }],
    },
    {
      text: "Dr Patterson on the stroke unit is a drunk. He smells of booze by ten and everyone in the department knows it.",
      errors: [{ excerpt: "drunk", message: /common knowledge or hearsay/ }],
    },
    {
      text: "Apparently Kevin Marsh from pharmacy has been stealing from the CD cupboard for months.",
      errors: [{ excerpt: "stealing from" }],
    },
    {
      text: "Don't use Brightside Taxis, they rip customers off on every hospital run, my mate used to work there.",
      errors: 1,
    },
    {
      text: "Funny how our new matron was sacked for bullying at her last place and now she's in charge of us.",
      errors: [{ excerpt: "sacked for bullying" }],
    },
    {
      text: "Word is Mr Okonjo takes backhanders from the hip implant rep. Explains a lot.",
      errors: [{ excerpt: "takes backhanders" }],
    },
    {
      text: "Your consultant Dr Yeo is being paid by a private hospital to send patients his way. Everyone in the waiting room knows it.",
      direction: "inbound",
      errors: [{ message: /official account/ }],
    },
    {
      text: "Congrats on the award Tina, shame you wrote half your own nominations 🙄",
      errors: 1,
    },
    // Everyday words for the same claims.
    {
      text: "Lee from security nicks the scrap copper off every job and flogs it, ask anyone.",
      errors: [{ excerpt: "nicks the scrap" }],
    },
    {
      text: "Everyone on Ward 9 knows Sister Brady comes in half-cut on a Sunday.",
      errors: [{ excerpt: "half-cut" }],
    },
    {
      text: "Our lead pharmacist has been 'sick' for a fortnight. Off sick and posting pics from Tenerife, lovely.",
      errors: 1,
    },
    {
      text: "Dr Amis signs off his own overtime claims and nobody checks.",
      errors: [{ excerpt: "signs off his own overtime" }],
    },
    {
      text: "Our deputy director only got the job because she was sleeping with the chief exec.",
      errors: 1,
    },
    {
      text: "Nadia in pathology has been falsifying the fridge temperature logs since March.",
      errors: [{ excerpt: "falsifying the fridge temperature logs" }],
    },
    {
      text: "Our interim matron covered up the fall on Friday and told us not to report it.",
      errors: [{ excerpt: "covered up the fall" }],
    },
  ],
});
