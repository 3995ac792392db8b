import { ruleTester } from "../../../../test/support/rule-tester.js";
import { nhsNumberRule } from "./nhs-number.js";

ruleTester(nhsNumberRule, {
  valid: [
    // A number said to be made up for practice.
    "Admin apprentices, practise your checks 🤓 is 4010232102 a valid NHS number? (It's made up!)",
    "Ring me on 6182443006 after 5 if the delivery doesn't turn up",
    "Bingo tonight! Numbers were 94 34 76 59 19, nobody got a line",
    "Practice scenario for the new starters: 'Mr Test', NHS no 943 476 5919, bed 12. Spot the error on his wristband",
    // A run of small numbers is no NHS number, whatever it adds up to.
    "Lottery syndicate numbers for the ward: 4 11 18 22 35 49, bring your £2 by Friday",
    "Asset tag 4010232137 on the bladder scanner, it's gone missing from Ward 5 again",
    {
      text: "Clinic 4857773451 appointment moved to Tuesday",
      name: "fails Mod 11, weak context only",
    },
    {
      text: "Where's my parcel? Order no. 9434765919 still says out for delivery",
      name: "order number that passes Mod 11, order context",
    },
    {
      text: "Booking ref 4010232137 for the Christmas do, pay by Friday",
      name: "checksum-valid booking reference",
    },
    { text: "Tracking number 9434765919 hasn't moved since Tuesday", name: "tracking number" },
    { text: "Raised £1234567890 for charity? No, £1,234 but we're proud", name: "money" },
    {
      text: "Reminder: check name, DOB and NHS number on the wristband every time",
      name: "talking about NHS numbers, none given",
    },
    { text: "random 1234567890 in a sentence", name: "fails Mod 11, no patient context" },
    {
      text: "Ticket 4857773451 for the surgeons' dinner, pay by Friday",
      name: "fails Mod 11, ticket context",
    },
    { text: "Clinic order 7216049181 for gloves is late", name: "fails Mod 11, order context" },
  ],
  invalid: [
    // Results and orders about the one the number is.
    { text: "INR 5.2 on 618 244 3006, can someone hold the warfarin and bleep the reg", errors: 1 },
    // Digit words joined by hyphens, grouped 4-3-3, after "ring" said of a surgery, not a number.
    {
      text: "Could someone ring the GP about the dosette box for six-one-eight-two, four-four-three, zero-zero-six? Discharge is at 2",
      errors: 1,
    },
    {
      text: "on hold to the surgery for an hour with 94 34 76 59 19 and they say there's no such patient",
      errors: 1,
      name: "ten digits read in pairs, with a patient",
    },
    // A lower-case L for a one inside the number.
    { text: "his NHS no is 943 476 59l9 if anyone needs it for the referral", errors: 1 },
    {
      text: "Chase the bloods for ９４３ ４７６ ５９１９ please, still nothing back",
      name: "full-width digits",
      errors: 1,
    },
    // Grouped 4-3-3 or 3-4-3, as people copy it off a screen.
    { text: "His NHS number is 4168 393 879 if anyone needs it for the referral", errors: 1 },
    { text: "pt in bed 3, nhs no 416 8393 879, can someone chase her bloods", errors: 1 },
    { text: "Who left 721 604 9187 on the handover sheet by the printer? Shred it", errors: 1 },
    // Unspaced, with only clinical words near (review, surgeons, admitted).
    { text: "Has 4857773457 been reviewed by the surgeons yet? Admitted overnight", errors: 1 },
    { text: "My dad's number is 612 345 6784, he was admitted on Monday", errors: 1 },
    {
      text: "NHS no 943 476 5919 for the man in bay 3 please",
      errors: [{ excerpt: "943 476 5919" }],
      output: "NHS no [removed] for the man in bay 3 please",
    },
    {
      text: "Can someone chase bloods for 943-476-5919 before 5",
      errors: [{ excerpt: "943-476-5919" }],
    },
    { text: "her NHS number is 9434765919 if pharmacy ask", errors: [{ excerpt: "9434765919" }] },
    {
      text: "NHS number: 9 4 3 4 7 6 5 9 1 9 – can you check the record",
      errors: 1,
      name: "spaced single digits",
    },
    {
      text: "read out nine four three, four seven six, five nine one nine to pharmacy all morning",
      errors: 1,
      name: "digits as words",
    },
    {
      text: "Patient's NHS number 123 456 7890 keeps bouncing on e-RS",
      errors: 1,
      name: "fails Mod 11 but plainly an NHS number",
    },
    {
      text: "My dad's NHS number is 943 476 5919 and nobody has called me back",
      direction: "inbound",
      errors: 1,
    },
  ],
});
