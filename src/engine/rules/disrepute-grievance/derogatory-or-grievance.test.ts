import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./derogatory-or-grievance.js";

ruleTester(rule, {
  valid: [
    "We don't care about the rain, the charity walk is still on Saturday!",
    // Praise of the Trust and its systems.
    "The new e-obs system is brilliant, the best thing IT have done in years 🙌",
    "Our chief exec came round the wards at 3am with bacon rolls. Proper leader.",
    // Grumbles that are not about work or the Trust.
    "My feet have filed a formal complaint after three long days 😂",
    "Villa were robbed today. Disgraceful refereeing.",
    // Verdicts on something other than the employer: negated, on rumours, on an outside body,
    // or taken back.
    "Long Covid is not a joke, and our clinic is here if you need us",
    "The rumours going round about our ward manager are disgusting and untrue. Leave her alone.",
    "The council's plan to axe the bus route to the hospital is a disgrace, sign the petition",
    "Two years ago I'd have said our rostering system was rubbish. It works now, credit where it's due 👏",

    "ScrubsDirect still haven't delivered my order and their phone just rings out 🙄",
    // Neutral news about changes.
    "The Trust has announced a new staff car park at the north entrance, opening in May.",
    // An insult at a colleague alone is abuse-bullying, not disrepute.
    "Whoever left the staff room like a tip last night, you're a disgrace.",
    // A joke about one's own tiredness.
    "Night 3 of 4 done. I'm a shambles. Send coffee ☕",
    // Inbound complaints belong to someone else.
    { text: "Your A&E is an absolute joke, 9 hours to be seen.", direction: "inbound" },
  ],
  invalid: [
    // The employer judged in the words a taken-back verdict uses.
    { text: "Our trust's new rostering system is rubbish and nobody upstairs cares", errors: 1 },
    {
      text: "Apparently the Trust can find £2m for new branding but not for a second night HCA. Priorities.",
      errors: 1,
    },
    { text: "The new parking charges are steep. They really don't care about us.", errors: 1 },
    {
      text: "HR lost my paperwork AGAIN so I've not been paid properly for two months.",
      errors: 1,
    },
    {
      text: "Management at this place are clueless. Three years asking for a second hoist and nothing.",
      errors: [{ excerpt: "clueless" }],
    },
    {
      text: "They've turned down my flexible working request for the third time. Twelve years here and this is the thanks.",
      errors: [{ message: /personal grievance/ }],
    },
    {
      text: "The Trust is wasting thousands on consultants while our ward still has no working fridge.",
      errors: [{ excerpt: "wasting thousands" }],
    },
    {
      text: "Our new operations director couldn't organise a bake sale. Zero clue about the wards.",
      errors: 1,
    },
    {
      text: "£80 a month to park at work and still no space after 8am. Shameful way to treat your staff @WestfieldNHS",
      errors: 1,
    },
    {
      text: "My overtime is missing from my pay again. Payroll are useless.",
      errors: [{ message: /personal grievance/ }],
    },
    {
      text: "The staff survey is just for show. Nothing ever changes.",
      errors: 1,
    },
  ],
});
