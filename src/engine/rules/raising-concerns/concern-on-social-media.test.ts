import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    // Celebration, news and signposting are not concerns.
    "Stay safe on the roads this weekend everyone, it's icy out there ❄️",
    "Our new discharge lounge opened today and it's lovely. Well done estates!",
    "Reminder: flu jabs in the staff canteen Tues and Thurs, no appointment needed.",
    "Three long nights done, off to bed. Don't call me 😴",
    // Staffing mentioned without any danger or harm.
    "They've moved my shift because of staffing, so I'm on lates now. Fine by me!",
    "Huge thanks to the bank staff who covered nights on Ward 9 this week 🙏",
    // A student reflecting on good escalation is not raising a concern.
    "Watched my mentor escalate a patient with a NEWS of 6 early today and learnt so much.",
    // Questions, not allegations.
    "Does anyone know how many nurses per patient the RCN recommends on a stroke ward?",
    // An official account telling patients about pressures is the Trust speaking.
    {
      text: "Our emergency department is extremely busy and waits are long. Please use NHS 111 for anything that isn't an emergency.",
      profile: "Official account of Riverside Hospitals NHS Trust",
    },
    // "Not safe for work" is internet slang, not a safety concern.
    "This meme is not safe for work but it made my whole night shift 😂",
    // Inbound complaints are someone else's to answer, not staff raising concerns.
    {
      text: "My dad waited 9 hours on a trolley in your corridor. Not safe.",
      direction: "inbound",
    },
  ],
  invalid: [
    {
      text: "Two nurses for 30 patients on nights again. It is not safe and management know it.",
      errors: [
        {
          // The staffing ratio and "not safe" weigh the same; the earlier one is quoted.
          excerpt: "Two nurses for 30 patients",
          message: /Raising Concerns route \(your Freedom to Speak Up Guardian/,
        },
      ],
    },
    {
      text: "Our community team is so short-staffed that insulin visits are being missed. Somebody is going to get hurt.",
      errors: [{ excerpt: "short-staffed" }],
    },
    {
      text: "Elderly patients left lying on trolleys in the corridor for 14 hours last night. I've never seen it this bad.",
      errors: 1,
    },
    {
      text: "We've been told to backdate the hand hygiene audits so the ward looks compliant for the inspection. Disgusting.",
      errors: [{ excerpt: "told to backdate" }],
    },
    {
      text: "Ran out of oxygen cylinders on the ward twice this week and I've datixed it five times. Patients are at risk.",
      errors: [{ excerpt: "Patients are at risk" }],
    },
    {
      text: "The only doctor covering 400 beds tonight and nobody listens when we raise it.",
      errors: 1,
    },
    {
      text: "Posting this because the public should know: one HCA for 20 patients on the dementia ward tonight.",
      errors: 1,
    },
    {
      text: "A lady who was medically fit for discharge for six weeks is still here because there's no care package. It isn't right.",
      errors: 1,
    },
    {
      text: "Concerns raised and ignored again.",
      pack: { trust: { speakUp: "Priya Shah, our Freedom to Speak Up Guardian (ext 4455)" } },
      errors: 0,
    },
    {
      text: "Escalated the staffing gap three times and nothing. Someone will die before anyone listens. #SafeStaffing",
      pack: { trust: { speakUp: "Priya Shah, our Freedom to Speak Up Guardian (ext 4455)" } },
      errors: [{ message: /Priya Shah/ }],
    },
  ],
});
