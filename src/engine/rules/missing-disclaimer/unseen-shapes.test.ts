// Shapes found missing on fresh probe posts (written for this file): bios in lower case or with a
// pay band and a place, "The trust's" at the start of a sentence, "Own views." as a disclaimer,
// and opinions said as "X saves lives", "would free up beds", "unsung heroes", "can you blame them",
// "the NHS isn't perfect but I'd rather…", and health tips after a colon.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./views-own.js";

ruleTester(rule, {
  valid: [
    {
      text: "Hot take (my own, not my employer's): bedside handover every time.",
      profile: "Staff nurse, Farnworth General Hospital",
    },
    // No employer named: a job, a band, or "the hospital" alone.
    { text: "Bare below the elbows saves lives.", profile: "Band 6 nurse" },
    { text: "Bare below the elbows saves lives.", profile: "Nurse at the hospital" },
    { text: "Bare below the elbows saves lives.", profile: "hca at a children's hospital" },
    // "Own views" is a disclaimer.
    {
      text: "Cardiac rehab is the most underused service we have.",
      profile: "Cardiac physiologist, Papworth. Own views.",
    },
    // No opinion: news and questions.
    { text: "Lovely welcome for our new starters today.", profile: "hca @ lister hospital" },
    {
      text: "Does anyone know if bank shifts count towards pension?",
      profile: "Band 5, Stoke Mandeville",
    },
    // An imperative about something else in a post that mentions doctors is not health advice.
    {
      text: "Junior doctor strikes start tomorrow. Clinics will be affected, please check your letters.",
      profile: "Consultant, North Bristol NHS Trust",
    },
    // A town or county alone is where someone lives, not their employer.
    {
      text: "Honestly think 12.5 hour shifts should be scrapped.",
      profile: "Nurse 👩‍⚕️ | Liverpool | dog mum",
    },
    {
      text: "Honestly think 12.5 hour shifts should be scrapped.",
      profile: "Paramedic, Yorkshire",
    },
    // A verdict on something else, next to a work word, is not an opinion on work.
    {
      text: "Trains cancelled again, Northern is a joke. Going to be late for my shift.",
      profile: "HCA, Leeds General Infirmary",
    },
  ],
  invalid: [
    {
      text: "Day 3 of the new EPR at Holmbrook and I have never been so slow on a drug round. Whoever chose this should try a night shift.",
      errors: 1,
    },
    {
      text: "Best thing we ever did was the frailty team at Ashdown. Shorter stays for our patients every week. #TeamAshdown",
      errors: 1,
    },
    {
      text: "Occupational health at Brackenfield took nine weeks to see me after I hurt my back on shift. Nine weeks.",
      errors: 1,
    },
    {
      text: "Honestly believe the old discharge lounge worked better than the new one.",
      profile: "Ward clerk @ Tarnside Royal Infirmary",
      errors: 1,
    },
    {
      text: "If you've had any falls at home, mention them to your GP even if nothing is broken.",
      profile: "Falls physio, Aldermoor Community Hospital",
      errors: 1,
    },
    {
      text: "Hand hygiene saves lives. Wash them properly.",
      profile: "hca @ lister hospital",
      errors: 1,
    },
    {
      text: "They want more audits but won't give us the hours. Make it make sense.",
      profile: "Band 5, Stoke Mandeville",
      errors: 1,
    },
    { text: "The trust's idea of retention: a free pizza 🍕", errors: 1 },
    {
      text: "Weekend discharges would free up so many beds if pharmacy was open.",
      profile: "Physio at Musgrove",
      errors: 1,
    },
    {
      text: "Radiographers are the unsung heroes of the hospital, change my mind.",
      profile: "Radiographer, NHS Fife",
      errors: 1,
    },
    {
      text: "The NHS isn't perfect but I'd still rather work here than anywhere else.",
      errors: 1,
    },
    {
      text: "Night shift tip: eat a proper meal at 2am, not just biscuits.",
      profile: "Staff nurse, Ninewells",
      errors: 1,
    },
    {
      text: "Vaccines save lives. Get your booster if you're eligible.",
      profile: "Pharmacist, Whipps Cross Hospital",
      errors: 1,
    },
    {
      text: "Junior doctors are leaving in droves. Can you blame them?",
      profile: "Respiratory physio, Royal Brompton",
      errors: 1,
    },
    {
      text: "Paracetamol overdose is not a painless way out. Please talk to someone.",
      profile: "Liaison nurse, NHS Greater Glasgow and Clyde",
      errors: 1,
    },
    {
      text: "Wearing a mask when you've got a cold is just good manners.",
      profile: "Respiratory nurse, Glenfield Hospital",
      errors: 1,
    },
    {
      text: "Honestly physician associates have been a great addition to our team.",
      profile: "Consultant physician, Royal Bournemouth Hospital",
      errors: 1,
    },
    {
      text: "This hospital would fall apart without its porters.",
      profile: "Ward manager, Whittington Hospital",
      errors: 1,
    },
    {
      text: "Honestly think 12.5 hour shifts should be scrapped.",
      profile: "Paediatric nurse, Liverpool Women's",
      errors: 1,
    },
    {
      text: "Keep your kids off school if they've had D&V in the last 48 hours. Please.",
      profile: "Paediatric nurse, Sheffield Children's",
      errors: 1,
    },
    {
      text: "Pelvic floor exercises are for everyone, not just new mums. Start today.",
      profile: "Women's health physio, Royal Cornwall Hospitals",
      errors: 1,
    },
    {
      text: "I think the new appraisal form is much better than the old one.",
      profile: "Radiographer, Hinchingbrooke",
      errors: 1,
    },
    {
      text: "Can we stop calling it 'just a cold'? Flu puts hundreds of people in hospital.",
      profile: "Nurse at Musgrove Park",
      errors: 1,
    },
    {
      text: "None of them have a plan for social care. Depressing.",
      profile: "Social worker, Leeds Community Healthcare",
      errors: 1,
    },
    {
      text: "Honestly fuck the pay offer. 3% after the decade we've had.",
      profile: "Paramedic, West Midlands Ambulance Service",
      errors: 1,
    },
    {
      text: "If you're thinking about nursing, do it. Hardest and best job in the world.",
      profile: "Nurse, Royal Liverpool",
      errors: 1,
    },
  ],
});

