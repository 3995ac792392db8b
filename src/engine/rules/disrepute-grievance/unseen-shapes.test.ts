// Grievance shapes found missing on fresh probe posts (written for this file): pay that has not
// moved, paying work costs out of one's own pocket, others paid more for the same work, leave not
// allowed, training on days off, "the Trust's idea of …", "and it shows", managers never seen on
// the floor, and years of asking with nothing done.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./derogatory-or-grievance.js";

ruleTester(rule, {
  valid: [
    "Third time this week my little one has brought a cold home from nursery 🤧",
    "Remember you haven't had a proper break until you've had a cuppa sitting down, look after yourselves",
    // National pay as an opinion, and others' conditions, are not the author's own grievance.
    "Junior doctors are leaving because they're burnt out and underpaid. Can you blame them?",
    "Student nurses are not free labour, and our placement team makes sure of it.",
    "My mum won't let me have a dog until I'm home more, fair enough.",
    "Paid for the coffee out of my own pocket, it was the least I could do for the team.",
    "She practised hard for the exam and it shows. Congratulations!",
    "Our matron is on the ward every single day, never seen a better leader.",
    "If the execs had to choose, I think they'd pick the new site. Fair enough.",
    "The reorganisation has left us with a brand new gym, which is lovely.",
    "Did my kitchen up on the cheap and I love it.",
    "Big night at the staff party and they wonder why the lift's out of order 😂",
    "Booked the holiday cottage with a week's notice, spontaneous for once!",
    // A box ticked on a form, a medal for a colleague, a finished investigation reported, blame
    // of no one in an office.
    "Tick a box on the form if you want a flu jab",
    "Somebody give Sue on nights a medal, she did three admissions and a death in one hour",
    "Our investigation into the cluster found poor handwashing was the cause. Lessons shared at huddle.",
    "Don't blame yourself for the traffic, the roadworks by the roundabout are awful",
  ],
  invalid: [
    // The same thing done to the writer again and again, and the weary sign-off.
    {
      text: "Fourth time this month my annual leave has been cancelled for 'staffing'. Brilliant.",
      errors: 1,
    },
    { text: "We haven't had a proper break on lates in months on this ward", errors: 1 },
    {
      text: "Our clinic's moving sites in January and we found out from a patient. Thanks for the heads up, not.",
      errors: 1,
    },
    { text: "Unpaid overtime again and management don't care, never have", errors: 1 },
    {
      text: "Two days off with flu and now a formal sickness meeting. Treated like a suspect for being ill.",
      errors: 1,
    },
    {
      text: "Consultation on the new shift pattern closed in March. It's November. Still consulting.",
      errors: 1,
    },
    {
      text: "Reported a bullying manager, HR told me to 'reflect on my tone'. Trust values in action 👏",
      errors: 1,
    },
    {
      text: "Mileage rate not changed since 2011 and petrol's doubled. Lovely.",
      errors: 1,
    },
    {
      text: "Community staff are funding their own travel out of our own pockets at this point.",
      errors: 1,
    },
    { text: "Bank staff get paid double what I do for the same shift.", errors: 1 },
    {
      text: "My trust won't let me take annual leave in August because I haven't got kids.",
      errors: 1,
    },
    { text: "Mandatory e-learning on my days off, unpaid, or I'm non-compliant.", errors: 1 },
    { text: "The trust's idea of a retention strategy: a free biscuit.", errors: 1 },
    { text: "Our new director came from retail and it shows. Everything's a target.", errors: 1 },
    { text: "Nurses here are brilliant. Managers are a different story.", errors: 1 },
    { text: "Ward managers never seen on the floor after 5pm.", errors: 1 },
    {
      text: "Eighteen months asking occ health for a proper chair for my back. Still waiting.",
      errors: 1,
    },
    { text: "HR have lost my maternity leave paperwork again. I'm due in a month.", errors: 1 },
    {
      text: "The 'listening event' was two directors reading slides and leaving before questions.",
      errors: 1,
    },
    {
      text: "The restructure has left our team with half the admin support we had.",
      errors: 1,
    },
    {
      text: "If the execs had to use the staff toilets for a week, they'd be fixed by Friday.",
      errors: 1,
    },
    { text: "Recruitment team have gone silent and I still can't start.", errors: 1 },
    { text: "Day 52 of waiting for my DBS so I can start the job I was hired for.", errors: 1 },
    {
      text: "The new associate role is being used to replace registered nurses on the cheap.",
      errors: 1,
    },
    { text: "Got told off for taking a 15 min break after 6 hours on the floor.", errors: 1 },
    { text: "Five months on and still no word on my regrading appeal.", errors: 1 },
    {
      text: "Pharmacy closes at 5 and then wonders why discharges don't happen after 5. Who designed this.",
      errors: 1,
    },
    {
      text: "Sickness on our unit is 9% and the answer from above is a 'wellness walk'.",
      errors: 1,
    },
    {
      text: "The on-call room has no lock and a mattress from 1997. Doctors are expected to sleep there.",
      errors: 1,
    },
    {
      text: "IT still use the same shared login on every ward PC and they wonder why we got hacked.",
      errors: 1,
    },
    { text: "Our manager is a bully who has driven three people off sick this year.", errors: 1 },
    { text: "They closed the staff creche with a week's notice.", errors: 1 },
    // Management by euphemism ("the suits", "the people upstairs") and mock honours for the
    // employer; internal processes judged; box-ticking as the purpose of a decision.
    { text: "We're two HCAs down again. Don't shout at us, blame the suits.", errors: 1 },
    { text: "Short again tonight and the people in the fancy offices are clueless.", errors: 1 },
    { text: "Somebody get the board a gold star for that one 🙄", errors: 1 },
    {
      text: "The investigation into the fall is a farce, they picked who to blame on day one.",
      errors: 1,
    },
    {
      text: "Clinics are double booked on Fridays so the managers can tick a box. Patients wait two hours.",
      errors: 1,
    },
    {
      text: "An hour on hold to payroll about my missing overtime. Still not sorted.",
      errors: 1,
    },
  ],
});

