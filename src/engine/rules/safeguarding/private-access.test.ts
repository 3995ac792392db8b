import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./private-access.js";

ruleTester(rule, {
  valid: [
    "Our youth club is recruiting volunteers aged 18+, full DBS check and training given",
    "Teens on the ward loved the games console the charity gave us, thank you!",
    "Warning signs of grooming: an adult who asks a child to keep it between us. Report it to CEOP",
    "Man jailed for messaging 14 year olds on snap and telling them to keep it between us",
    "Our under 16s football team won the cup! Meet up at the club at 10 for photos",
    "Happy 16th birthday to my daughter, can't believe she's that age",
    "Young carers' week: if you look after someone at home, our team can help, no questions too small",
  ],
  invalid: [
    {
      text: "Need a few more lads aged 13-15 for five-a-side, we train at my flat on Fridays, keep it between us",
      errors: [{ message: /luring/ }],
    },
    {
      text: "Any teenage girls on the unit want someone to talk to at night? Add my private account x",
      errors: 1,
    },
    {
      text: "Taking the 14yo lads from the home to the arcade on Saturday, no need to sign them out",
      errors: 1,
    },
    {
      text: "Hi, I'm 16 too, message me and we can meet up when you're discharged, just me and you",
      errors: 1,
    },
    {
      text: "Need a few lads 16-18 from the young people's service for weekend work, I collect them from the hostel, no paperwork",
      errors: 1,
    },
    {
      text: "You look way older than 15 😍 come to the party Saturday, I'll sort you a lift",
      errors: 1,
    },
  ],
});
