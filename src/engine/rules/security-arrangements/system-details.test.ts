import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./system-details.js";

ruleTester(rule, {
  valid: [
    "One login for all my e-learning modules now, so much easier",
    "Same password rules as everyone else: long, unique, never on a post-it",
    "My Instagram was hacked last night, ignore any DMs from me asking for money",
    "Our team shared account on the rota app means we can all see the shifts",
    "Remember Windows XP? The startup sound still haunts me",
    "Strong passwords use three random words, never your pet's name plus the year",
    "IT are upgrading every PC to Windows 11 next month, exciting",
    "Never share your smartcard with anyone, not even for a minute",
    "Don't use the same password for work and home accounts",
    "If you get an email asking you to log in to update your account, it's phishing. Report it.",
    "Windows 11 upgrade for all ward PCs is happening next month, IT will be in touch",
    "Our new EPR goes live in May, training dates on the intranet",
    "Version 2.1.3 of the app fixes the login bug",
  ],
  invalid: [
    { text: "Our lab system still runs on a Windows XP machine in the corner", errors: 1 },
    { text: "Half the ward PCs are on Windows 7 with no updates, it's a joke", errors: 1 },
    { text: "Ward passwords are just the ward name plus the year, e.g. Rowan2025", errors: 1 },
    { text: "Same password for every ward login in surgery, makes life easy", errors: 1 },
    { text: "The shared inbox passwords are all the same across every team", errors: 1 },
    {
      text: "We all use the same login on the ward PCs because the smartcards never work",
      errors: [{ excerpt: "the same login" }],
    },
    {
      text: "Still running Windows XP in radiology, send help",
      errors: [{ excerpt: "Still running Windows XP" }],
    },
    { text: "Everyone on nights uses one shared login for all the bank staff", errors: 1 },
    {
      text: "The finance server got hacked last month and nobody was told",
      errors: [{ excerpt: "got hacked" }],
    },
    {
      text: "Printer server is on 10.12.4.22 if anyone needs to add it",
      errors: [{ excerpt: "10.12.4.22" }],
    },
    {
      text: "The lab system was hit by ransomware on Tuesday, we're on paper",
      errors: [{ excerpt: "hit by ransomware" }],
    },
    { text: "All the PCs on ward 5 are logged in as the ward manager all day", errors: 1 },
  ],
});
