import { ruleTester } from "../../../../test/support/rule-tester.js";
import { insults } from "./insults.js";

ruleTester(insults, {
  valid: [
    "Officially a grumpy old git at 65, leaving do next Friday, all welcome",
    "The new rota system is useless",
    "I'm such an idiot, left my badge at home again",
    "This fucking Trust, honestly.",
    "Parking at this hospital is a fucking joke",
    "A patient called me a stupid cow today. Reported it.",
    "Waited 7 hours in your A&E last night. Absolute joke, sort it out.",
    "Not impressed, Princess Royal.",
    "Starring Dr Amadi as the cat and our play team as the rats",
    "She is not lazy, she is exhausted",
    "Thank you, you made a horrible day bearable",
    // A thing, not a person; the author and a mate; what was said, not who said it.
    "Can't believe we have to do a 'pronoun' course now. Snowflake nonsense.",
    "Me and the other old git on the porters' team have been here 40 years between us 😂",
    // Signing in as what one calls oneself.
    "Proud old bat here, 40 years a nurse and still loving every shift",
    "Grumpy git here, someone has moved the good stapler again",
    "Me and @sam_odp have a bet on who cannulates faster. Loser buys Greggs.",
    "Some of the comments under the post about our Filipino nurses are vile. These people keep our wards running.",
    "The abuse our international nurses get from some patients is disgusting.",
  ],
  invalid: [
    { text: "Just found out they're giving the team lead job to Baldy Bob 😂", errors: 1 },
    {
      text: "Dear NHS Trust, your social media person is a brain-dead moron.",
      direction: "inbound",
      errors: 1,
    },
    { text: "I'm not rushing for that pompous walrus in side room 4", errors: 1 },
    // "Here" after an insult that points at someone else.
    { text: "You daft cow here, move your car off the ambulance bay", errors: 1 },
    { text: "Our resident grumpy git here keeps nicking the milk", errors: 1 },
    { text: "To the BBC reporter stood outside our ED: you're a vulture", errors: 1 },
    {
      text: "you're a lazy tw@t and a d!ckhead",
      errors: [{ excerpt: "lazy" }, { excerpt: "tw@t" }, { excerpt: "d!ckhead" }],
    },
    { text: "Our matron is a jumped-up cow who couldn't run a bath", errors: 1 },
    {
      text: "Gemma on the discharge team is the laziest nurse I've ever worked with",
      errors: [{ excerpt: "laziest" }],
    },
    { text: "Your paramedics are useless fucking wankers", direction: "inbound", errors: 2 },
    {
      text: "Mr F*cking Houdini in bed 11 has pulled his cannula out again",
      errors: [{ excerpt: "F*cking" }],
    },
    { text: "Our new director is a complete f*cking joke", errors: 1 },
    { text: "Student nurses these days are proper snowflakes", errors: 1 },
    { text: "Nasty piece of work. Don't get your MOT done there.", errors: 1 },
  ],
});

// Paraphrases written for the generalisation round: each concept in several wordings, and
// harmless posts that share its words.
ruleTester(insults, {
  valid: [
    "Miserable weather for the fun run",
    "I'm so dozy today, forgot my badge",
    "She is not useless, she is exhausted",
    "The old rota was no use to anyone, this one is better",
    "Thanks for covering, you're a star",
  ],
  invalid: [
    { text: "Whoever keeps nicking my milk is a thieving little prat", errors: 1 },
    { text: "That porter on nights is a lazy old git", errors: 1 },
    { text: "Honestly Gary you're no use to anyone", errors: 1 },
    { text: "The new matron is a miserable old trout", errors: 1 },
    { text: "Mr Hughes in bed 3 shouted all night. Dozy old codger.", errors: 1 },
    { text: "Whichever tw@t parked across the ambulance bay, move it", errors: 1 },
  ],
});

// Name-calling without a classic insult word, and the shapes that must stay clean.
ruleTester(insults, {
  valid: [
    "Your receptionist was rude to my husband on the phone. Who do I complain to?",
    "Men in midwifery? It's creepy and no woman wants one, said nobody sensible ever",
    "Pour the leech therapy notes into the folder please",
    "Left my mug in the sink again, sorry whoever washed it",
    "Someone called me a smug cow today. Reported.",
  ],
  invalid: [
    { text: "Congrats to Jade, matron's little lapdog got her promotion 🐶", errors: 1 },
    { text: "Our deputy is the biggest brown-noser in the building", errors: 1 },
    { text: "Mr Patel is a pompous old dinosaur", errors: 1 },
    { text: "The reg on nights is so smug", errors: 1 },
    { text: "oi you thieving little shit, give my charger back", errors: 1 },
    { text: "The paramedics were a pair of clowns", direction: "inbound", errors: 1 },
    { text: "Our deputy manager is a spineless little weasel", errors: 1 },
    { text: "The new F2 is so dim, never follows anything up", errors: 1 },
    { text: "That porter is a useless lump who sits there all night", errors: 1 },
    { text: "The reg on call never came to review. Clown.", errors: 1 },
  ],
});

