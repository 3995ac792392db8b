import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./luring.js";

ruleTester(rule, {
  valid: [
    "If they ask you to keep it secret, tell a teacher or call Childline. Teens, you can always talk to us",

    "Our young people's clinic is confidential: no parents needed, you can meet the nurse privately 💙",
    "Teen sexual health clinic: no parents needed, confidential advice for 13-19s, drop in Tuesdays",
    "Young carers group meets Thursdays, parents welcome",
    "Our adolescent ward had a visit from the football team today!",
    "Signs of grooming: someone offering gifts and telling a child not to tell their parents. Report it to CEOP",
    "Kids eat free at the staff canteen this half term!",
    "Parents: if someone online tells your child to keep it secret and not tell mum, report it to CEOP",
    "DM me if you'd like an informal look round the ward before applying",
    "Santa visited the children's ward today, thank you to the fire service!",
    {
      text: "Hi, I'm 17 and applying for medicine, do you have volunteering roles?",
      direction: "inbound",
    },
    "Surprise party for Jo on Friday, don't tell her! Message me for details",
  ],
  invalid: [
    {
      text: "Any 14yo lads want to earn easy cash this summer? message me, keep it quiet",
      errors: 1,
    },
    {
      text: "Hi, I'm a youth worker and I'd like to meet some of the teenage girls from your unit privately, can you send their names? Parents don't need to know",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Looking for teens for a paid photo shoot, £200 cash, no parents needed, DM me",
      errors: 1,
    },
    {
      text: "Any 15 year olds want to earn easy money? Parents don't need to know, add me on snap",
      errors: 1,
    },
    { text: "Modelling work for young girls, we pay well, no parental consent needed", errors: 1 },
    { text: "Free vapes for year 10s who message me, your mum doesn't need to know", errors: 1 },
    {
      text: "Casting teenagers for a music video, cash in hand, no adults present, inbox me",
      errors: 1,
    },
    {
      text: "Any 15 year olds want easy money? Just deliver a few parcels, keep your mouth shut",
      direction: "inbound",
      errors: [{ message: /keep secret/ }],
    },
    {
      text: "Hey gorgeous, add me on snap and don't tell your mum we've been chatting x",
      direction: "inbound",
      errors: [{ message: /parents or carers/ }],
    },
    {
      text: "Couple of the teens off the adolescent unit added me on insta, told them I'll sort them out with vapes when they're out",
      errors: [{ message: /private contact/ }],
    },
    {
      text: "Vapes for the lads on the adolescent unit if they keep quiet about our little arrangement 😉",
      errors: 1,
    },
    {
      text: "Kids on the ward, if you want sweets come and find me in the store room and don't tell the nurses 🍬",
      errors: 1,
    },
  ],
});
