import { ruleTester } from "../../../../test/support/rule-tester.js";
import { groupContempt } from "./group-contempt.js";

ruleTester(groupContempt, {
  valid: [
    {
      text: "A man in the car park keeps calling our porters 'dirty immigrants'. Can security please do something?",
      direction: "inbound",
    },
    "Picked up some factory rejects mugs for the staff room, only one has a wonky handle",
    // Hijab and headscarf said neutrally; a frail husband who can't lift his wife.
    "Our new hijab-friendly theatre caps arrived today, thanks to the Muslim staff network 💚",
    "Fallen at home, husband can't lift her and they're both deaf, took ages to get the address",
    "Was told to 'go back to your own country' twice this week on here. Born in Leeds. Anyway, my Yorkshire pudding 🇬🇧",
    "Our autism awareness session is the new word for 'best training day of the year' according to the students 😊",
    "Our Muslim colleagues are taking over the staff room for Eid celebrations, all welcome!",
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
    // Coded sneers quoted to be answered, and look-alikes of them.
    "'Diversity hire' is what they called her. She topped the interview scores by a mile.",
    "Maths club tonight: simplify ((x+1)) and (((y))) before the biscuits run out",
    "My daughter is autistic and she's smashing her GCSEs 💙",
    "Can I ask for a female doctor for my smear please?",
  ],
  invalid: [
    // A sex said to lack what the work needs, and kept from it.
    {
      text: "Female anaesthetists are fine for day cases but I wouldn't let one near a major trauma. Women simply haven't got the bottle for it.",
      errors: 1,
    },
    // Staff refused for their religion or race.
    {
      text: "Not having a Sikh nurse anywhere near my mum. I won't have a Hindu doctor treating her either, sort it out",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Make sure whoever does my husband's op is British please, we don't want a Polish surgeon near him",
      direction: "inbound",
      errors: 1,
    },
    // Coded sneers that name no group: the echo, "diversity hire", "it" for a trans person, a
    // condition as the insult.
    {
      text: "Funny how every board seat goes to the (((bankers))) again. Just asking questions.",
      errors: 1,
    },
    { text: "Another diversity hire on the leadership course I see 🙄", errors: 1 },
    { text: "New starter's badge says they/them. Should say it/its tbh 🤡", errors: 1 },
    { text: "Forgot the crash bleep number again, so autistic aren't you Gary 🙄", errors: 1 },
    // A group called rejects or dregs.
    {
      text: "Estates is staffed by Albanian rejects who can't hold a spanner the right way up",
      errors: 1,
    },
    // Care refused or ranked by who gives it.
    {
      text: "Make sure Dad doesn't get one of the ones in hijabs again, he doesn't want them touching him",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Just seen your recruitment video. Is this the NHS or Nigeria? Two nurses in headscarves 🙄",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Women shouldn't be crewed together on nights, they can't cope with the heavy jobs 🙄",
      errors: 1,
    },
    {
      text: "That Polish porter wants sending back where he came from, can't understand a word",
      errors: 1,
    },
    { text: "Women belong in the kitchen, not in theatre scrubbing in", errors: 1 },
    {
      text: "Blind people should pay for their own guide dogs, why should my taxes fund that",
      errors: 1,
    },
    { text: "Dyslexia is just a fancy word for thick, let's be honest", errors: 1 },
    { text: "Our new Jamaican HCA is always late, Caribbean time innit 😂", errors: 1 },
    {
      text: "Pensioners should lose their vote at 80. Waste of oxygen, the lot of them",
      errors: 1,
    },
    { text: "Muslims are taking over the NHS, look at the names on the rota.", errors: 1 },
    {
      text: "Another Romanian family camped out in the relatives' room. Every single time with this lot",
      errors: 1,
    },
    {
      text: "So the Muslims get a new prayer room. They're taking over and it'll be sharia law on the wards.",
      errors: 1,
    },
    {
      text: "These trans people are mentally ill and shouldn't be allowed near children",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Why is every doctor foreign? Send them all back and give the jobs to British people",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Women surgeons should stick to breast clinics and leave the big operating to the men.",
      errors: 1,
    },
    {
      text: "More Nigerian nurses on our ward, can't understand a word and they stink the staff room out. Go home",
      errors: 1,
    },
    { text: "New reg is from Ghana 🐒🍌 😂", errors: 1 },
    { text: "Immigrants are taking over our hospitals, send them back", errors: 1 },
  ],
});

// Paraphrases written for the generalisation round: each concept in several wordings, and
// harmless posts that share its words.
ruleTester(groupContempt, {
  valid: [
    "Our Filipino nurses ran the best Christmas party, thank you all",
    "Why do we keep hiring agency staff instead of training our own?",
    "As a gay nurse I shouldn't have to hide who I am at work",
    "Muslim colleagues: the prayer room is moving to level 2 while the roof is fixed",
    "Black patients are less likely to be offered pain relief, and that has to change",
    "Transitioning to adult services can be hard for autistic teens; we're here to help",
    "International recruits: welcome! Your induction starts Monday",
    "Our Polish porters can speak four languages between them",
  ],
  invalid: [
    {
      text: "Why does this trust keep hiring Romanian nurses who can hardly speak English",
      errors: 1,
    },
    { text: "Get rid of the Polish lot, ship them home", errors: 1 },
    { text: "My consultant is Pakistani and smells of curry every day 🤢", errors: 1 },
    {
      text: "Gay men shouldn't be allowed near children's wards. Someone had to say it.",
      errors: 1,
    },
    { text: "Ban hijabs on the wards, they look like terrorists", errors: 1 },
    { text: "I asked for a white doctor, not a foreign one", errors: 1 },
    { text: "Women surgeons belong back in the kitchen", errors: 1 },
    { text: "Send the refugees back where they came from", errors: 1 },
  ],
});

