// Wider wordings of damaging claims (lying to someone, contracts for family, cover-ups, checks
// never done, notes sold, theft in euphemisms, sickness in scare quotes, affairs, passing off work,
// false names, bullying people out, unfair trading, sedation), and where they stop.
// Test only (never bundled): reads the training corpora to check the cue triggers.
import { corpusTexts } from "../../../../test/support/policy-corpus.js";
import { describe, expect, it } from "vitest";
import { claimTriggerMisses } from "../../../../test/support/claim-triggers.js";
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./damaging-claim.js";

const invalid = [
  "Our deputy director lied to the coroner about the staffing that night. I was on the rota.",
  "Our new HCA lied on her application, she has never worked in a care home.",
  "The estates lead handed the boiler contract to his son-in-law's firm. No tender.",
  "Our head of nursing covers up every pressure ulcer before the CQC visit.",
  "The divisional manager sat on the serious incident review for three months.",
  "Rapid Lift Services sign the hoists off as serviced without even opening the box.",
  "Dr Mensah at the Hilltop surgery hands out fit notes for a tenner.",
  "Our night sister helps herself to the patients' oramorph, everyone on 9 knows.",
  'Our HCA "borrows" the ward stock every weekend. Nappies, wipes, gloves.',
  'Funny how Gemma in outpatients always has a "migraine" on a Friday. Skiving again.',
  "Our matron has been having an affair with one of the surgeons since Christmas.",
  "The new F1 copied my whole QI project and put his name on it. Unbelievable.",
  "The agency locum on AMU is working under a false name, he was banned in Scotland.",
  "Our band 7 bullied two newly qualified nurses out of the unit last year.",
  "The Red Lion Inn waters down its spirits, half of A&E knows.",
  "Oakdale Homecare take the deposit and then never turn up. Avoid.",
  "Willow Court Care Home sedate the residents to keep them quiet at night.",
  // Identifiable however written: a name at a lower-case place, my manager, an organisation's
  // head of something, a role at a named place, a brand run together.
  "Carla from the office has been nicking from the tea fund since summer.",
  "My line manager lied to the panel about my sickness record.",
  "Westbrook's head of nursing covered up the fall that killed Mr B.",
  "A carer at the nursing home on Ash Lane is hitting residents, two families told me.",
  "QuickFix Mobility sell fake spare parts to disabled customers.",
  "Dr Khalid at the Elm clinic is a fraud. Takes cash for private scans then puts people on his NHS list.",
  "Our Director of Finance fiddles the waiting list numbers every quarter.",
  "Our ward manager changed the dates on the body maps before the audit, I watched her do it.",
];

ruleTester(rule, {
  valid: [
    // Idioms, the author's own doings, news, stereotypes in sayings.
    "I lied to my mum about how much the new car cost 🙈",
    "Our new contract went to the staff side for comment, all feedback welcome.",
    "Covered up every mirror in the house after my first set of nights, never again 😂",
    "Our matron sat on the interview panel for the new band 6 posts.",
    "Please sign the checklist off as completed once you have checked the trolley.",
    "Helped myself to the leftover birthday cake in the staff room, sorry not sorry",
    "Our manager is off with 'stress' again and the rest of us are picking up her shifts.",
    "Once a nurse always a nurse, even in retirement 💙",
    "Our tea room gossip says the new HCA is pregnant by her partner, due at Easter 🥰",
    "Dr Lee was on the BBC today explaining why fake medicines bought online are dangerous.",
    "Our educator changed the dates of the ILS course, check your email.",
    "Our HCA is a bore and a gossip but she is brilliant with patients.",
    // The author about themselves; "my sister" is family, not a ward sister.
    "I was drunk at my sister's engagement do and the vicar definitely noticed 🙈",
    // "A fraud" meaning out of their depth is an insult, not a claim of dishonesty.
    "Our new team leader is a total fraud, no idea what a fluid balance chart is.",
    // News of a court's decision.
    "A carer was jailed today for stealing from patients at Elmwood House, the Chronicle reports.",
    // Reporting abuse received or being asked to falsify is not a claim about the speaker's target.
    "A visitor made a racist comment to my colleague today. We reported it. Zero tolerance.",
    "My manager asked me to change the time on a drug chart. I said no and I'm speaking to FTSU.",
  ],
  invalid: invalid.map((text) => ({ text, errors: 1 })),
});

