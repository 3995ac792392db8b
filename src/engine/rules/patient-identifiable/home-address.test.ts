import { ruleTester } from "../../../../test/support/rule-tester.js";
import { homeAddressRule } from "./home-address.js";

ruleTester(homeAddressRule, {
  valid: [
    // A ward clerk's address, for her leaving card: colleague privacy's to report.
    "Our ward clerk Teresa lives near me (8 Alder Close) if anyone wants to drop her leaving card round, she's on a late so try after 10",
    {
      text: "Priya from dermatology lives on Hazel Grove and she's on lates, anyone fancy a car share? Her knee is still bad",
      name: "a colleague named by their specialty",
    },
    "Our Board meets in the Clinical Sciences Building, St James's University Hospital, Beckett Street",
    {
      text: "Tell Dr Okafor I know he lives at 14 Beechwood Avenue",
      direction: "inbound",
      name: "a colleague's home is colleague-privacy",
    },
    "She lives in Leeds now and loves it",
    {
      text: "Anyone need a lift to the Christmas do? Sian lives at 3 Ferndale Court, Pontypridd, knock for her",
      name: "nothing about care: a friend's or colleague's home",
    },
    {
      text: "Sam from admin lives on Birchwood Avenue, number 12, drop her birthday present off, she's off sick",
      name: "a colleague named by their department",
    },
  ],
  invalid: [
    // The writer's relative said to be at the address, with staff named nearer.
    {
      text: "The paramedic who came to my dad Ron at 27 Willowbank Road on Saturday left him on the floor for an hour",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Late visit list – 9 Larkspur Close, take spare Mepilex, her cellulitis has spread up the shin",
      errors: [{ excerpt: "9 Larkspur Close" }],
      name: "care said with the open vocabulary (a clinical ending)",
    },
    {
      text: "The carer from your agency walked into my uncle Ron's flat at 31 Sedge Grove and left the gas on",
      direction: "inbound",
      errors: [{ excerpt: "31 Sedge Grove" }],
      name: "inbound: the writer's relative's home, with a staff member also named",
    },
    {
      text: "Attended 14 Mill Lane, Hebden last night, had to take him out on the scoop through the back door",
      errors: 1,
    },
    {
      text: "If anyone is covering 27 Malvern Rd tomorrow, Mr D's catheter needs changing",
      errors: [{ excerpt: "27 Malvern Rd" }],
      output: "If anyone is covering [address removed] tomorrow, Mr D's catheter needs changing",
    },
    {
      text: "being discharged back to his flat on Cromwell Road tomorrow",
      errors: [{ excerpt: "Cromwell Road" }],
    },
    {
      text: "Popped round to see our old patient at her bungalow in Hove",
      errors: [{ excerpt: "Hove" }],
    },
  ],
});

// Shapes met in new posts, in other words: a named house and its village.
ruleTester(homeAddressRule, {
  valid: [
    "Anyone fancy the staff walk on Sunday? Meeting at Lower Farm, Hathersage at 10, bring boots",
  ],
  invalid: [
    {
      text: "Second visit today to the gentleman at Holly Farm, Marsden, his leg ulcer dressing needed redoing",
      errors: [{ excerpt: "Holly Farm, Marsden" }],
    },
    {
      text: "Dropped his prescription off to the old chap at Damson Cottage in Aldbury, his hip's no better",
      errors: [{ excerpt: "Damson Cottage in Aldbury" }],
    },
  ],
});
