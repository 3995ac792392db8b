// The author names the employer in the post in first-person shapes ("As a nurse at …", "At
// <Hospital> we …", "I've been a porter at …", "our director at …"), opinions that need the
// disclaimer (a prescription, a verdict, health advice after an "if" clause), and disclaimers in
// odd forms.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

ruleTester(rule, {
  valid: [
    "At Christmas we had the best party the ward has ever seen.",
    "As a patient at Farley General I think the food was excellent.",
    "Shout out to the payroll team at Farley General who sorted my pay in a day!",
    // A damaging claim about a letting agent is not an opinion on work or health.
    {
      text: "Avoid Castle Lettings: they kept my whole £900 deposit and it's how they make their money.",
      profile: "HCA, Farley General Hospital",
    },
    {
      text: "Staff survey closes Friday, it takes ten minutes.",
      profile: "Self-employed. Not NHS.",
    },
    {
      text: "Our hospital pharmacy is open 9-1 on the bank holiday. Please plan ahead!",
      profile: "Pharmacist, Farley General Hospital",
    },
    {
      text: "Continuity of carer should be standard for every first baby.",
      profile: "Midwife, Farley General Hospital • opinions = my own",
    },
    { text: "Continuity of carer should be standard for every first baby.", profile: "Midwife" },
    {
      text: "Tours of the birth centre restart next month, book online.",
      profile: "Midwife, Farley General Hospital",
    },
  ],
  invalid: [
    {
      text: "Vapes beat cigarettes but they are not harmless. If you don't smoke, don't vape.",
      profile: "Respiratory nurse, Farley General Hospital",
      errors: 1,
    },
    {
      text: "Porters are the most underrated staff in any hospital.",
      profile: "Porter, Farley General Hospital",
      errors: 1,
    },
    {
      text: "Can we please stop calling it bed blocking? They are people waiting for care.",
      profile: "Discharge coordinator, Farley General Hospital",
      errors: 1,
    },
    {
      text: "Our matron has been cooking the books. Everyone in the finance team at Farley knows it.",
      errors: 1,
    },
    { text: "As a physio at Farley General I think the new gym is the right call.", errors: 1 },
    {
      text: "At Farley General we've moved to bedside handover and it's the best change I've seen.",
      errors: 1,
    },
    {
      text: "I've been a porter at Farley General for years and I think the new shift pattern is wrong.",
      errors: 1,
    },
    {
      text: "The Royal Farley: great building, payroll a shambles. I've worked here ten years.",
      errors: 1,
    },
    {
      text: "Continuity of carer should be standard for every first baby.",
      profile: "Midwife, Farley General Hospital",
      errors: 1,
    },
    {
      text: "If you work at a desk, get up every half hour. Your back will thank you.",
      profile: "Physio, Farley Vale NHS FT",
      errors: 1,
    },
    {
      text: "Meningitis can move fast. If a rash doesn't fade under a glass, get them seen urgently.",
      profile: "Paediatric nurse, Farley General Hospital",
      errors: 1,
    },
    {
      text: "Electronic obs are a real step forward for the wards.",
      profile: "Charge nurse, Farley General Hospital",
      errors: 1,
    },
  ],
});
