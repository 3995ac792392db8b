// A person in a care context, named or singled out. Names are found by their shape (a capitalised
// word where a name goes), not from a list of names, so a name nobody thought of still counts:
//   a title and a name or initial ("Mrs Hughes", "Mr Arthur Blenkinsop", "Mr D's catheter")
//   a name with an age ("Arthur Pickersgill, 99,", "(Josie Weller, 23)")
//   a name at a bed or bay ("Kayleigh from bed 3", "(Mrs Oduya, bay 2)")
//   a described person at a bed ("the man in bed 4", "the lady in side room 2")
//   a bed or bay with a person near it ("Bed 12 has pressed his buzzer")
//   a name with a care event ("Kelly was admitted", "Ron was brought in drunk")
//   a name owning something clinical ("Mr Iqbal's knee", "Doris's obs", "Arthur's hip op")
//   a name tied to a relative ("Josie's aunty", "his wife Brenda", "Mum is Kelly")
//   "my patient Tom", "a lady called Doris"
//   a known given name with patient cues near ("Doris on her nightly escape attempt")
// Staff named in their role ("Dr Patel ran a great session", "Sister Holt") are not patients.
import { mayMatch, testIfMay } from "../../signals/cue-gate.js";
import { identityView, type TextView } from "../../normalise/index.js";
import type { CustomRecognizer, Entity } from "../recognizer.js";
import { analyse, anyWord, wordSet, type PostAnalysis } from "./analysis.js";
import { fictionOrHistory } from "./not-a-patient.js";
import {
  CARE_WORDS,
  careOpen,
  nearest,
  NOT_ADJECTIVE,
  NOT_PATIENCE,
  ONE_PATIENT_CUES,
  PATIENT_CUE_GATE,
  PATIENT_CUES,
  STAFF_CUES,
  STAFF_TITLE_BEFORE,
  BROUGHT_IN,
} from "./people.js";
import {
  GIVEN_NAME_SET,
  NOT_A_NAME,
  NOT_A_SURNAME,
  PERSON_NOUNS,
  SINGLE_RELATIVES,
  STAFF_ROLES,
  wordsRegex,
} from "./vocabulary.js";

const WORD = "[A-Z][a-z'’\\-]{1,20}";
const PLACE_I =
  "(?:[Bb]ed|[Bb]ays?|[Cc]ots?|[Ii]ncubators?|[Rr]esus|[Mm]ajors|[Ss]ide[ \\t]?[Rr]oom|[Cc]ubicle|[Tt]rolley|[Cc]hair|SR)[ \\t]?(?:\\d{1,3}[a-zA-Z]?|[A-H])\\b";
const KIN_WORDS = [
  ...SINGLE_RELATIVES,
  "aunty",
  "mummy",
  "daddy",
  "grandson",
  "granddaughter",
  "stepdad",
  "stepmum",
  "grandpa",
];
const KIN = `(?:${KIN_WORDS.join("|")})`;
// As a family writes them: "our Dad, Ken Hollis,".
const KIN_CAPITALISED = `(?:${KIN_WORDS.map((k) => k[0].toUpperCase() + k.slice(1)).join("|")})`;

const TITLED = new RegExp(
  `\\b(Mr|Mrs|Ms|Miss|Mx)\\.?[ \\t]+((?:${WORD}[ \\t]+)?${WORD}(?:-[A-Z][a-z'’]{1,20})?|[A-Z](?![A-Za-z]))(?:'s)?((?:,?[ \\t]+(?:(?:in|from|on)[ \\t]+)?${PLACE_I})?)`,
  "g",
);
// Posts are often typed in lower case: "mrs jones in bed 5". After a title, any word is a name.
// Also a lone initial before where they are: "mrs b on the dementia unit".
const TITLED_LOWER = new RegExp(
  `\\b(?:mr|mrs|ms|miss)\\.?[ \\t]+([a-z][a-z'’\\-]{1,20}|[a-z](?=[ \\t]+(?:in|on|at|from)[ \\t]))\\b`,
  "g",
);
// "my dad Kenneth", "my nan Edna Price": the author's relative, a patient when care words are near.
// A first name alone from the family is not identifying; a full name is.
const MY_KIN_NAME = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur)[ \\t]+(?:(?:little|baby|eldest|youngest|elderly|best)[ \\t]+)?(?:${KIN}|${KIN_CAPITALISED}|neighbour|boy|girl|lad|cousin|ex|flatmate|housemate|(?<=[Mm]y[ \\t]+)(?:mate|friend|pal))(?:[ \\t]+|,[ \\t]+(?=${WORD}[ \\t]+${WORD},))(${WORD}[ \\t]+${WORD})`,
  "g",
);
// Thanks for the care of a relative: "thank you for looking after our Dad, Ken Hollis".
const LOOKED_AFTER_KIN = new RegExp(
  `\\b(?:looking|looked|look)[ \\t]+after[ \\t]+(?:my|our|his|her|their)[ \\t]+(?:${KIN})\\b`,
  "i",
);
const MY_KIN_FIRST = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur)[ \\t]+(?:(?:little|baby|eldest|youngest|elderly)[ \\t]+)?(?:${KIN}|boy|girl|lad)[ \\t]*,?[ \\t]+(${WORD})(?![ \\t]+[A-Z])`,
  "g",
);
// "my friend X Y is on your ward": staff call colleagues friends too, so the care place must follow.
const FRIEND_IN_CARE = new RegExp(
  `\\b[Mm]y[ \\t]+(?:best[ \\t]+)?friend[ \\t,]+(${WORD}(?:[ \\t]+${WORD})?)[ \\t,]+(?:(?:is|was|has been)[ \\t]+)?(?:on|in|at)[ \\t]+(?:your|the|ward)\\b[^.!?\\n]{0,30}?\\b(?:wards?|unit|a&e|icu|itu|hdu|hospital|hospice|resus|\\d+)\\b`,
  "g",
);
// "the daughter of Patrick Doyle", "next of kin for Mr…" aside: a relative of a named person.
const KIN_OF_NAME = new RegExp(
  `\\b(?:${KIN}|friend|neighbour|carer)[ \\t]+of[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)`,
  "gi",
);
// "the Bellamy family", "the Nwosu family", "the Okafor twins": a patient's family named by
// their surname.
const FAMILY_WORDS = wordSet("family brothers sisters twins triplets clan boys girls");
const NAMED_FAMILY = new RegExp(
  `\\b[Tt]he[ \\t]+(${WORD})[ \\t]+(?:family|brothers|sisters|twins|triplets|clan|boys|girls)\\b`,
  "g",
);
// "… to say thank you for looking after their dad": the family's own relative was the patient,
// whatever staff words the thanks holds.
const FAMILY_MEMBER_CARED_FOR = new RegExp(
  `\\b(?:looking|looked|look|care|caring|cared)[ \\t]+(?:after|for)[ \\t]+(?:their|his|her)[ \\t]+(?:lovely[ \\t]+)?${KIN}\\b`,
  "i",
);
// "the Kowalskis have been in our relatives room", "the Doyles in the relatives room": a surname
// in the plural, doing something or somewhere. Teams, bands and shows take the same shape, so
// care words must be nearer than staff words and the plural must not be one of those.
const PLURAL_SURNAME =
  /\b[Tt]he[ \t]+([A-Z][a-z]+[a-rt-z]s)(?=[ \t]+(?:have|had|are|were|in|from|all|both|came|turned)\b)/g;
