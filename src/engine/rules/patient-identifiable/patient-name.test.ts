import { ruleTester } from "../../../../test/support/rule-tester.js";
import { defaultPack } from "../../pack/default-pack.js";
import { patientNameRule } from "./patient-name.js";

const FIGURES = { allow: { publicFigures: ["Vera Lynn", "Mary Seacole"] } };

ruleTester(patientNameRule, {
  valid: [
    // "'s called" read only of a casualty: a writer's own baby, a therapy dog.
    "Back at work after my op and my little one's called Rosa, thanks for all the cards",
    "He's called Biscuit and he's the new therapy dog on the ward, give him a fuss",
    "Winifred Ashdown is on my list for the Secret Santa this year",
    // A heading naming a colleague's shift is not an audience heading.
    "Staff nurse on nights: Maureen Tattersall, covering bays 1 to 4 with two students",
    // A colleague named by her team.
    "Khadija from discharge has been promoted to band 6, so proud of her 💜",
    // A blank form's fields.
    "The clinic booking page says First name: Required. Surname: Required. Even when you've typed it. IT please",
    // "Bleeding" as a swear word, not taking blood.
    "Bleeding Mr Hughes from accounts has lost my expenses form again",
    // Consent said as a yes to the photo.
    {
      text: "Our oldest fun-run finisher is Ivy, 91, from the cardiac rehab class 🏃‍♀️ Ivy said yes to this photo!",
      profile: "Official account of Wirral University Teaching Hospital NHS Foundation Trust",
    },
    // A volunteer works on at any age.
    "Volunteer of the month: Brenda, 86, who has pushed the library trolley round every ward since 1998 📚",
    // A ward's size, not an age; a mock bleep's made-up patient.
    "Ward 6 (80 beds) reopens Monday, Pauline from estates is doing the tour at 10",
    "Mock bleep practice for the F1s: 'Bed 12, Ward Nowhere, Mrs Example, sats 84%, what do you do first?'",
    // A handle that names its owner's job is a colleague's; a stand-in name is nobody's.
    "Night shift poll: who takes the longest break on ward 9? 👀 @jodie_rn91 @sammi.hca",
    "Third time tonight the Omnicell has frozen mid round. Just let me give Mrs Bloggs her paracetamol 🙃",
    // An observation done at a bay, not initials.
    "Spent my break teaching a new student how to take a manual BP in bay 3 at 7am",
    // Consent said as the family asking us to post; the writer in their own bed; a novel.
    {
      text: "Happy 100th to Ivy on Rowan Ward! Ivy and her son asked us to post these photos from her party",
      profile: "Official account of the Trust",
    },
    {
      text: "Welcome baby Noah, the first baby born in our new unit. Mum Priya and dad Sam were thrilled to share their news",
      profile: "Official account, Maternity Services",
    },
    "Me in bed 2 on the day unit this morning waiting for my own op, the tables have turned",
    "Writing my first novel: a porter called Alf finds a patient named Lily Marsh in bay 3 who isn't on any list",
    "Big shout out to Gemma and Yusuf in the discharge lounge who got 30 people home today",
    // Consent said in other words on an official account; a chaplain; pets named with titles.
    {
      text: "Meet Gwen, 88, from our Thursday stroke café. Shared with Gwen's and her daughter's permission",
      profile: "Official account of the Trust's stroke service",
    },
    {
      text: "Patient story: Marcus, 31, on life after his kidney transplant. Marcus chose to share his story for Organ Donation Week",
      profile: "Official account, Renal Services",
    },
    "Our hospice chaplain Rev. Ade Bello leads a service each spring for bereaved families of patients",
    "My dog Mr Bojangles had his teeth cleaned today, braver than half my patients",
    "Before anyone panics, the 'Mr Jenkins' in my last post is my tortoise, he's fine after his shell repair",
    {
      text: "Huge thanks to Mr Okonkwo and the whole theatre team on Ward 7 for looking after my mum",
      direction: "inbound",
      name: "a surgeon thanked with his team",
    },
    {
      text: "Please read section 7 of the new policy before Declan on Rowan ward runs the teaching",
      name: "a section of a document is no care",
    },
    {
      text: "Massive welcome to Declan on Rowan ward, our new band 6!",
      name: "a colleague on a ward named by a word",
    },
    {
      text: "Sister Nadia Rahman is on Ward 12 tonight if anyone needs a hand",
      direction: "inbound",
      name: "a ward sister by her title",
    },
    {
      text: "Why are there so many Poles in your surgical department these days?",
      direction: "inbound",
      name: "a group, not a person, in 'your' service",
    },
    {
      text: "Shout out to my pal Jordan Leckie who just got his band 6 on Ward 9",
      name: "a friend's promotion",
    },
    "Gutted they gave Marcus a final written warning over one late obs chart. Solidarity mate, the whole ward's behind you",
    "Patients of Mr Okoro at the knee clinic will be seen in the new outpatient building from Monday",
    // Simulation mannequins, therapy animals, wards named after people, colleagues named by their job,
    "Resus training today: SimMan 'Mr Carl Benson' arrested twice and we got him back both times",
    "RIP Bramble 🐶 the gentlest therapy dog the children's ward ever had",
    "Cheering on our porter Neil in the Great North Run for the stroke unit, well done Neil",
    "My debut novel is out! Staff Nurse Ivy and her patient Cecil on a 1960s fever ward. All characters are invented.",
    {
      text: "Welcome baby Arlo, born on our unit at 02:10! Parents Jess and Tom were happy for us to share the news 💙",
      profile: "Official account of Airedale NHS Foundation Trust",
    },
    "#TeamRowan smashed the night shift on ward 4, proud of you all",
    "NHS A&E waits are long today, please use 111 if you can",
    {
      text: "Thank you so much to everyone on Ward 9 for looking after me after my hip op. Home now! Brenda x",
      direction: "inbound",
    },
    "Case study for the students: 'Mr Ahmed' (not a real person) is 72 and has had three falls this month.",
    "Saw on the news that the councillor's had a heart attack. Get well soon 💐",
    "Our training manikin Derek had another cardiac arrest today and survived again",
    "Mr Obi, our head of estates, opened the new staff garden today",
    "Bay 2 had a quiz with the activities team and every single gent joined in",
    "Mr Okafor does his Monday list half asleep, I swear",
    "Hope Mr Ellery keeps operating for years yet, best surgeon in the building",
    "I'm trying to reach Mr Dev Sharma, a healthcare assistant at your hospital",
    // A chain's name before what it is; years of service are not an age.
    "shout out to the Boots pharmacy by the bus station, open till 10 so my neighbour got her inhaler",
    "Happy retirement Brenda, 38 years in nursing and the calmest hands on ward 7",
    // Placeholders, not people.
    "Handover tip: 'the patient is a nightmare' tells the next shift nothing. 'Mr X is frightened and shouts when he's in pain' tells them everything.",
    // An adverb opening a sentence is no name before a care verb.
    "Nearly died laughing when the new consultant introduced himself to the ward cat.",
    "Sadly passed away on the ward at 3am, the family were with him. RIP to my first ever patient.",
    // Public figures the pack lists are nobody's patient; the default pack lists a few.
    {
      text: "we danced to Vera Lynn on the dementia ward this afternoon, bay 2 loved it",
      pack: defaultPack,
    },
    {
      text: "dementia café sing-along, the whole of bay 4 belting out Vera Lynn at 3pm",
      pack: FIGURES,
    },
    {
      text: "Mary Seacole nursed soldiers from both sides in the Crimea, talk on ward 6 tonight",
      pack: FIGURES,
    },
    // "nurse" as a title after thanks or talking, and a surgeon's count of operations.
    "Thank you to nurse Amy on the children's ward for looking after my little boy so well",
    "I spoke to nurse Jo on the phone and she sorted it all out",
    "Mr Hadley did his 1000th hip replacement today, what a milestone for our orthopaedic team",
    "Miss Rowe performed her first robotic hysterectomy this morning, history made at Kingsmere",
    // Services and colleagues who ring, staff coming back, a colleague refusing a shift.
    "Control rang 6 times asking when we'd clear from the hospital",
    "Kofi from pharmacy rang 3 times about the TTOs, legend",
    "Chidinma came back to the ward after maternity leave today, so good to have her back",
    "Precious is refusing to do another night on her own and I don't blame her",
    "My nan Edna turned 97 today and still beats me at rummy",
    "Sarah came in with doughnuts for the night shift, what a star",
    "Sir Keir visited the new ward at Kingsmere today and met the nurses",
    "Captain Tom would have loved our fundraising walk for the ward today",
    "Last night shift before my maternity leave, I'm going to miss these kids so much",
    "Your physiotherapist Mr Colin Hart charges NHS patients for private sessions at his clinic",
    "Darren on lates keeps signing for obs he hasn't done, someone needs to look at it",
    "Medway's bed manager keeps marking patients as discharged while they're still in the lounge",
    "The midwife who looked after me, Gemma, was rude when I asked for pain relief",
    "The midwife who delivered my baby, Jo Platt, was amazing and I want to thank her",
    "Student nurse Maya, 20, did her first ever set of obs on bay 5 today, so proud",
    "Our 101 year old volunteer Edna knitted 40 hats for NICU this winter",
    "Case study for students (fictional): Mrs Y, 82, found on the floor at home, what next?",
    "Reading a nurse's memoir, the bit about the patient in bed 9 is so true",
    "Lucy's baby shower is on Sunday, the whole ward is invited",
    "Card for Dai the paramedic: he's at 14 Ivy Bank Road, recovering from his knee op",
    "Cards for Rhys the paramedic can go in the crew room, he's recovering from his hernia op",
    "Asked Bethan if I could share this: she's raising money for the renal unit after her own transplant",
    "Hywel from the cardiac rehab team has been shortlisted for a Nursing Times award",
    "Gethin from the renal unit won our ward's quiz with a round on 80s pop",
    "Annual leave: Priya's away 3rd to 10th, Sam's in hospital for his op on the 5th, cover please",
    "Staff nurse Pearl in the corner bay is running the drug round tonight",
    "The Mensahs' new kitchen is finally finished, housewarming on Saturday",
    "Our charge nurse Kemi is on the ward all weekend if you need her",
    "my insta is @nurse_on_nights, follow for ward life content",
    // A name before care they give or their own news: the carer, or a colleague's health.
    "Bronwen did her obs round early so the bay could sleep",
    "Nia sorted her dressing trolley and restocked the clinic room before handover",
    "Ffion from the discharge team is off after her knee op, send her love",
    "Good luck to Idris who is having his hernia op tomorrow, see you back on the unit",
    "Delyth is back on the ward after her surgery and looks amazing",
    "Physio team: Osian ran the falls class and explained their exercises to everyone",
    // Animals, ghosts, staff news, dramas and history have names and beds too.
    "Our ward cat Mittens got told off for sleeping in bay 3 again, he loves the heater",
    "Our PAT dog Bruno, 6, has done 200 visits to the children's ward this year",
    "Every ward has a resident ghost. Ours is called Edna and haunts side room 2",
    "Chloe on the stroke unit passed her preceptorship with flying colours!",
    "Season finale of Grey's: the patient in room 4 turns out to be the chief's son",
    "In 1948 the first NHS patient was 13 year old Sylvia Diggory at Park Hospital",
    "The Queen's hip operation made headlines back in the day",
    "Our ward got 'Outstanding' in the accreditation today, so proud of the team",
    "Photo of Jess on the ward on her last shift, we'll miss her",
    "We sadly lost our lovely colleague Bernard last week, he worked on this ward for 25 years",
    "Lunch and learn with Emma in room 4 today, topic is sepsis recognition",
    "Doreen from the discharge lounge has retired after 40 years, we'll miss her",
    "Training with Sarah in room 3 at 2pm, bring your laptops",
    "Ventilator training for all ITU staff next Tuesday, sign up on the sheet",
    "Reminder that DNACPR training is mandatory for all registered staff",
    // A patient mentioned sentences before a bay is not a person in that bay.
    "Sitting down to talk to a patient takes thirty seconds. Do it. Shattered after four long days but the team on Bay C were incredible.",
    {
      text: "Meet the team: Priya Shah, 34, joins us as a nurse educator in the training department",
    },
    { text: "Ward 7, 28 beds, is reopening after the refurb" },
    { text: "Band 5, 12 months experience needed, apply on the Trust jobs page" },
    { text: "Leeds, 25 June: come along to our open day" },
    { text: "Mr Hargreaves, consultant urologist, gave a brilliant lecture on robotic surgery" },
    { text: "Thanks to Mrs Ellis and the catering team for the Christmas dinners" },
    { text: "Kemi came in early to help with the drug round, what a star" },
    { text: "She was admitted to the bar in 2019 and now works in our legal team" },
    { text: "Kemi's birthday cake was amazing, thanks for sharing on nights" },
    { text: "Dr Kaur's famous mug made the documentary" },
    { text: "My husband Steve picked me up after a long shift" },
    { text: "Shoutout to my sister Jo who starts her nurse training today" },
    "Dr Patel ran a great session on sepsis today",
    "Brilliant talk from Dr Aisha Khan, consultant cardiologist",
    "Congratulations to Staff Nurse Oluwaseun Bakare, Nurse of the Year",
    "Shout out to Bev Okoro and Tom Ashworth who've led the discharge lounge from four chairs",
    "Mr Stephen Achterberg takes consultancy fees from the implant company",
    "Bay 4 is closed for a deep clean this afternoon",
    "We've opened a 28-bed ward for winter",
    "Hi Joe, the new scanner is in use and the first patients were scanned on Monday",
    "Morning, Freddie! Your rota for the children's unit is on the board",
    "Dylan from estates fixed the heating on the children's unit, what a star",
    "Ring Becky on her personal mobile if you can cover Saturday night on Ward 7",
    "Tina from the discharge lounge baked for everyone today",
    "Huge thanks to Siobhan who stayed late to settle a patient on the ward",
    "Well done Precious and Tendai for the discharge audit",
    "Kofi from the ward went above and beyond for a patient yesterday",
    "Our friend Nadia Hussain from the ward team ran the marathon",
    "The Royal family visited the hospital today",
    // Plurals that name a team, a paper or a show, not a family.
    "The Saints were in the news again after the match, half of A&E were watching",
    "The Express have asked me for a comment on the ward closure",
    "the Simpsons are on in the relatives room, the kids love it",
    "the Williams sisters were brilliant at Wimbledon",
    "Kelly attended the clinic meeting this morning, great ideas from the whole team",
    "Sarah treated us all to cake on the ward tonight",
    "The porter who took me to the fracture clinic was so kind, his name was Tony",
    "the new registrar on ward 6, his name is Derek, is brilliant",
    "a 'patient' in the simulation suite arrested today, his name is SimMan and he's plastic",
    "Jane Hobbs, our patient experience lead, ran a brilliant session",
    "Amara was amazing with the patient who was scared of needles today",
    // The writer ("I'm", "I've") is not a name; songs, shows and dog breeds named like people.
    "Left my stethoscope on Ward 4 and I'm on Ward 9 now, anyone seen it?",
    "We rang the bell for a patient I've known for 3 years 🔔 best day",
    "Hospital radio played Mr Blue Sky on all the wards and the patients sang along",
    "Mrs Brown's Boys on in the day room and half the ward are in stitches",
    "19 visits, 4 wound dressings and 1 very enthusiastic Jack Russell on the district today",
    // A surgeon named by the operation, a colleague named by role, a doctor working.
    { text: "My operation with Mr Bamber went really well, thank you", direction: "inbound" },
    "Mrs Ahmed our ward manager just got her MBE, so proud of her",
    "Dr Singh admitted 12 patients last night on AMU, what a shift",
    "Massive thanks to Dr Okafor for the teaching session on the ward",
    // A choir, a dog, the heat and a TV drama: nobody cared for.
    "Harry from the Tuesday choir came in to sing for the wards again",
    "Our therapy dog Bella visited bay 4 today and the patients loved her 🐶",
    "This heat is killing me, Bay C is like a sauna. Sitting with a patient takes thirty seconds",
    "Watching Casualty and the bloke in cubicle 3 had sats of 80 and was chatting away 😂",
    // A colleague's bereavement or return to work.
    "Heads up for anyone doing a card: Zainab's dad died in Pakistan on Sunday and she's flown out for the funeral. Back in 3 weeks",
    "Mo on Ward 2 is on a phased return so please go easy on him",
    "Patients always ask for my Insta @nurse_becca_xo so I write it on the discharge packs",
    "@jenny_m_wex Hi Jenny, the hospital has decided not to reopen the dementia ward",
    // Colleagues: fundraising, good luck before their own op, a colleague's new baby.
    "Jade and Becky from ward 10 are doing the Three Peaks for the children's ward appeal, sponsor them!",
    "Good luck to Tom from ICU who's having his op tomorrow, see you back on the unit soon mate",
    "Welcome to the world, baby Theo! Congratulations to our own midwife Sam and her husband 💙",
    "Mrs Hinch has nothing on our housekeeper Sandra, bay 6 is sparkling ✨",
    "Just watched 24 Hours in A&E and the bloke in resus with the nail gun was hilarious 😂",
    "My daughter Amelia starts her nursing degree today, proud mum moment on the ward",
    // A first name's possessive is everyday talk about colleagues; counties are not names.
    "Bev's off next week for her gastric band op, no birthday cake when she's back 😂",
    "Leave sheet: Kelly's away 2nd–16th, Beth's in hospital for her op the 12th. Plan accordingly",
    "Missing my colleague who's moved to Australia. Enjoy the sunshine, Claire! ☀️",
    "Only 2 left on the A&E night shift quiz. Ben in majors, you're next mate",
    "Happy 10th birthday to our children's hospital! 10 years of caring for Kent's kids",
    // Lower-case posts about colleagues; a new starter with their age.
    "sue on ward 5 is the best nurse ever",
    "karen on ward 7 who turned 50 today, happy birthday from all the team x",
    "Priya Shah, 34, joins us as a nurse educator on ward 5",
    "Thank you to Mrs Patel from the Friends of the Hospital for the new radios on every ward",
    "My son was born at this hospital 10 years ago today. Happy birthday Noah! 🎂",
    "Comment below if you've ever had to redo one of Gary's discharge summaries 🙋‍♀️",
    "Cots 3 and 4 on SCBU are out of use while the new monitors go in",
    "Resus 1 has been restocked and checked, ready for the next one",
    "Drink less. Seriously. Blackpool's liver unit is full of people in their 30s.",
    // Colleagues doing the caring: admitting, discharging, looking after a bay, spotting a patient.
    "Kelly admitted 9 patients on her own last night on AMU and still smiled. Legend",
    "Sophie discharged 14 patients before lunch. The flow team owe her a drink 🍹",
    "Jo looked after the whole of bay 4 on her own tonight. Staffing needs fixing",
    "Shout out to Dev who spotted a deteriorating patient in bay 3 and got outreach in fast",
    "Welcome back Marcus after your paternity leave! Bay C missed your playlists 🎶",
    "Gemma caught a sepsis in bay 2 that everyone else missed. Outstanding nursing",
    "Sam from outreach came to bay 6 within 5 minutes of the call. Thank you",
    "Kofi discharged everyone from bay B before 11. The bed managers are in love",
    "Nice car you've got there, Mr Operations Director, shame about the day unit closing",
    {
      text: "The porter who helped me find the eye clinic today was so kind. His name was Tony.",
      direction: "inbound",
    },
    {
      text: "With permission from Harold and his family, we're sharing his story: 102 and home after his hip op!",
      profile: "Official account: Mid and South Essex NHS FT",
    },
    "Niamh and Orla ran the ward like pros tonight, every patient got their meds on time",
    {
      text: "Please pass on our thanks to Siobhan in A&E, she was wonderful with my son",
      direction: "inbound",
    },
    "Reading the Nursing Times piece on burnout on the ward break",
    "Posting ward tips on my nursing TikTok tonight",
    "Sat with Sister Kaur at lunch, lovely chat about the ward",
    "Looked after Bay 4 on my own all night, 8 patients",
    "Mr Men books donated to the children's ward, thank you!",
    "Guess who's got a new car? Our lovely Jade on the surgical day unit",
    "Welcome to Shazia Akhtar who joins the stroke team as our new specialist nurse",
    {
      text: "Meet Harold, 72, who has agreed to share his story after a year on dialysis",
      profile: "Official account of the Trust",
      name: "official account, agreed to share",
    },
    "Can't believe Ruby is leaving us after 10 years on the stroke unit, the patients will miss her",
    "Ifeoma and Chioma on nights were amazing, every patient in bay 3 got their obs on time",
    "Tina on reception always finds patients' lost glasses",
    "Rota: Dave off next week (his wife's chemo), Kev on nights",
    "Massive congratulations to Jess on our ward who passed her exams",
    "The choir sang Danny Boy on ward 12 this afternoon",
    {
      text: "Meet Graham, 67, ringing the bell after radiotherapy (shared with Graham's consent)",
      profile: "Official account of the Trust",
      name: "official account, consent stated",
    },
    // Consent said as agreeing to be in the pictures.
    {
      text: "Lovely to host footballer Marcus Dyer on our renal unit this morning; the patients he met all agreed to be in the pictures ⚽",
      profile: "Official account of the Trust",
    },
    // A crash with nobody hurt; a relative's age with "my" in the brackets; a crash-hurt person
    // with a colleague's role near.
    "Saw the pile-up on the A1 this morning. The driver was fine. His name is Gary and he's my neighbour",
    "Lunch with Imogen (my sister, 34) before my late shift on the ward",
    // Spoken to by name in a post where nobody was cared for; a relative on the staff.
    "Someone keeps taking the good biscuits from the ward kitchen. Gary, you know who you are 👀",
    "A man in the hospital car park gave me his parking ticket. Steve if you're reading this, thank you",
    {
      text: "My cousin Hannah Lowe is a midwife on your labour ward, please tell her I said hello",
      direction: "inbound",
    },
    // The writer as a colleague's supervisor; cleaning that is not a patient's.
    "So proud of our Megan who finished her preceptorship today, been her practice supervisor all year",
    "Cleaned my kitchen top to bottom today, Mrs Hinch would be proud of me",
    // The writer's own son, in their own words.
    "My son Lewis was on the children's ward last week and the staff were brilliant with him",
  ],
  invalid: [
    // A relative named just before, then "she's called".
    {
      text: "Whoever is looking after my grandad on the stroke unit: he's called Ezekiel and he hates sugar in his tea",
      direction: "inbound",
      errors: 1,
    },
    // Someone else's words quoted: their relative, not the writer's.
    {
      text: "Pinned this up in the staff room 🥹 a text from Pat: 'my husband Derek spent a week with you after his fall and you treated him like a king'",
      errors: 1,
    },
    // Someone the writer treated, known by their job, then named by title.
    {
      text: "Scanned my daughter's old PE teacher this morning 😬 Mr Kowalski, your gallbladder is fine, stop googling",
      errors: 1,
    },
    {
      text: "Polished my driving instructor's teeth today 🦷 Mrs Okafor still tells me to check my mirrors",
      errors: 1,
    },
    // A known given name, then the care they go to or the writer's role for them.
    {
      text: "Tyler from the youth club taught me every grime lyric going on the drive to his diabetes clinic",
      errors: 1,
    },
    {
      text: "Proud of our Shannon who passed her driving test today, been her key worker since she was 14",
      errors: 1,
    },
    // The writer's own relative in a message to the Trust, with its staff named nearer; or the
    // one in the Trust's picture.
    {
      text: "Your district nurse was supposed to call on my father Desmond Akers in Thornaby on Friday and never came. He's 88 and in bed with a pressure sore.",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "The man in the wheelchair in your Christmas video is my uncle Terrence, he never said you could film him",
      direction: "inbound",
      errors: 1,
    },
    // Booked in; an injection only patients have, further on.
    {
      text: "Please can admin stop booking Mrs Adeyemi in before 10, she drops her grandkids at nursery first",
      errors: 1,
    },
    {
      text: "Reminder: Mr Hallam from the garage on Station Lane is due his B12 on Thursday afternoon",
      errors: 1,
    },
    // Someone cared for, spoken to by name.
    {
      text: "A lad collapsed at the bus station and I did CPR on him for six minutes 😳 Marcus if you're reading this, you owe me a pint",
      errors: 1,
    },
    {
      text: "Went to Slimming World and the leader was a lady we discharged in May. Carol Hughes if you read this, get well soon and keep going",
      errors: 1,
    },
    {
      text: "The HPV jabs went fine apart from one girl (Maisie, you know who you are 🙈) who hid in the toilets",
      errors: 1,
    },
    // Someone hurt in an incident, then named outright.
    {
      text: "Anyone who saw the cyclist knocked off near the ring road at 8: he's called Tomasz, he's 41 and he's stable now",
      errors: 1,
    },
    {
      text: "Is there an update on the pedestrian injured outside Greggs yesterday? Her name is Lorna Quigley",
      direction: "inbound",
      errors: 1,
    },
    // A name with what they have, then their age.
    {
      text: "Took Caleb (cerebral palsy, 11) and his dad down to the hydrotherapy pool after physio today",
      errors: 1,
    },
    // A nickname in quotes in recovery or theatre; a name in the mortuary.
    {
      text: "'Smiling Stan' was in theatre again this morning, fourth hernia repair and still joking",
      errors: 1,
    },
    {
      text: "Mortuary mix-up again: Mrs Whitlock was nearly released to the wrong undertaker",
      errors: 1,
    },
    // A patient's account, by the care they had or had from the writer.
    {
      text: "Give @sunny_steps_sam a follow, swimming lengths again six months after his transplant 🏊",
      errors: 1,
    },
    {
      text: "@bakes_by_bex I did your bloods last week and only just realised you're the cake lady 🎂",
      errors: 1,
    },
    {
      text: "Go and follow @walking_wendy74, one of my pulmonary rehab lot, doing 10k steps a day now",
      errors: 1,
    },
    // A name on the writer's caseload or operating list.
    { text: "Winifred Ashdown is on our caseload again from Monday, her legs are bad", errors: 1 },
    {
      text: "Clive Entwistle is on my theatre list tomorrow so I'll be buying the cakes",
      errors: 1,
    },
    // A heading says who the post is for; the named person after it is the patient.
    {
      text: "Reminder for the night team: if Maureen Tattersall phones about her dressings again, she was seen at home yesterday",
      errors: 1,
    },
    // A frequent caller named.
    {
      text: "Maureen's called 111 fourteen times this week, always about her cat's cough. Bless her",
      errors: 1,
    },
    // Common given names the list had missed.
    {
      text: "Could someone pass a message to Dorota Nowak in room 3 on the labour ward? Her husband's phone is dead and he's stuck at work",
      direction: "inbound",
      errors: 1,
    },
    // A name read out of a record's fields.
    {
      text: "Eye clinic, 7.40am. Forename: Holly. Surname: Berry. Came in with tinsel in her eye 🎄",
      errors: 2,
    },
    // The one whose blood was taken is the patient, whatever their job.
    {
      text: "Had to bleed my old PE teacher Mrs Lomax this morning 😂 still calls me by my surname",
      errors: 1,
    },
    // An age no colleague is, after the name or its place.
    {
      text: "Physio team: Arthur on Ward 12 (88, ex-miner) wants a go on the stairs tomorrow",
      errors: 1,
    },
    {
      text: "Edith from the Tuesday falls class (93!) did the whole circuit without her frame",
      errors: 1,
    },
    // A unit named in full.
    {
      text: "Is my dad Trevor Mills still on the acute assessment unit? Nobody rings me back",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Section 2 papers done for Declan on Rowan ward tonight, he cried the whole time",
      errors: 1,
      name: "a first name on a ward named by a word, with a section of the Mental Health Act",
    },
    {
      text: "My sister Nadia Rahman is on Ward 12 and nobody has told us anything since Tuesday",
      direction: "inbound",
      errors: 1,
      name: "'my sister' is a relative, not a ward sister",
    },
    {
      text: "Could someone tell me how Trevor Baines is doing in your intensive care? I'm his nephew",
      direction: "inbound",
      errors: 1,
      name: "a name in 'your' service, in a message to the Trust",
    },
    {
      text: "my pal Jordan Leckie got sectioned on Friday and nobody will tell his gran where he is",
      direction: "inbound",
      errors: 1,
      name: "a friend named with care",
    },
    {
      text: "Handover gem of the week: WHITTAKER, Joan asked for a sherry with her tea and a transfer to 'the nice ward'",
      errors: 1,
    },
    {
      text: "Board round: HUSSAIN M, DOYLE P and KERR T all waiting on a care package again",
      errors: 3,
    },
    { text: "#GoHomeDoreen after 6 weeks on Ward 12 she's finally off home today!", errors: 1 },
    { text: "maureen from bay 4 if you're reading this, we miss you!", errors: 1 },
    { text: "RIP JT, bed 9, you made my first night shift bearable", errors: 1 },
    {
      text: "The Nowak family dropped cakes in for the nurses' station to thank us for looking after their mum",
      errors: 1,
    },
    { text: "Bed 12's daughter rang again at 3am asking for an update", errors: 1 },
    // A single initial that is no placeholder.
    { text: "Mr B in bed 4 pulled his cannula out again, third time tonight.", errors: 1 },
    // Names that end like those adverbs.
    { text: "Molly died on the ward last night, her family were with her.", errors: 1 },
    { text: "Donnelly was admitted overnight with chest pain, bed 4.", errors: 1 },
    // The same posts without the allow-list: the names read as patients.
    {
      text: "dementia café sing-along, the whole of bay 4 belting out Vera Lynn at 3pm",
      errors: 2,
    },
    // "to nurse" is still the verb when no thanks or talking comes before it.
    { text: "It was a privilege to nurse Edna Moss on our ward in her last days", errors: 1 },
    // A count that is not of procedures done still leaves the titled patient.
    { text: "Mr Hadley in bed 6 had his 3rd fall this week", errors: 1 },
    { text: "Lovely to see Margaret Oyelaran, 88, up and walking on the ward today", errors: 1 },
    { text: "Wishing Tobias, 7, a speedy recovery after his tonsils op", errors: 1 },
    {
      text: "Our oldest admission this year: Winston Abara, 101, still cracking jokes in bay 3",
      errors: 1,
    },
    { text: "Police asked whether Gareth Prentice, 41, was brought into A&E overnight", errors: 1 },
    {
      text: "My nephew (Kallum Redfern, 19) was taken to your ED last night, is he still there?",
      direction: "inbound",
      errors: 1,
    },
    { text: "Mrs Okonkwo finally ate her whole dinner tonight, small wins on nights", errors: 1 },
    { text: "Mr Fairbairn kept pulling his oxygen off all shift", errors: 1 },
    { text: "Chasing Mrs P's bloods for the third time today", errors: 1 },
    { text: "Wrong-side block on Mr Delaney's knee yesterday, datix done", errors: 1 },
    { text: "Miss Tremayne's family brought a huge tin of chocolates to the ward", errors: 1 },
    { text: "Ravinder was admitted again last night, third time this month", errors: 1 },
    { text: "Sharmila got discharged today after 6 weeks with us, so happy for her", errors: 1 },
    { text: "Crispin was brought in by ambulance after a fall at home", errors: 1 },
    { text: "Finally Thelonius has been transferred to the stroke unit", errors: 1 },
    {
      text: "Bronwen passed away peacefully on the ward this morning, surrounded by family",
      errors: 1,
    },
    { text: "Zebedee's obs are all over the place tonight", errors: 1 },
    { text: "Can someone check Ottoline's cannula, it's tissued", errors: 1 },
    { text: "Ignatius's wound dressing needs changing before the doctors round", errors: 1 },
    { text: "Horatio's hip op went well, he's back on the ward", errors: 1 },
    { text: "Update on Perpetua's scan results: all clear", errors: 1 },
    {
      text: "Hi I'm Tamsin's sister, she was admitted yesterday, which ward is she on?",
      direction: "inbound",
      errors: 1,
    },
    { text: "Lovely chat with Mr Ambrose's daughter Philippa on visiting today", errors: 2 },
    { text: "The lady in bay 2 keeps asking for her son Lysander", errors: 2 },
    { text: "Mum is Saoirse, dad is on his way, baby delivered in the lift!", errors: 1 },
    { text: "Her husband is called Evander and he visits the ward every day at 2", errors: 1 },
    { text: "The gent in cubicle 4 has been shouting at everyone since 10pm", errors: 1 },
    {
      text: "Bay D tonight: the screamer, the wanderer and the one who keeps taking his gown off",
      errors: 1,
    },
    { text: "Side room 3 keeps calling his daughter at 3am", errors: 1 },
    { text: "Bed 7 pulled her NG tube out again", errors: 1 },
    { text: "the young lad on trolley 12 has been waiting 14 hours", errors: 1 },
    { text: "My patient Florentyna made me a card today", errors: 1 },
    { text: "A lady called Hermione on our ward turned 100 today", errors: 1 },
    { text: "Our lovely gent Augustine sang to the whole ward", errors: 1 },
    { text: "mrs jones in bed 5 keeps calling out for her son", errors: 2 },
    { text: "just had mr whitfield's family in complaining about his discharge", errors: 1 },
    {
      text: "my dad Kenneth Ashdown was admitted on Tuesday and nobody will tell me anything",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "My nan Edna is on your stroke ward and hasn't been washed for 2 days",
      direction: "inbound",
      errors: 1,
    },
    { text: "Edna on Ward 12 turned 100 today and the whole bay sang to her", errors: 1 },
    {
      text: "Mrs Hughes in bed 4 has been fit for discharge for 3 weeks",
      errors: [{ excerpt: "Mrs Hughes in bed 4" }],
      output: "a patient has been fit for discharge for 3 weeks",
    },
    {
      text: "the man in bed 4 who keeps pulling his cannula out",
      errors: [{ excerpt: "the man in bed 4" }],
    },
    {
      text: "Just followed Kayleigh from bed 3 on Insta",
      errors: [{ excerpt: "Kayleigh from bed 3" }],
    },
    { text: "Bed 12 has pressed his buzzer 40 times since 10pm", errors: [{ excerpt: "Bed 12" }] },
    { text: "Mr Arthur Blenkinsop sang Danny Boy to the whole bay on Ward 12", errors: 1 },
    {
      text: "Ron Gattridge was brought onto our ward drunk last night",
      errors: [{ excerpt: "Ron Gattridge" }],
    },
    {
      text: "The little lady in bay 4 keeps asking for her husband Stan",
      errors: 2,
      name: "patient and relative",
    },
    {
      text: "Doris on her nightly escape attempt with her zimmer frame again",
      errors: [{ excerpt: "Doris" }],
    },
    { text: "chase the potassium for Mrs Oduya, bay 2", errors: 1 },
    { text: "Shoutout to Mrs Ahmed who visits her husband on Ward 5 every day", errors: 1 },
    // "this morning, Name": a time of day before a name, not a greeting to them.
    {
      text: "Quiet on ward 4 this morning, Winifred Oakes managed the whole corridor with her zimmer frame",
      errors: 1,
    },
    // The people at a bay are described in the sentence after an emoji.
    {
      text: "Bay F tonight is a circus 🎪 the screamer, the biter and the one who keeps taking his socks off",
      errors: 1,
    },
    // Inbound: relatives and friends write in about a named patient.
    {
      text: "I'm the son of Douglas Fairley who is on your stroke ward, please ring me",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "My friend Halina Zielinska is on your maternity ward, can I visit tonight?",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "Our daughter Kelsey Dunn was left on a trolley in A&E for nine hours",
      direction: "inbound",
      errors: 1,
    },
    { text: "The Okonjo family want to thank ward 3 for caring for their dad", errors: 1 },
    { text: "the Mensah twins are both on our ward with chickenpox", errors: 1 },
    { text: "Gareth Pugh is an inpatient on our unit, his brother keeps ringing", errors: 1 },
    {
      text: "Can you confirm whether a Mr Colin Yates attended your urgent treatment centre on Friday?",
      direction: "inbound",
      errors: 1,
    },
    { text: "Kyle Denton was treated for burns in resus last night", errors: 1 },
    { text: "Marjorie's daughter comes every evening now, she's on end of life care", errors: 1 },
    {
      text: "my grandad's on your Ward 9 after his fall, his name's Len Abbott, can someone tell him I'm on my way",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "the Nowaks have been sat in our relatives room all night, nan hasn't got long",
      errors: 1,
    },
    { text: "the Pritchards in the relatives room keep asking for the consultant", errors: 1 },
    // A name described as a patient, or given care, whatever the name.
    { text: "Gwyneira Pugh, our longest-staying patient, finally went home today", errors: 1 },
    {
      text: "Sat with Thaddeus Brennan in the relatives room while his wife was in theatre",
      errors: 1,
    },
    { text: "Honoured to nurse Ezinne Obi through her last days on the hospice ward", errors: 1 },
    { text: "Bay 6, 3am, the retired vicar asking for communion wine", errors: 1 },
    // A known given name by a unit or treatment.
    {
      text: "Emergency c-section for Nicole Ashdown tonight, baby girl and mum both well",
      errors: 1,
    },
    { text: "Who looked after Jordan Pryce on the adolescent ward last year?", errors: 1 },
    { text: "Sending love to little Freddie on NICU tonight, he's a fighter", errors: 1 },
    { text: "Welcome back Moira, in for chemo again and still smiling", errors: 1 },
    { text: "Dylan on the children's ward asked for a third ice lolly today", errors: 1 },
    // Nicknames and descriptors before a name at a bed.
    { text: "Nanna Pat in bed 11 did the hokey cokey with the physios 💃", errors: 1 },
    // A doctor or professor who is the patient.
    {
      text: "Dr Okonkwo is a patient on your cardiology ward, I'm his neighbour, how is he?",
      direction: "inbound",
      errors: 1,
    },
    { text: "Looked after a retired GP, Dr Aldous Fenn, on the stroke ward today", errors: 1 },
    { text: "Professor Hale from the university was brought in by ambulance tonight", errors: 1 },
    {
      text: "Nursing my old consultant tonight. Dr Ilsley admitted with a chest infection",
      errors: 1,
    },
    // Care the named person is receiving.
    { text: "Sat holding Ivy Marchetti's hand while she passed this morning 💔", errors: 1 },
    { text: "Evelyn finally got her pacemaker fitted and wants to go dancing", errors: 1 },
    {
      text: "Gave Kenny his first shave in three weeks today, he looks 20 years younger",
      errors: 1,
    },
    {
      text: "Happy discharge day to Winston who's spent 14 weeks on our spinal unit 💪",
      errors: 1,
    },
    // A name back in a unit, a full name from a ward, initials at a bed, a bay pair, an age in brackets.
    { text: "Our frequent flyer Trev is back in majors again tonight, same chest pain", errors: 1 },
    { text: "Lost property: a purse belonging to Gloria Mensah from ward 6", errors: 1 },
    { text: "AH in side room 2 finally passed urine after 14 hours 😂", errors: 1 },
    { text: "The couple in bays 2 and 3 have been married 70 years 💕", errors: 1 },
    {
      text: "Sending love to Lucas (7) on the oncology ward who rang the bell today 🔔",
      errors: 1,
    },
    {
      text: "My daughter Lily-Mae (she's 6) was seen in your children's ED on the 12th",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "@DaveyBoy1978 mate you were a nightmare patient but glad you're back on your feet after the op",
      errors: 1,
    },
    // Thanks to a patient waiting; a titled name given care; a possessive with care received.
    {
      text: "Shoutout to Maureen in the discharge lounge who's been waiting since 10am for her transport home",
      errors: 1,
    },
    {
      text: "Who's looking after Mr Oyelowo tomorrow? He's nil by mouth for his angiogram",
      errors: 1,
    },
    {
      text: "Sharing Tony's story: after 3 strokes he's walking again thanks to our rehab team!",
      errors: 1,
    },
    {
      text: "Anyone know if Jasmine Kerr got moved to the Royal London? She was on our ward till Thursday",
      errors: 1,
    },
    { text: "Service user in room 4 on the acute unit has been on 1:1 obs all week", errors: 1 },
    { text: "Mum in room 6 on delivery suite has been pushing for 2 hours 💪", errors: 1 },
    { text: "RIP to our lovely Bill from the Thursday dialysis group 💔", errors: 1 },
    // Lower-case posts, an age in brackets before a ward, "her name is".
    { text: "shoutout to gladys on ward 5 who turned 100 today and asked for a sherry", errors: 1 },
    { text: "omg sharon in bed 4 has been shouting for her husband all night", errors: 1 },
    {
      text: "Eric (94) on our ward asked the consultant if he was old enough to shave 😂",
      errors: 1,
    },
    {
      text: "My wife is in your maternity unit, her name is Chantelle Roberts, she had a c-section today",
      direction: "inbound",
      errors: 1,
    },
    { text: "The twins in cots 3 and 4 on SCBU went home today after 11 weeks! 👶👶", errors: 1 },
    { text: "Our Jonno from bed 3 has been discharged after 6 months 😢", errors: 1 },
    { text: "Kemal in bed 7 wants his TTOs before 5 so his son can pick him up", errors: 1 },
    {
      text: "Denise from the Tuesday clinic, who's had 3 strokes now, brought us roses again",
      errors: 1,
    },
    { text: "Ron admitted last night with chest pain is asking for his wife", errors: 1 },
    { text: "Big thanks to the family in bay 4 who brought us cakes tonight", errors: 1 },
    {
      text: "Proud of Aisha (14) on our adolescent unit who got her GCSE results today 🎓",
      errors: 1,
    },
    // A named newborn, and a patient's social media handle.
    {
      text: "Huge congratulations to Aaliyah and Marcus on the birth of baby Zion on our labour ward! 7lb 1oz",
      errors: 1,
    },
    { text: "@mollyy_rose2007 you were the bravest patient on the ward this week x", errors: 1 },
    {
      text: "Go follow @jayden.recovers, that's our lad from ward 7 doing his leg rehab 💪",
      errors: 1,
    },
    {
      text: "Mrs Ahmed in the birthing pool right now singing Adele between contractions",
      errors: 1,
    },
    {
      text: "Dispensed Mr Kowalski's methadone late again because the script wasn't signed",
      errors: 1,
    },
    {
      text: "Today's the day we turned off Gary's ventilator after 3 months on ITU",
      errors: 1,
    },
    {
      text: "DNACPR conversation with Maureen's family today, she's been with us on Oak for 3 weeks",
      errors: 1,
    },
    {
      text: "Lily in room 3 turned 5 today on the oncology ward, we had a unicorn party",
      errors: 1,
    },
    { text: "Our hospice lost Doreen overnight, 88, she'd been with us since August", errors: 1 },
    {
      text: "Delivered Mohammed's prescriptions to his flat on the Park Wood estate today",
      errors: 1,
    },
    {
      text: "mrs b on the dementia unit thinks it's 1974 and i'm her sister, we had a lovely chat",
      errors: 1,
    },
    // Round 3: medicines, kit, nicknames, photos, praise for a child, visits, lower case.
    { text: "Had to ring Doreen Small about her insulin again, she keeps doubling up", errors: 1 },
    { text: "Mr Ahmed collects his Creon every Monday and brings us baklava", errors: 1 },
    { text: "Occupational therapy: Mrs Nolan's new stairlift is finally in", errors: 1 },
    {
      text: "Shoutout to Ruby (8) on Starfish ward who rang the end of chemo bell today",
      errors: 1,
    },
    {
      text: "Mental health ward: 'Deacon' from the Westwood estate is back in seclusion again",
      errors: 1,
    },
    { text: "CMHT visit to Terry on the Millbrook estate today, his flat is worse", errors: 1 },
    {
      text: "Nursed my old geography teacher Mr Lowe on the cardiac ward, he remembered me",
      errors: 1,
    },
    { text: "my favourite patient doris on ward 9 told me about the blitz today", errors: 1 },
    { text: "Shout out to Nan in bay E who's 99 and still beats us at cards", errors: 1 },
    { text: "Sad night on NICU, we lost little Isla at 2 days old", errors: 1 },
    {
      text: "Learning disability: Kyle (27) from the supported flats had his first blood test calmly",
      errors: 1,
    },
    {
      text: "Our favourite frequent flyer Big Dave was back in the ED waiting room at 5am",
      errors: 1,
    },
    { text: "'Nobby' from the Tower Hamlets flats is back in majors again", errors: 1 },
    { text: "Mrs Osei collects her methotrexate every Friday and asks about my kids", errors: 1 },
    { text: "home visit to dorothy in seasalter today, she's 92 and made me a cuppa", errors: 1 },
    { text: "Our LD lad Jamie had his first dental check without sedation today", errors: 1 },
    { text: "Porters: took Elsie from ward 7 down for her scan, she held my hand", errors: 1 },
    { text: "Shoutout to Mrs Kemp, 101, who told the registrar he looked about 12", errors: 1 },
    { text: "The nurse who looked after Mrs Amos in bed 4 went home early", errors: 1 },
    // Names not on the names list, read from what only a patient does after them.
    {
      text: "Adebayo came back to clinic a year after his liver transplant, unrecognisable",
      errors: 1,
    },
    { text: "Tamsin is still refusing her insulin, the diabetes team are coming up", errors: 1 },
    {
      text: "Lorraine from Sturry rang the practice 9 times before lunch about her results",
      errors: 1,
    },
    { text: "Big news: Kacper swallowed a magnet and we watched it on x-ray all week", errors: 1 },
    {
      text: "Learning disability nurse here: Rhys (31) from the supported flats had his bloods done",
      errors: 1,
    },
    {
      text: "Hospice: Winifred in the garden room turned 101 on Friday, sherry all round",
      errors: 1,
    },
    {
      text: "Prison healthcare: Dariusz on C wing came in with a broken hand after a fight",
      errors: 1,
    },
    {
      text: "CMHT: visited Jolene at her flat, no electric and no food in the cupboards",
      errors: 1,
    },
    {
      text: "Rehab unit: Marcus showing off his new prosthetic arm to the whole gym 💪",
      errors: 1,
    },
    {
      text: "Porters: escorted Mrs Delaney down to the mortuary at 4am, she'd been with us since May",
      errors: 1,
    },
    {
      text: "LD team: Shannon (22, autistic) had her first smear today and was so brave",
      errors: 1,
    },
    { text: "Big Dave is back in our majors for the 6th time this month, same trolley", errors: 1 },
    {
      text: "Colonel Hartley on Nightingale ward told me about Korea today, 94 and still sharp",
      errors: 1,
    },
    { text: "Reverend Oduya in bed 9 has asked for communion on Sunday", errors: 1 },
    { text: "GP: Mrs Hartley-Jones rang about her ears, 6th time this week", errors: 1 },
    { text: "Renal: Big Kev from the dialysis unit has had his transplant at last!", errors: 1 },
    // A capitalised name (listed or not) with care the person receives, said with his/her/their.
    {
      text: "Ceridwen on the ward round told the reg she would rather have gin than her insulin",
      errors: 1,
    },
    {
      text: "Clinic today: Eifion from the garage had his colonoscopy with us, all clear",
      errors: 1,
    },
    {
      text: "so proud of Tomasz, took his first steps since the stroke down to the day room",
      errors: 1,
    },
    { text: "Rhodri's back with us again, third admission since June", errors: 1 },
    // A relative by a named person, where families wait; a dying person's wish.
    {
      text: "long chat with Emeka's daughter in the relatives' room today, she's exhausted",
      errors: 1,
    },
    {
      text: "Hospice: Bryn's last wish was a pint of Guinness in the garden, we made it happen",
      errors: 1,
    },
    // Kit a patient is on or off, what they keep by the bed, a dose they have, a handle introduced.
    { text: "our cystic fibrosis superstar Kemi is off the ventilator this morning", errors: 1 },
    { text: "frailty unit nights: Agnes keeps hiding her hearing aids in the teapot", errors: 1 },
    { text: "popped in for Stan's weekly warfarin check and got a slice of cake", errors: 1 },
    {
      text: "her tiktok is @sunflowerzoe, she documented her whole stay with us after the transplant",
      errors: 1,
    },
    // Care said in words no list held (a clinical ending, "with us", a condition), a bed by where
    // it is, a family by its surname in the plural.
    { text: "Mr Ferris from the bike shop is with us after his angina got worse", errors: 1 },
    { text: "Mrs Lowe has diverticulitis and still walks her dog every day", errors: 1 },
    { text: "Pearl in the corner bed wants a sherry for her 97th", errors: 1 },
    { text: "the frail old gent in the bed by the window keeps waving at the pigeons", errors: 1 },
    { text: "the Mensahs' youngest is in again with his asthma, poor lamb", errors: 1 },
    // An age no colleague has before the name, or after it past commas.
    { text: "our 97 year old in side room, Florrie, wants fish and chips for tea", errors: 1 },
    {
      text: "privileged to look after Cyril on the ward today, Dunkirk veteran, 103, sharp as a tack",
      errors: 1,
    },
    // A death told with the family arriving in time.
    { text: "we lost Winnie at 4am, her son got there just in time. sleep tight x", errors: 1 },
    // A name, then later in its sentence an age no colleague has; an 80th birthday.
    {
      text: "photo from the ward tea party: that's Elsie in the pink cardigan by the piano, 93 and flirting",
      errors: 1,
    },
  ],
});

