import { describe, expect, it } from "vitest";
import { corpusTexts } from "../../../../test/support/policy-corpus.js";
import { ruleTester, type InvalidCase } from "../../../../test/support/rule-tester.js";
import { normalise } from "../../normalise/index.js";
import { PUT_DOWNS, possiblePutDowns, putDowns } from "./put-downs.js";

const cases: { valid: Parameters<typeof ruleTester>[1]["valid"]; invalid: InvalidCase[] } = {
  valid: [
    "Our new choir leader has a voice like an angel, honestly goosebumps",
    // "Shut up" in disbelief, as a catchphrase, or to birds and machines; farewells to things.
    "Shut up, you're joking?! Our HCA Jo has won the regional support worker award 🎉",
    "Shut up and take my money: the new vending machine in the atrium does hot soup",
    "can someone please shut up the seagulls on the roof above ward 14, screaming since 4am",
    "RIP to the old Ward 3 sluice, demolished today after 50 years of service. Nobody will miss you 🪦",
    "Someone take my badge away, I've just called a consultant 'mum' 🙈",
    "Somebody hid her bleep as a joke and she found it in the fridge 😂 she took it well",
    "I'm a sad little person who colour-codes her drug charts and I'm proud of it",
    "Screenshot and share this poster with your team: flu clinic on Friday 💉",
    "Screenshot and send it to your line manager if you're asked to work without a break",
    "Our new F1 is an absolute star, stayed late to finish every TTO ❤️",
    "Stop moaning about the weather and get your flu jab 💉",
    "Estates is a waste of money some days, three weeks for a lightbulb",
    "Our F1 is a walking encyclopaedia, ask her anything about antibiotics",
    "Nights this week have been a nightmare shift after shift",
    "I'd give her a week off if I could, she's earned it 💙",
    "Watching the new F1 try to cannulate for the first time, so proud of her ❤️",
    // New shapes, friendly or not about a person.
    "Comment below if you've ever had to redo a whole shift's drug chart after an IT outage 😂",
    "Let's all just ignore the noise on social media and look after each other",
    "Imagine having Dr Lewis as your mentor, those students are so lucky ❤️",
    "Rate my new staff room mural out of 10, took me all weekend",
    "I'll make sure everyone knows about the bake sale on Friday!",
    "Do everyone a favour and book your flu jab this week 💉",
    "Nobody likes a cold cup of tea at 4am",
    "Being told 'nobody on this team likes you' by a senior is bullying. Please speak up.",
    // The same shapes as praise.
    "Our new F2 has the patience of a saint and the bedside manner of a favourite nan",
    "Dr Kaur has the calm of a pilot in a storm, and the charm of an angel",
    "Tag someone who's been an absolute star this week 👇",
    "Reply with your favourite Marion story, she retires on Friday after 40 years ❤️",
    // About oneself.
    "I'm the most useless person at remembering birthdays, sorry team",
    "My one brain cell after four nights is doing its best 🧠",
    // About an organisation, not a person (a grievance, not bullying).
    "Payroll couldn't organise a raffle, third month my enhancements are wrong",
    "Management couldn't run a bath, another rota change with a day's notice",
    // Reported or condemned.
    "A relative told me I was thick as two short planks today. Reported it, and it still stings.",
    "Being told 'nobody can stand you' by a senior is bullying. Speak up if it's happening to you.",
    // Friendly shapes of the same words.
    "Shut up! Congrats Jess, so proud of you 😍",
    "Our HCA stayed an hour late with a frightened patient. Nobody asked him to. That's nursing.",
    "Our new F1, aka the best cannulator on the unit 😂 love her",
    "Lol at me trying to use the new bladder scanner 😂",
    "Dr Ellis has the patience of a saint and the people skills of a diplomat",
    "Get a grip on your sharps, people, the bin is overflowing again",
    "Give it up for our domestic team, the ward has never been cleaner! 👏",
    // A group at large is not one person (hate rules judge groups).
    "These agency staff need to grow up and stop moaning",
    // No person in view.
    "This printer is about as much use as a chocolate teapot",
    {
      text: "You lot couldn't organise a piss-up in a brewery. Third cancelled appointment!",
      direction: "inbound",
    },
    "Those two on nights are thick as thieves, never seen a closer pair of mates",
    // Shutting out, wishing ill, titles and sarcasm: the same words about things or said kindly.
    "Lights on, nobody home at the outpatients block after 6pm, don't bother coming",
    "Darwin's theory of natural selection is the topic of tonight's pub quiz round",
    "We nicknamed our new defib 'Sparky' and the kids on paeds love it ⚡",
    "Me and @sam_odp have a bet on who cannulates faster. Loser buys Greggs 😂",
    "Don't invite anyone to the staff room after 8, it's being deep cleaned",
    "Our 'organised' chaos of a Christmas rota is finally out, thanks team ❤️",
    "How long the new system lasts is anyone's guess, IT say it's a pilot",
    "Some people on the team deserve a medal for this week. You know who you are 💙",
    "Gave him a colouring book and crayons to keep him busy while we waited for the X-ray 🖍️",
    "The abuse our staff got at the weekend was vile. Nobody deserves that. You are a disgrace, whoever shouted at Amy, and it's been reported.",
  ],
  invalid: [
    {
      text: "Gary in pathology has a face like a smacked bulldog and the chat of a wet sponge",
      errors: 1,
    },
    {
      text: "Tina came back from Benidorm looking like she ate the whole all-inclusive buffet 😂",
      errors: 1,
    },
    {
      text: "Dear Dr Pryce: the nurses can't stand you, the porters can't stand you, even the parking machine can't stand you",
      errors: 1,
    },
    {
      text: "New WhatsApp group name is 'Theatres minus Jordan' 😂 he'll figure it out",
      errors: 1,
    },
    { text: "That student was so dull I checked she still had a pulse", errors: 1 },
    { text: "Shut up the new band 5, she never stops talking 🙄", errors: 1 },
    { text: "nobody will miss you when you leave, Karen", errors: 1 },
    {
      text: "Watched Dr Fox attempt a chest drain. Somebody take his stethoscope away 🙄",
      errors: 1,
    },
    { text: "To whoever moaned about me to my manager: get a life you sad little man", errors: 1 },
    {
      text: "Kev asleep in the staff room with his mouth open 😂 screenshot and share lads",
      errors: 1,
    },
    {
      text: "Look at the state of Mark's uniform 😂 let's make it go round the whole hospital",
      errors: 1,
    },
    { text: "Cried at her first cardiac arrest 😭 total wimp, @amy_rgn 😂", errors: 1 },
    { text: "The relative in side room 2 is a shrieking banshee, poor nurses", errors: 1 },
    {
      text: "Let's make the new HCA do all the commodes tonight 😈 he'll cry by midnight",
      errors: 1,
    },
    {
      text: "@reg_dan imagine being a registrar and still not knowing the sepsis six 🤡",
      errors: 1,
    },
    { text: "Stop whining about your annual leave Becca", errors: 1 },
    {
      text: "Tag the most useless reg you've worked with 👇 @sam_ortho you know who you are",
      errors: 1,
    },
    { text: "@lou_ward7 everybody on nights is laughing at your handover notes", errors: 1 },
    { text: "Honestly Paula, no one on days wants you back", errors: 1 },
    { text: "honestly the rudest woman ive ever met, ward clerk on 9", errors: 1 },
    { text: "Dave from estates is a waste of a salary", errors: 1 },
    { text: "Our band 7 is a walking migraine, nobody wants her shifts", errors: 1 },
    { text: "The new reg talks like a dalek and runs like a penguin 😂", errors: 1 },
    { text: "Our new deputy looks about 12, did they hire her off a school trip? 😂", errors: 1 },
    { text: "To the relative in bay 6: you are an entitled nightmare", errors: 1 },
    { text: "New HCA cried twice on her first shift. I give her a week 😂", errors: 1 },
    {
      text: "Watching the agency porter try to steer the bed was comedy gold, hit every wall 🤣",
      errors: 1,
    },
    { text: "The locum on AMU is a walking car crash, avoid at all costs", errors: 1 },
    { text: "Our new HCA is a total trainwreck at handover", errors: 1 },
    { text: "Shout out to Bev for ruining every handover, you absolute melt 🙃", errors: 1 },
    { text: "Imagine getting Colin as your preceptor 💀 good luck kids", errors: 1 },
    { text: "Rate Jordan's new fake tan out of 10 😂 I'll go first, 3", errors: 1 },
    { text: "Honestly Dean, the whole ward laughs at you behind your back", errors: 1 },
    {
      text: "Hands up if you've ever had to put up with one of Trish's 'quick questions' at 7.59 🙋",
      errors: 1,
    },
    {
      text: "Carry on lying about me Sophie and I'll tell your manager what you did on nights",
      errors: 1,
    },
    { text: "Let's all freeze out Macy at break, she loves a grass", errors: 1 },
    { text: "No one on this unit rates her, she should take the hint", errors: 1 },
    { text: "To the student who moans all shift: nobody likes a martyr", errors: 1 },
    { text: "@kev_porter do us all a favour and hand in your notice", errors: 1 },
    { text: "The new locum has the people skills of a traffic cone", errors: 1 },
    { text: "Our charge nurse has the leadership skills of a damp sponge 🧽", errors: 1 },
    { text: "Tell Marcus he owes the whole team a brain cell 😂", errors: 1 },
    { text: "Honestly Shona couldn't organise a tea round if her life depended on it", errors: 1 },
    { text: "That porter couldn't find his own backside with both hands and a map", errors: 1 },
    { text: "Shout out to the most patronising consultant in the hospital 👏", errors: 1 },
    { text: "Leanne on switchboard could curdle milk with that scowl", errors: 1 },
    { text: "@dee_theatres how's the diet coming along? 🍰😂", errors: 1 },
    {
      text: "Don't talk to Gareth at lunch, he'll bore you senseless. Leave him on his own where he belongs",
      errors: 1,
    },
    { text: "Started a WhatsApp without Lorraine in it, finally some peace", errors: 1 },
    { text: "Tag someone who's useless on nights 👇 @Baz_RGN 😂", errors: 1 },
    { text: "Reply with your worst Colin story, I'll go first 👇", errors: 1 },
    {
      text: "Tell that receptionist of yours she's a complete joke",
      direction: "inbound",
      errors: 1,
    },
    { text: "Our so-called educator couldn't teach a dog to sit", errors: 1 },
    { text: "The new band 5 is dumb as a bag of hammers", errors: 1 },
    { text: "@Carly_RGN stop whining and do your job", errors: 1 },
    { text: "Our band 7 is built like a fridge 😂 waddling down the corridor", errors: 1 },
    { text: "Imagine being as useless as the new F2", errors: 1 },
    { text: "The new reg couldn't find a vein in a vein clinic", errors: 1 },
    { text: "Honestly Ross, nobody asked for your opinion at handover.", errors: 1 },
    { text: "Our new consultant, aka Mr Potato Head 🥔😂", errors: 1 },
    { text: "Lmao at Neil trying to bleep the reg with the TV remote 😂", errors: 1 },
    { text: "The porter with the monobrow, you know the one 😂", errors: 1 },
    { text: "Every time the new HCA talks I lose a brain cell", errors: 1 },
    { text: "Handing over to the new reg is like talking to a brick wall", errors: 1 },
    { text: "The estates bloke is the thickest man alive", errors: 1 },
    { text: "Our lead is the most boring, self-important man alive", errors: 1 },
    // Fifth-round probes: shutting out by agreement, wishing ill, betting on someone's failure,
    // mocking titles and praise in scare quotes, intelligence idioms, hygiene jibes.
    {
      text: "Whole of nights agreed not to speak to the new student until she learns some manners. Silent treatment starts tonight 🤐",
      errors: 1,
    },
    {
      text: "Don't invite Priya to the leaving do, she'll only moan about the menu like she does about everything",
      errors: 1,
    },
    {
      text: "Nothing like a drunk gentleman in majors calling us all names to make you wish natural selection would hurry up",
      errors: 1,
    },
    {
      text: "The lady in bay 6 who keeps ringing the bell for a cup of tea - there's a special place in hell for you 🙃",
      errors: 1,
    },
    {
      text: "Who wants to bet how long the new manager lasts? I've got 2 weeks in the sweepstake 😂",
      errors: 1,
    },
    {
      text: "To the reporter stood outside our ED: everyone here despises you",
      errors: 1,
    },
    {
      text: "Had to get the bariatric hoist out again for Mrs Whale in cubicle 4 #nightshift",
      errors: 1,
    },
    {
      text: "Tagging the whole team so you can all see what our 'organised' rota coordinator did to the Christmas rota 🤦 @lucy_rota",
      errors: 1,
    },
    {
      text: "Explained the inhaler technique to him five times. Lights on, nobody home 💡",
      errors: 1,
    },
    {
      text: "Patient in resus tonight absolutely stank, honestly soap is free 🤢",
      errors: 1,
    },
    {
      text: "Watching the F1 try to cannulate is my new favourite comedy show 🍿 three attempts and counting",
      errors: 1,
    },
    {
      text: "Colleague nickname of the week: 'Sloth' for our HCA who takes 40 mins to do one set of obs 🦥😂",
      errors: 1,
    },
    // "Deserve better" after an insult is part of it, not condemnation of abuse.
    {
      text: "@JaneSmithMP you are a lying, self-serving disgrace and your constituents deserve better",
      errors: 1,
    },
    {
      text: "Poor Stacey, still can't work the new syringe drivers after 3 months. Someone give her a colouring book instead",
      errors: 1,
    },
    { text: "Matron's new haircut 💀 someone please tell her before the CQC arrive", errors: 1 },
    {
      text: "Sharing Kev's attempt at a spreadsheet for everyone's entertainment 😂 @kev_porter",
      errors: 1,
    },
    {
      text: "Some people on this unit should really look in the mirror before gossiping about everyone else. You know who you are 💅",
      errors: 1,
    },
  ],
};

