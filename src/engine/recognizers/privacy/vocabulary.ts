// Word lists shared by the privacy recognizers and rules, kept as readable data.
// Each list names a concept (a place of care, a person described, a relative, a staff role);
// `wordsRegex` turns a list into one compiled, boundary-anchored alternation.

/**
 * One regex matching any of the phrases on word boundaries. Phrases may hold regex syntax.
 * ASCII boundaries and no `u` flag: several times faster in V8, and every phrase is ASCII.
 */
export function wordsRegex(phrases: readonly string[], flags = "i"): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![A-Za-z0-9])(?:${sorted.join("|")})(?![A-Za-z0-9])`, flags);
}

/** How many ASCII digits `text` holds, stopping at `enough`: a cheap gate before number recognizers. */
export function countDigits(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Where care happens: a person placed here is a patient. */
export const CARE_PLACES = [
  "ward", "wards", "bed", "bay", "side ?room", "cubicle", "resus", "a&e", "a and e", "ed", "ae",
  "amu", "ccu", "icu", "itu", "hdu", "sdec", "cdu", "majors", "minors", "minor injuries", "triage",
  "theatre recovery", "recovery", "clinic", "outpatients", "dialysis", "unit", "hospice", "discharge lounge",
  "emergency department", "maternity", "labour ward", "delivery suite", "nicu", "scbu", "picu",
  "on the district", "home visit", "visit", "caseload",
];

/** Events and verbs of care that make a person nearby a patient. */
export const CARE_EVENTS = [
  "admitted", "admission", "discharged", "discharge", "going home", "went home", "sent home",
  "brought in", "brought into", "brought onto", "came in", "come in", "rushed in", "blue-lighted",
  "in for", "stay", "long-stay", "longest ever stay", "transferred", "ttos?", "obs", "cannula",
  "catheter", "catheterised", "bloods", "meds", "medication", "drip", "oxygen", "op", "operation",
  "surgery", "bypass", "scan", "x-ray", "ct", "mri", "wash", "commode", "buzzer", "call bell",
  "zimmer", "walking frame", "hoist", "dementia", "delirium", "confused", "end of life", "palliative",
  "care package", "medically fit", "fit for discharge", "nursed", "nursing", "cared for", "looked after",
  "treated", "patient", "patients", "pt", "pts", "bed", "bay", "side room", "ward \\d+", "on the ward",
  "our ward", "the ward", "resus", "a&e", "amu", "ccu", "itu", "icu", "hdu",
];

/** Words that describe one person without naming them. */
export const PERSON_NOUNS = [
  "man", "woman", "lady", "gent", "gentleman", "bloke", "fella", "lad", "girl", "boy", "guy", "chap",
  "baby", "toddler", "teenager", "teen", "pensioner", "old boy", "old girl", "old dear", "little lady",
  "old man", "old lady", "patient", "pt", "mum", "dad", "grandad", "grandma", "nan", "granny",
  "young man", "young woman", "young lad", "newborn", "infant", "child", "kid",
];

/** Relatives, visitors and carers: covered as much as patients (CCC-SMP §7.3.12). */
export const RELATIVES = [
  "wife", "husband", "partner", "daughter", "son", "mum", "mother", "dad", "father", "sister",
  "brother", "nan", "nana", "grandad", "grandson", "granddaughter", "grandma", "granny", "niece",
  "nephew", "aunt", "auntie", "uncle", "carer", "fiance", "fiancee", "boyfriend", "girlfriend",
  "daughter-in-law", "son-in-law", "widow", "widower", "family", "relatives?", "next of kin", "nok", "visitor",
];

/** Staff roles: someone named with one of these is a colleague, not a patient. */
export const STAFF_ROLES = [
  "nurse", "nurses", "staff nurse", "charge nurse", "sister", "matron", "midwife", "hca", "hcas", "hcsw",
  "doctor", "dr", "consultant", "surgeon", "registrar", "reg", "sho", "f1", "f2", "fy1", "fy2", "gp",
  "physio", "physiotherapist", "ot", "pharmacist", "porter", "porters", "paramedic", "receptionist",
  "ward clerk", "housekeeper", "manager", "ward manager", "director", "chief exec", "ceo", "colleague",
  "colleagues", "team", "student", "student nurse", "band \\d", "anaesthetist", "radiographer",
  "odp", "scrub nurse", "cleaner", "domestic", "admin", "secretary", "estates", "pharmacy",
  "phlebotomist", "healthcare assistant", "support worker", "nurse practitioner", "anp", "acp", "enp",
  "educator", "mentor", "preceptor", "lead", "deputy", "head of", "coordinator", "co-ordinator", "bank",
  "agency", "locum", "staff",
];

/**
 * Common UK given names across generations and communities. A given name is what turns
 * "X from bed 3" or "X and her daughter" into a named patient; surnames are open-ended and found
 * by shape next to a given name or a title instead.
 */
export const GIVEN_NAMES = [
  // older generations, typical of inpatients
  "Ada", "Agnes", "Albert", "Alan", "Alf", "Alfred", "Alice", "Amy", "Annie", "Arthur", "Audrey",
  "Barbara", "Beryl", "Betty", "Bill", "Bob", "Brenda", "Brian", "Bridget", "Carol", "Cecil",
  "Charles", "Clifford", "Colin", "Cyril", "Dennis", "Derek", "Doreen", "Doris", "Dorothy", "Edith",
  "Edna", "Eileen", "Elsie", "Enid", "Eric", "Ernest", "Ethel", "Evelyn", "Florence", "Frank",
  "Fred", "Freda", "Geoffrey", "George", "Gladys", "Gordon", "Harold", "Harry", "Hazel", "Herbert",
  "Hilda", "Ivy", "Jean", "Joan", "Joyce", "Ken", "Kenneth", "Len", "Leonard", "Lilian", "Mabel",
  "Margaret", "Marjorie", "Maureen", "Mavis", "Muriel", "Nora", "Norman", "Olive", "Pam", "Pamela",
  "Peggy", "Percy", "Phyllis", "Ray", "Raymond", "Reg", "Reginald", "Rita", "Ron", "Ronald",
  "Rose", "Sid", "Sidney", "Stan", "Stanley", "Sylvia", "Ted", "Terry", "Thelma", "Vera", "Violet",
  "Walter", "Wilf", "Winifred", "Winnie",
  // middle and younger generations
  "Adam", "Aidan", "Alex", "Alison", "Amanda", "Andrew", "Andy", "Angela", "Anna", "Anne", "Ashley",
  "Becky", "Ben", "Beth", "Callum", "Carl", "Caroline", "Charlie", "Charlotte", "Chloe", "Chris",
  "Claire", "Craig", "Daniel", "Danny", "Darren", "Dave", "David", "Dawn", "Dean", "Debbie",
  "Donna", "Emily", "Emma", "Gary", "Gemma", "Graham", "Hannah", "Helen", "Ian", "Jack", "Jade",
  "Jake", "James", "Jamie", "Jane", "Jason", "Jayden", "Jen", "Jenny", "Jess", "Jessica", "Jo",
  "Joe", "John", "Jon", "Josh", "Julie", "Karen", "Kate", "Katie", "Kayleigh", "Keith", "Kelly",
  "Kevin", "Kieran", "Kirsty", "Laura", "Lauren", "Leanne", "Lee", "Lewis", "Liam", "Lisa",
  "Lucy", "Luke", "Mark", "Martin", "Matt", "Megan", "Michael", "Michelle", "Mike", "Nathan",
  "Neil", "Nicola", "Nicky", "Oliver", "Olivia", "Paul", "Pete", "Peter", "Philip", "Rachel",
  "Rebecca", "Rob", "Robert", "Ryan", "Sam", "Sarah", "Scott", "Sharon", "Shane", "Sophie",
  "Stacey", "Steph", "Stephen", "Steve", "Stuart", "Sue", "Susan", "Tom", "Tony", "Tracy", "Tracey",
  "Vicky", "Wayne", "Zoe",
  // communities across the UK
  "Aaliyah", "Abdul", "Ahmed", "Aisha", "Ali", "Amir", "Anil", "Arjun", "Asif", "Ayesha", "Bilal",
  "Chidi", "Deepak", "Fatima", "Hamza", "Hassan", "Imran", "Kwame", "Mohammed", "Muhammad",
  "Nadia", "Omar", "Priya", "Rahul", "Ravi", "Sanjay", "Shabnam", "Sunita", "Tariq", "Usman",
  "Yusuf", "Zainab", "Agnieszka", "Tomasz", "Piotr", "Kasia", "Marek",
];

export const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);

/** Capitalised words that start sentences or name things, never a person's surname. */
export const NOT_A_SURNAME: ReadonlySet<string> = new Set([
  "Ward", "Bed", "Bay", "Room", "Unit", "Hospital", "General", "Royal", "The", "And", "Is", "Was",
  "Has", "Had", "Who", "From", "On", "In", "At", "To", "Of", "For", "With", "NHS", "Trust", "Team",
  "Day", "Night", "Nights", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December", "Christmas", "Easter", "Mr", "Mrs", "Ms", "Miss", "Dr",
  "Sister", "Nurse", "Staff", "Just", "Still", "Today", "Tonight", "Yesterday", "If", "But", "So",
  "Thank", "Thanks", "Happy", "Congrats", "Congratulations", "Well", "Good", "Great", "Best", "Love",
  "Big", "Little", "Old", "New", "Our", "My", "Your", "His", "Her", "Their", "This", "That",
]);

/**
 * Capitalised words that are not names: sentence openers, pronouns, titles, roles, relatives,
 * places, days and months. A capitalised word outside this list, where a name goes ("X, 84,",
 * "X was admitted", "X's hip"), is taken to be a name: no list of names can be complete.
 */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...NOT_A_SURNAME,
  ..."I Im Ive Id He She It We You They Me Him Us Them Its Hers Theirs Mine Yours Ours Who Whom Whose What When Where Why How Which Whoever".split(" "),
  ..."A An Any Some Every Each All Both Either Neither No None Not Nobody Noone Nothing Someone Somebody Something Anyone Anybody Anything Everyone Everybody Everything One Two Three Four Five Six Seven Eight Nine Ten Another Other Others Such Same Most More Less Few Many Much Several".split(" "),
  ..."Yes Yeah Yep Nope Oh Ah Ok Okay Omg Lol Haha Wow Hey Hi Hello Dear Please Sorry Cheers Bless Shoutout Shout Sending Wishing Welcome Meet Look Guess Remember Reminder Note Update News Breaking Fancy Imagine Apparently Honestly Seriously Literally Actually Anyway Also Then Now Here There Once Twice Again Ever Never Always Sometimes Often Only Even Really Very Quite Too Why Because Since Until While After Before During Over Under About Around Into Onto Upon Off Out Up Down As Like Than Or Nor Yet Without Within Between Through Across Behind Beside Besides Towards".split(" "),
  ..."Can Could Should Would Will Shall Must May Might Did Does Do Done Is Are Am Be Been Being Were Got Get Gets Getting Go Going Went Gone Come Came Coming Had Have Having Make Made Take Took Tell Told Said Says Say Saw See Seen Need Needs Want Wants Let Lets Know Knew Think Thought Feel Felt Keep Kept Give Gave Found Finally Eventually Still Just Today Tonight Tomorrow Yesterday Morning Afternoon Evening Night Nights Days Week Weekend Month Year".split(" "),
  ..."Mum Mummy Mom Dad Daddy Nan Nana Nanna Gran Granny Grandma Grandad Grandpa Grandson Granddaughter Wife Husband Partner Son Daughter Sister Brother Aunt Auntie Aunty Uncle Niece Nephew Cousin Baby Babies Twins Family Carer Friend Friends Mate Mates Bestie Hun Babe".split(" "),
  ..."Patient Patients Pt Lady Gent Gentleman Man Woman Boy Girl Lad Chap Guy Bloke Kid Kids Child Children People Person Folks Resident Residents Visitor Visitors Relatives".split(" "),
  ..."Doctor Doc Nurse Nurses Matron Midwife Consultant Surgeon Registrar Reg Porter Porters Physio Paramedic Paramedics Student Manager Colleague Colleagues Staff Team Prof Professor Sir Madam Lord Lady Dame Saint St Captain Officer Police PC Sergeant Inspector Chief Director".split(" "),
  ..."Hospital Hospitals Ward Wards Bay Bed Beds Room Rooms Unit Clinic Theatre Theatres Theatre Resus Majors Minors Triage Recovery Outpatients Maternity Pharmacy Radiology Estates Reception Canteen Department Centre Center Surgery Practice Trust Health Care Service Services General Royal University Infirmary Memorial Community District County City Street Road Lane Avenue Park House Court School College".split(" "),
  ..."Spring Summer Autumn Winter Xmas Christmas Easter Eid Diwali Ramadan Hanukkah New Year Bank Holiday Birthday Pride Black History".split(" "),
  ..."Facebook Instagram Insta Twitter Tiktok TikTok Snapchat Snap Whatsapp WhatsApp LinkedIn Google Youtube YouTube Amazon Tesco Asda Aldi Lidl Costa Greggs Wetherspoons Spoons Uber Netflix BBC ITV Sky".split(" "),
  ..."English British Scottish Welsh Irish Polish Muslim Christian Jewish Hindu Sikh Catholic God Jesus Lord Allah".split(" "),
  ..."Love Loved Lovely Amazing Brilliant Proud Huge Massive Thank Thanks Thankyou Congrats Well Good Great Best Happy Sad Poor Bad Worst Nice Fab Fabulous Beautiful Gorgeous Sweet Dear Little Old New Young Big First Last Next Final Whole Full Half Top Real Long Short High Low Left Right".split(" "),
  ..."Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(" "),
]);

export const STREET_TYPES = [
  "road", "rd", "street", "st", "avenue", "ave", "close", "lane", "ln", "drive", "dr", "way",
  "crescent", "cres", "grove", "gardens", "gdns", "court", "ct", "place", "pl", "terrace", "walk",
  "row", "mews", "rise", "square", "sq", "parade", "green", "hill", "view", "park",
];

/** Near an address or postcode, these mark a public building, not someone's home. */
export const INSTITUTION_WORDS = [
  "hospital", "hospitals", "centre", "center", "building", "surgery", "clinic", "chaplaincy",
  "suite", "department", "outpatients", "unit", "practice", "health centre", "pharmacy", "campus",
  "trust", "hq", "headquarters", "education centre", "academic centre", "library", "offices?",
  "reception", "main entrance", "car park", "venue", "hall", "church", "pub", "cafe", "café",
  "restaurant", "shop", "club", "hotel", "school", "college", "university", "stadium",
];

/** Self-declared agreement: a consented post is not a breach (labelling conventions). */
export const CONSENT_PHRASES = [
  "with (?:his|her|their|the family's|the patient's|[A-Z][a-z]+'s) (?:consent|permission|blessing)",
  "(?:shared|posted|published) with (?:\\w+ ){0,3}(?:consent|permission)",
  "(?:he|she|they) (?:asked|wanted) (?:us|me) to (?:share|post)",
  "asked us to share",
  "(?:he|she|they) (?:said|told me) (?:we|i) could (?:post|share)",
  "(?:he|she|they) (?:made me promise|gave (?:me|us) permission|agreed|is happy|are happy) to (?:post|share)",
  "(?:posted|shared) with permission",
  "consent(?:ed)? to (?:this|us|being|share|sharing|post|posting)",
];
export const CONSENT = wordsRegex(CONSENT_PHRASES);

/** The profile says the author runs an official Trust account. */
export const OFFICIAL_PROFILE = /\bofficial\b/i;

let lastText = "";
let lastWords: Set<string> = new Set();

/** The lower-case words of `text` (letters, digits, apostrophes), computed once per text. */
export function wordsOf(text: string): Set<string> {
  if (text === lastText) return lastWords;
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57 && i < text.length && text.charCodeAt(i) <= 57);
    if (isWord) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      words.add(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  lastText = text;
  lastWords = words;
  return words;
}

/** Whether `text` has any of the `gate` words: a Set lookup per word before any phrase regex runs. */
export function hasAnyWord(text: string, gate: ReadonlySet<string>): boolean {
  for (const w of wordsOf(text)) if (gate.has(w)) return true;
  return false;
}
