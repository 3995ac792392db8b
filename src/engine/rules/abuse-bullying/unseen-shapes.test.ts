// Abuse shapes found on fresh probe posts (written for this file, not taken from any evaluation
// set): a put-down of management "here" or "on this unit" is a grievance about the service, not
// bullying; a swear word calling a group "a bunch of" or "a shower of" something is aimed at people.
// "The absolute state of" a person mocks them; of a thing it does not. A picture of the author or
// the author's own group, or a screenshot of a chat or letter, is not someone caught to be laughed
// at, unless their words are quoted back to laugh at them. A mild name with a laugh for a friend who
// left something behind is teasing.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import { humiliation } from "./humiliation.js";
import { insults } from "./insults.js";
import { putDowns } from "./put-downs.js";

ruleTester(putDowns, {
  valid: [
    "@kez_hca you absolute melt, you forgot your lunchbox in my car again 😂 see you at 7",
    // Management where the author works: a grievance (disrepute), not bullying of a person.
    "Three rota changes this week. Management here couldn't organise a raffle 🙄",
    "Payroll there couldn't count to ten, third month my overtime's gone missing",
    "The managers on our unit couldn't organise a tea round, rota out the night before again",
  ],
  invalid: [
    // One person is still a person, wherever they sit.
    { text: "Our new ward manager here couldn't organise a tea round, bless her", errors: 1 },
    { text: "Gary from estates couldn't find his own backside with a map", errors: 1 },
    // Without a laugh, or not about something left behind, it is not teasing.
    {
      text: "Mo from pharmacy, you absolute melt. Sent the wrong insulin up AGAIN 🤦",
      errors: 1,
    },
  ],
});

ruleTester(insults, {
  valid: [
    "Did a whole bunch of finger pricks at the diabetes clinic this morning, arms aching",
    "What a load of bollocks this new e-rostering system is",
    "@dani_odp hahaha you absolute numpty, you left your badge on the bus again 😂 I've got it",
  ],
  invalid: [
    {
      text: "Your out-of-hours service are a shower of arrogant tossers",
      direction: "inbound",
      errors: 1,
    },
    { text: "The day team on Larkspur are a pack of lazy bastards, nothing done again", errors: 1 },
    {
      text: "Honestly your mental health line is staffed by a bunch of smug pricks",
      direction: "inbound",
      errors: 1,
    },
    // Without a laugh, or not about something left behind, it is not teasing.
    {
      text: "Mo from pharmacy, you absolute plonker. Sent the wrong insulin up AGAIN 🤦",
      errors: 1,
    },
  ],
});

ruleTester(humiliation, {
  valid: [
    "Absolute state of the staff car park after Storm Bert, half the fences are down",
    "The absolute state of the consultant's handwriting on this drug chart, pharmacy sent it back twice",
    "Worried about the state of the patients coming in this winter, so many frail and unwell",
    "Caught myself in the background of the BBC Look North piece on the new scanner 😂 I'm the one in the hi-vis behind the consultant",
    "Christmas jumper day on Rowan ward 😂 [video: six of us doing the conga past the nurses' station, Sister Kemp leading]",
    "Screenshot of the rota our ward manager sent round 😂 [screenshot: every Saturday in red for the band 5s] send help",
  ],
  invalid: [
    {
      text: "Utter state of the fella on the trolley in majors at 4am, singing Oasis with a pint glass stuck on his hand",
      errors: 1,
    },
    {
      text: "She turned up to handover in last night's clothes again. Absolute state of her",
      errors: 1,
    },
  ],
});

// Round 13: "the 80s called and want her perm back" mocks how someone looks; sending readers to
// someone's post or inbox ("everyone go and reply to her", "flood his DMs") invites a pile-on.
ruleTester(putDowns, {
  valid: [
    "The 80s called and want their shoulder pads back 😂 fancy dress night at the social club was a riot, me included",
    "Everyone go and comment on the Trust's post about the new birth centre, it's amazing 💙",
    "Our Flu Fighters post is live! Everybody go comment with your best jab selfie",
  ],
  invalid: [
    {
      text: "Has anyone seen the reg's new perm? The 80s rang, they want his hair back 🤣",
      errors: 1,
    },
    {
      text: "@night_owl_hca posting 'a shift in my life' when she sits on her phone all night. Everybody go and tell her 😂",
      errors: 1,
    },
    {
      text: "Mr 'I'm too busy to answer my bleep' is on Insta now. Flood his DMs, you know who he is 😂",
      errors: 1,
    },
  ],
});
