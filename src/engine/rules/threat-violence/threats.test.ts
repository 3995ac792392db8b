import { ruleTester } from "../../../../test/support/rule-tester.js";
import { threats } from "./threats.js";

ruleTester(threats, {
  valid: [
    // Hyperbole over a trivial thing, and a prank revealed.
    "I'll kill whoever keeps nicking the last hobnob from the staff room 😤",
    "I'll murder you if you touch my charger again, Dev",
    "We know where you live, Sandra 🎉 check your front garden, happy retirement from all of us",
    // Someone else's words, quoted by the author to tell of them; regret at one's own death.
    "'You'll regret this' said the lady in bay 2 when I took her biscuits away. She's 94 😂",
    'The patient in cubicle 4 shouted "I\'ll batter you" at the HCA. Security came, all fine, Datix done',
    "Grandad always said you'll miss me when I'm gone, and he was right",
    "'you'll be sorry when I'm dead' says my nan every time I don't visit",
    "Found his Facebook and sent him a thank you, he was the paramedic who helped my dad. I'll be at the station open day to say thanks",
    "The last person who did that job ended up in a managerial role, good luck!",
    "I know where you are, I'm in the same waiting room and have been for 6 hours, can someone update us",
    "Someone should drive the minibus to the beach for our team day out",
    "Bring bats and balls to the staff rounders match on Sunday \ud83c\udfcf",
    "She'll be sorry she left, the new place doesn't even have a biscuit tin",
    "No jury would convict me for eating the last Twix after that shift",
    "We all know what to do: hands, face, space, and get your booster",
    "You'll regret not signing up for the fun run, the medals are gorgeous",
    "She'll be sorry she missed the cake, it was Bev's lemon drizzle",
    "Put some chilli in the soup for the staff lunch today, enjoy everyone 🌶️",
    "Patients on laxatives need fluids, put a jug of water by every bed please",
    "Made it through the night shift in one piece, just about 😴",
    "Karma's a thing, the lottery winner from our ward finally got what he deserved: a holiday 🏖️",
    "Check under your car seat for the missing badge, that's where mine was",
    "Everyone was laughing at the panto, let's see who turns up to the next one",
    // Idioms are not threats.
    "This heat is killing me",
    // Said against violence.
    "People who attack ambulance crews should face the law. Nobody deserves to be punched for doing their job.",
    "No nurse deserves to be stabbed on shift. Support the assault on emergency workers bill.",
    "Shoot me a message if you want to swap shifts",
    "We smashed our discharge target today",
    "I could murder a coffee right now",
    "Our phlebotomy team are absolutely killing it this week",
    "Would honestly kill for a greggs sausage roll",
    "Good luck with your OSCEs, go knock 'em dead!",
    "Dying for a brew",
    "I'll find you a seat in the waiting room",
    "My mum is going to kill me for missing her birthday",
    "I know where you can find the leaflets: by the main entrance",
    // Safety advice, not a warning aimed at someone.
    "Floor's just been mopped outside x-ray, watch your step!",
    "Public health fact: drowning is a leading cause of accidental death in children. Watch your kids near water",
    "Manual handling refresher: watch your back when lifting, bend your knees",
  ],
  invalid: [
    // Still caught: the same words aimed at a person without the trivial thing or the prank.
    { text: "I'll kill you if you report me again, Dev", errors: 1 },
    { text: "We know where you live, Sandra. Check your front garden tonight", errors: 1 },
    // Still caught: the author's own threat, quoted or not.
    { text: "I told him 'you'll regret this' and I meant it. Watch your back, Gary", errors: 2 },
    {
      text: "'I'll kill you' I said to the reg, and I will if he touches my patients again",
      errors: 1,
    },
    { text: "You'd better watch your step round here, pal", errors: 1 },
    {
      text: "Report me again and see what happens. Watch your back.",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Your nurse Kayleigh was rude to my dad. I've found her Facebook and I'll be waiting at the staff entrance when she finishes",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "The bloke who kicked off in triage parks his black Golf outside the Spar every evening. Do what you like with that",
      errors: 1,
    },
    {
      text: "Push me again and see what happens. The last guy who tried that went home in an ambulance",
      errors: 1,
    },
    { text: "No jury would convict if someone finally shut him up for good", errors: 1 },
    { text: "We all know what to do with people like him, he parks on level 2", errors: 1 },
    {
      text: "Whoever keeps stealing from the staff fridge: I've put laxatives in my yoghurt. Enjoy 😇",
      errors: 1,
    },
    {
      text: "The student who reported me to my assessor won't be finishing this placement in one piece 😇",
      errors: 1,
    },
    {
      text: "I hope whoever was on shift the night my brother died gets what's coming to them. I'll make sure of it.",
      direction: "inbound",
      errors: 1,
    },
    { text: "Next junior who mouths off at my HCA will be eating through a straw", errors: 1 },
    {
      text: "The manager who reported me should check under his car before he drives home 😇",
      errors: 1,
    },
    {
      text: "You laughed at me today. I'll be there when you lock up. Let's see who's laughing then.",
      direction: "inbound",
      errors: 1,
    },
    { text: "If he talks to me like that again I swear I'll knock his teeth out", errors: 1 },
    { text: "whoever ate my lunch, I will find you and I will break your fingers", errors: 2 },
    {
      text: "Tell her we know she lives on Orchard Way. She'll regret it.",
      direction: "inbound",
      errors: 2,
    },
    {
      text: "That nurse better watch herself. I know what time her shift finishes.",
      direction: "inbound",
      errors: 2,
    },
    { text: "Someone should run them over, no jury would convict", errors: 2 },
    { text: "He deserves his tyres slashing", errors: 1 },
    { text: "People like you should be put down like dogs", direction: "inbound", errors: 1 },
    {
      text: "There is a device in the outpatients waiting area. You have until 2pm.",
      direction: "inbound",
      errors: 1,
    },
    { text: "Tip: take a few diazepam from the ward stock, nobody counts them", errors: 1 },
    { text: "One more buzzer and I'm putting the pillow over his face", errors: 1 },
  ],
});