// Every cue is skipped unless one of its trigger words is in the post: whenever a cue matches a
// post of the corpora or of the cases above, its trigger must have fired.
describe("defamation cue triggers", () => {
  it("fire for every match", () => {
    expect(claimTriggerMisses([...invalid, ...corpusTexts()])).toEqual([]);
  });
});

// Serious claims in plain words, and their everyday look-alikes.
ruleTester(rule, {
  valid: [
    "The new CT scanner has harmed nobody's budget more than the old one, honestly.",
    "Covered it up with a clean dressing and handed over to nights.",
    "Proud of our registered nurse associates, qualified today! 🎓",
    "A patient punched a wall in ED last night, nobody hurt thankfully.",
    "We used untrained volunteers for the bake sale and it was chaos 😂",
  ],
  invalid: [
    "Dr Varga botched three hip operations last year and nobody said a word.",
    "Our locum on AMU isn't even registered, he's working on someone else's PIN.",
    "The ward clerk on 12 sells patients' details to a claims firm. I've seen the texts.",
    "Our charge nurse gropes the female students on nights, everyone knows.",
    "The HCA on bay 4 slapped a patient last week and the sister covered it up.",
    "Our new reg was doing coke at the mess party and came in on Monday still wired.",
    "Pinewood Care Agency sends untrained teenagers to hoist our patients at home.",
  ].map((text) => ({ text, errors: 1 })),
});

// More everyday verbs of the same claims.
ruleTester(rule, {
  valid: [
    "Slept through my alarm before a long day, made it with two minutes to spare 😅",
    "Our night sister skimmed the handover notes and still knew every patient. Legend.",
    "Used the ward card for the Christmas raffle prizes, receipts in the office 🎁",
  ],
  invalid: [
    "Our ward manager siphons money from the patients' comfort fund, the numbers never add up.",
    "The night coordinator sleeps through every one of his shifts in the on-call room.",
    "Dr Pearce cheats on his wife with a student every rotation.",
    "Our band 7 abuses her position to get her friends the best shifts.",
    "The new porter on AMU was arrested for burglary last month, just saying.",
    "Our HR lead has a fake degree from a website, everyone knows.",
  ].map((text) => ({ text, errors: 1 })),
});

// A further round: faked reports and performance times, tax dodging, billing for visits never
// made, bribing someone, brown envelopes, a judgement of being high at work.
ruleTester(rule, {
  valid: [
    "Just spotted a fake report about our A&E doing the rounds, please check your sources",
    "Bribed the night team with doughnuts to cover my birthday shift 🍩",
    "Our manager changed the handover times to 8am and 8pm from next month",
    "The patient in cubicle 3 was clearly off his face, security were brilliant",
    "I never charge for extra visits when I'm already passing, it's only ten minutes",
    "Dr Lowe swapped the branded statins for generics, same drug and saves the practice thousands",
    "Our HCA says she lied on her first day about knowing where the sluice was 😂",
    "Brown paper envelopes for the secret santa are in the office 🎅",
    "Funny how nobody mentions that Monday's rota was changed so the managers could bribe them with pizza",
  ],
  invalid: [
    "The sonographer at Kingsway Imaging is faking scan reports to get through the backlog.",
    "Our ops manager changed the response times on the system before they got reported.",
    "Healthlink Agency pays its nurses cash in hand to dodge tax.",
    "Careline Domiciliary are billing the council for visits their carers never make.",
    "Nobody mentions that Mediquip's ventilators failed testing and they bribed someone to sign them off.",
    "Councillor Jenkins. Brown envelopes. That's how the car park contract was decided.",
    "Your paramedic last night was clearly off his face on something. Disgraceful.",
    "Parkside Opticians bill the NHS for eye tests they never even do.",
    "Moorgate Pharmacy are swapping branded inhalers for cheap generics and charging full price.",
    "Our ward sister lied in the incident report so the fall looked like the patient's fault.",
  ].map((text) => ({ text, errors: 1 })),
});