ruleTester(putDowns, cases);

// The gates of put-downs.ts are sound: whenever a pattern matches the words view of a post (the
// invalid cases here, every post of the training corpora), its gate matches too.
/** Texts whose match of a pattern is not covered by that pattern's gate (should be none). */
function gateMisses(texts: string[]): string[] {
  const misses: string[] = [];
  for (const t of texts) {
    const words = normalise(t).words.text;
    const possible = possiblePutDowns(words);
    PUT_DOWNS.forEach((p, k) => {
      if (p.regex.test(words) && !(possible & (1 << k))) misses.push(`${p.what}: ${t}`);
    });
  }
  return misses;
}

function gateSoundness(invalid: string[]): void {
  describe("abuse-bullying/put-downs gates", () => {
    it("every invalid case passes the gate of a pattern it matches", () => {
      for (const t of invalid) {
        const words = normalise(t).words.text;
        const possible = possiblePutDowns(words);
        expect(
          PUT_DOWNS.some((p, k) => possible & (1 << k) && p.regex.test(words)),
          t,
        ).toBe(true);
      }
      expect(gateMisses(invalid)).toEqual([]);
    });
    it("no corpus post matches a pattern without passing its gate", () => {
      expect(gateMisses(corpusTexts())).toEqual([]);
    });
  });
}