// Paraphrases written for the generalisation round: each concept in several wordings, and
// harmless posts that share its words.
ruleTester(threats, {
  valid: [
    "I'll be waiting for you at the finish line with a medal!",
    "We'll be waiting in the car park with the minibus at 7",
    "I'll wait for you by your car after the shift so we can drive home together",
    "Mum will be waiting for him at the school gate with his lunchbox",
    "After his op he'll be going home in a wheelchair for a few weeks",
    "She won't be driving again until the DVLA clears her",
    "Patients won't be walking far after a hip replacement",
    "She lives for her job, just saying",
    "Our new registrar drives a minibus for the hospice at weekends 😉",
    "Bring your own eggs for the Easter egg hunt 🐣",
    "Let's run them through the new sepsis pathway",
    "Let's chase them up for the blood results",
    "Let's drive the waiting times down this winter",
    "Give her a round of applause, she smashed it",
    "The new stock system doesn't record batch numbers yet, please write them on the sheet",
    "Reminder: the CD cupboard key must never leave the nurse in charge",
    "Accidents happen, please report every fall on Datix",
  ],
  invalid: [
    {
      text: "If he speaks to my wife like that one more time I'll be waiting for him outside his house",
      errors: 1,
    },
    {
      text: "Next time she reports me I'll be waiting for her after her shift, you know who you are",
      errors: 1,
    },
    {
      text: "I'll be waiting by the staff entrance with a bat if that porter turns up again",
      errors: 1,
    },
    { text: "Keep parking in my space and I'm coming round with a crowbar", errors: 1 },
    { text: "Honestly I'll turn up at his flat with a knife if he does it again", errors: 1 },
    { text: "Carry on like that and you'll be going home in an ambulance", errors: 1 },
    { text: "Mark my words, he'll leave here in a body bag", errors: 1 },
    { text: "That receptionist won't be smiling for much longer, I promise you", errors: 1 },
    { text: "She'll get what's coming to her", errors: 1 },
    { text: "Would be a shame if something happened to that nice car of yours", errors: 1 },
    { text: "When we find out who grassed, they'll end up in a box", errors: 1 },
    {
      text: "Her car's the red Fiesta behind the mortuary. Do what you like with that information",
      errors: 1,
    },
    { text: "The manager who sacked me lives on Elm Road, just saying", errors: 1 },
    {
      text: "He walks home through the park at 11 every night. Make of that what you will",
      errors: 1,
    },
    { text: "Do whatever you want with this info: he parks outside the pharmacy", errors: 1 },
    { text: "In case anyone wants to pay him a visit, he's on nights all week", errors: 1 },
    { text: "Protest outside the clinic on Saturday. Bring bricks", errors: 1 },
    { text: "We should drive them out of town before they open that hostel", errors: 1 },
    { text: "Run him out of the hospital, he doesn't belong here", errors: 1 },
    { text: "Someone give that porter a good kicking", errors: 1 },
    { text: "Let's smash them in when they come out of the pub", errors: 1 },
    { text: "The CD cupboard code never gets changed, help yourself 😉", errors: 1 },
    { text: "The café till doesn't record refunds, easy money if you're skint", errors: 1 },
    { text: "Help yourself to the oramorph, nobody counts it on nights", errors: 1 },
    {
      text: "The lock on the drug fridge is broken and the camera doesn't record, take what you need",
      errors: 1,
    },
  ],
});
