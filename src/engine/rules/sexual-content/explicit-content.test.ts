import { ruleTester } from "../../../../test/support/rule-tester.js";
import { explicitContent } from "./explicit-content.js";

ruleTester(explicitContent, {
  valid: [
    "Top tip from our continence nurses: pelvic floor exercises can improve your sex life too 😉",
    "Our sexual health clinic is open Mon–Fri for STI testing, free condoms and PrEP.",
    "October is breast cancer awareness month. Check your boobs every month.",
    "Maxine's boob cupcakes were a work of art",
    "Lads, check your balls once a month in the shower.",
    "Level 3 safeguarding training covers child sexual exploitation and online grooming.",
    "Total cock-up with the rota again this week",
    "Blue tits nesting outside the day unit window",
    "Graduated summa cum laude!",
    "Cocktail night for the F1s on Friday",
    "Dr Cockburn is on call tonight",
    "Don't be so hard on yourself, you did everything right",
    "y'all be working so hard on nights fr",
  ],
  invalid: [
    { text: "someone was handing out bl0wj0bs in the disabled loos", errors: [{ excerpt: "bl0wj0bs" }] },
    { text: "one of the porters got his c0ck out on the dance floor", errors: [{ excerpt: "c0ck" }] },
    { text: "he got a raging hard-on during the catheter 😂", errors: [{ excerpt: "hard-on" }] },
    { text: "New set on my OnlyFans drops Friday 💦", errors: [{ excerpt: "OnlyFans" }] },
    { text: "had me bent over the kitchen table 🍆💦", errors: 1 },
    { text: "I'd have her on all fours all night 🥵", errors: 1 },
    { text: "we all know you got that job on your knees. Hope your jaw's not aching", errors: 1 },
    { text: "lonely wives want to see your nudes", direction: "inbound", errors: [{ excerpt: "nudes" }] },
  ],
});
