// Grievance found by sentence structure (signals/work-judgement.ts), from fresh probe posts: an
// organisational subject with a verdict of incompetence or indifference, the adjective before the
// noun, a sarcastic one-line verdict on leadership after a complaint, a one-word verdict after a
// sentence about the organisation, the estate falling apart, and being singled out; and a claim
// about a supplier who bills the Trust, which disparages the supplier, not the Trust's people.
// Second round: stories of the workplace taking from staff (time off refused, benefits cut, years
// of going without, a token gesture as the answer). Third round: a work system or policy called
// unusable, mock thanks ending a complaint, being passed over, "why do I bother", an organisational
// promise mocked ("Temporary my foot"), and "no warning, no apology".
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./derogatory-or-grievance.js";

ruleTester(rule, {
  valid: [
    "Our managers couldn't care more about us, honestly the best team I've had.",
    "Honestly the physios at the other trust are a bunch of clowns, sent us a man who couldn't stand.",
    "Whoever left the staff room like a tip last night, you're a disgrace.",
    "No power for an hour but the site team had it sorted in minutes. Brilliant management.",
    "Great leadership from our matron today, thank you!",
    "Management came down today and actually listened to us about the staffing. Fair play.",
    "Our ward manager is leaving and I'm genuinely gutted, she's been amazing.",
    "Quickcare Agency are billing the Trust for night shifts their nurses never turn up to.",
    "Imagine going to uni for 3 years and still not knowing how to make a bed.",
    "Parking charges scrapped for staff from Monday! About time too.",
    "Asked for a weekend off for my son's birthday and my manager sorted it straight away. Grateful.",
    "Six months on and I still can't believe how lucky I am to work on this ward.",
    "The new rota system is brilliant, so much easier to swap shifts.",
    "Long night shift but the team were amazing. Cheers for the support everyone ❤️",
    "Sikhs with their turbans in a hospital. Health and safety my arse.",
    "Broken wrist my arse, she told the girls in the canteen she's having her boobs done.",
  ],
  invalid: [
    {
      text: "Senior leadership are completely out of touch with what's happening on the wards.",
      errors: 1,
    },
    {
      text: "NHS England are a bunch of clueless pen pushers who've never seen a patient in their lives.",
      errors: 1,
    },
    {
      text: "Absolute shambles at St Mary's today. No porters, no beds, no plan. Whoever runs this place should be sacked.",
      errors: 1,
    },
    {
      text: "Our matron cares more about the colour of the bed linen than whether we've got enough staff. Brilliant leadership.",
      errors: 1,
    },
    {
      text: "I've worked at Whipps Cross since 2009 and the building is literally falling apart. Buckets catching rain on ward 6.",
      errors: 1,
    },
    {
      text: "the rota coordinator has it in for me, always gives me the worst shifts. so unfair",
      errors: 1,
    },
    {
      text: "The exec team's Christmas video thanking staff for 'going above and beyond' while they cancel our Christmas party. Tone deaf.",
      errors: 1,
    },
    { text: "The board don't care about the night staff, never have.", errors: 1 },
    {
      text: "Our IT system crashed 4 times this week. The helpdesk told us to 'turn it off and on again'. Every. Time.",
      errors: 1,
    },
    {
      text: "Our Trust's new uniform policy is ridiculous. No cardigans on a freezing ward in January? Really?",
      errors: 1,
    },
    {
      text: "spent 2 hours on the phone because the new EPR locked us all out again. genuinely unusable system",
      errors: 1,
    },
    {
      text: "Night shift. No hot food on site after 8pm, vending machine empty. Cheers for the support 👏",
      errors: 1,
    },
    {
      text: "Passed over for the band 6 AGAIN, went to someone who's been here 6 months. Why do I bother",
      errors: 1,
    },
    {
      text: "Payroll took my whole overtime back because of 'an error'. No warning, no apology. Rent is due Friday.",
      errors: 1,
    },
    {
      text: "We've been 'temporarily' moved off the ward into the old offices for 3 years now. Temporary my foot.",
      errors: 1,
    },
    {
      text: "i asked for one weekend off for my son's birthday. one. denied. this job takes everything",
      errors: 1,
    },
    {
      text: "Night shift allowance cut. Meal breaks cut. Parking up. Anything else you want to take, @OurTrustNHS?",
      errors: 1,
    },
    { text: "Three years on the ward and I still don't have a locker. Three. Years.", errors: 1 },
    {
      text: "Our hospital's response to the heatwave was a memo telling us to stay hydrated. Wards at 30 degrees.",
      errors: 1,
    },
  ],
});