gateSoundness(cases.invalid.map((c) => c.text));

// A fourth round (fresh probes): talking to a dalek, a vein with a map, nicknames, a role in scare
// quotes, what a waste of a lanyard, exclusion ("can we all agree to ignore", "nobody tell her
// where", "we're not inviting Kim"), muting someone, tagging someone slower than, imagine being
// 40 and still, stinking like a bin, sarcastic medals, liking so she sees, mocking an accent,
// a glorified clipboard, mocking weight, "can't even" with a laugh.
const fourth: typeof cases = {
  valid: [
    "Talking to a dalek at the sci-fi con today, best cosplay ever 🤖",
    "Can't find the new car park with a map, honestly the signs are awful 🙄",
    "Our nickname for the new hoist is Big Bertha and she is a beast 😂",
    "Our 'manager' role is being split in two from April, details on the intranet",
    "What a waste of a lovely sunny day off, stuck in the garage for a new tyre",
    "Can we all agree to ignore the noise from the car park works for one more week 🙏",
    "We're not inviting anyone to the leaving do who hasn't signed the card yet 😂",
    "Someone please mute the fire alarm test, it's been going for 20 minutes",
    "Imagine being 90 and still doing the parkrun every Saturday, Mrs Jones is my hero ❤️",
    "The sluice stinks like a drain again, estates have been called",
    "Only took us three hours to clear the board tonight 👏 amazing team",
    "Like this so Priya sees how proud we all are of her ❤️",
    "Her Scouse accent is the best thing about handover, love her 😍",
    "The new e-roster is basically a glorified spreadsheet with a login",
    "Our fat ball feeder outside the day room has the blue tits going mad 🐦",
    "Mum can't even hold a cup at the moment, so proud of how she keeps going ❤️",
    "She can't even remember her own birthday since the stroke, it's heartbreaking",
  ],
  invalid: [
    "Honestly asking Kev for help is like talking to a dalek. Same three words every time",
    "Our new reg couldn't find a vein with a map and a search party",
    "New nickname for the site manager: Lord Lanyard. Never seen him on a ward 🤣",
    "Cheers to our 'matron' for disappearing at 5pm sharp again",
    "Sat in the office all shift doing nothing. What a waste of a lanyard",
    "Can we all agree to just ignore Leanne at the party? She always ruins it",
    "Nobody tell him where the curry night is, he'll only moan all evening",
    "We're not inviting Kim to the night out, she's a total buzzkill",
    "Every time Gary starts a sentence in the huddle... somebody please mute him",
    "Tag someone who's slower than the lifts on a Monday @Porter_Dave 😂",
    "@JoJoHCA imagine being 35 and still living with your mum 😂",
    "The bloke from the taxi rank stinks like a brewery and won't stop shouting",
    "WELL DONE Aaron, only took you four goes to spell paracetamol. Give the man a medal 👏",
    "Everyone share this so @BeccaB sees what the whole team thinks of her",
    "His Brummie accent is so grating, I switch off the minute he opens his mouth",
    "Our new ward manager is just a glorified receptionist with a nicer badge",
    "Spent all lunch watching the fat porter try to get out of the chair 😂",
    "Whoever made Tasha a mentor needs their head read, she can't even do a set of obs",
  ].map((text) => ({ text, errors: 1 })),
};

