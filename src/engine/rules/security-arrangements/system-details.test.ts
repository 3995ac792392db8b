import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./system-details.js";

ruleTester(rule, {
  valid: [
    "Never share your smartcard with anyone, not even for a minute",
    "Don't use the same password for work and home accounts",
    "If you get an email asking you to log in to update your account, it's phishing. Report it.",
    "Windows 11 upgrade for all ward PCs is happening next month, IT will be in touch",
    "Our new EPR goes live in May, training dates on the intranet",
    "Version 2.1.3 of the app fixes the login bug",
  ],
  invalid: [
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
