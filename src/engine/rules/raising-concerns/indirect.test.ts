// Concerns raised indirectly: small staff numbers against a big ward, harm predicted (a fall, a
// wrong dose, a late diagnosis), faults reported and left, caseloads, and claims for work never
// done; signposting that mentions feeling unsafe is not a concern.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    "If you ever feel unsafe at work, talk to your manager or the Speak Up guardian.",
    "If anything looks unsafe on the ward, Datix it and tell the nurse in charge.",
    "Two of us ran the 10k for the hospice on Sunday and raised £600!",
    "My caseload review with my manager went really well today.",
    "Sat in the pub for 3 hours waiting for the match to start. Worth it.",
    "Our new defib passed its service today, all good.",
    "Near miss on the M6 this morning, drive safe everyone.",
    "If you're a student and you feel unsafe on placement, tell your practice assessor.",
    "Anyone making colleagues feel unsafe will be dealt with under the dignity at work policy.",
    "Pay rise backdated to April finally landed, check your payslips!",
  ],
  invalid: [
    { text: "1 carer on nights for 26 residents and half of them need two to move.", errors: 1 },
    {
      text: "Bay 3 waited six hours for pain relief because there was no doctor to prescribe.",
      errors: 1,
    },
    {
      text: "Being told to sign the CD book for doses I didn't witness. How many others do?",
      errors: 1,
    },
    {
      text: "Residents haven't had a district nurse in weeks and dressings aren't being changed.",
      errors: 1,
    },
    {
      text: "Two medication errors on one patient last week and the fridge is out of range again.",
      errors: 1,
    },
    { text: "Three of us for 31 patients again tonight. I'm scared.", errors: 1 },
    { text: "Someone is going to have a fall on that ramp. It's been reported twice.", errors: 1 },
    {
      text: "The bladder scanner has been showing the wrong volume for weeks. Reported it. Nothing.",
      errors: 1,
    },
    {
      text: "My caseload was 21 visits today. Insulin visits got squeezed in at the end.",
      errors: 1,
    },
    {
      text: "Scans are taking six weeks to be reported. Tumours are going to be picked up late.",
      errors: 1,
    },
    { text: "The unit manager puts in invoices for agency shifts that never happened.", errors: 1 },
    { text: "My grandad waited 16 hours on a trolley last night. No beds anywhere.", errors: 1 },
    { text: "52 patients in a department built for 24 tonight. We are drowning.", errors: 1 },
    { text: "The children's ward ran with no registrar overnight again this week.", errors: 1 },
    {
      text: "The infusion pump software keeps defaulting to the wrong unit. Two near misses this week and IT say be careful. Patients deserve to know.",
      errors: 1,
    },
    { text: "A locum on our team has been practising without a licence for months.", errors: 1 },
    {
      text: "No working blood gas machine on our unit for 10 days. Samples walked to ED. Things get missed.",
      errors: 1,
    },
  ],
});
