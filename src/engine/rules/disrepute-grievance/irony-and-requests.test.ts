// Grievance in indirect shapes: irony about how staff are treated, requests refused with the
// request named first, waiting on HR or occupational health, pay and grading, public demands
// to management, idioms about planners who never did the job, and a verdict standing alone.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./derogatory-or-grievance.js";

ruleTester(rule, {
  valid: [
    "Thank you so much for the birthday cake, team! Feeling very spoilt.",
    "Three long days done, feet are gone, curry is ordered. Living my best life.",
    "Big shout out to Sam on nights, an absolute genius with cannulas 👏",
    "The new resus trolleys are here. Checking them every shift as always!",
    "Study leave for the conference was approved today, so excited.",
    "Does anyone know how long occupational health usually take to reply?",
    "Our new starter is lovely and has never met a patient she didn't chat to.",
    "Nothing says Friday like fish and chips on the beach.",
    "Why do we keep getting heatwaves in September these days?",
    // A damaging claim about a colleague who is not management is defamation, not disrepute.
    "Everyone on nights knows the reg fiddles his timesheets.",
    "You couldn't make it up: the cat stole a whole sausage roll off my plate.",
    "Surprise surprise, it's raining on my day off again.",
    "Our 'Wellbeing Wednesday' walk leaves the main entrance at 12:30, all welcome!",
    "Delighted our ward got an 'outstanding' rating from the CQC today. So proud of the team!",
    "The board got new members this year, welcome to all three of them.",
    "Who designed this cake? It's amazing, thank you team!",
  ],
  invalid: [
    {
      text: "Staff parking up to £85 a month and the barrier is broken again. Really feeling the love from the Trust.",
      errors: 1,
    },
    { text: "Rota out with six nights in a row for me. Love that for us.", errors: 1 },
    {
      text: "All the summer leave requests rejected before the rota was even drafted. Top planning.",
      errors: 1,
    },
    { text: "Car parking permit refused for the second year running.", errors: 1 },
    { text: "Two months waiting for occupational health to assess my wrist.", errors: 1 },
    { text: "Nine years doing band 6 work on band 5 money.", errors: 1 },
    { text: "Could someone in payroll please explain why my enhancements vanished?", errors: 1 },
    {
      text: "The new observations software was clearly built by someone who has never worked a ward.",
      errors: 1,
    },
    { text: "Our pharmacy is where TTOs go to die. Four hours for one inhaler.", errors: 1 },
    {
      text: "Management refused Amy's request to swap shifts for her mum's funeral. She's devastated. Shameful.",
      errors: 1,
    },
    {
      text: 'The rostering "upgrade" means we get our shifts a week ahead. Try arranging nursery around that.',
      errors: 1,
    },
    { text: "There's always money for consultants' reports but never for bank cover.", errors: 1 },
    { text: "The new on-call pattern is designed to get rid of the part-timers.", errors: 1 },
    { text: "I didn't study for four years to end up as the ward's photocopier.", errors: 1 },
    { text: "Why does this trust keep outsourcing everything that works?", errors: 1 },
    {
      text: "The reg who signed my portfolio off as 'not yet competent' never even watched me.",
      errors: 1,
    },
    { text: "Our chief nurse fiddles her expenses and everyone knows it.", errors: 1 },
    { text: "Agency gets paid double and we get a badge. Classy.", errors: 1 },
    {
      text: "Staff numbers cut again and the board want 'more for less'. You couldn't make it up.",
      errors: 1,
    },
    { text: "Make one mistake here and they hang you out to dry. Total blame culture.", errors: 1 },
    { text: "Never seen staff this tired and leadership this absent.", errors: 1 },
    { text: "The execs know. They won't do anything.", errors: 1 },
    { text: "Our 'staff recognition scheme' is a £5 coffee voucher. That's it.", errors: 1 },
    { text: "Drug charts keep vanishing and management's answer is 'be more careful'.", errors: 1 },
    { text: "Theatres aren't being deep cleaned and management are ignoring it.", errors: 1 },
    { text: "No money for a patient fridge but the exec team just got new iPads.", errors: 1 },
    { text: "Payroll have messed up my pay for the third month running.", errors: 1 },
    { text: "Honestly the new booking system has been a disaster from day one.", errors: 1 },
    { text: "Eleven vacancies on the unit and the board say 'lessons learned' again.", errors: 1 },
  ],
});
