import { ruleTester } from "../../../../test/support/rule-tester.js";
import { indirectIdentifierRule } from "./indirect-identifier.js";

ruleTester(indirectIdentifierRule, {
  valid: [
    // Taught as a lesson for life, not as a teacher.
    "Nursed a woman tonight who'd survived the Blitz in Hull. She taught me patience. No names, just gratitude",
    "My old teacher Mrs Jones retired today, she taught me in Year 4! Card signed by the whole street",
    "Had a drink with the girls who I went to school with in Leek, so nice to catch up after nights",
    "A man of 60 should know better than to climb ladders in the wind, says my dad about himself",
    // A colleague praised as "the best X on the ward".
    "Big thanks to Wendy, our HCA on Rowan, who showed the new student how to do mouth care today. 25 years in and still the best teacher on the ward",
    // "Turning 37" with nobody named: the writer's own birthday.
    "Born 22/09/1988 and turning 37 on a long day. Someone bring cake to resus pls",
    // An exam stem, the news, the writer themselves.
    "Exam question practice: 'A 54 year old farmer from Hexham presents with haemoptysis' – why is it always a farmer",
    "The news says the cyclist who crashed on the A66 yesterday is stable in hospital. Wear a helmet.",
    "Yes, I'm the 41 year old paramedic from Penrith who had her appendix out last week, thanks for asking",
    "Alnwick's new night market opens Friday – the woman who runs the Greek stall used to be a nurse on our unit! Go and support her",
    "Guess who's off with stress again 🙄 funny how the rota always falls apart on a Friday",
    "Not naming names but a certain ward sister on the 2nd floor still hasn't done her mandatory training",
    "Guess who passed her OSCE today 🎉",
    "We had a lovely time in Keswick after the conference, the lake was stunning",
    "Case study (names and details changed): a 45 year old man from Hull with Kawasaki disease",
    "My nan has Parkinson's disease and she's 84, still lives on her own in Tenby",
    // Fundraising for a ward is not care; "you're not the only one" is said to the reader.
    "Shout out to the bin man on Dale Street who raised £2k for the neonatal unit with a sponsored run",
    "Been struggling with my asthma on nights so I spoke to occ health. You're not the only one, they said",
    {
      text: "The 40 year old boiler in the staff room has finally died. Estates say weeks for a new one.",
      name: "an age of a thing",
    },
    {
      text: "Ran the 10k in 72m today, knackered, never again",
      name: "minutes, not an age and a sex",
    },
    {
      text: "Grandma turned 95 on Sunday, not a patient just the best woman I know",
      name: "said to be no patient",
    },
    "Thoughts with everyone caught up in the A1 crash this morning, drive safe out there",
    "Shout out to Kemi in radiology who talked a nervous gent through his first MRI today like he was the only person in the building 💙",
    "The Lord Mayor officially opened our new maternity wing this morning 🎉",
    "Our local councillor dropped in today to meet the physio team, thanks for your support!",
    "Saw the motorway crash on the news last night, drive safe everyone. Our unit is running a road safety stall on Friday",
    "A porter on our unit is going to be in the papers for his charity run, so proud",
    "A man in his 80s with diabetes is more likely to fall at night, so check his sugars",
    "Great to see the Deal lifeboat crew doing a CPR demo at the fete",
    "crew mate of mine just got engaged on the beach at Hythe, so happy for him",
    // A job with an employer said of the writer, a match watched, a show watched: no patient.
    "I was a porter at Wembley before I started nursing, best job ever",
    "Watched the rugby match at Kingsholm with the night team, great game",
    "The lady who cleans at our ward is a legend, the floors shine",
    // "the only one" about a scanner or a bed is no small number of people.
    "It's the only one for 20 miles, so the new MRI scanner is a big deal for the town",
    "Grabbed the only one left in the drugs fridge before the pharmacy shut",
    "Our HCA Priya was a finalist on Bake Off, she brought in her showstopper today",
    "Ward clerk Maureen, 61, retires on Friday after 35 years on Cedar ward",
    "Everyone in Hoo knows the landlord of the Red Cow waters down the beer. Half of A&E on a Friday is his regulars",
    "Our hospital was in the paper for the new CT scanner, nice to have good news",
    "The councillor who voted to close our walk-in centre owns shares in the new clinic",
    "Walk-in centre wait is around 2 hours tonight, please use 111 for non-urgent advice",
    "Love Island is on in the staff room and honestly it's the only thing getting us through nights",
    "Our new hub on Station Road in Rochester opens Monday for ambulance crews, come say hi",
    "Caseload is 14 visits today across Herne Bay and Whitstable, send coffee",
    "Parking on Elm Close is residents only, please use the staff car park",
    "Delivered a baby on my first ever shift as a student midwife and I'm still buzzing",
    "Councillor Patel visited the ward to thank staff today",
    "Teaching today on Guillain-Barré syndrome, great turnout",
    "Our band played at the hospital fete today, 3pm on the lawn",
    "My son is 14 and from Deal, he broke his arm at rugby on Monday and A&E were brilliant",
    "A patient told me today I was the first person to sit with her all week",
    "It's #RareDiseaseDay: 1 in 17 people will have a rare condition at some point",
    "To the man who spat at my colleague in A&E on Saturday night: shame on you",
    "Third e-scooter head injury this week. Wear a helmet",
    "Cocktails at Pat's leaving do, 38 years in pharmacy",
    "A premier league footballer visited the children's ward with presents today",
    "The soap star who opened our new scanner suite was lovely to the staff",
    "Our local MP toured the new cancer unit today and met staff",
    "Watching Strictly with the patients in the day room tonight, they loved it",
    // A celebrity nobody could pick out, the writer's own child, a radio interview, a mug.
    "Had a celebrity on the ward today. Not saying who, patient confidentiality is sacred 🤐",
    "My 6 year old could run the car park better than the barrier company 🙄 A&E staff deserve better",
    "Radio Kingsmere asked about the A&E rumours, I'm on the breakfast show at 8 🎙️",
    "Did anyone spot Dr Kaur's famous mug in the A&E documentary last night?",
    "Great teaching session on Erdheim-Chester disease today, hardly anyone has seen a case",
    // A drama, a book, a staff member working a bay, a local teacher raising money, an insult.
    "Just watched 24 Hours in A&E, the 70 year old from Leeds who fell off a roof was a legend",
    "Finished the new Adam Kay book, the bit about the woman in labour ward room 2 broke me",
    "Nurse Priya in bay 3 tonight is 23 and on her first set of nights, be kind",
    "Local teacher raises £3,000 for the neonatal unit by swimming the Channel",
    // A contestant baking for the ward's sale, a shop's offer for staff, a business's hours.
    "Jess was on Bake Off last year and she's baking for our ward cake sale on Friday",
    "The barber on Canterbury Road is doing half price cuts for NHS staff this month",
    "Our oldest volunteer turned 90 today, still pushes the tea trolley on Tuesdays",
    "A Paralympic champion visited the rehab unit today and let the kids hold her medals",
    "Our ward's TikTok video went viral, 2 million views of us dancing in the sluice 💃",
    // Reporters ask staff about wards; a colleague's family at a do; a robbery in the news.
    "A reporter from the Kent Post DM'd me asking about the ward closure, passed it to comms",
    "The consultant's wife made 60 cupcakes for the ward bake sale, legend",
    "Robbery at the Lloyds bank in Faversham this morning, please avoid the high street",
    "Teaching case today: the 45 year old man with chest pain and a normal ECG, what next?",
    // A frequent flyer denied, a room for families, a weatherman on the news, a Twitch fundraiser.
    'He is not a "frequent flyer", he is a 91 year old man our system keeps failing in A&E',
    "Room 3 is the new quiet room for families, please keep it tidy",
    "The BBC weatherman did a lovely piece on our volunteers tonight, watch out for it",
    "Our Twitch stream for the children's hospital charity raised £2,000 last night! Thanks all",
    "Your surgeon is a butcher who's killed more patients than he's saved, everyone in town knows",
    "Teaching session on Ehlers-Danlos for the OTs on Monday, room 4, bring lunch",
    "The vicar from St Anne's runs the hospital chaplaincy on Sundays, lovely man",
    // Running a care home is a provider's job; a councillor talking about the hospital is not care.
    "I hear the man who runs the Oakview Care Home in Leek leaves residents unwashed all day",
    "Councillor Dev Shah, who says he'll 'save our hospital', voted to shut it in 2021",
    "The vicar from St Mark's came in to sing carols on every ward, lovely",
    "Let's all go to the MP's surgery on Friday about the hospital closure",
    "Tom Hanks film on the telly in the day room and the whole bay is crying 😭",
    // The writer themselves, winners and fundraisers, someone the writer knows who is no patient.
    "I'm a 45 year old paramedic from Margate and I've never seen A&E queues like this week",
    "Someone's 10 year old from Deal won the hospital's Christmas card competition, it's on every ward",
    "Local teacher raises £5,000 for the children's ward by running the Canterbury 10k 🏃",
    "I recognised her from school! My old maths teacher now volunteers on our ward reception 😂",
    // The one who runs a care home is its provider; a colleague's arrest is no care incident;
    // a doctor who works somewhere is staff.
    "the man who runs the Hollybank Care Home in Leek is never on site, the residents deserve better",
    "the nurse from our ward who got arrested at the protest in Leeds is back on shift Monday",
    "the registrar who rotates to the Royal in Hull next week was brilliant on the ward",
    // A colleague described by a clause, a paper as a place, someone the writer buys lunch from.
    "One of our OTs (the quiet one who runs the Tuesday falls class) is in the Echo for her marathon, well done",
    "the greengrocer at Faversham market saves me a banana every day, my ward lunch is sorted 🍌",
    "the consultant from the Royal in Leeds is covering our clinic this week",
    "we had the lot in stitches at the Christmas quiz in Whitby, the ward team won again",
    "Joan has been with us 30 years and retires from the Elm ward team on Friday in Ripon",
    "Everyone in Ripon knows the landlord of the Golden Lion waters the beer. Half of A&E on a Friday is his regulars",
    "picked up a sandwich from the deli on Bridge Street in Otley before my shift, best in town",
    "One of our theatre nurses (the one who runs the Zumba class) has been waiting 18 months for her knee op",
    "3 day old sandwiches in the staff fridge on ward 7 again, whoever the man is who keeps leaving them, stop",
    "Manager of the Royal Derby estates team came in to talk about the new car park barriers",
    // A ward word about the writer's own work, not about the one described being cared for.
    "the receptionist at the Travelodge in Leeds upgraded me after my night shift on the ward",
    "the lad who delivers our pizzas at the Royal on nights is a legend, always smiling",
    "the man who fixed the boiler at the Leeds General ward block deserves a medal",
    "the photographer from the Yorkshire Post came to the ward to take pictures of the new unit",
    "Our oldest volunteer, 94, has been serving tea on the wards since 1971 ☕",
    // People known by their job who receive no care: kindness to staff or patients, a place near
    // the hospital, a public figure who came in to give a talk, an MP written to.
    "big thanks to the bus driver on the 14 who lets nurses ride for free after nights 🚌",
    "the barber opposite the hospital does free haircuts for NHS staff on Mondays 💈",
    "the postie who waves at every ambulance on Hythe Road is a legend",
    "the local radio presenter came in to give a talk for our apprentices, really good",
    "Two hours waiting in majors with chest pain. Please write to your MP about A&E",
    // The writer themselves, everyone in a trade, the writer's own relative.
    {
      text: "I'm a bus driver and I want to thank the ED team who stitched my hand on Sunday",
      direction: "inbound",
    },
    "thank you to every plumber, electrician and porter who got the new maternity unit open on time",
    "being the only man on the midwifery course is exhausting some days, love it though",
    "took my grandad to his care home in Whitstable today, he's 97 and still beats me at cards",
    // Someone described by what they wear or where they come from, with no care of theirs.
    "the lady with the tea trolley on ward 3 knows everyone's order by heart, what a star",
    "the man from the council came to visit the ward to talk about the new car park at 2pm",
    "the guy in the orange hi-vis at the main entrance is directing traffic today, be nice to him",
    // A trade named with no care of the one who does it; an insult or a threat of a lawyer.
    "the baker on Mill Lane gave our ward a tray of scones for the night shift, what a kind man",
    "the locksmith from Heywood finally fixed the drugs room door, three weeks after we reported it",
    "That surgeon is a butcher and everyone in Bury knows it",
    "Your ward let my mum down and I'm going to a solicitor about it",
    "the plasterer at Ashworth market knows me by name, my ward lunch game is strong",
    // Everyone knowing a thing that is not about the one in care.
    "Everyone in theatres knows the new rota was written by someone who has never worked a night, half of them are off sick",
    // A public figure's own disclosure on television.
    "Respect to the actress who went public with her bowel cancer diagnosis on breakfast TV today, get checked folks",
    // Where a relative or the writer works, or a hospital job, or a chain named without a place.
    "My wife works at Boots in Newark and has been amazing since my knee op",
    "She works in ICU at the Royal and has just been nominated for nurse of the year",
    "Dialysis chat today: my regular works at Tesco and is fed up of the self checkouts",
    // A whole career's superlative, with no unit or place: no one to find.
    "The oldest patient I have ever nursed was 104 and she swore like a docker",
    "The road works on Clifton Road made me late for handover again",
    // A colleague known to the writer; the writer's own relation with no care of them.
    "The new healthcare assistant on Larch is my sister's best friend, she's lovely",
    "My son's football coach is running the hospital 10k for the children's ward, please sponsor him",
    // The writer, or anyone's: "your local" professional. A colleague "on the front desk".
    "Reminder from your local GP: hay fever tablets work best taken daily, not just on bad days",
    "Big thanks to Pam who's been on the front desk at Elmwood Practice for 25 years today, she's seen it all",
    // A colleague's long service; a club's player as a guest.
    "Our housekeeper Dorota, who has kept Ward 9 sparkling for 14 years, retires on Friday",
    "The Whitby Town skipper popped in to open our new children's garden today",
    // A radio play or a short story said to be invented; a colleague said to be a neighbour.
    "Hospital radio play this week: a retired miner in the fracture clinic, voiced by our porter Keith, all invented and very silly",
    "Your phlebotomist with the blue glasses, she's my neighbour and she's expecting twins, thought you'd want to know",
    // An official reply that gives nothing away.
    "@kezza_b so sorry to hear about your dad's wait, the matron will call you tomorrow to talk it through",
    // A tall fence, a car with no one cared for.
    "The new 6ft 6 fence round the helipad is finally up, no more footballs on the pad",
    "Whoever owns the red Vespa in the staff car park, you've left your lights on",
    // Seen on the news with no part of the writer's in it.
    "If you saw the floods in Hebden Bridge on Look North, please donate to the appeal",
    // Met outside work with no care said of them.
    "The bloke on the rowing machine next to me at Bannatyne Hull grunts like a walrus",
  ],
  invalid: [
    // The youngest or oldest a unit has ever had is one person.
    {
      text: "Oldest mum our birth centre has ever delivered, 49, and she was so calm. Little Ruby is perfect",
      errors: 1,
    },
    // A condition of one or two cases ever, with the ward and town.
    {
      text: "Third case of Hartnup disorder ever recorded in Wales and he's on our ward in Aberystwyth",
      errors: 1,
    },
    // An event the reader saw on the regional news or on the road, and the writer's part in it.
    {
      text: "If you saw the chip pan fire in Sowerby on Look North tonight, we had the grandad in resus for hours",
      errors: 1,
    },
    {
      text: "If you drove past the crash on the A629 at teatime, that was us with the young woman. She's stable x",
      errors: 1,
    },
    // A test done on someone in the writer's circle; "she's my …"; at sixth form together.
    {
      text: "Ran a bladder scan on my daughter's piano teacher this afternoon, she insisted on paying me in fudge",
      errors: 1,
    },
    {
      text: "Booked in the 12 week scan and she's my husband's old boss from the bank, awkward small talk on the couch",
      errors: 1,
    },
    {
      text: "Embryo transfer this morning for a woman I was at college with, Kendal, fingers crossed for her",
      errors: 1,
    },
    // A tattoo said where it is; care said as a patch test or IVF.
    {
      text: "Patch tested the bloke with a koi carp tattooed across his back from Cleator Moor, reacts to everything",
      errors: 1,
    },
    // A reply to someone about their relative, giving away the writer's part in the care.
    {
      text: "@gemma_r_88 glad your nan is feeling brighter, I looked after her on nights and she's a proper character",
      errors: 1,
    },
    {
      text: "Hiya Dionne, stop asking about your brother, he's in our unit and doing fine but I can't say more",
      errors: 1,
    },
    // One of a kind, with care said as a screen, a birth at a named hospital or a dose "back for".
    {
      text: "Only set of quads born at Airedale General this decade and I did their heel prick screens this morning",
      errors: 1,
    },
    {
      text: "Our only CF kiddo from Bude is back for his tobramycin today, taller than me now",
      errors: 1,
    },
    // A club's player by shirt number.
    {
      text: "Strapped the Wharfedale RUFC number 10's ankle in minors tonight, he limped off grinning",
      errors: 1,
    },
    // A regular told by where they come from, how they come and when.
    {
      text: "The man from Mexborough who comes to the anticoagulation clinic on a mobility scooter every Thursday was running for the bus today",
      errors: 1,
    },
    // Told by the vehicle they ride or drive, or where they live.
    {
      text: "Massive respect to the lady with the red Vespa who comes for her radiotherapy every morning at 8",
      errors: 1,
    },
    {
      text: "Anyone in Bourne know the old chap who lives opposite the chapel? Took him to theatre this morning and he was worried about his dog",
      errors: 1,
    },
    // A part played in town for decades.
    {
      text: "Sat with a lady on our stroke unit who taught at the village school in Haworth for 35 years, half the ward were her pupils",
      errors: 1,
    },
    // A plate readable in a described picture, by the unit and the days.
    {
      text: "[photo: a white Berlingo outside the Dialysis Unit, number plate clearly readable] every Mon Wed Fri, same bay 🙄",
      errors: 1,
    },
    // A warden or ranger of a named reserve, cared for; a height few reach.
    {
      text: "Hand massage for the national trust ranger from Malham in side room 2 this afternoon, she told me all about the peregrines",
      errors: 1,
    },
    {
      text: "Physio with a 6ft 9 basketball lad from Crewe after his ACL repair, had to borrow the extra long bed",
      errors: 1,
    },
    // A regular told by a tattoo.
    {
      text: "The same frequent attender is back in majors, the bloke with the spiderweb tattoo on his elbow",
      errors: 1,
    },
    // One of a kind in a region, or the first in years.
    {
      text: "Had the heaviest man in Cornwall on our bariatric bed today, lovely gent, wants his story told",
      errors: 1,
    },
    {
      text: "Quads delivered on our labour ward last night, only set the unit has seen in 25 years!",
      errors: 1,
    },
    // An estate or block off a named street; a boat moored at a named spot.
    {
      text: "Dressing change for the lad in the flats off Cromwell Road, poor thing",
      errors: 1,
    },
    {
      text: "Wound check for the chap in the blue barge moored up behind the Anchor at Stourport",
      errors: 1,
    },
    // A short private plate said before its word.
    {
      text: "The black Range Rover with the DG5 plate parks across two bays at the renal unit every dialysis day",
      errors: 1,
    },
    // One pupil at a named school.
    {
      text: "Drop-in at Sandfield High today and a Year 9 girl told me she's pregnant. Heavy.",
      errors: 1,
    },
    // A loss told with who the parents are in town.
    {
      text: "Baby girl born sleeping last night to the couple who run the Spar on Mill Street in Settle",
      errors: 1,
    },
    // A player of a named local club, and someone who has had a local part for decades.
    {
      text: "Relocated the Whitby Town skipper's shoulder in resus at 2am, he wants to play on Saturday",
      errors: 1,
    },
    {
      text: "Resus tonight: the fella who's run the chippy in Crook for over twenty years, chest pain, stable now",
      errors: 1,
    },
    // Cared for, and someone in the writer's or reader's own circle.
    {
      text: "Plastered my daughter's swimming coach's wrist tonight, she'll be poolside by March",
      errors: 1,
    },
    {
      text: "First cannula of the night shift and the arm belonged to my own next door neighbour. Bit surreal",
      errors: 1,
    },
    {
      text: "The lady on the end of the 111 line was my husband's cousin, asking about her chest pains",
      errors: 1,
    },
    {
      text: "Stitched up a bloke in minors who was in my form at Ridgeway High, same cheeky grin",
      errors: 1,
    },
    // A former patient met again in the writer's own life: at the gym, at the school gates.
    {
      text: "Woman I catheterised on the assessment unit last month is now on the cross trainer behind me at Nuffield Gym Ripon. Eye contact avoided",
      errors: 1,
    },
    {
      text: "The dad I sat with in the relatives room in September after his little boy's surgery is at the school gates at Hollinwood Primary every morning now",
      errors: 1,
    },
    // Someone placed on one street, with the care they had.
    {
      text: "Early visit to a pensioner on Foxglove Close this morning, leg ulcer dressing and a long chat about his pigeons",
      errors: 1,
    },
    // The one cared for taught the writer: known outside work.
    {
      text: "Had the lady who taught me in Year 4 in for an endoscopy today. Mortified 😂",
      errors: 1,
    },
    {
      text: "Had my old swimming coach in resus tonight, he taught me to dive at Ossett baths. Small world",
      errors: 1,
    },
    // Someone in a clinic the writer knows from school, and where from.
    {
      text: "Clocked a bloke in the fracture clinic queue who I went to school with in Tamworth, pretended I hadn't seen him 🙈",
      errors: 1,
    },
    // An age said as "a gent of 88".
    {
      text: "DN visit in Tregaron this morning, gent of 88 who still drives his tractor to chapel",
      errors: 1,
    },
    // One of a kind on the ward, with what they talk about and where.
    {
      text: "Rowan ward's only patient under 40 is a sweetheart, never stops talking about his motorbike",
      errors: 1,
    },
    {
      text: "Only set of twins born on our unit this month and both went home today 💙💙",
      errors: 1,
    },
    // A sexual health result with age and place.
    {
      text: "Reactive syphilis result this week for a 19 year old from Seahouses. Everyone knows everyone there",
      errors: 1,
    },
    // Someone the writer knows from school, cared for, with where and when.
    {
      text: "Conveyed a lad I went to school with this morning, from outside the Greggs in Berwick 🙈",
      errors: 1,
    },
    // Readers asked to guess who came into care, with a clue.
    {
      text: "Guess which Bake Off finalist was in our minor injuries unit today with a burnt thumb 👀",
      errors: 1,
    },
    // Taken in, said as "we had … in after".
    {
      text: "Remember the girl we had in after the jet ski crash at Bassenthwaite? She's walking again",
      errors: 1,
    },
    // A condition said of the one described is care enough: age, town and a named disease.
    {
      text: "A 63 year old retired postie from Kirkby Stephen with Pompe disease told me his life story today",
      errors: 1,
    },
    {
      text: "We've got a teenager in Alnwick with an ultra-rare kidney condition on our books now",
      errors: 1,
    },
    {
      text: "Prison healthcare today: the 83 year old on D wing, here since 1991, has been told he's got weeks to live.",
      errors: 1,
      name: "an age said as who someone is, with no person word",
    },
    {
      text: "Hospices deserve better. Our Mags (COPD, 77, retired postmistress from Settle) needs two carers every night.",
      errors: 1,
      name: "a first name with a bracket of details: condition, age, job and town",
    },
    {
      text: "Handover for the day team: 81F, Grassington, found on the kitchen floor this morning, long lie",
      errors: 1,
      name: "age and sex in clinical shorthand, a town and an event",
    },
    {
      text: "presenting a case at journal club 🙈 68 y/o M, retired farrier from Bala, admitted to CCU on 14th June with a new heart block",
      errors: 1,
      name: "'68 y/o' with a space",
    },
    {
      text: "Yes, the fisherman pulled out of the Humber on Friday came to us. He's sitting up and asking for chips",
      errors: 1,
    },
    {
      text: "Remember the Hollin Lane garage fire? We had both of them in resus that night",
      errors: 1,
    },
    {
      text: "We've only got one patient on the unit with an LVAD and he's going home for Christmas",
      errors: 1,
    },
    {
      text: "Kabuki syndrome clinic this morning, there can't be more than a handful of cases in the region and one of them runs the chippy in Hebden",
      errors: 1,
    },
    {
      text: "Remember the Wigan Post story about the lad who rescued a dog from the canal? He came in to our unit last night",
      errors: 1,
    },
    {
      text: "That house fire on the news in Ormskirk? Both of them came through us, she's on ICU now",
      errors: 1,
    },
    {
      text: "Guess who was in day surgery today? Only the drummer from a very famous band",
      errors: 1,
    },
    { text: "That Gogglebox couple were in our A&E last night, he'd cut his hand", errors: 1 },
    { text: "Guess which Strictly pro is in our day surgery unit today 💃", errors: 1 },
    { text: "Just admitted a lad who plays for Gillingham FC, broken leg", errors: 1 },
    {
      text: "The woman who gave birth in the hospital car park at 5am is from Aylesford",
      errors: 1,
    },
    {
      text: "An 84yo retired fireman from Tenterden came in tonight after falling off a ladder",
      errors: 1,
    },
    {
      text: "Nearly cried when the 12 year old with leukaemia on our ward asked to be home by Friday",
      errors: 1,
    },
    {
      text: "The rugby lad from Maidstone who broke his neck at Saturday's game is still on our ITU",
      errors: 1,
    },
    // Ambulance jobs, a person and their age, a local figure, the longest-staying patient.
    {
      text: "Blue lighted a gentleman in his 70s from Whitstable to the cath lab after he arrested in Sainsbury's",
      errors: 1,
    },
    {
      text: "Job of the night: lady, 92, found on her kitchen floor in Herne Bay after 2 days",
      errors: 1,
    },
    {
      text: "The young woman sectioned on Oak ward last night is a local teacher, I recognised her from school",
      errors: 1,
    },
    {
      text: "Local vicar was brought into resus this morning after a fall at the church",
      errors: 1,
    },
    {
      text: "Our longest ever patient, 412 days, finally went home today! I won't name him",
      errors: 1,
    },
    {
      text: "The couple from Faversham who lost their twins at 22 weeks came back to thank us today",
      errors: 1,
    },
    {
      text: "Home visit to a couple in their 90s on the Hawthorn estate in Sheerness, both with dementia",
      errors: 1,
    },
    { text: "the 3 year old who swallowed a magnet in Hythe yesterday is home now", errors: 1 },
    {
      text: "Resus 1, 4:40am, 19 year old motorcyclist. Nobody should have to ring a mum then",
      errors: 1,
    },
    {
      text: "The woman whose husband died in resus on Christmas Eve sent us a card today",
      errors: 1,
    },
    // A stroke or a named rare condition is care; a chef or a radio DJ is a public figure.
    {
      text: "A 41-year-old mum of three from Deal had a stroke at the school gates on Monday",
      errors: 1,
    },
    { text: "Second case of CJD we've seen this year, a woman in her 60s from Rye", errors: 1 },
    {
      text: "Our little one with progeria on the children's ward turned 8 today, all of Folkestone sent cards",
      errors: 1,
    },
    {
      text: "That famous chef from the telly is on our gastro ward, moaned about the lasagne",
      errors: 1,
    },
    {
      text: "The local radio DJ was in majors last night after a fall, wished him well",
      errors: 1,
    },
    {
      text: "Our 17 year old on the adolescent unit from Tonbridge got straight As today",
      errors: 1,
    },
    { text: "Someone off Hollyoaks is on our ward 🤫", errors: 1 },
    {
      text: "We have a man with Charcot-Marie-Tooth from Bideford on the ward, fascinating case",
      errors: 1,
    },
    {
      text: "My son has a rare genetic syndrome and we live in Swaledale, he's on your children's ward",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "My daughter is 14 and from Deal, she was hit by the bus on Monday and is in your ICU",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "She is 14 and from Deal, the girl hit by the bus on Monday, now on your children's ward",
      errors: 1,
    },
    {
      text: "The 84-year-old from Hythe who came in after the caravan fire on Sunday is eating again",
      errors: 1,
    },
    {
      text: "Saw my first ever case of progeria in clinic today, a 6 year old from Deal",
      errors: 1,
    },
    { text: "The only teenager on our renal unit got his transplant call tonight", errors: 1 },
    {
      text: "Guess which premier league footballer was in our A&E this afternoon with a broken ankle",
      errors: 1,
    },
    { text: "Lad in resus at 3am after a crash on the M2 near junction 4", errors: 1 },
    // A public figure seen as a patient, with nothing else.
    { text: "A soap star came into majors with a sprained wrist, very polite", errors: 1 },
    {
      text: "Not naming names but a reality TV star is on our ward having a tummy tuck",
      errors: 1,
    },
    {
      text: "Our first patient with a rare genetic syndrome, a girl from Whitby, started treatment today",
      errors: 1,
    },
    {
      text: "Job of the shift: fella on Station Road in Rochester fell off his ladder clearing gutters, 2 broken wrists",
      errors: 1,
    },
    {
      text: "Crewed to Elm Close at 3am for a lady of 92 who'd been on the floor since tea time",
      errors: 1,
    },
    {
      text: "Delivered a baby in the back of the ambulance on the A2 near Dartford at 5am, mum called her after me",
      errors: 1,
    },
    {
      text: "So our patient with the 4th case of this syndrome ever recorded in the UK went home from Ward 20 today",
      errors: 1,
    },
    {
      text: "Guess which Love Island contestant came into our walk-in centre with a fish hook in his thumb",
      errors: 1,
    },
    {
      text: "Dental emergency of the week: the Margate Town striker, front tooth knocked out on Saturday",
      errors: 1,
    },
    // Who someone is in town (a job, a school role, prison life) with a place or event.
    {
      text: "the crossing lady from St John's primary is in majors, kids will be so upset",
      errors: 1,
    },
    { text: "Local postie from Deal, 61, in with chest pain, his round will be late", errors: 1 },
    { text: "The farmer who rolled his quad bike near Lydd is in theatre again", errors: 1 },
    { text: "The lifer on A wing with the colostomy is back on the healthcare unit", errors: 1 },
    { text: "Bloke in cell 9 who swallowed a battery is off to A&E again", errors: 1 },
    { text: "Ambulance: 2am, Dover seafront, 30s female in the water, ROSC on scene", errors: 1 },
    {
      text: "The 3rd case of diphtheria in Kent this year came through our clinic on Friday",
      errors: 1,
    },
    {
      text: "Just had the lollipop man from my son's school in as a patient, small world",
      errors: 1,
    },
    {
      text: "Radiology: scanned the Maidstone United midfielder's ankle, out for the season",
      errors: 1,
    },
    {
      text: "Community team: our 98 year old in Walmer got her flu jab at home today, still sharp",
      errors: 1,
    },
    // The writer's service named first, then the person seen (round 3, second batch).
    {
      text: "Radiographer here: the 10 year old from the Hythe skate park fall on Sunday, both arms",
      errors: 1,
    },
    {
      text: "GP: just diagnosed the vicar of St Paul's with angina, he blames the harvest supper",
      errors: 1,
    },
    {
      text: "Prison healthcare: the youngest lad on the VP wing, 19, self-harmed again overnight",
      errors: 1,
    },
    {
      text: "In resus now: teenage lad from the Parkwood estate, suspected spice, 2nd this week",
      errors: 1,
    },
    {
      text: "Our oldest renal patient turns 97 on Friday, coming to us three times a week since 2011",
      errors: 1,
    },
    {
      text: "The groom from the wedding at Hever Castle came in after falling off the stage",
      errors: 1,
    },
    {
      text: "The lady from the fish shop on Castle Street came in crying about her husband",
      errors: 1,
    },
    {
      text: "111 call handler: the man from Westgate who rings every night at 3am, tonight it was real",
      errors: 1,
    },
    {
      text: "Health visitor: the 5 week old on the Parkside estate with reflux is gaining now",
      errors: 1,
    },
    {
      text: "GP: diagnosed the headmistress of Otham primary with shingles, off till half term",
      errors: 1,
    },
    { text: "Renal unit: our 31 year old from Strood got the call for a kidney at 4am", errors: 1 },
    { text: "Nursed the dinner lady from my old junior school today, she knew my name", errors: 1 },
    {
      text: "Pharmacy: the bloke who collects his methadone every morning at the Boots in Strood didn't come in",
      errors: 1,
    },
    {
      text: "Oncology: the 20 year old footballer from Dartford's academy starts chemo on Monday",
      errors: 1,
    },
    {
      text: "Renal: our longest-serving dialysis patient from Deal got his transplant today",
      errors: 1,
    },
    {
      text: "Radiology: x-rayed the Dover Athletic captain's wrist after the match, broken",
      errors: 1,
    },
    {
      text: "LD nurse: Ben, 26, from the Willows care home had his bloods done calmly today",
      errors: 1,
    },
    {
      text: "The man who drives the ice cream van round Rainham is on our ward after his MI",
      errors: 1,
    },
    {
      text: "Delivered twins to the local hairdresser last night, she cut my hair last week",
      errors: 1,
    },
    {
      text: "MH liaison: the lad who climbed the crane in Dartford on Monday is with us now, he's 22",
      errors: 1,
    },
    {
      text: "3am in majors: the Whitstable fisherman who lost a finger to a winch on Tuesday is back",
      errors: 1,
    },
    {
      text: "The Faversham window cleaner who fell off his ladder on Monday had his spleen out",
      errors: 1,
    },
    {
      text: "Prison nurse: the lad on D wing who's been on hunger strike for 10 days was moved to us",
      errors: 1,
    },
    {
      text: "The man who sings at the Leas Club on Fridays came in with a vocal cord bleed",
      errors: 1,
    },
    {
      text: "Radiology: the Ashford FC keeper's x-ray shows a broken wrist, out for the season",
      errors: 1,
    },
    // A business worker with where the business is, a described home, a number plate.
    {
      text: "Took the lady who runs the flower stall outside the library down to theatres this morning",
      errors: 1,
    },
    {
      text: "111: the woman in the bungalow next to the chapel on Hill Street rang with chest pain again",
      errors: 1,
    },
    {
      text: "Ambulance: cut the driver of the red Fiesta LM68 TRE out on the A20, both legs trapped",
      errors: 1,
    },
    // Gig jobs, relatives' workplaces, sports clubs, regulars, landmarks, prison healthcare.
    {
      text: "The Just Eat rider who came off his bike by the bus station is in resus, fractured femur",
      errors: 1,
    },
    {
      text: "Pulled a bead out of the nose of the girl whose dad works at Screwfix in town, theatres were quiet",
      errors: 1,
    },
    {
      text: "Pharmacy: the bloke who plays cricket for Sandwich collects his methadone here every morning",
      errors: 1,
    },
    {
      text: "MH: the man who scaled the clock tower on Sunday was sectioned and admitted to us",
      errors: 1,
    },
    {
      text: "The oldest inmate on the wing turned 88 today in healthcare, cards from the officers",
      errors: 1,
    },
    {
      text: "DN visit: dressings for the ex-miner on Tyne Road, 84, who sings hymns at me",
      errors: 1,
    },
    // Sports people, civic figures, viral fame, ferry and rail jobs, business owners, checkouts.
    {
      text: "Physio: the world champion rower from Henley is doing her rehab with us after her shoulder op",
      errors: 1,
    },
    { text: "Majors: the mayor was in with palpitations at 2am, keep it quiet", errors: 1 },
    {
      text: "Is the lad from the TikTok video jumping off the harbour wall still in resus?",
      errors: 1,
    },
    {
      text: "Stitched the eyebrow of the Ramsgate trawler skipper tonight, proper sea dog",
      errors: 1,
    },
    {
      text: "Fixed the hip of the owner of the Thai restaurant on Harbour Street this morning in theatre",
      errors: 1,
    },
    { text: "Helped deliver the twins of the lady from the Co-op tills, she's only 17", errors: 1 },
    // Managers of named businesses, clubs, traits, vehicles, family circumstances, regulars.
    {
      text: "Majors: the manager of the Barclays in Herne Bay came in after the raid, shaken up",
      errors: 1,
    },
    {
      text: "Sexual health: the pair from the golf club in Sandwich came in again with the same rash",
      errors: 1,
    },
    {
      text: "GP: the lady with the snake round her neck was back with her asthma again",
      errors: 1,
    },
    {
      text: "ED: the lad in the lime green Lambo who hit the bollards on the A299 is in resus",
      errors: 1,
    },
    {
      text: "School nurse: the boy in Year 8 at Westlands whose dad is in prison hasn't eaten for days",
      errors: 1,
    },
    {
      text: "Pharmacy: the gent who picks up the dosette boxes for him and his wife every Tuesday didn't show",
      errors: 1,
    },
    {
      text: "111: that address on Marsh Lane with the geese again, 3rd call this week for her chest",
      errors: 1,
    },
    {
      text: "X-ray: scanned the staff nurse from our own ITU after her fall in the car park, she's fine",
      errors: 1,
    },
    {
      text: "Theatres: the matron's own husband was on my list today for his hernia, no pressure",
      errors: 1,
    },
    { text: "We have a nonagenarian on Ward 5 who was a Spitfire pilot, what a life", errors: 1 },
    { text: "Paeds: the 4 year old whose dog bit her cheek on Saturday is going home", errors: 1 },
    { text: "ICU: the teenager from the Whitstable canoe tragedy is awake today", errors: 1 },
    {
      text: "ED: the Medway Messenger photographer was in with a dislocated shoulder last night, begged us to keep it quiet",
      errors: 1,
    },
    // Frequent callers, a vet on a programme, the one who…, relatives of a bed, a doctor's patient.
    {
      text: "Crew: our frequent caller from the Seaview flats in Minster rang 999 eight times tonight",
      errors: 1,
    },
    { text: "Pharmacy: the vet from Whitstable on our methadone script was late again", errors: 1 },
    {
      text: "Prison healthcare: cell 14 on C wing, the one who swallowed the razor, is back from outside hospital",
      errors: 1,
    },
    {
      text: "Care home: room 6's son has complained again about his dad's missing glasses",
      errors: 1,
    },
    {
      text: "111: the bungalow with the gnomes on Mill Road, the old lady has fallen again",
      errors: 1,
    },
    {
      text: "Community: the hoarder on Victoria Street finally let us in to do his leg ulcers",
      errors: 1,
    },
    {
      text: "Paeds: the girl who fell through the ice at Mote Park on Saturday is off the ventilator",
      errors: 1,
    },
    {
      text: "Hospice: our gent who used to run the bakery in Sheldwich died this morning, 89",
      errors: 1,
    },
    {
      text: "MH: the lad who streams on Twitch as TeynhamTitan was sectioned overnight",
      errors: 1,
    },
    {
      text: "Dental: extracted 4 teeth from the ITV Meridian weatherman today, total baby",
      errors: 1,
    },
    {
      text: "Theatres: the surgeon's own son was on our list for his tonsils, no pressure",
      errors: 1,
    },
    {
      text: "School nurse: the boy from Syria in Year 3 at Lynsted primary has no winter coat",
      errors: 1,
    },
    // Who someone is by the place they work at, the show they were on, the named employer, or
    // an injury at a fixture, with care around them.
    {
      text: "the man who serves at the bakery in Rainham came in with a burn to his forearm",
      errors: 1,
    },
    { text: "triaged the woman who was on Bake Off last year, lovely lady", errors: 1 },
    {
      text: "district nurse visit today: the retired headmaster of Oakfield School is on my caseload now",
      errors: 1,
    },
    { text: "admitted a lovely couple from Strood, dad is a driver with Arriva", errors: 1 },
    {
      text: "spinal unit: the girl who was hurt in the netball match at Mote Park is sitting up today",
      errors: 1,
    },
    {
      text: "talking therapies: one of my clients is a well known local councillor, stress is off the scale",
      errors: 1,
    },
    // A patient described by their condition and something they are known by, a repeat fall.
    {
      text: "our dialysis gent from Lydd with the greyhound is doing brilliantly this month",
      errors: 1,
    },
    {
      text: "999 to the same address on Holly Road for the 6th time this week, same lady, same fall",
      errors: 1,
    },
    // A player for a named club, a job done at a named place, clothes and nationality known by,
    // a condition after "with", an event, a private plate.
    {
      text: "the striker for Margate FC tore his ACL on Saturday, he's on our list for Friday",
      errors: 1,
    },
    {
      text: "the woman who does the lashes at the beauty bar on Pudding Lane had a seizure in clinic",
      errors: 1,
    },
    {
      text: "the bloke in the Spurs shirt in minors has been asleep on the floor since 1am",
      errors: 1,
    },
    {
      text: "we've been treating the Latvian family for TB, they move to Dover next week",
      errors: 1,
    },
    {
      text: "home visit: an old couple in the bungalow on the Vale estate, him with COPD, her with epilepsy",
      errors: 1,
    },
    { text: "nursed the man who found a grenade on Hythe beach, shrapnel in both legs", errors: 1 },
    // On a night shift, a death on a named road, a repeat collection, someone the writer knows,
    // a regular caller from a place, what someone keeps.
    { text: "#nightshift a gent from Lenham in tonight, 99, asked me to marry him", errors: 1 },
    {
      text: "met the family of the girl killed on the A229 last Tuesday, her brother is one of our patients",
      errors: 1,
    },
    {
      text: "GP: the mum of the triplets from Iwade collected their epipens, 2nd box this month",
      errors: 1,
    },
    { text: "theatre list: 2nd patient today turned out to be my old piano teacher 😳", errors: 1 },
    {
      text: "the same man has rung 999 from the bus shelter outside Ramsgate station 25 times this year",
      errors: 1,
    },
    {
      text: "the lady on Marine Parade who keeps 9 ferrets called us out again, fall this time",
      errors: 1,
    },
    {
      text: "nights: the gentleman with the ginger beard from Ash has pulled his catheter out again",
      errors: 1,
    },
    {
      text: "999: 3rd call this week to the same flat on Tower Road, the wife keeps fainting",
      errors: 1,
    },
    {
      text: "the bloke from the scrap yard on Mill Lane didn't make it after the crash, we tried everything",
      errors: 1,
    },
    { text: "the kebab shop owner from Snodland collapsed mid-shift, now in resus", errors: 1 },
    {
      text: "outreach: the woman who lives in the tent under the bridge in Tonbridge has a chest infection",
      errors: 1,
    },
    { text: "the twins who run the chippy in Minster both came in with burns", errors: 1 },
    {
      text: "the green Mini with the plate M1LLY is our regular's, she's in again with asthma",
      errors: 1,
    },
    // Still caught: the same people when they are the ones cared for.
    {
      text: "the bus driver on the 14 who lets nurses ride for free came in with chest pain on Christmas Eve, bless him",
      errors: 1,
    },
    {
      text: "the lollipop man opposite the hospital was blue lighted in after a fall this morning",
      errors: 1,
    },
    { text: "our local MP was in majors tonight with chest pain, 3am", errors: 1 },
    {
      text: "the only plumber in Lenham came in with a crush injury on Christmas Eve, poor lad",
      errors: 1,
    },
    {
      text: "the gent in bay 4 from Whitstable, he's 97 and in with a fall on Christmas Eve",
      errors: 1,
    },
    // Described, not named: what they wear or carry, or where they come from, with a time or place.
    {
      text: "the woman in the green wellies is back in minors for the third time this week, same wrist",
      errors: 1,
    },
    {
      text: "resus 2 at 4am: the chap with the ukulele case and the broken jaw, still humming",
      errors: 1,
    },
    {
      text: "the old boy from the bowls club on Mill Road was admitted again tonight with his chest",
      errors: 1,
    },
    // A local role or a known incident said as a clause about them, with a named place.
    {
      text: "the woman who reads the raffle numbers at the Legion club in Selby is in our CCU tonight",
      errors: 1,
    },
    {
      text: "the chap who sweeps the paths round Priory Park came in with a nasty cut to his hand",
      errors: 1,
    },
    {
      text: "the harpist who plays at the Grand in Llandudno is on our ward with pneumonia",
      errors: 1,
    },
    {
      text: "the lad who got trapped under the bonfire stack at Hollins Field came in with burns to his legs",
      errors: 1,
    },
    // Known by what they do at a named place.
    {
      text: "the pianist at the Station Hotel came in with chest pain after a guest went for him",
      errors: 1,
    },
    {
      text: "the bellringer from St Oswald's in Grasmere is on our ward after a fall from the tower steps",
      errors: 1,
    },
    // Care said of them in the sentence after ("we're treating him"), or as treatment ("sutured").
    {
      text: "the ventriloquist from the Pavilion in Rhyl collapsed backstage. We're treating him in full costume",
      errors: 1,
    },
    {
      text: "who knew the man who runs the bike shop on Quarry Lane would be the calmest person I've ever sutured",
      errors: 1,
    },
    // Someone from one spot in a town; a description before the clause; care in the next sentence.
    {
      text: "the old boy from the almshouses by Tenterden church was brought in again tonight",
      errors: 1,
    },
    {
      text: "the Scottish gent with the booming laugh who sings at the Crown on Fridays is in CCU",
      errors: 1,
    },
    {
      text: "heard about the roofer who fell through the skylight at the Asda in Thirsk? He's in our ICU now",
      errors: 1,
    },
    {
      text: "the skipper of one of the Whitby cobles came in with a hook through his thumb",
      errors: 1,
    },
    // A business named by its town; a regular described by what they bring.
    {
      text: "GP: the man who runs the Lenham chip shop came in with burns to both hands again",
      errors: 1,
    },
    {
      text: "our regular with the tartan shopping trolley is back in majors, fourth time this week",
      errors: 1,
    },
    // Community and ambulance shorthand as care; an age in days.
    {
      text: "DN round: the gent on Mill Lane in Hawes, 94, still lives alone with his ferrets",
      errors: 1,
    },
    {
      text: "111 call handler: new mum in Keswick, 6 day old not waking for feeds, sent an ambulance",
      errors: 1,
    },
    // A trade or a calling the town knows someone by, with where, in a care sentence.
    {
      text: "Physio win: the stonemason from Masham who crushed his hand in a lifting accident can hold a chisel again",
      errors: 1,
    },
    {
      text: "Filling done for the retired organist at St Wilfrid's in Ripon this morning and he hummed through the whole thing",
      errors: 1,
    },
    {
      text: "Memory assessment on Thursday for our gent on Larch Close, the former greenkeeper at Alwoodley golf club",
      errors: 1,
    },
    {
      text: "Vaccinated the Paralympic hopeful from Stoke today before her training camp, she's off to the Games",
      errors: 1,
    },
    // Care said in a single word (a fracture, an overdose) with an age and a town.
    {
      text: "that 41 yr old from Tadcaster with the fracture is back again, third time since June",
      errors: 1,
    },
    // "the only" with a hyphenated description; a pregnancy told at a school drop-in.
    {
      text: "We have the only Amharic-speaking patient in the whole of Barrow on our unit, he's 16",
      errors: 1,
    },
    {
      text: "Year 10 lad at Holy Trinity came to my drop-in today, his girlfriend is pregnant and he's 15",
      errors: 1,
    },
    // Known in town: "everyone in X knows he…" with care said of him.
    {
      text: "the fella in resus with the 'slip' in the shower, everybody in Hindley knows he's the one selling the knock-off fags",
      errors: 1,
    },
    // A road collision told by where, when and how old.
    {
      text: "RTC on the Snake Pass around 5pm Saturday. 23 yr old cyclist flown to Sheffield, thoughts with him",
      errors: 1,
    },
    // A role opening the sentence, without "the".
    {
      text: "captain of the Ilkley hockey second team came in with a split eyebrow and wants to play Saturday",
      errors: 1,
    },
    // What the one cared for does, and where: the business with its street or town.
    {
      text: "Day unit chat: she's mid-40s, on her third cycle, and teaches at the primary school on Moor Lane in Garstang",
      errors: 1,
    },
    {
      text: "Home visit for IV antibiotics, he manages the garden centre near Hornsea and sent me off with a tomato plant",
      errors: 1,
    },
  ],
});
