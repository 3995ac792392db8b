// Threat shapes found on fresh probe posts (written for this file, not taken from any evaluation
// set): harm hinted at as a pity ("be a shame if ... got keyed 😇"), leaving on a trolley as the
// price of doing it again, and, kept clear, a threat quoted in a reported frame ("when someone
// says they're going to '...'").
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { threats } from "./threats.js";

ruleTester(threats, {
  valid: [
    // Treats, weather and plans are not harm.
    "Would be a shame if something happened to these flapjacks on the ward desk. Help yourselves x",
    "Be a shame if the BBQ got rained off 🙂 fingers crossed for Saturday",
    "It'd be a shame if it rained on the fun run, the kids have trained for weeks",
    // A patient moved on a trolley is a transfer.
    "Bed manager says he's leaving on a trolley to CT at 3, then straight up to the ward",
    "If she deteriorates again she'll be going out on a stretcher with the crew",
    // Threats practised or reported, in quotes, with the speaker named before.
    "De-escalation course today: we rehearsed what to do when a visitor says he's going to 'break your legs'. Really useful.",
    "A relative threatened to 'smash your face in' at the desk last night. Security were brilliant.",
  ],
  invalid: [
    {
      text: "The prayer room's got a new Hanukkah display by the lifts. All those candles. Shame if one got knocked over 🕎🔥",
      errors: 1,
    },
    {
      text: "Lovely new Tesla in bay 12, Dr Lin. Be a real shame if the paintwork got scratched one night, wouldn't it",
      errors: 1,
    },
    {
      text: "Your porter Dean walks his dog on the rec every evening. Shame if anything happened to it.",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Speak to my HCA like that again and you'll be leaving reception on a stretcher yourself.",
      errors: 1,
    },
    {
      text: "If that dad grabs one of our midwives again he's going out of here on a trolley.",
      errors: 1,
    },
  ],
});

// Round 13: a colleague's empty home offered up to be burgled ("flat's empty … if anyone wants
// her laptop"); an empty house that needs a cat fed or a plant watered offers nothing to take.
ruleTester(threats, {
  valid: [
    "Marta's flat is empty till Sunday if anyone fancies feeding her cat, she'll pay in wine 🐱",
    "My house is empty all week while the kids are at their dad's. Bliss.",
  ],
  invalid: [
    {
      text: "Gavin from estates is off to Tenerife, his flat is empty all week if anyone wants his games console 🎮",
      errors: 1,
    },
    {
      text: "Sister Okoro's bungalow will be unoccupied while she's on leave – back door's never locked 😉",
      errors: 1,
    },
  ],
});
