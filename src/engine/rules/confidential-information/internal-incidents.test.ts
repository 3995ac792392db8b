import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./internal-incidents.js";

ruleTester(rule, {
  valid: [
    {
      text: "Yesterday a visitor assaulted one of our nurses. This is never acceptable and has been reported to the police.",
      profile: "Official account of Anytown Hospitals NHS Trust",
      name: "the official account's statement",
    },
    "Sharing the Trust's statement: a serious incident at the General was declared last night and all patients are safe.",
    "Top tip for new starters: if something goes wrong, report it on Datix. That's how we learn.",
    "Hit our target for flu jabs this week 💪",
    "Great teaching on never events today, really made me think about checklists",
  ],
  invalid: [
    {
      text: "There was a never event in theatres last week, wrong site surgery, everyone's being interviewed",
      errors: [
        {
          excerpt:
            "There was a never event in theatres last week, wrong site surgery, everyone's being interviewed",
        },
      ],
    },
    { text: "A patient headbutted one of our porters last night, he's ok but shaken", errors: 1 },
    { text: "Serious incident declared on Ward 12 this morning, can't say more", errors: 1 },
    { text: "Drunk lad in resus kicked two of our nurses before security arrived", errors: 1 },
  ],
});
