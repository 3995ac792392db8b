// Grievances told as stories, lists, questions and mock job adverts (fresh probe posts written
// for this file): a department that takes months, "what do estates do all day", the employer
// blaming its staff, a standing excuse ("payroll keep saying"), bank and agency rates cut, pay
// still missing, HR jargon in scare quotes, "Translation:", "so proud to work here lol", "nobody
// else gets that", "funny how the execs…", and the trust's response to a complaint as a question.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./derogatory-or-grievance.js";

ruleTester(rule, {
  valid: [
    // Pride without a sarcasm marker, and a laughing face after a funny story.
    "So proud to work here ❤️ Our team pulled together tonight and every single patient got seen.",
    "So proud to work here 💙 our stroke unit just got rated outstanding.",
    "Still in the party hat from the ward do. I love this job 😂",
    // Sarcasm about something else.
    "So proud of myself lol, finally assembled the IKEA wardrobe after a night shift.",
    // A real advert and a real question about a team.
    "We're hiring! Band 5 nurse on our respiratory ward, must be able to work nights. Apply on the trust website.",
    "What does the discharge team do exactly? Starting a secondment with them next week and keen to learn.",
    // Praise of a department, bank staff and occupational health.
    "Occupational health were brilliant with me after my surgery, phased return sorted in a week. Grateful.",
    "Huge thanks to the bank nurse who stayed late to help out.",
    "Estates took two days to fix the lift and kept us updated the whole time. Top team.",
    "Completed my compassionate leadership module today, really good content actually.",
    "Got my flexible working approved! Compressed hours from January, thank you to my manager 🙌",
    "Asked for a new kettle for the staff room two weeks ago and it arrived today, thanks estates!",
    "Reader, I married him. Best decision of my life.",
    "Bank office sorted my missing shift within a day, thanks team!",
    "How is it fair that my cat gets the whole sofa? 🐈",
    "We cut the cake in half so both teams got some 🎂",
    "My manager moved me to the discharge lounge today and it was actually lovely, so calm!",
    "Six weeks till my holiday. Six. Weeks. 🌴",
    "The traffic on the way in is so bad today, leave early if you're on lates.",
    "Proud to work here lol, our little ward won the fundraising bake off against theatres 😂🏆",
    "Just had my first appraisal and my manager said I'm ready to go for my band 6 🥹 couldn't stop smiling",
    "Dear Estates, thank you for fixing our window so quickly. Love, Ward 7 💛",
    "Our band 7 has organised cover so all of us get a proper Christmas break this year. Legend.",
    "Occupational health have started doing physio self-referrals for staff, so useful.",
    "It's been 6 weeks since my op and I still can't run, physio says be patient.",
    // Perks that are real.
    "Perks of working nights: empty roads and the best toast in the hospital.",
    // A quoted word in a neutral report.
    "The new discharge lounge opens next week, we'll be 'go live' buddies for the first few days.",
  ],
  invalid: [
    {
      text: "NOW HIRING: band 5 nurse. Must enjoy 13 hour shifts with no break and a rota that comes out 3 days before it starts. Apply within lol",
      errors: 1,
    },
    {
      text: "Wanted: one nurse for 30 patients overnight. Must be able to be in three places at once. Patient safety optional.",
      errors: 1,
    },
    { text: "So proud to work here lol. Three years and still no locker.", errors: 1 },
    {
      text: "Does anyone actually know what estates do all day? Our sluice door has been hanging off for five weeks.",
      errors: 1,
    },
    {
      text: "Our HR department took 5 months to process a grievance about bullying. The bully got promoted in the meantime.",
      errors: 1,
    },
    {
      text: "A family complained about the delays on our ward and the trust blamed the nurses in its reply.",
      errors: 1,
    },
    {
      text: "Is anyone else's overtime from August still missing? Payroll keep saying it'll be in next month.",
      errors: 1,
    },
    {
      text: "Agency staff on £60 an hour and they've just cut the bank enhancements again.",
      errors: 1,
    },
    {
      text: "Bank rate for HCAs here went down in April. During a cost of living crisis.",
      errors: 1,
    },
    {
      text: "Top three perks of working in pharmacy here: 1. free cold tea 2. being shouted at when the robot breaks 3. that's it",
      errors: 1,
    },
    {
      text: "Told in my return to work meeting that my 'sickness pattern' is a concern. I had cancer.",
      errors: 1,
    },
    {
      text: "Once again our department has been told to 'find efficiencies'. We are already two physios down.",
      errors: 1,
    },
    {
      text: "Job advert for our ward just went up: 'dynamic, fast-paced environment'. Translation: permanently short, no breaks.",
      errors: 1,
    },
    {
      text: "Found an email saying I'd been 'flagged' for not finishing my mandatory training. On my own time presumably.",
      errors: 1,
    },
    { text: "My band 7 put me on six nights in a row again. Nobody else gets that.", errors: 1 },
    {
      text: "Interesting how the execs' parking spaces are always free but I've had two fines this month.",
      errors: 1,
    },
    {
      text: "The trust's response to my concern about the missed insulin doses? 'Thanks for raising it.' Nothing since.",
      errors: 1,
    },
    {
      text: "Honestly what is the point of the freedom to speak up guardian if nothing changes when you use them",
      errors: 1,
    },
    {
      text: "Switchboard, your internal transfer line is a joke. Forty minutes on hold.",
      errors: 1,
    },
    { text: "The new 12 hour shift pattern is awful for anyone with kids.", errors: 1 },
    {
      text: "Physio department has lost three band 6s this year and management's plan is 'a recruitment drive'. Again.",
      errors: 1,
    },
    {
      text: "Three complaints from families this month about the food. Trust response: a new menu card. Same food.",
      errors: 1,
    },
    {
      text: "Put in a complaint about a colleague's comment. HR's outcome letter took 4 months and spelt my name wrong.",
      errors: 1,
    },
    {
      text: "Our physio team asked for a second hoist 18 months ago. Still waiting.",
      errors: 1,
    },
    {
      text: "Mandatory training now includes a module on 'compassionate leadership'. Written by the same people who cancelled our Christmas leave.",
      errors: 1,
    },
    { text: "Estates: 'we'll send someone'. Reader, they did not send someone.", errors: 1 },
    {
      text: "How is it fair that agency HCAs get paid weekly and bank HCAs wait six weeks for theirs?",
      errors: 1,
    },
    {
      text: "Occupational health lost my vaccination records, so now I have to have all my bloods redone.",
      errors: 1,
    },
    {
      text: "My complaint got a two-line reply from the trust saying 'lessons will be learned'. Which lessons?",
      errors: 1,
    },
    {
      text: "Q: what do you get when you cut the night porters from 4 to 2? A: a ward full of patients waiting for x-ray.",
      errors: 1,
    },
    {
      text: "Bank staff get no sick pay and are first to be cancelled. Loyalty, eh.",
      errors: 1,
    },
    {
      text: "Our IT is so bad the whole ward shares one login because the smartcards never work",
      errors: 1,
    },
    {
      text: "Storytime: broke my wrist at work, occ health said I was 'fit for light duties' and I was put on the drugs round.",
      errors: 1,
    },
    {
      text: "Ever tried getting a straight answer out of medical staffing? Me neither, they never reply.",
      errors: 1,
    },
    {
      text: "Job: staff nurse. Salary: not enough. Breaks: theoretical. Parking: £60 a month. Apply now!",
      errors: 1,
    },
    {
      text: "Radiology reception is the rudest department in this hospital, every single time I ring.",
      errors: 1,
    },
    {
      text: "@LTHTrust maybe fewer awards ceremonies and more actual staff on the wards?",
      errors: 1,
    },
    {
      text: "Agency locum got paid £2,400 for the weekend. My bank shift rate hasn't changed in four years.",
      errors: 1,
    },
    {
      text: "Dear Estates, it's been 9 weeks. The window still doesn't shut. It's November.",
      errors: 1,
    },
    {
      text: "my band 7 has cancelled my study day for the third time 'due to staffing'. how am i meant to revalidate",
      errors: 1,
    },
    {
      text: "Day 3 of asking IT to reset my password so I can see my patients' results. 'Ticket escalated'. Great.",
      errors: 1,
    },
  ],
});
