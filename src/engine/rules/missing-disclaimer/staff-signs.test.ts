// Staff identified in fresh ways, and opinions said in fresh ways (probe posts written for this
// file): a staff hashtag of the employer's initials, a post signed off with a job and the
// organisation, "my views ≠ my employer's" as a disclaimer ("RT ≠ endorsement" alone is not one),
// and opinions on the NHS, the government and new kit ("on its knees", "starved the NHS", "made
// handover so much quicker", "best bit of kit we've been given", "transformed", "makes it all worth
// it", "promised 5,000 more midwives. Where are they?", "needs a proper workforce plan").
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

ruleTester(rule, {
  valid: [
    // A ward or a shift alone does not name the employer.
    {
      text: "Hot take from my shift tonight: visiting hours should be scrapped altogether.",
      profile: "Staff nurse | Ward 12 | mum of 3",
    },
    // A hashtag that names no employer, and #TeamGB.
    "#nursesofinstagram best advice I was ever given: always check the drug chart twice.",
    "#TeamGB were the best thing about the summer, honestly.",
    // A notice signed off with the organisation.
    "Falls prevention study day is on 12 June, book via the learning hub. Tom, Falls Lead, Dorset County Hospital",
    // Disclaimers in other forms.
    {
      text: "The new 12 hour shift pattern is awful for anyone with kids.",
      profile: "Sister, Queen Alexandra Hospital | my views ≠ my employer's",
    },
    {
      text: "Strikes are the only language this government listens to.",
      profile: "Junior doctor @ Leeds Teaching Hospitals | opinions = mine",
    },
    // A question asking for others' views.
    {
      text: "Happy OT week 🎉 what's the best bit of kit you've ever issued? 👇",
      profile: "Occupational therapist at Northfleet General",
    },
    // News about a building and thanks.
    {
      text: "The new Hereford hospital building opens to patients on 3 March.",
      profile: "Radiographer, Wye Valley NHS Trust",
    },
    "Thank you to everyone at the NHS who looked after my dad last week. Forever grateful.",
    {
      text: "Flu jab season! Pregnant? Over 65? Get it booked, it really does keep you out of hospital.",
      profile: "Practice nurse. Views my own.",
    },
    {
      text: "Unpopular opinion: pineapple does belong on pizza.",
      profile: "Nurse, Leeds Teaching Hospitals",
    },
    "Had tea at Nando's after the match. I work there on Saturdays so it was free.",
    "#ProudToBeNHS 20 years today since I qualified 🎉",
    "Flu jab done at the staff clinic today ✅ #TeamNUH",
    {
      text: "Strike days: ED is open, please only come if it's an emergency.",
      profile: "Sister, ED, Whiston Hospital",
    },
  ],
  invalid: [
    {
      text: "#TeamRUH honest opinion: our new electronic rota is the best thing that's happened to this place in years.",
      errors: 1,
    },
    {
      text: "Great turnout at the falls prevention study day, I think it's the best training we run all year. Tom, Falls Lead, Dorset County Hospital",
      errors: 1,
    },
    {
      text: "Strikes are the only way junior doctors will get their pay restored. Proud to be on the picket line.",
      profile: "FY2 @ Sheffield Teaching Hospitals | RT ≠ endorsement",
      errors: 1,
    },
    {
      text: "Honestly the new electronic obs system has made handover so much quicker. Best change in years. #ProudToBeNHS",
      errors: 1,
    },
    {
      text: "This government has starved the NHS for a decade and now blames staff for the waiting lists.",
      errors: 1,
    },
    { text: "the NHS is on its knees and everyone who works in it knows it", errors: 1 },
    { text: "Nurses striking isn't greed, it's the only way to be heard. #NHS", errors: 1 },
    { text: "This government's idea of a workforce plan is a press release. #NHS", errors: 1 },
    {
      text: "Getting your flu jab protects the patients you care for too. No excuses this year. #TeamNUH",
      errors: 1,
    },
    {
      text: "I really believe family liaison nurses should be in every ICU. Dr A. Khan, Consultant Intensivist, Salford Royal NHS Foundation Trust",
      errors: 1,
    },
    {
      text: "Best bit of kit we've been given this year is the new scoop stretcher.",
      profile: "Paramedic | EMAS",
      errors: 1,
    },
    {
      text: "My trust has finally brought in self-rostering and honestly it's transformed my work-life balance.",
      errors: 1,
    },
    {
      text: "Being a nurse is hard but seeing a patient walk out after weeks in ITU makes it all worth it.",
      profile: "Nurse 💙 #ProudToBeNHS",
      errors: 1,
    },
    {
      text: "Ministers keep promising 5,000 more midwives. Where are they?",
      profile: "Midwife, Liverpool Women's",
      errors: 1,
    },
    { text: "The NHS needs a proper workforce plan, not another reorganisation.", errors: 1 },
    {
      text: "Vaccines are the single best thing modern medicine has done. Fight me.",
      profile: "Microbiologist | UHB",
      errors: 1,
    },
    {
      text: "The government's 'new hospitals programme' is smoke and mirrors.",
      profile: "Estates manager, James Paget University Hospitals",
      errors: 1,
    },
    {
      text: "Flu jab season! Pregnant? Over 65? Get it booked, it really does keep you out of hospital.",
      profile: "Practice nurse @ Beech House Surgery",
      errors: 1,
    },
    {
      text: "The new discharge clinic at Pinderfields is the best thing we've done in years. I work there so I would say that.",
      errors: 1,
    },
    {
      text: "RSV jab for over-75s is free and it works. Please book yours.",
      profile: "Community nurse, Solent NHS | RTs ≠ endorsements",
      errors: 1,
    },
  ],
});
