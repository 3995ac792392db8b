import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./door-codes.js";

ruleTester(rule, {
  valid: [
    "Meeting in staff room 2 at 2pm about the new codes of conduct",
    "The door code is changing on Monday, ask the nurse in charge",
    "The new sluice door is 900 mm wide so the commodes finally fit through",
    {
      text: "Dress code is 1920s glamour for the Christmas do!",
      name: "a dress code is not a door code",
    },
    "Promo code is 2024 for 10% off at the canteen this week",
    "Door code changes on Monday, ask the nurse in charge for the new one",
    "Doors open at 7pm, tickets £5, 200 people expected",
    "The staff room is 300 metres from the car park",
    {
      text: "For a cardiac arrest, dial 2222 and say which ward",
      name: "the crash number is public",
    },
    "Bed 14 is ready for the patient from ED",
    "Changed my PIN to something I'll actually remember",
    "Ward 10 handover at 0730 sharp please",
  ],
  invalid: [
    {
      text: "[photo: the whiteboard in the sluice reading 'NEW KEYPAD CODE 7730 – STAFF ONLY']",
      errors: 1,
    },
    {
      text: "The code for the family room on the children's unit is four, one, one, nine.",
      errors: 1,
    },
    { text: "NEW CODES from Monday: staff room 5521, sluice 5521*, drug room 8830", errors: 3 },
    { text: "🚪 3 3 0 8 🔓 welcome to ward 7 new starters", errors: 1 },
    { text: "Treatment room code is the year the NHS was founded 😉", errors: 1 },
    {
      text: "The door code for the drugs room is 7731, don't tell anyone",
      errors: [{ excerpt: "7731" }],
      output: "The door code for the drugs room is [code], don't tell anyone",
    },
    {
      text: "Reminder: the keypad on the sluice is now 4455*",
      errors: [{ excerpt: "4455*" }],
      output: "Reminder: the keypad on the sluice is now [code]",
    },
    { text: "Key safe for the community team flat: 0909", errors: [{ excerpt: "0909" }] },
    {
      text: "The code to get into the doctors' mess is five five two one",
      name: "a code written as words",
      errors: [{ excerpt: "five five two one" }],
      output: "The code to get into the doctors' mess is [code]",
    },
    {
      text: "Treatment room on Ward 3 = #8120 if anyone's locked out",
      errors: [{ excerpt: "#8120" }],
    },
    {
      text: "They've changed the entry code to 3 3 9 1 again 🙄",
      name: "spaced digits",
      errors: [{ excerpt: "3 3 9 1" }],
    },
  ],
});