ruleTester(putDowns, fourth);
gateSoundness(fourth.invalid.map((c) => c.text));

// Second batch of the fourth round: like watching a baby giraffe, builder's bums, grow up woman,
// toughen up buttercup, a penalty for sitting with someone, a coordinated snub, pretending to know
// the job, sarcastic praise with an eye-roll, boring for England, 60 going on 6, a sneering little
// man, the state of someone's hair.
const fourthB: typeof cases = {
  valid: [
    "The new hoist training was like watching paint dry 😴",
    "Nobody wants to see your holiday feet pics on the ward group chat 😂 love you Mo",
    "Grow up woman, no — grow old disgracefully! Happy 60th Pam ❤️",
    "Anyone who sits with the new starters at lunch gets a free brew, let's make them welcome",
    "Every time the alarm goes off we all leave the building, fire drill at 2pm",
    "She thinks she knows what she's doing with the new bladder scanner and honestly she does, brilliant",
    "Our F1 is a really bright lad, top of his year and lovely with patients",
    "My nan could talk for England, love her to bits ❤️",
    "The state of the new car park's signage, honestly 🙄",
    "I'm a grumpy little woman before my first coffee 😂",
    "Mind your own business said the stroppy little sign on the cake tin 😂",
  ],
  invalid: [
    "Watching our new porter steer a bed is like watching a newborn deer on ice 😂",
    "Nobody wants to see his builder's bum every time he restocks the bottom shelf 🤢",
    "Debs in outpatients is 55 going on 5. Grow up woman",
    "Cried because a relative raised his voice. Toughen up princess",
    "New rule: anyone who sits with Marcus in the canteen has to buy the cake 😂",
    "Next time Gemma moans in the group chat we all leave it at once 😂",
    "Day 2 of the new manager pretending she knows what she's doing 🤡",
    "Shout out to the surgical reg who sent my patient back for the third time. Real bright spark 🙄",
    "Our practice educator could bore for England, 3 hours on hand hygiene",
    "That consultant on ortho is a pompous little man with a god complex",
    "LOL at the state of the new deputy's eyebrows, did she draw them on in the dark",
  ].map((text) => ({ text, errors: 1 })),
};

