import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./talking-to-journalists.js";

ruleTester(rule, {
  valid: [
    "My grandad's been interviewed by the Yorkshire Post about his pigeons 😂",
    "A reporter rang the ward asking about the flooding. Forwarded it to comms and left it with them.",
    // Mentioning the media is not talking to it.
    "Our chief nurse was on Radio Kent this morning talking about the new birth centre. So proud!",
    "Great article in the Nursing Times about menopause at work, worth a read on your break.",
    "Did anyone see the Panorama documentary last night? Hard watch.",
    "Our comms team did a brilliant job with the BBC film crew on the ward today.",
    "Reading a great piece in the Guardian about nurse burnout. Worth your time.",
    "Just read an interview with our chief nurse in the Independent about the new training scheme. Brilliant.",
    // Passing the request to the communications team, as the policy asks.
    "A journalist messaged me asking about staffing on my ward. Passed her details to our communications team and not replied 👍",
    "Documentary makers contacted me about filming my life as a student paramedic. Sent them on to the ambulance service's media team.",
    "A reporter DMed me about the cardiac waits. I've sent her the press office email, not my job to comment.",
    // Sharing the Trust's own press release is fine.
    "Sharing the Trust's press release about the new scanner 👇",
    // Talking to people who are not journalists.
    "Happy to talk to any student nurses thinking about theatres, DM me!",
    // The press office answering a journalist is its job.
    {
      text: "@SamBBCNews Hi Sam, a statement is on our website and we're happy to arrange an interview with the chief nurse.",
      profile: "Official press office account of Westfield NHS Foundation Trust",
    },
  ],
  invalid: [
    {
      text: "@tom_reports sure, can do a quick call tomorrow after my shift, just keep the ward out of it",
      errors: 1,
    },
    {
      text: "The Dispatches researcher is coming over Friday to go through my notes on the night staffing",
      errors: 1,
    },
    // The comms team's address in the post, but the author still arranges to talk.
    {
      text: "A reporter messaged me about the cardiac waits. Gave her my number rather than the press office email, happy to talk.",
      errors: 1,
    },
    {
      text: "A journalist from the Echo messaged me about the ward closure. Happy to talk, told comms nothing 🤫",
      errors: 1,
    },
    // Having talked to, or going on, an outlet; inviting reporters in.
    {
      text: "Spoke to the Evening Standard yesterday about the parking charges. Out Thursday.",
      errors: 1,
    },
    {
      text: "Going on GB News tonight to talk about the state of our A&E. Tune in at 8.",
      errors: 1,
    },
    {
      text: "If any reporters want the real story about our maternity unit, drop me a message.",
      errors: 1,
    },
    {
      text: "Had a long chat with a researcher from Channel 4 about nights on our ward.",
      errors: 1,
    },
    {
      text: "@MerciaEchoNews I work in the ED there and I'm happy to talk to you about the ambulance queues, DM me.",
      errors: [{ excerpt: "@MerciaEchoNews", message: /the communications team/ }],
    },
    {
      text: "A journalist from the Guardian just messaged me asking about agency spend. Going to call her after my shift 👀",
      errors: [{ excerpt: "journalist" }],
    },
    {
      text: "@KentOnlineTV I can confirm the maternity unit has been on divert all week, whatever the Trust says.",
      errors: 1,
    },
    {
      text: "Replying to the reporter who got in touch: yes, I'll send you the photos of the leaking roof tonight, just don't use my name.",
      errors: 1,
    },
    {
      text: "A producer from This Morning contacted me about nurses' pay. We're doing a video call tomorrow!",
      pack: { trust: { communications: "the press office on 01234 567890" } },
      errors: [{ message: /press office on 01234 567890/ }],
    },
  ],
});
