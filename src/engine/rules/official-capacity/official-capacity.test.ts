import { ruleTester } from "../../../../test/support/rule-tester.js";
import speakingForTheTrust from "./speaking-for-the-trust.js";
import trustBranding from "./trust-branding.js";
import unofficialAccount from "./unofficial-account.js";

const OFFICIAL = "Official account of Westfield NHS Foundation Trust";

ruleTester(speakingForTheTrust, {
  valid: [
    "Sorry folks, I can't speak for the Trust on this one, PALS are the people to ask 👍",
    "The Trust's statement on the power cut is on its website if you want the details",
    // Sharing or asking about the Trust's position is not announcing it.
    "Sharing the Trust's statement on the kitchen fire 👇 full details on the website.",
    "Does anyone know if the Trust will be paying the back pay this month?",
    "I heard the Trust will be closing the staff crèche, anyone know more?",
    "The Trust hasn't said anything publicly about the cyber attack yet.",
    // News passed on from where staff were told, or a reaction to it.
    "The Trust is closing the staff nursery in the summer, consultation details went out by email today.",
    "Can't believe the Trust is closing the staff nursery. Half of us rely on it.",
    "The hospital will be opening a new MRI suite in spring, according to the newsletter 🙌",
    {
      text: "The Trust will be closing car park C for resurfacing from Monday.",
      profile: OFFICIAL,
    },
  ],
  invalid: [
    {
      text: "@Dazza_77 don't worry mate, you won't be fined for the car park, I'll sort it with estates",
      errors: 1,
    },
    {
      text: "We at Darlington Memorial would like to apologise to everyone stuck in the queue tonight",
      errors: 1,
    },
    {
      text: "Went to the regional meeting and spoke on the Trust's behalf about the new rota system",
      errors: 1,
    },
    { text: "OFFICIAL - the minor injuries unit is closed all weekend, tell everyone", errors: 1 },
    {
      text: "@EveningNews the hospital's comment is that the incident is being investigated. I'm the sister on that ward.",
      errors: 1,
    },
    {
      text: "Statement from the Ward 6 team: please stop sharing the video, every patient is safe.",
      errors: 1,
    },
    {
      text: "Apologies from all of us at Marsh Lane for the visiting mix-up yesterday!",
      errors: 1,
    },
    {
      text: "@jenny_b82 No, the Trust will not be refunding parking for visitors, sorry.",
      errors: [{ excerpt: "the Trust will not", message: /the communications team/ }],
    },
    {
      text: "Replying to all the parents: the Trust is not closing the staff nursery, you can relax.",
      errors: 1,
    },
    {
      text: "Posting on behalf of the chief executive while comms are away: all staff briefings are cancelled today.",
      errors: 1,
    },
    {
      text: "To everyone asking: I can confirm the ward is closed to visitors because of flu.",
      errors: 1,
    },
    {
      text: "Our hospital stands behind the decision to suspend the midwife and that's final.",
      pack: { trust: { communications: "the Westfield comms team" } },
      errors: [{ message: /Westfield comms team/ }],
    },
  ],
});

ruleTester(unofficialAccount, {
  valid: [
    "Just set up a new Instagram for my baking 🧁 follow me!",
    "Our staff network podcast episode 4 is out now, link in bio.",
    "Follow the Trust's official account for updates on the strike days.",
    {
      text: "We've launched a new Instagram account for our maternity services 💛",
      profile: OFFICIAL,
    },
  ],
  invalid: [
    {
      text: "Started an Instagram page for our maternity unit so mums can see what we get up to! Comms don't know yet 🤫",
      errors: 1,
    },
    {
      text: "Set up @Westfield_ED_Live to post the real waiting times, follow and share!",
      errors: [{ excerpt: "Set up @Westfield_ED_Live" }],
    },
    {
      text: "Welcome to the official Facebook page of Ward 12! Run by the ward team for the ward team 💙",
      errors: 1,
    },
    {
      text: "Changed my username to 'Westfield General Hospital' as a joke and people keep asking me about appointments",
      errors: 1,
    },
  ],
});

ruleTester(trustBranding, {
  valid: [
    "Took the NHS logo off my banner after IG training, didn't know we weren't allowed.",
    "The new NHS logo colours look great on the hospital signs.",
    "Proud to wear my NHS lanyard every day 💙",
    { text: "We've refreshed our logo and website, tell us what you think!", profile: OFFICIAL },
  ],
  invalid: [
    {
      text: "New coaching page is live 💼 banner photo is me with my Trust lanyard front and centre so clients trust me. First session free!",
      errors: 1,
    },
    {
      text: "Our ward photo edited onto the Trust's letterhead with the crest, for our Facebook 😂",
      errors: 1,
    },
    {
      text: "Made my fundraising page with the Trust logo at the top so people trust it's real 🏃",
      errors: [{ excerpt: "Trust logo" }],
    },
    {
      text: "New merch! Mugs with the NHS logo and my ward name on, £8 each, DM to order",
      errors: 1,
    },
    {
      text: "Selfies in my NHS uniform, new set drops Friday, link in bio 😘",
      errors: [{ excerpt: "in my NHS uniform" }],
    },
  ],
});
