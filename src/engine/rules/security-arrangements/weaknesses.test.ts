import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./weaknesses.js";

ruleTester(rule, {
  valid: [
    // A barrier stuck for a morning is a free car park, not a standing weakness.
    "Barrier on level 3 was stuck open this morning, free parking for once 😂",
    "If someone follows you through a swipe door, it's OK to ask who they're visiting. Security is everyone's job",
    "The canteen is completely empty from 2 till 3, perfect for a quiet lunch",
    "The fire door by the lifts was wedged open with a bin so I shut it and told the NIC",
    "Night security only work until 3am on a Sunday? Nope, they're here all night, legends",
    "Got tailgated by a van the whole way down the A21 this morning, terrifying",
    // Praise of porters is not a gap in guarding.
    "Shout out to the porters today, nobody notices them until they're needed.",
    "Massive thanks to security for staying with us after midnight during the incident",
    "Never write your password on a post-it stuck to the monitor!",
    "Security team are doing extra patrols over Christmas, thank you",
    "The new drugs cabinet logs every access, brilliant bit of kit",
    "Our porters are amazing, they never stop from 7am to 7pm",
    "Keys locked in the car again at Pembury 🤦‍♀️",
    "My door is always open if anyone needs a chat",
    "Doors open at 7pm for the awards night",
    "The lift never works, third time this week",
    "Cubicle 8 door is broken again 🙄",
    "Reminder: tailgating through secure doors is a security risk. Swipe every time, even if it's annoying",
    "The hand dryer by the entrance is switched off to save power, bring a towel",
    "My car keys are in my other coat, stuck at work till my husband comes 🙄",
    "Keys for the store cupboard are now kept by the nurse in charge, ask them please",
    "The toilet door by x-ray is bust, use the one by the lifts",
    "Fire exit alarm on ward 3 is broken again, estates ticket logged",
    "Remember to lock your screen every time you walk away",
    "Security were brilliant tonight, thank you for helping with a difficult patient",
    "Thanks to the CCTV team for helping police find the stolen car",
    "The fire door on Ward 6 doesn't close properly, reported it to estates and they're fixing it today",
  ],
  invalid: [
    // Access that asks for nothing, controls that give.
    {
      text: "the back stairs from the loading bay up to NICU don't need a badge, found that out on nights",
      errors: 1,
    },
    {
      text: "staff car park gate has been stuck open for three weeks now, help yourselves",
      errors: 1,
    },
    {
      text: "heads up, the card readers on the east wing go fail open whenever the fire panel is tested",
      errors: 1,
    },
    {
      text: "Side ward 4's window restrictor pops off if you lean on it, estates on Monday apparently",
      errors: 1,
    },
    { text: "Our car park cameras are all dummies according to the security lads 🙃", errors: 1 },
    {
      text: "The children's outpatients desk isn't staffed 9pm–8am now, visitors just follow someone through the doors",
      errors: 1,
    },
    {
      text: "Night security make one patrol of the mental health unit and that's your lot till morning",
      errors: 1,
    },
    {
      text: "Agency doc left his smartcard in the PC all night and we all used it for prescribing 🙈",
      errors: 1,
    },
    {
      text: "Heads up: the day unit is completely empty from 9pm till 7am at weekends, so grab a quiet spot",
      errors: 1,
    },
    {
      text: "Between 1 and 5am the outpatients corridor is completely deserted and the side door is on the push bar",
      errors: 1,
    },
    {
      text: "Every Thursday I'm the only one in the community clinic from 6 till 9 on the late list",
      errors: 1,
    },
    {
      text: "Forgot your badge? The side entrance by the loading bay is always on the latch, just give it a shove",
      errors: 1,
    },
    {
      text: "The CD keys live in the blue mug on the nurses' station if you need them on nights",
      errors: 1,
    },
    {
      text: "The fire exit next to ward 15 has been alarmed off for weeks, perfect for a vape",
      errors: 1,
    },
    {
      text: "Keys to the CD cupboard are in the blue mug on the top shelf if you can't find the NIC",
      errors: 1,
    },
    {
      text: "If you're locked out, the spare office key is under the fire extinguisher by the lift",
      errors: 1,
    },
    { text: "The back door into maternity is broken again, anyone can walk in", errors: 1 },
    {
      text: "Security only walk round the multi-storey once a night, about 2am, so be careful",
      errors: 1,
    },
    { text: "No guards on the main entrance after 10pm, anyone can wander in", errors: 1 },
    { text: "The maternity unit is unmanned after midnight at weekends", errors: 1 },
    { text: "Porters don't patrol the back car park after 11 so walk in pairs", errors: 1 },
    { text: "The CD cupboard override doesn't log who opened it 😉", errors: 1 },
    { text: "The drugs cabinet on our ward never records who takes what", errors: 1 },
    { text: "The panic buttons in clinic 3 don't go off at reception, never have", errors: 1 },
    { text: "CCTV in the main corridor hasn't recorded since the upgrade", errors: 1 },
    { text: "Admin password is written on a post-it on the side of the monitor 🙈", errors: 1 },
    { text: "Our team password is taped under the keyboard at the nurses' station", errors: 1 },
    {
      text: "The back door by A&E never locks, handy for a quick smoke",
      errors: [{ excerpt: "door by A&E never locks" }],
    },
    { text: "The car park CCTV doesn't even work so don't bother reporting your car", errors: 1 },
    { text: "There's no CCTV on the third floor stairwell", errors: [{ excerpt: "no CCTV" }] },
    { text: "Security go home at 10pm so after that it's just us and the porters", errors: 1 },
    { text: "Nobody ever checks the badges at the main entrance, anyone could walk in", errors: 1 },
    {
      text: "Half the meds in the treatment room go missing and nobody counts them",
      name: "uncounted stock",
      errors: 1,
    },
    {
      text: "Tip: you can tailgate through the staff entrance behind anyone with a badge",
      errors: 1,
    },
    { text: "The fire exit in outpatients is always propped open for the smokers", errors: 1 },
    { text: "Alarm on the pharmacy door hasn't worked for months lol", errors: 1 },
    { text: "Security only does one round a night so the car park is a free for all", errors: 1 },
  ],
});
