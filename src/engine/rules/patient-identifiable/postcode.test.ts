import { ruleTester } from "../../../../test/support/rule-tester.js";
import { postcodeRule } from "./postcode.js";

ruleTester(postcodeRule, {
  valid: [
    // An official account's own clinic: "for patients" is everyone.
    {
      text: "From Monday our hearing clinics move to Riverside House, Carlisle CA1 1RR. Same number as before. Parking is free for patients.",
      profile: "Official account of the Audiology Service, North Cumbria NHS Trust",
    },
    // A service giving its own new address.
    "Our fracture clinic has moved! Find us at the Bank Street entrance, Leeds LS1 5EA, by the lifts",
    "For the staff party: The Crown, 12 Bank Street, Ashford TN23 1BX, 7pm Friday",
    {
      text: "Stuck on the m25 3am after nights, never again",
      name: "lower-case road and time, not a postcode",
    },
    "Code for the wifi is ab1 2cd apparently",
    "Anyone on the ME16 side of Maidstone want to car share?",
    "Covering TN2 and TN4 on the district today",
    "Open day at Maidstone Hospital, Hermitage Lane, Maidstone ME16 9QQ – just turn up",
    {
      text: "Our postcode for the satnav is CT1 3NG, park in the multi-storey",
      profile: "Official account of East Kent Hospitals University NHS Foundation Trust",
      name: "an official account's own postcode",
    },
    {
      text: "Our new clinic is at 1 Trust Way, Anytown AB1 2CD",
      pack: { allow: { postcodes: ["AB1 2CD"] } },
      name: "allow-listed trust postcode",
    },
  ],
  invalid: [
    // A building named in the sentence before is not where this address is.
    {
      text: "Mum's tablets never arrived at the surgery. Agnes Pollard, 3 Heath Row, Otley LS21 3JP, please ring her",
      direction: "inbound",
      errors: 1,
    },
    { text: "Visit at 10 in tn4 8rj, lovely lady with dementia", errors: 1 },
    {
      text: "First visit of the morning up in TN4 8RJ, lovely old boy",
      errors: [{ excerpt: "TN4 8RJ" }],
      output: "First visit of the morning up in TN4, lovely old boy",
    },
    {
      text: "the old lady at 9 Fernlea Close, Bexhill TN39 3QR has been on her floor",
      direction: "inbound",
      errors: [{ excerpt: "TN39 3QR" }],
    },
  ],
});
