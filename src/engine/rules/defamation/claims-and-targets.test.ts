// Claims found missing on fresh probe posts: fake qualifications, figures made to look better,
// medicines handed out without a prescription, a decision taken for a relative's profit, patients
// sent away because someone "can't be bothered", harm caused by someone's mistakes, drunk on
// arrival in everyday words, a named public body, "a certain consultant" — and where they stop.
import { describe, expect, it } from "vitest";
import { claimTriggerMisses } from "../../../../test/support/claim-triggers.js";
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

const invalid = [
  "Our deputy ward manager doesn't even have a proper nursing degree, everyone knows.",
  "The new practice nurse at Elm Lodge has a degree she bought online from a dodgy website.",
  "Dr Hollis's qualifications are all bogus, he was never a surgeon in Lagos.",
  "Westmoor trust keep shifting deaths into other categories so their mortality figures look better.",
  "Parkview Surgery have been striking elderly patients off their list to hit their targets.",
  "Our finance director massages the waiting list figures every month before the board.",
  "Lakeside Pharmacy hands out diazepam without a prescription if you're a regular.",
  "Our clinical director writes prescriptions for his wife and her mates, we've all seen them.",
  "Cllr Barker only voted for the new car park because his brother-in-law owns the building firm.",
  "The reg on AMU sends patients home at 3am cos he can't be bothered to clerk them.",
  "Dr Quinn has blood on his hands after what happened on ward 6.",
  "Our matron's mistakes have killed two patients this year and she is still in post.",
  "The charge nurse on nights rocks up to handover still hungover most weeks.",
  "Staff nurse Lyons reeks of booze on every late shift she works.",
  "Our radiographer is a known groper, the students all warn each other.",
  "Not naming names but a certain consultant in cardiology pockets the fees from his private list.",
  "The receptionist at the Elm Tree surgery sells patient info to claims firms.",
];

ruleTester(rule, {
  valid: [
    // Everyday look-alikes: buying things online, figures that look better for good reasons,
    // prescriptions in the ordinary course of work, relatives who run things, worries.
    "Our new ward manager bought her uniform online and it is far too big 😂",
    "Our new clinical lead has a degree in nursing and a masters in leadership. Lucky us!",
    "The new rota software makes our staffing figures look better on paper, but we still need nurses.",
    "Make sure your patients have a prescription before discharge, pharmacy are swamped.",
    "I'm so proud of my brother, he owns a bakery now and the bread is unreal.",
    "My mistakes cost me a whole evening of charting, never again.",
    "A colleague on our unit keeps turning up smelling of drink and nobody in charge will do anything. I'm scared for the patients.",
    "Rolled up to my own leaving do still smelling of theatre scrub, classy.",
    "Westmoor trust is recruiting 40 nurses this spring, come and join us!",
    "Turns out a certain consultant in cardiology makes the best brownies on the unit 🍫",
  ],
  invalid: invalid.map((text) => ({ text, errors: 1 })),
});

describe("claim cue triggers", () => {
  it("fire for every match", () => {
    expect(claimTriggerMisses(invalid)).toEqual([]);
  });
});

// Second batch: things gone missing after someone was there, complaints of a kind that accuse,
// staff sent in with no training, references fudged.
ruleTester(rule, {
  valid: [
    "My purse went missing on the bus, Arriva lost property were brilliant and found it",
    "We had two complaints about the car park this week, estates are looking at the signs",
    "Our new starters spend a week with no patients, just training. Best induction yet",
    "Fudged my way through the quiz at the Christmas do, our team still won 😂",
    "Our private patients unit gets all the referrals for knee replacements now, the NHS list moved to Elmfield",
  ],
  invalid: [
    "Avoid Sparkle Cleaning in Hove, they did my mum's flat and her rings were missing by teatime",
    "Dr Reeve in urology has had 4 complaints about inappropriate touching and is still doing clinics",
    "Homestead Care send carers into people's homes with no DBS checks half the time",
    "The new deputy director at Highfield fudged her references to get the job, everyone knows",
    "Funny how Dr Shah's private practice gets all the referrals from the clinic he runs for the trust",
  ].map((text) => ({ text, errors: 1 })),
});

