import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./phishing-links.js";

ruleTester(rule, {
  valid: [
    "Lovely to see the new garden. More info at www.nhs.uk/mental-health",
    "Read our story here bit.ly/ourgarden",
    "Is the walk-in centre at example.org open on Sundays?",
    "Thank you! ok . so when is the next open day?",
    "Great video, found it on https://www.youtube.com/watch?v=abc123",
    {
      text: "Renew your permit now at staffparking-nhs.co.uk",
      direction: "outbound",
      name: "outbound posts are not checked",
    },
  ],
  invalid: [
    {
      text: "Your account will be suspended in 24 hours. Verify now: www.facebook-security-check.com/verify",
      errors: [{ excerpt: "www.facebook-security-check.com/verify", message: /imitates/ }],
    },
    {
      text: "Claim your free NHS staff discount card today! tinyurl.com/nhsdiscount22",
      errors: [{ excerpt: "tinyurl.com/nhsdiscount22" }],
    },
    {
      text: "Your parcel could not be delivered. Reschedule now at royalmail-redelivery.info",
      errors: [{ excerpt: "royalmail-redelivery.info" }],
    },
    {
      text: "Payroll update: confirm your bank details by Friday at payroll - nhs . org . uk / staff",
      name: "a link spaced out to dodge filters",
      errors: [{ excerpt: "payroll - nhs . org . uk / staff", message: /spaced out/ }],
    },
    {
      text: "Your page has breached our rules. Appeal within 12 hours: https://facebооk-review.com/appeal",
      name: "Cyrillic look-alike letters",
      errors: [{ message: /look-alike letters/ }],
    },
    { text: "Sign in to view your secure document: secure-docs-login.net/view", errors: 1 },
  ],
});
