import { ruleTester } from "../../../../test/support/rule-tester.js";
import { patientNameRule } from "./patient-name.js";

ruleTester(patientNameRule, {
  valid: [
    "Dr Patel ran a great session on sepsis today",
    "Brilliant talk from Dr Aisha Khan, consultant cardiologist",
    "Congratulations to Staff Nurse Oluwaseun Bakare, Nurse of the Year",
    "Shout out to Bev Okoro and Tom Ashworth who've led the discharge lounge from four chairs",
    "Mr Stephen Achterberg takes consultancy fees from the implant company",
    "Bay 4 is closed for a deep clean this afternoon",
    "We've opened a 28-bed ward for winter",
    "Hi Joe, the new scanner is in use and the first patients were scanned on Monday",
    { text: "Meet Graham, 67, ringing the bell after radiotherapy (shared with Graham's consent)", profile: "Official account of the Trust", name: "official account, consent stated" },
  ],
  invalid: [
    { text: "Mrs Hughes in bed 4 has been fit for discharge for 3 weeks", errors: [{ excerpt: "Mrs Hughes in bed 4" }], output: "a patient has been fit for discharge for 3 weeks" },
    { text: "the man in bed 4 who keeps pulling his cannula out", errors: [{ excerpt: "the man in bed 4" }] },
    { text: "Just followed Kayleigh from bed 3 on Insta", errors: [{ excerpt: "Kayleigh from bed 3" }] },
    { text: "Bed 12 has pressed his buzzer 40 times since 10pm", errors: [{ excerpt: "Bed 12" }] },
    { text: "Mr Arthur Blenkinsop sang Danny Boy to the whole bay on Ward 12", errors: 1 },
    { text: "Ron Gattridge was brought onto our ward drunk last night", errors: [{ excerpt: "Ron Gattridge" }] },
    { text: "The little lady in bay 4 keeps asking for her husband Stan", errors: 2, name: "patient and relative" },
    { text: "Doris on her nightly escape attempt with her zimmer frame again", errors: [{ excerpt: "Doris" }] },
    { text: "chase the potassium for Mrs Oduya, bay 2", errors: 1 },
    { text: "Shoutout to Mrs Ahmed who visits her husband on Ward 5 every day", errors: 1 },
  ],
});