// Colleagues named by a department, places and works named after people.
ruleTester(patientNameRule, {
  valid: [
    "Kevin in chaplaincy sat with a dying man for five hours last night so he wasn't alone",
    "Priya from podiatry asked me to share her fundraiser for the hospice, sponsor her here",
    "Antenatal clinic has moved to the Lily Suite on level 2. Free parking for patients in bays 1-10",
    "Sam Fox's article on our stroke unit left out every improvement since the inspection",
    "Our Dr Patel is running the Manchester marathon for the MS Society after her own diagnosis last year. She's asked us to share her page",
    "Jade Mensah, MD of our catering contractor, came in at 6am to thank the night domestics in person",
    "Congratulations to Sister Nkem and her husband on the birth of baby Tobi 💛 she shared the photos herself",
    "history corner: the first NHS patient in 1948 was a 13 year old girl, Sylvia, at Park Hospital",
    "Mr Biscuit the therapy pony visited the children's ward today 🐴 he ate a get-well card",
    "Mr Men books donated to the children's ward library. Mr Tickle is already the favourite",
    // An information governance reminder's example, a mock ward, a drama, a made-up teaching case.
    "IG refresher tip: even 'Mr Patel in side room 3, the one with the parrot' is enough to identify someone",
    "Mock ward this afternoon, actors playing relatives gave our students a grilling over 'Mrs Lily Marsh, 88'",
    "That Sunday night hospital drama had Mr Doyle in bay 2 walking about on a fresh hip, I shouted at the telly",
    "Night shift quiz: 'Bed 7, Mrs Q, 81, new confusion at 02:00. What next?' (made up, obviously)",
    "Lovely article in the Evening Chronicle about a mum who donated her son's organs after he collapsed at school",
    // A comma may start the next clause: the bed is what is spoken of.
    "Mrs Hinch who? Meet our housekeeper Lorraine, side room 5 is spotless ✨",
    // "'s" before a number of years is time served, not an age.
    "Been at St Thomas's 12 years and the discharge process has never worked, patients wait days",
    {
      text: "Can you pass this on to Dawn Fielding, Ward 31, she was so patient with my grandad",
      direction: "inbound",
      name: "staff labelled with their ward, spoken of in thanks",
    },
    "Our former colleague Deano has invited the whole night team to his 30th at the comedy club",
    "Shout out to our HCA Marsha who tagged us in her story from the charity bike ride 🚴",
    "Patients loved the new menu today. Sorry Sam, you were right about the curry",
    "Huge well done to our HCA Frank who passed his assessment, so proud of you Frank",
    "Sarah did her obs round early so the bay could get some sleep",
  ],
  invalid: [
    { text: "Derek in resus was confused and pulling at his cannula all night", errors: 1 },
    { text: "Lily in bay 2 finally ate her breakfast after three days", errors: 1 },
    { text: "Mr Jenkins the ward cat's owner was admitted last night with chest pain", errors: 1 },
    // An age after "'s", a service user, a trolley in a corridor.
    {
      text: "my favourite patient from the frailty unit sends me postcards, Harold's 88 and still drives to Skegness",
      errors: 1,
    },
    {
      text: "our service user Callum (27, lives in the supported flats on Ash Grove) won the darts league again",
      errors: 1,
    },
    {
      text: "Mr Oduya has been on a trolley in the corridor since 4am, this is not care",
      errors: 1,
    },
    // Dental, pharmacy and community words are care.
    {
      text: "Mrs Kowalczyk rang the practice again, wisdom tooth still agony, can anyone squeeze her in",
      errors: 1,
    },
    {
      text: "Mr Adeyemi's blister pack is on the shelf behind the counter, his daughter is collecting",
      errors: 1,
    },
    // What only a patient does in community care, said after a name.
    {
      text: "Pharmacies in Bury: Lorraine Tate is asking for early tramadol again, lost bag story",
      errors: 1,
    },
    {
      text: "Kyle missed his depot for the second week running, CPN going round tomorrow",
      errors: 1,
    },
    // An age in weeks or months.
    { text: "111 call: Isla, 5 weeks old, not feeding since lunch, sent to paeds ED", errors: 1 },
    // A name with its bed in brackets or after a dash.
    {
      text: "card on the staffroom wall: 'you lot are angels, from Terry Blythe (bay 3)' 🥹",
      errors: 1,
    },
    {
      text: "handover: Agnes – side room 2 – needs her hearing aids in before breakfast",
      errors: 1,
    },
    {
      text: "Welcome to the world baby Tobi, born at 03:12 on our labour ward to mum Chloe 💛",
      errors: 1,
    },
    // A full name labelled with its ward after a comma; a sports team is not a staff team.
    {
      text: "They've sent my grandad home without his hearing aids. Walter Briggs, Ward 31. Whoever packed his bag, check the drawer",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "is Maureen Kettle still on ward 22? the girls from the netball team want to send flowers",
      direction: "inbound",
      errors: 1,
    },
    // A family's thanks quoted, a patient's own account by whose it is, a former patient.
    {
      text: "Card on the staff room wall: 'thanks for looking after our Grandad, Stanley Webb, you made his last weeks peaceful'",
      errors: 1,
    },
    {
      text: "Reposting a former patient's TikTok, seven months after the crash and walking again – @liam_w_walks we're so proud",
      errors: 1,
    },
    {
      text: "He tagged us in his post 🙌 '@robbo_1977 cheers to the lads on Ward 21 for sorting my knee out'",
      errors: 1,
    },
    { text: "Our ex patient Shaun popped in with doughnuts for the night staff", errors: 1 },
    // A patient described, then spoken to by name.
    {
      text: "Lost one of my favourite patients this week. He taught the whole bay to play cribbage 🃏 Frank, you were one of a kind",
      errors: 1,
    },
    // A family by its surname; "off Ward 21" as the North says it; a name spoken to after a patient.
    {
      text: "the Okafor girls in cots 3 and 4 have finally learnt to sleep through obs 😴",
      errors: 1,
    },
    {
      text: "Longest wait in the lounge today: Edie off Ward 14, six hours for her TTOs",
      errors: 1,
    },
    {
      text: "Saw a patient in the waiting room today who used to live next door to my nan 😬 Louise if you're reading this, mum's the word",
      errors: 1,
    },
    // An age no colleague has; a patient spoken to after praise words.
    {
      text: "Happy 101st birthday to our Nellie on Beech Ward 🎂 three cards from the grandkids",
      errors: 1,
    },
    {
      text: "Bumped into one of my old patients from the stroke unit at the garden centre, walking without a stick 😭 Brenda if you see this, so proud of you",
      errors: 1,
    },
  ],
});