const PLURAL_NOT_FAMILY = wordSet(
  "Times News Echoes Beatles Simpsons Kardashians Osbournes Royals Tories Saints Lions Reds Blues Rovers Wolves Spurs Magpies Gunners Hammers Villans Baggies Owls Blades Tigers Seagulls Canaries Hornets Saddlers Rams Foxes Bees Robins Cherries Eagles Potters Vikings Romans Greeks Victorians Tudors Normans Celts Stones Muppets Smurfs Minions Avengers Olympics Paralympics Commons Lords Midlands Highlands Dales Cotswolds Pennines Alps Oscars Brits Baftas Emmys Grammys Proms Games Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Americans Brits Scots Irish Welsh Geordies Scousers Mancs Yanks Aussies Kiwis Germans Yorkshiremen Gallaghers Jacksons Obamas Windsors Sussexes Cambridges Chuckles Tellytubbies Teletubbies Waltons Flintstones Jetsons Addams Incredibles Goodies Wombles Clangers Tweenies Sugababes Spice Girls Proclaimers",
);
// "the Singhs' little boy", "the Okafors' twins": a family named by their surname in the plural.
const PLURAL_FAMILY =
  /\b[Tt]he[ \t]+([A-Z][a-z]{2,}s)['’][ \t]+(?:(?:little|youngest|eldest|oldest|new|baby|teenage)[ \t]+)?(?:boy|girl|baby|son|daughter|twins|triplets|kids|children|lad|nan|grandad|grandma|granny|mum|dad|youngest|eldest)\b/g;
// A bed by where it is, not its number: "Gwen in the corner bed", "the old lady in the bed by the
// window". One bed on a ward, one person in it.
const UNNUMBERED_BED = new RegExp(
  `\\b(?:(${WORD})|(?:(?:the|a|our|that)[ \\t]+)?(?:(?:little|old|young|lovely|elderly|poor|sweet|frail|confused|grumpy)[ \\t]+){0,2}(?:man|lady|woman|gent|gentleman|bloke|lad|girl|boy|patient|chap|fella|guy|grandad|nan|gran|granny|teenager|baby|kid))[ \\t]+(?:in|from)[ \\t]+the[ \\t]+(?:(?:corner|end|window|middle|last|first|far)[ \\t]+bed|bed[ \\t]+(?:by|near|next[ \\t]+to|nearest|opposite)[ \\t]+the[ \\t]+(?:window|door|toilets?|nurses['’]?[ \\t]+station|sink|desk))\\b`,
  "g",
);
const UNNUMBERED_BED_GATE = wordSet(
  "corner end window middle last first far by near next nearest opposite",
);
// A name, perhaps a surname: how NAME_ON_WARD and NAME_IN_YOUR_SERVICE start; then perhaps "is".
const NAME_WORDS = `\\b(${WORD})(?:[ \\t]+${WORD})?`;
const NAME_BEFORE_PLACE = `${NAME_WORDS}[ \\t]+(?:(?:is|was|are)[ \\t]+)?`;
// "Edna on Ward 5", "Kieran on Larch ward", "Ken up in ITU": staff are named this way too, so
// patient words must be nearer. A full name may give the ward after a comma, as a label does
// ("Margaret Slater, Ward 19, third set this year").
const WARD_LABEL = `,[ \\t]+(?=[Ww]ard[ \\t]?\\d{1,3}[A-Za-z]?[ \\t]*(?:[,.;:!?)\\n]|$))`;
const NAME_ON_WARD = new RegExp(
  `${NAME_WORDS}(?:${WARD_LABEL}|[ \\t]+(?:(?:is|was|are)[ \\t]+)?(?:(?:back|still|now|up|down|over)[ \\t]+)?(?:on|in|from|off)[ \\t]+)(?:[Ww]ard[ \\t]?\\d{1,3}[A-Za-z]?|[Ww]ard[ \\t]+${WORD}|(?!(?:The|This|That|Our|My|Every|Each|Any|One|Which|What)\\b)${WORD}[ \\t]+[Ww]ard|AMU|ITU|ICU|HDU|CCU|SDEC|A&E|ED|[Rr]esus|[Mm]ajors|the[ \\t]+[a-z]+[ \\t]+ward)\\b`,
  "g",
);
// A message to the Trust: "Kenneth Oakes in your intensive care", "Jade is under your crisis team".
// Staff say it of their own caseload or lists: "Ivor Pryce is on our caseload now", "Dot Marsh is
// on my theatre list".
const NAME_IN_YOUR_SERVICE = new RegExp(
  `${NAME_BEFORE_PLACE}(?:(?:back|still|now|up|down|over|doing|getting[ \\t]+on)[ \\t]+)?(?:(?:on|in|under)[ \\t]+your[ \\t]+(?:[a-z&'’-]+[ \\t]+){0,3}?(?:unit|ward|team|intensive[ \\t]+care|icu|itu|hdu|ccu|a&e|department)|on[ \\t]+(?:your|our|my)[ \\t]+(?:caseload|(?:theatre|op|operating|clinic|surgical|waiting|transplant)[ \\t]+list))\\b`,
  "g",
);
// "Jim Hart in bed 4", "Paula Simmons (bed 11)", "Edna – side room 3". (Not "Sandra, bay 6 is
// sparkling": a comma alone may start the next clause.)
const NAME_AT_PLACE = new RegExp(
  `\\b(${WORD})(?:[ \\t]+${WORD})?(?:,?[ \\t]+(?:from|in|on|at)[ \\t]+(?:the[ \\t]+)?|[ \\t]*\\([ \\t]*|[ \\t]+[-–][ \\t]+)${PLACE_I}`,
  "g",
);
const HASHTAG_NAME =
  /#(?:GoHome|PrayFor|RIP|Rip|GetWellSoon|GetWell|(?:Bye)+|Farewell|ThinkingOf|Missing|HappyBirthday|Happy\d+(?:st|nd|rd|th)|Go)([A-Z][a-z]{2,})(?=[A-Z0-9]|\b)/g;
const LOWER_NAME_AT_PLACE =
  /(?<![A-Za-z'’])([a-z]{3,})[ \t]+(?:from|in|on)[ \t]+(?:the[ \t]+)?(?:bed|bay|side ?room|cubicle)[ \t]?\d{1,3}[a-z]?\b/g;
const LOWER_NAME_PLACE_GATE = wordSet("bed bay cubicle side sideroom");
// A ward list's way of writing a name: a surname in capitals with a first name or an initial
// ("OKONJO, Grace", "ASPIN J"), or a capitalised surname with an initial ("Patel R").
const LISTED_NAME =
  /\b(?:([A-Z]{3,}(?:-[A-Z]{2,})?)(?:,[ \t]*([A-Z][a-z]+)\b|[ \t]+([A-Z])(?![\w&'’]))|([A-Z][a-z]{2,})[ \t]+([A-Z])(?=[ \t]*(?:,|and\b|&)))/g;
const LISTED_NAME_GATE =
  /\b[A-Z]{3,}(?:,[ \t]*[A-Z][a-z]|[ \t]+[A-Z]\b)|\b[A-Z][a-z]{2,}[ \t]+[A-Z][ \t]*(?:,|and\b|&)/;
const NOT_A_LISTED_SURNAME = new Set(
  "NHS ICU ITU HDU CCU AMU MAU SAU SDEC MRI ECG DNR DNACPR TTO NBM LOL OMG FFS WTF GP ED CQC PALS EPR HCA NIC SLT SHO BBC ITV RIP UK USA PPE PRN CEO COVID NICU PICU SCBU AKA TBC ASAP FYI DOB MRN CRN PIN ATM VIP NEWS OBS AND THE FOR BAY BED WARD RCN BMA GMC NMC ODP CNS ANP ACP MDT OPD ENT GYN ICB CCG PHE EPR IV IM IT HR AM PM".split(
    " ",
  ),
);
// "every patient in bay 3" is everyone there, not one person.
const DESCRIBED_AT_PLACE = new RegExp(
  `(?<!\\b(?:every|each|any|all|no)[ \\t]+)\\b(?:(?:the|a|an|our|that|this)[ \\t]+)?(?:(?:little|old|young|lovely|elderly|poor|gorgeous|sweet|frail|older|confused|grumpy|new)[ \\t]+){0,2}(?:man|lady|woman|gent|gentleman|bloke|lad|girl|boy|patient|pt|chap|fella|guy|grandad|grandpa|nan|nana|nanna|gran|granny|grandma|teenager|teen|baby|kid|child|one|mum|dad|couple|twins?|fellow|resident|client|service[ \\t]+user|family|wife|husband|daughter|son|visitor)[ \\t]+(?:of[ \\t]+about[ \\t]+\\d{1,3}[ \\t]+)?(?:in|from|on|at)[ \\t]+(?:the[ \\t]+)?(?:${PLACE_I}|[Rr]oom[ \\t]?\\d{1,3}\\b)`,
  "gi",
);
const INITIALS_AT_PLACE = new RegExp(
  `(?<![A-Za-z.])([A-Z]\\.?[A-Z]\\.?)(?:,[ \\t]*|[ \\t]+)(?:(?:in|from|on|at)[ \\t]+)?(?:the[ \\t]+)?${PLACE_I}`,
  "g",
);
// Roles, places and (after them) the observations and tasks done at a bed: "the BP in bay 3".
const NOT_INITIALS = new Set(
  "RN SN CN HC OT PT DR GP ED AE IT HR ST SR CT XR OK NB PS UK FY SHO TV PM AM DN CNS ANP ACP ODP HCA EN NA IV IM BP RR BM BMS CBG NG OBS EWS ECG ECGS CXR ABG VBG CRP FBC LFT LFTS UE TTO TTOS TTA NBM PRN CD CDS NIV CPAP SC".split(
    " ",
  ),
);
const BARE_PLACE = new RegExp(`(?<![\\d\\-][ \\t]?)\\b${PLACE_I}(?![ \\t]?(?:-|beds?\\b))`, "g");
// "Patient" as an adjective ("patient safety awards") names nobody.
const PATIENT_AS_ADJECTIVE =
  "patient(?! (?:safety|experience|care|flow|feedback|information|leaflets?|transport|records?|portal|surveys?|stories|voice|council|panel|forum|partners?|participation|champions?|awards?))";
const PERSON_NEAR = wordsRegex([
  ...PERSON_NOUNS.map((n) => (n === "patient" ? PATIENT_AS_ADJECTIVE : n)),
  "he",
  "she",
  // "on her own" is the writer's colleague doing the work, not a person in the bed.
  "his(?! own)",
  "her(?! own)",
  "him",
  "hers",
  "\\d{1,3}[ -]year[ -]old",
  "aged \\d+",
  "mr",
  "mrs",
  "the one who",
  "who keeps",
  "keeps (?:asking|shouting|calling|pressing|pulling|trying|taking)",
  "(?:the|a|an) (?:retired|former|ex-?)[ -]?[a-z]+",
  "shouter",
  "biter",
  "screamer",
  "wanderer",
]);
const PLACE_IDLE = wordsRegex([
  // The bed as kit: "bed 7 buzzer's on the blink, estates are on their way".
  "on the blink",
  "out of order",
  "faulty",
  "estates",
  "closed",
  "empty",
  "cleaning",
  "deep clean",
  "deep cleaned",
  "reopened",
  "reopens",
  "refurb",
  "refurbishment",
  "free",
  "available",
  "blocked",
  "for sale",
  // A place visited or complained about, not a person in it.
  "therapy dog",
  "dog",
  "puppy",
  "pets as therapy",
  "sauna",
  "furnace",
  "oven",
  "fridge",
  "freezing",
  "roasting",
  "boiling",
  "heat",
  "windows?",
  "radiators?",
  "leak",
  "leaking",
  "flooded",
  "painted",
  "repainted",
  "decorated",
  "sparkling",
  "spotless",
]);
const MY_PATIENT = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Aa]|[Tt]he|[Tt]his)[ \\t]+(?:(?:favourite|lovely|old|new|regular|first|last|former|ex-?|previous|star)[ \\t]+)?(?:patient|lady|gent|gentleman|man|woman|chap|fella|boy|girl|baby|resident)(?:,?[ \\t]+(?:called|named)[ \\t]+|,[ \\t]*|[ \\t]+)(${WORD}(?:[ \\t]+${WORD})?)`,
  "g",
);
// "Gwyneira Pugh, our longest-staying patient," the name before its description.
const NAME_THEN_PATIENT = new RegExp(
  `\\b(${WORD}(?:[ \\t]+${WORD})?),[ \\t]+(?:my|our|the|a)[ \\t]+(?:[a-z'’-]+[ \\t]+){0,2}(?:patient|resident)\\b(?![ -](?:safety|experience|liaison|advice|services?|representative|rep|leader|partner|voice))`,
  "g",
);
// Care given to a named person: "sat with Thaddeus Brennan", "nursing Ezinne Obi", "RIP Bernard".
const CARED_FOR_NAME = new RegExp(
  `\\b(?:[Ss]at with|[Ss]itting with|nursed|to nurse|[Cc]ared for|[Cc]aring for|[Ll]ooked after|[Ll]ooking after|[Gg]oodbye to|[Dd]ischarged|[Aa]dmitted|[Tt]ransferred|[Rr]eassured|[Ss]ettled|(?:RIP|R\\.I\\.P\\.?|[Rr]est in peace)(?:[ \\t]+to)?(?:[ \\t]+(?:our|my|the))?(?:[ \\t]+(?:lovely|dear|darling|beautiful|wonderful|gorgeous|little))?)[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)`,
  "g",
);
// "his wife Brenda", "Mrs Whitlock's daughter Sharon", "Mum is Kelly", "a daughter called Sharon"
const RELATIVE_NAME = new RegExp(
  `\\b(?:his|her|their|the[ \\t]+patient's|the|a|${WORD}'s)[ \\t]+${KIN}(?:,?[ \\t]+(?:is|was|'s))?(?:[ \\t]+(?:called|named))?,?[ \\t]+(${WORD})`,
  "gi",
);
// "her name is Chantelle Roberts": only read when the post has the word "name".
const THEIR_NAME_IS = new RegExp(
  `\\b(?:[Hh]er|[Hh]is|[Tt]heir)[ \\t]+name[ \\t]+(?:is|was|'s)[ \\t]+(?:called[ \\t]+)?(${WORD})\\b`,
  "g",
);
const KIN_IS_NAME = new RegExp(
  `\\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Bb]aby|[Pp]atient|[Ss]he|[Hh]e)(?:'s[ \\t]+name)?[ \\t]+(?:is|was|'s)[ \\t]+(?:called[ \\t]+)?(${WORD})\\b`,
  "g",
);
// "He's called Pawel": read of a casualty (casualtyNamed) or of a relative named just before
// (RELATIVE_BEFORE); said of anyone it is as often a baby of the writer's or a therapy dog.
const RELATIVE_BEFORE =
  /\b(?:mum|mam|mother|dad|father|nan|nana|gran|grandma|grandad|grandpa|husband|wife|son|daughter|brother|sister|aunt|auntie|uncle)\b/i;
const HE_IS_CALLED = new RegExp(
  `\\b(?:[Ss]he|[Hh]e)['’]s[ \\t]+(?:called|named)[ \\t]+(${WORD})\\b`,
  "g",
);
// "Josie's aunty", "Arthur's daughter": the name is the patient's, the speaker their relative.
const NAME_OF_KIN = new RegExp(`\\b(${WORD})'s[ \\t]+${KIN}\\b`, "g");
// "her name's Pat Greaves", "his name is Derek": someone in the post named outright.
const NAME_STATED = new RegExp(
  `\\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \\t]+(?:full[ \\t]+)?name(?:['’]s|[ \\t]+is|[ \\t]+was)[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)(?![A-Za-z])`,
  "g",
);
const SERVICE_YEARS =
  /^[ \t]+years?[ \t]+(?:in|of|at|on|as|with|service|served|qualified|nursing|here)\b/;
// Also with what they have before the age: "Amira (Rett syndrome, 15)".
const NAME_AGE = new RegExp(
  `\\b(${WORD}(?:[ \\t]+${WORD})?)(?:,[ \\t]*\\(?|[ \\t]+\\((?:(?![Mm]y\\b|[Oo]ur\\b)(?:[A-Za-z'’-]+[ \\t]+){0,3}?[A-Za-z'’-]+,[ \\t]*)?|['’]s[ \\t]+(?!\\d{1,3}[ \\t]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|mins?|minutes?|%)))(\\d{1,3})\\)?(?=[ \\t]*[,);:]|[ \\t]*$|[ \\t]+(?:years?|yrs?|y/?o)\\b|[ \\t]+(?:weeks?|months?|days?)[ \\t-]+old\\b|[ \\t]*[.!?][ \\t]|[ \\t]+(?:from|of|who|came|was|is|has|had|walked|went|got|and|on|in|at|asked|told|said|says|just|still|keeps|wants|finally)\\b)`,
  "g",
);
// "came in" alone is also how staff arrive for a shift; arriving as a patient has a how or a where.
const CARE_EVENT =
  "(?:admitted|readmitted|discharged|brought[ \\t]+(?:in|into|onto|to)|rushed[ \\t]+in|blue[ -]?lighted|transferred|intubated|resuscitated|ventilated|catheterised|triaged|sectioned|delivered|induced|came[ \\t]+in(?:to)?[ \\t]+(?:by|with(?![ \\t]+" +
  BROUGHT_IN +
  ")|after|via|to[ \\t]+(?:a&e|ed|resus|hospital)|a&e|ed|resus|majors|hospital)|passed[ \\t]+away|died|coded|arrested|self[ -]discharged|" +
  // "was treated for a stab wound", "is an inpatient", "attended your Minor Injuries Unit"
  "treated[ \\t]+(?:for|in|at)|(?:an?|our|your)[ \\t]+in-?patient|attended[ \\t]+(?:your|our|the)[ \\t]+(?:[A-Za-z&]+[ \\t]+){0,3}?(?:ed|a&e|unit|clinic|department|appointment|hospital|surgery|practice)(?![ \\t]+(?:meeting|training|session|huddle|team|staff|away|day|event|launch|awards?|conference|briefing)))";
const CARE_EVENT_WORDS =
  "admitted|readmitted|brought[ \\t]+in|rushed[ \\t]+in|blue[ -]?lighted|transferred|intubated|ventilated|resuscitated";
const NAME_EVENT = new RegExp(
  `\\b(${WORD}(?:[ \\t]+${WORD})?)[ \\t]+(?:(?:was|got|has[ \\t]+been|had[ \\t]+been|is[ \\t]+being|is|has|'s[ \\t]+been|just|finally|eventually)[ \\t]+){0,2}${CARE_EVENT}\\b`,
  "g",
);
// What only a patient does, said right after a name (listed or not: "Oluwaseun came back to clinic",
// "Precious is still refusing her depot", "Sandra from Blean rang the surgery 14 times"). Structure
// stands in for the names list: a capitalised word that is not a sentence word, then one of these.
const NAME_ACTS = new RegExp(
  `\\b(${WORD})(?:[ \\t]+from[ \\t]+(${WORD})|[ \\t]+(?:on|in|from)[ \\t]+(?:the[ \\t]+)?(?:[A-Z0-9]{1,3}|[a-z]+)[ \\t]+(?:wing|ward|bay|unit|room|landing))?[ \\t]+(?:(?:is|was|'s|has|had|just|still|again|now|finally|keeps|kept|has[ \\t]+been)[ \\t]+){0,2}(?:` +
    `(?:refusing|refused|declining|declined|spat[ \\t]+out|spitting[ \\t]+out)[ \\t]+(?:her|his|their)[ \\t]+(?:depot|meds|medication|tablets|insulin|injections?|jabs?|obs|bloods|food|dinner|fluids|dialysis|chemo|treatment|clozapine|antibiotics|inhalers?|dressings?)` +
    `|(?:came|comes|come|coming)[ \\t]+back[ \\t]+(?:in(?:to)?|to)[ \\t]+(?:the[ \\t]+|our[ \\t]+)?(?:clinic|walk-in|surgery|resus|majors|minors|a&e|ed|ward|unit|hospice|practice|department|dental|pharmacy)` +
    `|came[ \\t]+in[ \\t]+with[ \\t]+(?:(?:a|an|his|her|their|another|bad|severe)[ \\t]+)?(?:burst|broken|fractured|chest[ \\t]+pain|abdo|head[ \\t]+injury|dog[ \\t]+bite|stab|seizure|fit|overdose|bleed|infection|sepsis|abscess|burns?|lac|laceration|fever|rash|wound)` +
    `|(?:turned|turns|turning)[ \\t]+(?:9\\d|1[01]\\d)(?![\\d%])` +
    `|showing[ \\t]+off[ \\t]+(?:his|her|their)[ \\t]+(?:new[ \\t]+)?(?:prosthetic|scar|stoma|cast|plaster|stitches|staples|insulin[ \\t]+pump|hip|knee|wheelchair|walking[ \\t]+frame|zimmer)` +
    `|back[ \\t]+(?:on|in)[ \\t]+(?:our|the)[ \\t]+(?:[a-z]+[ \\t]+)?(?:ward|unit|majors|resus|department|bay|a&e|ed|seclusion)[^.!?\\n]{0,20}?\\bfor[ \\t]+the[ \\t]+\\d{1,2}(?:st|nd|rd|th)[ \\t]+time` +
    `|had[ \\t]+(?:his|her|their)[ \\t]+(?:transplant|amputation|kidney|liver|heart|lung|stent|pacemaker|first[ \\t]+(?:chemo|dialysis))\\b` +
    `|swallowed[ \\t]+(?:a|an|her|his|their|some|two|three|\\d+)|overdosed|absconded|self[ -]harmed|tied[ \\t]+a[ \\t]+ligature` +
    `|(?:rang|rung|called|phoned|buzzed|rings|calls|phones)[ \\t]+(?:[A-Za-z&]+[ \\t]+){0,3}\\d{1,3}[ \\t]+times` +
    // Community care: a script collected, early pills asked for, an appointment missed, a
    // procedure had ("Stacey has been trying it on for early pregabalin", "Dev missed his depot").
    `|(?:collects?|collected|collecting|picks?[ \\t]+up|picked[ \\t]+up)[ \\t]+(?:her|his|their)[ \\t]+(?:daily[ \\t]+|weekly[ \\t]+)?(?:script|prescription|methadone|meds|blister[ \\t]+pack|dosette|pills)` +
    `|(?:trying[ \\t]+it[ \\t]+on|tried[ \\t]+it[ \\t]+on|asking|asked|begging|in)[ \\t]+for[ \\t]+(?:an[ \\t]+)?(?:early|more|extra)[ \\t]+(?:pregabalin|gabapentin|diazepam|codeine|co-codamol|oxycodone|tramadol|zopiclone|methadone|meds|prescription|script|pills)` +
    `|in[ \\t]+agony[ \\t]+with` +
    `|(?:cancelled|missed|dna'?d)[ \\t]+(?:her|his|their)[ \\t]+(?:\\d+(?:am|pm)?[ \\t]+|[a-z]+[ \\t]+)?(?:appointment|appt|review|smear|jab|scan|depot|clinic|eye[ \\t]+test|check-?up)` +
    `)\\b`,
  "g",
);
const ACTS_GATE = wordSet(
  "had refusing refused declining declined spat spitting came comes come coming back turned turns turning showing swallowed overdosed absconded harmed ligature times collects collected collecting picks picked trying tried asking asked begging agony cancelled missed dna dnad",
);
// Names of services that ring or call ("Control rang 6 times"), not people.
const NOT_A_CALLER = new Set(
  "Control Switchboard Site Security Radiology Labs Bleep Cardiology Ortho Surgeons Medics Paeds Obs Gynae Theatre Theatres Pharmacy Estates Porters Portering Reception Admin Ops Gold Silver Bronze Hub Flow".split(
    " ",
  ),
);
const HEAD = /^[^:.!?\n]{1,40}:/;
/** `text` with a heading found by `head` blanked out, when the heading ends before `at`. */
function withoutHead(text: string, head: RegExpExecArray | null, at: number): string {
  return head && head[0].length <= at
    ? " ".repeat(head[0].length) + text.slice(head[0].length)
    : text;
}
// A heading that says who the post is for ("Heads up nights:", "Crisis team on lates:"): its staff
// words are the readers, not the person named after it.
const AUDIENCE_HEAD =
  /^[^:.!?\n]{0,30}\b(?:heads[ \t]+up|fyi|reminder|psa|note[ \t]+(?:to|for)|on[ \t]+(?:nights|lates|earlies|days|tonight))\b[^:.!?\n]{0,20}:/i;
const FREQUENCY_AFTER = /\b(?:\d{1,2}(?:st|nd|rd|th)[ \t]+time|\d{1,2}[ \t]+times)\b/i;
// Ranks and honorifics other than Mr/Mrs: "Major Thompson on Kingfisher ward", "Reverend Green in
// bed 4". Public figures carry them too ("Sir Keir visited the ward"), so only a place the
// person is in counts: a ward, bay, bed or room right after the name.
const HONORIFIC_AT = new RegExp(
  `\\b(?:Major|Colonel|Captain|Reverend|Rev|Father|Brigadier|Commander|Canon|Lady|Lord|Sir|Dame|Lieutenant|Sergeant|Corporal|Judge|Councillor|Cllr)\\.?[ \\t]+(${WORD})(?=[ \\t]+(?:(?:is|was)[ \\t]+)?(?:(?:still|back|now)[ \\t]+)?(?:in|on|from)[ \\t]+(?:(?:the|our)[ \\t]+)?(?:[Ww]ard|[Bb]ed|[Bb]ay|[Rr]oom|[Ss]ide[ \\t]?[Rr]oom|[Cc]ubicle|[A-Z][a-z]+[ \\t]+[Ww]ard|[a-z]+[ \\t]+(?:ward|unit|bay))\\b)`,
  "g",
);
const HONORIFIC_GATE = wordSet(
  "major colonel captain reverend rev father brigadier commander canon lady lord sir dame lieutenant sergeant corporal judge councillor cllr",
);
// The writer's own family before a name ("my nan Edna turned 95"): not a patient in a staff post.
const OWN_KIN_BEFORE =
  /\b(?:my[ \t]+(?:[a-z]+[ \t]+){0,2}|(?:nan|nana|nanna|nanny|grandad|grandpa|grandma|granny|gran|auntie|aunty|uncle|great[- ]gran\w*)[ \t]+)$/i;
// "visited Kayleigh at her flat": a home visit to a named person.
const VISITED_AT_HOME = new RegExp(
  `\\b(?:[Vv]isit(?:ed|ing)|[Ss]aw|[Ss]een)[ \\t]+(${WORD})[ \\t]+at[ \\t]+(?:her|his|their)[ \\t]+(?:home|flat|house|bungalow|caravan|place|bedsit|hostel|room)\\b`,
  "g",
);
const BACK_AT_WORK =
  /^[^.!?\n]{0,30}?\b(?:after|from|off)[ \t]+(?:(?:her|his|their|a|the)[ \t]+)?(?:[a-z]+[ \t]+)?(?:leave|maternity|mat|holiday|hols|sick(?:ness)?|secondment|placement|career break|annual leave)\b|^[ \t]+to[ \t]+(?:work|us)[ \t]+as\b/i;
// Care words the word list cannot hold ("x-ray" is two words) or that are care only here.
const ACT_CARE =
  /\b(?:x-?rays?|results|appointments?|repeat|gp|doctor|walk-in|111|999|prescriptions?|scripts?|mental health|district nurs\w*|community (?:nurse|nursing|team|mental health|matron)|home visit|care home|hospice)\b/i;
// Conditions a person has: read after "Name's" (CLINICAL_THING) and after "his/her/their" (HAS_CARE).
const CONDITIONS = [
  "diagnosis",
  "prognosis",
  "cancer",
  "tumour",
  "dementia",
  "delirium",
  "fracture",
];
const CLINICAL_THING = [
  "knee",
  "hip",
  "leg",
  "legs",
  "arm",
  "arms",
  "foot",
  "feet",
  "hand",
  "wrist",
  "ankle",
  "shoulder",
  "chest",
  "heart",
  "lungs?",
  "kidneys?",
  "liver",
  "bowels?",
  "bladder",
  "head",
  "skull",
  "spine",
  "neck",
  "wound",
  "wounds",
  "ulcer",
  "pressure sore",
  "op",
  "operation",
  "surgery",
  "procedure",
  "obs",
  "bloods",
  "results",
  "scan",
  "x-ray",
  "ct",
  "mri",
  "meds",
  "medication",
  "tablets",
  "insulin",
  "cannula",
  "catheter",
  "drip",
  "stoma",
  "dressing",
  "cast",
  "stitches",
  ...CONDITIONS,
  "infection",
  "sats",
  "temp",
  "admission",
  // "Gary's discharge summaries" are the ones he writes.
  "discharge(?! summar| letter| paperwork| planning| co-?ordinator| team| nurse| lounge)",
  "care plan",
  "notes",
  "chart",
  "drug chart",
  "bed(?! manager| management| meeting| bureau| state| huddle| flow)",
  "family",
  "relatives",
  "funeral",
  "labour",
  "baby(?! shower| bump| news| gender| reveal| names?)",
  "delivery",
  "c-section",
  "transplant",
  "dialysis",
  "chemo",
  "amputation",
  "stroke",
  "fall",
  "overdose",
  // Life support and medicines given on the ward or at the pharmacy counter.
  "ventilator",
  "oxygen",
  "methadone",
  "prescription",
  "prescriptions",
  "antibiotics",
  "morphine",
  "tracheostomy",
  "trachy",
  "peg feed",
  "ng tube",
  "picc line",
  "dnacpr",
  "dnr",
  // Kit that comes with care at home: "Mrs Okafor's new stairlift", "Dad's hearing aids".
  "stairlift",
  "wheelchair",
  "hearing aids?",
  "walking frame",
  "zimmer",
  "commode",
  "care package",
  "pacemaker",
  // "Geoff's last wish": what a dying person asks of those caring for them.
  "last wish",
  "final wish",
  "dying wish",
  // Medicines someone has: "Stan's weekly warfarin", "Nell's statins".
  "warfarin",
  "statins",
  "inhaler",
  "inhalers",
  "depot",
  "injection",
  "pain relief",
  "painkillers",
];
const NAME_OWNS = new RegExp(
  `\\b(${WORD}(?:[ \\t]+${WORD})?)'s[ \\t]+(?:(?:new|left|right|broken|bad|dodgy|poorly|latest|second|first|hip|knee|daily|weekly|monthly|morning|evening|night|regular|usual|repeat)[ \\t]+)?(?:${CLINICAL_THING.join("|")})\\b`,
  "g",
);
const GIVEN = /\b([A-Z][a-z'’-]{1,20})(?:[ \t]+([A-Z][a-z'’-]{1,20}))?/g;
const PROFESSIONAL = wordsRegex([
  "consultant",
  "surgeon",
  "registrar",
  "fees",
  "consultancy",
  "lecture",
  "talk",
  "session",
  "conference",
  "award",
  "awards",
  "retires",
  "retiring",
  "congratulations",
  "congrats",
  "theatre list",
  "clinic list",
  "operating",
  "his list",
  "her list",
  "colleague",
  "headteacher",
  "teacher",
  "mp",
  "councillor",
  "mayor",
]);
// Medicines and kit someone is given: "Gladys about her warfarin", "Mr Sandhu collects his Creon".
const MEDICINES = [
  "warfarin",
  "insulin",
  "inhalers?",
  "prescriptions?",
  "repeat script",
  "blister pack",
  "dosette(?: box)?",
  "creon",
  "antibiotics",
  "morphine",
  "oramorph",
  "stoma",
  "colostomy",
  "statins?",
  "methotrexate",
  "clozapine",
  "lithium",
  "apixaban",
  "rivaroxaban",
  "steroids",
  "(?:pain |fentanyl |morphine )?patches",
  "eye drops",
  "metformin",
  "epipen",
  "nebuliser",
  "home oxygen",
  // "Mrs Lyle… needs her B12 rebooking": injections only patients are given.
  "b12(?: injections?| jabs?)?",
  "depot(?: injections?)?",
];
const HIS_MEDICINE = new RegExp(
  `^[^.!?\\n]{0,30}?\\b(?:his|her|their)[ \\t]+(?:new[ \\t]+|repeat[ \\t]+)?(?:${MEDICINES.join("|")}|meds|medication|tablets|methadone)\\b`,
  "i",
);
// After a title and surname, which no colleague's first name is, further on: "Mrs Lyle from the
// farm at Brackenthwaite needs her B12 rebooking".
const HIS_MEDICINE_LATER = new RegExp(HIS_MEDICINE.source.replace("{0,30}", "{0,50}"), "i");
const CARE_NEAR = wordsRegex([
  // A message to the Trust about "your" service: "on your eating disorder unit", "under your
  // crisis team", "in your intensive care".
  "(?:on|in|under|at|to|into) your (?:[a-z&'’-]+ ){0,3}(?:unit|ward|team|service|clinic|department|hospital|care|icu|itu|hdu|a&e|ed)",
  "sectioned",
  // A section of the Mental Health Act: "Section 3 renewed for Kieran".
  "section \\d{1,2}(?![ \\t]*(?:of\\b|[.(]\\d|\\())",
  "intensive care",
  "months to live",
  "in-?patients?",
  "out-?patients?",
  "minor injuries",
  "treated (?:for|in|at|by)",
  "attended (?:your|our|the|a&e|ed)",
  "bed",
  "bay",
  "ward",
  "side room",
  "cubicle",
  "discharge",
  "discharged",
  "going home",
  "admitted",
  "birthday",
  "ttos?",
  "patients?",
  "visits",
  "visiting",
  "stay",
  "wife",
  "husband",
  "daughter",
  "son",
  "family",
  "obs",
  "resus",
  "majors",
  "minors",
  "cdu",
  "sdec",
  "amu",
  "ccu",
  "itu",
  "icu",
  "hdu",
  "a&e",
  "ed",
  "sang",
  "wash",
  "tea",
  "bless",
  "fly high",
  "rip",
  "miss you",
  "home",
  "medically fit",
  "care package",
  "pharmacy",
  "bloods",
  "cannula",
  "abscond",
  "door code",
  "came in",
  "came into",
  "brought in",
  "catheter",
  "knee",
  "hip",
  "leg",
  "arm",
  "op",
  "operation",
  "surgery",
  "wrong[- ]side",
  "never event",
  "datix",
  "theatre \\d+",
  "fall",
  "fell",
  "scan",
  "results",
  "dementia",
  "confused",
  "buzzer",
  "call bell",
  "commode",
  "meds",
  "medication",
  "wound",
  "dressing",
  "pressure sore",
  "x-ray",
  "ct",
  "mri",
  "stroke",
  "chest pain",
  "overdose",
  "police",
  "ambulance",
  "paramedics",
  "clinic",
  "appointment",
  "treatment",
  "died",
  "passed away",
  "funeral",
  // "got the wrong Mr Jones out for a viewing" in the mortuary: the dead are patients too.
  "mortuary",
  "death certificates?",
  "bereavement",
  "end of life",
  "palliative",
  "labour",
  "baby",
  "delivered",
  "born",
  "birth",
  "gave birth",
  "twins",
  "hospital",
  "maternity",
  "midwife",
  "hip op",
  "frequent flyer",
  "turned (?:9\\d|1\\d\\d)",
  "looking after",
  "look after",
  "nil by mouth",
  "nbm",
  "angiogram",
  "angioplasty",
  "endoscopy",
  "colonoscopy",
  "biopsy",
  "ecg",
  "echo",
  "ultrasound",
  "pacemaker",
  "contractions",
  "birthing pool",
  "methadone",
  "ventilator",
  "dnacpr",
  // Where families wait and what they wait through: "Ahmed's wife in the relatives' room".
  "hospice",
  "relatives['’]? room",
  "family room",
  "bypass",
  "chemo",
  "dialysis",
  // "he's only in for a TURP", "while she was in theatre": in hospital for a procedure.
  "in for (?:a|an|his|her|their)",
  "(?:was|is|went|gone|going|been|still) (?:in|into|to|down to) theatre",
]);
// Where and how someone is a patient, for a known given name: a unit they are on ("Alfie on
// PICU", "on the adolescent unit"), a treatment they are having ("in for chemo", "after her
// scan"), a death on the ward ("RIP Bernard"). Staff words nearer than these still win.
const UNIT_CUES = wordsRegex([
  "picu",
  "nicu",
  "scbu",
  "itu",
  "icu",
  "hdu",
  "ccu",
  "amu",
  "eau",
  "sau",
  "mau",
  "cdu",
  "on (?:the|our) (?:[a-z'’]+ ){1,2}(?:ward|unit)",
  "in recovery",
  // "Lily in room 3": a numbered room right after a name, in a post about care.
  "in (?:room|rm) \\d{1,3}",
  "(?:his|her|their) (?:scan|op|operation|surgery|appendix|treatment|diagnosis)",
  "(?:in for|having|on|for|(?:his|her|their)) (?:[a-z]+ ){0,3}(?:chemo|chemotherapy|dialysis|radiotherapy)",
  // "Alan hadn't come home from dialysis": home from a session ("Sarah from dialysis" works there,
  // "Priya came back from dialysis training" learnt there).
  "home from (?:(?:his|her|their|a|the) )?(?:chemo|chemotherapy|dialysis|radiotherapy)(?! (?:training|meeting|team|course|study|conference|teaching|session|shift|unit|nurses?|staff|department|ward))",
  "c-section",
  "caesarean",
  "incubator",
  "rip",
  "fly high",
  "passed away",
  "died",
  "end of life",
]);
// Care a person is receiving, said of them ("her pacemaker fitted", "his first shave", "while she
// passed", "his first steps"): for a given name near it, only here, not for colleague rules.
const BEING_CARED_FOR = wordsRegex([
  "(?:his|her|their) (?:first |new |last )?(?:shave|wash|bed bath|shower|haircut|pacemaker|stent|chemo|dialysis|transfusion|infusion|stitches|plaster|splint|peg|ng tube|nebs?|insulin|dressings?|pressure sores?|rehab)",
  "(?:his|her|their) first steps",
  "(?:she|he) passed",
  "passed (?:away|peacefully|overnight|in (?:her|his) sleep)",
  "dying",
  "die alone",
  "last breath",
  "(?:pacemaker|stent|hip replacement|knee replacement)",
  "fitted",
  "(?:his|her|their) (?:transport|ttos?) home",
  "(?:got|been|was|is being) (?:moved|transferred) (?:to|wards)",
  "nil by mouth",
  "after (?:\\d+|his|her|their|a) strokes?",
  "(?:had|having|has had) (?:\\d+|a|two|three|four) strokes?",
  "(?:dialysis|chemo|cardiac rehab|pulmonary rehab|warfarin|anticoag) (?:group|session|slot|chair|clinic)",
  // A frequent caller: "Derek has rung 999 nine times today".
  "(?:rung|rang|called|phoned|dialled|rings|calls) (?:999|111) (?:[a-z0-9]+ )?times",
]);
// Every word BEING_CARED_FOR needs one of: a Set lookup per word before the phrase regex runs.
const WAS_ON_WARD =
  /^[^.!?\n]{0,45}?[.!?]?[ \t]*\b(?:was|is|been|she's|he's|still)[ \t]+(?:on|in)[ \t]+(?:our|the|your)[ \t]+(?:[a-z'’]+[ \t]+){0,3}(?:ward|unit|icu|itu|hdu)\b/i;
const CARED_FOR_GATE = wordSet(
  "shave wash bath shower haircut pacemaker stent chemo dialysis transfusion infusion stitches plaster splint peg ng nebs neb insulin dressing dressings pressure rehab steps passed dying die breath replacement fitted transport tto ttos moved transferred nil strokes stroke dialysis chemo warfarin anticoag rung rang called phoned dialled rings calls",
);
// "sang Danny Boy", "watching Billy Elliot": a song, film or book named after a person.
const TITLE_OF_A_WORK =
  /\b(?:sang|sings|singing|song|hummed|played|watching|watched|film|reading)[ \t]+$/i;
// "my operation with Mr Patel", "seen by Mrs Okoro", "referred to Mr Khan": the one treating.
const TREATED_BY =
  /\b(?:operation|op|surgery|procedure|appointment|consultation|clinic|referral|referred|seen|saw|see|seeing|operated on|under the care of|care of|team|list|patients)\b[^.!?\n]{0,12}?\b(?:with|under|by|to|from|of)[ \t]+$/i;
// "Mrs Ahmed our ward manager", "Mr Chen, the consultant": named in a role.
const ROLE_AFTER =
  /^(?:'s)?,?[ \t]+(?:(?:is|was|he's|she's|he[ \t]+is|she[ \t]+is|who's|who[ \t]+is)[ \t]+)?(?:our|the|my|your|a|an)[ \t]+(?:(?:new|lovely|brilliant|amazing|fab|fabulous|fantastic|wonderful|old|former|acting|deputy|senior|junior|lead|head)[ \t]+){0,2}(?:ward[ \t]+manager|manager|matron|sister|consultant|surgeon|registrar|doctor|gp|nurse|midwife|physio|pharmacist|porter|hca|healthcare[ \t]+assistant|health[ \t]+care[ \t]+assistant|support[ \t]+worker|nursing[ \t]+assistant|paramedic|ambulance[ \t]+tech|tech|technician|student|cleaner|housekeeper|receptionist|secretary|ward[ \t]+clerk|director|chief|ceo|chair|chaplain|anaesthetist|radiographer|educator|mentor|boss|colleague|lecturer|tutor|headteacher|teacher|mp|councillor|mayor|(?:head|lead|director|deputy[ \t]+director|associate[ \t]+director)[ \t]+(?:of|for)[ \t]+[a-z]+)\b|^,[ \t]+(?:md|ceo|managing[ \t]+director|director|founder|owner|chair|head|boss|manager|chief[ \t]+executive|editor|presenter|reporter)[ \t]+(?:of|at)\b/i;
// "Thank you to Mr Patel and the whole team on Ward 7": the one leading the team thanked.
const AND_THE_TEAM_AFTER =
  /^(?:'s)?,?[ \t]+and[ \t]+(?:the|his|her|their|all[ \t]+the|all[ \t]+of[ \t]+the)[ \t]+(?:whole[ \t]+|wonderful[ \t]+|amazing[ \t]+|brilliant[ \t]+)?(?:[a-z]+[ \t]+)?(?:team|staff|nurses|theatre[ \t]+team)\b/i;
// UK surgeons are "Mr": "Mr Dunmore does his Thursday list", "Mr Renwick's private clinic", "hope
// he keeps operating" name the one operating, not a patient.
const SURGEON_AFTER =
  /^(?:'s|’s)?[^.!?\n]{0,80}?(?:\b(?:his|her)[ \t]+(?:(?:[a-z]+day|morning|afternoon|theatre|waiting|private|elective|trauma|own|nhs)[ \t]+)?(?:list|lists|patients|private[ \t]+(?:clinic|practice|patients)|registrar|reg|firm|secretary|juniors)\b|\b(?:keeps?|kept|still|carry[ \t]+on|carries[ \t]+on)[ \t]+operating\b)|^(?:'s|’s)[ \t]+(?:(?:[a-z]+day|theatre|waiting|private|elective|trauma)[ \t]+)?(?:list|clinic|private[ \t]+clinic|patients|registrar|team|firm|secretary)\b/i;
// "Mr Hadley did his 1000th hip replacement", "Miss Rowe performed her first robotic op": a
// count of procedures done makes the named person the one doing them.
const DOES_PROCEDURES_AFTER =
  /^,?[ \t]+(?:(?:has|have|just|today|finally|successfully|proudly)[ \t]+)*(?:did|done|performed|completed|carried[ \t]+out|led|operated[ \t]+on|delivered|taught)[ \t]+(?:(?:his|her|their|the|a)[ \t]+)?(?:\d+(?:st|nd|rd|th)|\d{2,}|first|hundredth|thousandth|\d+,\d{3}(?:th)?)\b/i;
// A doctor or professor as the patient: "Dr Okonkwo is a patient on your ward", "Professor Hale
// was brought in", "nursing my old consultant, Dr Ilsley", "looked after a retired GP, Dr Fenn".
const DOCTOR_NAME = new RegExp(
  `\\b(?:Dr|Doctor|Prof|Professor)\\.?[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)`,
  "g",
);
// After the name: a patient, brought in, admitted (passive: "Dr Ilsley admitted 12 patients" is
// the doctor working), in a bed or side room, on "your" ward (a message to the Trust).
const DOCTOR_AS_PATIENT_AFTER = new RegExp(
  `^(?:,?[ \\t]+from[ \\t]+(?:the[ \\t]+)?[A-Za-z]+)?,?[ \\t]+(?:(?:(?:is|was|has[ \\t]+been|had[ \\t]+been|got|now|currently|still|been)[ \\t]+){1,2}(?:(?:a|an|our|your)[ \\t]+)?(?:patient|inpatient|${CARE_EVENT_WORDS})|(?:${CARE_EVENT_WORDS})[ \\t]+(?:with|to|into|after|overnight|last|yesterday|this|on)|(?:brought|rushed)[ \\t]+in|blue[ -]?lighted|in[ \\t]+(?:bed|side[ \\t]?room|cubicle)[ \\t]?\\d|on[ \\t]+your[ \\t]+(?:[a-z'’]+[ \\t]+){0,2}(?:ward|unit))\\b`,
  "i",
);
const DOCTOR_AS_PATIENT_BEFORE =
  /\b(?:nursing|nursed|nurse|looked after|looking after|look after|caring for|cared for|sat with|sitting with|visiting|visited|admitted|admitting|discharged|discharging|triaged|treating|treated|resuscitated|cannulated|scanned)[ \t]+(?:(?:my|our|a|an|the|his|her)[ \t]+)?(?:(?:old|own|retired|former|ex-?|local|family|elderly|lovely)[ \t]+)*(?:(?:gp|consultant|doctor|professor|boss|surgeon|lecturer|tutor|dentist|vet)[ \t]*,?[ \t]+)?$/i;

const NOUN_PATIENT_CUES = new RegExp(
  PATIENT_CUES.source.replace("patients?", `${NOT_PATIENCE}patients?${NOT_ADJECTIVE}`),
  PATIENT_CUES.flags,
);
// Thanks and praise before a lone given name are for a colleague ("Huge thanks to Siobhan who
// settled a patient", "Well done Precious and Tendai for the discharge audit").
const PRAISED =
  /\b(?:thanks?(?: you)? to|thank you|good luck(?: to)?|well done(?: to)?|kudos to|hats off to|shout[- ]?out to|congratulations(?: to)?|congrats(?: to)?|welcome(?: to)?|proud of|credit to|big up)[ \t,]+(?:[A-Z][a-z'’-]+[ \t,]+(?:and|&)[ \t]+)?$/i;
// Talking or handing over before "to nurse <name>" makes "nurse" a title ("spoke to nurse Amy",
// "passed it to nurse Jo"), as thanks do (PRAISED).
const TALKED_TO =
  /\b(?:spoke|speak|speaking|talk|talked|talking|said|say|chat|chatted|went|go|gone|handed|hand|passed|pass|gave|give|wrote|write|message|messaged|asked|ask|explained|mentioned|referred|reported|introduced|listen|listened|goes|say hi|hello|hi|cheers|love)[ \t]+to[ \t]+$/i;
// "Shoutout to Maureen in the discharge lounge who's been waiting since 10am": thanks to a
// patient, not a colleague.
const PATIENT_AFTER =
  /^(?:[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?(?:discharge lounge|waiting room|bed|bay|side[ \t]?room|cubicle)\b|[^.!?\n]{0,30}\bwho(?:'s|’s| has| is)?[ \t]+(?:been[ \t]+)?waiting\b)/i;
// "Kofi from the ward", "Emeka from pharmacy", "Ruby from audiology" (a service named by its
// ending), "Derek in chaplaincy": a colleague named by where they work. "In" only with departments
// no patient stays in ("Derek in resus" may be a patient).
const FROM_A_DEPARTMENT =
  /^[ \t]+(?:(?:in|on)[ \t]+(?:the[ \t]+)?(?:chaplaincy|estates|finance|payroll|hr|it|admin|switchboard|catering|kitchens?|portering|procurement|comms|communications|governance|medical records|health records|education|training|library|research|audit|occupational health|facilities|security|pharmacy)\b|from[ \t]+(?:the[ \t]+)?[a-z]+(?:ology|iatry|etics|therapy|ography|ometry|acy|aincy)\b)|^[ \t]+from[ \t]+(?:the[ \t]+)?(?:(?:[a-z&]+[ \t]+){1,3}team\b|(?:ward|team|unit|pharmacy|estates|reception|admin|theatres?|physio|radiology|x-ray|labs?|kitchens?|catering|porters|portering|switchboard|it|hr|finance|outpatients|day surgery|ed|a&e|amu|itu|icu|outreach|critical care outreach|security|infection control|tissue viability|dietetics|salt|ot|flow|bed management|discharge team|discharge lounge|discharge|pain team|palliative team|hospital at night)\b|(?:[A-Z]?[a-z]+[ \t]+)?(?:choir|volunteers?|chaplaincy|charity|league of friends|friends of the hospital|radio|band|church)\b)/i;
const EVERYONE_BEFORE =
  /\b(?:every|each|all|any)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:in|on|at)[ \t]+(?:the[ \t]+)?$/i;
// The whole bay doing something together ("Bay 6 had a sing-song … every single lady joined in").
const EVERYONE_IN_SENTENCE =
  /\b(?:every[ \t]+(?:single[ \t]+)?(?:lady|man|gent|patient|one|resident)|all[ \t]+(?:the[ \t]+|of[ \t]+the[ \t]+)?(?:ladies|men|gents|patients|residents)|everyone[ \t]+(?:joined|sang|danced|loved|enjoyed|got))\b/i;
// "Bed 7's wife", "bay 3's daughter": the bed stands for the patient, and their relative is named by it.
const PLACE_OWNS_KIN = new RegExp(
  // "bay 3's sister" is the nurse in charge there.
  `^['’]s[ \\t]+(?:(?:lovely|poor|new)[ \\t]+)?(?!sister\\b)(?:${KIN}|visitors?|family|relatives?|next[ \\t]+of[ \\t]+kin)\\b`,
  "i",
);
// Care done for someone: "c-section for Danielle", "bloods for Arthur", "transport for Ivy".
// "Our hospice lost Doreen overnight", "we sadly lost Bernard on Tuesday": a death in care.
const MOVED_BEFORE = /\b(?:took|wheeled|pushed|escorted|brought|transferred|collected)[ \t]+$/i;
const FOR_A_TEST_AFTER =
  /^[^.!?\n]{0,40}?\bfor[ \t]+(?:his|her|their)[ \t]+(?:scan|x-ray|op|operation|surgery|bloods|ecg|mri|ct|chemo|dialysis|transfusion|endoscopy|biopsy|echo)\b/i;
// "CMHT visit to Tony", "home visit to Edna": a visit made to give care.
const VISIT_TO_BEFORE =
  /\b(?:home|cmht|community|dn|district nurs(?:e|ing)|joint|welfare|first|review|follow[- ]up)[ \t]+visit[ \t]+to[ \t]+$/i;
// An age just after a name, or after its place in brackets or after a comma: "Mrs Pemberton, 102,
// who…", "Florence on Ward 3 (91, choir at St Mary's)", "Stan from our cardiac rehab class (91!!)".
const OLD_AGE_AFTER =
  /^(?:[ \t]+(?:on|in|from)[ \t]+(?:[A-Za-z0-9'’&]+[ \t]+){0,3}?[A-Za-z0-9'’&]+[ \t]*(?:\(|,[ \t]*)|,?[ \t]*\(?)(\d{2,3})\)?(?=[ \t]*[,;:)!]|[ \t]+(?:who|and|from|on|in)\b|[ \t]*(?:yo\b|y\/o|years?[ \t]+old))/;
const ON_A_UNIT =
  /\b(?:is|was|been|still|now|he's|she's)[ \t]+(?:on|in)[ \t]+(?:the|our|your)[ \t]+(?:[a-z'’]+[ \t]+){1,3}unit\b/i;
// The cheap test that opens the recognizer for such an age; oldAgeAfter reads it at a name.
const OLD_AGE = /(?:\(|,[ \t]*)(?:[89]\d|1[01]\d)[ \t]*[,;:)!]/;
// Volunteers work on at any age: "Our volunteer of the year is Maureen, 84, who runs the tea bar".
const VOLUNTEER =
  /\b(?:volunteers?|volunteering|league of friends|tea bar|governor|fundrais\w*)\b/i;
/** An age no colleague is (75 to 110) at the start of `after`. */
function oldAgeAfter(after: string): boolean {
  const old = OLD_AGE_AFTER.exec(after);
  return old !== null && Number(old[1]) >= 75 && Number(old[1]) <= 110;
}
// "Nursed my old maths teacher Mr Harris": the one nursed is the patient, whatever their job.
const NURSED_BEFORE =
  /\b(?:nursing|nursed|looked after|looking after|caring for|cared for|admitted|admitting|discharged|discharging|triaged|treating|treated|resuscitated|cannulated|scanned|x-rayed|bled|bleed|plastered|catheterised|conveyed|conveying|scoped|vaccinated|jabbed|wheeled|pushed|escorted|portered|transferred|transported)[ \t]+(?:(?:my|our|a|an|the|his|her)[ \t]+)?(?:[a-z]+[ \t]+){0,3}$/i;
// The writer treated someone they know by their job, then names them by title: "Triaged my son's
// Year 4 teacher tonight 🙈 Miss P, the cast…", "Cleaned my old maths teacher's teeth today 🦷 Mr
// Brophy…". The job is the patient's, so it is no colleague's.
const TREATED_MY_EARLIER =
  /\b(?:(?:triaged|treated|nursed|scanned|x-rayed|plastered|cannulated|jabbed|vaccinated|stitched|sutured|scoped|examined|admitted|discharged)[ \t]+my|(?:cleaned|scaled|polished|filled|extracted|did|checked)[ \t]+my[ \t][^.!?\n]{0,30}\b(?:teeth|tooth|fillings?|bloods|smear|eyes|feet))\b[^\n]{0,50}$/i;
// What a known given name's "his" or "her" says further on: the care they go to ("on the way to
// his epilepsy clinic") or the writer's role for them ("been his community LD nurse for six years").
const HIS_CARE_LATER = wordsRegex([
  "(?:to|at|for|from) (?:his|her) (?:epilepsy|diabetes|diabetic|asthma|heart|cardiac|renal|kidney|memory|pain|fracture|dialysis|chemo|cancer|oncology|eye|hearing|foot|wound|stoma|fertility|mental health|clozapine|anticoagulation|warfarin|inr) (?:clinic|appointment|appt|review|check-?up)",
  "(?:been|as) (?:his|her) (?:[a-z]+ ){0,3}(?:nurse|midwife|keyworker|key worker|care coordinator|gp|physio|carer|support worker|social worker|therapist|health visitor)",
]);
const BOOKING_BEFORE = /\b(?:book|books|booking|booked|rebook|rebooking|rebooked)[ \t]+$/i;
const LOST_BEFORE =
  /\b(?:we|hospice|ward|unit)[ \t]+(?:sadly[ \t]+)?lost[ \t]+(?:(?:little|baby|our|dear|lovely|beautiful)[ \t]+)?$/i;
const CARE_FOR =
  /\b(?:c-section|caesarean|section|surgery|op|operation|scan|bloods|obs|chemo|dialysis|transfusion|x-ray|ct|mri|ecg|cannula|catheter|referral|bed|admission|discharge|ambulance|transport|ttos?|meds|medication|tablets)[ \t]+for[ \t]+$/i;
// "Amara was amazing with the patient in bay 4", "Niamh and Orla ran the ward": the named person
// is doing the caring.
const CARING_FOR_A_PATIENT =
  /^[^.!?\n]{0,40}?\b(?:(?:with|for|to|on)[ \t]+(?:the|a|an|every|each|our|all|my|her|his)[ \t]+(?:[a-z]+[ \t]+)?patients?\b|ran[ \t]+the[ \t]+(?:ward|shift|bay|unit|floor|department)|in[ \t]+charge\b|(?:looked after|cared for|nursed|covered|ran|managed|took|had|admitted|discharged|settled|saw|triaged)[ \t]+(?:the[ \t]+whole[ \t]+of[ \t]+|all[ \t]+of[ \t]+|all[ \t]+)?(?:bay|ward|side rooms|beds?)[ \t]?(?:\d|[A-H]\b)|(?:looked after|cared for|nursed|admitted|discharged|saw|triaged|took|had)[ \t]+(?:\d+|all the|the|every|six|seven|eight|nine|ten|twelve)[ \t]+(?:[a-z]+[ \t]+)?patients\b|(?:discharged|admitted|settled|saw|triaged|washed|turned|fed|moved)[ \t]+(?:everyone|everybody|all|the whole)\b|(?:spotted|escalated|recognised|recognized|flagged)[ \t]+(?:a|an|the)[ \t]+|caught[ \t]+(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+)?(?:sepsis|deterioration|mistake|error|bleed|aki|arrest|stroke|drug error))/i;
// Titles and roles before a name: the person is named as staff. ("Our Arthur, 99," is not.)
const ROLE_BEFORE =
  /(?:\b(?:dr|doctor|prof|professor|sister|nurse|matron|consultant|surgeon|registrar|midwife|hca|porter|physio|staff nurse|charge nurse|ward manager|manager|colleague|student)\.?)[ \t]+$/i;

// A staff author at work: a titled name in their post is most likely a patient's.
const ON_SHIFT = wordSet("shift shifts nights night earlies lates handover ward round drug round");
const TITLE_HINT = /\bM(?:rs?|s|iss|x)\b/;
// "Hi Joe," "Thanks Sam": the person spoken to, not a patient spoken about.
const ADDRESSED =
  /(?:\b(?:hi|hello|hey|dear|thanks|thank you|cheers|good morning|congrats|congratulations|happy birthday(?: to)?)[ \t,]+|(?:^|[.!?\n][ \t]*)morning[ \t,]+|@\S*[ \t]+)$/i;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+$/;

// Not a word-set test: "bed4" and "Bay2" are one word.
// Lower-case words that follow "mr" or "mrs" without being a name ("mr motivator" aside).
const COMMON_LOWER = new Set([
  "and",
  "or",
  "the",
  "a",
  "to",
  "of",
  "in",
  "on",
  "at",
  "is",
  "was",
  "and",
  "men",
  "bean",
  "blobby",
  "right",
  "nice",
  "men's",
  "big",
  // "going to miss these kids", "I miss you all": the verb, not the title.
  "these",
  "those",
  "them",
  "him",
  "her",
  "you",
  "it",
  "my",
  "our",
  "your",
  "this",
  "that",
  "all",
  "everyone",
  "everybody",
  "being",
  "having",
  "working",
  "out",
  "home",
  "work",
]);
const PLACE_HINT = /bed|bay|room|cubicle|trolley|chair|SR|cot|incubator|resus|majors/i;
// A numbered place, as PLACE_I needs one ("bed 4", "bay C", "side room 2"): without it none of the
// place patterns can match. Looser than PLACE_I (any case, no boundaries), so it never stops one.
const NUMBERED_PLACE =
  /(?:bed|bays?|cots?|incubators?|resus|majors|room|cubicle|trolley|chair|sr)[ \t]?[\da-h]/i;
const NAMED_LIKE_PEOPLE = new Set([
  "Jack Russell",
  "Jack Russells",
  "King Charles",
  "Gordon Setter",
  "Jack Daniels",
  "Jack Daniel's",
  "Tia Maria",
  "Baby Bel",
  "Billy Elliot",
  "Peppa Pig",
]);
// "Chris Bolt's piece on our unit": a writer's work, not a patient.
const WORK_AFTER =
  /^[ \t]+(?:(?:latest|new|recent|last|first)[ \t]+)?(?:piece|article|column|book|podcast|blog|film|documentary|report|interview|show|programme|series|novel|paper|study|review)\b/;
const COLLEAGUE_NEWS =
  /\b(?:doing a card|collection for (?:her|him)|compassionate leave|bereavement leave|(?:she|he)(?:'s| is| has) flown (?:out|home)|back (?:at work )?in \d+ weeks|send(?:ing)? (?:her|him) (?:our )?(?:love|flowers))\b/i;
// What makes a lower-case name on a ward a patient (a birthday is anyone's).
const LOWER_WARD_CUES = wordsRegex([
  "turned (?:9\\d|1\\d\\d)",
  "admitted",
  "discharged",
  "going home",
  "went home",
  "in bed",
  "obs",
  "meds",
  "dementia",
  "confused",
  "buzzer",
  "visiting",
  "visitors",
  "(?:her|his) (?:family|wife|husband|daughter|son|op|operation|surgery|fall)",
  "escaped",
  "patient",
  "poorly",
]);
// What a named carer does to patients: "admitted 9 patients", "discharged the whole bay".
const DOES_THE_CARE =
  /^[ \t]+(?:\d+|a|an|the|all|every|everyone|everybody|patients|them|him|her|three|four|five|six|seven|eight|nine|ten|twelve|half|most|both)\b/i;
const INDEFINITE_PERSON_BEFORE =
  /\ban?[ \t]+(?:[a-z]+[ \t]+)?(?:patient|man|woman|lady|gent|gentleman|lad|girl|boy)[ \t]+(?:in|on|at|from)[ \t]+(?:the[ \t]+)?$/i;
const PRAISE_BEFORE =
  /\b(?:shout[- ]?out|thanks?|thank you|well done|kudos|hats off|proud of|credit to|big up)\b[^.!?\n]*$/i;
const HAS_CAPITALISED_WORD = /[A-Z][a-z]/;
const QUOTED_NICKNAME =
  /['‘]([A-Z][a-z'’-]{1,20}(?:[ \t][A-Z][a-z'’-]{1,20})?)['’](?=,?[ \t]+(?:from|(?:is|was|'s)[ \t]+back|back|came[ \t]+in|(?:is|was)[ \t]+in[ \t]+(?:resus|majors|bed|bay|cubicle|seclusion|custody|recovery|theatre|clinic)|in[ \t]+(?:bed|bay|cubicle|side[ \t]?room|resus|majors|recovery|theatre|clinic))\b)/g;
const MY_PATIENT_LOWER =
  /\b(?:(?:my|our)[ \t]+(?:(?:favourite|lovely|old|new|regular|fave)[ \t]+)?patient|(?:home|cmht|dn|first|review)[ \t]+visit[ \t]+to)[ \t]+([a-z]{2,20})\b/g;
// "Our ward cat Whiskers… banned from bay 2", "PAT dog Lola, 7", "a resident ghost called
// Albert": animals, mascots and ghosts have names and ages too.
const NON_HUMAN_GATE = wordSet(
  "cat cats dog dogs puppy kitten pony horse parrot budgie rabbit bunny hamster gerbil tortoise guinea pig ghost mascot teddy spaniel labrador lab terrier collie poodle pug cockapoo greyhound mannequin mannequins manikin manikins dummy doll",
);
const NON_HUMAN_BEFORE =
  /\b(?:cat|dog|puppy|kitten|pony|horse|parrot|budgie|rabbit|bunny|hamster|gerbil|tortoise|guinea pig|ghost|mascot|teddy|mannequin|manikin|dummy|doll|spaniel|labrador|lab|terrier|collie|poodle|pug|cockapoo|greyhound)s?\b(?:(?:[ \t,]+[a-z]+){0,3}[ \t,]+|[^\n]{0,25}\b(?:called|named)[ \t]+)$/i;
// An animal named by what it is, right after its name: "Mr Biscuit the therapy pony" (not "Mr
// Jenkins the ward cat's owner").
const ANIMALS =
  "cat|dog|puppy|kitten|pony|horse|parrot|budgie|rabbit|bunny|hamster|tortoise|guinea pig|mascot|teddy|spaniel|labrador|terrier|collie|poodle|pug|cockapoo|greyhound";
const ANIMAL_AFTER = new RegExp(
  `^,?[ \\t]+(?:the|(?:is|was)[ \\t]+(?:my|our|a|the)|(?:my|our))[ \\t]+(?:[a-z]+[ \\t]+){0,2}(?:${ANIMALS})s?\\b(?!['’])`,
  "i",
);
// "my cat Mr Pickles"; "the 'Mrs Brown' I was on about is my hamster".
const ANIMAL_BEFORE = new RegExp(
  `\\b(?:my|our|the)[ \\t]+(?:${ANIMALS})[ \\t,]+(?:called[ \\t]+|named[ \\t]+)?$`,
  "i",
);
const ANIMAL_LATER = new RegExp(
  `^[^.!?\\n]{0,30}?\\b(?:is|was|=)[ \\t]+(?:my|our)[ \\t]+(?:[a-z]+[ \\t]+){0,2}(?:${ANIMALS})s?\\b(?!['’])`,
  "i",
);
// Any name (add() asks): "RIP Bella 🐾 the best therapy dog", "Duncan, our oldest resus mannequin".
const NON_HUMAN_APPOSITION = new RegExp(
  `^[^\\w\\n]{0,8}(?:the|our|a)[ \\t]+(?:[a-z]+[ \\t]+){0,3}(?:${ANIMALS}|mannequin|manikin|dummy|doll)s?\\b(?!['’])`,
  "i",
);
// Titled characters of children's books.
const CHARACTER_BOOKS = /\b(?:Mr Men|Little Miss(?:es)?)\b/;
const NON_HUMAN_NAMED =
  /\b(?:[Cc]at|[Dd]og|puppy|kitten|pony|horse|parrot|budgie|rabbit|bunny|hamster|gerbil|tortoise|guinea pig|ghost|mascot|teddy|mannequin|manikin|dummy|doll|spaniel|labrador|terrier|collie|poodle|pug|cockapoo|greyhound)s?[ \t]+(?:called[ \t]+|named[ \t]+)?[A-Z][a-z]+/;
// A colleague's news after a lone given name: "Stacey on the stroke unit smashed her degree",
// "Sian on the birth centre… still doing obs".
const STAFF_NEWS_AFTER =
  /\b(?:nominated|shortlisted|won[ \t]+(?:our|the)[ \t]+(?:[a-z'’]+[ \t]+){0,2}(?:bake[ \t]?off|quiz|award|raffle|competition|prize|sweepstake)|degree|graduat\w*|qualified|osce|preceptorship|revalidat\w*|promot(?:ed|ion)|doing (?:the |her |his |their )?obs|first set of (?:nights|days|lates|earlies)|(?:her|his|their) (?:exams?|dissertation|first shift))\b/i;
// "the nurse who looked after my mum, Bethany on Ward 2", "The midwife who delivered my baby,
// Sarah Keane": the name (or "my baby, Name") is the member of staff the sentence began with.
const ROLE_WHO_BEFORE =
  /\b(?:the|a|our|my|your)[ \t]+(?:nurse|midwife|doctor|dr|hca|porter|paramedic|physio|physiotherapist|consultant|surgeon|sister|student|registrar|gp|matron|carer|receptionist)[ \t]+who[ \t]+[^.!?\n]{0,40},[ \t]*$/i;
const STAFF_SUBJECT =
  /^\W*(?:(?:our|new|lovely)[ \t]+)*(?:student nurse|student midwife|student|staff nurse|charge nurse|nurse|hca|sister|dr|doctor|porter|physio|f1|f2|fy1|matron|midwife|ward clerk|nursing associate)\.?[ \t]+[A-Z][a-z]+/i;
const SOMEONE_CARED_FOR =
  /\b(?:patient|pt|man|woman|lady|gent|gentleman|lad|girl|boy|bloke|chap|fella|he|she|his|him|wife|husband|daughter|son|family)\b(?!'s obs)/i;
// "Nurse Kelly in bay 4 tonight": staff working a bay, not someone lying in it.
export const STAFF_AT_PLACE =
  /\b(?:nurse|sister|hca|student(?: nurse| midwife)?|charge nurse|staff nurse|dr|doctor|f1|f2|fy1|fy2|sho|reg|registrar|physio|midwife|porter|matron)\.?(?:[ \t]+[A-Z][a-z'’-]+)?[ \t]+(?:in|on|covering|running|for)[ \t]+(?:the[ \t]+)?(?:bay|bed|side ?room|cubicle|resus|majors)\b/i;
const LOWER_NAME_AT =
  /\b([a-z]{2,12})[ \t]+(?:(?:is[ \t]+)?(?:on|in|from)[ \t]+)(?:the[ \t]+)?(?:bed[ \t]?\d{1,3}|bay[ \t]?(?:\d{1,2}|[a-h])\b|side[ \t]?room[ \t]?\d{0,2}|cubicle[ \t]?\d{1,2}|ward[ \t]?\d{1,3}[a-z]?)/g;
// Lower-case words that are also given names ("will", "mark", "rose", "grace").
const LOWER_NOT_NAMES = new Set(
  "will mark rose grace joy hope faith dawn ray bill pat sue jack frank rob sam bob iris ivy ruby amber holly daisy lily heather olive pearl june may april summer autumn willow sky rain storm chase hunter mason miles max sunny brook drew gene art bo val pam dot nell flo sid don ed al ben kim lee neil dean guy".split(
    " ",
  ),
);
const HANDLE = /(?<![\w.@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])/g;
const ORG_HANDLE =
  /nhs|trust|hosp|ward|team|news|bbc|itv|sky|official|council|gov|comms|press|charity|foundation|ambulance|police|unit|care|health|clinic|radio|live|echo|post|mail|times|gazette|herald|mirror|journal|express|chronicle|argus|standard|nurse|midwi|medic|doc|para|fm$|uk$|_ft$|rn$/i;
const THEIRS_INTRODUCED =
  /(?:\b(?:his|her|their)[ \t]+(?:insta(?:gram)?|tiktok|twitter|x|snap(?:chat)?|handle|account|page|profile|channel|fb|facebook)|^[ \t]*(?:insta(?:gram)?|tiktok|twitter|snap(?:chat)?))[ \t]*(?:name[ \t]+)?(?:is[ \t]*)?:?[ \t]*$/i;
const WITH_US = /\bwith us\b|\bour (?:[a-z]+ )?patient\b/i;
const OWN_ACCOUNT =
  /\b(?:my|our)[ \t]+(?:insta(?:gram)?|tiktok|twitter|x|snap(?:chat)?|handle|account|page|profile|channel)[ \t]*(?:is[ \t]*)?:?[ \t]*$/i;
// A handle that says its owner's job ("@BeckyB_hca", "@nurse.jo", "@midwife_kaz"): a colleague's.
const STAFF_HANDLE =
  /(?:^|[._\d-])(?:hca|rn|rgn|rmn|hcsw|sn|dr|doc|para|nhs)(?:[._\d-]|$)|nurse|midwife|medic|porter|physio|matron/i;
// A name spoken to: "so proud of you Sean", "Ron, you'd have loved it", "Father Dominic we love you".
const VOCATIVE = new RegExp(
  `\\b(?:proud of you|love you|miss you|sorry|bless you|get well soon|go home|you legend)[ \\t,]+(${WORD})\\b(?![ \\t]+[A-Z])|(?:^|[.!?\\n][ \\t]*|\\p{Extended_Pictographic}[ \\t]*|\\b(?:Father|Uncle|Auntie|Nana|Grandad)[ \\t]+)(${WORD}),?[ \\t]+(?:(?:if[ \\t]+)?you(?:['’]d|['’]re|['’]ll|['’]ve)?|we (?:love|miss) you)\\b`,
  "gu",
);
const VOCATIVE_GATE = wordSet("you sorry");
// Someone the writer cared for, told the post is about them: "Sharon Birch if you're reading,
// get well soon", "Dave if you read this, you did it properly", "(Kian, you know who you are)".
// Staff are told the same ("Denise if you're reading", "you know who you are, Brian"), so only in
// a care post with no colleague's role or work near.
const READER_VOCATIVE = new RegExp(
  `(?:^|[.!?\\n(][ \\t]*|\\p{Extended_Pictographic}\\uFE0F?[ \\t]*)(${WORD}(?:[ \\t]+${WORD})?),?[ \\t]+(?:if[ \\t]+you(?:['’]re|[ \\t]+are)?[ \\t]+(?:read|reading|see|seeing)\\b|you[ \\t]+know[ \\t]+who[ \\t]+you[ \\t]+are\\b)`,
  "gu",
);
const READER_GATE = wordSet("reading read see seeing know");
// …and a post that says someone was cared for (wished well, given CPR), or the name set beside
// the one described ("one young man (Kian, you know who you are) went down").
const READER_CARED_FOR = wordsRegex([
  "get well soon",
  "(?:did|doing|done|gave|giving|started) (?:cpr|chest compressions|compressions) on",
]);
const DESCRIBED_BEFORE =
  /\b(?:woman|man|lady|gent|gentleman|lad|girl|boy|bloke|fella|chap|teenager|patient)[ \t]*\([ \t]*$/i;
// A colleague by their role ("our HCA", "the team"); praise alone ("so proud of") is not one.
const STAFF_ROLE = wordsRegex(STAFF_ROLES);
const ONE_OF_OUR_PATIENTS = /\bone[ \t]+of[ \t]+(?:our|my)[ \t]+(?:[a-z-]+[ \t]+){0,2}patients\b/i;
const PATIENTS_ACCOUNT =
  /\b(?:patient|lad|girl|lady|gent|man|woman|boy|little[ \t]+one)['’]s[ \t]+(?:insta(?:gram)?|tiktok|twitter|story|stories|page|post|account|profile|video|reel|channel)\b/i;
const TAGGED_US =
  /\b(?:tagged|tagging|tags)[ \t]+us[ \t]+in[ \t]+(?:her|his|their)[ \t]+(?:story|stories|post|video|reel)\b/i;
const HANDLE_CUES = wordsRegex([
  "(?:our|the|my|a) (?:lad|lady|girl|boy|gent|man|woman|little one|patient) (?:from|in|on) (?:ward|bed|bay|cubicle|the ward)",
  "on the ward",
  "(?:from|on) ward \\d+",
  "(?:our|the|my|a) (?:little |young |brave )?(?:lad|lady|girl|boy|gent|man|woman|little one|patient|fella|kid) (?:from|in|on) (?:our |the )?[a-z]+ (?:ward|unit)",
  "in hospital",
  "home from hospital",
  "(?:his|her|their) (?:[a-z]+ )?(?:rehab|recovery|treatment|chemo|surgery|op|journey)",
  "(?:bravest|toughest|strongest|best) patient",
  "you(?:'re| are| were) (?:a |an |the |my |our )?(?:[a-z]+ ){0,2}patient",
  "back on your feet",
  "after (?:the|your) (?:op|operation|surgery|fall|accident|stroke)",
  // "training for the marathon a year after his bypass", "I did your pre-op on Tuesday", "good
  // luck for the op": care the account's owner had, or had from the writer.
  "after (?:his|her|their) (?:[a-z]+ )?(?:bypass|op|operation|surgery|stroke|transplant|heart attack|amputation)",
  "(?:did|done|doing) your (?:[a-z-]+ )?(?:pre-?op|op|operation|scan|bloods|smear|x-?ray|assessment|surgery|cannula|dressing)",
  "good luck (?:for|with) (?:the|your) (?:op|operation|surgery|scan|treatment|chemo|transplant)",
  // "one of my cardiac rehab lot": a group the writer treats.
  "one of (?:my|our) (?:[a-z]+ )?(?:rehab|dialysis|chemo|caseload|clinic|diabetes|memory clinic) (?:lot|group|class|patients|regulars|gang|crew)",
  "you(?:'re| are| were) (?:home|discharged|out)",
  "glad you(?:'re| are) home",
]);
const BABY_NAME = new RegExp(`\\b[Bb]aby[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)`, "g");
const BIRTH_GATE = wordSet(
  "born birth delivered delivery labour maternity nicu scbu incubator lb lbs weighed weighing midwife midwives c-section caesarean",
);
const COLLEAGUE_BABY =
  /\b(?:our|my)[ \t]+(?:own[ \t]+|lovely[ \t]+|fab[ \t]+)?(?:colleague|midwife|nurse|doctor|hca|sister|matron|consultant|physio|porter|registrar|reg|manager|team member|work wife|work husband)\b|\b(?:on|with)[ \t]+(?:her|his|their)[ \t]+new[ \t]+arrival\b|\bmaternity[ \t]+leave\b|\b(?:sister|nurse|dr|matron|midwife)[ \t]+[a-z]+\b[^.!?\n]{0,30}\bon[ \t]+the[ \t]+(?:birth|arrival)\b/i;
const OWN_BEFORE = /\b(?:my|our)[ \t]+(?:little[ \t]+|new[ \t]+)?$/i;
const OWNS_GATE = wordSet(
  CLINICAL_THING.flatMap((t) =>
    t
      .replace(/\(\?![^)]*\)/g, "")
      .replace(/[?]/g, "")
      .split(/[ -]/),
  ),
);
const EVENT_GATE = wordSet(
  "admitted readmitted discharged brought rushed blue lighted bluelighted transferred intubated resuscitated ventilated catheterised triaged sectioned delivered induced came passed died coded arrested treated inpatient in-patient attended",
);
const KIN_GATE = wordSet(SINGLE_RELATIVES, "aunty mummy daddy grandpa stepdad stepmum");
const MY_KIN_GATE = wordSet("neighbour boy girl lad mate friend pal cousin ex flatmate housemate");
const MY_PATIENT_GATE = wordSet(
  "patient lady gent gentleman man woman chap fella boy girl baby resident",
);

// Words the patterns below cannot match without (each pattern's first words, branch by branch).
// "mr", "mrs", "ms", "miss" typed in lower case.
const LOWER_TITLE = /\b(?:mr|mrs|ms|miss)\b/;
const LOWER_TITLE_GATE = wordSet("mr mrs ms miss");
// CARED_FOR_NAME: "to nurse" by "nurse", "R.I.P." by "r".
const CARED_FOR_NAME_GATE = wordSet(
  "sat sitting nursed nurse cared caring looked looking goodbye discharged admitted transferred reassured settled rip r rest",
);
// NAME_ON_WARD: "A&E" by "e"; "Ward5" is one word, found by WARD_NUMBER.
const NAME_ON_WARD_GATE = wordSet("ward amu itu icu hdu ccu sdec e ed resus majors");
const YOUR_SERVICE_GATE = wordSet("unit ward team care icu itu hdu ccu e department caseload list");
const WARD_NUMBER = /[Ww]ard\d/;
const KIN_IS_NAME_GATE = wordSet("mum mother dad father baby patient she he");
const WARD_LETTERS = /ward|unit|icu|itu|hdu/i;

/**
 * Whether NAME_AGE can match: it needs a digit right after "(", or after a comma or "'s" and
 * spaces or tabs ("Arthur, 99", "Josie (23)", "Doris, (88)", "Derek's 78"). A loop over the text, not a pattern.
 */
function mayHaveNameAge(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    let j = i - 1;
    if (text.charCodeAt(j) === 40) return true; // "("
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    if (j >= 0 && text.charCodeAt(j) === 44) return true; // ","
    // "Derek's 78"
    if (j > 0 && j < i - 1 && text.charCodeAt(j) === 115) {
      const q = text.charCodeAt(j - 1);
      if (q === 39 || q === 0x2019) return true;
    }
  }
  return false;
}

/**
 * The first match of a global `re` in `text` (from its lastIndex), or null without running it
 * when the words its branches need are missing (signals/cue-gate.ts mayMatch: it then matches
 * nowhere, and exec would have found nothing and set lastIndex to 0, as this does).
 */
function mayExec(re: RegExp, text: string): RegExpExecArray | null {
  if (mayMatch(re, text)) return re.exec(text);
  re.lastIndex = 0;
  return null;
}

// Where the entities found so far start, in buckets of BUCKET characters, so that `push` looks
// only at neighbours: scanning every entity made a long post with thousands of names quadratic.
const BUCKET = 64;
let cBuckets = new Map<number, number[]>();
let cLongest = 0;

function bucketAdd(index: number, start: number): void {
  const key = Math.floor(start / BUCKET);
  const list = cBuckets.get(key);
  if (list) list.push(index);
  else cBuckets.set(key, [index]);
}

/**
 * Adds `e` unless it overlaps an entity already found; then the first such entity (in the order
 * found) is replaced when `e` is longer or scores higher.
 */
function push(found: Entity[], e: Entity) {
  let first = -1;
  if (e.end > 0) {
    const hi = Math.floor((e.end - 1) / BUCKET);
    for (let key = Math.floor(Math.max(0, e.start - cLongest) / BUCKET); key <= hi; key++) {
      const list = cBuckets.get(key);
      if (!list) continue;
      for (const i of list) {
        const f = found[i];
        if (f.start < e.end && e.start < f.end && (first < 0 || i < first)) first = i;
      }
    }
  }
  cLongest = Math.max(cLongest, e.end - e.start);
  if (first >= 0) {
    const f = found[first];
    if (f.end - f.start < e.end - e.start || f.score < e.score) {
      found[first] = e;
      const old = cBuckets.get(Math.floor(f.start / BUCKET))!;
      old.splice(old.indexOf(first), 1);
      bucketAdd(first, e.start);
    }
    return;
  }
  bucketAdd(found.length, e.start);
  found.push(e);
}

/** `word` without a possessive "'s" or "’s" at its end: the same as `word.replace(/['’]s$/, "")`. */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const q = word.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? word.slice(0, n - 2) : word;
}

const APOSTROPHES = /['’]/g;

/** A capitalised word that could be a name: not a sentence word, title, place, day or relative. */
function nameLike(word: string): boolean {
  // "I've", "I'm", "I'd" are the writer, not a name: the list holds them without the apostrophe.
  const bare = withoutPossessive(word);
  return !NOT_A_NAME.has(
    bare.indexOf("'") === -1 && bare.indexOf("’") === -1 ? bare : bare.replace(APOSTROPHES, ""),
  );
}

/**
 * How many characters of `words` (one or two capitalised words) to skip so that what is left is
 * a name ("Wishing Tobias" → "Tobias"), or -1 when no name is left.
 */
function nameOffset(words: string): number {
  const space = words.search(/[ \t]/);
  if (space === -1) return nameLike(words) ? 0 : -1;
  const first = words.slice(0, space);
  const rest = words.slice(space).trimStart();
  if (!nameLike(rest)) return -1;
  return nameLike(first) ? 0 : words.length - rest.length;
}

// The post being read by `detect`, for the helpers below: module state rather than closures made
// afresh for every post (detect is never re-entered).
let cText = "";
let cView: TextView = identityView("");
let cOriginal = "";
let cFound: Entity[] = [];
let cPost: PostAnalysis | undefined;
let cCaredFor: boolean | undefined;
let cStaffText: string | undefined;
let cCareInPost = false;
let cNonHuman = false;

// Computed only when first asked: most posts never need it.
function caredForInPost(): boolean {
  return (cCaredFor ??= anyWord(cPost!, CARED_FOR_GATE));
}

function actCare(): boolean {
  return cCareInPost || ACT_CARE.test(cText);
}

// Adverbs that open sentences and read like a name before a care verb. A list, not "-ly", since
// Molly, Holly, Sally and Emily end the same way.
const SENTENCE_ADVERBS = new Set(
  (
    "Nearly Sadly Finally Luckily Honestly Really Clearly Literally Basically Actually Apparently " +
    "Obviously Hopefully Thankfully Unfortunately Fortunately Seriously Genuinely Definitely " +
    "Probably Possibly Surely Recently Currently Usually Initially Eventually Suddenly Quickly " +
    "Slowly Officially Personally Technically Ironically Weirdly Oddly Frankly Absolutely Totally " +
    "Completely Barely Hardly Briefly Mostly Partly Mainly Naturally Normally Typically " +
    "Originally Previously Immediately Shortly Lately Tragically Peacefully Happily Gently " +
    "Quietly Safely Almost Already"
  ).split(" "),
);

function add(s: number, e: number, score: number, kind: string, name = ""): void {
  if (score < 0.5) return;
  if (kind !== "bed with a person" && ROLE_WHO_BEFORE.test(cText.slice(Math.max(0, s - 70), s)))
    return;
  // "Nearly died laughing", "Sadly passed away": an adverb capitalised by the sentence.
  if (
    SENTENCE_ADVERBS.has(name) &&
    cText.startsWith(name, s) &&
    STARTS_SENTENCE.test(cText.slice(Math.max(0, s - 4), s))
  )
    return;
  // "RIP Bella 🐾 the best therapy dog": a name in apposition to an animal or a mannequin.
  if (cNonHuman && NON_HUMAN_APPOSITION.test(cText.slice(e, e + 60))) return;
  // "RIP Willow ward": a ward named after someone.
  if (WARD_NAMED_AFTER.test(cText.slice(e, e + 12))) return;
  // "Sponsoring our porter Jim… go smash it Jim": named once by their job, a colleague throughout.
  if (name.length > 2 && namedAsStaffElsewhere(name, s, e)) return;
  const at = cView.toOriginal(s, e);
  push(cFound, {
    type: "CARE_PERSON",
    start: at.start,
    end: at.end,
    text: cOriginal.slice(at.start, at.end),
    score: Math.min(1, score),
    pattern: kind,
    detail: { kind, name },
  });
}

const COUPLE_BEFORE = /\bMr\.?[ \t]+(?:&|and)[ \t]+$/;
const GREAT_AGE_BIRTHDAY = /\b(?:9\d|1[01]\d)(?:st|nd|rd|th)[ \t]+birthday\b/i;
const SELF_IN_BED_BEFORE =
  /(?:\b(?:myself|me|I['’]m|I[ \t]+am|I[ \t]+was)[ \t]+(?:(?:now|still|back|currently|stuck)[ \t]+)?(?:in|on)[ \t]+(?:the[ \t]+)?)$/i;
// What a thanked person did for others ("… who got 46 people home"): staff work.
const DID_FOR_OTHERS_AFTER =
  /^[^.!?\n]{0,40}?\bwho[ \t]+(?:got|helped|kept|made|sorted|ran|organised|cleaned|covered|stayed|went|cooked|baked|fixed)\b/i;

// Lower-case "ward" only: "Hollie Ward" is a surname.
const WARD_NAMED_AFTER =
  /^[ \t]+(?:ward|unit|wing|suite|centre|lodge|block|Unit|Wing|Suite|Centre|Lodge|Block)\b(?![ \t]*\d)/;

function namedAsStaffElsewhere(name: string, s: number, e: number): boolean {
  for (let i = cText.indexOf(name); i !== -1; i = cText.indexOf(name, i + name.length))
    if ((i < s || i >= e) && staffBefore(i)) return true;
  return false;
}

function staffBefore(at: number): boolean {
  return STAFF_TITLE_BEFORE.test(cText.slice(Math.max(0, at - 25), at));
}

function animalBefore(at: number): boolean {
  return cNonHuman && NON_HUMAN_BEFORE.test(cText.slice(Math.max(0, at - 45), at));
}

// A job away from care says what a relative does and makes nobody staff: "his mum Kerry (works on
// the tills at the Tesco)", "from her grandson, who's working in Dubai". Not a hospital or ward
// named after "at the", "in" or "for" ("works at the Royal", "works in Ward 9").
const CARE_PLACE_WORD =
  "(?:Hospitals?|Infirmary|General|Royal|NHS|Trust|Ward|Unit|Clinic|Hospice|Surgery|Health|Healthcare|Medical|Practice|St|Saint|Care|Nursing|Community|Theatres?|Resus|Majors|Minors|Pharmacy|Outpatients|Maternity|Radiology|Physio|A&E|ICU|ITU|HDU|CCU|AMU|ED|ward|unit|clinic|hospital|hospice|surgery|practice|team|centre)";
const WORK_ELSEWHERE = new RegExp(
  `\\b(?:works?|working|worked)[ \\t]+(?:(?:on|at|in|for|behind|down)[ \\t]+(?:the[ \\t]+|a[ \\t]+)?(?:tills?|checkouts?|bar|buses|bins|trains|railways?|docks|rigs?|building[ \\t]+sites?|farms?|markets?|garage|bank|factory|warehouse|pub|shop|supermarket|call[ \\t]+centre|airport|post[ \\t]+office)|(?:at[ \\t]+the|in|for)[ \\t]+(?!${CARE_PLACE_WORD}\\b)[A-Z][A-Za-z'’&-]+(?![ \\t]+${CARE_PLACE_WORD}\\b)|away|abroad|offshore)\\b`,
  "g",
);
/** The post with jobs away from care blanked, for reading staff words near a name. */
function staffText(): string {
  return (cStaffText ??= cText.includes("work")
    ? cText.replace(WORK_ELSEWHERE, (w) => " ".repeat(w.length))
    : cText);
}

// A name is a patient's when care words are nearer to it than staff words.
function careNearer(s: number, e: number, window: number): boolean {
  const care = nearest(cText, s, e, CARE_NEAR, window);
  return care !== Infinity && care < nearest(staffText(), s, e, STAFF_CUES, window);
}

// The writer's own relative (which the rule counts only in a message to the Trust): care words
// anywhere near, whatever staff are nearer, or the relative is the one in the Trust's picture
// ("the lady in the wheelchair in your photo is my aunt Pauline").
const IN_YOUR_PICTURE =
  /\bin[ \t]+your[ \t]+(?:[a-z]+[ \t]+)?(?:photos?|pictures?|pics?|video|post|poster|leaflet|advert)\b[^.!?\n]{0,20}$/i;
const QUOTED_FROM_OTHER =
  /(?:\b(?:post|message|text|review|comment|tweet|e-?mail|card|letter|status)[ \t]+(?:by|from)[ \t]+[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?|\b(?:wrote|writes|posted|posts)|\b[A-Z][a-z'’-]+[ \t]+(?:said|says))[ \t]*:?[ \t]*['"“‘][^'"“”‘’\n]{0,10}$/;
function ownKinCared(s: number, e: number): boolean {
  // "My sister Claire Bradley is a nurse at Ninewells": a relative on the staff.
  if (ROLE_AFTER.test(cText.slice(e, e + 40))) return false;
  return (
    nearest(cText, s, e, CARE_NEAR, 200) !== Infinity ||
    IN_YOUR_PICTURE.test(cText.slice(Math.max(0, s - 60), s))
  );
}

// Looser, for a relative named in a care post: only staff words nearer than care words rule it out.
function notStaff(s: number, e: number, window: number): boolean {
  const staff = nearest(staffText(), s, e, STAFF_CUES, window);
  return staff === Infinity || staff > nearest(cText, s, e, CARE_NEAR, window);
}

// A person by structure, not from the names list: a capitalised word that is no sentence word,
// place or title, followed in its clause by care that only a patient receives, said with "his",
// "her" or "their" ("Harold telling the consultant he'd rather have a pint than his statins",
// "Precious in room 8 has been waiting 6 hours for her pain relief", "Dave from the fishmonger's
// had his bowel scope with us"). What one has or goes through (a bypass, a stroke, first steps)
// is the patient's whatever verb comes between; what one is given (obs, bloods, meds) could be
// given by the named person, so a verb of doing care or another person between rules it out
// ("Jo did her obs", "Kofi gave the lady her meds").
const HAS_CARE = [
  "bypass",
  "stroke",
  "strokes",
  "first steps",
  "(?:last|final|dying) wish(?:es)?",
  ...CONDITIONS,
  "fractured [a-z]+",
  "broken (?:hip|leg|arm|wrist|ankle|neck|back|ribs?|pelvis|femur)",
  "hip replacement",
  "knee replacement",
  "new (?:hip|knee)",
  "amputation",
  "dentures",
  "hearing aids?",
  "zimmer(?: frame)?",
  "walking frame",
  "commode",
  "stent",
  "pacemaker",
  "transplant",
  "heart attack",
  "cardiac arrest",
  "overdose",
  "miscarriage",
  "admission",
  "(?:hospital )?stay",
  "recovery",
  "rehab",
  "prosthetic(?: leg| arm)?",
  "end of life care",
  "chemo",
  "chemotherapy",
  "radiotherapy",
  "dialysis",
  "bowel scope",
  "colonoscopy",
  "endoscopy",
  "biopsy",
  "angiogram",
  "cataract(?: op| operation| surgery)?",
  "hernia(?: op| operation| repair)?",
  "(?:hip|knee|heart|bowel|back|shoulder|cataract|bypass) (?:op|operation|surgery)",
  "leg ulcers?",
  "pressure sores?",
  "op",
  "operation",
];
const GIVEN_CARE = [
  // An 80th, 90th or 100th birthday: no colleague's, unless staff words say so.
  "(?:8|9|10)0th(?: birthday)?",
  "pain relief",
  "painkillers",
  "pain killers",
  "statins?",
  "warfarin",
  "insulin",
  "inhalers?",
  "methadone",
  "morphine",
  "oramorph",
  "antibiotics",
  "(?:iv )?fluids",
  "meds",
  "medication",
  "tablets",
  "dressings?",
  "catheter",
  "cannula",
  "stoma bags?",
  "nebs?",
  "nebuliser",
  "scan",
  "x-ray",
  "mri",
  "bloods",
  "blood results",
  "results",
  "depot",
  "injections?",
  "transfusion",
  "infusion",
];
const POSSESSED_CARE = new RegExp(
  `\\b(?:his|her|their)[ \\t]+(?:(?:new|first|last|latest|second|third|next|own|bad|dodgy|poorly|left|right|repeat|daily|weekly|morning|evening|night|regular|usual)[ \\t]+){0,2}(?:(${HAS_CARE.join("|")})|(?:${GIVEN_CARE.join("|")}))\\b`,
  "i",
);
const POSSESSED_CARE_ALL = new RegExp(POSSESSED_CARE.source, "gi");
// Each word the possessive forms need: a Set lookup per word before any pattern runs.
const POSSESSED_CARE_GATE = wordSet(
  [...HAS_CARE, ...GIVEN_CARE].flatMap((t) =>
    t
      .replace(/\(\?:/g, "(")
      .replace(/[()?|]/g, " ")
      .replace(/\[a-z-\]\+/g, " ")
      .split(/[ -]/),
  ),
  "80th 90th 100th",
);
// Doing care, or another person, between the name and the possessive: the name is the carer.
const CARER_BETWEEN =
  /\b(?:did|does|doing|done|do|took|take|takes|taking|gave|give|gives|giving|checked|checks|checking|changed|changes|changing|started|starts|starting|sorted|sorting|put|puts|putting|reviewed|reviewing|explained|explaining|prescribed|prescribing|administered|helped|helping|helps|assisted|fitted|removed|inserted|dressed|redressed|booked|arranged|organised|chased|chasing|handed|brought|collected|ran|run|running|escalated|spotted|talked|with|about|patient|patients|pt|man|woman|lady|gent|gentleman|lad|girl|boy|bloke|guy|fella|mum|dad|wife|husband|son|daughter|everyone|him|her|them)\b/i;
// The same, for what only the patient has: only another person between rules the name out.
const OTHER_PERSON_BETWEEN =
  /\b(?:patient|patients|pt|man|woman|lady|gent|gentleman|lad|girl|boy|bloke|guy|fella|mum|dad|wife|husband|son|daughter|him|her|them|about|with)\b/i;
// A colleague's own health or news after the name: colleague-privacy, not a patient.
const COLLEAGUE_HEALTH_NEWS =
  /\b(?:off[ \t]+(?:sick|work|with|for|since|after|following)|signed[ \t]+off|phased[ \t]+return|back[ \t]+(?:on[ \t]+(?:the[ \t]+)?(?:ward|unit)[ \t]+|at[ \t]+work[ \t]+|in[ \t]+work[ \t]+)?(?:after|from|following)|see[ \t]+you[ \t]+back|good[ \t]+luck|send(?:ing)?[ \t]+(?:her|him|them)[ \t]+(?:some[ \t]+|our[ \t]+)?love|missed[ \t]+(?:you|your|her|him)|get[ \t]+well|back[ \t]+(?:at|to)[ \t]+work|return(?:s|ed|ing)?[ \t]+to[ \t]+work|(?:sick|maternity|annual|compassionate|as|on|for|take|taking|took)[ \t]+leave|management|occ(?:upational)?[ \t]+health|(?:drop|send|sign|signing)[ \t]+(?:a|the|him|her)[ \t]+(?:card|cards)|rais(?:ing|ed|es)[ \t]+(?:money|funds)|fundrais\w*|donat\w*|sponsor\w*|if[ \t]+I[ \t]+could[ \t]+share|colleague|workmate|team[ \t]?mate|staff|degree|exams?|shift|rota|band[ \t]?\d)\b/i;
const COLLEAGUE_POST =
  /\b(?:(?:annual|sick|maternity|paternity|compassionate|study)[ \t]+leave|off[ \t]+sick|rota|colleagues?|spreadsheet|away[ \t]+\d)/i;
// Where the post is: a care setting other than the possessed care itself.
const POSSESSED_SETTING_GATE = wordSet(
  "hospital ward wards bay bays bed beds room rm clinic hospice unit us caseload visit visits admission admitted discharge discharged round rounds pharmacy counter ae resus majors minors icu itu hdu ccu amu picu nicu scbu theatre recovery patient patients pt client clients dn district ambulance crew 999 111 gp practice relatives rehab physio dialysis chemo oncology maternity home care seen saw treated nursed",
);
// "Maureen's back with us again, 4th admission": a stay, said right after a name.
const STAY_AFTER =
  /^(?:['’]s|[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been))?[ \t]+(?:(?:now[ \t]+|finally[ \t]+)?(?:off|on|out[ \t]+of)[ \t]+(?:the[ \t]+|her[ \t]+|his[ \t]+)?(?:ventilator|vent|cpap|bipap|high[ \t]+flow|oxygen|dialysis|icu|itu|hdu|picu|nicu|resus|recovery|isolation)|back[ \t]+(?:with[ \t]+us|in|on[ \t]+the[ \t]+ward)[ \t]+again|back[ \t]+with[ \t]+us[^.!?\n]{0,20}?\b(?:\d{1,2}(?:st|nd|rd|th)|another|third|fourth|fifth)[ \t]+(?:admission|attendance|stay))\b/i;
// "that's Nora in the wheelchair at the front with the tiara, 97": a name, then later in its
// sentence an age no colleague has.
const OLD_AGE_LATER = /,[ \t]*(?:aged[ \t]+)?(?:8\d|9\d|10\d)\b/;
const NAME_THEN_OLD_AGE = new RegExp(
  `\\b(${WORD})\\b(?:[^.!?\\n,]{0,60},){1,3}[ \\t]*(?:aged[ \\t]+)?(?:8\\d|9\\d|10\\d)\\b(?![ \\t]*(?:%|years|yrs|mins?|minutes|hours?|hrs|beds?|patients|staff|people|admissions|calls|times|miles|mph|quid|pounds|k\\b|kg|cm|mm|mg|ml|\\d))`,
  "g",
);
// "our 102 year old on ward 3, Ivy, …": an age no colleague has, then the name in apposition.
const OLD_AGE_THEN_NAME =
  /\b(?:our|the|a|my)[ \t]+(?:8\d|9\d|10\d)[ -]?(?:year|yr)[ -]?old\b[^.!?\n,]{0,30},[ \t]*([A-Z][a-z'’-]{2,20})\b(?![ \t]+(?:ward|unit|road|street))/g;
const VOLUNTEER_BEFORE =
  /\b(?:volunteers?|chaplains?|governors?|trustees?|fundraisers?|mascots?|porters?|clerks?)\b[^.!?\n]{0,12}$/i;
const STAY_KIT_GATE = wordSet(
  "ventilator vent cpap bipap flow oxygen dialysis icu itu hdu picu nicu resus recovery isolation",
);
// Sentence starts: a capitalised first word is a name only when it is a known given name or owns
// something ("Maureen's").
const STARTS_SENTENCE = /(?:^|[.!?\n:]\s*|[\uD800-\uDBFF][\uDC00-\uDFFF]\s*)$/;

// What a blank form's fields say: "First name: Required".
const FIELD_VALUE_WORDS = new Set([
  "Required",
  "Optional",
  "Blank",
  "Unknown",
  "None",
  "Redacted",
  "Withheld",
]);
const NAME_FIELD =
  /\b(?:[Ss]urname|[Ff]irst[ \t]+name|[Ff]orename|[Ll]ast[ \t]+name|[Ff]ull[ \t]+name|[Pp]atient[ \t]+name)[ \t]*[:=–-][ \t]*['"‘“]?([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)/g;

/** Whether the capitalised word at `s` could be a person's name where it stands. */
function nameWhereItStands(word: string, s: number): boolean {
  const bare = withoutPossessive(word);
  if (bare.length < 3 || !nameLike(word) || NOT_A_SURNAME.has(bare) || ORGANISATION_NOUNS.has(bare))
    return false;
  if (staffBefore(s) || TITLE_BEFORE.test(cText.slice(Math.max(0, s - 6), s))) return false;
  if (ROLE_BEFORE.test(cText.slice(Math.max(0, s - 25), s))) return false;
  if (ADDRESSED.test(cText.slice(Math.max(0, s - 25), s)) || animalBefore(s)) return false;
  // "27 Holly Bank Road", "Beech Ward": a street, building or ward, not a person.
  if (/\d[a-z]?[ \t]+$/.test(cText.slice(Math.max(0, s - 5), s))) return false;
  if (PLACE_AFTER_NAME.test(cText.slice(s + word.length, s + word.length + 30))) return false;
  if (BUSINESS_AFTER_NAME.test(cText.slice(s + word.length, s + word.length + 16))) return false;
  // At a sentence start any word is capitalised: a known given name, a possessive, or a word
  // that is no verb form followed by what follows a name ("Ceridwen on the ward round told…").
  if (STARTS_SENTENCE.test(cText.slice(Math.max(0, s - 4), s)))
    return (
      GIVEN_NAME_SET.has(bare) ||
      bare !== word ||
      (!/(?:ed|ing|s)$/.test(word) &&
        NAME_GOES_ON.test(cText.slice(s + word.length, s + word.length + 12)))
    );
  return true;
}

const PLACE_AFTER_NAME =
  /^(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Road|Street|Close|Lane|Avenue|Drive|Crescent|Grove|Gardens|Terrace|Way|Park|Hill|Ward|Unit|Court|House|Centre|School|College|Estate|Square|Place|Suite|Wing|Building|Lodge|Lounge|Clinic|Hospital|Hospice|Practice|Surgery|Library|Pavilion|Annexe|Hall|Society|Association|Foundation|Charity|Trust|Institute|Fund|Appeal|Awards?|Lecture)\b/;
// A shop's or a chain's name before what it is: "the Co-op pharmacy", "Boots opticians".
const BUSINESS_AFTER_NAME =
  /^[ \t]+(?:pharmacy|chemists?|supermarket|superstore|store|shop|garage|café|cafe|pub|bakery|opticians?|dentists?|express|extra|local|petrol)\b/;
// Words that end the name of an organisation or a building and are nobody's surname: "the MS
// Society after her own diagnosis" is no person with care.
const ORGANISATION_NOUNS = new Set(
  "Suite Unit Wing Centre Center Building Lodge Lounge Clinic Hospital Hospice Practice Surgery Library Pavilion Annexe Society Association Foundation Charity Trust Institute Fund Appeal Awards Lecture".split(
    " ",
  ),
);
const NAME_GOES_ON =
  /^(?:,|[ \t]+(?:is|was|has|had|on|in|from|told|said|says|telling|asked|who|and|still|finally))\b/;
const CAPITALISED = /\b[A-Z][a-z'’-]{2,20}\b/g;

/** A name followed in its clause by care the person receives ("Harold … his statins"). */
function possessedCare(text: string): void {
  // A post about the team's leave, rota or colleagues: whose op it is is a colleague's.
  if (COLLEAGUE_POST.test(text)) return;
  // The possessive forms are rare: find them first, then look back along their clause for a name.
  POSSESSED_CARE_ALL.lastIndex = 0;
  for (let own = POSSESSED_CARE_ALL.exec(text); own; own = POSSESSED_CARE_ALL.exec(text)) {
    const p = own.index;
    let from = Math.max(0, p - 80);
    for (let i = p - 1; i >= from; i--) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 10 || (c >= 0xd800 && c <= 0xdbff)) {
        from = i + 1;
        break;
      }
    }
    const window = text.slice(from, p);
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(window); m; m = CAPITALISED.exec(window)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (!nameWhereItStands(m[0], s)) continue;
      const between = text.slice(e, p);
      if ((own[1] === undefined ? CARER_BETWEEN : OTHER_PERSON_BETWEEN).test(between)) continue;
      if (COLLEAGUE_HEALTH_NEWS.test(text.slice(Math.max(0, s - 40), e + 90))) continue;
      // Praise and staff words before the name ("so proud of", "thanks to") rule out a carer, not
      // someone taking their first steps.
      if (own[1] === undefined && STAFF_CUES.test(text.slice(Math.max(0, s - 30), s))) continue;
      if (ROLE_AFTER.test(text.slice(e, e + 40)) || FROM_A_DEPARTMENT.test(text.slice(e, e + 40)))
        continue;
      // "Lovely to see Whitstable's…": a place after a preposition is not a person.
      if (
        /\b(?:at|in|from|near|outside|to|on|into|around|round)[ \t]+$/i.test(
          text.slice(Math.max(0, s - 8), s),
        )
      )
        continue;
      if (own[1] === undefined && PRAISED.test(text.slice(Math.max(0, s - 45), s))) continue;
      const name = withoutPossessive(m[0]);
      add(s, s + name.length, 0.8, "name with care received", name);
    }
  }
}

/** "Maureen's back with us again": a name, then a stay. */
// Someone hurt in an incident, then named outright: "that was us with the motorcyclist. He's
// called Pawel", "the cyclist hit on the A6… we understand his name is Harry Dent". A post about
// a crash or an assault need not hold any ward word; the one hurt is still a patient.
const CASUALTY_GATE = wordSet(
  "cyclist cyclists motorcyclist motorcyclists biker pedestrian rider casualty casualties victim passenger driver",
);
// Hurt, not only in a crash ("the driver was fine. His name is Steve" is no casualty).
const HURT_GATE = wordSet("hit injured injuries hurt stabbed knocked critical");
const HURT =
  /\b(?:going[ \t]+to[ \t]+be[ \t]+(?:ok|okay|alright|fine)|pull(?:ed)?[ \t]+through|in[ \t]+a[ \t]+bad[ \t]+way|(?:serious|stable)[ \t]+condition|the[ \t]+condition[ \t]+of)\b/i;
function casualtyInPost(post: PostAnalysis): boolean {
  return anyWord(post, CASUALTY_GATE) && (anyWord(post, HURT_GATE) || HURT.test(cText));
}
function casualtyNamed(text: string): void {
  for (const re of [NAME_STATED, KIN_IS_NAME, HE_IS_CALLED]) {
    re.lastIndex = 0;
    for (let m = mayExec(re, text); m; m = re.exec(text)) {
      // Only "he", "she" or "his/her name": not "Mum is Kelly".
      if (re === KIN_IS_NAME && !/^[HhSs]/.test(m[0])) continue;
      if (nameOffset(m[1]) !== 0 || !nameLike(m[1].split(/[ \t]+/)[0])) continue;
      const nameStart = m.index + m[0].length - m[1].length;
      const end = m.index + m[0].length;
      if (nearest(text, m.index, end, STAFF_CUES, 120) !== Infinity) continue;
      add(nameStart, end, 0.8, "name stated", m[1]);
    }
  }
}

function stayAfterName(text: string): void {
  CAPITALISED.lastIndex = 0;
  for (let m = mayExec(CAPITALISED, text); m; m = CAPITALISED.exec(text)) {
    const s = m.index;
    const word = m[0].replace(/['’]s$/, "");
    const e = s + word.length;
    if (!STAY_AFTER.test(text.slice(e, e + 80)) || !nameWhereItStands(m[0], s)) continue;
    if (COLLEAGUE_HEALTH_NEWS.test(text.slice(Math.max(0, s - 40), e + 90))) continue;
    add(s, e, 0.8, "name with care received", word);
  }
}

export const personInCare: CustomRecognizer = {
  entity: "CARE_PERSON",
  detect({ normalised }) {
    const view = normalised.base;
    const text = view.text;
    const found: Entity[] = [];
    const post = analyse(normalised);
    cText = text;
    cView = view;
    cOriginal = normalised.original;
    cFound = found;
    cBuckets = new Map();
    cLongest = 0;
    cPost = post;
    cCaredFor = undefined;
    cStaffText = undefined;
    const careInPost =
      anyWord(post, CARE_WORDS) ||
      (anyWord(post, PATIENT_CUE_GATE) && PATIENT_CUES.test(text)) ||
      /\bA&E\b/i.test(text) ||
      (caredForInPost() && BEING_CARED_FOR.test(text)) ||
      careOpen(text, post) ||
      (post.words.has("after") && LOOKED_AFTER_KIN.test(text)) ||
      // "is still on the acute medical unit": a unit named in full.
      (post.words.has("unit") && ON_A_UNIT.test(text)) ||
      // "Edith from the falls class (93!)": an age no colleague is.
      (post.digits >= 2 && OLD_AGE.test(text) && !VOLUNTEER.test(text)) ||
      // "been his community LD nurse for six years": the writer's role for someone.
      testIfMay(HIS_CARE_LATER, text);
    cCareInPost = careInPost;
    const hasPlace = PLACE_HINT.test(text);
    const hasTitle = testIfMay(TITLE_HINT, text);
    const acts =
      anyWord(post, ACTS_GATE) || post.words.has("visited") || post.words.has("visiting");
    if (!careInPost && !hasPlace && !hasTitle && !acts) {
      if (casualtyInPost(post)) casualtyNamed(text);
      return found;
    }
    // "Watching Casualty and the bloke in cubicle 3…": people on a TV drama are not patients.
    if (fictionOrHistory(text, post)) return found;
    const nonHuman = anyWord(post, NON_HUMAN_GATE);
    cNonHuman = nonHuman;

    if (hasTitle) {
      // Asked once per post: asking per titled name made a long post with many names quadratic.
      let characterBooks: boolean | undefined;
      TITLED.lastIndex = 0;
      for (let m = mayExec(TITLED, text); m; m = TITLED.exec(text)) {
        const name = m[2].split(/[ \t]+/);
        const last = withoutPossessive(name[name.length - 1]);
        if (last.length > 1 && NOT_A_SURNAME.has(last)) continue;
        // "Mr X", "Mrs Y": the placeholders teaching uses for a patient nobody can identify.
        if (name.length === 1 && /^[XYZ]['’]?$/.test(last)) continue;
        const end = m.index + m[0].length;
        // "Mr Biscuit the therapy pony", "Mr Tickle" from the Mr Men books: no person.
        if (
          (cNonHuman &&
            (ANIMAL_AFTER.test(text.slice(end, end + 40)) ||
              ANIMAL_LATER.test(text.slice(end, end + 60)) ||
              ANIMAL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) ||
          (characterBooks ??= CHARACTER_BOOKS.test(text))
        )
          continue;
        const atPlace = m[3].length > 0;
        let score = m[1] === "Mr" ? 0.4 : 0.45;
        if (atPlace) score += 0.5;
        // "Mr Sandhu collects his Creon": their own medicines put them in care.
        const careClose =
          nearest(text, m.index, end, CARE_NEAR, 100) < Infinity ||
          HIS_MEDICINE_LATER.test(text.slice(end, end + 80));
        if (careClose) score += 0.3;
        else if (careInPost || anyWord(post, ON_SHIFT)) score += 0.15;
        // "Mrs Pennington-Smythe rang again, 5th time this week": a regular caller.
        if (FREQUENCY_AFTER.test(text.slice(end, end + 80))) score += 0.3;
        if (
          NURSED_BEFORE.test(text.slice(Math.max(0, m.index - 45), m.index)) ||
          // "stop booking Mr Okoro in at 9": booked in for an appointment.
          (BOOKING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
            /^[ \t]+in\b/.test(text.slice(end, end + 4))) ||
          TREATED_MY_EARLIER.test(text.slice(Math.max(0, m.index - 90), m.index))
        )
          score += 0.5;
        // "Mrs Pemberton, 102, who told the registrar…": an age no colleague has.
        else if (oldAgeAfter(text.slice(end, end + 8))) score += 0.4;
        // "Congratulations Mr & Mrs Hollins" after a wedding in the chapel: a couple is nobody's
        // surgeon or speaker, so thanks and praise near them are not for work done.
        else if (
          !(careClose && COUPLE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) &&
          nearest(text, m.index, end, PROFESSIONAL, 60) < Infinity
        )
          score -= 0.4;
        if (staffBefore(m.index)) score -= 0.5;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        // "played Mr Blue Sky", "my operation with Mr Patel", "Mrs Ahmed, our ward manager":
        // a song or show, the surgeon (UK surgeons are "Mr"), a colleague named by role.
        if (
          !atPlace &&
          (TITLE_OF_A_WORK.test(before) ||
            TREATED_BY.test(before) ||
            ROLE_AFTER.test(text.slice(end, end + 40)) ||
            AND_THE_TEAM_AFTER.test(text.slice(end, end + 50)) ||
            DOES_PROCEDURES_AFTER.test(text.slice(end, end + 60)) ||
            (m[1] === "Mr" && SURGEON_AFTER.test(text.slice(end, end + 140))) ||
            FROM_A_DEPARTMENT.test(text.slice(end, end + 40)))
        )
          score -= 0.5;
        // "Thank you to Mrs Patel for the radios": thanks go to helpers more than to patients.
        else if (
          !atPlace &&
          !careClose &&
          PRAISED.test(text.slice(Math.max(0, m.index - 45), m.index))
        )
          score -= 0.3;
        add(m.index, end, score, atPlace ? "titled name at bed" : "titled name", m[2]);
      }
    }

    if (text.includes("Dr") || text.includes("Prof") || text.includes("Doctor")) {
      DOCTOR_NAME.lastIndex = 0;
      for (let m = mayExec(DOCTOR_NAME, text); m; m = DOCTOR_NAME.exec(text)) {
        const end = m.index + m[0].length;
        if (m[1].split(/[ \t]+/).some((w) => !nameLike(w))) continue;
        if (
          !DOCTOR_AS_PATIENT_AFTER.test(text.slice(end, end + 60)) &&
          !DOCTOR_AS_PATIENT_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))
        )
          continue;
        add(m.index, end, 0.8, "doctor as a patient", m[1]);
      }
    }

    if (hasTitle || (anyWord(post, LOWER_TITLE_GATE) && LOWER_TITLE.test(text))) {
      TITLED_LOWER.lastIndex = 0;
      for (let m = mayExec(TITLED_LOWER, text); m; m = TITLED_LOWER.exec(text)) {
        if (/^[A-Z]/.test(m[0]) && /^[A-Z]/.test(m[1])) continue; // the capitalised form is handled above
        if (NOT_A_NAME.has(m[1][0].toUpperCase() + m[1].slice(1)) || COMMON_LOWER.has(m[1]))
          continue;
        const end = m.index + m[0].length;
        let score = 0.45;
        if (nearest(text, m.index, end, CARE_NEAR, 100) < Infinity) score += 0.3;
        if (nearest(text, m.index, end, PROFESSIONAL, 60) < Infinity) score -= 0.4;
        add(m.index, end, score, "titled name", m[1]);
      }
    }

    if (hasPlace && NUMBERED_PLACE.test(text)) {
      DESCRIBED_AT_PLACE.lastIndex = 0;
      for (let m = mayExec(DESCRIBED_AT_PLACE, text); m; m = DESCRIBED_AT_PLACE.exec(text)) {
        // "Shout out to Dev who spotted a deteriorating patient in bay 3": praise for the one
        // caring, about "a" patient rather than "the" one.
        if (
          (/^an?\b/i.test(m[0]) ||
            /\ban?[ \t]+(?:[a-z]+[ \t]+)?$/i.test(
              text.slice(Math.max(0, m.index - 25), m.index),
            )) &&
          nearest(text, m.index, m.index, STAFF_CUES, 50) < Infinity &&
          PRAISE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))
        )
          continue;
        add(m.index, m.index + m[0].length, 0.85, "person at bed");
      }
      NAME_AT_PLACE.lastIndex = 0;
      for (let m = mayExec(NAME_AT_PLACE, text); m; m = NAME_AT_PLACE.exec(text)) {
        // "Nanna Pat in bed 11", "Our Smiler on bay 5": a word before the name may not be one.
        const words = m[0].slice(0, m[0].search(/,?[ \t]+(?:from|in|on|at)[ \t]/));
        const skip = nameOffset(words);
        const s = m.index + Math.max(0, skip);
        if (skip < 0) continue;
        // "Our Jonno from bed 3": "our" before a name at a bed (not a bay a nurse works) is the
        // ward's patient; other staff titles before the name make it a colleague.
        const ours =
          /\b[Oo]ur[ \t]+$/.test(text.slice(Math.max(0, s - 6), s)) &&
          /(?:from|in)[ \t]+(?:the[ \t]+)?(?:[Bb]ed|[Cc]ubicle|[Ss]ide|[Cc]ot|[Ii]ncubator|SR)/.test(
            m[0],
          );
        if ((staffBefore(s) && !ours) || animalBefore(s)) continue;
        add(s, m.index + m[0].length, 0.9, "name at bed", words.slice(skip));
      }
      // "AH in side room 2", "J.B. in bed 12": initials at a bed. Staff and unit abbreviations
      // ("HCA in bay 3", "GP", "ED") are not initials.
      INITIALS_AT_PLACE.lastIndex = 0;
      for (let m = mayExec(INITIALS_AT_PLACE, text); m; m = INITIALS_AT_PLACE.exec(text)) {
        if (NOT_INITIALS.has(m[1].replace(/\./g, ""))) continue;
        add(m.index, m.index + m[0].length, 0.85, "name at bed", m[1]);
      }
      BARE_PLACE.lastIndex = 0;
      for (let m = mayExec(BARE_PLACE, text); m; m = BARE_PLACE.exec(text)) {
        const end = m.index + m[0].length;
        const at = view.toOriginal(m.index, end);
        if (found.some((f) => f.start <= at.start && at.end <= f.end)) continue;
        // "every patient in bay 3" is everyone there; "Nurse Kelly in bay 4" works there.
        if (EVERYONE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (STAFF_AT_PLACE.test(text.slice(Math.max(0, m.index - 40), end))) continue;
        let score = 0.35;
        // The person must be in the bed's sentence or the next one ("Bay C. She keeps…"): a
        // patient mentioned sentences earlier ("talk to a patient… the team on Bay C") is not in it.
        // The scans stop at the 120 characters the person search reads anyway, so a long run-on
        // post costs no more per bed than a short one.
        const from = sentenceStartBefore(text, m.index, m.index - PERSON_WINDOW);
        const ceiling = end + PERSON_WINDOW;
        const to = sentenceEndAfter(text, sentenceEndAfter(text, end, ceiling), ceiling);
        const sentence = text.slice(from, to);
        if (nearest(sentence, m.index - from, end - from, PERSON_NEAR, PERSON_WINDOW) < Infinity)
          score += 0.3;
        if (nearest(text, m.index, end, PLACE_IDLE, 30) < Infinity) score -= 0.4;
        if (PLACE_OWNS_KIN.test(text.slice(end, end + 30))) score += 0.4;
        if (EVERYONE_IN_SENTENCE.test(sentence)) score -= 0.3;
        // "Student nurse Lily, 19, did her first set of obs on bay 6": a sentence about a
        // colleague named by their role, with no patient in it.
        if (STAFF_SUBJECT.test(sentence) && !SOMEONE_CARED_FOR.test(sentence)) score -= 0.4;
        // "Our ward cat Whiskers has been banned from bay 2": the one there is an animal.
        if (nonHuman && NON_HUMAN_NAMED.test(text.slice(from, m.index))) score -= 0.4;
        // "Myself in bed 4 of the day surgery unit having my knee scoped": the writer's own bed.
        if (SELF_IN_BED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) score -= 0.4;
        // "Shout out to Dev who spotted a deteriorating patient in bay 3": praise for the carer
        // about "a" patient. ("Thanks to the family in bay 4" still counts.)
        if (
          PRAISE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
          INDEFINITE_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
        )
          score -= 0.3;
        add(m.index, end, score, "bed with a person");
      }
    }

    if (anyWord(post, ACTS_GATE)) {
      NAME_ACTS.lastIndex = 0;
      for (let m = mayExec(NAME_ACTS, text); m; m = NAME_ACTS.exec(text)) {
        const s = m.index;
        const name = m[1];
        const e = s + m[0].length;
        if (!nameLike(name) || NOT_A_CALLER.has(name) || name.length < 3) continue;
        if (staffBefore(s) || TITLE_BEFORE.test(text.slice(Math.max(0, s - 6), s))) continue;
        if (ROLE_BEFORE.test(text.slice(Math.max(0, s - 25), s))) continue;
        // "Kofi from pharmacy rang 3 times": a colleague named by where they work.
        if (m[2] !== undefined && FROM_A_DEPARTMENT.test(text.slice(s + name.length, e))) continue;
        // Ringing many times is a patient's only from a place or as a known name.
        if (/times$/.test(m[0]) && m[2] === undefined && !GIVEN_NAME_SET.has(name)) continue;
        // Ringing and swallowing are a patient's only in a post about care.
        if (/times$|\bswallowed\b/.test(m[0]) && !actCare()) continue;
        if (PRAISED.test(text.slice(Math.max(0, s - 45), s))) continue;
        if (OWN_KIN_BEFORE.test(text.slice(Math.max(0, s - 25), s))) continue;
        // "Chidinma came back to the ward after maternity leave": a colleague back at work.
        if (
          BACK_AT_WORK.test(text.slice(e, e + 60)) ||
          STAFF_NEWS_AFTER.test(text.slice(e, e + 80))
        )
          continue;
        add(s, s + name.length, 0.8, "name with a care event", name);
      }
    }
    if (post.words.has("visited") || post.words.has("visiting") || post.words.has("saw")) {
      VISITED_AT_HOME.lastIndex = 0;
      for (let m = mayExec(VISITED_AT_HOME, text); m; m = VISITED_AT_HOME.exec(text)) {
        const s = m.index + m[0].indexOf(m[1], m[0].search(/[ \t]/));
        if (!nameLike(m[1]) || !actCare()) continue;
        add(s, s + m[1].length, 0.8, "name with a care event", m[1]);
      }
    }
    if (
      (post.words.has("his") || post.words.has("her") || post.words.has("their")) &&
      anyWord(post, POSSESSED_CARE_GATE) &&
      anyWord(post, POSSESSED_SETTING_GATE)
    )
      possessedCare(text);
    if ((post.words.has("back") && post.words.has("again")) || anyWord(post, STAY_KIT_GATE))
      stayAfterName(text);
    if (!careInPost) {
      if (casualtyInPost(post)) casualtyNamed(text);
      return found.sort((a, b) => a.start - b.start);
    }
    // A patient named in a hashtag ("#GoHomeGladys", "#PrayForPaddyOnWard5") or in lower case at a
    // bed ("sandra from bay 6"): known given names only, in a post about care.
    if (text.includes("#")) {
      HASHTAG_NAME.lastIndex = 0;
      for (let m = HASHTAG_NAME.exec(text); m; m = HASHTAG_NAME.exec(text))
        if (GIVEN_NAME_SET.has(m[1]))
          add(m.index, m.index + m[0].length, 0.8, "name in a hashtag", m[1]);
    }
    LOWER_NAME_AT_PLACE.lastIndex = 0;
    for (
      let m = anyWord(post, LOWER_NAME_PLACE_GATE) ? LOWER_NAME_AT_PLACE.exec(text) : null;
      m;
      m = LOWER_NAME_AT_PLACE.exec(text)
    ) {
      const proper = m[1][0].toUpperCase() + m[1].slice(1);
      if (GIVEN_NAME_SET.has(proper))
        add(m.index, m.index + m[0].length, 0.8, "name at bed", proper);
    }
    // Names as a ward list writes them: "OKONJO, Grace", "ASPIN J, ROTHWELL K", "Patel R, Patel S".
    if (LISTED_NAME_GATE.test(text)) {
      LISTED_NAME.lastIndex = 0;
      let listed = 0;
      const hits: RegExpExecArray[] = [];
      for (let m = LISTED_NAME.exec(text); m; m = LISTED_NAME.exec(text)) {
        const surname = m[1] ?? m[4];
        if (NOT_A_LISTED_SURNAME.has(surname.toUpperCase())) continue;
        const proper = surname[0] + surname.slice(1).toLowerCase();
        if (!nameLike(proper)) continue;
        hits.push(m);
        if (m[1] !== undefined) listed++;
      }
      // A surname in capitals ("OKONJO, Grace", "ASPIN J") is a list entry on its own; a
      // capitalised surname with an initial ("Patel R") only when the post lists two or more.
      if (listed > 0 || hits.length >= 2)
        for (const m of hits) add(m.index, m.index + m[0].length, 0.8, "listed name", m[0]);
    }
    if (post.digits >= 2 && (post.words.has("year") || post.words.has("yr"))) {
      OLD_AGE_THEN_NAME.lastIndex = 0;
      for (let m = mayExec(OLD_AGE_THEN_NAME, text); m; m = OLD_AGE_THEN_NAME.exec(text)) {
        const s = m.index + m[0].length - m[1].length;
        if (!nameLike(m[1]) || /^my\b/i.test(m[0])) continue;
        add(s, s + m[1].length, 0.8, "name with age", m[1]);
      }
    }
    if (post.digits >= 2 && OLD_AGE_LATER.test(text)) {
      NAME_THEN_OLD_AGE.lastIndex = 0;
      for (let m = mayExec(NAME_THEN_OLD_AGE, text); m; m = NAME_THEN_OLD_AGE.exec(text)) {
        const s = m.index;
        // One age, one person: the first name-like word before it ("Colonel Hartley … Korea
        // today, 94" is Hartley's).
        if (!nameWhereItStands(m[1], s)) {
          NAME_THEN_OLD_AGE.lastIndex = s + m[1].length;
          continue;
        }
        if (
          OWN_KIN_BEFORE.test(text.slice(Math.max(0, s - 25), s)) ||
          VOLUNTEER_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
          ROLE_AFTER.test(text.slice(s + m[1].length, s + m[1].length + 40)) ||
          nearest(text, s, s + m[1].length, STAFF_CUES, 30) < Infinity
        )
          continue;
        const run = /^[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?/.exec(text.slice(s))![0];
        add(s, s + withoutPossessive(run).length, 0.8, "name with age", withoutPossessive(run));
      }
    }

    if (anyWord(post, HONORIFIC_GATE)) {
      HONORIFIC_AT.lastIndex = 0;
      for (let m = mayExec(HONORIFIC_AT, text); m; m = HONORIFIC_AT.exec(text)) {
        if (!nameLike(m[1]) || NOT_A_SURNAME.has(m[1])) continue;
        add(m.index, m.index + m[0].length, 0.85, "titled name at bed", m[1]);
      }
    }

    if (post.words.has("patient") || post.words.has("resident")) {
      NAME_THEN_PATIENT.lastIndex = 0;
      for (let m = mayExec(NAME_THEN_PATIENT, text); m; m = NAME_THEN_PATIENT.exec(text)) {
        const skip = nameOffset(m[1]);
        const s = m.index + skip;
        if (skip < 0 || staffBefore(s) || ROLE_BEFORE.test(text.slice(Math.max(0, s - 25), s)))
          continue;
        add(s, m.index + m[1].length, 0.85, "my patient", m[1].slice(skip));
      }
    }
    CARED_FOR_NAME.lastIndex = 0;
    const caredForName = anyWord(post, CARED_FOR_NAME_GATE);
    for (
      let m = caredForName ? CARED_FOR_NAME.exec(text) : null;
      m;
      m = CARED_FOR_NAME.exec(text)
    ) {
      const nameStart = m.index + m[0].length - m[1].length;
      // Every word must be a name ("discharged Tuesday", "looked after Ward 5" are not).
      if (m[1].split(/[ \t]+/).some((w) => !nameLike(w))) continue;
      // "Thank you to nurse Amy", "I spoke to nurse Amy": there "nurse" is her title, not the verb.
      if (m[0].startsWith("to nurse")) {
        const before = text.slice(Math.max(0, m.index - 45), m.index + 3);
        if (PRAISED.test(before) || TALKED_TO.test(before)) continue;
      }
      // The verb ("to nurse") is inside the span, so it is not read as a staff word.
      if (!notStaff(m.index, m.index + m[0].length, 80)) continue;
      add(nameStart, m.index + m[0].length, 0.8, "name with a care event", m[1]);
    }

    if (anyWord(post, MY_PATIENT_GATE)) {
      MY_PATIENT.lastIndex = 0;
      for (let m = mayExec(MY_PATIENT, text); m; m = MY_PATIENT.exec(text)) {
        const first = m[1].split(/[ \t]+/)[0];
        if (!nameLike(first)) continue;
        const nameAt = m.index + m[0].length - m[1].length;
        if (ROLE_WHO_BEFORE.test(text.slice(Math.max(0, nameAt - 70), nameAt))) continue;
        add(m.index, m.index + m[0].length, 0.85, "my patient", m[1]);
      }
    }

    {
      if (post.digits > 0 && mayHaveNameAge(text)) {
        NAME_AGE.lastIndex = 0;
        for (let m = mayExec(NAME_AGE, text); m; m = NAME_AGE.exec(text)) {
          const skip = nameOffset(m[1]);
          const s = m.index + skip;
          if (
            skip < 0 ||
            Number(m[2]) > 110 ||
            // "Pat, 42 years in the NHS": how long someone has served, not their age.
            SERVICE_YEARS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ||
            ROLE_BEFORE.test(text.slice(Math.max(0, s - 25), s)) ||
            animalBefore(s)
          )
            continue;
          // "Dr X, 45, consultant" is staff; "Eric (94) on our ward asked the consultant" is not.
          // A role heading the post ("LD nurse here: Jamie (27)…") is the writer's.
          const t = withoutHead(text, HEAD.exec(text), s);
          const professional = Math.min(
            nearest(t, s, m.index + m[0].length, PROFESSIONAL, 40),
            nearest(t, s, m.index + m[0].length, STAFF_CUES, 40),
          );
          // No colleague is 9 or 93: "Shoutout to Poppy (9) on Dolphin ward" is for a patient.
          const age = Number(m[2]);
          if (
            age > 16 &&
            age < 75 &&
            professional < Infinity &&
            professional <= nearest(text, s, m.index + m[0].length, CARE_NEAR, 40)
          )
            continue;
          // Except a volunteer: "Volunteer of the month: Brenda, 86, who pushes the library trolley".
          if (age >= 75 && VOLUNTEER.test(text.slice(Math.max(0, s - 60), s + 100))) continue;
          add(s, m.index + m[1].length, 0.85, "name with age", m[1].slice(skip));
        }
      }
      if (anyWord(post, EVENT_GATE)) {
        NAME_EVENT.lastIndex = 0;
        for (let m = mayExec(NAME_EVENT, text); m; m = NAME_EVENT.exec(text)) {
          const skip = nameOffset(m[1]);
          const s = m.index + skip;
          if (skip < 0 || staffBefore(s) || TITLE_BEFORE.test(text.slice(Math.max(0, s - 6), s)))
            continue;
          // "Kelly admitted 9 patients", "Sophie discharged the whole bay": the named person does
          // the admitting (no "was", and the verb has an object).
          const e = m.index + m[0].length;
          if (
            !/\b(?:was|got|been|being|is|'s)\b/.test(m[0].slice(m[1].length)) &&
            DOES_THE_CARE.test(text.slice(e, e + 30))
          )
            continue;
          add(s, m.index + m[1].length, 0.8, "name with a care event", m[1].slice(skip));
        }
      }
      if (text.includes("'s") || text.includes("’s")) {
        if (anyWord(post, OWNS_GATE)) {
          NAME_OWNS.lastIndex = 0;
          for (let m = mayExec(NAME_OWNS, text); m; m = NAME_OWNS.exec(text)) {
            const skip = nameOffset(m[1]);
            const s = m.index + skip;
            if (skip < 0 || staffBefore(s) || TITLE_BEFORE.test(text.slice(Math.max(0, s - 6), s)))
              continue;
            const end = m.index + m[1].length;
            // "Blackpool's liver unit": a place's service, not a person's organ.
            if (
              /^[ \t]+(?:unit|ward|clinic|department|service|team|centre)\b/i.test(
                text.slice(m.index + m[0].length, m.index + m[0].length + 12),
              )
            )
              continue;
            // The clinical word itself is care: only staff words nearer than it rule the name out.
            if (!notStaff(s, end, 60)) continue;
            add(s, end, 0.8, "name with something clinical", m[1].slice(skip));
          }
        }
        if (anyWord(post, KIN_GATE)) {
          NAME_OF_KIN.lastIndex = 0;
          for (let m = mayExec(NAME_OF_KIN, text); m; m = NAME_OF_KIN.exec(text)) {
            if (
              !nameLike(m[1]) ||
              staffBefore(m.index) ||
              TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))
            )
              continue;
            const end = m.index + m[1].length;
            if (!careNearer(m.index, m.index + m[0].length, 140)) continue;
            // "Zainab's dad died… anyone doing a card, she's back in 3 weeks": a colleague's loss.
            if (COLLEAGUE_NEWS.test(text)) continue;
            add(m.index, end, 0.75, "name of a relative's patient", m[1]);
          }
        }
      }
      if (anyWord(post, KIN_GATE)) {
        RELATIVE_NAME.lastIndex = 0;
        for (let m = mayExec(RELATIVE_NAME, text); m; m = RELATIVE_NAME.exec(text)) {
          if (!/^[A-Z]/.test(m[1]) || !nameLike(m[1])) continue;
          const nameStart = m.index + m[0].length - m[1].length;
          if (!notStaff(nameStart, m.index + m[0].length, 160)) continue;
          add(nameStart, m.index + m[0].length, 0.8, "relative", m[1]);
        }
      }
      if (anyWord(post, KIN_GATE) || anyWord(post, MY_KIN_GATE)) {
        MY_KIN_NAME.lastIndex = 0;
        for (let m = mayExec(MY_KIN_NAME, text); m; m = MY_KIN_NAME.exec(text)) {
          const skip = nameOffset(m[1]);
          if (skip !== 0) continue;
          const nameStart = m.index + m[0].length - m[1].length;
          const end = m.index + m[0].length;
          if (careNearer(nameStart, end, 120)) add(nameStart, end, 0.75, "relative", m[1]);
          // The rule counts an own relative only in a message to the Trust, whose staff are not
          // the relative's: "your district nurses were meant to visit my mother Sheila Barnes…
          // housebound with a wound".
          else if (ownKinCared(nameStart, end)) add(nameStart, end, 0.75, "own relative", m[1]);
        }
        // "My daughter Lily-Mae (she's 6) was seen in your ED": a first name alone, which only a
        // message to the Trust makes a patient's (the rule drops it from staff posts).
        MY_KIN_FIRST.lastIndex = 0;
        for (let m = mayExec(MY_KIN_FIRST, text); m; m = MY_KIN_FIRST.exec(text)) {
          if (!nameLike(m[1]) || NOT_A_SURNAME.has(m[1])) continue;
          const nameStart = m.index + m[0].length - m[1].length;
          if (
            !careNearer(nameStart, m.index + m[0].length, 120) &&
            !ownKinCared(nameStart, m.index + m[0].length)
          )
            continue;
          // Someone else's words quoted ("a Facebook post by Angela Moss: 'my husband Keith
          // spent 3 nights on Ward 11…'"): their relative, not the writer's.
          const quoted = QUOTED_FROM_OTHER.test(text.slice(Math.max(0, m.index - 70), m.index));
          add(nameStart, m.index + m[0].length, 0.75, quoted ? "relative" : "own relative", m[1]);
        }
      }
      if (post.words.has("name")) {
        NAME_STATED.lastIndex = 0;
        for (let m = mayExec(NAME_STATED, text); m; m = NAME_STATED.exec(text)) {
          if (nameOffset(m[1]) !== 0) continue;
          const nameStart = m.index + m[0].length - m[1].length;
          const end = m.index + m[0].length;
          // "the porter who helped me… his name was Tony": staff anywhere near are named too.
          if (nearest(text, m.index, end, STAFF_CUES, 120) !== Infinity) continue;
          if (!careNearer(nameStart, end, 120)) continue;
          add(nameStart, end, 0.8, "name stated", m[1]);
        }
      }
      if (anyWord(post, KIN_GATE) || post.words.has("friend") || post.words.has("neighbour")) {
        KIN_OF_NAME.lastIndex = 0;
        for (let m = mayExec(KIN_OF_NAME, text); m; m = KIN_OF_NAME.exec(text)) {
          const skip = nameOffset(m[1]);
          if (skip !== 0 || !/^[A-Z]/.test(m[1])) continue;
          const nameStart = m.index + m[0].length - m[1].length;
          if (!careNearer(nameStart, m.index + m[0].length, 120)) continue;
          add(nameStart, m.index + m[0].length, 0.8, "relative", m[1]);
        }
      }
      if (post.words.has("friend")) {
        FRIEND_IN_CARE.lastIndex = 0;
        for (let m = mayExec(FRIEND_IN_CARE, text); m; m = FRIEND_IN_CARE.exec(text)) {
          if (nameOffset(m[1]) !== 0) continue;
          const nameStart = m.index + m[0].indexOf(m[1]);
          add(nameStart, nameStart + m[1].length, 0.8, "relative", m[1]);
        }
      }
      if ((text.includes("s'") || text.includes("s’")) && post.words.has("the")) {
        PLURAL_FAMILY.lastIndex = 0;
        for (let m = mayExec(PLURAL_FAMILY, text); m; m = PLURAL_FAMILY.exec(text)) {
          if (!nameLike(m[1].slice(0, -1)) || NOT_A_SURNAME.has(m[1].slice(0, -1))) continue;
          if (!notStaff(m.index, m.index + m[0].length, 120)) continue;
          add(m.index, m.index + m[0].length, 0.8, "relative", m[1]);
        }
      }
      if (post.words.has("bed") && anyWord(post, UNNUMBERED_BED_GATE)) {
        UNNUMBERED_BED.lastIndex = 0;
        for (let m = mayExec(UNNUMBERED_BED, text); m; m = UNNUMBERED_BED.exec(text)) {
          if (m[1] !== undefined && (!nameWhereItStands(m[1], m.index) || staffBefore(m.index)))
            continue;
          if (STAFF_AT_PLACE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length)))
            continue;
          add(m.index, m.index + m[0].length, 0.85, m[1] ? "name at bed" : "person at bed", m[1]);
        }
      }
      if (anyWord(post, FAMILY_WORDS)) {
        NAMED_FAMILY.lastIndex = 0;
        for (let m = mayExec(NAMED_FAMILY, text); m; m = NAMED_FAMILY.exec(text)) {
          if (!nameLike(m[1]) || NOT_A_SURNAME.has(m[1])) continue;
          if (
            !careNearer(m.index, m.index + m[0].length, 120) &&
            !FAMILY_MEMBER_CARED_FOR.test(text.slice(m.index, m.index + 200))
          )
            continue;
          add(m.index, m.index + m[0].length, 0.8, "relative", m[0]);
        }
      }
      if (post.words.has("the") && /\b[Tt]he[ \t]+[A-Z][a-z]{2,}s[ \t]/.test(text)) {
        PLURAL_SURNAME.lastIndex = 0;
        for (let m = PLURAL_SURNAME.exec(text); m; m = PLURAL_SURNAME.exec(text)) {
          const surname = m[1].slice(0, -1);
          if (PLURAL_NOT_FAMILY.has(m[1].toLowerCase()) || GIVEN_NAME_SET.has(m[1])) continue;
          if (!nameLike(surname) || NOT_A_SURNAME.has(surname)) continue;
          if (!careNearer(m.index, m.index + m[0].length, 80)) continue;
          add(m.index, m.index + m[0].length, 0.8, "relative", m[0]);
        }
      }
      const onWard = anyWord(post, NAME_ON_WARD_GATE) || WARD_NUMBER.test(text);
      const inYours =
        (post.words.has("your") && anyWord(post, YOUR_SERVICE_GATE)) ||
        post.words.has("caseload") ||
        post.words.has("list");
      for (const re of [onWard && NAME_ON_WARD, inYours && NAME_IN_YOUR_SERVICE]) {
        if (!re) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const skip = nameOffset(
            m[0].slice(
              0,
              m[0].search(
                /,[ \t]|[ \t]+(?:is|was|are|back|still|now|up|down|over|doing|getting|on|in|from|off|under)[ \t]/,
              ),
            ),
          );
          const s = m.index + Math.max(0, skip);
          // An age no colleague has: "Happy 100th birthday to our Edna on Elm Ward".
          const greatAge = GREAT_AGE_BIRTHDAY.test(text.slice(Math.max(0, s - 45), s));
          if (
            skip < 0 ||
            (!greatAge &&
              (staffBefore(s) ||
                ADDRESSED.test(text.slice(Math.max(0, s - 25), s)) ||
                PRAISED.test(text.slice(Math.max(0, s - 45), s))))
          )
            continue;
          const e = m.index + m[0].length;
          const care = nearest(text, s, e, CARE_NEAR, 100);
          const staff = nearest(staffText(), s, e, STAFF_CUES, 100);
          // A given name and a surname from a ward ("a purse belonging to Gloria Mensah from ward
          // 6") is a patient's unless staff words are nearer; a first name alone needs care words.
          const words = text.slice(s, e).split(/[ \t]+/);
          const fullName =
            GIVEN_NAME_SET.has(words[0]) &&
            words.length > 1 &&
            /^[A-Z]/.test(words[1]) &&
            nameLike(words[1]) &&
            !GIVEN_NAME_SET.has(words[1]) &&
            !/^(?:Ward|AMU|ITU|ICU|HDU|CCU|SDEC|A&E|ED|Resus|Majors)$/.test(words[1]);
          if (fullName ? staff <= care && staff !== Infinity : care === Infinity || care >= staff)
            continue;
          // "Thanks Sandra, Ward 6", "pass this on to Sandra Lowe, Ward 6": a ward after a comma
          // labels staff as readily as patients, so only a full name not spoken to or thanked.
          if (
            m[0].includes(",") &&
            (!fullName ||
              /\b(?:to|for|thank|thanks|from|by|with)[ \t]+$/i.test(
                text.slice(Math.max(0, s - 12), s),
              ))
          )
            continue;
          // "Muslims in your maternity unit": in a message to the Trust, a known given name or a
          // full name.
          if (re === NAME_IN_YOUR_SERVICE && !fullName && !GIVEN_NAME_SET.has(words[0])) continue;
          add(s, e, 0.8, "name on a ward", m[1]);
        }
      }
      for (const re of post.words.has("name")
        ? [KIN_IS_NAME, THEIR_NAME_IS, HE_IS_CALLED]
        : [KIN_IS_NAME, HE_IS_CALLED]) {
        if (re === KIN_IS_NAME && !anyWord(post, KIN_IS_NAME_GATE)) continue;
        if (re === HE_IS_CALLED && !post.words.has("called") && !post.words.has("named")) continue;
        re.lastIndex = 0;
        for (let m = mayExec(re, text); m; m = re.exec(text)) {
          if (!nameLike(m[1])) continue;
          const nameStart = m.index + m[0].length - m[1].length;
          if (!careNearer(nameStart, m.index + m[0].length, 160)) continue;
          // "my mum on ward 4… she's called Bernadette": only of a relative named just before.
          if (
            re === HE_IS_CALLED &&
            !RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
          )
            continue;
          // "the porter who helped me… His name was Tony": whose name is told by the post before.
          if (re === THEIR_NAME_IS && nearest(text, m.index, m.index, STAFF_CUES, 160) < Infinity)
            continue;
          add(nameStart, m.index + m[0].length, 0.8, "relative", m[1]);
        }
      }
    }

    // A post typed all in lower case: "shoutout to gladys on ward 5 who turned 100". A known given
    // name at a bed, bay or ward, with care words nearer than staff words.
    if (!HAS_CAPITALISED_WORD.test(text)) {
      LOWER_NAME_AT.lastIndex = 0;
      for (let m = mayExec(LOWER_NAME_AT, text); m; m = LOWER_NAME_AT.exec(text)) {
        const name = m[1][0].toUpperCase() + m[1].slice(1);
        if (!GIVEN_NAME_SET.has(name) || LOWER_NOT_NAMES.has(m[1])) continue;
        const e = m.index + m[0].length;
        const atBed = !/ward$/.test(m[0].replace(/[ \t]?\d+[a-z]?$/, ""));
        // On a ward, the care words must follow ("gladys on ward 5 who turned 100"): staff are on
        // wards too.
        const after = text.slice(e, e + 60);
        const care = nearest(after, 0, 0, atBed ? CARE_NEAR : LOWER_WARD_CUES, 60);
        const staff = nearest(after, 0, 0, STAFF_CUES, 60);
        if (atBed ? staff < care : care === Infinity || staff <= care) continue;
        if (staffBefore(m.index)) continue;
        add(m.index, e, 0.8, "name at bed", name);
      }
    }

    // A nickname in quotes where a patient is: "'Preacher' from the Shrubbery is back in
    // seclusion", "'Scooter Steve' from Margate seafront, back on our ward".
    if (text.includes("'") || text.includes("‘")) {
      QUOTED_NICKNAME.lastIndex = 0;
      for (let m = mayExec(QUOTED_NICKNAME, text); m; m = QUOTED_NICKNAME.exec(text)) {
        const s = m.index + 1;
        const e = s + m[1].length;
        if (!nameLike(m[1].split(/[ \t]/)[0]) || staffBefore(m.index)) continue;
        if (!careNearer(m.index, m.index + m[0].length, 80)) continue;
        add(s, e, 0.8, "nickname with patient cues", m[1]);
      }
    }

    // "my lovely patient bernard on ward 6": a known given name after "my patient", all lower case.
    if (
      !HAS_CAPITALISED_WORD.test(text) &&
      (post.words.has("patient") || post.words.has("visit"))
    ) {
      MY_PATIENT_LOWER.lastIndex = 0;
      for (let m = mayExec(MY_PATIENT_LOWER, text); m; m = MY_PATIENT_LOWER.exec(text)) {
        const name = m[1][0].toUpperCase() + m[1].slice(1);
        if (!GIVEN_NAME_SET.has(name) || LOWER_NOT_NAMES.has(m[1])) continue;
        const e = m.index + m[0].length;
        add(e - m[1].length, e, 0.8, "my patient", name);
      }
    }

    // A patient described, then spoken to by name: "the most demanding patient on the ward …
    // Father Dominic we love you but please go home", "one of our longest-serving patients … Ron,
    // you'd have loved it". Only where no colleague's role is named at all, since staff posts
    // end the same way to a colleague ("our HCA Sean passed his course, so proud of you Sean").
    if (
      anyWord(post, VOCATIVE_GATE) &&
      (testIfMay(ONE_PATIENT_CUES, text) || ONE_OF_OUR_PATIENTS.test(text)) &&
      !testIfMay(STAFF_ROLE, text)
    ) {
      VOCATIVE.lastIndex = 0;
      for (let m = VOCATIVE.exec(text); m; m = VOCATIVE.exec(text)) {
        const name = m[1] ?? m[2];
        const start = m.index + m[0].indexOf(name);
        // A known given name, or any name after "Father" or "Uncle".
        if (
          !(GIVEN_NAME_SET.has(name) || /^(?:Father|Uncle|Auntie|Nana|Grandad)\b/.test(m[0])) ||
          !nameLike(name)
        )
          continue;
        add(start, start + name.length, 0.75, "patient spoken to", name);
      }
    }

    if (
      anyWord(post, VOCATIVE_GATE) &&
      anyWord(post, READER_GATE) &&
      !testIfMay(STAFF_ROLE, text)
    ) {
      const caredFor = testIfMay(READER_CARED_FOR, text);
      READER_VOCATIVE.lastIndex = 0;
      for (let m = READER_VOCATIVE.exec(text); m; m = READER_VOCATIVE.exec(text)) {
        const start = m.index + m[0].indexOf(m[1]);
        const end = start + m[1].length;
        if (!caredFor && !DESCRIBED_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
          continue;
        if (m[1].split(/[ \t]+/).some((w) => !nameLike(w))) continue;
        if (nearest(text, start, end, STAFF_CUES, 120) !== Infinity) continue;
        add(start, end, 0.75, "patient spoken to", m[1]);
      }
    }

    // A name read out of a record's fields: "Surname: Christmas. First name: Noel."
    if (
      careInPost &&
      (post.words.has("surname") || post.words.has("forename") || post.words.has("name"))
    ) {
      NAME_FIELD.lastIndex = 0;
      for (let m = NAME_FIELD.exec(text); m; m = NAME_FIELD.exec(text)) {
        const first = m[1].split(/[ \t]+/)[0];
        if (NOT_A_SURNAME.has(first) || !nameLike(first) || FIELD_VALUE_WORDS.has(first)) continue;
        const s = m.index + m[0].length - m[1].length;
        add(s, m.index + m[0].length, 0.8, "name in a record field", m[1]);
      }
    }

    // A patient's social media handle: "@mollyy_rose2007 you were the bravest patient on the
    // ward", "follow @jayden.recovers, our lad from ward 7". Organisations' handles are not.
    if (text.includes("@")) {
      // Whose accounts the post says they are, read once for all its handles.
      const patientsAccount = PATIENTS_ACCOUNT.test(text);
      const tagging = TAGGED_US.exec(text);
      // (Not "our student nurse Kat tagged us in her story".)
      const tagged =
        tagging !== null &&
        !testIfMay(STAFF_CUES, text.slice(Math.max(0, tagging.index - 60), tagging.index));
      HANDLE.lastIndex = 0;
      for (let m = mayExec(HANDLE, text); m; m = HANDLE.exec(text)) {
        if (ORG_HANDLE.test(m[1]) || STAFF_HANDLE.test(m[1])) continue;
        const end = m.index + m[0].length;
        // The writer's own account ("my Insta @nurse_becca") is not a patient's.
        if (OWN_ACCOUNT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // "his insta is @…", "insta is @…": someone else's account, introduced; then care anywhere
        // in the post says whose ("…after his bypass with us last year").
        // "our favourite patient's insta … @dazza_41": the post says whose account it is.
        if (patientsAccount) {
          add(m.index, end, 0.75, "social media handle", m[1]);
          continue;
        }
        // "She tagged us in her story: '@jess_h my nurses on Ward 4…'": the patient's own words
        // quoted, so their nurses are not the account's owner; care anywhere in the post says whose.
        const reach =
          tagged || THEIRS_INTRODUCED.test(text.slice(Math.max(0, m.index - 30), m.index))
            ? text.length
            : 80;
        const care = Math.min(
          nearest(text, m.index, end, HANDLE_CUES, reach),
          caredForInPost() ? nearest(text, m.index, end, BEING_CARED_FOR, reach) : Infinity,
          reach > 80 ? nearest(text, m.index, end, ONE_PATIENT_CUES, reach) : Infinity,
          reach > 80 ? nearest(text, m.index, end, WITH_US, reach) : Infinity,
        );
        if (care === Infinity || (!tagged && nearest(text, m.index, end, STAFF_CUES, 80) <= care))
          continue;
        add(m.index, end, 0.75, "social media handle", m[1]);
      }
    }

    // "baby Zion", "Baby Amira Khan born at 03:41": a newborn named in a maternity post.
    if (post.words.has("baby") && anyWord(post, BIRTH_GATE)) {
      BABY_NAME.lastIndex = 0;
      for (let m = mayExec(BABY_NAME, text); m; m = BABY_NAME.exec(text)) {
        const name = m[1].split(/[ \t]+/);
        if (!nameLike(name[0]) || NOT_A_SURNAME.has(name[0])) continue;
        if (OWN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        // "Welcome to the world, baby Theo! Congratulations to our own midwife Sam": a colleague's.
        if (COLLEAGUE_BABY.test(text)) continue;
        const s = m.index + m[0].length - m[1].length;
        add(s, m.index + m[0].length, 0.8, "name with a care event", name[0]);
      }
    }

    // WAS_ON_WARD reads a slice of the text, whose end may cut a word ("ward|robe"): so the test
    // before it is for the letters anywhere in the text, not for whole words.
    let wasOnWard: boolean | undefined;
    // HIS_CARE_LATER reads "his" or "her"; the audience heading is the post's, not a name's.
    const hisOrHer = post.words.has("his") || post.words.has("her");
    let audience: RegExpExecArray | null | undefined;
    GIVEN.lastIndex = 0;
    for (let m = mayExec(GIVEN, text); m; m = GIVEN.exec(text)) {
      // "Tony's story": the possessive is not part of the name.
      if (!GIVEN_NAME_SET.has(withoutPossessive(m[1]))) {
        if (m[2] !== undefined) GIVEN.lastIndex = m.index + m[1].length;
        continue;
      }
      const hasSurname = m[2] !== undefined && nameLike(m[2]) && !GIVEN_NAME_SET.has(m[2]);
      // "a very enthusiastic Jack Russell": dog breeds and drinks named like people.
      if (hasSurname && NAMED_LIKE_PEOPLE.has(m[0])) continue;
      // "the Rose Suite", "the Lily Clinic": a place named after someone.
      if (PLACE_AFTER_NAME.test(text.slice(m.index + m[1].length, m.index + m[1].length + 30)))
        continue;
      const workAfter = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (hasSurname && /['’]s$/.test(m[2]) && WORK_AFTER.test(workAfter)) continue;
      const end = hasSurname ? m.index + m[0].length : m.index + m[1].length;
      if (!hasSurname) GIVEN.lastIndex = end;
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      // "took Doreen from ward 3 down for her scan": a porter or crew moving a patient.
      const moved = MOVED_BEFORE.test(before) && FOR_A_TEST_AFTER.test(text.slice(end, end + 60));
      const hisCareLater = hisOrHer && HIS_CARE_LATER.test(text.slice(end, end + 200));
      if (
        // "our Daniel… been his nurse": "our" is the writer's patient's, not a colleague's.
        (STAFF_TITLE_BEFORE.test(before) && !(hisCareLater && /\b[Oo]ur[ \t]+$/.test(before))) ||
        TITLE_BEFORE.test(before) ||
        ADDRESSED.test(before) ||
        TITLE_OF_A_WORK.test(before) ||
        (PRAISED.test(text.slice(Math.max(0, m.index - 45), m.index)) &&
          !PATIENT_AFTER.test(text.slice(end, end + 50)) &&
          !hisCareLater) ||
        (!moved && FROM_A_DEPARTMENT.test(text.slice(end, end + 40))) ||
        ROLE_AFTER.test(text.slice(end, end + 40)) ||
        CARING_FOR_A_PATIENT.test(text.slice(end, end + 50))
      )
        continue;
      // A unit or treatment counts after the name only: "Alfie on PICU", not "a nurse on ICU, Claire".
      UNIT_CUES.lastIndex = 0;
      const unit = UNIT_CUES.exec(text.slice(end, end + 32));
      const patientAfter = PATIENT_AFTER.test(text.slice(end, end + 50));
      // "Kemi's birthday cake", "Bev's off next week": a first name's possessive is everyday talk
      // about colleagues, so only care the person is receiving counts for it.
      const possessive = !hasSurname && /['’]s$/.test(m[1]);
      const care = Math.min(
        patientAfter ? 0 : Infinity,
        possessive
          ? Infinity
          : nearest(text, m.index, end, hasSurname ? NOUN_PATIENT_CUES : ONE_PATIENT_CUES, 90),
        caredForInPost() ? nearest(text, m.index, end, BEING_CARED_FOR, 60) : Infinity,
        // "…She was on our ward till Thursday": read only in the words after the name.
        (wasOnWard ??= WARD_LETTERS.test(text)) && WAS_ON_WARD.test(text.slice(end, end + 70))
          ? 40
          : Infinity,
        unit && !possessive ? unit.index : Infinity,
        CARE_FOR.test(before) || VISIT_TO_BEFORE.test(before) ? 0 : Infinity,
        HIS_MEDICINE.test(text.slice(end, end + 60)) ? 10 : Infinity,
        oldAgeAfter(text.slice(end, end + 50)) &&
          !VOLUNTEER.test(text.slice(Math.max(0, m.index - 60), end + 80))
          ? 0
          : Infinity,
        moved ? 0 : Infinity,
        LOST_BEFORE.test(before) ? 0 : Infinity,
        hisCareLater ? 0 : Infinity,
      );
      if (care === Infinity || animalBefore(m.index)) continue;
      if (!hasSurname && STAFF_NEWS_AFTER.test(text.slice(end, end + 80))) continue;
      // "Massive shout out to Tracey and Abdul in the discharge lounge who got 46 people home":
      // thanked for work done for others, so staff ("shoutout to Keith in the discharge lounge
      // who's been waiting since 9" is a patient).
      if (
        !hasSurname &&
        PRAISED.test(text.slice(Math.max(0, m.index - 45), m.index)) &&
        DID_FOR_OTHERS_AFTER.test(text.slice(end, end + 60))
      )
        continue;
      const staff = nearest(
        hasSurname ? withoutHead(text, (audience ??= AUDIENCE_HEAD.exec(text)), m.index) : text,
        m.index,
        end,
        STAFF_CUES,
        60,
      );
      if (staff <= care) continue;
      add(
        m.index,
        end,
        hasSurname ? 0.8 : 0.7,
        hasSurname ? "full name with patient cues" : "given name with patient cues",
        m[0],
      );
    }
    return found.sort((a, b) => a.start - b.start);
  },
};

// Posts often end a sentence with an emoji instead of a full stop; emoji are astral characters,
// so a surrogate pair counts as an end too, once: its high half (counting the low half as well
// made the sentence after an emoji empty).
const isSentenceEnd = (c: string) => {
  const code = c.charCodeAt(0);
  return c === "." || c === "!" || c === "?" || c === "\n" || (code >= 0xd800 && code <= 0xdbff);
};

const PERSON_WINDOW = 120;

/** Where the sentence holding `at` starts, looking back no further than `floor`. */
function sentenceStartBefore(text: string, at: number, floor: number): number {
  const lo = Math.max(0, floor);
  for (let i = at - 1; i >= lo; i--) if (isSentenceEnd(text[i])) return i + 1;
  return lo;
}

/** Just after the end of the sentence holding `at`, looking no further than `ceiling`. */
function sentenceEndAfter(text: string, at: number, ceiling: number): number {
  const hi = Math.min(text.length, ceiling);
  for (let i = at; i < hi; i++) if (isSentenceEnd(text[i])) return i + 1;
  return hi;
}

/** The gates in front of the patterns above, with the patterns they guard: for the soundness test. */
export const gatesForTests = {
  withoutPossessive,
  mayHaveNameAge,
  /** [gate on the whole text, the patterns it guards] */
  wordGated: [
    { words: LOWER_TITLE_GATE, patterns: [LOWER_TITLE] },
    { words: CARED_FOR_NAME_GATE, patterns: [CARED_FOR_NAME] },
    { words: NAME_ON_WARD_GATE, also: WARD_NUMBER, patterns: [NAME_ON_WARD] },
    { words: YOUR_SERVICE_GATE, patterns: [NAME_IN_YOUR_SERVICE] },
    { words: KIN_IS_NAME_GATE, patterns: [KIN_IS_NAME] },
  ],
  NUMBERED_PLACE,
  placePatterns: [DESCRIBED_AT_PLACE, NAME_AT_PLACE, INITIALS_AT_PLACE, BARE_PLACE],
  NAME_AGE,
  WARD_LETTERS,
  WAS_ON_WARD,
};
