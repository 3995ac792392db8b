// Colleague-privacy shapes found missing on fresh probe posts (written for this file, not taken
// from any evaluation set): a home address of a colleague named only by team or shift; short
// illnesses, the sickness-absence stages and an unannounced pregnancy; and, kept clear, mockery by
// likeness, tests on offer, a colleague's own consent and a broadcaster's own story; a couple seen
// out, a partner put out or left, orientation by idiom; away somewhere until a date, and where
// someone drinks or parks told to the reader; a photo everyone consented to.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueHealthRule } from "./health.js";
import { colleagueHomeAndContactRule } from "./home-and-contact.js";
import { colleaguePhotoRule } from "./photo-or-recording.js";
import { colleaguePrivateLifeRule } from "./private-life.js";
import { colleagueWhereaboutsRule } from "./whereabouts.js";

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

ruleTester(colleagueHealthRule, {
  valid: [
    // Mockery by likeness is not a diagnosis (other rules judge the insult).
    "Our new porter drives like he's had a stroke, hold onto the trolley rails",
    // Tests and jabs on offer for a condition, not anyone's result.
    "HIV testing in the main foyer all day Friday, no appointment needed",
    // The colleague's own agreement, and a broadcaster speaking about their own illness.
    "Huge thanks to Brenda from the League of Friends, 20 years of runs to chemo and dialysis (she's given us permission to say so!)",
    "Bill Turnbull spoke about his cancer on the telly and our urology clinic filled up, thank you Bill",
    // Expecting something, not a baby; "stage 2" of something else.
    "Our Jade is expecting three admissions from ED before ten",
    "Nadia is expecting a call back from the lab.",
    "Stage 2 of the car park works starts Monday, Nadia from estates says",
    // A bump in the road.
    "Mind the speed bump by the mortuary, Kev from estates says it's lethal",
  ],
  invalid: [
    // A short illness in brackets after a name.
    { text: "Who's off today: Gemma (migraine again), Callum (back) 🙄", errors: 1 },
    { text: "Rota's a mess, Bilal from theatres is off with d&v", errors: 1 },
    // The sickness-absence process.
    { text: "Poor Gemma on days has hit stage 3 for sickness, she's gutted", errors: 1 },
    // A condition by the colleague's name.
    { text: "Sister Okoro's blood pressure was through the roof at handover", errors: 1 },
    // An unannounced pregnancy.
    { text: "Our Bethan is expecting 🤫 don't say anything yet", errors: 1 },
    { text: "Staff nurse Tamsin let slip she's 14 weeks! keep it quiet though", errors: 1 },
    { text: "Anyone else noticed the bump on Shona from recovery? 👀", errors: 1 },
    {
      text: "Keisha from pharmacy isn't telling anyone until her 12 week scan so act surprised",
      errors: 1,
    },
  ],
});

ruleTester(colleaguePrivateLifeRule, {
  valid: [
    "Holding hands with my little girl at her first nativity, Dr Sharma from paeds was in the audience too 🥹",
    "Our HCA Precious kicked the ball out of the car park and onto the bypass 😂",
    "Staff nurse Ade left his keys for the night team in the drawer",
    "Big thanks to the porters for holding the lift for us, Dave from estates too",
  ],
  invalid: [
    { text: "Clocked Dr Abara and the new F1 holding hands outside Greggs 👀", errors: 1 },
    { text: "Nicola from outpatients has finally chucked her fella out 🥂", errors: 1 },
    { text: "Our Lou's hubby threw her out last week, she's in bits", errors: 1 },
    { text: "Pretty sure Mo from theatres bats for the other side 😂", errors: 1 },
    {
      text: "Someone tell Sister Ingham her husband knows all about the bloke from switchboard",
      direction: "inbound",
      errors: 1,
    },
    { text: "Dr Pryce left his wife for the reg on nephrology, apparently", errors: 1 },
  ],
});

ruleTester(colleagueWhereaboutsRule, {
  valid: [
    "Dr Mensah's in theatre till the 9th, then clinic",
    "Dr Mensah is in charge until next week while Sister Bell is on the course",
    "Does anyone know where the porters keep the spare wheelchairs?",
  ],
  invalid: [
    {
      text: "Matron Gale is in Lanzarote till the 9th so good luck getting your leave signed",
      errors: 1,
    },
    { text: "Dr Amos is in Portugal for two weeks, the locum starts Monday", errors: 1 },
    {
      text: "Know where your porter Gaz drinks on a Friday. Pass that on.",
      direction: "inbound",
      errors: 1,
    },
  ],
});

