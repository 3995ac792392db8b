import { ruleTester } from "../../../../test/support/rule-tester.js";
import { humiliation } from "./humiliation.js";

ruleTester(humiliation, {
  valid: [
    // A funny picture or clip without shaming anyone, and sexual talk to nobody in particular.
    "Just recorded a video for the Trust's recruitment page about nights, my kids will love it 😂🎥",
    "Found a clip of my first ever cannula attempt from 2009 😂 how did anyone let me loose",
    "POV: your other half has a bath run when you get in from nights 😩🛁 you deserve this",
    "Sending love to our Jen who's off after losing the baby, take all the time you need",
    "Our band 7 is back on a phased return tomorrow. Please be kind to her everyone",
    "Congrats to Chantelle who got engaged in Paris 😂 wedding committee now in session",
    "Filmed Casualty off the telly so you can see the cannula scene 😂",
    "If today feels heavy, Samaritans are there 24/7.",
    "It's Anti-Bullying Week. Bullying isn't banter.",
  ],
  invalid: [
    {
      text: "📸 Caught Trev from stores napping in the lift again 😂 sending it round the whole team",
      errors: 1,
    },
    {
      text: "The lady in bed 7 doing her midnight dance in her nightie again 🎥😂 #nights",
      errors: 1,
    },
    {
      text: "Guess who's 'off with stress' again 🙄 Kayleigh from Ward 11 was in Magaluf yesterday #sicknote",
      errors: 1,
    },
    {
      text: "Reminder: nobody invite Priya to Friday drinks. If she wants mates she can grass on someone else",
      errors: 1,
    },
    {
      text: "Chloe if you can't cope then just slit your wrists and save us the bother",
      errors: 1,
    },
    { text: "📸 Caught Big Sue on her 4th sausage roll 😂", errors: 1 },
    {
      text: "paired with the gay HCA again. nobody wants to know what you lot get up to, separate changing rooms for them",
      errors: 1,
    },
    {
      text: "the new F1 on AMU is fit 🥵 he can examine me any time, bent over the bed",
      errors: 1,
    },
  ],
});

// Paraphrases written for the generalisation round: each concept in several wordings, and
// harmless posts that share its words.
ruleTester(humiliation, {
  valid: [
    "The zoo trip for the children's ward was a huge success 🦁",
    "The ward was a circus today with three admissions at once",
    "Our patients' therapy animals visit on Tuesdays",
    "Who's going to tell the kids the ice cream van has gone?",
    "[photo: the team holding the award] so proud of everyone 😂",
    "If you're struggling, please talk to someone. You matter.",
    "End it with a cuppa: the best way to finish a night shift",
  ],
  invalid: [
    { text: "If you can't cope with nights then just end it mate", errors: 1 },
    { text: "Do the ward a favour and jump off the car park roof", errors: 1 },
    { text: "Honestly Becky go hang yourself, nobody would notice", errors: 1 },
    { text: "We'd all be better off without you, Tom", errors: 1 },
    {
      text: "[photo: Deb snoring at the nurses' station] 😂 sharing with the whole team",
      errors: 1,
    },
    { text: "📸 our Kev asleep in the sluice again, strikes again lol", errors: 1 },
    { text: "Bay 6 is a proper zoo tonight 🐒", errors: 1 },
    { text: "Feeding time at the zoo, bay 2 are at it again", errors: 1 },
    { text: "The patients in side room 3 are like animals", errors: 1 },
    { text: "Who's going to tell her husband about the Christmas party then 👀", errors: 1 },
    { text: "Does his wife know where he was on Friday night? 😂", errors: 1 },
  ],
});

// Hate aimed at one person (the group word describes them) is bullying too; the group at large is not.
ruleTester(humiliation, {
  valid: [
    "Our Nigerian doctors can't even use the new system, typical",
    "Every single Asian family visiting takes over the day room 🙄",
    "Stop pushing the gay agenda on the wards, normal people are sick of it",
    "Irish porters are the best porters, fact ☘️",
  ],
  invalid: [
    {
      text: "Sikh porter refused to take his turban off, rules are rules mate, or go home",
      errors: 1,
    },
    { text: "Can't stand the Muslim receptionist, looks like a ninja in that thing", errors: 1 },
    { text: "Dr Osei should go back to his own country", direction: "inbound", errors: 1 },
    { text: "r3tard on reception couldn't work the phone again 🙄", errors: 1 },
  ],
});

// Leering at someone's body, and the same words in care.
ruleTester(humiliation, {
  valid: [
    "Pressure sore on his bum is healing nicely, great work from the tissue viability team",
    "Helped a new mum with latching today, her boobs were so sore, poor thing. Breastfeeding support is on level 2",
    "Bum bags are back in fashion on the ward 😂",
  ],
  invalid: [
    {
      text: "Nurse Kelly's boobs are the only reason the old boys press their buzzers 😂",
      errors: 1,
    },
    { text: "The new porter has a proper peachy bum 🍑 I'd wheel him anywhere", errors: 1 },
    { text: "Lady in bay 2 with the massive knockers kept flashing us lol", errors: 1 },
  ],
});

// A clown or a pig aimed at a handle.
ruleTester(humiliation, {
  valid: [
    "Huge thanks @ClownDoctorsUK for visiting the children's ward today 🤡❤️ the kids loved you",
    "Circus skills workshop for the play team with @BigTopTrust 🤡 brilliant afternoon",
  ],
  invalid: [
    { text: "Week 2 of @Nurse_Tash running the board 🤡🤡 send help", errors: 1 },
    { text: "@Gaz_Porter on his third pasty before 10am 🐷", errors: 1 },
  ],
});

// Pictures posted with agreement or not at all, birds, idioms that only look like the patterns.
ruleTester(humiliation, {
  valid: [
    "Caught our F1 doing the cha-cha slide at handover. Videos will not be shared 😂",
    "Caught Dr Ahmed doing the worm at the summer party, he insisted I post it 😂📸",
    "the trail cam caught a badger raiding the bins behind estates 😂",
    "Two great tits and a wren on the feeder outside the day unit today 🐦",
    "End it with a smile is our motto, just end it with a cuppa and a chat at handover 😊",
    "Hang yourself a fresh lanyard from the hooks by the door if yours has frayed",
    "Thanks to Dr Ellis for teaching us to suture on pig trotters 🐷 gross but brilliant",
  ],
  invalid: [
    {
      text: "Caught Phil asleep in the staff room again 😂 sharing with the whole ward",
      errors: 1,
    },
    { text: "nobody on this ward likes you Kev, just end it", errors: 1 },
    { text: "Nice tits on the new receptionist 😍", errors: 1 },
    { text: "Do everyone a favour and go hang yourself", errors: 1 },
  ],
});

// Shapes from an unseen batch (round 21), in new wording: an illness in scare quotes after a
// colleague said to be off with it, and hate at the group on the writer's own team or ward.
ruleTester(humiliation, {
  valid: [
    "Stop signing people off with 'stress' when it's really the rota, says our union rep",
    "Dev is off with stress, please cover his Tuesday if you can and send him some love",
    "Proud of the Polish nurses on our ward who ran the vaccine clinic all weekend 💙",
  ],
  invalid: [
    { text: "Heads up, Marcus from pharmacy is off for a month with 'burnout'. Sure.", errors: 1 },
    {
      text: "The Polish girls on my unit stink of smoke every single shift 🤢 and they all jabber in their own language",
      errors: 1,
    },
  ],
});