ruleTester(putDowns, fourthB);
gateSoundness(fourthB.invalid.map((c) => c.text));

// The gates are one bit per pattern of a 32-bit mask.
describe("abuse-bullying/put-downs patterns", () => {
  it("fit in the 32-bit gate mask", () => {
    expect(PUT_DOWNS.length).toBeLessThanOrEqual(31);
  });
});

// Third batch: before you embarrass yourself, "Classy. Not.", what she actually does all day,
// have some self respect love.
const fourthC: typeof cases = {
  valid: [
    "Don't worry about asking questions on placement, you won't embarrass yourself, we all started somewhere 💙",
    "Lovely, not a cloud in the sky for the summer fete ☀️",
    "Ever wondered what a clinical coding manager actually does all day? Come to our lunch and learn",
    "Have some dignity training booked for all HCAs in May, it's brilliant",
  ],
  invalid: [
    "@NewStarterNat read the policy before you embarrass yourself in front of the consultants again",
    "The man in bay 3's son thinks swearing at the HCAs will get him a side room. Classy. Not.",
    "Ask our deputy what he actually does all day, none of us have ever seen him on the floor",
    "The new receptionist wears her skirt up to her backside, have some self respect love",
  ].map((text) => ({ text, errors: 1 })),
};

ruleTester(putDowns, fourthC);
gateSoundness(fourthC.invalid.map((c) => c.text));