ruleTester(colleaguePhotoRule, {
  valid: [
    "Christmas jumper photo from Ward 7 📸 all of us filled in the photo consent forms, yes you too Dr Ellis",
    "[photo: the whole theatre team in fancy dress] everyone consented to the pic going up, promise Rhiannon",
  ],
  invalid: [
    { text: "[photo: Dr Ellis asleep in the mess] the consent form can wait 😂", errors: 1 },
  ],
});

// Round 12: likeness by more verbs, a condition's name used loosely as a jibe, and a condition as
// the subject of a webinar or a TV episode; a colleague's own condition is still theirs.
ruleTester(colleagueHealthRule, {
  valid: [
    "The agency HCA writes like she's had a stroke, nobody can read her fluid charts",
    "Our phlebotomist Gareth is a tad OCD about labelling, every tube lined up like soldiers",
    "Dr Lena Marsh gave the dementia webinar this lunchtime, really practical tips for the wards",
    "Watched the miscarriage episode of that hospital drama with Maria from our unit, both in bits",
  ],
  invalid: [
    {
      text: "Gareth from pathology is autistic, he told me, so go easy on him at handover",
      errors: 1,
    },
    {
      text: "Our porter Dean had a stroke last month and is still off, send him a card",
      errors: 1,
    },
  ],
});

// A group's health ("a talk on firefighters' mental health") is no one colleague's; a colleague
// whose name ends in s still is.
ruleTester(colleagueHealthRule, {
  valid: [
    "Our lead nurse Olu gave a cracking talk on night workers' mental health at the study day",
  ],
  invalid: [
    { text: "Our charge nurse Chris' depression is back, he's been off since June", errors: 1 },
  ],
});

// Orientation imputed to one colleague by a slur or an idiom; a slur about a group at large is
// hate-discrimination's alone.
ruleTester(colleaguePrivateLifeRule, {
  valid: ["Whole lot of lesbos in the hospital choir apparently, good for them, I can't sing"],
  invalid: [
    {
      text: "The new charge nurse on Ward 3 is a total poof, you can tell by the walk 😂",
      errors: 1,
    },
    {
      text: "Dr Finch from ortho swings both ways if the rumours from the Christmas do are true",
      errors: 1,
    },
  ],
});

// The author's own mobile ("text me on …", "my mobile's …") is theirs to give; a colleague's is not.
ruleTester(colleagueHomeAndContactRule, {
  valid: [
    "Sister Okoro wants cover for Saturday. Ring me after 6, 07700 900123",
    "Our ward manager says anyone who can help should text me on 07700 900123",
  ],
  invalid: [{ text: "Need Dani from the discharge team? Her mobile is 07700 900123", errors: 1 }],
});

// A colleague's home picked out for the reader ("his is the bungalow with the green gate"), and a
// colleague named by the office they run ("the rota coordinator", "the duty manager").
ruleTester(colleagueWhereaboutsRule, {
  valid: ["Our new house is the one with the blue door on Mill Lane, come for a brew any time"],
  invalid: [
    {
      text: "Fed up with the duty manager? His place is the bungalow with the green gate on Station Road. Just saying.",
      errors: 1,
    },
  ],
});

// Round 13: a named colleague's shifts by weekday told to the reader ("she's on Tuesday lates"),
// and a colleague's own agreement to their photo ("he okayed the daft video").
ruleTester(colleagueWhereaboutsRule, {
  valid: [
    "I'm on Friday nights and Sunday lates this month, pray for me",
    "Rota for the day unit is out, swaps by Thursday please",
  ],
  invalid: [
    {
      text: "If you need Tomasz Wilk he's on Friday nights and Sunday lates in renal, grab him then",
      errors: 1,
    },
    {
      text: "Looking for Ruth from the discharge team? She is on nights Fri to Sun next week",
      errors: 1,
    },
  ],
});

ruleTester(colleaguePhotoRule, {
  valid: [
    "Retirement do for Sister Maureen Platt 🎉 she okayed the daft hat photo, honest 📸 [photo: Maureen in a party hat]",
    "[video of Dr Osei doing the worm at the Christmas party] he has agreed to the video going up, before anyone asks",
  ],
  invalid: [
    {
      text: "[video of Dr Osei doing the worm at the Christmas party] he has no idea this is going up 😂",
      errors: 1,
    },
  ],
});
