import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleaguePrivateLifeRule } from "./private-life.js";

ruleTester(colleaguePrivateLifeRule, {
  valid: [
    // Discipline is not private life (defamation or confidential information, elsewhere).
    "Heard the new band 7 on Larch was let go from her last trust for falsifying audits",
    "My transition plan for the new rota starts in March, feedback welcome",
    // A faith named by its role, an event about clothing, support, and abuse reported.
    "Our Muslim chaplain Yusuf is doing a talk on Ramadan and shift work on Tuesday",
    "Hijab day on Friday, our chaplaincy team will have scarves to try 🧕",
    "Our gay colleague has been so brave this year. Respect, that's all",
    "A patient called our Jewish porter a slur today. We reported it and he was removed from the ward",
    "Our chaplaincy team goes to the mosque and the church to meet local faith leaders",

    "A researcher messaged me about nurses using food banks, we're talking on Thursday",
    "Court update: the pharmacist charged with fraud in Bolton was found not guilty today",

    "Nadia is walking the Three Peaks for the domestic abuse charity in May, please sponsor her",
    "Our patient Denise from the homeless hostel on King Street finally got her own flat today",
    "Dean from portering gave us a warning about the icy car park this morning, thanks Dean",
    {
      text: "The nurse who diagnosed my sepsis saved my life, please pass on my thanks to Ward 4",
      direction: "inbound",
    },
    {
      text: "Meet Sarah, 45, who was diagnosed with breast cancer last year and is now running the Race for Life",
    },
    { text: "Dr Amin is expecting delays in clinic this afternoon due to the IT outage" },
    {
      text: "Our new consultant Dr Bello specialises in bipolar disorder and will run the mood clinic",
    },
    { text: "Huge thanks to nurse Tanya who looked after me after my surgery, you were amazing" },
    { text: "Jen ran a brilliant teaching session on anxiety in older patients" },
    {
      text: "My mum Brenda was admitted with a stroke on Sunday and the staff on Ward 9 have been wonderful",
      direction: "inbound",
    },
    { text: "Well done Priya on passing your mental health first aid course!" },
    { text: "Our HCA Leanne raised £500 for the cancer charity by shaving her head" },
    { text: "Happy Eid to all our Muslim colleagues celebrating today" },
    { text: "Proud to march with our LGBTQ+ staff network at Pride this weekend" },
    { text: "The new system will transition to the cloud next month, says Dr Patel" },
    "Proud to be a gay nurse and marching at Pride on Saturday",
    "Our new manager says flexible rotas are definitely a thing now, Dr Price agreed",
    "My colleague wears a hijab for theatre and the new sleeves are brilliant, thanks infection control",
    "The trans nurse who looked after my dad on Ward 3 was the kindest person we met all week",
    "Gay men in nursing get called drama queens. No, I'm a band 6 with a mortgage.",
    "Someone shouted abuse at me and my husband outside the hospital",
    "Not naming names but someone from theatres was out of control at the xmas do",
  ],
  invalid: [
    // A partner, a dating app, recovery, a transition: the colleague's to tell.
    { text: "Canteen gossip: Bev on pharmacy's new fella is a bouncer half her age 😂", errors: 1 },
    {
      text: "found our new F2 on Bumble 💀 'loves long walks' mate you can't even find the sluice",
      errors: 1,
    },
    { text: "Proud of our porter Dean, 2 years sober this week, legend", errors: 1 },
    {
      text: "Welcome back Jo on theatres after his transition, so good to have you back",
      errors: 1,
    },
    // Still caught: a colleague's faith or identity told as gossip.
    { text: "Did you know our new HCA Amira is Muslim? Never would have guessed 👀", errors: 1 },
    { text: "Just found out our porter Dev is gay lol, explains the hair", errors: 1 },
    {
      text: "Guess which registrar got caught in the linen cupboard with a student \ud83d\udc40",
      errors: 1,
    },
    {
      text: "Carly from nights and the new reg have been secretly dating since Easter \ud83d\udc40",
      errors: 1,
    },
    {
      text: "Guess who's on a final written warning? Our Dean from portering, late one more time and he's out",
      errors: 1,
    },
    {
      text: "Sam in the pharmacy office is bankrupt and lost his house, keep it to yourselves",
      errors: 1,
    },
    {
      text: "Did you know Sister Okafor is a Jehovah's Witness? Explains the birthday thing",
      errors: 1,
    },
    { text: "Rumour is the ward manager Claire and Dr Price are seeing each other", errors: 1 },
    {
      text: "Dr Amos and the theatre manager are definitely a thing, cars parked together at the Travelodge",
      errors: 1,
    },
    { text: "Our Ahmed converted to Islam last summer, not that he'd tell you", errors: 1 },
    {
      text: "Sister Wright has started wearing a headscarf, apparently she's converted to Islam",
      errors: 1,
    },
    { text: "Everyone knows the porter Dan on nights is gay, he just won't admit it", errors: 1 },
    {
      text: "Theo from pharmacy is transitioning, apparently she wants to be called Thea now",
      errors: 1,
    },
    { text: "Reggie the physio has come out as gay, good for him", errors: 1 },
    {
      text: "Nurse Haines and the new F1 left the Christmas do together 👀 his wife doesn't know",
      errors: 1,
    },
    {
      text: "Dean from estates has been shagging a student nurse behind his wife's back",
      errors: 1,
    },
    {
      text: "Guess which charge nurse on Ward 7 got caught getting a bl0wj0b in the linen cupboard",
      errors: 1,
    },
    { text: "paired with the gay HCA on nights again", errors: 1 },
    { text: "Helen only applied because of what happened with her ex on ITU", errors: 1 },
    { text: "Anyone want Dave's nights? He needs them swapped for his divorce hearing", errors: 1 },
    // Money troubles, abuse at home and immigration status are private life too.
    { text: "Our community matron Fiona is on universal credit top-ups now", errors: 1 },
    {
      text: "Jenny on ward 9 has been going to a gambling support group since she lost the house",
      errors: 1,
    },
    {
      text: "Poor Lou from the discharge lounge, her husband's been knocking her about again",
      errors: 1,
    },
    { text: "Praying for our porter Samuel whose visa runs out next month", errors: 1 },
    {
      text: "Sam from pharmacy has had his gender marker changed on ESR, use his new name",
      errors: 1,
    },
    {
      text: "Our porter Dev goes to the mosque every Friday lunchtime so don't book him then",
      errors: 1,
    },
    { text: "Ruth the OT is in massive debt with payday lenders", errors: 1 },
  ],
});