// Stereotypes, mocked conditions and accents, denied gender identity, and contempt with no group
// named; counter-speech and teaching about the same stereotypes stay clean.
ruleTester(groupContempt, {
  valid: [
    "'They're all lazy', 'they can't speak English': the stereotypes we unpicked on the unconscious bias course",
    "Stereotypes are boring: gay nurses aren't drama queens, we're just nurses",
    "Our Romanian porters are brilliant, the ward would fall apart without them",
    "Autistic patients can find the ward noisy; ear defenders are in the blue box",
    "Stammer awareness day: give people the time to finish",
    "A relative told our HCA to go back to her own country. Reported, and we stand with her.",
    "Two mums and a baby going home today, congratulations to the new family 🌈",
    "Hindu colleagues: the multi-faith room has diva lamps for Diwali",
    "Every Polish family I've met on the unit has been lovely",
    "A visitor told Grace to go back to her own country today. She's been our sister for 20 years ❤️",
    "A man in the car park shouted at our Nigerian nurses that they should go home. Twenty years she's given this place.",
  ],
  invalid: [
    { text: "Albanians are all thieves, keep your lockers shut", errors: 1 },
    { text: "Women just aren't built for orthopaedics, too emotional", errors: 1 },
    { text: "Nigerian nurses sleep the whole shift, typical", errors: 1 },
    { text: "Dyslexia is just an excuse for being thick", errors: 1 },
    { text: "ADHD is all made up, always the parents' fault", errors: 1 },
    { text: "Mimicking the Polish porter's accent never gets old 😂", errors: 1 },
    { text: "Sick of the Muslim HCA preaching, keep your fairy tales to yourself", errors: 1 },
    { text: "Trans 'women' on the female ward, no chance. A man is a man", errors: 1 },
    { text: "Dr Osei should go back to his own country", direction: "inbound", errors: 1 },
    { text: "Gays spreading their diseases again, typical", errors: 1 },
  ],
});

// More shapes of contempt, each with a harmless or counter-speech neighbour.
ruleTester(groupContempt, {
  valid: [
    "The myth that Black people feel less pain still shapes prescribing. Check your own practice.",
    "Our overseas nurses care about patients as much as anyone, and they chose to be here",
    "Autistic staff network: we meet Tuesdays, all welcome",
    "Muslim colleagues: the prayer room is open during night shifts too",
    "Women over 50 are the backbone of our community nursing team",
    "Our Jewish consultant is off for Yom Kippur, cover is sorted",
    "Children with special needs can book a quiet appointment slot",
    "Migrants are not taking our jobs, they are doing the jobs we can't fill",
    "We're in England, so our Welsh colleagues get teased about the rugby every year 😂",
    "Polish patients can now get leaflets in their own language, ask at reception",
  ],
  invalid: [
    { text: "Hinduism is a cancer in our hospitals, wake up", errors: 1 },
    {
      text: "Overseas doctors are only here for the visa, they don't care about patients",
      errors: 1,
    },
    { text: "Women over 50 shouldn't be managers, hormones everywhere", errors: 1 },
    { text: "Our new matron is a diversity hire. Black, female, box ticked.", errors: 1 },
    { text: "These 'non-binary' students need to grow up, there are two sexes", errors: 1 },
    { text: "Not racist, just saying Somalis are all on benefits", errors: 1 },
    { text: "Black patients don't feel pain like we do, less morphine needed", errors: 1 },
    { text: "Gypsies should have their own A&E, round the back near the bins", errors: 1 },
    { text: "The new HCA has a stammer, n-n-n-next please 😂", errors: 1 },
    { text: "Our deaf porter can't hear us so we mumble on purpose lol", errors: 1 },
  ],
});

// Shapes from an unseen batch (round 21), in new wording: a far-right euphemism or a condition
// in scare quotes, and gender identity treated as a phase to get over.
ruleTester(groupContempt, {
  valid: [
    "Enrichment week for the student nurses starts Monday: sim lab, library, and a trip to the museum",
    "Our trans network ran a brilliant session on pronouns today, thank you all 🏳️‍⚧️",
  ],
  invalid: [
    {
      text: "Another afternoon of 'cultural enrichment' in the Romanian family's bay 🙃",
      errors: 1,
    },
    {
      text: "The non-binary one on nights is off with their 'dysphoria' again, funny how it's always a weekend",
      errors: 1,
    },
    {
      text: "The trans lad in cubicle 2 wants the female ward. He'll grow out of it. Somebody has to say it",
      errors: 1,
    },
  ],
});
