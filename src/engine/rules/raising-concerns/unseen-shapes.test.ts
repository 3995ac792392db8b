// Concern shapes found missing on fresh probe posts (written for this file, not taken from any
// evaluation set): staff short every night, no doctor for a stretch of hours, signing for a check
// not witnessed, care that "is not care", supplies run out across wards, areas without call bells.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./concern-on-social-media.js";

ruleTester(rule, {
  valid: [
    // A typo on the board fixed before the consultant sees it is no risk to anyone.
    "the whiteboard says bay 4 instead of bay 6 again, someone fix it before the ward round 🙃",
    "Running short on time this morning, grabbing a meal deal on the way in.",
    "Bay 2 now has new call bells fitted, thank you estates!",
    "We're short of mince pies for the Christmas do, can someone bring more?",
    "Working from home is the new normal for our admin team and it suits us.",
    "Good to see the escalation area closed again now winter's eased.",
    "Asked to sign the birthday card for Sue, it's in the staff room.",
    "Care is not a commodity, it's a relationship. Lovely talk at the conference.",
    "The team has been running on caffeine and biscuits all week 😂",
    "One day away from my holiday and I can taste the sangria.",
    "My toddler shouted at the telly for the whole match 😂",
    "Short of 3 players for five-a-side tonight, anyone free?",
    "The coffee machine hasn't been fixed for a week, send help ☕",
    "Our vaccination rate has gone up again this year, brilliant work team!",
    "Left the kids on their own for ten minutes and they redecorated the lounge 😂",
    "Finally cleared my email backlog of 400 before annual leave!",
    "Two nurses on the ward won the Christmas quiz! 🎄",
  ],
  invalid: [
    // A risk put to readers to act on, or asked whether it is normal.
    {
      text: "Visitor Wi-Fi lets you see the pathology printers from a personal phone, someone should really look into that",
      errors: 1,
    },
    {
      text: "is it normal for a student to give the IV antibiotics on their own?? happens every weekend on my placement",
      errors: 1,
    },
    {
      text: "Third assault on a porter this month on the mental health unit. When will the Trust take this seriously?",
      errors: 1,
    },
    { text: "So one HCA can cover 28 beds on the dementia unit overnight now? Fine.", errors: 1 },
    {
      text: "Hospice at home is down to two nurses for the whole district. People are dying in A&E corridors instead of at home.",
      errors: 1,
    },
    {
      text: "Most nights I'm the only nurse on the ward trained in tracheostomy care. If I'm on a break nobody can manage one.",
      errors: 1,
    },
    {
      text: "We've been running short every night for a month on the stroke unit.",
      errors: 1,
    },
    {
      text: "No doctor on the ward from 10pm to 8am last night, we just had to cope.",
      errors: 1,
    },
    {
      text: "Got asked again to sign the fridge check for a day I didn't witness. Refused.",
      errors: 1,
    },
    { text: "Corridor care is not care. We've normalised it and we shouldn't have.", errors: 1 },
    {
      text: "Sharps bins ran out on two wards so we're borrowing from theatres again.",
      errors: 1,
    },
    {
      text: "Patients put in the overflow area overnight, which has no call bells at all.",
      errors: 1,
    },
    {
      text: "Our unit has been running on 60% of its nurse establishment since spring.",
      errors: 1,
    },
    {
      text: "Honestly we are one bad night away from a serious incident. Nobody listens.",
      errors: 1,
    },
    { text: "Short of 3 nurses again tonight. 26 patients, 2 nurses.", errors: 1 },
    {
      text: "Saw an HCA shout at a patient with dementia twice now and nothing is done.",
      errors: 1,
    },
    { text: "Two of our crews were assaulted this week. Police never turned up.", errors: 1 },
    {
      text: "The defib on our ward failed its check and hasn't been replaced for a fortnight.",
      errors: 1,
    },
    { text: "Bank holiday = double the falls, half the staff. Every year.", errors: 1 },
    {
      text: "A colleague was told to sign the CD register for a dose she never saw given.",
      errors: 1,
    },
    {
      text: "Cleaning hours on our ward were cut and the C diff rate has gone up. Not a coincidence.",
      errors: 1,
    },
    {
      text: "Student nurses on my placement were left running a bay of 8 on their own.",
      errors: 1,
    },
    {
      text: "Labs running a 5 day backlog on urgent histology. That's cancers waiting.",
      errors: 1,
    },
    {
      text: "ED tonight: 6 ambulances queued, 2 nurses in majors and a consultant on the phone from home.",
      errors: 1,
    },
  ],
});

