// A colleague's private life and health in indirect shapes: a name introduced with "who's …",
// orientation followed by "and …" about something else, a break-up told through the partner,
// speculation about weight loss; groups, praise and the author's own news stay fine.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueHealthRule } from "./health.js";
import { colleagueHomeAndContactRule } from "./home-and-contact.js";
import { colleaguePrivateLifeRule } from "./private-life.js";

ruleTester(colleagueHealthRule, {
  valid: [
    "Congratulations to Maisie who's just passed her driving test!",
    "I've lost loads of weight since I started walking to work.",
    "Huge thanks to Corinne, who has run the bake sale for ten years.",
    "Welcome back to Ellie who's in for her second round of chemo today, same comfy chair as always.",
    "Still in touch with Maisie, the anorexic teen we had on the unit last year. Doing brilliantly.",
    "Shout out to Connor (17) from the orthopaedic ward, back on his feet after his op!",
    "Our ward manager signed off my study leave in a day. So supportive.",
    "Congratulations to Dr Joy Mensah, our new clinical director for surgery.",
    "Autistic kids can find clinics overwhelming, so we've opened a quiet room.",
    "I'm back! Phased return after my surgery, thanks to everyone who sent cards.",
    {
      text: "Dr Rao at your fertility service kept us waiting two hours. I'd like to complain.",
      direction: "inbound",
    },
    {
      text: "The doctor we saw dismissed my daughter. She was diagnosed with appendicitis the next day.",
      direction: "inbound",
    },
  ],
  invalid: [
    { text: "So pleased for Corinne who's pregnant again! Don't say anything yet 🤫", errors: 1 },
    { text: "Our ward manager has bipolar, so cut her some slack this week.", errors: 1 },
    {
      text: "Praying for our Sister Anne-Marie after her miscarriage, don't mention it.",
      errors: 1,
    },
    {
      text: "Has anyone noticed Tamsin from pharmacy has lost so much weight? I'm worried.",
      errors: 1,
    },
  ],
});

ruleTester(colleaguePrivateLifeRule, {
  valid: [
    "Our gay and lesbian staff network meets on Thursday.",
    "Our ward manager and her husband ran the half marathon together, amazing!",
  ],
  invalid: [
    {
      text: "Our deputy sister is gay and frankly it's nobody's business, stop gossiping.",
      errors: 1,
    },
    {
      text: "The charge nurse on nights has been sleeping in his car since his wife threw him out.",
      errors: 1,
    },
  ],
});

ruleTester(colleagueHomeAndContactRule, {
  valid: [
    "Last visit of the day at 9 Heron Close, the gentleman with the parrot that shouts 'nurse!'",
    "Patient's daughter wants a callback, her mobile is 07700 900418, can the nurse on the desk ring her?",
  ],
  invalid: [
    {
      text: "Tell your nurse Gail we know she lives on Heron Close. She'll regret how she spoke to my dad.",
      direction: "inbound",
      errors: 1,
    },
  ],
});
