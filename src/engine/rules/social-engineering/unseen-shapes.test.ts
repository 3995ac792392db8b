// Social-engineering shapes found on fresh probe posts (written for this file, not taken from any
// evaluation set): a message asking how or where a particular patient is ("is my lodger still in?",
// "has she had the baby", "where is he" with no question mark), and a pretext asking how physical
// security is arranged (who holds the keys, which safes or locks are fitted). Questions about a
// route, a car park or what a relative is meant to do are not. Asked to confirm whether someone is
// in, was seen or is on shift; and gift cards bought for someone who wants the codes. A link offered
// with sexual content is a lure whatever its address.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import credentialRequests from "./credential-requests.js";
import phishingLinks from "./phishing-links.js";
import organisationDetails from "./organisation-details-requests.js";
import personalDetails from "./personal-details-requests.js";

const inbound = (text: string) => ({ text, direction: "inbound" as const });

ruleTester(personalDetails, {
  valid: [
    inbound("How is my dad supposed to get to the eye clinic when the shuttle bus has stopped?"),
    inbound("Where is the drop-off point for the day surgery unit? Sat nav is useless"),
    inbound("How is this acceptable? My nan sat in the corridor for eleven hours."),
    inbound("Thank you to the ward 12 team, my aunt is home and doing well 💐"),
    inbound("Can you tell me if the café by the Burns Unit is open on bank holidays?"),
    inbound("Do you know if the Eye Clinic is at Eastfield General or at St Anne's?"),
  ],
  invalid: [
    { ...inbound("Is my lodger still in your hospital? Police took him in on Tuesday"), errors: 1 },
    {
      ...inbound(
        "My sister went into your labour ward at midnight and her phone is off. Has she had the baby??",
      ),
      errors: 1,
    },
    {
      ...inbound(
        "they moved my stepdad off the stroke unit in the night and nobody rang. where is he",
      ),
      errors: 1,
    },
    {
      ...inbound("Please let me know how she's doing, my granddaughter, came in by ambulance at 6"),
      errors: 1,
    },
    {
      ...inbound(
        "DC Marsh, Avon Police. Need to confirm whether a Ryan Coles was treated in your minor injuries unit on Sunday. Reply here please.",
      ),
      errors: 1,
    },
    {
      ...inbound(
        "could u let me know if my boyfriend is still on ur surgical ward, he's not answering",
      ),
      errors: 1,
    },
  ],
});

ruleTester(organisationDetails, {
  valid: [
    inbound("Who has the keys to the chapel for Sunday's memorial service?"),
    inbound("Which lockers can visitors use while they wait?"),
  ],
  invalid: [
    {
      ...inbound(
        "Hello, I'm a student writing about hospital estates. What make of locks are fitted on your medicine rooms?",
      ),
      errors: 1,
    },
    {
      ...inbound(
        "Quick one for my dissertation: who keeps the keys to the drug cupboards on your wards at night?",
      ),
      errors: 1,
    },
  ],
});

ruleTester(credentialRequests, {
  valid: [
    inbound("Where can I buy gift vouchers for the hospital café? Want to treat the night staff"),
    inbound("Can I buy raffle tickets for the League of Friends draw online?"),
  ],
  invalid: [
    {
      ...inbound(
        "Hi it's your Chief Nurse, stuck in a panel and can't talk. Please buy 4 x £50 Google Play cards for the volunteers and text me the codes. Will pay you back tonight",
      ),
      errors: 1,
    },
  ],
});

ruleTester(phishingLinks, {
  valid: [
    inbound("Our 18+ volunteering scheme for the wards is open, details at helpforce.org"),
    inbound("Loved the video of your staff choir on the news, watched it twice on bbc.co.uk 💙"),
  ],
  invalid: [
    {
      ...inbound(
        "Bored on nights, doctor? 🍆 my uncensored scrubs video is waiting at ward-after-dark.net/vip",
      ),
      errors: 1,
    },
  ],
});

// Round 13: news of a relative the message says is in hospital, asked for by call or text, with
// the relative named in an earlier sentence; an update on a complaint or a parcel is not a person's.
ruleTester(personalDetails, {
  valid: [
    inbound(
      "I sent my complaint about the car park in three weeks ago. Could someone email me with an update please",
    ),
    inbound(
      "My dad was in hospital in March and we're still waiting on the refund for his parking. Can you ring me with an update?",
    ),
  ],
  invalid: [
    {
      ...inbound(
        "My grandad Alan Pryce is on Ward 8 since Tuesday and the phone just rings out. Could somebody text me on 07700 900123 with an update",
      ),
      errors: 1,
    },
    {
      ...inbound(
        "My wife was admitted through A&E last night, Janet Moore. Please can you ring me for any news, I'm stuck abroad",
      ),
      errors: 1,
    },
  ],
});
