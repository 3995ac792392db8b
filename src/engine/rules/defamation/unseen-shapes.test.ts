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

// Round 13: a work of fiction said to be one (a novel's chapter, a TV drama "it's fictional") puts
// the claim in a character's mouth; figures called "fiction" are still a claim.
ruleTester(rule, {
  valid: [
    "Chapter two of the short story I'm writing is up: Sister Okafor on Ward 3 has been stealing the oramorph for months 😬 totally fictional, don't @ me",
    "Just binged that Channel 5 series where the surgeon takes bribes to bump private patients up the list. Fiction obviously but gripping",
  ],
  invalid: [
    {
      text: "Dr Fenwick is stealing from the drugs cupboard and the episode of Casualty on Saturday was tamer than what goes on here.",
      errors: 1,
    },
    {
      text: "Pemberton Healthcare's waiting list numbers are fiction, they falsified the data to win the contract.",
      errors: 1,
    },
  ],
});
