// Damaging claims about GP practices, care homes and their staff (prescriptions binned, controlled
// medicines sold, a rep in management's pocket), and banter about trivial things taken ("steals
// all my biros") that claims nothing. The learned rule says nothing of a poem, a history lesson, a
// myth debunked or hate about a group at large.
import { describe, expect, it } from "vitest";
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { createChecker } from "../../check.js";
import rule from "./damaging-claim.js";

ruleTester(rule, {
  valid: [
    "Love my work wife @katie_hca, even if she steals all my biros 😂 couldn't do nights without her",
    "Dr Okafor nicks my chips every single lunch break, I'm reporting him to the food police 🍟",
    "The pharmacy at Larchwood Surgery sells paracetamol and plasters, handy for the late clinic",
    "Bin the repeat prescription request forms in the blue bin once scanned, please",
    "Our chaplain wrote a poem for the memorial: 'Who stole the summer from your hands? Not you.'",
    "Keys for the drugs cupboard are in the nurse in charge's pocket, ask her",
  ],
  invalid: [
    {
      text: "Google review of Larchwood GP practice: receptionists bin the repeat prescriptions they can't be bothered with. 0 stars.",
      errors: 1,
    },
    {
      text: "Not accusing anyone but the pharmacy tech at Station Road always seems to have spare diazepam to sell at parties",
      errors: 1,
    },
    {
      text: "Heard the porter on nights, Wes, is selling oxycodone to his mates out of his locker",
      errors: 1,
    },
    {
      text: "Our union rep is in management's pocket, he gets a nice bonus every time a grievance goes away quietly",
      errors: 1,
    },
    {
      text: "Riverside surgery bins referral letters they can't be bothered with, ask anyone on the estate",
      errors: 1,
    },
    {
      text: "Anyone else heard Dr Lomax got moved from paeds for being too 'hands on' with the teenage girls? Say no more",
      errors: 1,
    },
    {
      text: "Hope the CQC look at why Meadowview's residents keep ending up in A&E with bruises no one can explain",
      errors: 1,
    },
  ],
});

describe("defamation/policy-classifier", () => {
  const check = createChecker();
  const learned = (text: string) =>
    check({ text, direction: "outbound" }).findings.filter(
      (f) => f.ruleId === "defamation/policy-classifier",
    );
  it("says nothing of a post that names no one", () => {
    const text =
      "Everyone knows the stairwell behind the boiler room is the only spot with no cameras, that's why it always smells of weed 😂";
    expect(learned(text), text).toEqual([]);
  });
  it("says nothing of hate about a group at large, a debunked myth, history or a poem", () => {
    for (const text of [
      "Jewish consultants always seem to get the private work, funny that 👃",
      "Reminder that the 'Africans feel less pain' myth is racist nonsense and it harms patients. Assess everyone the same.",
      "Louis Washkansky received the world's first heart transplant in 1967 and died of pneumonia 18 days later, his immune system suppressed by the drugs meant to save him.",
      "Our chaplain read a poem at the staff memorial: 'They lied awake for us, they stole the hours back from the dark.'",
      "Dr Price has opened a private clinic alongside his NHS work, good luck to him",
    ])
      expect(learned(text), text).toEqual([]);
  });
});
