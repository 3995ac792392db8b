import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleagueWhereaboutsRule } from "./whereabouts.js";

ruleTester(colleagueWhereaboutsRule, {
  valid: [
    "your nurse on the Rowan ward lives on my street and has told half the neighbours",

    "I run at 6am along the canal every morning before a long day, best start",

    "me: can I have my annual leave approved\nmy manager: *leaves on holiday for 2 weeks*",
    "We're staying at the Premier Inn for the conference, room 12 if anyone wants a brew",

    "Dr Hale gave a great talk about living alone with dementia and how we can help patients",
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
    "I finish at 8 tonight if anyone wants a lift",
    "Kemi finishes her preceptorship next month, so proud",
    "Staffing on Ward 5 nights is a disgrace, one nurse alone on nights every week",
    {
      // the relative is named far enough back that a window round the phrase cuts "my dad | Ron"
      text: "Out of hours lot left my dad Ronald Pike waiting on the phone most of the night and then said ring back later. He is 91 and lives alone in Biddulph.",
      direction: "inbound",
      name: "a relative, named before the window round the phrase begins",
    },
  ],
  invalid: [
    {
      text: "Our reg Dr Hale lives alone in the flats behind the hospital, someone walk her home after nights",
      errors: 1,
    },
    {
      text: "Kerry's rota next week is all nights, so her flat will be empty Monday to Thursday",
      errors: 1,
    },
    {
      text: "Your physio Nadia Khan parks her red Mini on Oak Lane every morning at 7. Thought you'd want to know.",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "I know Dr Shah finishes at 8 and parks on level 3, I'll be waiting",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Kemi from Ward 5 is on her own on nights every Tuesday, shocking staffing",
      errors: 1,
    },
    {
      text: "Sister Rowe is on holiday in Spain till the 20th, house empty if anyone fancies it lol",
      errors: 1,
    },
    {
      text: "Dr Achebe walks home through the park after lates, just saying",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Our matron Sue is away in Tenerife till the 3rd so the house is empty lol",
      errors: 1,
    },
    // Alone at work, staying away, and where they live: "me" as an object does not make it the author's.
    {
      text: "Marie our night sister will be on her own on the unit from 10 till 8 every Friday",
      errors: 1,
    },
    {
      text: "The registrar who shouted at me is staying at the Holiday Inn on the ring road, room 212",
      errors: 1,
    },
    {
      text: "I know where your senior nurse Kelly lives, the yellow house by the park in Eccles",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Pete the porter walks his dog at 6am in Victoria Park every day if anyone wants to catch him",
      errors: 1,
    },
    {
      text: "Jo from the pharmacy counter lives on Westfield Crescent, the one with the blue door",
      errors: 1,
    },
  ],
});
