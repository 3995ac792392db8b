import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./internal-incidents.js";

ruleTester(rule, {
  valid: [
    "A never event is something that should never happen, which is why we practise the checklist",
    "My driving licence was suspended for a month, never again",
    "The match was suspended because of the rain",
    "Sad news reported in the news today: the surgeon has been struck off, as reported by the BBC",
    {
      text: "Yesterday a visitor assaulted one of our nurses. This is never acceptable and has been reported to the police.",
      profile: "Official account of Anytown Hospitals NHS Trust",
      name: "the official account's statement",
    },
    "Sharing the Trust's statement: a serious incident at the General was declared last night and all patients are safe.",
    "Top tip for new starters: if something goes wrong, report it on Datix. That's how we learn.",
    "Hit our target for flu jabs this week 💪",
    "Great teaching on never events today, really made me think about checklists",
    // Public already, or not the Trust's: a regulator's outcome, news from elsewhere, a road.
    "Dr Marsh was struck off today after the tribunal found he falsified notes. It's all on the MPTS website.",
    "Read that a midwife in Devon was struck off for stealing drugs. Sad for everyone involved.",
    "Air ambulance attended a serious incident on the A14 this morning, thoughts with everyone involved",
    "Stuck behind a serious incident on the motorway, running late for clinic, sorry all",
  ],
  invalid: [
    {
      text: "The consultant involved has been suspended pending investigation, I work there so I know",
      errors: 1,
    },
    { text: "Our ward manager got sacked yesterday, nobody knows why", errors: 1 },
    { text: "Sister Jones is facing a disciplinary after the complaint", errors: 1 },
    { text: "One of our surgeons has been referred to the GMC, keep it to yourselves", errors: 1 },
    { text: "The nurse involved is on restricted duties while they look into it", errors: 1 },
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
    { text: "The matron on ward 9 has been suspended and nobody will say why", errors: 1 },
    {
      text: "Serious incident declared in our ED last night, ambulances queued on the road outside",
      errors: 1,
    },
  ],
});
