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

// Round 13: rehab for drink or drugs (not the rehab ward); used kit charged as new; someone gone
// just after a count came up short; a contract won by a company a manager's relative owns; a named
// practice's doctors said never to examine anyone; figures said to be fudged, with the author's
// Trust named before the claim.
ruleTester(rule, {
  valid: [
    "He's in rehab on Ward 9 after his hip op, doing great with the physios 💪",
    "Our estates team fitted refurbished beds on Fern Ward and saved the Trust a fortune. Good call!",
    "Dr Ellery left the practice after the budget came up short and the clinic was cut.",
    "Someone keeps nicking the milk from the staff fridge, the Trust should put a lock on it 🙄",
  ],
  invalid: [
    {
      text: "@mo_porter1 he's not 'off with stress', he's back in rehab for the coke. everyone on nights knows",
      errors: 1,
    },
    {
      text: "Brightline Medical sold us reconditioned infusion pumps and invoiced the Trust for brand new ones.",
      errors: 1,
    },
    {
      text: "Funny how Glenda Marsh handed in her notice the week after the petty cash came up short at Ashgrove. Say no more.",
      errors: 1,
    },
    {
      text: "The cleaning firm that landed the domestic services contract at Kingsmead is owned by the finance director's brother-in-law.",
      errors: 1,
    },
    {
      text: "Avoid Hollybank Surgery, their doctors never examine anyone, just antibiotics over the phone.",
      errors: 1,
    },
    {
      text: "This trust is hiding things: the mortality numbers that go to the CQC are being fudged every quarter.",
      errors: 1,
    },
  ],
});
