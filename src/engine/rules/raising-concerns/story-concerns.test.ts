// Concerns told as a worry, a story, a list or a question (fresh probe posts written for this
// file): patients sent home without their medicines, told to discharge before patients are
// ready, one midwife covering two areas at once, kit still in use after a safety alert, a ceiling
// leaking over a bed, no fit test while nursing infectious patients, corridor care become normal,
// and a concern that heard nothing since.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    // Raised through the right route and resolved; signposting; a conference.
    "Raised my concerns about staffing with the matron today and she listened. Extra HCA on tonight.",
    "Great speak up month session today. Remember: if something doesn't feel safe, tell your guardian.",
    "Attending a national conference on safer staffing next week, really looking forward to it.",
    // Worried, but not about care; running two things at once at home.
    "Worried about my driving test tomorrow, wish me luck!",
    "Running the bath and cooking tea at the same time, peak parenting.",
    // A routine that is fine.
    "Flow huddle at 8, bed meeting at 12, discharge lounge by 2. Busy but smooth day on AMU.",
    "Handover at 7 is just routine now, and it works well.",
    "Running the ward with one hand and eating toast with the other, classic nights 😂",
    "Manual handling refresher today, always good to get reminded how to use the hoist properly.",
  ],
  invalid: [
    {
      text: "Honestly concerned about how many of our patients are going home without their meds because pharmacy is closed at weekends.",
      errors: 1,
    },
    {
      text: "We're being told to discharge people before they're ready to hit the flow targets.",
      errors: 1,
    },
    {
      text: "Asked to cover the labour ward and the birth centre at the same time with one midwife.",
      errors: 1,
    },
    {
      text: "Why are we still using the same broken infusion pumps that were flagged in the safety alert last year?",
      errors: 1,
    },
    {
      text: "Estates have taken 6 weeks to fix a leaking ceiling over bed 4.",
      errors: 1,
    },
    {
      text: "Occ health still haven't done the mask fit test for half our team and we're nursing TB patients.",
      errors: 1,
    },
    {
      text: "so proud to work here lol. 6 patients in the corridor and one nurse looking after all of them.",
      errors: 1,
    },
    { text: "Another 12 hours done. Corridor care is now normal and it shouldn't be.", errors: 1 },
    {
      text: "Please, if you're reading this as a manager: we cannot keep running the ward on one registered nurse at night.",
      errors: 1,
    },
    {
      text: "Agency nurses can't access the drug system, so the one permanent nurse is doing all 28 patients' meds.",
      errors: 1,
    },
    {
      text: "Our physio team asked for a second hoist 18 months ago. Still waiting. Still lifting by hand.",
      errors: 1,
    },
    {
      text: "The trust's response to my concern about the missed insulin doses? 'Thanks for raising it.' Nothing since.",
      errors: 1,
    },
  ],
});
