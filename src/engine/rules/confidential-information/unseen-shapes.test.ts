// Shapes found missing on fresh batches (round 9 of 25 Nov), in wording written for this file: the
// author has seen a supplier's commercial paper; controlled drugs unaccounted for and incident
// figures off the Trust's reporting system; told at an internal meeting, comms still "working on
// the messaging", and the Trust's public line contradicted from inside.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import finances from "./internal-finances.js";
import incidents from "./internal-incidents.js";
import notPublicYet from "./not-public-yet.js";

ruleTester(finances, {
  valid: [
    "I've read the contract for my new job twice and still don't understand the pension bit",
    "Read the contract for the new flat, the landlord wants three months up front",
    "Have you seen the price list for the new canteen? Coffee is cheaper!",
  ],
  invalid: [
    {
      text: "The locum agency charges us £95 an hour for a reg. I've seen the invoice. Madness.",
      errors: 1,
    },
    {
      text: "We've seen the contract: the agency gets double what our own bank staff do per shift",
      errors: 1,
    },
  ],
});

ruleTester(incidents, {
  valid: [
    "Top tip: if the CD count doesn't match, stop and escalate before you sign anything.",
    "Datix training next Tuesday in the education centre, sign up on the intranet",
    "Found 3 vials of insulin in my fridge at home past their date, binned them",
  ],
  invalid: [
    { text: "Our CD book came out short again this week and nobody has a clue why.", errors: 1 },
    { text: "Five ampoules of fentanyl unaccounted for on nights. Fun handover.", errors: 1 },
    {
      text: "Falls on our ward doubled this year, per the Datix figures the matron showed us.",
      errors: 1,
    },
  ],
});

ruleTester(notPublicYet, {
  valid: [
    "We were told at the staff meeting that the Christmas party is at the Crown this year 🎄",
    "Comms are working on the messaging for the flu campaign launch, which goes out on Monday on the website",
    "My car isn't broken like the garage said, it just needed a new battery",
  ],
  invalid: [
    {
      text: "Paediatric ward closing over winter, we got told at the divisional meeting this morning. Keep your eyes peeled.",
      errors: 1,
    },
    {
      text: "The day surgery unit is merging with the General in spring. Comms are still drafting the statement.",
      errors: 1,
    },
    {
      text: "The minor injuries unit isn't shut for staff training as the Trust claims, it's closing for good.",
      errors: 1,
    },
    {
      text: "Capital funding has been pulled for the new hospital, heard it at the senior leadership huddle today. We were told at the senior leadership huddle not to worry.",
      errors: 1,
    },
  ],
});

// Round 10 of 25 Nov (wording written for this file): staff suspended in numbers, patient records
// that went to the wrong place, a report marked restricted, "you weren't meant to know that",
// "all I'll say is", a service moved, a ward turned into offices, staff parking going up.
ruleTester(incidents, {
  valid: [
    "IG reminder: always double-check the address before you email anything, it's the commonest slip.",
    "Three players suspended after the derby, what a game 😂",
    "My parcel got sent to the wrong address again, third time this year.",
  ],
  invalid: [
    {
      text: "Nine porters suspended over the overtime claims on our site. Nobody's saying much.",
      errors: 1,
    },
    {
      text: "The clinic letters were posted to the wrong addresses, over two hundred of them. Governance are on it.",
      errors: 1,
    },
  ],
});

ruleTester(notPublicYet, {
  valid: [
    "The report on staff wellbeing is out and marked as a must-read by our matron!",
    "Weren't meant to know about the surprise party for Bev but someone blabbed 🎉",
    "All I'll say is: that lasagne in the canteen today was unreal.",
  ],
  invalid: [
    {
      text: "The internal audit on the stroke pathway is stamped confidential but it's damning. Read between the lines.",
      errors: 1,
    },
    {
      text: "Car parking charges rising to £6 a day from June. Oops, you weren't supposed to know that.",
      errors: 1,
    },
    {
      text: "Sat in on the execs' away day and all I can say is: anyone in outpatients, start looking around.",
      errors: 1,
    },
    {
      text: "Relocating the paediatric ward to the east site in spring, keep it between us.",
      errors: 1,
    },
    {
      text: "Day unit is getting turned into offices after Easter 🤫",
      errors: 1,
    },
  ],
});

// Round 12: money spent on something everyone can see, set against what staff lack, is a
// grievance about priorities; what a supplier was paid for a service is still internal.
ruleTester(finances, {
  valid: [
    "Management spent £25k on new signage for the main entrance and the sluice on Ward 4 still floods. Priorities.",
    "Lovely that the Trust is spending £18,000 on a rebrand while the discharge lounge has no heating",
  ],
  invalid: [
    {
      text: "Management spent £25k on an agency to cover nights on Ward 4 last month and never told the bank staff",
      errors: 1,
    },
  ],
});

// Round 12: 🤫 or 🤐 after passing a journalist to the communications team is keeping quiet as
// the policy asks; a secret told after the referral still counts.
ruleTester(notPublicYet, {
  valid: [
    "The Express rang the ward about the closure rumours. Sent them straight to the press office as we're meant to 🤫",
  ],
  invalid: [
    {
      text: "Passed the reporter on to comms like a good girl, but between us the birth centre is closing in June",
      errors: 1,
    },
  ],
});

// Round 13: a serious incident counted by its ordinal ("the fourth serious incident"), incidents or
// near misses counted on the author's unit, and an overdose given ("drew up ten times the
// heparin"); falls counted on a ward, and a dose doubled on a prescription as care, are not.
ruleTester(incidents, {
  valid: [
    "We had 6 falls on the ward this month, the falls team are on it",
    "Consultant doubled the dose of her inhaler and she's breathing much easier, lovely to see",
    "Study day on incident reporting: three near misses on a training ward scenario, great learning",
  ],
  invalid: [
    {
      text: "That's the fourth serious incident on the acute medical unit since Easter and nobody's saying a word.",
      errors: 1,
    },
    {
      text: "Three near misses on our ward last week with the new smart pumps. Not great.",
      errors: 1,
    },
    {
      text: "Guess which locum drew up ten times the heparin on Friday night 🙃 caught it just in time",
      errors: 1,
    },
  ],
});
