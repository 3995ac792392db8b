import { ruleTester } from "../../../../test/support/rule-tester.js";
import { swearWords } from "./swear-words.js";

ruleTester(swearWords, {
  valid: [
    // No Scunthorpe problem: words that contain a swear word are not swearing.
    "First week as a band 6 at Scunthorpe General done",
    "Flu jabs in the Essex Suite, Tues and Thurs",
    "Cocktail and mocktail bar at Pat's leaving do on Friday",
    "Really good analysis of the audit data from the quality team",
    "This year's panto is Dick Whittington",
    "Shitake mushroom risotto in the canteen today",
    "We assess every patient within the hour",
    "Class of 2024, you did it!",
    "Clinic moves to Penistone next month",
    "Grape juice and biscuits for the blood donors",
    "Our new therapist starts Monday",
    "Welcome to Dr Cockburn, our new consultant",
    // Mild words are not profanity under the labelling conventions.
    "Bloody freezing on the ambulance ramp this morning. Damn I miss summer",
    "What a crap day, hell of a shift, my arse is numb from sitting",
    // Medical pricks.
    "Finger prick test for glucose before breakfast please",
    "Skin prick testing clinic is on Thursday",
  ],
  invalid: [
    {
      text: "Spilled a full brew down my clean scrubs at 4am. Fuck my life",
      errors: [{ excerpt: "Fuck" }],
    },
    {
      text: "3rd night done and I am fucking BROKEN",
      errors: [{ excerpt: "fucking" }],
      output: "3rd night done and I am BROKEN",
    },
    { text: "F.U.C.K. forgot my revalidation", errors: [{ excerpt: "F.U.C.K" }] },
    { text: "FFS. Keys locked in the car again", errors: [{ excerpt: "FFS" }] },
    { text: "wtf is going on with the rota", errors: [{ excerpt: "wtf" }] },
    { text: "Holy shit this snow", errors: [{ excerpt: "shit" }] },
    { text: "Clocks went forward. Sh\u200bit.", errors: [{ excerpt: "Sh\u200bit" }] },
    { text: "the system is a piece of sh1t", errors: [{ excerpt: "sh1t" }] },
    { text: "what a f**king night", errors: [{ excerpt: "f**king" }] },
    { text: "c*nt of a day", errors: [{ excerpt: "c*nt" }] },
    { text: "fuuuuuck the printer is jammed again", errors: [{ excerpt: "fuuuuuck" }] },
    { text: "Complete bollocks, the lot of it", errors: [{ excerpt: "bollocks" }] },
    {
      text: "Parking here is a fucking joke",
      direction: "inbound",
      errors: [{ excerpt: "fucking" }],
    },
  ],
});
