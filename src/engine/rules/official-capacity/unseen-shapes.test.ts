// Official-capacity shapes from round 12's fresh batches (written for this file, not taken from
// any evaluation set): a profile that calls the account official but says comms do not run it,
// and work uniform or a Trust badge lent to the author's own election campaign.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import speakingForTheTrust from "./speaking-for-the-trust.js";
import trustBranding from "./trust-branding.js";
import unofficialAccount from "./unofficial-account.js";

ruleTester(unofficialAccount, {
  valid: [
    {
      text: "Pop-up vaccination clinic in the Riverside foyer Saturday 10–2, no appointment needed",
      profile: "Official account of Castlemere Community Health Services",
    },
    { text: "Rota's out, swaps by Friday please", profile: "Theatre ODP, not comms, views my own" },
  ],
  invalid: [
    {
      text: "Hello and welcome! Follow for news and shout-outs from our team 💚",
      profile:
        "Official page of the Larch Ward physio team – run by the team, not by the comms team",
      errors: 1,
    },
  ],
});

ruleTester(trustBranding, {
  valid: [
    "Vote for me for the staff council! Manifesto pinned to the staff room board",
    "Photo day in my Trust uniform for the new recruitment posters, felt very glam",
  ],
  invalid: [
    {
      text: "Leaflets are printed and the photos were taken in my NHS scrubs – standing as a councillor for Eastfield ward, vote for me",
      errors: 1,
    },
  ],
});

// Round 13: declining to speak for the Trust ("not my place to answer for the board") is the
// opposite of speaking for it; taking the role on still counts.
ruleTester(speakingForTheTrust, {
  valid: [
    "A reporter from the Echo rang me about the car park fire. Passed on the comms number – not my place to answer for the hospital.",
    "Asked for a quote about the junior doctors' walkout and said no. I'd never reply for the board on something like that",
  ],
  invalid: [
    {
      text: "Since comms are away this week I'll answer for the hospital: the day unit reopens Monday",
      errors: 1,
    },
    {
      text: "Happy to speak for the Trust here – nobody is losing their job over the merger",
      errors: 1,
    },
  ],
});