// Shapes met in new posts, in other words.
ruleTester(patientNameRule, {
  valid: [
    // A story being written: its people are made up.
    "NaNoWriMo update: the old man in bay 3 finally tells my nurse protagonist where the gold is buried. 1,800 words!",
    "Word count tonight: 3k. Mrs Hargreaves in side room 2 has been haunting the ward since 1952 👻 #amwriting",
    // A colleague's job somewhere else leaves her a colleague.
    "Kelly from Ward 3 is working in Dubai now, we miss her on nights",
    // Off with a bad back is a colleague off sick; "in with" friends is no admission.
    "Sharon's off with her back again, can anyone cover Tuesday?",
    "Gaz from the Red Lion is doing a quiz night for the ward fund, he's in with the darts lot",
    "Priya got home from dialysis shift at 10pm, legend",
  ],
  invalid: [
    // A couple congratulated after care: not a speaker or surgeon thanked.
    {
      text: "Blessing in the hospital chapel today, the bride came down from ICU on a trolley with her drip still up. Congratulations Mr and Mrs Whitworth 💍",
      errors: [{ excerpt: "Mrs Whitworth" }],
    },
    // A relative's job away from care does not make them staff.
    {
      text: "Took a lad down to theatre this morning and his dad Gary, who works on the bins round ours, shook my hand all the way 😭",
      errors: [{ excerpt: "Gary" }],
    },
    {
      text: "'Moon River' for Edith on Ward 12 from her nephew Callum, who's working in Toronto and can't get home for her birthday",
      errors: [{ excerpt: "Edith on Ward 12" }, { excerpt: "Callum" }],
    },
    // In hospital as a family says it: "in with his chest", "home from chemo".
    {
      text: "Lady on the phone asking for 'Little Kevin from the Red Lion' cos 'he's back in with his chest'. Found him in the end 🙈",
      errors: [{ excerpt: "Kevin" }],
    },
    {
      text: "To the gentleman from Hoyland who rang the ward at midnight because his Margaret hadn't got home from chemo: she was waiting on hospital transport, all sorted x",
      errors: [{ excerpt: "Margaret" }],
    },
  ],
});