ruleTester(insults, {
  valid: [
    "Covering for Ash again tonight. Exhausted, but we got there.",
    // Affection, vermin and situations are not insults at people.
    "Honestly the best bunch of nutters on any ward in the country, love you lot 😂",
    "The kebab shop by the bus station got closed for rats again. Don't risk it.",
    "The new staff lounge is a waste of space, we need another side room.",
    "Told to smile more by a manager who has never done a night shift. Absolute joke.",
    "She can't drive and the bus service is hopeless, so I take her to clinic myself.",
    "Anyone who thinks flu jabs don't work is just plain stupid, the data is clear.",
    // A sentence opening with a common noun is not a name; a conditional "if you're that ..." is not a verdict.
    "Leadership is clueless. Three months and still no decision on the new scanner.",
    "Honestly if you're that miserable on nights, ask for a days contract.",
    "Waited six hours in your minors area. Absolute joke, sort it out.",
    "The clown doctors visited the children's ward today 🤡❤️",
    "Dim the lights in bay 4 after 10pm please, the patients sleep better",
    "Your receptionist was rude to me on the phone and I'd like to complain",
    "Dr Leigh at Ashby Lane is a fraud. Fact.",
    'Someone called my colleague a "foreign b*tch" in the car park. We stood with her and reported it.',
    "A relative shouted that our HCA was a 'lazy cow'. Never acceptable, and it has been reported.",
    "My dad Len waited eleven hours on a trolley. Absolutely disgusting.",
    "Staff were lovely but the parking here is a complete joke",
    "The hospital clowns made every patient on the children's ward laugh today",
    "Our staff amateurs stole the show at the panto, well done everyone",
    "The staff canteen closing at 2pm is a complete joke for night workers",
  ],
  invalid: [
    {
      text: "Your head of midwifery is a lazy old dinosaur and should retire.",
      direction: "inbound",
      errors: 1,
    },
    { text: "Covering for Ash again tonight. Bone idle, glued to his phone.", errors: 1 },
    { text: "Regular in resus again at 3am. Waste of skin honestly.", errors: 1 },
    { text: "The bank porter never turned up. Total liability, absolute clown.", errors: 2 },
    { text: "The new band 5 is even lazier than the last one", errors: 1 },
    { text: "The locum on nights this week is useless.", errors: 1 },
    // A predicate adjective with more to say, or a degree and its result.
    { text: "Our new band 6 is gormless and drags the whole team down", errors: 1 },
    { text: "He's spineless but still wonders why nobody respects the rota", errors: 1 },
    { text: "Priya on days is so dozy she gave the tea round to the wrong bay", errors: 1 },
    { text: "Paddy from estates was so useless he fixed the wrong radiator", errors: 1 },
    // A short verdict after a post that opens with a name.
    { text: "Liam has not finished one discharge all week. Total layabout.", errors: 1 },
    { text: "Our new band 6 is a total airhead", errors: 1 },
    { text: "Typical Tracy, late for handover again. Useless.", errors: 1 },
    { text: "Our ward sister is a screaming bully", errors: 1 },
    { text: "Your nurses are a bunch of idiots", direction: "inbound", errors: 1 },
  ],
});

// An insult that picks out the person itself, with "that"/"the" before and a place or "who" after.
ruleTester(insults, {
  valid: [
    "The cows in the field behind the hospital escaped again 🐄",
    "Found the rats in the roof of the old outpatients block, pest control booked",
    "That snake in the reptile house at the zoo was huge, kids loved it",
  ],
  invalid: [
    { text: "that miserable cow on reception at the Elm clinic needs sacking", errors: 1 },
    { text: "The idiot who parked across both ambulance bays this morning, move it", errors: 1 },
    { text: "this old git in the queue at the pharmacy window today, unbelievable", errors: 1 },
  ],
});

// Swearing that sends someone off: "can go f*ck herself".
ruleTester(insults, {
  valid: ["I could go fuck myself for forgetting my lunch again"],
  invalid: [{ text: "Honestly the new matron can go f*ck herself", errors: 1 }],
});

// Names, games, things and rumours: the words are not aimed at a person.
ruleTester(insults, {
  valid: [
    "Princess Anne opened our new MRI suite today, such an honour 👑",
    "Southern Rail is an absolute joke. Second cancelled train this week, late for handover again",
    "That new superhero film is a total waste of three hours, don't bother",
    "We thrashed radiology at five-a-side and they're being such sore losers about it ⚽",
    "The rumours going round about our matron are disgusting and untrue. Leave her alone.",
    "Thanks to Dr Okoro for the suturing session on pig trotters tonight, grim but useful",
  ],
  invalid: [
    { text: "You are a total waste of space", errors: 1 },
    { text: "Princess over there in bay 3 thinks she's at the Ritz", errors: 1 },
    { text: "our new band 6 is a loser, nobody rates her", errors: 1 },
  ],
});
