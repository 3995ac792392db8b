import { ruleTester } from "../../../../test/support/rule-tester.js";
import { explicitContent } from "./explicit-content.js";

ruleTester(explicitContent, {
  valid: [
    "Big jugs of squash on every table for the heatwave, stay hydrated team",
    "Bacon baps in the staff room, help yourselves",
    "Top tip from our continence nurses: pelvic floor exercises can improve your sex life too 😉",
    "Our sexual health clinic is open Mon–Fri for STI testing, free condoms and PrEP.",
    "October is breast cancer awareness month. Check your boobs every month.",
    "Maxine's boob cupcakes were a work of art",
    "Lads, check your balls once a month in the shower.",
    "Level 3 safeguarding training covers child sexual exploitation and online grooming.",
    "Total cock-up with the rota again this week",
    "The whole team was cock-a-hoop after our CQC rating came through",
    "Cock-a-leekie soup in the canteen today and a cock-and-bull story about why the chips ran out",
    "Cock-a-doodle-doo, the early shift is up 🐓",
    "Please stop doing the 'what's your porn star name' quiz, it's your first pet and your mum's maiden name",
    "Had the sex talk with my 13 year old tonight using the NHS website as a script 😂",
    "Blue tits nesting outside the day unit window",
    "Graduated summa cum laude!",
    "Cocktail night for the F1s on Friday",
    "Dr Cockburn is on call tonight",
    "Don't be so hard on yourself, you did everything right",
    "y'all be working so hard on nights fr",
    // Kisses and blanked-out numbers.
    "Last shift before maternity leave, going to miss you all so much xxx",
    "Reminder: the Employee Assistance Programme is free and confidential, call 0800 xxx xxx",
  ],
  invalid: [
    { text: "Treated myself to a new vibrator with my bank shift money 😮‍💨", errors: 1 },
    { text: "Some of the dads on the birth centre are proper DILFs 😏", errors: 1 },
    { text: "The new reg has a lovely pair on her 👀", errors: 1 },
    { text: "Free XXX videos of nurses, click the link in my bio", errors: 1 },
    {
      text: "someone was handing out bl0wj0bs in the disabled loos",
      errors: [{ excerpt: "bl0wj0bs" }],
    },
    {
      text: "one of the porters got his c0ck out on the dance floor",
      errors: [{ excerpt: "c0ck" }],
    },
    { text: "he got a raging hard-on during the catheter 😂", errors: [{ excerpt: "hard-on" }] },
    { text: "New set on my OnlyFans drops Friday 💦", errors: [{ excerpt: "OnlyFans" }] },
    { text: "had me bent over the kitchen table 🍆💦", errors: 1 },
    { text: "I'd have her on all fours all night 🥵", errors: 1 },
    { text: "we all know you got that job on your knees. Hope your jaw's not aching", errors: 1 },
    {
      text: "lonely wives want to see your nudes",
      direction: "inbound",
      errors: [{ excerpt: "nudes" }],
    },
  ],
});

// Paraphrases written for the generalisation round: each concept in several wordings, and
// harmless posts that share its words.
ruleTester(explicitContent, {
  valid: [
    "Patient in bed 12 is asking for the chaplain tonight",
    "The clitoris and vulva anatomy session is in lecture theatre 2 for the midwifery students",
    "Pressure sore on the bum, turn every two hours tonight please",
    "He was handcuffed to the bed by police while in A&E, security are aware",
    "Good night everyone, off to bed 😴",
    "Hooked up the new monitors in the sluice",
    "Working hard tonight, the ward is wet from the leak",
    "Dean has been sleeping in the car park after nights to save petrol",
    // Moaning as complaining, beside words that are weak signs of innuendo.
    "Not moaning, but three admissions in the last hour tonight and no break 😩",
    "Relatives moaning at the desk all night about parking, then bed 😴",
    "If you're going to keep moaning about the rota tonight, put in for annual leave",
  ],
  invalid: [
    { text: "[video: us two in the on-call room, NSFW] 🔞", errors: 1 },
    { text: "Tied him to the bedposts last night 😈 nights off are the best", errors: 1 },
    { text: "Guess who had sex in the sluice on nights 😂", errors: 1 },
    { text: "Hooked up with the F2 in the linen cupboard at the Christmas do 🥵", errors: 1 },
    { text: "Day off, blindfold him, lock the bedroom door 😈", errors: 1 },
    { text: "Lingerie on, candles lit, husband about to get lucky 🍆", errors: 1 },
    { text: "Shagged my fella on the kitchen table before my shift 😂", errors: 1 },
    { text: "Caught two of the juniors masturbating in the doctors' mess", errors: 1 },
    {
      text: "Pelvic floor exercises? Mine are for the bedroom 😏 the g-spot will thank me 🥵",
      errors: 1,
    },
    // Still caught: moaning as a sound, with innuendo.
    { text: "she was moaning all night long in my bed 😏🍆", errors: 1 },
    { text: "had the F1 moaning in the on-call room 🥵", errors: 1 },
  ],
});