// More shapes found missing on fresh batches (round 9 of 25 Nov, wording written for this file):
// "our Trust in years" names the employer; verdicts said as "the forgotten part of the NHS", "this
// is what good care looks like", "screening matters!", a bare "Great to see." after what the Trust
// did, "more of this please", "it's an X, not a Y", "no idea how we're meant to …"; a raised
// concern is about care even with only unit names (PICU, HDU); "post-nights" is work.
const profile = "Staff nurse, Millbrook General Hospital";

ruleTester(rule, {
  valid: [
    // Praise of something public, "transparency matters": the corpus reads these as no opinion.
    {
      text: "Good to see the Trust publish its waiting times every month. Transparency matters.",
      profile,
    },
    // A celebration with a positive verdict is still a celebration.
    { text: "Well done team! Great to see. Congratulations on the award 🎉", profile },
    // No employer named: "trust in" as confidence.
    { text: "Lost all trust in years of promises from politicians. Voting anyway." },
    // A question.
    {
      text: "Is the new e-rostering system the forgotten part of the upgrade?",
      profile: "Ward clerk",
    },
    // Not about work or health.
    { text: "It's a sprint, not a marathon. Training for the 10k!", profile: "Runner | Cat mum" },
  ],
  invalid: [
    {
      text: "Genuinely, the falls prevention team is the best service at our Trust in years.",
      errors: 1,
    },
    { text: "District nursing is still the forgotten part of community care.", profile, errors: 1 },
    {
      text: "Our stroke team got Mr X home in four days with rehab at home. This is what joined-up care looks like.",
      profile,
      errors: 1,
    },
    {
      text: "Over-forties health checks really matter! Ours found three new diabetics last week.",
      profile,
      errors: 1,
    },
    {
      text: "Our director of nursing did a night shift on the wards with us. Great to see.",
      profile,
      errors: 1,
    },
    {
      text: "Execs answering questions live on the intranet, no script. More of this, please.",
      profile,
      errors: 1,
    },
    {
      text: "Long waits for ADHD assessments again in the paper. It's a funding problem, not a demand problem.",
      profile,
      errors: 1,
    },
    {
      text: "Agency spend is up again on our unit. No idea how we're supposed to pay for it.",
      profile,
      errors: 1,
    },
    {
      text: "PICU again tonight with half of us off. Someone is going to get hurt.",
      profile: "Charge nurse, PICU, Riverside Health",
      errors: 1,
    },
  ],
});

