import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./harmful-habits.js";

ruleTester(rule, {
  valid: [
    "Ramadan on nights: if you're fasting on shifts, plan your suhoor and tell your NIC",
    "Nil by mouth from midnight for the op, so don't eat after 12, the leaflet explains it",
    "Please eat something on your break, skipping meals on a 12 hour shift is how people faint",
    "Parents, please be aware of the blackout challenge going round, talk to your kids about it",
    "Did the cinnamon challenge in 2012 and coughed for a week. Never again 😂",
    "Alcohol Awareness Week: drinking more than 14 units a week raises your risk of liver disease",
    "Good luck to whoever's going to stop her drinking 3 bottles a night",
    "Dry January done! Not a drop for 31 days and I feel amazing",
    "Anyone else's kid asking for a hip flask watch for Christmas?",
    "Pumpkin spice latte season is back, highly recommend the one from the canteen",
    "Ritalin has been a game changer since my ADHD diagnosis at 40",
    "Nitrous in labour was the best thing ever, highly recommend to any mum-to-be",
    "They've just cut the bank rate again, same job, less money",
    "Don't stop taking your meds without talking to your GP first",
    "A Diet Coke before my shift gets me through the first four hours",
    "Patient brought in after a bottle of vodka before the night shift, please look out for each other",
    "Heard the pharmacy tech has been selling diazepam out of the back door, reported it",
    "Cake sale in the canteen, £1 a slice, all for the hospice",
    "Rough night. Going to sit in the car for five minutes before I drive home, that's allowed",
    "Lovely evening at the charity ball, home by 11 and a bottle of water before bed",
  ],
  invalid: [
    {
      text: "Girls, just stop eating after 4pm on nights and you'll drop a dress size by the summer party",
      errors: [{ message: /not eating/ }],
    },
    {
      text: "Chew and spit your lunch and you'll never gain a pound on a long day",
      errors: 1,
    },
    {
      text: "New students: skip breakfast and lunch on placement and you'll look amazing by Christmas",
      errors: 1,
    },
    {
      text: "The kids on the ward are doing the salt and ice challenge again, mine lasted longest 😂",
      errors: [{ message: /challenge/ }],
    },
    {
      text: "Chroming is the new thing at my son's school, they're so inventive 😂",
      errors: 1,
    },
    {
      text: "Bottle of wine a night and two on my days off, that's my self care 🍷",
      errors: [{ message: /heavy drinking/ }],
    },
    {
      text: "Leaving do rule: one shot for every year you've worked here 🍸",
      errors: 1,
    },
    {
      text: "Couple of tinnies in the car park after the late and then we drive home, tradition",
      errors: 1,
    },
    {
      text: "Drinking till I black out is the only way to switch off from this job",
      errors: 1,
    },
    {
      text: "Pre-drinks in the on-call room before handover, don't tell the consultant 🤭",
      errors: 1,
    },
    {
      text: "A THC vape in the car at lunch is honestly the only way I get through clinic 🌿",
      errors: [{ message: /drug-taking recommended/ }],
    },
    {
      text: "Microdosing shrooms before nights, never felt sharper, DM me if you want some",
      errors: 1,
    },
    {
      text: "New grads, if it gets bad, hide the marks under long sleeves, nobody checks",
      errors: [{ message: /self-harm/ }],
    },
    {
      text: "Bad week? Just stop taking your antidepressants for a few days, clears your head",
      errors: 1,
    },
    {
      text: "Driving home after the Christmas do is fine if you take the back lanes",
      errors: [{ message: /heavy drinking/ }],
    },
    {
      text: "Top tip for nights: a cheeky line in the locker room keeps you sharp till 8am",
      errors: [{ message: /way to get through work/ }],
    },
    {
      text: "Half a bottle of gin after every shift, that's how I cope with this place",
      errors: [{ message: /way to cope/ }],
    },
    {
      text: "Selling my leftover oramorph, perfect for post-nights sleep, £20 a bottle",
      errors: [{ message: /offered for sale/ }],
    },
    {
      text: "New starters asking where to score on a Friday, ask for Dave at the back of the pub",
      errors: 1,
    },
  ],
});
