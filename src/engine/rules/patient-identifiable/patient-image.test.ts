import { ruleTester } from "../../../../test/support/rule-tester.js";
import { patientImageRule } from "./patient-image.js";

ruleTester(patientImageRule, {
  valid: [
    // A colleague named by title in the picture.
    "Our consultant finally took a break, bless him [photo: Dr Okafor fast asleep in the relatives' chair, stethoscope still on]",
    "New signage is up 🎉 [photo: sign reading 'Ward B, 12 beds, reopening Monday']",
    // A colleague asleep in the staff room.
    "post-nights state 😂 [photo: Priya asleep in the theatre coffee room, mouth open] she'll kill me",
    // A card wishing a colleague luck with their own results, signed: not a patient's thanks.
    "[photo: card in my locker – 'Good luck with your exam results! Love, Priya x'] my mentor is the best",
    "Finally healed 🙌 [photo: ultrasound of my own knee, name label cropped off]",
    "[photo: the CT phantom on the scanner table, nicknamed Sheila] quality checks done for the week",
    {
      text: "Twins' first week done 💕 [photo: their cot cards, surnames and dates blurred out]",
      name: "what would identify is hidden in the picture",
    },
    {
      text: "pre-op nerves 😬 [selfie: me on the trolley in the gown and the paper pants]",
      name: "the writer alone in their own selfie",
    },
    {
      text: "Pic of the flipchart after our sepsis teaching [photo: 'lactate 4.2 → fluids, cultures, antibiotics' with a drawing of a kidney]",
      name: "a teaching session's board",
    },
    "Night shift survival 😂 [photo: our reg fast asleep on the mess sofa with a biscuit in his hand]",
    "Best leaving do ever [photo: Priya from pharmacy asleep on the taxi seat, mouth open]",
    "[photo: our sim suite, the mannequin in a gown with a wristband reading 'SIM PATIENT'] training day!",
    "Printed this infographic and put it up on the ward board 📌 [image]",
    "New office 🥰 [photo: the board behind us showing 'Fire exit code 4411, keys in drawer 2']",
    "[photo of Megan asleep on her break with her mouth open] nights are brutal",
    "Christmas on the ward [photo: me and the girls in our festive jumpers]",
    "[photo: my little one's first day at nursery]",
    "Sunrise over the car park after nights [photo: orange sky over the multi-storey]",
    "Rota's up [photo: the rota with everyone's shifts and annual leave]",
    "Reminder: never take photos of patients or their notes on your phone",
    "Here's a photo of the team at the awards night, so proud of this ward",
    "Took a pic of the sunrise from the ward window after nights",
    "Sharing this video on the signs of stroke, please watch",
    "New exercise videos for post-op patients are on our YouTube channel",
    "The porter who took me to x-ray was lovely",
    "Sharing a photo from our patient experience week",
    "Filmed the hospital drama off the telly so you can see their terrible cannula technique",
    // A picture of an empty place or of equipment: nobody is in it.
    "Sneak peek at the refurbished bay 4 before it opens 😍 [photo: empty bay with new curtains]",
    "Here's a photo of our new side room 2, ready for Monday [photo: empty side room, bed made]",
    "[pic: unoccupied cubicle 3 after the deep clean] sparkling ✨",
    // Names on a staff rota or list are a colleague's privacy, not a patient's.
    "Off-duty is out [photo: the staff rota with full names and mobile numbers]",
    "Our new handover sheet is live, no patient names on the front page [photo: blank handover sheet]",
    "Festive feels [photo: staff in tinsel at the nurses' station]",
  ],
  invalid: [
    // A board showing a name with an initial, an age and a complaint.
    {
      text: "First night in charge [photo: screen showing 'Kyle M, 44, SOB, arrived 02:10' and the rest of the board] send coffee",
      errors: 1,
    },
    // A face said to be clearly visible.
    {
      text: "The 88 year old on our rehab ward smashing the exercise bike 🚴 [video: him pedalling away, face clearly visible]",
      errors: 1,
    },
    // A record system's screen, whatever its quoted words say.
    {
      text: "Star of the week 😂 [screenshot: BadgerNet entry, EDD 02/11, address ending 'Alnwick', plan reads 'pool birth only, no students']",
      errors: 1,
    },
    // A footprint card reading a name with its time and weight.
    {
      text: "Quiet shift on the bereavement suite 🤍 [photo: clay handprint beside a card saying 'Isla Whitcombe, 21.47, 910g']",
      errors: 1,
    },
    // A card pinned up, signed by the one thanking for their care.
    {
      text: "[photo: thank-you card on the clinic noticeboard – 'you made my surgery so much less scary. Lots of love, Delyth'] 💛",
      errors: 1,
    },
    {
      text: "Found this in the printer tray 😳 [photo: the handover sheet, names blurred but hospital numbers and diagnoses readable]",
      errors: 1,
      name: "names blurred, other patient details still showing",
    },
    {
      text: "Look how far we've come [screenshot: the district nursing caseload, names and addresses down one side]",
      errors: 1,
    },
    {
      text: "[photo: a referral letter left on the printer, name and address clearly visible] please use the shred bin",
      errors: 1,
    },
    {
      text: "Ward party vibes [video: us dancing, the screen behind shows 'PATEL, RAJ 71y']",
      errors: 1,
    },
    // Patients' details behind a staff photo outweigh the staff in front of it.
    {
      text: "Team selfie before nights 🥳 [photo: staff in scrubs, the bed board behind them with names and consultants]",
      errors: 1,
    },
    {
      text: "Cheesy grins from the day team [video: staff by the desk, the patient list on the screen showing patient names and ages]",
      errors: 1,
    },
    {
      text: "Labs are busy [photo: rack of samples, names and dates of birth on the labels]",
      errors: 1,
    },
    {
      text: "My neatest writing yet [photo: obs chart with 'Derek Hollins' across the top]",
      errors: 1,
    },
    // What the picture shows, said beside it.
    {
      text: "oops, the theatre list is on the big screen in the canteen again [screenshot]",
      errors: 1,
    },
    {
      text: "Made my day [photo: my hand holding an elderly lady's hand, her rings showing]",
      errors: 1,
    },
    { text: "[image: newborn in an incubator with the name card on the side]", errors: 1 },
    { text: "Sunday vibes [pic: Walter in his wheelchair in the hospital garden]", errors: 1 },
    { text: "Tonight's board [photo: handover board with the bed list]", errors: 1 },
    { text: "90 today! [photo: Jean in her hospital bed with a cake]", errors: 1 },
    { text: "Tonight's board [photo: ward whiteboard with bed numbers and surnames]", errors: 1 },
    { text: "Look at this [photo: chest X-ray with a coin in the oesophagus]", errors: 1 },
    { text: "Took a selfie with my favourite patient before her discharge 😍", errors: 1 },
    { text: "Snapped this little one in his incubator on SCBU, 30 weeks today", errors: 1 },
    { text: "Sharing the X-ray from tonight, 30yo who swallowed a battery 🙈", errors: 1 },
    {
      text: "Snapped this lovely shot of the twins in the SCBU incubators with their mum 💕",
      errors: 1,
    },
    {
      text: "Photo of the whiteboard from tonight, bed numbers done with flowers 🌸 [image attached]",
      errors: 1,
    },
    {
      text: "Just seen the X-ray of the lad with the fork in his hand, posting it to the group chat",
      errors: 1,
    },
    { text: "Here's the X-ray from tonight (name and DOB in the corner, whoops) 🙈", errors: 1 },
    { text: "Photo of Reg and his great-grandson on the ward this afternoon 🥲", errors: 1 },
    { text: "Selfie with Vera in the day room, she's 96 and loved it", errors: 1 },
    // Still caught: an empty place with a person in the picture after all.
    { text: "[photo: bay 4, empty apart from the old lady in bed 2 waving]", errors: 1 },
    { text: "[photo: empty side room 3, his name still on the door]", errors: 1 },
  ],
});

// Shapes met in new posts, in other words: a story or reel is a picture too.
ruleTester(patientImageRule, {
  valid: [
    "[story: sunrise over the car park after nights. Text: 'home time 😴']",
    "[story: me and the girls in scrubs after our last shift on the unit]",
  ],
  invalid: [
    {
      text: "[Insta story: me in the plaster room, behind me a lad with his arm in a cast, his face clearly visible. Location: Leeds General Infirmary]",
      errors: 1,
    },
    // A board read out after a dash: room, name and initial.
    { text: "[reel: our bay at handover — 'Rm 2 Zofia W', 'Rm 5 Aurelio P'] madness", errors: 1 },
    {
      text: "[story: an old gent's hand on the hospital blanket, a faded 'Gwladys 1958' tattoo on his forearm. Location: Morriston Hospital]",
      errors: 1,
    },
  ],
});
