import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./internal-finances.js";

ruleTester(rule, {
  valid: [
    "We raised £12,000 for the hospice this year!!",
    "£2.5bn NHS funding announced by the government today",
    "£60 a month to park at work, daylight robbery",
    "Our new MRI scanner is in use, full details in the press release",
    "Christmas do is £35 a head, pay Leanne by Friday",
    "Saving up £15k for a house deposit, wish me luck",
    "Does anyone know who has the contract for the vending machines? Mine ate my £1",
  ],
  invalid: [
    {
      text: "Ward 4 spent £85k on agency nurses in March alone",
      errors: [{ excerpt: "Ward 4 spent £85k on agency nurses in March alone" }],
    },
    { text: "We're £6.3m behind on the savings plan and it's only October", errors: 1 },
    { text: "The catering contract went to the cheapest bidder again, shocking", errors: 1 },
    {
      text: "Found out the new cleaning contract is worth £4.2 million over three years",
      errors: 1,
    },
    {
      text: "Finance meeting today. Overspend for the division: £1,250,000. Yikes",
      name: "figure after the finance word",
      errors: 1,
    },
  ],
});
