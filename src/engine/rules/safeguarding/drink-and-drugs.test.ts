import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./drink-and-drugs.js";

ruleTester(rule, {
  valid: [
    "Worried about a colleague who seems to be on the sauce every night? Occupational Health can help, confidentially.",
    "Tonight: school panto, my daughter is a snowflake with lines! Proudest mum",
    "We got absolutely hammered at the staff quiz by the pharmacy team. Rematch in March!",
    // Given names that are also drug slang.
    "Molly from the ward is having a leaving party this weekend, cake in the staff room",
    "Charlie on nights has sorted the party for Saturday, bring a plate",
    "Mandy with her bad back was out on a night out last week, good for her",

    "Patients often take their leftover tramadol home from the ward, please remind them to return it",
    "Woke up on the sofa after nights, still in my uniform 😴",

    "The aim is to be on the ward by 7 and the plan is to get everyone home safe",

    // A drinking game alone is a joke; with the excess it led to, it glorifies it.
    "Take a shot every time someone says 'going forward' in the team meeting 😂",
    "Lovely to bump into Dr Ahmed at the mosque on Friday",

    "Drink a glass of water every time you have a coffee on nights, your kidneys will thank you",
    "Had a lad in tonight who needed a stomach pump after a vodka challenge, please look after your mates",
    "Every time the buzzer goes someone has to answer it, that's the job",

    "Last one standing at the ward quiz wins a tin of Quality Street",
    "Absolutely legless after the step challenge, 30,000 steps on a long day",
    "Remember to drink water on a long day, no water at the nurses' station is a rule, not a dare",
    "First one to be sick on the rota swap gets the chocolates, apparently norovirus is back 🤢",
    "Please don't mix zopiclone with alcohol, it slows your breathing",
    "Patient brought in after taking diazepam with vodka, stable now",
    "If you can still stand after a 13 hour shift you deserve a medal",
    "Dry January done! Not tried a drop all month",
    "Reminder: the CD cupboard keys stay with the nurse in charge at all times",
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
    { text: "Prosecco o'clock at 10am on my day off and I regret nothing 🥂", errors: 1 },
    { text: "Ibiza crew: 8 nurses, 4 nights, zero sober hours 🍹", errors: 1 },
    { text: "Who needs therapy when there's a bottle of rum and Netflix #selfcare", errors: 1 },
    {
      text: "Tradition on this ward: the new starters don't go home till they've been sick 🍻",
      errors: 1,
    },
    { text: "Revision tip: two modafinil off a mate and you'll ace the exam 💊", errors: 1 },
    {
      text: "Dave necked a whole bottle of sambuca at the leaving do and passed out in the loos 😂",
      errors: 1,
    },
    {
      text: "Racked up a few lines after the Friday night shift, only way to unwind 😎",
      errors: 1,
    },
    { text: "some Charlie before the party Saturday, sorted", errors: 1 },
    // Words of the patterns that the information triggers once missed, so these never ran.
    { text: "took some md at the festival before my night shift lol", errors: 1 },
    { text: "nicked a couple of oxycodone from the cupboard, back pain is killing me", errors: 1 },
    { text: "grabbed a few buprenorphine patches out of the CD cupboard for my back", errors: 1 },
    { text: "Last one standing at the bar wins, 10 jagers each to start \ud83c\udf7b", errors: 1 },
    {
      text: "Staff night out: first one to be sick buys the next round, no water allowed 🍻🍻🍻",
      errors: 1,
    },
    {
      text: "Post-nights routine: a couple of diazepam and a bottle of red, sleep like a baby",
      errors: 1,
    },
    { text: "Codeine washed down with gin, best sleep I've had in weeks", errors: 1 },
    { text: "Zopiclone + prosecco = knocked out till Tuesday 😂 works every time", errors: 1 },
    {
      text: "Pro tip: two sleeping pills and three beers and you won't hear the bin men",
      errors: 1,
    },
    { text: "Tramadol and a few pints, the perfect Friday", errors: 1 },
    {
      text: "Team night out rules: if you can still walk home you haven't been drinking hard enough 🍻",
      errors: 1,
    },
    { text: "Last one standing buys breakfast, drinking till we drop 🍾", errors: 1 },
    { text: "On the lash again all weekend, paramedics on standby 😂", errors: 1 },
    { text: "Still drunk on shift from last night and nobody noticed 😂", errors: 1 },
    { text: "We drank the bar dry, can't remember how I got home", errors: 1 },
    {
      text: "The stock cupboard has loads of promethazine, perfect for a little something to help you sleep after nights",
      errors: 1,
    },
    {
      text: "The override on the drugs cabinet means nobody checks, help yourself before the weekend",
      errors: 1,
    },
    {
      text: "Omnicell doesn't log the override, handy for getting through a long week 😉",
      errors: 1,
    },
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
    // Drinking games and drinking until someone is sick, in any wording of the rule.
    {
      text: "ward 6 bingo rules: every time the buzzer goes you neck a shot. we were carried out by 10",
      errors: 1,
    },
    {
      text: "Drink every time the consultant says 'going forward'. Pretty sure I'll need a stomach pump by 11",
      errors: 1,
    },
    {
      text: "Our ward night out tradition: everyone drinks until someone gets sick in the taxi",
      errors: 1,
    },
    { text: "Cocaine Saturdays with the theatre team never disappoint, see you Monday", errors: 1 },
    {
      text: "Hit me up if you want some of the spare codeine from the drugs trolley, sorted for the weekend",
      errors: 1,
    },
    {
      text: "Who's joining me for bottomless brunch Saturday? Aim is to be carried out by 2pm 🥂🥂",
      errors: 1,
    },
    { text: "If you're not vomiting by midnight are you even a medic? 🤢🍻", errors: 1 },
    { text: "Day 2 of the bender, can't feel my legs, who's coming out tonight? 🥳", errors: 1 },
    { text: "Woke up in a skip after the leaving do, 10/10 would recommend 😂🍾", errors: 1 },
    { text: "Started on the gin at 11am, day off and I'm going till I fall over 🍸", errors: 1 },
    { text: "Few spliffs in the car park after a shift never hurt anyone 🌿", errors: 1 },
    {
      text: "Took a handful of my patient's leftover tramadol home, waste not want not",
      errors: 1,
    },
    {
      text: "Diazepam and a couple of glasses of red is my go-to after a bad shift, sleep like a baby",
      errors: 1,
    },
    {
      text: "Drinking game for handover: every time someone says 'bed pressures' everyone downs their drink. By 8am we'll be on the floor",
      errors: 1,
    },
  ],
});
