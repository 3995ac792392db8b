import { ruleTester } from "../../../../test/support/rule-tester.js";
import { befriendingRule } from "./befriending.js";

ruleTester(befriendingRule, {
  valid: [
    "Sister on the discharge lounge keeps the patients' spare meal vouchers for the night staff, we've asked her to stop",
    "Leaving after 10 years 😭 I'll miss my patients and this brilliant team. Keep in touch!",
    // Rapport during care, said as friendship.
    "My patient in bay 2 wouldn't let me near her at 7am. Best mates by lunch, she's even let me do her hair 😂",
    // Contact words that are no tie of the author's: a picture someone else posted, a relative's
    // number left for a call-back.
    "a relative put a video of the ward on instagram with two patients in the background, reported it",
    "bed 4's daughter left her number for a call back, can the reg ring her after the ward round",
    "his number is on the board - the patient's son - he keeps ringing for updates, pass him to the nurse in charge",
    "Team went for a drink after a brutal shift, so glad our patient went home today.",
    "Text me if anyone can cover my Saturday long day on Ward 7, will swap.",
    "Nursing his wife through chemo was a privilege. Thinking of the family today.",
    { text: "A patient's daughter sent a friend request, ignored it and told my manager" },
    { text: "A patient gave me £20 for the ward, put it in the ward fund and declared it" },
    { text: "Bumped into a former patient in Tesco, lovely to see him looking well" },
    { text: "Got a thank-you card from a patient today, made my week" },
    { text: "I'm going to the patient safety conference next week" },
    { text: "Invited to speak at the patient experience awards, so proud" },
    { text: "Best friends since nursing school, now both sisters on the same ward" },
    "Got stopped in Asda by a man who said I looked after his wife years ago, made my week",
    "A patient told me today I was the first person to sit with her",
    {
      text: "A former patient sent me a friend request, ignored it as the policy says",
      name: "declined",
    },
    "Shoot me a DM if you want to join the charity run team",
    "The new domestic, Lina, chats to every patient and they all look forward to seeing her.",
    "New starters: if a patient or relative sends you a friend request, decline it. Ask your manager if unsure",
    "A patient asked if she could add me on Facebook. I explained why I can't and she understood.",
    "Patient asked for my mobile so she could keep in touch. Gave her the ward's direct line and PALS instead.",
    "Got a friend request from a patient's relative. Not accepting, but lovely that they thought of us.",
  ],
  invalid: [
    {
      text: "My patient's son gave me a £75 Amazon voucher for looking after his dad, just for me 🥰",
      errors: 1,
    },
    {
      text: "The family of the gent I nursed at the end gave me a silver necklace today 😭",
      errors: 1,
    },
    {
      text: "It was a privilege looking after you 💛 here's my personal insta @jo.nurse.x, message me anytime",
      errors: 1,
    },
    {
      text: "My old patient from bay 2 and I are best mates now, coffee every Sunday ☕",
      errors: 1,
    },
    // Still caught: the author's own tie on social media or by phone.
    {
      text: "added my old patient from bay 3 on instagram, she posted a pic of her new puppy 🐶",
      errors: 1,
    },
    {
      text: "the fit dad of the patient in bed 2 gave me his number 😏 texting him tonight",
      errors: 1,
    },
    {
      text: "Bumped into a former patient at the gym and we swapped numbers, coffee on Friday ☕",
      errors: 1,
    },
    {
      text: "Bumped into one of my old patients in Tesco and we've arranged to go for a drink on Friday",
      errors: 1,
    },
    {
      text: "Gave my number to a patient's daughter so she can text me updates when he goes home.",
      errors: 1,
    },
    {
      text: "Discharged a lovely man today who wants to take me out for dinner to say thanks.",
      errors: 1,
    },
    {
      text: "Following the mum of one of my NICU babies on Instagram now, she's lovely.",
      errors: 1,
    },
    { text: "I'm dating someone I met when I was nursing his dad. Is that allowed?", errors: 1 },
    {
      text: "A lady I cared for on the stroke unit asked for my Instagram, obviously I said yes.",
      errors: 1,
    },
    {
      text: "My favourite patient from the cardiac unit invited me to his daughter's wedding, obviously I'm going!",
      errors: 1,
    },
    {
      text: "A lovely lady I nursed last year asked me to be godmother to her grandson 😍",
      errors: 1,
    },
    {
      text: "Went for drinks with a bloke I triaged in majors, he's discharged now so it's fine",
      errors: 1,
    },
    {
      text: "One of my regulars on the dialysis unit gave me £100 for Christmas, not saying no to that",
      errors: 1,
    },
    {
      text: "Slid into the DMs of the fit fireman who came in with burns last month 😏",
      errors: 1,
    },
    {
      text: "Me and a mum I looked after on the labour ward have been best friends since she was discharged",
      errors: 1,
    },
    { text: "A patient's son asked me out and I said yes, first date Friday!", errors: 1 },
    {
      text: "The family of a patient on my caseload are paying me to do their garden at weekends, cash in hand",
      errors: 1,
    },
    { text: "Accepted a Facebook friend request from a patient's mum, is that bad?", errors: 1 },
    { text: "I accept every patient friend request after discharge", errors: 1 },
    { text: "Lent £50 to one of my regulars from the dialysis unit, proper mates now", errors: 1 },
    {
      text: "One of my old patients asked me to be his carer on my days off, cash in hand",
      errors: 1,
    },
    { text: "Popped round to see one of our long-stay patients at her bungalow", errors: 1 },
    { text: "Ex-patient asked me out for drinks, going out with him Friday", errors: 1 },
  ],
});
