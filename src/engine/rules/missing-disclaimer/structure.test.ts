// Opinions found by sentence structure (signals/work-judgement.ts) and employers named in new
// first-person frames, from fresh probe posts: a verdict on a plan or change ("was a mistake",
// "is a false economy", "is out of control", "needs a total rethink"), a prediction of harm to care
// ("will hit patient care", "is going to drive more people to A&E"), a stance opener ("calling it
// now", "controversial but I'd ban"), a flat claim about what a medicine does not do; "Being a
// porter at Basildon", "Thanks Trust", "Trust won't budge". Third round: dismissed as nonsense,
// changed for the worse, "are killing people", "they usually don't need A&E", "I can honestly
// say", "frankly"; "I work in theatres at Musgrove Park"; a ward sister at a named hospital is a
// person, not the author's shifts there.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

ruleTester(rule, {
  valid: [
    // Disclaimed, no employer, or no opinion.
    {
      text: "Moving all outpatient follow ups to video was a mistake.",
      profile: "Respiratory consultant, Royal Brompton | views my own",
    },
    {
      text: "Moving all outpatient follow ups to video was a mistake.",
      profile: "Staff nurse, ward 4",
    },
    {
      text: "Was moving outpatient follow ups to video a mistake?",
      profile: "Nurse, Royal Brompton",
    },
    {
      text: "The storm will hit the coast tonight, take care driving in for your shift.",
      profile: "Paramedic, Yorkshire Ambulance Service",
    },
    {
      text: "Paracetamol does nothing for me on a night shift headache 😩",
      profile: "HCA, Royal Derby Hospital",
    },
    {
      text: "Not announced yet but the Trust is closing Rowan ward in March, you heard it here first",
      profile: "",
    },
    "Trust me, the new coffee machine in the canteen is worth the queue.",
    "Speaking as someone who's worked for the NHS 30 years — today's my last shift! Cake at 3.",
    "Apparently a certain ward sister at Pilgrim has been selling spare mobility aids. Shocked nobody's caught on.",
  ],
  invalid: [
    {
      text: "Moving all outpatient follow ups to video was a mistake. Half my patients can't work the link.",
      profile: "Respiratory consultant, Royal Brompton",
      errors: 1,
    },
    {
      text: "Cutting the health visitor workforce is a false economy. We pick up so much that nobody else sees.",
      profile: "Health visitor - Lincolnshire Community Health Services",
      errors: 1,
    },
    {
      text: "The government's plan to cut 50% of ICB staff will hit patient care, whatever they say.",
      profile: "Commissioning manager, NHS Kent and Medway",
      errors: 1,
    },
    {
      text: "Calling it now: the new GP access model is going to drive even more people to A&E.",
      profile: "Receptionist at Parkside Surgery, NHS",
      errors: 1,
    },
    {
      text: "Reminder that antibiotics do nothing for a cold. Rest, fluids, paracetamol if you need it, and see your GP if you're no better after 10 days.",
      profile: "Pharmacist at Royal Bolton Hospital",
      errors: 1,
    },
    {
      text: "Agency spend is out of control and it's the permanent staff who pay for it in the end.",
      profile: "Ward sister - East Lancashire Hospitals",
      errors: 1,
    },
    {
      text: "the 111 algorithm needs a total rethink, it sends everyone to ED",
      profile: "ACP, Kingston Hospital",
      errors: 1,
    },
    {
      text: "Controversial but I'd ban energy drinks for under 16s tomorrow. We see the palpitations in ED every week.",
      profile: "ED reg @ Royal Liverpool",
      errors: 1,
    },
    {
      text: "PSA: if your child has a temperature but is drinking and playing, they usually don't need A&E. Calpol and cuddles.",
      profile: "Paeds nurse at Alder Hey 🌈",
      errors: 1,
    },
    {
      text: "Ten years at Southmead and I can honestly say the way we treat student nurses has got worse, not better.",
      errors: 1,
    },
    {
      text: "I work in theatres at Musgrove Park and frankly the idea that robots will replace scrub nurses is nonsense.",
      errors: 1,
    },
    {
      text: "Speaking as an ambulance tech with EMAS: handover delays are killing people. Not an exaggeration.",
      errors: 1,
    },
    {
      text: "Worked 11 years at Pinderfields and I'd say the biggest change needed is proper rest facilities for night staff.",
      errors: 1,
    },
    {
      text: "honestly the 'virtual ward' thing is just moving risk into people's living rooms",
      profile: "community matron, Bristol | NHS",
      errors: 1,
    },
    {
      text: "Being a porter at Basildon for 15 years, I can tell you the corridors are busier than ever and it's not safe.",
      errors: 1,
    },
    {
      text: "Parking permit went up again. £60 a month to park half a mile from the hospital I work at. Thanks Trust 👍",
      errors: 1,
    },
    {
      text: "Acting up as a band 7 for 14 months without the pay. Trust won't budge. HR are useless.",
      errors: 1,
    },
    {
      text: "Senior leadership are completely out of touch with what's happening on the wards.",
      profile: "Staff nurse, Leeds General Infirmary",
      errors: 1,
    },
  ],
});
