import { ruleTester } from "../../../../test/support/rule-tester.js";
import { threats } from "./threats.js";

ruleTester(threats, {
  valid: [
    // Idioms are not threats.
    "This heat is killing me",
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
  ],
  invalid: [
    { text: "If he talks to me like that again I swear I'll knock his teeth out", errors: 1 },
    { text: "whoever ate my lunch, I will find you and I will break your fingers", errors: 2 },
    { text: "Tell her we know she lives on Orchard Way. She'll regret it.", direction: "inbound", errors: 2 },
    { text: "That nurse better watch herself. I know what time her shift finishes.", direction: "inbound", errors: 2 },
    { text: "Someone should run them over, no jury would convict", errors: 2 },
    { text: "He deserves his tyres slashing", errors: 1 },
    { text: "People like you should be put down like dogs", direction: "inbound", errors: 1 },
    { text: "There is a device in the outpatients waiting area. You have until 2pm.", direction: "inbound", errors: 1 },
    { text: "Tip: take a few diazepam from the ward stock, nobody counts them", errors: 1 },
    { text: "One more buzzer and I'm putting the pillow over his face", errors: 1 },
  ],
});
