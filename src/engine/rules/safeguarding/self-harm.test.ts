import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./self-harm.js";

ruleTester(rule, {
  valid: [
    "We teach staff how to spot hidden self-harm and how to ask about it kindly.",
    "She tried to kill herself last year and she's doing so well now, so proud of her",

    // "Hang yourself a new badge": yourself is who it is for, not who is hanged.
    "Hang yourself a new name badge on the board by the door if yours has faded",
    "Laxatives can cause dehydration in older patients, review them on every drug round",
    "Drink water instead of fizzy drinks and you'll lose weight without trying",

    "There's always the bridge if the M6 is closed, it adds ten minutes",
    "Take the whole box of biscuits to the staff room, they're for everyone",
    "Razor blades go in the sharps bin, not the general waste please",

    "Patients who overdose on their own medication need a mental health assessment before discharge",
    "Overdose awareness day: carry naloxone, it saves lives",

    "Top yourself up with water on long shifts, dehydration is no joke \ud83d\udca7",
    "If the baby should stop breathing, start CPR and call 999",
    "Skipped lunch again because the ward was chaos, need to get better at breaks",
    "No one would care if you took an extra 5 minutes on your break, honestly",
    "Honestly just end it with him, you deserve better",
    "Ready to end it all on a high, last shift before retirement 🎉",
    "The ward would be a better place without the old computers",
    "Nobody would miss the old rota system, good riddance",
    "Never tell anyone they'd be better off dead, it can push them over the edge",
    "Laughed so hard I nearly killed myself at the quiz 😂",
    "Never tell someone to kill themselves, even as a joke",
    "If someone tells you they want to end their life, listen and call Samaritans on 116 123",
    "Self-harm Awareness Day: listen without judgement and help them find support",
    "This heat is killing me, 31 degrees on the ward",
    "Skipped lunch again, rota chaos. Anyone got a biscuit?",
    "Jump off the bus at the main entrance stop, it's quicker than the car park",
    "Nobody would notice if I left early, right? 😂",
    "We should end it there for today, great teaching session",
  ],
  invalid: [
    { text: "Anyone self-harming, DM me for tips on hiding scars from your parents", errors: 1 },
    {
      text: "One meal a day and black coffee, 6lb gone this week. Hunger is just weakness leaving the body",
      errors: 1,
    },
    {
      text: "If you hate this job that much just neck a whole packet of paracetamol 🙄",
      errors: 1,
    },
    { text: "Why don't you just top yourself, save us all the bother", errors: 1 },
    { text: "why dont you just kill yourself honestly", errors: 1 },
    { text: "honestly just go kill ur self, waste of a uniform", errors: 1 },
    { text: "No one on this ward would care if you died tbh", errors: 1 },
    { text: "Do us all a favour and step in front of a car on your way home", errors: 1 },
    { text: "Go and jump off the car park, see if anyone notices", errors: 1 },
    { text: "pro-ana tips in my bio, message me for the group chat", errors: 1 },
    {
      text: "Skipped lunch every day this week and 4 kilo gone already, keep going girls",
      errors: 1,
    },
    { text: "@Sam honestly if you can't cope with nights just end it, you're useless", errors: 1 },
    { text: "You'd be better off dead, seriously", errors: 1 },
    { text: "Why don't you just end it all and save us the bother", errors: 1 },
    { text: "The team would be better without you, nobody would miss you", errors: 1 },
    { text: "Go on, end your life, no one cares", errors: 1 },
    { text: "Might as well end it mate, you're a waste of space", errors: 1 },
    {
      text: "Go kill yourself you useless nurse",
      direction: "inbound",
      errors: [{ excerpt: "kill yourself" }],
    },
    { text: "k y s", direction: "inbound", name: "spaced-out letters", errors: 1 },
    {
      text: "honestly just jump off a bridge mate nobody likes you",
      errors: [{ excerpt: "jump off a bridge" }],
    },
    {
      text: "If you can't cope with A&E then slit your wrists and save us the paperwork",
      errors: 1,
    },
    { text: "#thinspo day 3 of no food 💪", errors: [{ excerpt: "#thinspo" }] },
    {
      text: "Skipping breakfast every day this week, 1 stone down already! Hungry means you're winning",
      errors: 1,
    },
    {
      text: "Do the world a favour and disappear, nobody would miss you",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "u should just end it honestly, nobody at that hospital would miss you",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "If the relatives are being a pain, just tell them to go and jump off the top of the car park",
      errors: 1,
    },
    {
      text: "If the work is getting to you, overdose on your own stock like the rest of us",
      errors: 1,
    },
    // Pointing at a place or a method.
    {
      text: "Anyone struggling on this rota just remember there's always the multistorey 🙃",
      errors: 1,
    },
    { text: "To the new F1 crying in the mess: the river is that way 👉", errors: 1 },
    { text: "Razor blades are cheaper than therapy 😂 just saying", errors: 1 },
    { text: "Seriously Kerry, do everyone a favour and swallow the whole packet", errors: 1 },
    { text: "Diet tip: a laxative a day keeps the pounds away 😉", errors: 1 },
    {
      text: "Chew gum all shift instead of lunch, you'll lose a stone in a month, trust me",
      errors: 1,
    },
    { text: "Ellie if you can't handle it, end it all, nobody will care", errors: 1 },
    { text: "Go on, jump off the hospital roof, you'd be doing us all a favour", errors: 1 },
    {
      text: "Those hunger headaches mean it's working, don't give in! Skinny nurses unite",
      errors: 1,
    },
    {
      text: "Tell the nurse who was upset by my complaint to toughen up or kill herself",
      errors: 1,
    },
    {
      text: "If that new HCA can't hack it she should do us all a favour and end it",
      errors: 1,
    },
  ],
});
