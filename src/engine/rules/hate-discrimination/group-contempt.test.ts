import { ruleTester } from "../../../../test/support/rule-tester.js";
import { groupContempt } from "./group-contempt.js";

ruleTester(groupContempt, {
  valid: [
    "I'm a proud gay nurse",
    "Eid Mubarak from our Muslim staff network!",
    "As a Black midwife, I see women relax when they realise I get it.",
    "Trans people are not a debate. You belong here.",
    "Yesterday a visitor racially abused two of our nurses. This is never acceptable and it has been reported.",
    "Gay and bisexual men are advised to test at least once a year.",
    "Do you have a prayer room? My dad is Muslim and would like to pray.",
    "The Polish shop by the hospital smells amazing",
    "Foreign body removed from a toddler's ear today, all fine",
    "Our Nigerian nurses cooked for the whole ward at Christmas 😂 best jollof ever",
  ],
  invalid: [
    { text: "Another Romanian family camped out in the relatives' room. Every single time with this lot", errors: 1 },
    { text: "So the Muslims get a new prayer room. They're taking over and it'll be sharia law on the wards.", errors: 1 },
    { text: "These trans people are mentally ill and shouldn't be allowed near children", direction: "inbound", errors: 1 },
    { text: "Why is every doctor foreign? Send them all back and give the jobs to British people", direction: "inbound", errors: 1 },
    { text: "Women surgeons should stick to breast clinics and leave the big operating to the men.", errors: 1 },
    { text: "More Nigerian nurses on our ward, can't understand a word and they stink the staff room out. Go home", errors: 1 },
    { text: "New reg is from Ghana 🐒🍌 😂", errors: 1 },
    { text: "Immigrants are taking over our hospitals, send them back", errors: 1 },
  ],
});