// Round 10 of 25 Nov (wording written for this file): the Speak Up route called a joke or
// punishing those who use it, ashamed of the hospital, blame put on management, a post given to a
// boss's relative, a department losing the author's request again, nobody above a band noticing,
// "who on earth plans…", corporate words in sparkles, a euphemism named as one, "is rich
// considering", "X? Never heard of her", mock delight at a staff charge going up.
ruleTester(rule, {
  valid: [
    "Our Speak Up guardian is brilliant, she sorted my rota issue in a week.",
    "Not ashamed of this hospital one bit, we pulled together brilliantly tonight.",
    "The new visiting times are on the Trust website, take a look.",
    "It's on the trust intranet under policies if anyone needs the form.",
    "My sister's niece just got the job at the bakery, so proud of her!",
    "Lost my keys again for the third time this week, my brain is mush 🙈",
    "Who on earth plans a wedding for the day after the final? My cousin, that's who 😂",
    "✨ new haircut ✨ feeling fancy for the ward party",
    "Lovely to see the new baby unit opening on time, well done everyone.",
    "Bunny in the garden? Never heard of her, says the cat 🐰",
  ],
  invalid: [
    {
      text: "Honestly whistleblowing in this place is pointless, I'll keep my head down from now on.",
      errors: 1,
    },
    {
      text: "Raising a concern is welcomed right up until you do it, then watch your extra shifts vanish.",
      errors: 1,
    },
    {
      text: "Sent a man with a broken hip home in his slippers because there were no beds. Embarrassed to work for this trust tonight.",
      errors: 1,
    },
    {
      text: "Three nurses off with stress in one month on our ward. That's on the exec team, not the ward manager.",
      errors: 1,
    },
    {
      text: "Guess who got promoted to matron of the surgical floor without an interview? The director's golfing buddy. Shocker.",
      errors: 1,
    },
    {
      text: "Pharmacy forgot our weekend order again, second Friday running.",
      errors: 1,
    },
    {
      text: "Our referrals doubled this year and nobody above band 8 even notices.",
      errors: 1,
    },
    {
      text: "Who in their right mind rotas one porter for the whole hospital overnight?",
      errors: 1,
    },
    {
      text: "New rota pattern means 4 nights in a row then an early. ✨ flexibility ✨",
      errors: 1,
    },
    {
      text: "'Capacity huddle' is just a corporate word for shouting at ward managers about beds 🙂",
      errors: 1,
    },
    {
      text: "The staff wellbeing week is rich considering they cut our breaks to twenty minutes.",
      errors: 1,
    },
    {
      text: "Patient wandered off the ward and out the main doors at 3am. Porters? Never heard of them 🙃",
      errors: 1,
    },
    {
      text: "Lovely to see car park permits going up again in April.",
      errors: 1,
    },
  ],
});

