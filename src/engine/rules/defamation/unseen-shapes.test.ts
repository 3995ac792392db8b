// Defamation shapes from round 12's fresh batches (written for this file, not taken from any
// evaluation set): violence at home said by idiom ("knocked her about"), about someone picked
// out by the named business they run; told as what a colleague suffers, it is her private life.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

ruleTester(rule, {
  valid: [
    "Poor Tash from outpatients, her fella has been knocking her about again and she still won't leave",
  ],
  invalid: [
    {
      text: "The chap who owns the Harbour Lights cafe in Whitby? Everyone in town knows he knocks his missus about.",
      errors: 1,
    },
    {
      text: "Smiling for the paper like butter wouldn't melt, the bloke who runs the Station Road garage. Batters his wife, ask anyone.",
      errors: 1,
    },
  ],
});
