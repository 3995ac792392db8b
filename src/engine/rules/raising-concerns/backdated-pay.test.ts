// Backdated pay is money owed, not falsified records: a payslip note is no concern. Backdating a
// record still is.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    "Pay award letters are out, the backdated amount lands in the December payslip.",
    "Check your payslip this month: the backdated sum for April to August should be there.",
  ],
  invalid: [
    {
      text: "We were told to backdate the fluid charts before the audit so nobody would notice the gaps.",
      errors: 1,
    },
  ],
});
