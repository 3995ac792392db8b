import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./self-harm.js";

ruleTester(rule, {
  valid: [
    "Laughed so hard I nearly killed myself at the quiz 😂",
    "Never tell someone to kill themselves, even as a joke",
    "If someone tells you they want to end their life, listen and call Samaritans on 116 123",
    "Self-harm Awareness Day: listen without judgement and help them find support",
    "This heat is killing me, 31 degrees on the ward",
    "Skipped lunch again, rota chaos. Anyone got a biscuit?",
    "Jump off the bus at the main entrance stop, it's quicker than the car park",
    "Nobody would notice if I left early, right? 😂",
    "We should end it there for today, great teaching session",
  ],
  invalid: [
    {
      text: "Go kill yourself you useless nurse",
      direction: "inbound",
      errors: [{ excerpt: "kill yourself" }],
    },
    { text: "k y s", direction: "inbound", name: "spaced-out letters", errors: 1 },
    {
      text: "honestly just jump off a bridge mate nobody likes you",
      errors: [{ excerpt: "jump off a bridge" }],
    },
    {
      text: "If you can't cope with A&E then slit your wrists and save us the paperwork",
      errors: 1,
    },
    { text: "#thinspo day 3 of no food 💪", errors: [{ excerpt: "#thinspo" }] },
    {
      text: "Skipping breakfast every day this week, 1 stone down already! Hungry means you're winning",
      errors: 1,
    },
    {
      text: "Do the world a favour and disappear, nobody would miss you",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "u should just end it honestly, nobody at that hospital would miss you",
      direction: "inbound",
      errors: 1,
    },
  ],
});
