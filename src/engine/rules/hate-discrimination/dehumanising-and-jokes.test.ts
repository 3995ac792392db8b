// Group contempt in shapes without a slur: dehumanising metaphors (vermin, invaded, breeding,
// swarming), "jokes" and "just asking" questions about a group, roles said to be got by quota,
// gender identity denied or pronouns refused, a condition called an excuse. Counter-speech that
// defends a group ("these people save lives"), a metaphor about things (an invasion of Christmas
// jumpers, rats in the basement) and news stay clean.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { groupContempt } from "./group-contempt.js";

ruleTester(groupContempt, {
  valid: [
    "The comments under the post about our international nurses are depressing. These people save lives every day.",
    "Those refugees we treated last winter sent the ward a card, these people left everything behind.",
    "The invasion of the Christmas jumpers has begun on ward 7 🎄",
    "Rodent infestation in the old nurses' home again. Estates, please.",
    "Anyone else think the female ward is always short on nights? just asking",
    "Anyone know if the Muslim prayer room is open on Sundays? Genuine question",
    "What do you call a dyslexic nurse? A nurse. Dyslexia awareness week, ask me anything 💙",
    "Trans patients deserve to be called by their names and pronouns. Simple kindness",
    "Elderly patients are not bed blockers, they are people waiting on a broken social care system",
    "News: the report found Black women are nearly four times as likely to die in pregnancy. We have work to do.",
    "Dyslexia awareness week 💙 as a dyslexic nurse I use the coloured overlays and they help loads",
    "Reminder that the 'Africans feel less pain' myth is racist nonsense and it harms patients.",
    "Deaf patient in bay 4 taught me three BSL signs tonight and we were crying laughing at my attempts 😂😂",
    "Disabled parking at this hospital is a nightmare again, please sort it estates",
    "Young people's mental health waiting lists are a national scandal",
    "Our Romanian colleagues are some of the most dedicated carers I've ever worked with",
    "Proud to be a Sikh nurse. My turban has never stopped me cannulating a baby 🩺",
    "Eid Mubarak to everyone celebrating! Sweets in the staff room courtesy of Dr Rahman 🌙",
    "The 'Asians don't get depression' myth needs to die. Ask about mood in every consultation.",
    "Cult classic film night for the Jehovah's Witness patient support group? No - quiz night, all welcome",
  ],
  invalid: [
    {
      text: "The Poles on nights treat the staff room like a Warsaw bus station. Dirty lot.",
      errors: 1,
    },
    {
      text: "Every time we get a Jehovah's Witness it's the same nonsense about blood. Cult.",
      errors: 1,
    },
    { text: "Gypsy family in majors tonight, counted the spoons twice 😂", errors: 1 },
    {
      text: "Why have you got so many foreigners at reception? Nobody can understand them. Employ English people.",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Can't move for headscarves in the canteen these days. Whose country is it anyway?",
      errors: 1,
    },
    { text: "The migrant vermin crossing the channel will be in our beds next winter", errors: 1 },
    {
      text: "Ward's been invaded by the hijab brigade this week, feels like I'm working in Kabul",
      errors: 1,
    },
    {
      text: "The way some of these travellers breed, no wonder the maternity unit is full 🙄",
      errors: 1,
    },
    {
      text: "The way these immigrants swarm the GP surgeries, no wonder the rest of us can't get an appointment",
      errors: 1,
    },
    {
      text: "Another boatload arriving at Dover, and guess who ends up in our A&E. Infestation.",
      errors: 1,
    },
    { text: "What do you call a dyslexic nurse? A drug error waiting to happen 😂", errors: 1 },
    {
      text: "How many Polish porters does it take to change a bulb? Doesn't matter, they'll all be on their phones",
      errors: 1,
    },
    {
      text: "Why do all the Nigerian nurses shout at each other in the staff room? Genuine question, just asking 🤷",
      errors: 1,
    },
    {
      text: "Just asking questions but why are so many of the GPs round here Muslim? Who decided that?",
      errors: 1,
    },
    {
      text: "Let's be honest, the Indian doctors only got in because of the visa quotas, not their ability",
      errors: 1,
    },
    {
      text: "Trans women are blokes in frocks and I'm not calling them 'she' at work, trust policy or not",
      errors: 1,
    },
    {
      text: "I don't care what the equality training says, gay men shouldn't be mentoring the male students",
      errors: 1,
    },
    {
      text: "Muslims and their fasting, half of them nearly fainting on the ward. Backwards religion",
      errors: 1,
    },
    {
      text: "Old dears in the day centre are like zombies shuffling about, pure comedy watching them 😂",
      errors: 1,
    },
    // Scare quotes round a role or a practice, contempt said of the group, laughing at one
    // disabled person, a group kept off a unit.
    { text: "Funny how the Romanian 'carers' all drive BMWs. Makes you think 🤔", errors: 1 },
    {
      text: "The Muslim porters disappear every Friday afternoon for 'prayers'. Convenient.",
      errors: 1,
    },
    {
      text: "Deaf patients are a nightmare, all that pointing and shouting like cavemen",
      errors: 1,
    },
    {
      text: "Young people today are useless snowflakes, our apprentices can't even make a brew without crying",
      errors: 1,
    },
    {
      text: "Blind patient in bay 2 walked into the door frame three times tonight 😂😂 I couldn't stop laughing",
      errors: 1,
    },
    {
      text: "Not being funny but lesbians shouldn't be on the mother and baby unit, it makes the new mums uncomfortable",
      errors: 1,
    },
  ],
});