// Third batch: preying on people, hiding something by not recording it, the wrong meds to half the
// patients, treating a group of patients like dirt, sickness excuses in scare quotes (plural).
ruleTester(rule, {
  valid: [
    "Scammers prey on the elderly, remind your patients the NHS never asks for bank details",
    "I hid the biscuits by not telling anyone where they were 😂",
    "Got the wrong end of the stick at handover, sorry night team!",
    "We treat all our patients the same, whoever they are. That's the NHS.",
  ],
  invalid: [
    "Avoid Brightview Windows, they prey on pensioners with fake discounts and hidden fees",
    "Our lead surgeon Mr Kaye hides his complications by not recording them on the system",
    "MedExpress pharmacy sends the wrong meds to half their care homes every month",
    "The charge nurse on AMU treats her black patients like dirt, we all see it",
    "The practice manager at Greenhill has had three 'family emergencies' this month, all on Fridays",
  ].map((text) => ({ text, errors: 1 })),
});

// Shapes the learned rule alone used to catch, as rules: dismissed or suspended for misconduct,
// convictions in everyday words, a relative's company put on a list, out-of-date food, private
// rates for NHS patients, results signed off unread, money from firms and then a vote, "crooks the
// lot of them", things "lost" in scare quotes, caught in the act, smoking weed, high as a kite,
// shares in the firm, hiding the bruises, a record forged for someone.
ruleTester(rule, {
  valid: [
    "Caught the sunrise on my way home from nights, absolutely stunning 🌅",
    "Mum was high as a kite on the oramorph after her op, bless her 😂",
    "Our pension fund holds shares in the big supermarkets apparently, who knew",
    "Use-by dates matter: please don't use out of date dressings, check the packet",
    "Got my hair done for the ball, the hairdresser hid the grey brilliantly 😂",
  ],
  invalid: [
    "Our new band 7 was dismissed from her last post for falsifying competencies",
    "The paramedic at Westgate station was done for drug driving last year and still drives the ambulance",
    "Our finance lead got his brother's firm onto the approved supplier list without a tender",
    "The Copper Pot café on the high street serves out of date sandwiches every Monday",
    "Greenway Dental keep charging NHS patients private rates for check-ups",
    "The reg signs off scans he never even opened, everyone in radiology knows",
    "Our MP takes donations from private providers and then votes against NHS funding every time",
    "Don't use Swift Plumbing, crooks the lot of them",
    "Funny how our practice manager keeps 'losing' the complaints about her husband",
    "The night porter on AMU was caught selling scrubs on eBay",
    "Our new deputy manager spends his breaks smoking weed behind the mortuary",
    "The locum who saw my dad was high as a kite, slurring his words",
    "The GP who signs the death certificates also owns shares in the funeral firm",
    "The HCA on 7 hid the bruises on Mrs B's arm before her daughter visited",
    "The practice nurse at Elm Road forged my son's vaccination record",
  ].map((text) => ({ text, errors: 1 })),
});

// More of them: prescribing for oneself, a relative's firm that won the contract, a seat on the
// contractor's board, drugging residents, shredded reports, stories leaked to the paper, exposing
// oneself, someone paid to sit an exam.
ruleTester(rule, {
  valid: [
    "Our chair sits on the board of the hospital charity, brilliant fundraiser",
    "My husband owns the bakery that won best pasty in Cornwall 🥧 so proud",
    "Shredded the old rota printouts, confidential waste bins are by the lifts",
    "Studying for my exams, paid someone to mind the kids for the weekend",
  ],
  invalid: [
    "Dr Rowe at the Ash Lane surgery is prescribing himself codeine, the pharmacist told me",
    "Everyone knows the trust chair's wife owns the firm that won the car park contract",
    "Interesting that our chief exec sits on the board of the company building the new wing",
    "Maple Lodge care home drug their residents at teatime so the night shift is quiet",
    "Our head of governance shredded the reports before the inquest",
    "The ward manager on 9 is leaking patient stories to the Gazette",
    "The porter on nights at St Mary's exposed himself to a student in the car park",
    "Dr Lane's mum paid someone to sit his finals for him, everyone at med school knew",
  ].map((text) => ({ text, errors: 1 })),
});