// Condemnation excuses a put-down only when it condemns: someone reporting the author, a person
// "reported for" something, or "before anyone says it's abuse" do not.
ruleTester(putDowns, {
  valid: [
    "Patient told our HCA nobody likes her and she's a liability. I reported him for it.",
    "Someone wrote 'let's all blank Sam' on the staff room board. It's abuse, plain and simple.",
    "A relative said our F1 was a walking disaster. We reported it, zero tolerance.",
  ],
  invalid: [
    "Nobody can stand Kerry on nights, she's a liability. Before anyone says it's abuse, it's just the truth",
    "Let's all just blank Leanne tomorrow, she reported me for being late",
    "Imagine having Sandra as your mentor 💀 she reported me for a two minute late break",
  ].map((text) => ({ text, errors: 1 })),
});

// Fourth batch: a personality transplant, bless his tiny brain, imagine ... and still not knowing,
// none of us are speaking to her, still can't after six years, the biggest lad on the ward, a
// haircut that is a crime, "tonight's one"; a name ending in "my" ("Amy from") is not "my".
const fourthD: typeof cases = {
  valid: [
    "Our Zara had a heart transplant 10 years ago and ran the half marathon today, bless her ❤️",
    "Imagine training for 3 years and still loving the job this much. Proud of our newly qualifieds 🎓",
    "None of us are speaking to the press about the incident, please direct calls to comms",
    "I still can't work the new coffee machine after 6 months 😂 send help",
    "His new haircut is a crime against barbers but he pulls it off 😂❤️ legend",
    "Tonight's one is a big one, 12 admissions before midnight. Stay strong team",
  ],
  invalid: [
    "Can someone book Gary from estates a personality transplant, 20 years of the same jokes",
    "Mr Know-It-All told me how to do my job again today. Bless his tiny brain 🙏",
    "Imagine going to uni for 3 years and still not knowing how to make a bed. Our new nurse everyone 👏",
    "None of us are speaking to her after what she did to Mo, she can sit on her own",
    "Honestly you're Amy from outpatients and you still can't work the photocopier after 6 years 🙃",
    "Kev's on another diet 😂 biggest lad on the ward and he thinks celery will save him",
    "The new CEO's haircut is an absolute crime. Did his mum do it? 😂",
    "The agency keep sending us numpties. Tonight's one had the IQ of a houseplant",
  ].map((text) => ({ text, errors: 1 })),
};

ruleTester(putDowns, fourthD);
gateSoundness(fourthD.invalid.map((c) => c.text));

// Fifth batch: crawl back under your rock, nobody will ever respect you, absolute cowboy, a suck-up
// licking boots, imagine being married to him, greedy little brats, you're a hack.
const fourthE: typeof cases = {
  valid: [
    "Told the kids to crawl back under their duvets, snow day! ❄️",
    "Nobody on this ward will ever forget you Sheila, happy retirement ❤️",
    "Imagine being married to a paramedic, you'd never see each other 😂",
    "Went to the cowboy museum on my day off, absolute cowboy heaven 🤠",
    "Licked the spoon after making the cake for Jan's leaving do, no regrets",
  ],
  invalid: [
    "@JournoSam you're a hack, crawl back under your rock",
    "Dear Sharon, nobody on this ward will ever respect you. Just saying.",
    "Kev from estates fixing the boiler with gaffer tape again 😂 absolute cowboy",
    "Jess on 9 is such a suck up, always licking the matron's boots",
    "Imagine being married to our reg. Poor woman 😂",
    "That F1 is a greedy little brat who wants every Friday off",
  ].map((text) => ({ text, errors: 1 })),
};

ruleTester(putDowns, fourthE);
gateSoundness(fourthE.invalid.map((c) => c.text));
