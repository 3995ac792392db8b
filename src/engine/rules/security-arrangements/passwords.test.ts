import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./passwords.js";

ruleTester(rule, {
  valid: [
    "Passwords: three random words beats Summer2024 every time.",
    "The wifi password at the conference hotel was 'Welcome2024!' which is kind of the point",
    "The 'password' for our ward's book club is 'biscuits'. The password is always biscuits 🍪",
    "The password for the shared drive changes every month, ask IT if you're stuck",
    {
      text: "No password needed for the guest Wi-Fi, just accept the terms",
      name: "public guest Wi-Fi",
    },
    "Please never write your password on a sticky note on the monitor",
    "Your password is your responsibility, lock your screen when you walk away",
    "If IT ever asks for your password, it isn't IT. Report it.",
    "Password reset again, third time this month 😩",
    "The key is to stay calm and keep talking to the patient",
    "Key is on the hook in the office if anyone needs the linen store",
  ],
  invalid: [
    { text: "Guest network for the study day: StaffNet, password wardfive25", errors: 1 },
    {
      text: "Guest wifi password for the Education Centre is written on the board by the coffee machine in the foyer: Learn@2025",
      errors: 1,
    },
    { text: "Staff room Wi-Fi: the password is on the fridge, it's Cuppa4All!", errors: 1 },
    {
      text: "Visitor wifi is NHS-Guest and the password is H0spital!Guest",
      errors: [{ excerpt: "H0spital!Guest" }],
      output: "Visitor wifi is NHS-Guest and the password is [password]",
    },
    {
      text: "Our team password is 'bluebird' so nobody forgets",
      errors: [{ excerpt: "'bluebird'" }],
    },
    {
      text: "The rota login is rota.admin and password: Winter2023",
      errors: [{ excerpt: "Winter2023" }],
      output: "The rota login is rota.admin and password: [password]",
    },
    {
      text: "Pharmacy network key is now Fl0wer$Pot, they changed it yesterday",
      errors: [{ excerpt: "Fl0wer$Pot" }],
    },
    {
      text: "New wireless for the education centre, the key is Lecture#44",
      name: "a Wi-Fi key named as 'the key'",
      errors: [{ excerpt: "Lecture#44" }],
    },
    {
      text: "Generic inbox password is W a r d 1 2 3 ! if you need it",
      name: "a password spaced out",
      errors: [{ excerpt: "W a r d 1 2 3 !" }],
    },
    {
      text: "The password for the shared inbox is on a post-it on the monitor: Ward5!!",
      name: "a false start before the value",
      errors: [{ excerpt: "Ward5!!" }],
    },
  ],
});
