// Paraphrases of each concern concept, written fresh, and harmless posts that share the words.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    "Roads are dangerous tonight with the ice, drive carefully everyone.",
    "It's dangerous to mix alcohol with your painkillers, ask your pharmacist.",
    "The official update says there is no risk to patients from the power cut.",
    "Our new hoist arrived today and it's brilliant.",
    "Waiting for my bus for 20 minutes in the rain, classic Monday.",
    "Safe home everyone after the Christmas party!",
  ],
  invalid: [
    // The author calls it dangerous or unsafe.
    { text: "Staffing on our unit tonight is dangerous, plain and simple.", errors: 1 },
    {
      text: "Honestly this is dangerous, one of us for the whole bay of confused patients.",
      errors: 1,
    },
    { text: "Nights on the stroke ward are unsafe and everyone knows it.", errors: 1 },
    { text: "It genuinely isn't safe on our ward any more.", errors: 1 },
    { text: "Dangerously short on midwives again this weekend.", errors: 1 },
    // Harm predicted to patients.
    { text: "Patients are going to deteriorate on this list and no one will notice.", errors: 1 },
    {
      text: "Someone is going to get dropped because the hoist has been broken for a month.",
      errors: 1,
    },
    { text: "Mark my words, a patient will come to harm before this gets sorted.", errors: 1 },
    { text: "We are putting frail patients at risk every single night.", errors: 1 },
    { text: "Babies are at risk with so few midwives on the labour ward.", errors: 1 },
    // Staff too thin; nobody free.
    { text: "No nurse was free to answer call bells for most of the night shift.", errors: 1 },
    {
      text: "Not enough staff to turn patients on time, pressure sores are the result.",
      errors: 1,
    },
    { text: "Just one doctor covering 120 beds overnight again.", errors: 1 },
    // Records falsified, reporting suppressed, queue-jumping.
    {
      text: "Managers instructed us not to datix the pressure ulcers before the inspection.",
      errors: 1,
    },
    { text: "Someone has been falsifying the fridge temperature logs for weeks.", errors: 1 },
    {
      text: "We were pressured to sign off the checks we never did. That is covering it up.",
      errors: 1,
    },
    // Left waiting or neglected.
    { text: "Residents haven't been turned for over ten hours on the night shift.", errors: 1 },
    { text: "Older people stuck in ambulances outside for six hours, unacceptable.", errors: 1 },
    { text: "They leave residents in soiled sheets overnight because nobody is free.", errors: 1 },
  ],
});
