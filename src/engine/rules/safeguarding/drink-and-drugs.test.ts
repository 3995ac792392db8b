import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./drink-and-drugs.js";

ruleTester(rule, {
  valid: [
    "Two pints after a long shift, lovely",
    "Had 4 pints of blood ready in resus tonight",
    "Patient came in absolutely wasted after 15 pints, spent the night in resus",
    "We absolutely smashed our fundraising target!",
    "Diet coke and a sausage roll, nights fuel",
    "Harm reduction: if you're taking MDMA this weekend, sip water and stay with your mates",
    "Dry January starts tomorrow! No more than 14 units a week the rest of the year",
    "Free naloxone kits from our drug and alcohol team can reverse an opioid overdose",
    "Christmas do booked 🥂 £35 a head",
  ],
  invalid: [
    {
      text: "Got absolutely wasted last night, 12 pints before my shift and I'm still standing",
      errors: [{ excerpt: "Got absolutely wasted" }],
    },
    { text: "Ten shots each and a bottle of vodka, who's in? Payday sesh 🍾", errors: 1 },
    {
      text: "Festival weekend sorted, got the mdma and a bit of k3t 🕺",
      name: "disguised spelling",
      errors: [{ excerpt: "mdma" }],
    },
    {
      text: "Party on Saturday, bring some c-o-k-e and mixers",
      name: "spaced spelling",
      errors: [{ excerpt: "c-o-k-e" }],
    },
    {
      text: "Grab a couple of diazepam out of the CD cupboard if you can't sleep after nights lol",
      errors: [{ message: /medicines from work/ }],
    },
    {
      text: "Drink till you drop tonight ladies, 5 bottles of prosecco on the table already 🍾",
      errors: 1,
    },
    {
      text: "Best cure for a bad night shift is a whole bottle of wine and a line or two 😂",
      errors: 1,
    },
    { text: "Dropped two pills at the festival and danced til sunrise 🕺", errors: 1 },
  ],
});
