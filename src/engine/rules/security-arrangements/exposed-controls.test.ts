import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./exposed-controls.js";

ruleTester(rule, {
  valid: [
    "Please stop asking for the sluice code in the ward group chat, ask the nurse in charge in person",
    "One login for all my training modules now, ESR has sorted it, so much easier",
    "Same password rules as everyone else: long, unique, never written down",
    "Please don't leave the medicines trolley unlocked, we had a near miss today",
    "Reminder from IT: don't auto-forward your NHSmail to personal accounts",
    "Achievement unlocked: survived my first set of nights 🏆",
    "The hospital chapel is open to everyone, day and night",
    "Guest wifi: select 'NHS Wi-Fi' and accept the terms, no password needed",
    "The freezer alarm has been broken since Easter, the ice creams are melting",
    "Mild reminder that the speed cameras on the hospital road are switched off at night",
    "Took my security team out for a curry, one of the best nights we've had",
    {
      text: "Security were amazing last night, two officers stayed with us until the police came",
      name: "praise of security staff is not a gap in cover",
    },
    "The fire alarm test is every Wednesday at 10, don't panic",
    "NHS Discounts scams are everywhere: we'll never ask for your password, report anything dodgy",
    "Recruitment's gone downhill, they just let anyone in now",
    "Our new e-learning logs you in automatically? No, you still need your smartcard",
    "The code of conduct is the Trust's name for the new behaviour framework",
    "Second check of the CD register done at handover as always, all correct",
    "Push the door and it opens onto the garden, lovely in summer",
    "My old phone still works fine, no need for an upgrade",
    "Password changed this morning as IT asked, all sorted",
    "Check your Trust email for the new codes, NOT the WhatsApp group",
    "Meds round done, charts on the counter for the doctors to sign",
    "Free parking this weekend, no restrictions on the visitor car park? Not quite, read the signs",
    "Doors must never be wedged open, estates will be round checking this week",
    "Our master key policy: only the site manager holds one, signed out every shift",
    "Shout out to our porters, they also cover the post room on Fridays and never complain",
    "Paying the young lads cash every Friday for helping at the allotment",
    "Anyone can sign up for any of the wellbeing sessions, just book on the intranet",
    "IG week: never share your smartcard and never write your PIN on a sticker on the back of it",
  ],
  invalid: [
    {
      text: "Every office on the admin corridor opens with the same key, there's one on the cleaners' trolley",
      errors: [{ message: /one key, code or password/ }],
    },
    {
      text: "The theatre store keypad code is the same as the staff room's, handy",
      errors: 1,
    },
    {
      text: "Our whole team shares one VPN token, it lives in the office drawer",
      errors: 1,
    },
    {
      text: "The overflow drugs fridge sits in the corridor and has no lock on it",
      errors: [{ message: /should be locked/ }],
    },
    {
      text: "Spare smartcards are kept in an unlocked drawer at the nurses' station",
      errors: 1,
    },
    {
      text: "The methadone is left unlocked in the treatment room during the count",
      errors: 1,
    },
    {
      text: "The panic alarm in clinic room 3 has never been connected to anything",
      errors: [{ message: /switched off/ }],
    },
    {
      text: "Baby tag system on the ward was switched off for the refurb and nobody turned it back on",
      errors: 1,
    },
    {
      text: "The lone worker app has been down for a month, so nobody knows where we are after 5",
      errors: 1,
    },
    {
      text: "The PIN for the pool car fuel card is written on the card wallet in marker",
      errors: [{ message: /PIN, code or key/ }],
    },
    {
      text: "Key to the drugs cupboard hangs on a nail behind the door",
      errors: 1,
    },
    {
      text: "Security's down to one officer for the whole site this weekend",
      errors: [{ message: /security is short/ }],
    },
    {
      text: "Every night between 2 and 3 the control room is empty while they do the car park",
      errors: 1,
    },
    {
      text: "The pharmacy system hasn't had a security update in three years",
      errors: [{ message: /unpatched/ }],
    },
    {
      text: "The old test database is open to anyone on the network with a browser",
      errors: 1,
    },
    {
      text: "Our practice's clinical system stays logged in on the reception PC all weekend",
      errors: 1,
    },
    {
      text: "The side door by the kitchens doesn't need a swipe after 10pm, just push it",
      errors: [{ message: /way in without/ }],
    },
    {
      text: "The maternity buzzer lets anyone in who says they're a dad",
      errors: 1,
    },
    {
      text: "The results system login is still the default password the supplier set up",
      errors: [{ message: /defaults/ }],
    },
    {
      text: "The ward computer remembers the last person's login, so you can just carry on",
      errors: 1,
    },
    {
      text: "CD checks on nights: no second signature, one of us just fills it in",
      errors: [{ message: /one person or hardly ever/ }],
    },
    {
      text: "The FP10 pads only get counted once a year at stocktake",
      errors: 1,
    },
    {
      text: "The forensic unit doors have been on manual override since the fire alarm test",
      errors: [{ message: /override/ }],
    },
    {
      text: "The drug room door code is just the ward's phone extension backwards",
      errors: [{ message: /guess/ }],
    },
    {
      text: "If the reader on the staff entrance is playing up, just pull the door hard and it pops open",
      errors: [{ message: /way in/ }],
    },
    {
      text: "Leavers' badges don't get deactivated for months, mine still opened the theatre corridor",
      errors: 1,
    },
    {
      text: "The theatres mailbox password hasn't been changed since 2018",
      errors: [{ message: /never changes/ }],
    },
    {
      text: "IT have disabled MFA on NHSmail for the next week while they sort the licences",
      errors: [{ message: /switched off/ }],
    },
    {
      text: "The methadone bottles sit on an open shelf behind the counter until the clients come in",
      errors: [{ message: /get at them/ }],
    },
    {
      text: "The oxygen store has a padlock. With the key in it. For a year now",
      errors: 1,
    },
    {
      text: "The rostering login is passed round in a WhatsApp group with 300 people in it",
      errors: [{ message: /passed round/ }],
    },
    {
      text: "The CCTV operator is also the switchboard now, so nobody's looking at the screens half the night",
      errors: [{ message: /nobody watches/ }],
    },
    {
      text: "Payroll will change anyone's bank details from an nhs.net address, no call back",
      errors: [{ message: /no check/ }],
    },
    {
      text: "Estates have wedged the roof access door open with a fire extinguisher for the contractors",
      errors: [{ message: /should be locked/ }],
    },
    {
      text: "The manager takes the medicine cabinet key home, so bank staff use the spare in the tea caddy",
      errors: [{ message: /handed to anyone/ }],
    },
    {
      text: "The night porter at the community hospital is also the security cover, so the front desk is empty half the night",
      errors: [{ message: /security is short/ }],
    },
    {
      text: "The shop counts its takings in the front window at 5, then one volunteer walks it to the bank on his own",
      errors: [{ message: /cash is moved/ }],
    },
    {
      text: "The bleep system lets anyone with the switchboard extension send a message as any consultant",
      errors: [{ message: /anyone can get into/ }],
    },
    {
      text: "The work laptops don't encrypt the hard drive, IT say it's on the list",
      errors: 1,
    },
  ],
});
