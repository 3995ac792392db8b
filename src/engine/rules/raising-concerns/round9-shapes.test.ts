// Concern shapes from round nine's unseen batches, in wording written for this file: a patient
// named by title waiting a span of time, waits with the number in words, medically fit and still
// in a bed, harm said to be preventable, a care scandal "all over again", help slow to come, kit
// out since a month and jobs logged, a patient moved without their oxygen, nobody examining them,
// too few staff to run a unit, controlled drugs unaccounted for, a junior scapegoated, staff
// afraid of a colleague and "managers know", lists overbooked and patients cancelled.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    // Near misses: waits, prevention and numbers that are no concern about care.
    "Mrs Patel from accounts has been waiting two weeks for her new laptop, poor thing 😂",
    "Waited two hours for a table at the new Italian place. Worth it for the tiramisu.",
    "Most falls at home are preventable: good lighting, no loose rugs, proper slippers.",
    "The Trust does not accept that the fall was avoidable and will defend the claim.",
    "Bank holiday traffic took nearly forty minutes to clear, so I was late to my own party.",
    "The gym has been closed since March for refurbishment, can't wait for it to reopen.",
    "Logged three jobs on the new HR system today and all got sorted by lunch. Impressed!",
    "Sent the kids to school without their coats and of course it rained 🙄",
    "There aren't enough hours in the day for all the cake in the staff room.",
    "Theatre tickets overbooked for the panto, we'll be standing at the back 🎭",
    "Everyone's scared of the new coffee machine, it hisses at you.",
    "Cancelled three dentist appointments this year because of nights, must rebook.",
  ],
  invalid: [
    {
      text: "Mrs Okafor in side room 2 has been sitting in the same chair for eleven hours because we have no hoist.",
      errors: 1,
    },
    {
      text: "Chap with sepsis waited seven hours in majors before anyone gave antibiotics.",
      errors: 1,
    },
    {
      text: "Our gent in bed 12 is medically optimised for three weeks now and still here because social care can't find a placement.",
      errors: 1,
    },
    {
      text: "That cardiac arrest on Sunday could easily have been prevented if anyone had escalated his NEWS.",
      errors: 1,
    },
    {
      text: "Learning disability unit with no activities and residents locked in their rooms. Mid Staffs all over again.",
      errors: 1,
    },
    {
      text: "Panic alarm pressed in the community clinic and the police took over twenty minutes to arrive.",
      errors: 1,
    },
    {
      text: "The fire door on the stairwell still won't latch and estates have had four jobs logged about it.",
      errors: 1,
    },
    {
      text: "Porters keep transferring our COPD patients to scans without their oxygen, one came back blue.",
      errors: 1,
    },
    {
      text: "Four weeks on the ward and nobody has properly examined him. His family are beside themselves.",
      errors: 1,
    },
    {
      text: "There aren't enough nurses to staff the escalation beds, yet they're opening them tonight.",
      errors: 1,
    },
    {
      text: "The CD book came up short again this morning, three ampoules of diamorphine missing and no one is investigating.",
      errors: 1,
    },
    {
      text: "Wrong drug given on nights, patient ended up in ICU, and they're already trying to blame the agency nurse.",
      errors: 1,
    },
    {
      text: "One of our anaesthetists belittles the juniors in every list. Everyone is terrified of him. Management knows.",
      errors: 1,
    },
    {
      text: "Clinic lists get overbooked by admin and then we cancel four patients at the door. Every week.",
      errors: 1,
    },
  ],
});