// Round 10 of 25 Nov (wording written for this file): a university trust known by initials ending
// "UT" in the profile, and a new clinical system judged "miles better than the old one".
ruleTester(rule, {
  valid: [
    {
      text: "The new EPR is miles better than the old one. Big thanks to the team!",
      profile: "Nurse. Views my own.",
    },
    {
      text: "Honestly think handover should be at the bedside.",
      profile: "Nurse, SHOUT volunteer",
    },
    {
      text: "New phone is miles better than the old one 📱",
      profile: "Staff nurse, Darent Valley Hospital",
    },
  ],
  invalid: [
    {
      text: "We've had people sleeping on corridor trolleys every night this week. It is not safe.",
      profile: "Staff nurse, ESNEFUT",
      errors: 1,
    },
    {
      text: "The new EPR is loads quicker than the paper notes, handover takes half the time.",
      profile: "Ward sister, Milton Keynes University Hospital NHS FT",
      errors: 1,
    },
  ],
});

// Round 12: a patient's NHS number names no employer ("NHS no. 485…"), and "as somebody who has
// worked at <place>" places the author there as "I work at" does.
ruleTester(rule, {
  valid: [
    "Got a discharge letter today with nothing on it but 'NHS no. 485 777 3335, see notes'. Referrals like this are a waste of time.",
    "GP letter arrived reading 'NHS #485 777 3335 query UTI' and that was it. Handovers like this are not good enough.",
  ],
  invalid: [
    {
      text: "As somebody who has worked at Leighton for ten years, I think the new rota is a disaster for families.",
      errors: 1,
    },
    {
      text: "Speaking as one who works in Pinderfields, visiting hours should go back to being open all day.",
      errors: 1,
    },
  ],
});

// A region named with a compass point ("South Yorkshire", "West Midlands") says where the author
// lives or works in general, not who employs them; a trust so named still does.
ruleTester(rule, {
  valid: [
    {
      text: "The new e-rostering system is a disaster.",
      profile: "Community physio, West Midlands",
    },
    {
      text: "Bank holiday rotas are a joke this year.",
      profile: "Paramedic | North Wales | dog dad",
    },
  ],
  invalid: [
    {
      text: "The new e-rostering system is a disaster.",
      profile: "Community physio, West Midlands Ambulance Service",
      errors: 1,
    },
  ],
});

// "Best job in the world." ending a celebration is a cheer, not a judgement; said of the job as a
// claim ("X is the best job in the world") it is still one.
ruleTester(rule, {
  valid: [
    {
      text: "Twins delivered safely at 3am, mum and both babies doing great. Best job in the world 💙",
      profile: "Midwife, Royal Berkshire Hospital",
    },
  ],
  invalid: [
    {
      text: "Paediatric nursing is the best job in the world, whatever the pay.",
      profile: "Staff nurse, Alder Hey Children's Hospital",
      errors: 1,
    },
  ],
});

// Round 13: "my view and nobody else's", "my opinions alone" say the views are the author's own.
ruleTester(rule, {
  valid: [
    {
      text: "My opinion and no one else's: bedside handover should be compulsory on every ward.",
      profile: "Ward sister, Warrington Hospital",
    },
    {
      text: "Honestly think bedside handover should be compulsory on every ward. My thoughts alone.",
      profile: "Staff nurse, Royal Cornwall Hospitals NHS Trust",
    },
  ],
  invalid: [
    {
      text: "Nobody else does it but bedside handover should be compulsory on every ward.",
      profile: "Ward sister, Warrington Hospital",
      errors: 1,
    },
  ],
});

// Round 13: "as someone who's worked at <hospital>" places the author there; "I firmly believe",
// "I strongly feel" give a view; "no way to treat", "a disgraceful way to run" judge how work is run.
ruleTester(rule, {
  valid: [
    // Somebody who's worked there, without a view: news.
    "As someone who's worked at Kettering General for 15 years, today is my last shift 💙",
    // A view, but no employer named.
    "I firmly believe nurse-led discharge is the future for every ward.",
    {
      text: "What a way to spend a Sunday, 14 miles done!",
      profile: "Physio, Musgrove Park Hospital",
    },
  ],
  invalid: [
    {
      text: "Speaking as someone who's been working at Kettering General since 2009: get the shingles jab, it's worth it.",
      errors: 1,
    },
    {
      text: "I firmly believe nurse-led discharge is the future for every ward.",
      profile: "ED nurse, Musgrove Park Hospital",
      errors: 1,
    },
    {
      text: "Three porters covering the whole site tonight again. No way to run a hospital.",
      profile: "Porter, Musgrove Park Hospital",
      errors: 1,
    },
  ],
});