// Round 12: "that's all I'm saying on the matter" declines to comment; the same words after an
// insinuation about management still air it.
ruleTester(rule, {
  valid: [
    "A reporter messaged me about the pay ballot. Forwarded it to the press office and that's all I'm saying on the subject.",
  ],
  invalid: [
    {
      text: "Funny how the matron's niece always gets Christmas week off on our ward. That's all I'm saying.",
      errors: 1,
    },
  ],
});

// Round 12: a service renamed for what it has become ("this isn't nursing, it's …"), and "who
// writes these rules?" about rotas, rules or forms; "who built this hospital" in a celebration,
// a rota with no verdict, and a service renamed as a risk, are not.
ruleTester(rule, {
  valid: [
    "Windrush Day on the unit: the Jamaican midwives who built this hospital, photos in the foyer 💛",
    "Who builds the rotas on your ward? Ours is done by our band 6 and she's a legend",
    // Renamed as a risk, it is a safety concern (raising-concerns).
    "One registrar covering four wards overnight. That isn't a rota, it's Russian roulette.",
  ],
  invalid: [
    {
      text: "Twelve patients each on the late again. This isn't care, it's crowd control with a drug round.",
      errors: 1,
    },
    {
      text: "Early, late, early, night in the same week. Who writes these rotas, a dartboard?",
      errors: 1,
    },
  ],
});

// Round 13: work reaching into time off ("matron texted me on my rest day"), a refusal by the
// Trust of the staff's own claim, "jobs for the boys" in a workplace, a canteen's price for a dry
// meal, "a disgusting way to run a public service", and the Speak Up route said not to work here.
ruleTester(rule, {
  valid: [
    "My sister texted me on my day off to ask if I'd walk her dog, the cheek 😂",
    "The council refused our neighbour's planning application for the third time, she's fuming",
    "Jobs for the boys in Westminster again, nothing new there",
    "Speaking up doesn't always feel easy, but our guardians made it simple for me. Grateful.",
  ],
  invalid: [
    {
      text: "The rota coordinator phoned me on annual leave to see if I'd pick up a long day. In Tenerife.",
      errors: 1,
    },
    {
      text: "Update for the porters' branch: management have flatly rejected our night enhancement claim. Ballot talk next week.",
      errors: 1,
    },
    {
      text: "Three band 7 interviews on the unit and every one went to the manager's gym buddies. Jobs for the lads as per.",
      errors: 1,
    },
    { text: "£4.20 for a dry sausage roll in the hospital canteen at 3am. Lovely.", errors: 1 },
    {
      text: "Twelve-hour waits for a chair in the discharge lounge. Disgusting way to run a public service.",
      errors: 1,
    },
    {
      text: "Don't bother with FTSU, it never works at this Trust, you just get moved to another ward.",
      errors: 1,
    },
  ],
});

// Round 13: a ward dressed up for a visit from the top ("staffed up for the chief exec's
// walkround"); a house spruced up for a family visit is not.
ruleTester(rule, {
  valid: ["Spent Saturday getting the house spruced up for the grandparents' visit 🧹 exhausted"],
  invalid: [
    {
      text: "Amazing how Ward 12 got spruced up and staffed up for the minister's walkround, then back to one nurse per bay by teatime",
      errors: 1,
    },
    {
      text: "The unit the board toured for the cameras had been deep-cleaned the night before. Every other ward, good luck.",
      errors: 1,
    },
  ],
});

// Round 13: a share of a team's people judged ("half the theatre staff are useless") is about
// colleagues, not the service; the service judged still counts.
ruleTester(rule, {
  valid: ["Monday after the Christmas do and half the pharmacy team are useless before 10am 😴"],
  invalid: [
    { text: "The theatre booking system at this trust is useless before 10am, again.", errors: 1 },
  ],
});