// More concern shapes found missing on fresh batches (round 9 of 25 Nov, wording written for this
// file): a patient named by title waiting a span of time, waits with the number in words, medically
// fit and still in a bed, harm said to be preventable, a care scandal "all over again", help slow
// to come, kit out since a month and jobs logged, a patient moved without their oxygen, nobody
// examining them, too few staff to run a unit, controlled drugs unaccounted for, a junior
// scapegoated, staff afraid of a colleague and "managers know", lists overbooked and patients
// cancelled.
ruleTester(rule, {
  valid: [
    // Near misses: waits, prevention and numbers that are no concern about care.
    "Mrs Patel from accounts has been waiting two weeks for her new laptop, poor thing 😂",
    "Waited two hours for a table at the new Italian place. Worth it for the tiramisu.",
    "Most falls at home are preventable: good lighting, no loose rugs, proper slippers.",
    "The Trust does not accept that the fall was avoidable and will defend the claim.",
    "Bank holiday traffic took nearly forty minutes to clear, so I was late to my own party.",
    "The gym has been closed since March for refurbishment, can't wait for it to reopen.",
    "Logged three jobs on the new HR system today and all got sorted by lunch. Impressed!",
    "Sent the kids to school without their coats and of course it rained 🙄",
    "There aren't enough hours in the day for all the cake in the staff room.",
    "Theatre tickets overbooked for the panto, we'll be standing at the back 🎭",
    "Everyone's scared of the new coffee machine, it hisses at you.",
    "Cancelled three dentist appointments this year because of nights, must rebook.",
  ],
  invalid: [
    {
      text: "Mrs Okafor in side room 2 has been sitting in the same chair for eleven hours because we have no hoist.",
      errors: 1,
    },
    {
      text: "Chap with sepsis waited seven hours in majors before anyone gave antibiotics.",
      errors: 1,
    },
    {
      text: "Our gent in bed 12 is medically optimised for three weeks now and still here because social care can't find a placement.",
      errors: 1,
    },
    {
      text: "That cardiac arrest on Sunday could easily have been prevented if anyone had escalated his NEWS.",
      errors: 1,
    },
    {
      text: "Learning disability unit with no activities and residents locked in their rooms. Mid Staffs all over again.",
      errors: 1,
    },
    {
      text: "Panic alarm pressed in the community clinic and the police took over twenty minutes to arrive.",
      errors: 1,
    },
    {
      text: "The fire door on the stairwell still won't latch and estates have had four jobs logged about it.",
      errors: 1,
    },
    {
      text: "Porters keep transferring our COPD patients to scans without their oxygen, one came back blue.",
      errors: 1,
    },
    {
      text: "Four weeks on the ward and nobody has properly examined him. His family are beside themselves.",
      errors: 1,
    },
    {
      text: "There aren't enough nurses to staff the escalation beds, yet they're opening them tonight.",
      errors: 1,
    },
    {
      text: "The CD book came up short again this morning, three ampoules of diamorphine missing and no one is investigating.",
      errors: 1,
    },
    {
      text: "Wrong drug given on nights, patient ended up in ICU, and they're already trying to blame the agency nurse.",
      errors: 1,
    },
    {
      text: "One of our anaesthetists belittles the juniors in every list. Everyone is terrified of him. Management knows.",
      errors: 1,
    },
    {
      text: "Clinic lists get overbooked by admin and then we cancel four patients at the door. Every week.",
      errors: 1,
    },
  ],
});

