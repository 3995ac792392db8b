import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

ruleTester(rule, {
  valid: [
    // Other ways of saying the views are one's own.
    "Speaking personally and not for my trust: safe staffing ratios should be law. #NHS",
    "Writing in a personal capacity as an NHS nurse: the new pay offer is an insult.",
    {
      text: "Agency staff cost the NHS a fortune and it has to stop.",
      profile: "Nurse at Kingsmere NHS Trust, not posting on behalf of the Trust",
    },
    // (1) fails: a job title or a ward alone does not name the employer.
    {
      text: "Student nurses should be paid for their placement hours. Simple.",
      profile: "Staff nurse, Ward 7 | mum of 3",
    },
    { text: "Nurses deserve a proper pay rise, simple as that.", profile: "RN 💙 coffee addict" },
    // (2) fails: news, thanks, celebrations, events and questions are not opinions.
    {
      text: "Huge congratulations to our discharge team on their award tonight 🏆 so proud of you all",
      profile: "Matron, Westfield General Hospital",
    },
    {
      text: "Bake sale on Ward 8 this Friday, all money to the dementia garden 🍰",
      profile: "HCA @ Westfield General Hospital",
    },
    {
      text: "Has anyone done the Trust's preceptorship course? Worth it?",
      profile: "Band 5 nurse",
    },
    {
      text: "Reposting the Trust's update on the new diagnostic centre: parking details in the post.",
      profile: "Radiographer @WestfieldNHS",
    },
    {
      text: "First week as a band 6 done! Survived on toast 💪",
      profile: "Staff nurse, Royal Westfield Hospital",
    },
    // (3) fails: the views are said to be the author's own, in the profile or the post.
    {
      text: "Hospital at home works and should be funded properly.",
      profile: "Consultant geriatrician, Westfield Teaching Hospitals. Views my own.",
    },
    {
      text: "Student nurses should be paid on placement. (Opinions are mine, not my employer's.)",
      profile: "Lecturer practitioner, Westfield NHS Trust",
    },
    {
      text: "CPR should be taught in every school.",
      profile: "Paramedic @WestAmbulanceNHS | All views personal",
    },
    {
      text: "The new rota system is a waste of time.",
      profile: "Ward clerk at Westfield General Hospital | tweets my own",
    },
    // Official accounts never need it.
    {
      text: "Wear a helmet on your e-scooter. We see too many head injuries.",
      profile: "Official account of Westfield NHS Foundation Trust",
    },
    // A placement is not employment.
    {
      text: "Students should get free parking on placement.",
      profile: "Student nurse, University of Westfield | placement @ Westfield General",
    },
  ],
  invalid: [
    {
      text: "Student nurses should be paid for their placement hours. Simple as.",
      profile: "Staff nurse @WestfieldNHS 💙",
      errors: [{ message: /in your profile/ }],
      output: "Student nurses should be paid for their placement hours. Simple as. Views my own.",
    },
    {
      text: "I've worked for this Trust for 15 years and the new chief exec is the best thing that's happened to the place.  ",
      errors: [{ message: /in the post/ }],
      output:
        "I've worked for this Trust for 15 years and the new chief exec is the best thing that's happened to the place. Views my own.",
    },
    {
      text: "Time to fund community nursing properly. We can't keep running district teams on goodwill.",
      profile: "District nurse, Westfield Community Health NHS Trust",
      errors: 1,
    },
    {
      // Raising a concern counts as an opinion on work.
      text: "One RN to 16 patients again tonight. Not safe.",
      profile: "Nurse at Royal Westfield",
      errors: 1,
    },
    {
      // "RTs are not endorsements" is about reposts, not one's own views.
      text: "The NHS App should let every patient read their own notes.",
      profile: "Practice nurse, Westfield Medical Centre. RTs ≠ endorsement",
      errors: 1,
    },
  ],
});
