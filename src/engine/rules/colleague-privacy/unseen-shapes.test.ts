// Colleague-privacy shapes found missing on fresh probe posts (written for this file, not taken
// from any evaluation set): a home address of a colleague named only by team or shift.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueHomeAndContactRule } from "./home-and-contact.js";

ruleTester(colleagueHomeAndContactRule, {
  valid: [
    // A patient named with a ward is a patient, whatever else is near.
    "Mrs Dunne on Ward 6 is going back to 14 Larkspur Drive, Hednesford tomorrow",
    "Jack Hardy on Ward 6 is going back to 14 Larkspur Drive, Hednesford tomorrow",
    "Toby from payroll says the car boot is at 40 Mill Lane this Sunday",
  ],
  invalid: [
    // A colleague named by shift or team, and a house number and street said to be theirs.
    {
      text: "Kasia on nights has moved into 9 Rowan Close, Hinckley, housewarming on the 14th!",
      errors: 1,
    },
    {
      text: "Bex from payroll has finally got the keys to 27 Orchard Road, go and knock for her 🏡",
      errors: 1,
    },
  ],
});