// Round 10 of 25 Nov (wording written for this file): ratios said in words, shifts below minimum
// numbers, counted avoidable deaths, a patient who died waiting, lone visits to risky addresses, a
// clinician impaired at work, the Speak Up route called a joke and the post made "here" instead,
// speaking up punished, extra patients squeezed into bays, long waits with half the kit broken,
// doors that don't lock, "why is nobody listening", a small-hours discharge, patients falling
// between two organisations.
ruleTester(rule, {
  valid: [
    "Two of us and forty cupcakes for the bake sale, wish us luck 🧁",
    "One nurse, twelve beds of tomatoes on the allotment this year 🍅",
    "Below minimum temperature for a barbecue but we're doing it anyway.",
    "Two avoidable own goals cost us the match on Sunday.",
    "My grandad died waiting for the bus home in 1987, or so the family legend goes. He was 94.",
    "Did a home visit on my own today and the family made me a brew, lovely people.",
    "Came in drunk to the Christmas party and tried to dance on the table 😂 never again",
    "The patient came in drunk with a head lac after the derby, standard Saturday.",
    "Speak Up Guardians are brilliant here, mine sorted my issue in a week.",
    "So I'm posting it here: the cake sale raised £340 for the unit!",
    "Squeezing an extra biscuit into my lunchbox for the night shift.",
    "An 8-week wait for my new glasses, typical.",
    "Half the chairs in the staff room are broken, send new ones please estates 😂",
    "My front door doesn't lock properly and I've been meaning to get it fixed for ages.",
    "Sent my son home at 3am from the party after he'd had too much, what a night.",
    "My bathroom ceiling fell between two joists when the plumber came, nightmare.",
  ],
  invalid: [
    { text: "Lates again: two HCAs and thirty-four residents on the dementia floor.", errors: 1 },
    {
      text: "1 midwife, 14 women in labour ward triage tonight. Something has to give.",
      errors: 1,
    },
    {
      text: "How many of you on the stroke unit have done a shift under minimum staffing this week? Asking for a friend.",
      errors: 1,
    },
    {
      text: "The internal review counted four preventable deaths on the surgical floor in the spring.",
      errors: 1,
    },
    { text: "An elderly man died on a trolley waiting for a ward bed last Friday.", errors: 1 },
    {
      text: "Went to a high-risk address by myself again because nobody was free. One day it'll go wrong.",
      errors: 1,
    },
    {
      text: "Our service dropped the two-staff visit policy last month, apparently it doesn't fit the budget.",
      errors: 1,
    },
    {
      text: "The anaesthetist on the Thursday list was visibly drunk. Could smell alcohol on his breath from across the bay.",
      errors: 1,
    },
    {
      text: "That surgeon turned up stoned again and he shouldn't be allowed near patients.",
      errors: 1,
    },
    {
      text: "FTSU here is a tick-box exercise so I'll put it on here instead: the night team are being bullied by the bed managers.",
      errors: 1,
    },
    {
      text: "Raising concerns is welcomed right up until you actually try. Then the rota punishes you.",
      errors: 1,
    },
    {
      text: "Bed managers now cramming an extra patient into a six-bed bay and calling it flexible capacity.",
      errors: 1,
    },
    {
      text: "Podiatry is a mess: 14-month waits and half the clinic chairs are out of order.",
      errors: 1,
    },
    {
      text: "The pharmacy store room door doesn't lock and the stock system has been down for two weeks.",
      errors: 1,
    },
    {
      text: "The oxygen alarm keeps tripping and nobody investigates. If it goes down overnight someone could die. Is nobody listening?",
      errors: 1,
    },
    {
      text: "Discharged an 88 year old with dementia at 4am in a cab to a cold house. I'm ashamed of this trust.",
      errors: 1,
    },
    {
      text: "A young lad with a rare heart condition keeps falling between two trusts for his follow-up. This can't go on.",
      errors: 1,
    },
    {
      text: "She waited three days for a CT that takes ten minutes, on a medical ward with nothing else done.",
      errors: 1,
    },
    {
      text: "Mr Dunmore sat in the dialysis unit for five hours waiting for transport after his session.",
      errors: 1,
    },
    {
      text: "Only one working bladder scanner for the entire hospital at night. Palliative patients waiting a whole night for a catheter.",
      errors: 1,
    },
  ],
});

