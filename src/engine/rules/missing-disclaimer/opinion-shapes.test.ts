// Opinions found missing on a fourth round of fresh probe posts (written for this file, not
// copied from them): taking a side on a strike, "great in theory but", "so much better than",
// "some of the most skilled … and get nowhere near enough credit", a policy "with no money
// attached", advice about screening, donation and the sun (words the work vocabulary lacks),
// advice with no stance word, and advice with no verb.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

ruleTester(rule, {
  valid: [
    // A rest day is not advice.
    { text: "Rest day today, my knees have earned it 🦵", profile: "Proud NHS nurse" },
    // A strike notice takes no side.
    {
      text: "Resident doctors strike from 7am Friday. Planned clinics may be rescheduled, we'll text you.",
      profile: "Outpatient manager, Royal Bolton Hospital",
    },
    // Factual comparison used to signpost is not checked here; a question is no opinion.
    {
      text: "Is the new booking line better than the old one? Honest answers please.",
      profile: "Receptionist, Kettering General Hospital",
    },
    // The same opinions with a disclaimer in the profile.
    {
      text: "Proud to stand with my colleagues on the picket line today. Pay restoration now.",
      profile: "Staff nurse, Royal Berkshire Hospital. All views my own.",
    },
    {
      text: "Book your cervical screening when the letter comes. It's five awkward minutes.",
      profile: "Practice nurse | NHS Highland | opinions mine",
    },
    // Not about work or health, whatever the bio says.
    {
      text: "This year's Bake Off is so much better than last year's.",
      profile: "HCA, Royal Derby",
    },
    // Good news and thanks are no opinion, whatever another rule made of them.
    {
      text: "Great news: our unit has been rated good by the CQC. Thank you team!",
      profile: "Ward manager, Royal Albert Edward Infirmary",
    },
    // The weather is not health advice, and a notice is no opinion.
    {
      text: "This heatwave is unbearable, I'd rather be on nights in January.",
      profile: "Porter @ Royal Hampshire County Hospital",
    },
    {
      text: "Gritters are out tonight, drive safe everyone.",
      profile: "Paramedic | East Midlands Ambulance Service",
    },
    // A notice that signposts services is not health advice.
    {
      text: "Reminder: the walk-in centre is very busy today. Please use NHS 111 online or your local pharmacy for minor illness.",
      profile: "Receptionist, Whittington Health",
    },
  ],
  invalid: [
    // Exercise advice about joints and muscles.
    {
      text: "Physio tip from an NHS physio: you don't need a back brace. Strengthen your core and keep walking.",
      errors: 1,
    },
    {
      text: "Proud to stand with my colleagues on the picket line today. Pay restoration now.",
      profile: "Staff nurse, Royal Berkshire Hospital",
      errors: 1,
    },
    {
      text: "Virtual wards sound great in theory but someone still has to visit.",
      profile: "District nurse, Leeds Community Healthcare NHS Trust",
      errors: 1,
    },
    {
      text: "E-prescribing on the wards is so much better than the paper charts, fewer errors already.",
      profile: "Ward pharmacist, Salisbury NHS Foundation Trust",
      errors: 1,
    },
    {
      text: "Our domestics are some of the most knowledgeable people on the ward and get nowhere near enough recognition.",
      profile: "Ward manager, Derriford Hospital",
      errors: 1,
    },
    {
      text: "Another workforce plan with no new money attached. We've seen this before.",
      profile: "Nurse | NHS Tayside",
      errors: 1,
    },
    {
      text: "Book your cervical screening when the letter comes. It's five awkward minutes.",
      profile: "Practice nurse | NHS Highland",
      errors: 1,
    },
    {
      text: "Talk to your family about blood donation this week.",
      profile: "Donor carer, NHS Blood and Transplant",
      errors: 1,
    },
    {
      text: "Suncream every day on holiday, even in the shade.",
      profile: "Skin cancer nurse specialist, Royal Marsden",
      errors: 1,
    },
    // Second batch: root causes, what a change has made, what people deserve, the back door.
    {
      text: "Waiting lists are a symptom, not the cause. Social care is the cause.",
      profile: "OT | @SWASFT",
      errors: 1,
    },
    {
      text: "Corridor care is the real problem in urgent care and nobody wants to say it.",
      profile: "Matron, Royal Lancaster Infirmary",
      errors: 1,
    },
    {
      text: "The new discharge team has made our ward safer and calmer.",
      profile: "Staff nurse, Furness General",
      errors: 1,
    },
    {
      text: "Nurses deserve full pay restoration. No more warm words.",
      profile: "RN | Royal Devon and Exeter",
      errors: 1,
    },
    {
      text: "Twenty years in the NHS and outsourcing by the back door is the biggest threat I've seen.",
      errors: 1,
    },
    // Third batch: lessons from the job, the right or wrong decision, working on a unit at a place.
    {
      text: "Working on the stroke unit at Pinderfields has taught me that rehab starts on day one.",
      errors: 1,
    },
    {
      text: "Our trust's decision to close the birth centre was the wrong one.",
      profile: "Midwife",
      errors: 1,
    },
    // Fourth batch: "needs more than", cold-weather advice, a one-word verdict after a sentence about care.
    {
      text: "Every child needs more than one hour of activity a day. We see why in clinic.",
      profile: "School nurse | Leeds Community Healthcare",
      errors: 1,
    },
    {
      text: "Keep the heating on for elderly relatives this week. Hypothermia creeps up fast.",
      profile: "Paramedic | North West Ambulance Service",
      errors: 1,
    },
    {
      text: "They're closing the only eating disorder day service in the county. Baffling.",
      profile: "Dietitian, Cambridgeshire and Peterborough NHS FT",
      errors: 1,
    },
    // Sixth batch: a plan that is "all talk".
    {
      text: "The new workforce plan is all headlines. Where are the midwives coming from?",
      profile: "Midwife, Royal Berkshire Hospital",
      errors: 1,
    },
  ],
});
