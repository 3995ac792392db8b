import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./not-public-yet.js";

ruleTester(rule, {
  valid: [
    "Don't tell anyone but I've just signed the contract on my first flat!! \ud83d\udd11",
    "Keep it quiet, we're planning a surprise do for Bev when her contract ends in June",
    "Rumour has it the canteen is closing early on Friday for the staff party \ud83c\udf89",
    "The new uniforms are finally here and we love them! Launched by the Trust today, details on our website",
    "Before it gets dark, walk to your car with a buddy",
    "Told my kids not to tell anyone about the surprise party",
    // A person keeping their own news quiet: a personal confidence, not the Trust's business.
    "Our HCA's dad died at the weekend and she came in anyway. She asked me not to tell anyone",
    "Kemal passed his driving test!! He told us not to say anything till he's bought a car 🚗",
    "she's pregnant again and asked us not to post anything yet 🤫",
    "Signed an NDA for my new side hustle as a mystery shopper lol, can't tell you which supermarket",
    {
      text: "Don't tell anyone but I'm engaged!!! 💍",
      name: "a personal secret is not Trust business",
    },
    "Keep it quiet, surprise party for Sue on Friday 🤫",
    "The birth centre is closing in April, it was announced this morning on the Trust website",
    "Our Board meets in public on Thursday, papers are on the website",
    "Anyone from theatres want in on Secret Santa? £10 limit",
    "Closing date for the band 6 post is Friday, apply on NHS Jobs",
    "Just started a new job, can't say much yet but it's exciting!",
    {
      text: "Staff briefing: the ward will close for refurbishment in June. Not public yet, we'll announce next week.",
      profile: "Official account of Anytown Hospitals NHS Trust",
      name: "an official account decides what is public",
    },
  ],
  invalid: [
    {
      text: "Pharmacy's being merged with the Eastgate team in April. We've been told not to share it yet so act surprised",
      errors: 1,
    },
    { text: "Embargoed until Monday but our unit just got Outstanding from the CQC!!", errors: 1 },
    {
      text: "Our therapies department is being cut from 20 to 12 posts. Didn't hear it from me.",
      errors: 1,
    },
    {
      text: "We all had to sign confidentiality agreements for the new robot pharmacy pilot, so that's all I can say",
      errors: 1,
    },
    // Still caught: the Trust's people asking, or a person passing on Trust business.
    { text: "Our matron asked us not to tell anyone about the ward closure yet", errors: 1 },
    {
      text: "Dave from estates told me not to tell anyone but the new car park contract has gone to the cheapest bidder",
      errors: 1,
    },
    { text: "Management told us not to mention the data breach to patients. Hmm.", errors: 1 },
    {
      text: "Keep it quiet but the Trust is closing the birth centre in June, it goes to board next week",
      errors: 1,
    },
    {
      text: "Screenshot from the intranet of the new rota app, not launched yet but looks great",
      errors: 1,
    },
    { text: "Sneak peek at the new logo, rolling out next spring 👀", errors: 1 },
    { text: "Internal only email: the new parking charges start in May", errors: 1 },
    {
      text: "Managers told us not to mention the ward move on social media, so here goes",
      errors: 1,
    },
    { text: "New shift pattern for all nurses, not signed off yet but it's happening", errors: 1 },
    {
      text: "Don't tell anyone but the ward is merging with Ward 9 in March, we found out today",
      errors: [
        {
          excerpt:
            "Don't tell anyone but the ward is merging with Ward 9 in March, we found out today",
        },
      ],
    },
    { text: "Not announced yet but they're cutting 20 band 5 posts in the restructure", errors: 1 },
    { text: "Between us, the CQC are coming on Tuesday. Get those fridge logs done", errors: 1 },
    {
      text: "The Trust hasn't announced it yet but we're getting a new CEO in the spring",
      errors: 1,
    },
    {
      text: "Signed an NDA so I can't talk about the new system 🤐",
      errors: [{ excerpt: "Signed an NDA", message: /not been made public/ }],
    },
    {
      text: "From the private session of the board: maternity moves to the General next year. Not common knowledge.",
      errors: 1,
    },
    { text: "My mate in finance says there's a recruitment freeze from April 😬", errors: 1 },
    {
      text: "Word on the ward is they're shutting the stroke unit in the summer, nothing official yet so shhh",
      errors: 1,
    },
    {
      text: "HR told us 30 admin jobs are going in the new structure, announcement is next week",
      errors: 1,
    },
    {
      text: "Just seen the draft CQC report on the shared drive and it's not good for maternity 😬",
      errors: 1,
    },
  ],
});