// Someone else's login used to sign or give; kit failing every time and left unfixed for months; a
// patient named by title with a longer aside before the wait.
ruleTester(rule, {
  valid: [
    "I signed in with my smartcard and the new system worked first time!",
    "Please don't share your Netflix password with the whole ward 😂",
    "My laptop crashes every time I open Teams, classic Monday.",
    "Three weeks and nobody's fixed the staff room kettle. We're surviving on squash.",
    "Mrs Achterberg (our old maths teacher, retired now, lovely woman) waited two hours in the rain for the parade 😂",
    // A call to readers, not a patient waiting.
    "Somebody should lock the directors in a corridor outside, see how they like a 10 hour wait 🙃",
  ],
  invalid: [
    {
      text: "Bank HCA couldn't log onto the obs system so she recorded the whole bay's observations under my login. Nobody batted an eyelid.",
      errors: 1,
    },
    {
      text: "Locum keeps prescribing on the ward pharmacist's smartcard because his never got activated.",
      errors: 1,
    },
    {
      text: "The hoist on Birch ward cuts out every single time you lift anyone heavier than 80kg. Eighteen months and no one has replaced it.",
      errors: 1,
    },
    {
      text: "Mr Castellano (bay B, the retired postman who loves his crosswords) was left lying on the trolley for six hours after his fall.",
      errors: 1,
    },
  ],
});

// Round 12: an incident hushed up (an incident, then everyone "pretending it never happened");
// pretending a party never happened is not a concern.
ruleTester(rule, {
  valid: ["Everyone at work is pretending the Christmas do never happened, and honestly same 🙈"],
  invalid: [
    {
      text: "Wrong-patient bloods sent from our bay on Tuesday and the sister in charge is pretending it never happened.",
      errors: 1,
    },
    {
      text: "Serious incident on the delivery suite at the weekend. Monday huddle: not a word. We're all meant to pretend that nothing happened?",
      errors: 1,
    },
  ],
});

// Round 13: signposting the Speak Up route with examples of what a reader may have seen is not
// raising a concern; a concern of the author's own beside the signpost still is.
ruleTester(rule, {
  valid: [
    "If you have ever witnessed unsafe staffing or a cover-up on your unit, our FTSU guardians will listen and keep it confidential. Details on the staff hub.",
    "Reminder from your Speak Up champions: if anyone has spotted dangerously short staffing on a shift, the Freedom to Speak Up guardian is there for exactly that 🧡",
  ],
  invalid: [
    {
      text: "Two nurses for 28 patients on nights again and it is not safe. If you have seen the same, talk to your FTSU guardian.",
      errors: 1,
    },
  ],
});

// Round 13: serious incidents or never events counted on one unit; a concern taken to the press
// ("emailed Dispatches", "it's much worse than the article says", "what really goes on") beside
// management that will not listen, or two such asides together. Falls counted, or one aside
// alone, are not.
ruleTester(rule, {
  valid: [
    "Just emailed the BBC to ask when Gardeners' World is back 🌱",
    "I'll tell you what really goes on at our Christmas party: Sandra from payroll and the karaoke machine 🎤",
    "We had 6 falls on the ward this month, the falls team are on it",
  ],
  invalid: [
    {
      text: "Fourth never event in our theatres this year and the board still calls us 'outstanding'.",
      errors: 1,
    },
    {
      text: "Three medication errors on the stroke unit this month and nobody is asking why",
      errors: 1,
    },
    {
      text: "Honestly it's much worse than the article says. Happy to tell anyone what really goes on in that A&E.",
      errors: 1,
    },
    {
      text: "Contacted Dispatches tonight. Management won't listen about nights on Elm ward so maybe a documentary will.",
      errors: 1,
    },
  ],
});

// Round 13: emergency calls lost ("arrest bleeps not going off", "the pager system drops one call
// in four"); a bleep that will not stop going off is not.
ruleTester(rule, {
  valid: ["My bleep has not stopped going off since 8am, someone bring me a tea please ☕"],
  invalid: [
    {
      text: "Since the switchboard upgrade the arrest bleeps keep not going off on nights. We found out when someone shouted down the corridor.",
      errors: 1,
    },
    {
      text: "The new pager system drops around one in every four calls and estates say it's 'within tolerance'",
      errors: 1,
    },
  ],
});

// Round 13: "cancer waiting times" is the measure, not cancers left waiting.
ruleTester(rule, {
  valid: [
    "Our cancer waiting times beat the national target again this quarter, and people should know how hard the team worked for it 💜",
  ],
  invalid: [
    {
      text: "Histology is six weeks behind. That's cancers waiting, and people should know.",
      errors: 1,
    },
  ],
});
