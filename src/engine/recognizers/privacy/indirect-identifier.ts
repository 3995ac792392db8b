// Indirect identifiers (MC-SS01 §4.3): no name, but details that together single a patient out.
// A person in a care setting plus enough of: an age, a place, an incident, a condition, a time.
// A rare condition or "the only teenager on our unit" (small numbers) weighs double, a public
// figure ("a Strictly finalist") one and a half; a time alone is half. Who someone is in the town
// is one point, one more with where it is done: a job ("the postman from Whitstable") or a role
// said as a clause or at a named place ("the bloke who calls the numbers at the Mecca bingo", "the
// receptionist at the Premier Inn"). Two points identify:
// "the 97-year-old from Rye who came in after the house fire on Saturday" does, "a patient told
// me today" does not. The author's own relatives ("my nan") are not counted.
import { rememberLast } from "../../last-post.js";
import { cutDeep, execIfMay, testIfMay } from "../../signals/cue-gate.js";
import { SENTENCE_REACH } from "../information/phrases.js";
import type { CustomRecognizer, Entity } from "../recognizer.js";
import { analyse, anyWord, type PostAnalysis } from "./analysis.js";
import { fictionOrHistory } from "./not-a-patient.js";
import { CARE_WORDS, careOpen, nearest, STAFF_CUES } from "./people.js";
import { STAFF_AT_PLACE } from "./person-in-care.js";
import {
  CALENDAR_WORDS,
  CARE_EVENTS,
  CARE_PLACES,
  countDigits,
  minDigits,
  SINGLE_RELATIVES,
  STAFF_ROLES,
  wordsRegex,
} from "./vocabulary.js";

// Trades, shops, offices, faith, sport and stage: jobs the town knows someone by ("the joiner from
// Alston", "the retired headmistress of Cwm Primary"). The last word of each is in every match,
// so it opens the person search (OCCUPATION_GATE). Plain words only.
const TOWN_JOBS = [
  "joiner",
  "carpenter",
  "bricklayer",
  "brickie",
  "plasterer",
  "decorator",
  "tiler",
  "glazier",
  "locksmith",
  "stonemason",
  "thatcher",
  "blacksmith",
  "farrier",
  "mechanic",
  "welder",
  "labourer",
  "docker",
  "miner",
  "steelworker",
  "trucker",
  "chauffeur",
  "paperboy",
  "gardener",
  "groundsman",
  "greenkeeper",
  "gamekeeper",
  "shepherd",
  "farmhand",
  "tree surgeon",
  "chimney sweep",
  "chef",
  "baker",
  "fishmonger",
  "greengrocer",
  "florist",
  "newsagent",
  "barista",
  "waitress",
  "waiter",
  "bartender",
  "cashier",
  "postmaster",
  "postmistress",
  "estate agent",
  "magistrate",
  "accountant",
  "banker",
  "surveyor",
  "architect",
  "councillor",
  "librarian",
  "lecturer",
  "professor",
  "deputy head",
  "teaching assistant",
  "childminder",
  "youth worker",
  "scout leader",
  "pastor",
  "bishop",
  "monk",
  "nun",
  "organist",
  "bellringer",
  "bell ringer",
  "referee",
  "athlete",
  "paralympian",
  "olympian",
  "golfer",
  "swimmer",
  "marathon runner",
  "dj",
  "singer",
  "musician",
  "drummer",
  "guitarist",
  "pianist",
  "violinist",
  "actor",
  "actress",
  "comedian",
  "tattooist",
  "groomer",
  "zookeeper",
  "coastguard",
  "pcso",
  "detective",
  "prison officer",
  "bailiff",
  "park ranger",
  "janitor",
  "influencer",
  "youtuber",
];
// What someone does outside the hospital, or who they are in the town: "the lollipop lady from
// St Mary's", "the postman from Whitstable", "the lifer on C wing". Staff jobs are not here (a
// porter or nurse in a post is mostly a colleague). Named as the person, the job is a detail
// that narrows who it is, as an age or a town does.
const OCCUPATION_WORDS = [
  "postman",
  "postwoman",
  "postie",
  "milkman",
  "binman",
  "(?:lollipop|crossing) (?:lady|man)",
  "dinner lady",
  "caretaker",
  "head ?teacher",
  "headmaster",
  "headmistress",
  "(?<!clinical )teacher",
  "landlord",
  "landlady",
  "publican",
  "barmaid",
  "barman",
  "farmer",
  "fisherman",
  "builder",
  "scaffolder",
  "roofer",
  "plumber",
  "electrician",
  "security guard",
  "bouncer",
  "doorman",
  "vicar",
  "priest",
  "imam",
  "rabbi",
  "firefighter",
  "fireman",
  "policeman",
  "policewoman",
  "police officer",
  "soldier",
  "ex-(?:marine|soldier|para|army|navy|raf|boxer|footballer|copper|miner)",
  "lifeboat (?:volunteer|crew(?:man)?|cox)",
  "lifeguard",
  "vet",
  "window cleaner",
  "bin ?man",
  "shopkeeper",
  "hairdresser",
  "barber",
  "(?<!(?:estates|biomedical|medical|clinical|it|ebme|maintenance|network|software|support) )engineer",
  "dog walker",
  "drag queen",
  "lifer",
  "(?:bus|taxi|lorry|hgv|van|delivery|cab|train|tractor) driver",
  "(?:retired |ex-|former )?(?:met |local )?copper",
  "bride",
  "groom",
  "prisoner",
  "inmate",
  "detainee",
  "(?:cricket|football|rugby|netball|darts|club) captain",
  ...TOWN_JOBS,
  // Known from a local shop or pub: "the lady from the flower shop on Preston Street".
  "(?:lady|man|woman|bloke|girl|guy|lad|fella|chap|dad|mum|boy|couple|pair) (?:from|at|who works (?:at|in)) the (?:[a-z'’-]+ ){0,2}(?:club|church|mosque|chapel|temple|choir|lodge|shop|pub|chippy|cafe|salon|bakery|garage|post office|newsagents?|takeaway|launderette|bookies|florists?|corner shop|offy|off licence|hairdressers|barbers|nail bar|car wash|dry cleaners|petrol station|supermarket|kebab (?:shop|van)|burger van|market stall|stall|vape shop|tattoo (?:shop|parlour|studio)|gym|bank|car dealers?|carpet shop|chemist|(?:[a-z]+ )?(?:place|yard|depot|works|warehouse|factory))",
];
// Jobs read only by the job search (OCCUPATION), not by the person search that every gated post
// runs (PERSON): phrases with classes or look-arounds, slow to try at every position.
const MORE_JOBS = [
  // "the Paralympic hopeful from Loughborough".
  "(?:olympic|paralympic|commonwealth games) (?:hopeful|athlete|champion|medallist|swimmer|cyclist|rower|runner)",
  // Gig and brand jobs: "the Deliveroo rider", "the Amazon driver", "a courier".
  "(?:deliveroo|uber ?eats|just eat|amazon|dpd|evri|hermes|royal mail|ocado|tesco|asda|sainsbury['’]?s|food delivery|delivery) (?:rider|driver|courier|van driver|man|guy|lad)",
  "courier",
  // A reporter as the one treated ("the Kent Online reporter was in with a broken wrist"); one
  // asking staff for a story is media contact, not care (MEDIA_ASK).
  "(?:online|messenger|gazette|herald|echo|news|times|post|mercury|argus|chronicle|express) (?:reporter|journalist|photographer)",
  "(?:ferry|ship|boat|fishing boat|tug|trawler|lifeboat) (?:captain|skipper)",
  "skipper",
  "(?:rail|railway|train|bus|southern rail|southeastern) (?:conductor|guard|worker)",
  "conductor",
  "(?:owner|landlord|landlady|manager|boss|chef) of the (?:[a-z'’]+ ){0,2}(?:restaurant|shop|pub|cafe|takeaway|salon|garage|chippy|bakery|hotel|bar|club|gym|curry house|indian|chinese|pizzeria|bank|building society|post office|supermarket|petrol station|cinema|bowling alley|leisure centre|football club|school)",
  // "the manager of the Barclays in Herne Bay": a business named by its brand and its town.
  "(?:owner|landlord|landlady|manager(?<!(?:ward|deputy|duty|bed|site|practice|team|unit) manager)|boss) of the [a-z'’&-]+(?: [a-z'’&-]+)?(?= (?:in|on|at|opposite|by|near) )",
  // Veterans and other lives people are known for: "a Bletchley codebreaker", "the D-Day veteran".
  "(?:d-day|ww2|ww1|war|falklands|normandy|gulf war|korean war|army|navy|raf) veteran",
  "codebreaker",
  "spitfire pilot",
  "(?:airline|helicopter|fighter|spitfire) pilot",
  "(?:lady|man|woman|girl|guy|lad|bloke|fella) (?:from|on|at|who works on) (?:the )?(?:[a-z'’-]+ ){0,2}(?:checkouts?|tills?|deli counter|fish counter|front desk|door)",
  "cabbie",
  "dustman",
  "traffic warden",
  // "the retired RSPB warden from Minsmere", "the lock keeper at Bingley".
  "(?:rspb|national trust|park|countryside|reserve|game|church|dog|lock|light ?house) (?:warden|ranger|keeper)",
  "(?:plays|played|playing) (?:rugby|football|cricket|netball|hockey|darts|pool|bowls|snooker) for",
  "(?:driving|swimming|yoga|dance|karate|piano|guitar|fitness|ski) (?:instructor|teacher)",
  // "the Chinese takeaway owner from Strood": a business and its owner.
  "(?:shop|pub|cafe|café|restaurant|takeaway|chippy|garage|salon|bakery|bar|hotel|farm|van|stall|gym|nursery|kennels|cattery) (?:owner|landlord|landlady|manager)",
  // "the goalie for Dover Athletic", "the striker at Gillingham".
  "(?:goalie|goalkeeper|keeper|striker|defender|winger|midfielder|(?:left|right|centre)[- ](?:back|half)|fly-half|prop|jockey|boxer|darts player|footballer|rugby player|cricketer) (?:for|at|of|from)",
  // "the ref who sent your son off at Sunday league".
  "(?:referee|(?<=the )ref(?= who))",
];
const OCCUPATION = wordsRegex([...OCCUPATION_WORDS, ...MORE_JOBS]);
// "the woman who runs the dog grooming place", "the bloke who owns the chippy".
// (Running a care home or a ward is a job in care, said of the provider, not of a patient.)
const RUNS_A_PLACE =
  /\bwho(?:se[ \t]+(?:mum|dad|wife|husband|son|daughter|partner|brother|sister))?[ \t]+(?:runs|run|owns|own|manages|manage|drives|sings[ \t]+(?:at|in)|plays[ \t]+(?:at|in)|works[ \t]+(?:at|in|behind|for)|(?:cleans|cooks|serves|teaches|coaches|volunteers|helps[ \t]+out|sells[ \t]+(?:the[ \t]+)?[A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?|does[ \t]+(?:the[ \t]+)?[a-z]+)[ \t]+(?:at|in|behind|for|outside|by)|used[ \t]+to[ \t]+(?:run|own|manage|teach[ \t]+at|work[ \t]+at))[ \t]+(?:the[ \t]|a[ \t])?(?!(?:[A-Za-z'’]+[ \t]+){0,3}(?:care home|nursing home|ward|hospital|clinic|practice|pharmacy|surgery|unit|service|team|trust|nhs|a&e|ed|icu|itu|theatres?|maternity|resus)\b|(?:our|my|your|us|here|nights|home|a&e|ed|icu|itu|theatres?|maternity|resus)\b)/i;
// What someone does, said of them, at a named place or a named kind of place: "works in Boots",
// "works behind the bar at the Crown", "runs the barber's on Fenwick Street", "teaches at the dance
// school", "plays second row for the rugby club". LOCATED_AFTER then reads where it is ("on the
// high street in Newark"). Said of the writer or their family it is not counted; said of a
// hospital or care place, it is staff.
const KIN_SUBJECT = `(?:${SINGLE_RELATIVES.join("|")}|husband|wife|partner|boyfriend|girlfriend|friend|mate|neighbour|other half)`;
const WORKS_AT = new RegExp(
  `(?<!\\b(?:I|[Ww]e|[Tt]hey|[Yy]ou|(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)[ \\t]+${KIN_SUBJECT}(?:[ \\t]+[A-Z][a-z]+)?)[ \\t]+)\\b(?:works|worked|runs|ran|owns|owned|teaches|taught|coaches|plays|played|manages|managed)[ \\t]+` +
    `(?!(?:[A-Za-z'’]+[ \\t]+){0,3}(?:care[ \\t]+home|nursing[ \\t]+home|ward|hospital|clinic|practice|pharmacy|surgery|unit|trust|nhs|a&e|icu|itu|theatres?|maternity|resus|Royal|General|Infirmary|Hospital|Trust|NHS|ICU|ITU|HDU|A&E|ED|Ward|Resus|Theatres?|Maternity|Pharmacy)\\b)` +
    `(?:(?:at|in|for|behind)[ \\t]+(?:the[ \\t]+)?(?:[a-z]+[ \\t]+){0,2}?(?:at[ \\t]+(?:the[ \\t]+)?)?[A-Z][A-Za-z'’&-]+` +
    `|the[ \\t]+[a-z'’-]+(?:[ \\t]+[a-z'’-]+)?(?=[ \\t]+(?:on|in|at|by|near|opposite)[ \\t])` +
    `|(?:[a-z-]+[ \\t]+){0,2}(?:for|at)[ \\t]+the[ \\t]+(?:[a-z-]+[ \\t]+){0,2}(?:school|club|team|academy|college|nursery|gym|studio|band|choir))`,
);
const WORKS_GATE: ReadonlySet<string> = new Set(
  "works worked runs ran owns owned teaches taught coaches plays played manages managed".split(" "),
);
// "Jodie from the nail bar in Ashford": a first name and the business where they work.
const NAMED_FROM_BUSINESS =
  /\b[A-Z][a-z]{2,}[ \t]+(?:from|at)[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}(?:shop|bar|salon|parlour|studio|cafe|pub|garage|bakery|chippy|takeaway|launderette|bookies|florists?|newsagents?|car wash|dry cleaners|barbers|hairdressers|post office|butchers)\b/;
const RUNS_GATE: ReadonlySet<string> = new Set([
  "run",
  "own",
  "manage",
  "does",
  "cleans",
  "cooks",
  "serves",
  "teaches",
  "coaches",
  "volunteers",
  "helps",
  "sells",
  "runs",
  "owns",
  "manages",
  "works",
  "drives",
  "sings",
  "plays",
  "used",
]);
const OCCUPATION_GATE: ReadonlySet<string> = new Set([
  ..."referee ref back olympic paralympic instructor goalie goalkeeper keeper striker defender winger midfielder half prop jockey boxer footballer cricketer vet online messenger gazette herald echo news times post mercury argus chronicle express reporter journalist photographer manager boss pair veteran codebreaker pilot club church mosque chapel temple choir lodge cinema ferry ship boat trawler tug skipper rail railway train conductor guard owner chef restaurant hotel club checkout checkouts tills deli counter desk deliveroo uber eat amazon dpd evri hermes royal ocado tesco asda sainsbury sainsburys delivery courier cabbie dustman warden petrol supermarket kebab burger stall vape tattoo gym bank dealer dealers carpet chemist rugby football cricket netball hockey darts pool bowls snooker shop pub chippy cafe salon bakery garage newsagent newsagents takeaway launderette bookies florist florists offy cleaner bin postman postwoman postie milkman binman lollipop crossing dinner driver copper bride groom caretaker headteacher head headmaster headmistress teacher landlord landlady publican barmaid barman farmer fisherman builder scaffolder roofer plumber electrician security bouncer doorman vicar priest imam rabbi firefighter fireman policeman policewoman police soldier ex lifeboat lifeguard shopkeeper hairdresser barber butcher engineer walker drag lifer prisoner inmate detainee captain runs owns manages works bar parlour studio wash cleaners barbers hairdressers butchers ranger keeper".split(
    " ",
  ),
  ...TOWN_JOBS.map((job) => job.slice(job.lastIndexOf(" ") + 1)),
]);
// Broad words that open the person search only when a job phrase is found.
const JOB_OPENERS: ReadonlySet<string> = new Set(
  "owner manager boss pair ferry tug checkout checkouts tills deli pilot choir mosque deputy".split(
    " ",
  ),
);
// Words of the job phrases too common to open the person search on their own.
const BROAD_JOB_WORDS: ReadonlySet<string> = new Set(
  "ref back eat uber amazon dpd evri hermes ocado tesco asda sainsbury sainsburys royal football pool hockey netball bowls cricket rugby darts snooker owner manager boss pair checkout checkouts tills deli choir mosque pilot ferry tug online messenger gazette herald echo news times post mercury argus chronicle express runs owns manages works ex head dinner security police dog drag crossing lollipop club church chapel temple lodge cinema ship boat rail railway train guard chef restaurant hotel club desk counter deliveroo uber eat amazon tesco asda sainsbury sainsburys delivery royal petrol supermarket kebab burger stall vape tattoo gym bank dealer dealers carpet chemist rugby football cricket netball hockey darts pool bowls snooker shop pub chippy cafe salon bakery garage newsagent newsagents takeaway launderette bookies florist florists offy driver".split(
    " ",
  ),
);
const PERSON_WORDS = [
  "man",
  "woman",
  "lady",
  "gent",
  "gentleman",
  "bloke",
  "fella",
  "lad",
  "girl",
  "boy",
  "guy",
  "chap",
  "baby",
  "baby (?:girl|boy)",
  "toddler",
  "teenager",
  "teen",
  "pensioner",
  "old boy",
  "old dear",
  "patient",
  "newborn",
  "young man",
  "young woman",
  "grandad",
  "grandma",
  "twins",
  "triplets",
  "mum",
  "dad",
  "mother",
  "father",
  "couple",
  "family",
  "student",
  "schoolboy",
  "schoolgirl",
  "pregnant woman",
  "mum-to-be",
  "cyclist",
  "frequent (?:caller|flyer|flier|attender)",
  "hoarder",
  "(?:that|the|this) address",
  "the one who",
  "centenarian",
  "nonagenarian",
  "rider",
  "motorcyclist",
  "biker",
  "driver",
  "pedestrian",
  "jogger",
  "climber",
  "walker",
  "worker",
  "pupil",
  "service user",
  "inpatient",
  "resident",
  "client",
  "child",
  "kid",
  "youngster",
  "infant",
  "little one",
  "wee one",
  "little (?:man|lady|fella|princess|soldier|warrior|fighter|mite)",
  "(?:our|a|the) regular",
  // "the husband keeps falling out of bed": a patient's family, said with "the".
  "the (?:husband|wife|widow|widower)",
  ...OCCUPATION_WORDS,
  "courier",
  "cabbie",
  "dustman",
  "skipper",
  "conductor",
  "codebreaker",
  "ferry captain",
  "ship captain",
  "boat captain",
];
const PERSON = wordsRegex(PERSON_WORDS);
// Who someone is, said as a clause about them: a local role ("the bloke who calls the numbers at
// the Mecca bingo in Rotherham", "the lady who feeds the swans on the canal by Sowerby Bridge") or
// an incident ("the bin man who got crushed in the lorry in Kidderminster"), with a named place in
// the clause. Read only in a post with "who" in it; the verb says which it is ("calls", "always
// comes": a role; "got", "crashed": an incident). Either counts only when care is said of someone
// (CARED_FOR), not when a ward word is only where the writer works.
const WHO_PERSONS = PERSON_WORDS.filter((w) => /^[a-z -]+$/.test(w) && !/\b(?:the|who)\b/.test(w));
const WHO_CLAUSE = new RegExp(
  `\\b[Tt]he[ \\t]+(?:[A-Za-z'’-]+[ \\t]+){0,2}?(${WHO_PERSONS.join("|")}|brothers|sisters|one|[a-z]{3,}(?:er|or|ist|ian|ess))(?:[ \\t]+(?:from|in|at)[ \\t]+[A-Z][a-z]+|[ \\t]+(?:with|in|on|from)[ \\t][^.!?\\n]{0,50}?)?[ \\t]+who(?:['’]d|['’]s[ \\t]+been|[ \\t]+(?:always|still|usually|regularly|also|once|used[ \\t]+to|has[ \\t]+been|had))?[ \\t]+([a-z]+)\\b(?=[^.!?\\n]{0,60}?\\b(?:at|in|on|round|around|outside|by|from|near|opposite|behind|off)[ \\t]+(?:the[ \\t]+|his[ \\t]+own[ \\t]+|her[ \\t]+own[ \\t]+)?([A-Z][a-z]{2,}|[AM]\\d{1,4}\\b))`,
  "g",
);
// Verbs that say nothing of who someone is, or say what they did for or to the staff.
const WHO_NOT_ROLE: ReadonlySet<string> = new Set(
  "is was has had been be in on at with here there a the not now just says said needs wants seems looks thinks comes came goes went lives stays sits waits lies likes loves hates knows believes means deserves asks asked tells told complains complained refuses refused helped visited visits donated donates thanked thanks gave gives sent sends bought buys paid pays raised raises organised organises made makes brought brings looked looks saw sees treated nursed cared delivered stitched met meets worked trained qualified spat shouted swore attacked abused assaulted threatened punched kicked screamed wrote writes rang called phoned emailed messaged won wins turned turns died passed".split(
    " ",
  ),
);
// Jobs in care and its teams: the one who does them is a colleague, not the one cared for.
const STAFF_AGENTS: ReadonlySet<string> = new Set(
  "doctor registrar consultant surgeon physiotherapist pharmacist porter receptionist housekeeper manager director educator mentor preceptor coordinator co-ordinator cleaner phlebotomist anaesthetist radiographer sonographer therapist practitioner paramedic carer worker volunteer officer supervisor administrator member leader partner helper visitor chaplain counsellor interpreter technician physician clinician psychiatrist psychologist dentist hygienist optometrist dietitian dietician paediatrician orthoptist podiatrist chiropodist audiologist student trainer lecturer inspector assessor auditor governor commissioner councillor minister speaker".split(
    " ",
  ),
);
const WHO_PAST: ReadonlySet<string> = new Set(
  "got fell ran broke hit drove stole swam took rode flew threw caught bit shot lost crashed sank slipped".split(
    " ",
  ),
);
const CARE_PROVIDER_AFTER =
  /^[ \t]+(?:the[ \t]+|a[ \t]+|our[ \t]+|your[ \t]+)?(?:[A-Za-z'’]+[ \t]+){0,3}(?:care[ \t]+home|nursing[ \t]+home|residential[ \t]+home|hospital|hospice|surgery|practice|pharmacy|clinic|infirmary|medical[ \t]+centre|health[ \t]+centre|ward|trust|nhs)\b/i;
const GOT_NOT =
  /^[ \t]+(?:arrested|married|engaged|sacked|fired|promoted|elected|divorced|nicked|caught|banned|jailed|sent[ \t]+down)\b/i;
// Someone known by what they do at a named place: "the receptionist at the Premier Inn", "the
// organist at St Peter's", "the harpist from the Eisteddfod", "the skipper of one of the Brixham
// trawlers". The match ends at the role, so LOCATED_AFTER reads the place after it.
const ROLE_AT_RE =
  /(?:\b[Tt]he[ \t]+(?:[a-z]+[ \t]+){0,2}?|(?:^|[.!?:\n][ \t]*)(?:(?:retired|former|local|ex)[ \t]+)?)([a-z]{3,}(?:er|or|ist|ian|ess)|[Cc]aptain|[Ss]kipper|[Cc]ox|dame|crier|judge|DJ)(?=[ \t]+(?:at|from|of|in|for)[ \t]+(?:one[ \t]+of[ \t]+)?(?:the[ \t]+)?(?:St\.?[ \t]+)?[A-Z][a-z]{2,})/g;
const ROLE_AT_GATE: ReadonlySet<string> = new Set(["at", "from", "of", "in", "for"]);
// Places that are hospitals or care: the one who works there is staff.
const HOSPITAL_WORDS: ReadonlySet<string> = new Set(
  "Royal General Infirmary Hospital Trust Spire Nuffield".split(" "),
);
const HOSPITAL_AFTER =
  /^[ \t]+(?:at|from|of|in|for)[ \t]+(?:one[ \t]+of[ \t]+)?(?:the[ \t]+)?(?:Royal|General|Infirmary|Hospital|Trust|NHS|Spire|Nuffield|Priory|Queen|Queens|Princess|Prince|King|Kings|University|Uni|Health|Medical|Ambulance|College|Council|Department|Home|Office|Ministry|Board)\b/;
// Words shaped like a role that name none ("the other", "the number"), or a role that is no one
// the town knows by it ("the winner of", "the author of", "the owner of": the last is a job).
const NOT_ROLE: ReadonlySet<string> = new Set(
  "other number corner border order letter matter water weather winter summer manner dinner paper member minister chancellor leader partner supporter winner writer author editor founder chair user owner".split(
    " ",
  ),
);
/** The first "the <role> at/from/of <Place>" in `text`, or null. */
const roleAt = rememberLast((text: string): RegExpExecArray | null => {
  ROLE_AT_RE.lastIndex = 0;
  for (let m = ROLE_AT_RE.exec(text); m; m = ROLE_AT_RE.exec(text)) {
    const role = m[1].toLowerCase();
    if (NOT_ROLE.has(role) || (STAFF_AGENTS.has(role) && role !== "receptionist")) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
    if (HOSPITAL_AFTER.test(after)) continue;
    const object = after.replace(/^[ \t]+(?:at|from|of|in|for)(?:[ \t]+one[ \t]+of)?/, "");
    if (CARE_PROVIDER_AFTER.test(object)) continue;
    const place = /([A-Z][a-z]{2,})(?:[ \t]+([A-Z][a-z]{2,}))?/.exec(after);
    if (
      place !== null &&
      (NOT_PLACE.has(place[1]) ||
        NEWS_TITLES.has(place[1]) ||
        (place[2] !== undefined && NEWS_TITLES.has(place[2])))
    )
      continue;
    return m;
  }
  return null;
});
// Papers named by their title: "in the Gazette" is where a story is, not where someone is.
const NEWS_TITLES: ReadonlySet<string> = new Set(
  "Gazette Echo Post Times Mirror Sun Mail Telegraph Guardian Express Star Herald News Chronicle Argus Standard Observer Independent Metro Advertiser Mercury".split(
    " ",
  ),
);
const STAFF_BEFORE = new RegExp(
  `\\b(?:our|my|a|an|one[ \\t]+of[ \\t]+(?:our|the|my))[ \\t]+(?:[a-z]+[ \\t]+)?(?:${STAFF_ROLES.join("|")})s?\\b[^.!?\\n]*$`,
  "i",
);
// "the lady who runs the Thai stall used to be a nurse on our unit": a former colleague.
const WAS_STAFF_AFTER = new RegExp(
  `^[^.!?\\n]{0,60}?\\b(?:used[ \\t]+to[ \\t]+be|was|is)[ \\t]+(?:a|an|one[ \\t]+of[ \\t]+our)[ \\t]+(?:[a-z]+[ \\t]+)?(?:${STAFF_ROLES.join("|")})s?[ \\t]+(?:on|in|at|with)[ \\t]+(?:our|the|this)\\b`,
  "i",
);
const WHO_HABIT_BEFORE =
  /who(?:['’]s[ \t]+been|[ \t]+(?:always|still|usually|regularly|used[ \t]+to|has[ \t]+been))[ \t]+[a-z]+$/;
/** The first "the <person> who <verb>s … at <Place>" clause: a local role or an incident. */
const whoClause = rememberLast(
  (text: string): { role: RegExpExecArray | null; incident: RegExpExecArray | null } => {
    let role: RegExpExecArray | null = null;
    let incident: RegExpExecArray | null = null;
    WHO_CLAUSE.lastIndex = 0;
    for (let m = WHO_CLAUSE.exec(text); m && !(role && incident); m = WHO_CLAUSE.exec(text)) {
      const verb = m[2].toLowerCase();
      const place = m[3];
      if (
        WHO_NOT_ROLE.has(verb) ||
        NOT_PLACE.has(place) ||
        NEWS_TITLES.has(place) ||
        HOSPITAL_WORDS.has(place)
      )
        continue;
      // "one of our physios (the tall one who does the back class)": a colleague.
      if (STAFF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (STAFF_AGENTS.has(m[1].toLowerCase())) continue;
      // "the guy who runs the Brookside Care Home": the provider of care, not one receiving it.
      if (CARE_PROVIDER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 90)))
        continue;
      // "got arrested", "got married": not an injury or a known incident.
      if (
        verb === "got" &&
        GOT_NOT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        continue;
      if (WHO_HABIT_BEFORE.test(m[0]) || (/[^s]s$/.test(verb) && verb.length > 3)) role ??= m;
      else if (/ed$/.test(verb) || WHO_PAST.has(verb)) incident ??= m;
    }
    return { role, incident };
  },
);

const PERSON_ALL = new RegExp(PERSON.source, "gi");
const DIGIT = /\d/;
const AGE_WORDS: ReadonlySet<string> = new Set(
  "teenage teenager teens twenties thirties forties fifties sixties seventies eighties nineties something".split(
    " ",
  ),
);
const SHE_IS_AGE = /\b(?:he|she)(?:['’]s|[ \t]is)[ \t](?:only[ \t]|just[ \t])?\d/i;
const MONTHS_OLD = /\d[ -]?(?:year|month|week|day)[ -]old\b/i;
const AGE_GLUED = /\d ?(?:yo|yrs?|y\/o)\b/i;
// The clinical shorthand for age and sex: "Pt 72M", "84F, Whitby". Capital M or F only: "72m" is
// metres or millions.
const AGE_SEX = /(?<![£$€\d.,])\b(?:1[6-9]|[2-9]\d|1[01]\d)[MF]\b/;
const LITTLE_PERSON = /\blittle (?:one|man|lady|fella|princess|soldier|warrior|fighter|mite)\b/i;
const KIN_PERSON = /^(?:mum|dad|mother|father|baby|family|boy|girl|twins|triplets|couple)/i;
const OWN = /\b(?:my|our)[ \t]+(?:\w+[ \t]+)?$/i;
// Ages said in words or after a place ("teenage girl", "Year 7 boy", "turns 95", "she's 93",
// "Tankerton, 71,"): read only when one of their words or shapes is in the post.
const AGE_BASE =
  /\b\d{1,3}[ -]?(?:years?|yrs?)[ -]old\b|\b(?:lady|man|gent|gentleman|woman|fella|chap|bloke)[ \t]+of[ \t]+(?:[2-9]\d|1[01]\d)\b(?![ \t]*(?:%|years?|yrs?))|\b\d{1,2}[ -]?(?:months?|weeks?|days?)[ -]old\b(?![ \t]+(?:bread|food|sandwich|sandwiches|pizza|milk|coffee|tea|cake|curry|leftovers|chips|socks|scrubs|news))|\b[1-9]0s[ \t](?:male|female|man|woman|lady|gent|bloke)\b|\b(?:is|was|age)[ \t]\d{1,2}(?=[ \t]*(?:,|and\b|from\b))|\b\d{1,3}[ -]?y\/?o\b|\baged[ \t]\d{1,3}\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-something\b|\bin (?:his|her|their) (?:\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b(?:man|woman|lady|gent|gentleman|male|female|boy|girl|lad|patient|pt|prisoner|inmate|resident|client|service user),?[ \t]\(?\d{1,3}\)?(?=[ \t]*[,;:)]|[ \t]+(?:from|found|with|who|and)\b)/gi;
const AGE_ALL = new RegExp(
  AGE_BASE.source +
    "|" +
    /\bteenage[ \t](?:girl|boy|lad|lass|lads|girls|mum|dad)\b|\b[Yy]ear[ \t](?:[1-9]|1[0-3])[ \t](?:boy|girl|pupil|student|lad|kid)\b|\bturn(?:s|ed|ing)?[ \t](?:[2-9]\d|10\d)(?![\d%])\b|\b(?:he|she)(?:['’]?s|[ \t]is)[ \t](?:only[ \t]|just[ \t])?(?:1[6-9]|[2-9]\d|10\d)\b(?![ \t]*(?:weeks?|wks?|days?|months?|mins?|minutes?|hours?|hrs?|%|am|pm|foot|feet|ft|stone|st|kg|miles?|quid|pounds?|p)\b|[:./]\d)|\b[A-Z][A-Za-z'’]+,[ \t](?:1[6-9]|[2-9]\d|10\d)(?=,)|\bteenager\b|\b(?:girl|boy|lad|pupil|student|kid)\b[^.!?\n]{0,25}?\bin[ \t][Yy]ear[ \t](?:[1-9]|1[0-3])\b|\b(?:centenarian|nonagenarian)\b/
      .source,
  "gi",
);
const WORDY_AGE_GATE: ReadonlySet<string> = new Set(
  "teenage year turn turns turned turning centenarian nonagenarian".split(" "),
);
const COMMA_AGE = /[A-Za-z'’],[ \t]\d\d\d?,/;
const CARE = wordsRegex([
  ...CARE_PLACES,
  ...CARE_EVENTS,
  "on shift",
  "on nights",
  "came in(?! to (?:help|cover|work|sing|play|perform|visit|see us|drop|bring|volunteer|talk|teach|bless|pray))",
  "in resus",
  "x-ray",
  "scan",
  "triaged",
  // Being treated for something acute or on a specialist unit is care too.
  "gave birth",
  // An ambulance job is care: "blue lighted", "on scene", "conveyed", "ROSC", "found on her floor".
  "blue[ -]?light(?:ed|ing)?",
  "on scene",
  "conveyed",
  "rosc",
  "cpr",
  "rt[ac]s?",
  "helimed",
  "air ambulance",
  "flown to",
  "cath lab",
  "arrested",
  "paramedics?",
  "ambulance",
  "999",
  "theatre",
  "long lie",
  "found (?:on|in) (?:the|her|his|their) (?:[a-z]+ )?floor",
  "home visit",
  "(?:is|are|now|finally|back) home",
  "home now",
  "district nurs(?:e|es|ing)",
  "sectioned",
  "stillbirth",
  "stillborn",
  "born sleeping",
  "born asleep",
  "miscarriage",
  "lost (?:their|her|his) (?:baby|babies|twins|son|daughter|child)",
  "stroke",
  "heart attack",
  "cardiac arrest",
  "seizure",
  "sepsis",
  "hasu",
  "asu",
  "nicu",
  "scbu",
  "picu",
  "hdu",
  "burns unit",
  "trauma unit",
  // Ambulance, community and mental health work: "crewed to", "job of the night", "on my caseload".
  "crewed",
  "job of the (?:shift|night|day)",
  "caseload",
  "camhs",
  // Walk-in, urgent treatment and dental care; sedation is only ever given in care.
  "(?:in|into|at|to) (?:the |our |a )?(?:walk-in(?: centre)?|urgent treatment centre)",
  "dental emergency",
  "dentist",
  "in with",
  "comes in",
  "in hospital",
  "hospital (?:meal|bed|gown|food|stay)",
  "porter(?:ing)? run",
  // Therapy services call patients clients: "one of my clients", "IAPT".
  "one of (?:my|our) (?:patients|clients|service users|residents)",
  "iapt",
  "talking therapies",
  // A patient's fall again: "same gentleman, same fall".
  "(?:same|another) fall",
  "on (?:home )?dialysis",
]);
// More care, read only when one of its words is in the post (CARE is read on most posts).
const CARE_MORE = wordsRegex([
  // Prison healthcare: "back on the healthcare unit", "in healthcare on D wing".
  "healthcare (?:unit|wing|centre)",
  "(?:in|to|on) healthcare",
  // District and practice nursing: "dressing for the ex-boxer", "his leg wound".
  "dressings?(?: change)? (?:for|on|to)",
  "(?:his|her|their) (?:wound|dressings?|leg ulcers?|pressure (?:sore|ulcer)s?)",
  // "in with chest pain", "scanned", "made it home": being seen or going home from care.
  // The writer's service named at the top ("Radiographer here:", "GP:", "111 call handler:"):
  // whoever the post then describes is someone they saw.
  "radiograph(?:er|y)",
  "physio(?:s|therapy|therapist)?",
  "health visit(?:or|ors|ing)",
  "school nurs(?:e|ing)",
  "gp",
  "111",
  "call handler",
  "opticians?",
  "optometrist",
  "pharmacist",
  "occupational therap(?:y|ist)",
  "dietitian",
  "speech (?:and language )?therap(?:y|ist)",
  "theatres",
  "care home",
  "nursing home",
  "supported living",
  "custody",
  "diagnosed",
  "self[- ]harm(?:ed|ing)?",
  "referral",
  "seclusion",
  "nursed",
  "prison (?:nurse|healthcare|doctor|gp)",
  "had (?:his|her|their) (?:spleen|appendix|gallbladder|tonsils|cataracts?|kidney|hip|knee|leg|toe|foot) (?:out|removed|done|replaced|amputated)",
  "(?:mental health|mh|psych(?:iatric)?) liaison",
  "delivered (?:twins|triplets|a baby|her baby|a (?:baby )?(?:boy|girl))",
  "deliver(?:ed|ing)? (?:the|a|her|their) (?:baby|twins)",
  "pharmacy",
  "chemo(?:therapy)?",
  "radiotherapy",
  "transplant",
  "fell (?:again|over)",
  "(?:has )?fallen (?:again|over)",
  "(?:had|has had) (?:another|a) fall",
  "stitched (?:up )?(?:the|his|her|their|a)",
  "dental",
  "(?:on|off) (?:the|a) ventilator",
  "paeds",
  "paediatrics?",
  "wisdom teeth",
  "extract(?:ed|ion|ions)",
  "methadone",
  "outside hospital",
  "(?:glued|sutured|stapled) (?:the|his|her|their|a)",
  "scanned",
  "x-rayed",
  "made it home",
  "went home",
  "crisis (?:house|team)",
  "community (?:team|nurs(?:e|es|ing)|matron)",
  "(?:flu|covid|covid-19|booster) (?:jab|vaccine|vaccination)",
  "cmht",
  "detox(?:ing|ed)?",
  "sedation",
  "sedated",
  // Therapy, screening, dental, hearing and eye care: "hand therapy", "his crown done today".
  "therap(?:y|ies|ist)",
  "screening",
  "jabbed",
  "vaccinated",
  "immunised",
  "fillings?",
  "(?:wisdom )?tooth",
  "crown (?:fitted|done|prep)",
  "hearing (?:aids?|test|review|assessment)",
  "audiogram",
  "casualty",
  "irrigated",
  "(?:kitchen|home|falls|mobility|memory|capacity|hearing|continence|swallow(?:ing)?) assessment",
  "registered (?:[a-z]+ )?(?:blind|sight impaired|partially sighted)",
  "pressure mapping",
  "wheelchair services",
  // A school nurse's drop-in, and a pregnancy told to them.
  "drop-?in",
  "(?:\\d{1,2} weeks )?pregnant",
  // Dermatology and fertility: "patch testing this week", "positive test for our IVF couple".
  "patch test(?:s|ing|ed)?",
  "ivf",
  "egg collection",
  "embryo transfer",
  // "took 6 teeth out under GA".
  "under (?:a )?ga",
  // "born at Furness General", "newborn hearing screens", "back for his nusinersen today".
  "born (?:at|in) (?:the )?(?!(?:our|my|this|a) )(?:[a-z']+ ){1,2}(?:general|hospital|infirmary|royal|maternity|birth centre)",
  "(?:newborn |hearing |heel prick )screens?",
  "back for (?:his|her|their) [a-z]+ (?:today|again|tomorrow|this morning)",
  "general anaesthetic",
]);
const CARE_MORE_GATE: ReadonlySet<string> = new Set(
  "ventilator paeds paediatric paediatrics fallen dental wisdom extracted extraction extractions methadone outside stitched glued sutured stapled deliver delivering dressing dressings wound ulcer ulcers nursed spleen appendix gallbladder tonsils cataract cataracts prison liaison delivered pharmacy chemo chemotherapy radiotherapy transplant fell fall sedation sedated healthcare detox detoxing detoxed scanned rayed made went crisis cmht community radiographer radiography physio physios physiotherapy physiotherapist health school gp 111 opticians optician optometrist pharmacist occupational dietitian speech theatres care nursing supported custody diagnosed self harm harmed harming referral seclusion jab vaccine vaccination handler therapy therapies therapist screening jabbed vaccinated immunised filling fillings tooth crown hearing audiogram casualty irrigated assessment registered mapping wheelchair drop dropin pregnant ga anaesthetic born screen screens back patch ivf egg embryo".split(
    " ",
  ),
);
// Care said of the one described, read only when one of its own words is in the post.
const CARE_TAKEN = wordsRegex([
  // Taken in by the team or the department: "came through us", "under us since yesterday",
  // "is with us on the burns unit".
  "came through (?:us|triage|resus|majors|minors|the department|our department|a&e|ed)",
  "(?:is|was|are|were|been|be|came in|come in|admitted|ended up|now|still) under us",
  "under us since",
  "(?:is|are|['’]s) (?:now |still )?with us (?:on|in) (?:the|our)",
  // Treatment said of the one described: "sutured", "14 stitches", "having his knee done".
  "sutured",
  "stitched (?:up|him|her|them)",
  "(?:\\d{1,2}|his|her|their) stitches",
  "(?:treating|treated) (?:him|her|them)",
  "having (?:his|her|their) (?:[a-z]+ ){1,2}?(?:done|out|removed|reattached|repaired|replaced|set|lanced|drained)",
  "on a trolley",
  "(?:went|gone|going|goes) into labour",
  // A service named at the top of the post: "orthopaedics:", "audiology:".
  "ophthalmology",
  "orthopaedics",
  "ortho clinic",
  "urology",
  "audiology",
  "optometry",
  "radiology",
  "dermatology",
  "cardiology",
  "neonatal",
  "mortuary",
  // District nursing and ambulance shorthand: "DN visit", "ambo 0215", "cat 1 to the bowls club".
  "dn",
  "dns",
  "ambo",
  "cat [1-4] (?:to|call|job)",
  // Taken in or worked on: "the lad we had in after the quad bike crash", "we worked on him for
  // an hour", "didn't make it".
  "(?:we|i) had (?:[\\w'’-]+ ){0,8}in (?:after|with|following|for)",
  "(?:came|come|brought|taken) (?:in )?to us",
  "worked on (?:him|her|them)",
  "did(?:n['’]?t| not) make it",
  // Treatment at home or in a day unit: "IV antibiotics", "on a drip", "between doses".
  "iv (?:antibiotics|fluids|abx|iron|infusion)",
  "on (?:a|the) drip",
  "between (?:doses|infusions|cycles)",
  "(?:his|her|their) (?:infusion|chemo|dialysis|transfusion)",
]);
const CARE_TAKEN_GATE: ReadonlySet<string> = new Set(
  "had came come brought taken worked make iv drip between infusion chemo dialysis transfusion us department dn dns ambo cat sutured stitched stitches treating treated having trolley labour ophthalmology orthopaedics ortho urology audiology optometry radiology dermatology cardiology neonatal mortuary".split(
    " ",
  ),
);
/** Care words in `text` (a post or part of one whose words are `words`). */
function careIn(text: string, post: PostAnalysis): boolean {
  return (
    CARE.test(text) ||
    (anyWord(post, CARE_MORE_GATE) && CARE_MORE.test(text)) ||
    (anyWord(post, CARE_TAKEN_GATE) && CARE_TAKEN.test(text))
  );
}
const ROAD = /\b(?:[AM]\d{1,4}(?:\([M]\))?|junction[ \t]\d{1,2})\b/;
const PLACE_WORD =
  /\b(?:from|in|at|near|off|outside|on|round|around)[ \t]+(?:the[ \t]+)?([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]+)?)/g;
const NOT_PLACE = new Set([
  "Resus",
  "Ward",
  "Bed",
  "Bay",
  "Majors",
  "Minors",
  ...CALENDAR_WORDS,
  "Insta",
  "Instagram",
  "Facebook",
  "Twitter",
  "Tiktok",
  "TikTok",
  "Snap",
  "Snapchat",
  "The",
  "Our",
  "His",
  "Her",
  "Their",
  "My",
  "Your",
  "Bay",
  "Side",
  "Room",
  "Nights",
  "Days",
  "Earlies",
  "Lates",
  "Shift",
  "Placement",
  "Twitter",
  "LinkedIn",
  "Whatsapp",
  "WhatsApp",
]);
// Capitalised words before a person that are not towns: "the Royal patient", "the Christmas baby".
const NOT_A_NAME_PLACE: ReadonlySet<string> = new Set(
  "Royal Christmas Easter Strictly Love Bake Gogglebox Premier Kent Local Famous Old Young Little Poor Lovely Same Only First Last Next New Other".split(
    " ",
  ),
);
const ESTATE = /\b[A-Z][a-z]+[ \t](?:estate|village|car park)\b/;
const EVENT = wordsRegex([
  "found (?:a|the|an) (?:[a-z0-9]+ )?(?:bomb|grenade|shell|mine|body)",
  "killed",
  "shrapnel",
  "paralysed",
  // Hurt at a fixture everyone at the club saw: "in the rugby match at Canterbury RFC".
  "(?:in|at|during) (?:the|a|his|her|their|saturday's|sunday's|last night's) (?:[a-z]+ ){0,2}(?:match|game|race|bout|derby|tournament)",
  "crash",
  "crashed",
  "collision",
  "rtc",
  "rta",
  "pile-up",
  "house fire",
  "fire",
  "stabbed",
  "stabbing",
  "stab wounds?",
  "shot",
  "shooting",
  "assaulted",
  "assault",
  "attacked",
  "fell off",
  "fell from",
  "fall from",
  "overdose",
  "od'd",
  "drowned",
  "near-drowning",
  "born",
  "gave birth",
  "swallowed",
  "hit by",
  "knocked off",
  "explosion",
  "dog attack",
  "found collapsed",
  "pulled from",
  "in the (?:water|sea|river|canal|harbour)",
  "crush(?:ed)? injur(?:y|ies)",
  "lightning strike",
  "struck by lightning",
  "collapsed",
  "kicked by",
  "hunger strike",
  "climbed (?:up |onto |on )?(?:the|a)",
  "went missing",
  "was (?:missing|on the news|in the (?:paper|papers|news))",
  "fell (?:again|over)",
  "(?:had|has had) (?:another|a) fall",
  "found (?:him|her|them) on the floor",
  "burnt|burned|scalded",
  "bouncy castle",
  "fight",
  "fighting",
  "robbery",
  "fell through (?:the )?(?:ice|roof|floor|skylight)",
  "(?:armed )?raid",
  "hold-up",
  "held up at (?:knife|gun)point",
  "robbed",
  "mugged",
  "mugging",
  "burglary",
  "tragedy",
  "capsized",
  "wrapped (?:it|his car|her car|the car|their car|the van) (?:round|around)",
  "(?:bit|mauled|savaged) (?:his|her|their) (?:face|hand|arm|leg|ear|nose|lip|cheek)",
  "mauled",
  "brawl",
  "hit and run",
  "electrocuted",
  "jumped",
  "falling (?:off|from|down)",
  "found (?:on|in) (?:the|her|his|their) (?:[a-z]+ )?floor",
  "long lie",
  "(?:been|was|lain|lying) on the floor since",
  "delivered (?:a|the|her|their) baby",
  "arrested in",
  "died (?:in|on) (?:resus|a&e|majors|the ward|our ward|icu|itu|hdu|our care|the unit)",
  "lost (?:their|her|his) (?:baby|babies|twins|son|daughter|child)",
  "stillbirth",
  "sectioned",
  "(?:diving|climbing|riding|farm|quad|tractor|fishing|boating|skiing|swimming) accident",
  "broke (?:his|her|their) (?:neck|back|leg|legs|arm|arms|hip|pelvis|skull|jaw|ankle|wrist|collarbone)",
]);
const RARE = wordsRegex([
  // "the 4th case of this syndrome ever recorded in the UK": one of a handful anywhere.
  "case (?:of (?:(?:this|that|the) )?(?:[a-z'’-]+ ){1,3})?ever (?:recorded|reported|seen|diagnosed)",
  "fibrodysplasia ossificans progressiva",
  "fop",
  "progeria",
  "creutzfeldt-jakob",
  "cjd",
  "ebola",
  "lassa fever",
  "rabies",
  "leprosy",
  "anthrax",
  "diphtheria",
  "harlequin ichthyosis",
  "locked-in syndrome",
  "conjoined twins",
  "stone man syndrome",
  "kuru",
  "marburg",
  "plague",
  "botulism",
  "polio",
  "rare (?:[a-z'’-]+ ){0,2}(?:disease|condition|disorder|syndrome|cancer|tumour)",
  // "the same ultra-rare porphyria variant": rarer than rare, whatever follows.
  "(?:ultra|very|extremely|super|incredibly)[- ]rare",
  // Double-barrelled eponyms are mostly rare conditions (Ehlers-Danlos, Guillain-Barré).
  "[a-z]+-[a-z]+(?:-[a-z]+)? (?:syndrome|disease)",
  "ehlers-danlos",
  "guillain-barr[eé]",
  "stevens-johnson",
  "prader-willi",
  "charcot-marie-tooth",
  "erdheim-chester",
  "huntington'?s",
  "kabuki syndrome",
  "fascinating case",
  "never seen (?:one|a case|it) before",
  "once in a career",
  "one in a million",
  "first ever case",
  "only case",
  "first (?:case|one) (?:i'?ve|we'?ve|i have|we have) (?:ever )?seen",
  "only (?:patient|person|case|one|child|baby) (?:[a-z]+ ){0,3}in the (?:whole )?(?:country|uk|world|county|region)",
]);
const SPECIFIC_DAY =
  /\b(?:on[ \t]+)?(?:christmas[ \t]+(?:eve|day)|new[ \t]+year'?s[ \t]+(?:eve|day)|boxing[ \t]+day|bonfire[ \t]+night|(?:on|of)[ \t]+the[ \t]+\d{1,2}(?:st|nd|rd|th))\b/i;
const BED_NUMBER =
  /\b(?:bed|bay|cubicle|side ?room|room|resus|majors|cot|trolley|incubator)[ \t]?(?:\d{1,3}|[A-H])\b/gi;
// A prison's places: "on C wing", "the induction wing", "cell 14".
const WING =
  /\b(?:[A-H]|VP|[Ii]nduction|[Ss]egregation|[Hh]ealthcare)[ \t]wing\b|\b[Cc]ell[ \t]?\d{1,3}\b/g;
function bedNear(text: string, at: number, prisonPlace: boolean): boolean {
  BED_NUMBER.lastIndex = Math.max(0, at - 40);
  const m = BED_NUMBER.exec(text);
  if (m !== null && m.index <= at + 40) return true;
  if (!prisonPlace) return false;
  WING.lastIndex = Math.max(0, at - 40);
  const w = WING.exec(text);
  return w !== null && w.index <= at + 60;
}
const RARE_GENERIC = /^(?:rare|fascinating|never|once|one in|first|only)\b/i;
const CONDITION =
  /\bwith (?:a |an |the |his |her )?(?:broken|fractured|dislocated|shattered|stab|gunshot|burns?|severe|rare|leukaemia|leukemia|cancer|a tumour|brain tumour|meningitis|sepsis|cystic fibrosis|motor neurone disease|mnd|muscular dystrophy|spina bifida|cerebral palsy|anorexia|psychosis|hiv|tb|tuberculosis|cracked|burnt|burned|bleed|allergy|peanut allergy|leg ulcer|trench foot|chest infection|stroke|heart attack|seizure|smashed|(?:[a-z]+ ){1,2}(?:burn|bleed|fracture|infection))\b[^.!?\n]{0,25}/i;
// Named conditions and condition-described people, read only when one of their words is in the
// post: "with COPD", "treating ... for TB", "our renal lady", "on home dialysis".
const CONDITION_NAMED =
  /\bwith (?:copd|ms|autism|asthma|epilepsy|diabetes|parkinson['’]?s|tb|hiv|sickle cell|down['’]?s(?: syndrome)?|adhd|motor neurone|huntington['’]?s|lupus|crohn['’]?s|cf)\b|\b(?:treating|treated|being treated)(?: [a-z]+){0,2} for (?:tb|tuberculosis|hiv|hep(?:atitis)? [bc]|syphilis|scabies|measles|mumps|meningitis|cholera|malaria)\b|\b(?:renal|dialysis|cancer|oncology|chemo|stroke|cardiac|dementia|cf|sickle cell|diabetic|transplant|mnd|parkinson['’]?s|copd|cystic fibrosis|leukaemia|burns) (?:patient|lady|man|gent|gentleman|lad|girl|boy|woman|warrior|fighter|survivor)\b|\bon (?:home )?dialysis\b|\b(?:positive|reactive) (?:hiv|hep(?:atitis)? [bc]|syphilis|chlamydia|gonorrh?oea|tb) (?:result|test)\b|\b(?:hiv|hep(?:atitis)? [bc]|syphilis|chlamydia|gonorrh?oea|tb)(?: test| result| bloods?)? (?:(?:has |have )?came back |come back )?(?:positive|reactive)\b|\btested positive for (?:hiv|hep(?:atitis)? [bc]|syphilis|chlamydia|gonorrh?oea|tb)\b/i;
// A disease by its eponym: "with Kawasaki disease", "with Fabry disease", "with Cushing's".
const NAMED_DISEASE =
  /\bwith[ \t]+(?:[A-Z][a-z]+(?:['’]s)?|[a-z]+['’]s)[ \t]+(?:disease|syndrome)\b/;
const CONDITION_NAMED_GATE: ReadonlySet<string> = new Set(
  "copd ms autism asthma epilepsy diabetes parkinson parkinsons tb hiv hep hepatitis syphilis chlamydia gonorrhoea gonorrhea sickle down downs adhd motor huntington huntingtons lupus crohn crohns cf treating treated renal dialysis cancer oncology chemo stroke cardiac dementia diabetic transplant mnd cystic leukaemia burns".split(
    " ",
  ),
);
const TIME = wordsRegex([
  "today",
  "tonight",
  "last night",
  "yesterday",
  "this morning",
  "this afternoon",
  "this evening",
  "(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| afternoon)?",
  "\\d{1,2}(?::\\d\\d)? ?(?:am|pm)",
  "at \\d{1,2}(?::\\d\\d)?",
]);
// Said of nobody in particular ("had a celebrity in today, not saying who"): one of many.
const CELEB_GENERIC =
  /^(?:celebrity|celeb|someone famous|famous (?:person|face|patient|man|woman|bloke|lady)|famous local|local celebrity|someone off)$/i;
const CELEB = wordsRegex([
  "celebrity",
  "celeb",
  "famous (?:[a-z]+ )?(?:person|face|patient|man|woman|bloke|lady|guy|footballer|singer|actor|actress|chef|author|writer|dj|presenter|comedian|boxer|cricketer|player|star|musician|artist|model|politician|name|sportsman|sportswoman|athlete|jockey|rapper|influencer|queen)",
  "chef",
  "(?<!hospital )radio (?:dj|presenter)",
  "(?<!radio )dj",
  "newsreader",
  "weather (?:man|girl|lady|woman|presenter)",
  // "the guy who was on Gogglebox", "the woman who's been on Bake Off".
  "(?:bloke|man|woman|lady|girl|guy|lad|fella|couple|patient|someone|person|gent|chap) who(?:'s| was| is| has been| were| used to be| appeared) on (?:the )?(?:telly|tv|gogglebox|strictly|love island|bake off|the traitors|the apprentice|the chase|emmerdale|corrie|eastenders|hollyoaks|coronation street)",
  "(?:bloke|man|woman|lady|girl|guy|lad|fella|couple) (?:off|from) (?:the )?(?:telly|tv|gogglebox|strictly|love island|bake off|the traitors|the apprentice|the chase|emmerdale|corrie|eastenders|hollyoaks|coronation street)",
  "(?:cricket|football|rugby|netball) captain",
  "midfielder",
  "winger",
  "centre[ -](?:back|half|forward)",
  "weatherman",
  "novelist",
  "author",
  "pundit",
  "jockey",
  "darts player",
  "snooker player",
  "golfer",
  "tennis player",
  "athlete",
  "racing driver",
  "musician",
  // Known locally: "a local teacher", "the local vicar".
  "(?:(?:a|the|our) )?local (?:teacher|headteacher|head teacher|vicar|priest|imam|rabbi|gp|publican|landlord|landlady|shopkeeper|butcher|police officer|copper|firefighter|legend|business ?man|businesswoman|character|journalist|hairdresser|barber|postman|postie|lollipop (?:lady|man)|dinner lady|milkman|farmer|plumber|electrician|builder|taxi driver|bus driver|vet|dentist|pharmacist|mayor|florist|baker)",
  // Someone from a show: "that Gogglebox couple", "a Strictly pro", "a Bake Off winner".
  "(?:strictly|love island|gogglebox|bake off|x factor|the traitors|the apprentice|big brother|the voice|the chase|gladiators|dragons'? den|i'?m a celebrity|britain'?s got talent|emmerdale|corrie|coronation street|eastenders|hollyoaks) (?:pro|dancer|star|winner|contestant|finalist|judge|presenter|host|couple|family|lad|girl|bloke|lady|chaser|dragon|legend|regular)s?",
  "plays (?:football |rugby |cricket )?for (?:the )?[a-z]+(?: [a-z]+)? (?:fc|afc|united|city|town|rovers|athletic|wanderers|albion|county|rfc|ccc|rugby club)",
  "someone famous",
  "weather(?:man|girl)",
  "(?:twitch |youtube |tiktok )?streamer",
  "streams on (?:twitch|youtube|tiktok|kick)",
  "tiktoker",
  "(?:olympic|paralympic|commonwealth|world|european|british|national) (?:champion|medallist|gold medallist|swimmer|athlete|boxer|cyclist|diver|gymnast|rower|sprinter|runner|skater|sailor|judoka)",
  "paralympian",
  "council leader",
  "leader of the council",
  "(?:lord )?mayor(?! of the ward)",
  "bishop",
  "chief constable",
  // Known from a video or post everyone saw: "the chap from the Facebook video", "the girl whose
  // picture went viral", "the woman who runs the Facebook group".
  "(?:whose|who)[ \\t][^.!?\\n]{0,40}?went viral",
  "from the (?:facebook|tiktok|youtube|viral|insta|instagram|twitter) (?:video|clip|post|story|reel)",
  "runs the (?:facebook|whatsapp) (?:group|page)",
  // Known from the local paper or the news: "the Dartford man who was on the front of the paper".
  "who(?:['’]s been| was| has been| had been| were| is) (?:on|in) (?:the )?(?:news|local news|local paper|paper|papers|front (?:page|cover)|front of (?:the|a) [a-z]+)",
  "(?:united|city|town|rovers|athletic|wanderers|fc|afc|rfc) (?:captain|striker|goalkeeper|keeper|defender|midfielder|winger|manager)",
  "plays (?:the )?(?:drums|guitar|bass|keyboards?) (?:in|for)",
  "footballer",
  "premier league",
  "actor",
  "actress",
  "singer",
  "popstar",
  "pop star",
  "finalist",
  "strictly",
  "love island",
  "off the telly",
  "tv presenter",
  "presenter",
  "reality star",
  "reality (?:tv|telly) star",
  "(?:tv|telly) star",
  "famous local",
  "local celebrity",
  "influencer",
  // An MP's or councillor's surgery is where they meet constituents, not care.
  "mp(?!'?s surgery)",
  "soap star",
  "rapper",
  "olympian",
  "boxer",
  "cricketer",
  "rugby player",
  "striker",
  "goalkeeper",
  "goalie",
  "contestant",
  "drummer",
  "guitarist",
  "lead singer",
  "comedian",
  "youtuber",
  "famous band",
  "councillor(?!'?s surgery)",
  "someone off",
  "(?:emmerdale|corrie|coronation street|eastenders|hollyoaks)",
]);
const CELEB_VISIT = wordsRegex([
  "visit",
  "visits",
  "visited",
  "visiting",
  "opened",
  "to open",
  "donated",
  "donating",
  "came to see",
  "popped in to see",
  "signed",
  "signing",
  "fundraising",
  "charity",
  "toured",
  "tour",
  "launch",
  "launched",
  "opening",
  "met (?:the )?(?:staff|team|nurses|patients|families)",
  // Came in to do something for the staff: "came in to give a talk for wellbeing week".
  "(?:came|come|comes|coming|popped) (?:in|along|by) to (?:give|do|run|host|talk|speak|sing|perform|present|cheer|meet|say|read|judge|hand out|present)",
  "(?:gave|give|gives|giving|did|do|does|doing) (?:a|us a|the|his|her) (?:talk|speech|presentation|lecture|q&a|reading|workshop)",
]);
// The public figure's own words ("off the telly", "Love Island" name a show, not a person).
const CELEB_SHOW =
  /^(?:off the telly|strictly|love island|premier league|emmerdale|corrie|coronation street|eastenders|hollyoaks)$/i;

const CELEB_ALL = new RegExp(CELEB.source, "gi");

// Someone written to or told, not someone seen: "write to your MP", "I'll be emailing my
// councillor", "tag your MP". Or anyone's, or the writer: "ask your local pharmacist", "PSA from
// your local GP". (A public figure as the one addressed is not the one cared for.)
const ADDRESSED_BEFORE =
  /\b(?:write|writes|writing|wrote|written|letter|letters|email(?:s|ed|ing)?|e-mail(?:s|ed|ing)?|contact(?:s|ed|ing)?|complain(?:s|ed|ing)?|lobby(?:ing)?|lobbied|petition(?:s|ed|ing)?|tag(?:s|ged|ging)?|tweet(?:s|ed|ing)?|ring|rang|phone|phoned|message|messaged|messaging|tell|told|telling)[ \t]+(?:to[ \t]+)?(?:your|my|our|their|the|a|his|her)[ \t]+(?:local[ \t]+)?$|\b(?:from|ask|asking|see|visit|speak[ \t]+to|talk[ \t]+to)[ \t]+your[ \t]+$/i;

/** Whether the public figure found at `m` is only someone written to ("write to your MP"). */
function addressed(text: string, m: RegExpExecArray): boolean {
  return ADDRESSED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
}

function celebPerson(text: string): boolean {
  CELEB_ALL.lastIndex = 0;
  for (let m = CELEB_ALL.exec(text); m; m = CELEB_ALL.exec(text))
    if (!CELEB_SHOW.test(m[0]) && !addressed(text, m)) return true;
  return false;
}

/** The first public figure in `text` who is not only written to, or null. */
function celebSeen(text: string, first: RegExpExecArray | null): RegExpExecArray | null {
  if (first === null || !addressed(text, first)) return first;
  CELEB_ALL.lastIndex = first.index + first[0].length;
  for (let m = CELEB_ALL.exec(text); m; m = CELEB_ALL.exec(text)) if (!addressed(text, m)) return m;
  return null;
}

/** A public figure named as a person, with care words within a sentence's reach. */
function seenAsPatient(text: string, post: PostAnalysis): boolean {
  CELEB_ALL.lastIndex = 0;
  for (let m = CELEB_ALL.exec(text); m; m = CELEB_ALL.exec(text)) {
    if (CELEB_SHOW.test(m[0]) || addressed(text, m)) continue;
    const near = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
    if (careIn(near, post)) return true;
  }
  return false;
}

const MEDIA_ASK =
  /\b(?:ask(?:ed|ing|s)?[ \t]+(?:(?:me|us|her|him|them)[ \t]+)?(?:about|for|if|whether|to[ \t]+(?:speak|talk|chat|meet|comment|confirm))|dm['’]?d|dms?|messag\w*|emailed|rang|story|piece|interview\w*|press|comms|communications|statement|feature|chat(?:ting)?|talk(?:ing)?|meet(?:ing)?|coffee|spoke|quote|article|off the record)\b/i;
const VISITOR_ROLE =
  /\b(?:sing|sang|singing|carols?|perform(?:ed|ing)?|play(?:ed|ing)[ \t]+(?:for|to|on|the)|charity[ \t]+(?:show|gig|concert)|bless(?:ed|ing)?|pray(?:ed|ing)?|to help|came in to|visited (?:the|our|us)|visiting (?:the|our)|(?:came|come|comes|coming) (?:in )?to visit (?:the|our|us)|opened|donated|fundrais\w*)\b/i;
// "the only one for 20 miles", "the only one left": a scanner or a bed, not a person.
// "the youngest admission the unit has ever had" is one person too; "the oldest patient I ever
// nursed" is a whole career's, with no place to find them in.
const SMALL =
  /\b(?:the|our|(?:ward|unit|clinic|practice|hospital|hospice|village|town)['’]s)[ \t]+only[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:teenager|child|kid|kiddo|baby|patient|man|woman|lady|boy|girl|lad|lass|bloke|fella|gent|person|set[ \t]+of[ \t]+(?:twins|triplets|quads)|one(?![ \t]+(?:for[ \t]+\d+[ \t]*(?:miles?|km)|of[ \t]+its[ \t]+kind|left|open|working|available|in[ \t]+stock)\b))\b|\bonly (?:got |have |had |ever had )?(?:one|1) (?:patient|baby|child|kid|teenager|person|man|woman|lady)[ \t]+(?:on|in|at|with)\b|(?:^|[.!?\n][ \t]*)[Oo]nly[ \t]+(?:set[ \t]+of[ \t]+)?(?:twins|triplets|quads)[ \t]+(?:born|delivered|on|in|at)\b|\b(?:can['’]?t|cannot|can not) be more than a (?:handful|few) (?:of )?(?:cases|people|patients)\b|\b(?:aren['’]?t|are not|not) (?:many|a lot of) (?:people|patients|folk|kids|children)[ \t]+(?:on|in|at|around)[ \t]+[A-Z][a-z]+[ \t]+with\b|\bin a (?:town|village|island|community) of (?:only |just )?\d[\d,]*(?:[ \t]+people)?\b|\b(?:the|our)[ \t]+(?:longest|oldest|youngest)(?:[ \t]+ever|[ \t-]staying|[ \t-]serving|[ \t-]standing)?[ \t]+(?:[a-z]+[ \t]+)?(?:patient|resident|baby|man|woman|lady|gent|inpatient|lad|girl|boy|prisoner|inmate|service user|client|admission|mum|dad)\b(?![ \t]+I(?:[ \t]+have|['’]ve)?[ \t]+ever\b)|\bthe[ \t]+(?:tallest|shortest|heaviest|biggest|smallest|strongest|oldest|youngest)[ \t]+(?:man|woman|lady|person|bloke|boy|girl|baby|dad|mum|gent|twins)[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][a-z]+|\b(?:first|only)[ \t]+(?:set|case|baby|birth|patient|one)\b[^.!?\n]{0,40}?\bin[ \t]+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)[ \t]+years\b|\b(?:youngest|oldest)[ \t]+(?:ever[ \t]+)?(?:[a-z]+[ \t]+)?(?:patient|resident|baby|inpatient|admission|mum|dad|prisoner|client)[^.!?\n]{0,50}?(?<!\bI[ \t]|\bI['’]ve[ \t]|\bI[ \t]have[ \t])\b(?:ever|on[ \t]+record|in[ \t]+(?:\d+|twenty|thirty|forty|fifty)[ \t]+years)\b/i;
// The writer knows who it is: "I recognised her from my kids' school".
// "the dinner lady from my kids' school… small world": someone the writer knows outside work.
// "I recognised her from the school run", "someone I went to school with", "she taught me in
// Year 4": the one cared for is known to the writer outside work.
const RECOGNISED =
  /\b(?:i|we)[ \t]+(?:recogni[sz]ed|knew)[ \t]+(?:her|him|them)[ \t]+from\b|\b(?:someone|somebody|who|a[ \t]+(?:lad|girl|lass|bloke|guy|woman|man|fella|mate))[ \t]+(?:i|we)[ \t]+(?:went[ \t]+to[ \t]+(?:school|college|uni)|grew[ \t]+up|used[ \t]+to[ \t]+(?:work|play|live)|(?:was|were)[ \t]+in[ \t]+(?:year[ \t]+\d{1,2}|the[ \t]+same[ \t]+(?:class|year|form)|sixth[ \t]+form))[ \t]+with\b|\b(?:who|someone|somebody)[ \t]+(?:was|were)[ \t]+in[ \t]+my[ \t]+(?:class|year|form|tutor[ \t]+group)\b|\b(?:i|we)[ \t]+(?:was|were)[ \t]+(?:at|in)[ \t]+(?:school|sixth[ \t]+form|college|uni|primary|juniors)[ \t]+with\b|\b(?:he|she|who)[ \t]+(?:taught|used[ \t]+to[ \t]+teach)[ \t]+me[ \t]+(?:in[ \t]+(?:year|class|primary|secondary|school|sixth|juniors|infants)|at[ \t]+(?:school|primary|college|uni)|to[ \t]+(?:drive|swim|dive|read|ride|play|dance|sing)|maths|english|science|history|french|pe|art|music|piano|guitar|violin)\b/i;
// Cared for and someone in the writer's (or reader's) own circle: "Triaged my son's Year 4 teacher",
// "it was my best mate's sister", "the 999 caller was my own neighbour", "your 9am smear is your
// son's football coach's wife". The relation names one person to everyone who knows the writer.
const KIN_OR_FRIEND_WORDS =
  "mate friend pal son daughter kid kids sister brother mum mam dad husband wife partner cousin boss neighbour nan grandad aunt auntie uncle niece nephew girlfriend boyfriend".split(
    " ",
  );
const ACQUAINTANCE_WORDS =
  "teacher headteacher coach instructor tutor lecturer landlord landlady vicar postman postie milkman hairdresser barber childminder neighbour".split(
    " ",
  );
const KIN_OR_FRIEND = `(?:${KIN_OR_FRIEND_WORDS.join("|")})`;
const ACQUAINTANCE = `(?:${ACQUAINTANCE_WORDS.join("|")})`;
const KNOWN_PERSON = `\\b(?:my|your)[ \\t]+(?:(?:own|best|old|former|oldest|eldest|youngest|little|next[ \\t-]door)[ \\t]+)*(?:${KIN_OR_FRIEND}['’]s?[ \\t]+(?:[A-Za-z0-9'’]+[ \\t]+){0,3}?(?:${KIN_OR_FRIEND}|${ACQUAINTANCE}|teammate|godmother|godfather|manager|ex)|(?:[a-z]+[ \\t]+)?${ACQUAINTANCE})\\b`;
// How CARED_KNOWN's second branch starts: the person is linked by "is", not cared for by a verb.
const LINKED = /^(?:was|is|he|she|turned|were|belong)/i;
const CARED_KNOWN = new RegExp(
  `\\b(?:triaged|scanned|x-?rayed|cleaned|treated|nursed|stitched|sutured|plastered|admitted|discharged|catheterised|cannulated|delivered|resuscitated|intubated|swabbed|vaccinated|jabbed|bled|examined|assessed|did|done|conveyed|weighed|immunised)[ \\t]+${KNOWN_PERSON}|\\b(?:was|is|(?:he|she)['’]s|turned[ \\t]+out[ \\t]+to[ \\t]+be|were[ \\t]+for|was[ \\t]+for|belonged[ \\t]+to|belongs[ \\t]+to)[ \\t]+${KNOWN_PERSON}|\\b(?:did|done|doing|took|taken|ran|run)[ \\t]+(?:an?|the|his|her)[ \\t]+(?:[a-z]+[ \\t]+)?(?:ecg|scan|x-?ray|smear|test|bloods|biopsy|echo|swab|assessment|review)[ \\t]+(?:on|for)[ \\t]+${KNOWN_PERSON}`,
  "i",
);
// Someone known by a job or a place in the writer's life, or a relation said with "'s".
const ACQUAINTANCE_GATE: ReadonlySet<string> = new Set(ACQUAINTANCE_WORDS);
const KIN_OR_FRIEND_GATE: ReadonlySet<string> = new Set(KIN_OR_FRIEND_WORDS);
// A reply to someone about their relative's care: "@mandy_f77 so sorry your dad had such a long
// wait", "No Sue, I can't look at your dad's notes". The one addressed names the one cared for.
const ADDRESSED_START =
  /^[ \t]*(?:@[A-Za-z0-9_]{2,}|(?:(?:no|yes|aw+|oh|hi|hiya|hey|sorry|thanks|ah)[ \t,!]+)?[A-Z][a-z]{2,}[ \t]*[,!])/i;
// The writer's own part in that care, which the reply gives away ("I was the nurse who triaged
// him", "he's on my ward"); an official reply that only promises a call back gives nothing.
const WRITER_CARED =
  /\b(?:I|we)\b[^.!?\n]{0,30}?\b(?:triaged|nursed|treated|saw|looked[ \t]+after|admitted|scanned|cared[ \t]+for|discharged|operated|delivered|stitched)\b|\b(?:on|in)[ \t]+(?:my|our)[ \t]+(?:ward|unit|bay|list|caseload|clinic)\b/i;
const YOUR_KIN =
  /\byour[ \t]+(?:(?:old|poor|lovely|little)[ \t]+)?(?:dad|mum|mam|nan|nana|gran|grandad|grandma|husband|wife|son|daughter|partner|brother|sister|baby|boy|girl|uncle|auntie|aunt|mother|father)(?:['’]s)?\b/i;
// "He clocked me straight away": met again outside, which says less about who they are.
const RECOGNISED_ME = /\b(?:he|she|they)[ \t]+(?:recogni[sz]ed|clocked|spotted)[ \t]+me\b/i;
// "everyone in Leigh knows he's the one…", "half of Frodsham knows his business now": known in town.
// "now squatting next to me at the Anytime Fitness in Kendal", "one of the mums at the school
// gates": met again in the writer's own life.
const KNOWN_OUTSIDE =
  /\b(?:everyone|everybody|half|the whole)(?:[ \t]+(?:of|in|round|around))?[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+knows?[ \t]+(?:that[ \t]+)?(?:he|she|him|her|his|who)\b|\bsuch a small world\b|\b(?:was|is|turned[ \t]+out[ \t]+to[ \t]+be)[ \t]+my[ \t]+(?:old|former|ex-?|kids['’]?|son['’]s|daughter['’]s|mum['’]s|dad['’]s)[ \t]+[a-z]+|\bfrom my (?:[a-z]+['’]?s?[ \t]+){0,2}(?:school|gym|church|street|road|village|estate)\b|\b(?:next[ \t]+to|behind|in[ \t]+front[ \t]+of|opposite)[ \t]+me[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?[A-Z][a-z]+|\b(?:in|at|on)[ \t]+the[ \t]+(?:year[ \t]+\d{1,2}[ \t]+|school[ \t]+|nursery[ \t]+)?(?:playground|school[ \t]+gates?|class[ \t]+whatsapp)\b/i;
// The post invites readers to work out who: "guess who came into resus", "not naming names but",
// "you know EXACTLY who's been on our ward", "#notsayingbutsaying".
const HINTED =
  /\bguess[ \t]+(?:who|which)\b|\bnot[ \t]+naming[ \t]+(?:names|any[ \t]+names)\b|\bno[ \t]+names[ \t]+but\b|\byou(?:['’]ll|[ \t]+will)?[ \t]+(?:all[ \t]+)?know[ \t]+(?:exactly[ \t]+)?who[ \t]+(?:i[ \t]+mean|i['’]m[ \t]+on[ \t]+about|it[ \t]+is|it[ \t]+was|['’]s[ \t]+been|has[ \t]+been|i['’]m[ \t]+talking[ \t]+about)\b|\b(?:everyone|everybody|anyone|they)\b[^.!?\n]{0,50}?\bknows?[ \t]+exactly[ \t]+who[ \t]+I[ \t]+mean\b|#notsayingbutsaying/i;
const HINTED_IN_CARE =
  /^[^.!?\n]{0,70}?\b(?:came|come|comes|was|is|were|['’]s|been|ended[ \t]+up|turned[ \t]+up|rolled)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|into|on|through)[ \t]+(?:our|the|my)?[ \t]*(?:resus|a&e|ed|majors|minors|ward|clinic|unit|department|theatres?|icu|itu|hdu|bay|cubicle|fracture[ \t]+clinic|[a-z]+[ \t]+(?:ward|clinic|unit))\b/i;
const HINTED_GATE: ReadonlySet<string> = new Set(
  "guess saying naming names know notsayingbutsaying".split(" "),
);
const KNOWN_OUTSIDE_GATE: ReadonlySet<string> = new Set(
  "world school gym church street road village estate was is turned knows know me playground gate gates whatsapp".split(
    " ",
  ),
);
// What people do that is not care: winning, raising money, volunteering, qualifying.
const NOT_CARE =
  /\b(?:won(?!['’]t)|wins|winner|competition|raises|raised|raising|fundrais\w*|donat\w*|(?<!lifeboat )volunteer\w*|chaplain\w*|sponsored|bake sale|cake sale|charity (?:sale|bake|event|night|walk|run)|bak(?:ing|ed|es) for (?:the|our|us)|graduat\w*|qualified|starts? (?:her|his|their) (?:degree|training|course)|(?:cpr|first aid|resus|safety) (?:demo|demonstration|training|session|class)|(?:is|are) (?:more|less) likely|(?:are|is) at (?:higher |greater |more )?risk)\b/i;
// The writer describing themselves: "I'm a 45 year old paramedic", "as a 30-something nurse".
const SELF_BEFORE = /\b(?:i'm|i’m|im|i am|as)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?$/i;

const STAFF_NAMED_BEFORE =
  /\b(?:our|my)[ \t]+(?:new[ \t]+|lovely[ \t]+)?(?:hca|nurse|staff nurse|charge nurse|midwife|porter|physio|sister|matron|doctor|consultant|student|colleague|ward clerk|receptionist|paramedic)[ \t]+[A-Z][a-z]+[ \t]+(?:was|is|has[ \t]+been|used[ \t]+to[ \t]+be)[ \t]+(?:(?:a|an|the|once)[ \t]+)?$/i;
const STAFF_WORDS: ReadonlySet<string> = new Set(
  "nurse sister hca student dr doctor f1 f2 fy1 fy2 sho reg registrar physio midwife porter matron consultant colleague clerk receptionist paramedic".split(
    " ",
  ),
);
const COLLEAGUE_AS_PATIENT =
  /\b(?:scanned|x-rayed|treated|admitted|nursed|triaged|stitched|operated[ \t]+on|delivered|cannulated|resuscitated|intubated|sedated)[ \t]+(?:the|one[ \t]+of[ \t]+our|our|a)[ \t]+(?:own[ \t]+)?(?:[a-z]+[ \t]+)?(?:midwife|nurse|doctor|consultant|porter|paramedic|registrar|hca|physio|surgeon|gp|matron|sister|radiographer|receptionist)[ \t]+(?:from|on|in|at)[ \t]+(?:our|the)[ \t]+(?:own[ \t]+)?|\b(?:consultant|surgeon|matron|registrar|anaesthetist|midwife|sister|ward[ \t]+manager|gp|boss|director|doctor|nurse)['’]s[ \t]+(?:own[ \t]+)?(?:wife|husband|son|daughter|mum|dad|mother|father|partner|baby|kid|child|nan|grandad)[ \t]+(?:was|is|came|got|has[ \t]+been)[ \t]+(?:on[ \t]+(?:my|our|the)[ \t]+(?:list|ward|unit|caseload)|in[ \t]+(?:for|with|resus|majors|theatre)|admitted|brought[ \t]+in|rushed[ \t]+in|blue[ -]?lighted)/i;
const SENIOR_STAFF: ReadonlySet<string> = new Set(
  "anaesthetist surgeon gp director boss manager".split(" "),
);
const COLLEAGUE_KIN_GATE: ReadonlySet<string> = new Set(
  "wife husband son daughter mum dad mother father partner baby kid child nan grandad".split(" "),
);
const WORD_ORDINALS: ReadonlySet<string> = new Set(
  "third fourth fifth sixth seventh eighth ninth tenth".split(" "),
);
const REGULAR =
  /\b(?:our|the|a|that)[ \t]+(?:same[ \t]+|usual[ \t]+)?frequent[ \t]+(?:caller|flyer|flier|attender)\b|\b(?:rang|called|phoned|rung|ring|rings|ringing|call|calls|phone|phones)[^.!?\n]{0,60}?\b(?:\d{1,3}|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+times\b|\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:lot|box|batch|prescription|script)[ \t]+this[ \t]+(?:week|month|year)\b|\bwho[ \t]+(?:(?:comes|pops|is|goes)[ \t]+(?:in|into|to|for)|rings|calls|phones|collects|picks[ \t]+up)[^.!?\n]{0,50}?\bevery[ \t]+(?:week|day|night|morning|month|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bfor[ \t]+the[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+time[ \t]+this[ \t]+(?:year|month|week)\b|\b(?:\d{1,2}(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+(?:call|admission|attendance|visit|time)[ \t]+this[ \t]+(?:week|month|year)\b|\b(?:was|is|came|been)[ \t]+back[ \t]+(?:in|with|on)\b[^.!?\n]{0,30}?\bagain\b|\b(?:picks[ \t]+up|collects)[ \t]+(?:(?:his|her|their)[ \t]+)?(?:[a-z]+[ \t]+){0,2}?(?:here[ \t]+)?every[ \t]+(?:week|day|morning|month|fortnight|friday|monday)\b|\b(?:been|was)[ \t]+with[ \t]+us[ \t]+(?:for[ \t]+)?\d{1,2}[ \t]+(?:months|years)\b|\b(?:three|3|two|2)[ \t]+times[ \t]+a[ \t]+week[ \t]+since\b/i;
// A named street ("on Station Road", "to Elm Close"): where one person lives or was found.
const STREET =
  /\b[A-Z][a-z]{2,}[ \t](?:Road|Street|Close|Lane|Avenue|Drive|Crescent|Grove|Gardens|Terrace|Way)\b/;
// "from St Mary's", "at St Mildred's": a school, church or parish.
// "the headmaster of Lenham primary", "a Year 8 girl at Borden Grammar".
const SCHOOL =
  /\b[A-Z][a-z]{2,}[ \t](?:[Pp]rimary|[Gg]rammar|[Aa]cademy|[Ii]nfants|[Jj]uniors|High(?![ \t]+(?:Street|Road|Court|St)\b))\b/;
const SAINT = /\b(?:from|at|outside|near|of)[ \t]+(?:the[ \t]+)?St\.?[ \t][A-Z][a-z]+/;
// "the Deal fisherman", "The Faversham bin man": a town said before who the person is.
const AGE_SEX_TOWN = /\b\d{1,3}[ \t]?(?:[MF]|y\/?o(?:[ \t]?[MF])?)[ \t]*,[ \t]*([A-Z][a-z]{2,})\b/;
const TOWN_BEFORE_PERSON = new RegExp(
  `\\b[Tt]he[ \\t]+([A-Z][a-z]{2,})[ \\t]+(?:[a-z]+[ \\t]+)?(?:${PERSON_WORDS.join("|")})\\b`,
);
// A home described instead of addressed: "the blue house opposite the Co-op", "the flat above
// the chippy", "the bungalow at the end of Mill Lane". One door in the town.
const DWELLING =
  /\bwho[ \t]+lives[ \t]+(?:up[ \t]+|down[ \t]+|just[ \t]+)?(?:by|next[ \t]+to|opposite|behind|above|over)[ \t]+the[ \t]+[a-z]{3,}|\b(?:the|that|a)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:tent|caravan|campervan|boat|houseboat|narrowboat|barge|shed|van|car|bungalow|flat|house)[ \t]+(?:(?:on|in|at)[ \t]+the[ \t]+[a-z]+[ \t]+|moored[ \t]+(?:up[ \t]+)?)?(?:behind|under|beside|opposite|next[ \t]+to|outside|by)[ \t]+(?:the[ \t]+)?[A-Za-z]{3,}|\b(?:the|that)[ \t]+(?:same[ \t]+|new[ \t-]build[ \t]+|new[ \t]+)?(?:house|bungalow|flat|flats|cottage|caravan|maisonette|address|estate|block)[ \t]+(?:on|off)[ \t]+[A-Z][a-z]+[ \t](?:Road|Street|Close|Lane|Avenue|Drive|Crescent|Grove|Gardens|Terrace|Way)\b|\b(?:the|that)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:house|bungalow|flat|cottage|farmhouse|caravan|houseboat|maisonette|semi|terrace|farm)[ \t]+(?:with[ \t]+the[ \t]+[a-z]+|opposite|next[ \t]+(?:door[ \t]+)?to|behind|above|over|beside|across[ \t]+from|facing|on[ \t]+the[ \t]+corner[ \t]+of|at[ \t]+the[ \t]+(?:end|top|bottom)[ \t]+of)\b/i;
// Someone from one spot in a town: "the gent from the sheltered flats by Leigh bus station", "the
// couple from the bakery on the high street in Hessle", "the teenage mum from the travellers' site
// by the A40". A place within a place narrows more than a town does.
const FROM_VENUE =
  /\b(?:man|woman|lady|gent|gentleman|bloke|fella|lad|lass|girl|boy|guy|chap|couple|family|one|ones|regular|kid|mum|dad|grandad|nan|pensioner|teenager|resident)['’]?[ \t]+(?:in[ \t]+)?from[ \t]+the[ \t]+(?:[A-Za-z'’-]+[ \t]+){1,3}?(?:in|on|by|near|off|at|behind|opposite|outside)[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]{2,}|[AM]\d{1,4}\b|high[ \t]+street|seafront|prom|harbour|market)/;
// Someone placed on one street: "a family on Lindley Street", "the lad from Elm Close". A street
// is a few dozen doors, not a town.
const ON_STREET =
  /\b(?:man|woman|lady|gent|gentleman|bloke|fella|lad|lass|girl|boy|guy|chap|couple|family|kid|kids|mum|dad|grandad|nan|pensioner|teenager|resident|household|baby|toddler)[ \t]+(?:who[ \t]+lives?[ \t]+|living[ \t]+)?(?:on|from|off|in)[ \t]+[A-Z][a-z]{2,}[ \t](?:Road|Street|Close|Lane|Avenue|Drive|Crescent|Grove|Gardens|Terrace|Way)\b/;
const DWELLING_GATE: ReadonlySet<string> = new Set(
  "lives tent campervan boat narrowboat barge shed van car house bungalow flat flats cottage farmhouse caravan houseboat maisonette semi terrace farm estate block".split(
    " ",
  ),
);
const TRAIT =
  /\bwho[ \t]+keeps[ \t]+(?:\d{1,3}|[a-z]+)[ \t]+(?:snakes|dogs|cats|parrots|ferrets|rats|spiders|tarantulas|lizards|horses|goats|pigs|birds|pigeons|chickens|rabbits)\b|\b(?:in|wearing)[ \t]+(?:the|a|an|his|her|that)[ \t]+(?:[A-Za-z]+[ \t]+){0,2}(?:kit|shirt|onesie|costume|fancy[ \t]+dress|hoodie|wedding[ \t]+dress|tutu|mankini|santa[ \t]+suit|superhero[ \t]+outfit)\b|\bthe[ \t]+(?:Ukrainian|Polish|Romanian|Syrian|Afghan|Nepalese|Lithuanian|Latvian|Portuguese|Kurdish|Eritrean|Sudanese|Iranian|Albanian|Turkish|Vietnamese|Nigerian|Ghanaian|Somali|Filipino|Bulgarian|Hungarian|Czech|Slovak|Russian|Italian|Spanish|French|German|Dutch|American|Australian|Chinese|Japanese|Brazilian)[ \t]+(?:family|lady|man|woman|lad|girl|boy|couple|gent|bloke|guy|kid|kids|twins|student|grandad|grandma)\b|\b(?:man|woman|lady|bloke|guy|lad|girl|boy|gent|gentleman|fella|chap|kid)(?:[ \t]+(?:from|in|on|at)[ \t]+[A-Za-z]+)?[ \t]+with[ \t]+the[ \t]+(?:[a-z0-9]+[ \t]+){0,2}(?:dogs|cats|dog|cat|greyhound|poodle|terrier|spaniel|labrador|husky|alsatian|guide dog|assistance dog|bentley|ferrari|porsche|lambo|lamborghini|tesla|rolls|limo|parrot|snake|ferret|tattoos?|beard|moustache|mohican|mohawk|dreadlocks|eye[ \t]?patch|wooden[ \t]+leg|monocle|top[ \t]+hat|cowboy[ \t]+hat|kilt|accordion|bagpipes|ukulele|gold[ \t]+teeth|gold[ \t]+tooth|piercings|mobility[ \t]+scooter|(?:pink|blue|green|purple)[ \t]+hair)\b|\bhoarder\b|\bwith[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}(?:neck[ \t]+|face[ \t]+|teardrop[ \t]+)?tattoos?\b|\btattoo(?:ed)?[ \t]+(?:right[ \t]+)?(?:on|across|down|round|around)[ \t]+(?:his|her|their)[ \t]+[a-z]+|\bwho[ \t]+thinks[ \t]+(?:he|she)(?:['’]s|[ \t]+is)[ \t]+(?:Jesus|God|the[ \t]+(?:Queen|King|Messiah|Devil)|Elvis|Napoleon)\b|\b(?:in|driving|drives|drove|with)[ \t]+(?:the|a|his|her|that)[ \t]+(?:red|blue|yellow|green|orange|pink|purple|white|black|silver|gold|lime[ \t]+green|bright[ \t]+[a-z]+|matte[ \t]+[a-z]+)[ \t]+(?:lambo|lamborghini|ferrari|porsche|bmw|audi|merc|mercedes|range[ \t]+rover|tesla|bentley|rolls|mustang|camper(?:van)?|motorbike|harley|quad|limo|hearse|tractor|jeep|sports[ \t]+car|van|kawasaki|yamaha|suzuki|ducati|vespa|scooter|morris[ \t]+minor|beetle|vw(?:[ \t]+camper)?|golf(?:[ \t]+gti)?|gti|qashqai|defender|mini|transit)\b|\bwhose[ \t]+(?:mum|dad|mother|father|brother|sister|husband|wife|son|daughter|parents?)[ \t]+(?:is|was|are|were|has[ \t]+been|got)[ \t]+(?:in[ \t]+prison|inside|locked[ \t]+up|in[ \t]+the[ \t]+(?:army|navy|paper|news)|on[ \t]+the[ \t]+news|(?:a|an|the)[ \t]+[a-z]+)/i;
// A height few reach: "the 6ft 7 rower", "7ft 1". Read without a word gate ("6ft" is one word).
const TALL =
  /\b(?:6[ \t]?(?:ft|foot|')[ \t]?(?:[5-9]|1[01])|7[ \t]?(?:ft|foot|'))(?![ \t]*(?:wall|fence|hedge|ceiling|door|high|tall[ \t]+(?:wall|fence)))/i;
// Any definite description of someone by what they wear or have with them, or where they come
// from ("the gentleman in the blue tracksuit", "the lady with the red beret", "the man from the
// scrabble club"): in a sentence about care it picks one person out, whatever the thing is.
const DESCRIBED =
  /\b(?:the|our)[ \t]+(?:(?:old|young|little|elderly|tall|wee|big|older|younger)[ \t]+)?(?:man|woman|lady|gentleman|gent|bloke|fella|fellow|lad|girl|boy|guy|chap|couple|kid|toddler|teenager|regular)[ \t]+(?:with|in|wearing|from)[ \t]+(?:the|a|an|his|her|their|that)[ \t]+(?!(?:corner|bed|bay|cubicle|side|room|waiting|queue|chair|wheelchair|same|end|middle|back|front|car|van|ambulance|other|next|morning|afternoon|evening|night|day|week|end)\b)[a-z]/gi;
const DESCRIBED_GATE: ReadonlySet<string> = new Set(
  "man woman lady gentleman gent bloke fella fellow lad girl boy guy chap couple kid toddler teenager regular".split(
    " ",
  ),
);
const TRAIT_GATE: ReadonlySet<string> = new Set(
  "keeps dogs cats kit shirt onesie costume fancy hoodie wedding tutu mankini santa superhero ukrainian polish romanian syrian afghan nepalese lithuanian latvian portuguese kurdish eritrean sudanese iranian albanian turkish vietnamese nigerian ghanaian somali filipino bulgarian hungarian czech slovak russian italian spanish french german dutch american australian chinese japanese brazilian dog cat greyhound poodle terrier spaniel labrador husky alsatian guide assistance hoarder parrot snake ferret tattoo tattoos tattooed beard moustache mohican mohawk dreadlocks patch wooden monocle hat kilt accordion bagpipes ukulele teeth tooth piercings scooter hair thinks driving drives drove whose lambo lamborghini ferrari porsche bmw audi merc mercedes rover tesla bentley rolls mustang camper campervan motorbike harley quad limo hearse tractor jeep van kawasaki yamaha suzuki ducati vespa scooter morris beetle vw golf gti qashqai defender mini transit".split(
    " ",
  ),
);
const BED_OWNER =
  /\b(?:bed|bay|room|cubicle|side[ \t]?room|cot)[ \t]?\d{1,3}['’]s[ \t]+(?:daughter|son|wife|husband|mum|dad|mother|father|partner|family|relatives|visitors?|nephew|niece|grandson|granddaughter|sister|brother)\b/i;
const PATIENT_OF = /\b(?:is|was|['’]s)[ \t]+a[ \t]+patient[ \t]+of[ \t]+(?:Dr|Mr|Mrs|Ms|Prof)\b/;
// A UK number plate ("the white van KX19 ABC"): one vehicle, one owner.
// A private plate after its name ("the plate R4CHL", "reg DAV 1D"): letters and digits, five or more.
// Or the plate before its word ("the white Q5 with the JK1 plate"): a short private plate.
const PRIVATE_PLATE =
  /\b(?:plate|reg|registration)[ \t]+(?:is[ \t]+)?(?=[A-Z0-9 ]{0,8}\d)(?=[A-Z0-9 ]{0,8}[A-Z])(?:[A-Z0-9]{5,7}|[A-Z0-9]{2,4}[ \t][A-Z0-9]{1,4})\b|\b(?:reg(?:istration)?|number)[ \t]+plate[ \t]+(?:clearly[ \t]+)?(?:readable|visible|showing|in[ \t]+shot)\b|\b(?:the|a|his|her|their)[ \t]+(?=[A-Z0-9]{0,6}\d)(?=[A-Z0-9]{0,6}[A-Z])[A-Z0-9]{2,7}[ \t]+(?:private[ \t]+)?(?:plate|reg)\b/;
const NUMBER_PLATE = /\b[A-Z]{2}\d{2}[ \t]?[A-Z]{3}\b/;
// Where a local business or job is: "the kebab van outside the station", "the nail bar by the
// bus stop". A job with its place is one person.
const LOCATED_AFTER =
  /^[^.!?\n]{0,40}?\b(?:outside|opposite|next[ \t]+to|behind|near|by|on[ \t]+the[ \t]+corner[ \t]+of|at[ \t]+the[ \t]+(?:end|top|bottom)[ \t]+of)[ \t]+(?:the[ \t]+)?[A-Za-z'’&-]{3,}|^[ \t]+(?:of|at|for)[ \t]+(?:one[ \t]+of[ \t]+)?(?:the[ \t]+([A-Z][a-z]{2,})|([A-Z][a-z]{2,})[ \t]+[A-Z][a-z]{2,})|^[^.!?\n]{0,40}?\b(?:on|in|at|into)[ \t]+(?:the[ \t]+)?(?:high[ \t]+street|seafront|prom|promenade|market|harbour|pier|retail[ \t]+park|town(?:[ \t]+centre)?|([A-Z][a-z]{2,}))\b/;
// A part someone has played in town for years: "the bloke who's been Santa at the shopping
// centre for the last 15 years", "the chap who ran the Crown for 30 years". Everyone there knows them.
const LOCAL_FOR_YEARS =
  /\b(?:who|he|she|grandad|nan|gran|grandma)(?:['’]s|[ \t]+has|[ \t]+had)?[ \t]+(?:been|ran|run|worked|played|kept|owned|done|drove|driven|taught|served|managed|delivered)\b[^.!?\n]{0,60}?\bfor[ \t]+(?:the[ \t]+(?:last|past)[ \t]+|over[ \t]+)?(?:\d{1,2}|ten|twenty|thirty|forty|fifty)(?:[ \t-]odd)?[ \t]+years\b/i;
// A player or officer of a named local club: "the Brambleford Town goalie", "Ossett Albion's
// captain". One person in the town.
const CLUB_NAMES =
  "Town United City Rovers Athletic Wanderers Albion FC RFC RUFC CC Harriers Wolves Rhinos Warriors Tigers Saints Giants Sharks Knights Vikings Raiders Eagles Lions Bulls Hornets Panthers".split(
    " ",
  );
const CLUB_ROLE = new RegExp(
  `\\b(?:[A-Z][a-z]+[ \\t]+){1,2}(?:${CLUB_NAMES.join("|")})(?:['’]s)?[ \\t]+(?:first[ \\t]+team[ \\t]+|1st[ \\t]+team[ \\t]+)?(?:goalie|goalkeeper|keeper|captain|skipper|striker|centre[ \\t-]forward|winger|full[ \\t-]back|centre[ \\t-]back|hooker|prop|fly[ \\t-]half|scrum[ \\t-]half|manager|coach|physio|chairman|mascot|number[ \\t]+\\d{1,2}|no\\.?[ \\t]*\\d{1,2})\\b`,
);
const CLUB_NAME_GATE: ReadonlySet<string> = new Set(CLUB_NAMES.map((c) => c.toLowerCase()));
// "the Year 11 who told me she's pregnant", "a Year 8 lad": one pupil, at a school named nearby.
const YEAR_GROUP_PERSON =
  /\b(?:[Tt]he|[Aa]|[Oo]ne)[ \t]+[Yy]ear[ \t]+\d{1,2}[ \t]+(?:(?:girl|boy|lad|lass|pupil|student|kid)\b|who\b)/;
const NAMED_OBJECT = /^([A-Z][a-z]{2,})(?:['’]s)?[ \t]+[a-z]/;
// A job with a named employer: "mum is a paramedic with SECAmb", "he was a porter at Wembley".
// Said of the writer ("I was a nurse at…") it is not counted.
const EMPLOYED_AT =
  /(?<!\bI[ \t]|\bI['’]m[ \t]|\bam[ \t])\b(?:is|was|works[ \t]+as|worked[ \t]+as)[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?[a-z]{3,}[ \t]+(?:with|at|for)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z]{2,}/;
// A landmark where something happened: "climbed the cathedral roof", "jumped off the pier".
const LANDMARK =
  /\b(?:off|from|on|onto|up|at|under|near|outside|in|climbed|scaled)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:cathedral|pier|harbour|castle|cliffs?|seafront|promenade|clock[ \t]+tower|multi[- ]?storey|bandstand|war[ \t]+memorial|viaduct|quarry|marina|retail[ \t]+park|shopping[ \t]+centre|town[ \t]+centre|high[ \t]+street|market[ \t]+square|leisure[ \t]+centre|bus[ \t]+station|train[ \t]+station|level[ \t]+crossing)\b/i;
const LANDMARK_GATE: ReadonlySet<string> = new Set(
  "cathedral pier harbour castle cliff cliffs seafront promenade clock storey multi bandstand memorial viaduct quarry marina retail shopping town high market leisure bus train crossing".split(
    " ",
  ),
);
function placeFound(text: string, post: PostAnalysis): boolean {
  if (ROAD.test(text) || ESTATE.test(text) || STREET.test(text)) return true;
  if (text.includes("St") && SAINT.test(text)) return true;
  if (SCHOOL.test(text)) return true;
  if (anyWord(post, LANDMARK_GATE) && LANDMARK.test(text)) return true;
  // "Pt 72M, Nantwich, fell…": a handover's town after the age.
  const handover = AGE_SEX_TOWN.exec(text);
  if (handover && !NOT_PLACE.has(handover[1]) && !NOT_A_NAME_PLACE.has(handover[1])) return true;
  const town = TOWN_BEFORE_PERSON.exec(text);
  if (town && !NOT_PLACE.has(town[1]) && !NOT_A_NAME_PLACE.has(town[1])) return true;
  PLACE_WORD.lastIndex = 0;
  for (let m = PLACE_WORD.exec(text); m; m = PLACE_WORD.exec(text)) {
    const first = m[1].split(/[ \t]/)[0];
    if (!NOT_PLACE.has(first)) return true;
  }
  return false;
}

// Some word for a person, an age, a public figure or "only" must be present before any of the
// phrase patterns run.
// Words one of the public-figure phrases needs: CELEB runs only when one is in the post.
const CELEB_GATE: ReadonlySet<string> = new Set([
  "olympic",
  "champion",
  "weathergirl",
  "streamer",
  "streams",
  "tiktoker",
  "paralympic",
  "paralympian",
  "commonwealth",
  "medallist",
  "council",
  "mayor",
  "bishop",
  "constable",
  "viral",
  "facebook",
  "tiktok",
  "youtube",
  "whatsapp",
  "celebrity",
  "celeb",
  "famous",
  "footballer",
  "premier",
  "actor",
  "actress",
  "singer",
  "popstar",
  "pop",
  "finalist",
  "strictly",
  "island",
  "telly",
  "presenter",
  "reality",
  "influencer",
  "mp",
  "soap",
  "rapper",
  "olympian",
  "boxer",
  "cricketer",
  "rugby",
  "striker",
  "goalkeeper",
  "goalie",
  "contestant",
  "drummer",
  "guitarist",
  "comedian",
  "youtuber",
  "band",
  "councillor",
  "someone",
  "chef",
  "radio",
  "dj",
  "newsreader",
  "weather",
  "weatherman",
  "novelist",
  "author",
  "pundit",
  "jockey",
  "darts",
  "snooker",
  "golfer",
  "tennis",
  "athlete",
  "racing",
  "musician",
  "gogglebox",
  "bake",
  "local",
  "factor",
  "traitors",
  "apprentice",
  "gladiators",
  "plays",
  "tv",
  "emmerdale",
  "corrie",
  "coronation",
  "eastenders",
  "hollyoaks",
  "dragons",
  "talent",
  "captain",
  "fc",
  "afc",
  "keeper",
  "defender",
  "news",
  "paper",
  "papers",
  "front",
  "drums",
  "guitar",
  "bass",
  "keyboard",
  "keyboards",
  "midfielder",
  "winger",
  "centre",
]);
// Words a named rare condition or "fascinating case" needs: RARE runs only when one is present.
const RARE_GATE: ReadonlySet<string> = new Set(
  "ultra very extremely super incredibly fop fibrodysplasia ossificans progeria creutzfeldt cjd ebola lassa rabies leprosy anthrax diphtheria harlequin locked conjoined stone kuru marburg plague botulism polio rare syndrome disease ehlers guillain stevens prader charcot erdheim huntington huntingtons kabuki case never career million seen country world region".split(
    " ",
  ),
);
const GATE = new Set([
  "husband",
  "wife",
  "widow",
  "widower",
  // Every one-word person above.
  ...PERSON_WORDS.filter((w) => /^[a-z]+$/.test(w)),
  "year",
  "years",
  "yo",
  "yr",
  "yrs",
  "aged",
  "something",
  "teens",
  "only",
  "recognised",
  "recognized",
  "longest",
  "oldest",
  "youngest",
  "service",
  "inpatient",
  "resident",
  "client",
  "months",
  "regular",
  "teenage",
  "male",
  "female",
  // The jobs' own words; "security guard", "police officer" by their second word.
  ...[...OCCUPATION_GATE].filter((w) => !BROAD_JOB_WORDS.has(w)),
  "guard",
  "officer",
  "address",
  "frequent",
  ...CELEB_GATE,
]);

// The writer's own relative ("my son", "our little girl"): not counted in a staff post, but in a
// message to an official account the relative writing in is describing the patient.
const OWN_KIN =
  /\b(?:my|our)[ \t]+(?:(?:little|baby|eldest|youngest|elderly|teenage|\d{1,2}[ -]year[ -]old)[ \t]+)?(?:son|daughter|brother|sister|wife|husband|partner|nan|nana|gran|granny|grandson|granddaughter|mum|dad|mother|father|grandad|grandma|uncle|aunt|auntie|nephew|niece|baby|boy|girl|child|lad)\b/i;

/**
 * The sentence of `text` that holds position `at`, and the one before it, reaching at most
 * SENTENCE_REACH characters either side (so asking at every match of a long unpunctuated text
 * stays linear).
 */
function sentenceAndOneBefore(text: string, at: number): string {
  const floor = Math.max(0, at - SENTENCE_REACH);
  const ceiling = Math.min(text.length, at + SENTENCE_REACH);
  let from = at;
  while (from > floor && !/[.!?\n]/.test(text[from - 1])) from--;
  // "Guess who we had in majors tonight? The bloke who runs the chippy…"
  while (from > floor && /[.!?\n \t]/.test(text[from - 1])) from--;
  while (from > floor && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = at;
  while (to < ceiling && !/[.!?\n]/.test(text[to])) to++;
  return text.slice(from, to);
}

// Where someone works or waits by the hospital ("the taxi driver who waits outside maternity",
// "the corner shop by the hospital"): a place near care, not care they receive.
const CARE_LOCATION =
  /\b(?:outside|opposite|by|near|next[ \t]+to|across[ \t]+from|behind|round[ \t]+the[ \t]+corner[ \t]+from)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[a-z'’]+[ \t]+)?(?:hospital|maternity|a&e|hospice|infirmary|ambulance[ \t]+station|health[ \t]+centre|main[ \t]+entrance)\b/gi;
// Kindness done by the one described, to staff or patients ("drives new mums home for free",
// "gave me a free coffee for being on nights", "waves at every ambulance", "raised £3k for the
// children's ward"): what they do, not care
// they get.
const KINDNESS =
  /\b(?:(?:gave|sent|brought|donated)[ \t]+(?:our|the|my|us)[ \t]+(?:ward|team|unit|department|staff|nurses)\b|(?:raised|raising|raises|collected|donated)[ \t]+(?:£[\d,.]+k?|\d[\d,.]*k?[ \t]*(?:pounds|quid)?|money|funds|cash)[ \t]+for[ \t]+(?:the|our)[ \t]+(?:[a-z'’]+[ \t]+){0,2}(?:ward|unit|hospital|hospice|department)\b|wav(?:es|ed|ing)[ \t]+(?:at|to)[ \t]+(?:every|all|the|our|us)(?:[ \t]+[a-z]+)?|(?:for[ \t]+free|for[ \t]+nothing|on[ \t]+the[ \t]+house|free[ \t]+(?:coffees?|teas?|lifts?|rides?|taxis?|food|meals?|cakes?|pizzas?|breakfasts?|parking|drinks?|flowers|haircuts?))(?:[ \t]+for[ \t]+(?:being[ \t]+)?(?:on[ \t]+)?(?:nights|lates|shift|the[ \t]+night[ \t]+shift|nhs[ \t]+staff|staff|nurses))?)/gi;
// "my ward lunch game", "our ward WhatsApp": the writer's workplace named as theirs, not where
// anyone is cared for ("he's on my ward" is).
const OWN_WARD =
  /(?<!\b(?:on|in|to|onto|into|at|from|off)[ \t]+)\b(?:my|our)[ \t]+(?:ward|unit|department)\b/gi;
/** `text` with the writer's own ward named as theirs blanked out. */
function withoutOwnWard(text: string): string {
  return text.replace(OWN_WARD, (m) => " ".repeat(m.length));
}
/** `text` with the places near care it names, the writer's own ward, and kindness done to
 * staff, blanked out. */
function withoutCareLocation(text: string): string {
  return withoutOwnWard(text)
    .replace(CARE_LOCATION, (m) => " ".repeat(m.length))
    .replace(KINDNESS, (m) => " ".repeat(m.length));
}

// ...or a simile: "talked her through it like she was the only person in the building".
const SELF_SMALL_BEFORE =
  /\b(?:being|i'm|i’m|im|i am|i was|i've been|i’ve been|me,?|you're|you’re|you are|youre|we're|we’re|we are|(?:like|as if|as though) (?:she|he|they|you|i) (?:was|were|are|is))[ \t]+(?:not[ \t]+|also[ \t]+|never[ \t]+)?$/i;
const QUANTIFIED_BEFORE =
  /\b(?:every|each|all(?:[ \t]+(?:the|our))?|any|no)[ \t]+(?:[a-z]+,?[ \t]+(?:and[ \t]+)?){0,3}$/i;
const OWN_KIN_SENTENCE = new RegExp(
  OWN_KIN.source.replace("(?:my|our)", "my") + "[^.!?\\n]{0,80}$",
  "i",
);
// A sentence that goes on about the one just described: "… had to come off mid-show with chest
// pain. We're treating him in full make-up".
const ABOUT_THEM = /\b(?:he|she|him|her|his|they|them|their)\b/i;
/** The sentence after the one holding `at`, if it speaks of someone as he, she or they. */
function pronounSentenceAfter(text: string, at: number): string {
  const ceiling = Math.min(text.length, at + SENTENCE_REACH);
  let from = at;
  while (from < ceiling && !/[.!?\n]/.test(text[from])) from++;
  while (from < ceiling && /[.!?\n \t]/.test(text[from])) from++;
  let to = from;
  while (to < ceiling && !/[.!?\n]/.test(text[to])) to++;
  const next = text.slice(from, to);
  return ABOUT_THEM.test(next) ? next : "";
}

// Said of someone being cared for, not only of a place of care: "is in our CCU", "came in with",
// "is on our ward", "is with us", "had his knee done". ("Upgraded me after my night shift on the
// ward" has a ward in it, but nobody in it.)
const CARED_FOR =
  /\b(?:(?:is|was|are|were|['’]s|been|be|now|still|back|currently|up)[ \t]+(?:in|on|under|with|into|onto|through)[ \t]+(?:us|our|the|my|your|a|an|ed|a&e|resus|majors|minors|icu|itu|ccu|hdu|amu|theatre|triage|hospital|hospice)\b|c[ao]mes?[ \t]+(?:in|through)\b|coming[ \t]+in|brought[ \t]+(?:in|him|her|them)|rushed[ \t]+in|admitted|discharged|in[ \t]+with|in[ \t]+for|treat(?:ed|ing)|triaged|seen[ \t]+(?:in|by)|(?:having|had|getting|got)[ \t]+(?:his|her|their)|sutured|stitch(?:ed|es)|x-rayed|scanned|operated|thrombolysed|resuscitated|died|passed[ \t]+away|(?:on|to)[ \t]+(?:my|our)[ \t]+(?:list|caseload|ward|unit)|under[ \t]+us|with[ \t]+us|our[ \t]+patient|a[ \t]+patient|one[ \t]+of[ \t]+ours|dn[ \t]+visit|visit[ \t]+(?:for|to)|conveyed|blue[ -]?light(?:ed)?|(?:in|into|onto|on)[ \t]+(?:the[ \t]+)?(?:ambulance|truck|back[ \t]+of[ \t]+the)|(?:is|was|are|were|['’]s|been)[ \t]+(?:in|on|at|into)[ \t]+(?:[a-z&]+[ \t]+)?(?:clinic|ward|unit|resus|majors|minors|triage|theatre|recovery|icu|itu|ccu|hdu|amu|a&e|hospice)\b|\b(?:in|at)[ \t]+(?!(?:the|our|my|a)\b)(?:[a-z]+[ \t]+)?(?:clinic|resus|majors|minors|triage|theatre|recovery)\b|\b(?:bed|bay|cubicle|side[ \t]?room|room)[ \t]?(?:\d{1,3}|[A-H])\b|one[ \t]+of[ \t]+(?:my|our)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:people|patients|ladies|gents|men|women|regulars|residents|clients|lot)|(?:my|our|your)[ \t]+patient|(?:has|had|with)[ \t]+(?:a|an|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?(?:ulcer|wound|fracture|infection|bleed|burns?|tumour|lump|stroke|seizure|heart[ \t]+attack))/i;
// The writer's service heading the post ("ambulance:", "district nurse round:", "111:"): whoever
// the post then describes is someone they went out to or saw.
const SERVICE_HEADING =
  /^[ \t]*(?:ambulance|ambo|paramedic|district[ \t]+nurs\w*|dn|111|999|gp|hospice|icu|itu|ed|a&e|resus|triage|walk-in|community[ \t]+\w+|[a-z]+[ \t]+clinic)\b[^:\n]{0,24}:/i;
/** Care said of the one described at `at`: in their sentence, the one before, or the next one about them. */
function caredForAround(text: string, at: number, post: PostAnalysis): boolean {
  const around =
    withoutOwnWard(withoutCareLocation(sentenceAndOneBefore(text, at))) +
    " " +
    withoutOwnWard(withoutCareLocation(pronounSentenceAfter(text, at)));
  return careIn(around, post) && (CARED_FOR.test(around) || SERVICE_HEADING.test(text));
}

/** The sentence before `at`, up to 120 characters back. */
function sentenceBefore(text: string, at: number): string {
  let from = at;
  const floor = Math.max(0, at - 120);
  while (from > floor && !/[.!?\n]/.test(text[from - 1])) from--;
  return text.slice(from, at);
}

const HEADING = /^[^:.!?\n]{1,40}:/;
/** `text` with a heading such as "LD nurse:" or "Porters:" blanked out. */
function withoutHeading(text: string): string {
  const head = HEADING.exec(text);
  return head ? " ".repeat(head[0].length) + text.slice(head[0].length) : text;
}

/** Up to `reach` characters before `at`, from the start of its clause ("…night shift and the arm"). */
function clauseBefore(text: string, at: number, reach: number): string {
  const before = text.slice(Math.max(0, at - reach), at);
  const stop = /[.!?\n]|\b(?:and|but)\b/g;
  let from = 0;
  for (let m = stop.exec(before); m; m = stop.exec(before)) from = m.index + m[0].length;
  return before.slice(from);
}

// "our 103 year old in Broadstairs": a staff member's "our" before an age no child or partner of
// theirs has is the service's patient (unless a relative follows: "our 89 year old grandad").
function ourElder(text: string, at: number, age: string): boolean {
  const years = /^\d{2,3}/.exec(age);
  if (years === null || Number(years[0]) < 60) return false;
  if (!/\bour[ \t]+$/i.test(text.slice(Math.max(0, at - 5), at))) return false;
  return !OWN_KIN.test("my " + text.slice(at + age.length, at + age.length + 20).trimStart());
}

// indirectScore runs twice on some posts (the second time counting the writer's own relatives):
// the searches of the whole text, which do not depend on that, are made once per text, each
// remembering its last text and answer. A search is not run at all when the words its branches
// need are missing from the text, and otherwise runs cut down to the branches and phrases whose
// words are there (signals/cue-gate.ts execIfMay: the same match).
// Nor when the text has fewer digits than every match holds (vocabulary.ts minDigits).
function execOnce(re: RegExp): (text: string) => RegExpExecArray | null {
  if (re.global || re.sticky) throw new Error("execOnce needs an expression without state");
  const need = minDigits(re);
  return rememberLast((text: string) =>
    need === 0 || countDigits(text, need) >= need ? execIfMay(re, text) : null,
  );
}
const ONCE_AGE_GLUED = execOnce(AGE_GLUED);
const ONCE_BED_OWNER = execOnce(BED_OWNER);
const ONCE_CARE = execOnce(CARE);
const ONCE_CARE_MORE = execOnce(CARE_MORE);
const ONCE_CARE_TAKEN = execOnce(CARE_TAKEN);
const ONCE_CELEB = execOnce(CELEB);
const ONCE_CELEB_VISIT = execOnce(CELEB_VISIT);
const ONCE_COLLEAGUE_AS_PATIENT = execOnce(COLLEAGUE_AS_PATIENT);
const ONCE_COMMA_AGE = execOnce(COMMA_AGE);
const ONCE_CONDITION = execOnce(CONDITION);
const ONCE_CONDITION_NAMED = execOnce(CONDITION_NAMED);
const ONCE_DWELLING = execOnce(DWELLING);
const ONCE_EVENT = execOnce(EVENT);
const ONCE_FROM_VENUE = execOnce(FROM_VENUE);
const ONCE_KNOWN_OUTSIDE = execOnce(KNOWN_OUTSIDE);
const ONCE_LITTLE_PERSON = execOnce(LITTLE_PERSON);
const ONCE_MONTHS_OLD = execOnce(MONTHS_OLD);
const ONCE_NAMED_FROM_BUSINESS = execOnce(NAMED_FROM_BUSINESS);
const ONCE_NOT_CARE = execOnce(NOT_CARE);
const ONCE_NUMBER_PLATE = execOnce(NUMBER_PLATE);
const ONCE_OCCUPATION = execOnce(OCCUPATION);
const ONCE_PATIENT_OF = execOnce(PATIENT_OF);
const ONCE_RARE = execOnce(RARE);
const ONCE_RECOGNISED = execOnce(RECOGNISED);
const ONCE_CARED_KNOWN = execOnce(CARED_KNOWN);
const ONCE_REGULAR = execOnce(REGULAR);
const ONCE_RUNS_A_PLACE = execOnce(RUNS_A_PLACE);
const ONCE_WORKS_AT = execOnce(WORKS_AT);
const ONCE_SHE_IS_AGE = execOnce(SHE_IS_AGE);
const ONCE_SMALL = execOnce(SMALL);
const ONCE_SPECIFIC_DAY = execOnce(SPECIFIC_DAY);
const ONCE_STAFF_AT_PLACE = execOnce(STAFF_AT_PLACE);
const ONCE_TIME = execOnce(TIME);
const ONCE_TRAIT = execOnce(TRAIT);

function describedInCare(text: string, post: PostAnalysis): boolean {
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(text); m; m = DESCRIBED.exec(text))
    if (
      !VISITOR_ROLE.test(text.slice(m.index, m.index + 80)) &&
      careIn(withoutCareLocation(sentenceAndOneBefore(text, m.index)), post)
    )
      return true;
  return false;
}

/** `placeFound` for the whole text, worked out once per text (its words are the text's). */
const placeFoundOnce = rememberLast(placeFound);

// The patient recognizers' care words, less those said as often of news, history and the
// writer's own family ("born in our hospital", "died on the M20", "first baby of the year").
const NOT_SAID_OF_CARE = new Set(
  "hospital born birth died funeral baby twins stay visiting visitors relatives".split(" "),
);
const CARE_WORDS_SAID: ReadonlySet<string> = new Set(
  [...CARE_WORDS].filter((w) => !NOT_SAID_OF_CARE.has(w)),
);

/** `careIn` for the whole text, with its searches made once per text. */
function careInText(text: string, post: PostAnalysis): boolean {
  return (
    ONCE_CARE(text) !== null ||
    (anyWord(post, CARE_MORE_GATE) && ONCE_CARE_MORE(text) !== null) ||
    (anyWord(post, CARE_TAKEN_GATE) && ONCE_CARE_TAKEN(text) !== null) ||
    anyWord(post, CARE_WORDS_SAID) ||
    careOpen(text, post)
  );
}

const PRAISE_BEFORE =
  /\b(?:best|funniest|loudest|kindest|greatest|nicest|calmest|bossiest|smartest)[ \t]+$/i;
const ON_THE_TEAM_AFTER =
  /^[ \t]+(?:on|in|of)[ \t]+(?:the|our|this|that)[ \t]+(?:ward|team|unit|department|shift|floor|service)\b/i;
const SOMEONE_IN_SENTENCE =
  /\b(?:he|she|they|his|her|their|patient|pt|lady|man|woman|gent|lad|lass|girl|boy|baby|mum|dad|nan|grandad)\b|\b[A-Z][a-z]+/;
export function indirectScore(
  text: string,
  post: PostAnalysis,
  ownCounts = false,
): { score: number; at: number } | null {
  const words = post.words;
  let gated = anyWord(post, GATE);
  // A rare condition with no person word: "the 2nd case of leprosy in Kent".
  if (!gated && anyWord(post, RARE_GATE) && ONCE_RARE(text) !== null) gated = true;
  // "the owner of the Thai restaurant", "the pair from the golf club": common words that name who
  // someone is only inside a job phrase, so the phrase itself must be there.
  if (!gated && anyWord(post, JOB_OPENERS) && ONCE_OCCUPATION(text) !== null) gated = true;
  // "the drag queen who hosts bingo at the Lass O'Gowrie": a role or incident said as a clause.
  if (!gated && words.has("who") && words.has("the")) {
    const clause = whoClause(text);
    if (clause.role !== null || clause.incident !== null) gated = true;
  }
  // "the receptionist at the Premier Inn", "the organist at St Peter's".
  if (!gated && words.has("the") && anyWord(post, ROLE_AT_GATE) && roleAt(text) !== null)
    gated = true;
  // "he plays second row for the rugby club in Ormskirk": who someone is, with no person word.
  if (!gated && anyWord(post, WORKS_GATE) && ONCE_WORKS_AT(text) !== null) gated = true;
  // "Guess who came into resus last night": the one readers are asked to name. Never about a
  // colleague ("not naming names but a certain matron on the 4th floor"), and only someone who
  // came into care (not "guess who's off with stress").
  let hinted =
    anyWord(post, HINTED_GATE) && !testIfMay(STAFF_CUES, text) ? HINTED.exec(text) : null;
  if (hinted && !HINTED_IN_CARE.test(text.slice(hinted.index, hinted.index + 120))) hinted = null;
  if (hinted) gated = true;
  const yourKin =
    words.has("your") && ADDRESSED_START.test(text) && WRITER_CARED.test(text)
      ? YOUR_KIN.exec(text)
      : null;
  if (yourKin) gated = true;
  const clubRole = anyWord(post, CLUB_NAME_GATE) ? CLUB_ROLE.exec(text) : null;
  if (clubRole) gated = true;
  // A car's plate stands for its owner: "the Range Rover with the DG5 plate … every dialysis day".
  const plate =
    ONCE_NUMBER_PLATE(text) ??
    (words.has("plate") || words.has("reg") || words.has("registration")
      ? PRIVATE_PLATE.exec(text)
      : null);
  if (plate) gated = true;
  // "She taught me in Year 4", "a lad I was in Year 11 with": someone the writer knows.
  const recognised = ONCE_RECOGNISED(text);
  if (!gated && recognised !== null) gated = true;
  let caredKnown =
    (words.has("my") || words.has("your")) &&
    (anyWord(post, ACQUAINTANCE_GATE) ||
      ((text.includes("'s") || text.includes("’s")) && anyWord(post, KIN_OR_FRIEND_GATE)))
      ? ONCE_CARED_KNOWN(text)
      : null;
  // "The new physio is my mate's ex", "your receptionist Leanne is my neighbour": a colleague.
  // "…the one with the red hair, she's my neighbour": a pronoun's person may be a sentence back.
  if (
    caredKnown &&
    LINKED.test(caredKnown[0]) &&
    testIfMay(
      STAFF_CUES,
      /^(?:he|she)/i.test(caredKnown[0])
        ? text.slice(Math.max(0, caredKnown.index - 120), caredKnown.index)
        : clauseBefore(text, caredKnown.index, 60),
    )
  )
    caredKnown = null;
  if (caredKnown) gated = true;
  // "our only SMA kiddo", "only set of triplets born here this year": one of a kind.
  if (!gated && words.has("only") && ONCE_SMALL(text) !== null) gated = true;
  // "the one who swallowed the batteries": a person without a person word.
  if (!gated && words.has("one") && words.has("who") && /\bthe one who\b/i.test(text)) gated = true;
  // "little" is too common a word to gate on: only "little one", "little fighter"… count.
  if (!gated && words.has("little") && ONCE_LITTLE_PERSON(text) !== null) gated = true;
  // "84yo", "19yrs" are one word each; "72M" is an age and a sex.
  if (!gated && (ONCE_AGE_GLUED(text) !== null || AGE_SEX.test(text))) gated = true;
  // "a 4 month old from Leysdown".
  if (
    !gated &&
    (words.has("year") || words.has("month") || words.has("week") || words.has("day")) &&
    ONCE_MONTHS_OLD(text) !== null
  )
    gated = true;
  // "she's 93": an age said of someone, in a post with digits.
  if (!gated && (words.has("she") || words.has("he")) && ONCE_SHE_IS_AGE(text) !== null)
    gated = true;
  // "Kyle from the care home on Bower Mount Road, 31, …".
  if (!gated && ONCE_COMMA_AGE(text) !== null) gated = true;
  // "scanned the pregnant midwife from our own labour ward", "the consultant's own wife was on
  // my list": a colleague, or a colleague's family, as the patient.
  const colleague =
    (anyWord(post, STAFF_WORDS) || anyWord(post, SENIOR_STAFF)) &&
    (words.has("own") ||
      ((text.includes("'s") || text.includes("’s")) && anyWord(post, COLLEAGUE_KIN_GATE)))
      ? ONCE_COLLEAGUE_AS_PATIENT(text)
      : null;
  if (colleague) gated = true;
  const own = ownCounts ? OWN_KIN.exec(text) : null;
  if (!gated && !own) return null;
  let at = own ? own.index : -1;
  // Only the phrases whose words are in the text (signals/cue-gate.ts cutDeep): the same matches.
  const person = cutDeep(PERSON_ALL, text);
  if (person !== null) person.lastIndex = 0;
  for (let m = at === -1 && person !== null ? person.exec(text) : null; m; m = person!.exec(text)) {
    // "my son", "our mum": the writer's family. "Our little one on the ward" is the ward's.
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (OWN.test(before) && (/\bmy\b/i.test(before) || KIN_PERSON.test(m[0]))) continue;
    at = m.index;
    break;
  }
  if (at === -1 && hinted) at = hinted.index;
  if (at === -1 && recognised) at = recognised.index;
  if (caredKnown && (at === -1 || caredKnown.index < at)) at = caredKnown.index;
  if (clubRole && at === -1) at = clubRole.index;
  if (plate && at === -1) at = plate.index;
  if (yourKin && at === -1) at = yourKin.index;
  let score = 0;
  if (colleague) {
    score += 2;
    if (at === -1 || colleague.index < at) at = colleague.index;
  }
  const AGE =
    anyWord(post, WORDY_AGE_GATE) ||
    ((words.has("she") || words.has("he")) && ONCE_SHE_IS_AGE(text) !== null) ||
    ONCE_COMMA_AGE(text) !== null
      ? AGE_ALL
      : AGE_BASE;
  AGE.lastIndex = 0;
  // Every age form has a digit but "teenager", "in her teens/twenties…" and "forty-something".
  let age = DIGIT.test(text) || anyWord(post, AGE_WORDS) ? AGE.exec(text) : null;
  // "my 6 year old", "our 3yo": the writer's own child, unless they are writing in about them.
  // "Our 17 year old on the adolescent unit" is the ward's patient, not the writer's child.
  while (age && SELF_BEFORE.test(text.slice(Math.max(0, age.index - 12), age.index)))
    age = AGE.exec(text);
  while (
    age &&
    !ownCounts &&
    OWN.test(text.slice(Math.max(0, age.index - 20), age.index)) &&
    (/\bmy[ \t]+(?:\w+[ \t]+)?$/i.test(text.slice(Math.max(0, age.index - 20), age.index)) ||
      (!careIn(text.slice(Math.max(0, age.index - 30), age.index + age[0].length + 40), post) &&
        !ourElder(text, age.index, age[0])))
  )
    age = AGE.exec(text);
  // "Ward clerk Denise, 58, retires tomorrow", "our new porter Gav, 62,": a colleague's age.
  // (A role heading the post, "LD nurse: Sam, 24, …", is the writer's.)
  while (
    age &&
    /^[A-Z][a-z]+,/.test(age[0]) &&
    nearest(withoutHeading(text), age.index, age.index + age[0].length, STAFF_CUES, 40) < Infinity
  )
    age = AGE.exec(text);
  // "visited my nan in her care home today, she's 96": the age of the writer's own relative named
  // just before in the same sentence (not counted in a staff post, as "my nan, 96" is not).
  while (
    age &&
    !ownCounts &&
    /^(?:he|she)/i.test(age[0]) &&
    OWN_KIN_SENTENCE.test(sentenceBefore(text, age.index))
  )
    age = AGE.exec(text);
  // "Born 14/02/1990 and turning 35 on a night shift", "Turning 40 on nights": said with no one
  // named in its sentence, the age is the writer's.
  while (
    age &&
    /^turn/i.test(age[0]) &&
    !SOMEONE_IN_SENTENCE.test(sentenceBefore(text, age.index).replace(/^\s*\S+/, ""))
  )
    age = AGE.exec(text);
  // "my son is 14": the writer's own child, unless they are writing in about them.
  if (
    age &&
    !ownCounts &&
    /^(?:is|was|age)\b/i.test(age[0]) &&
    OWN_KIN.test(text.slice(Math.max(0, age.index - 30), age.index))
  )
    age = null;
  if (!age) age = AGE_SEX.exec(text);
  if (age) {
    score += 1;
    if (at === -1 || age.index < at) at = age.index;
  }
  const celeb = anyWord(post, CELEB_GATE) ? celebSeen(text, ONCE_CELEB(text)) : null;
  if (celeb) {
    // Seen as a patient ("a Strictly finalist in A&E"), a public figure is one of very few people;
    // visiting, opening or donating is not care.
    // A show alone ("watching Strictly with the patients") names no one.
    score += !celebPerson(text)
      ? 0.5
      : ONCE_CELEB_VISIT(text) !== null
        ? 1
        : seenAsPatient(text, post)
          ? CELEB_GENERIC.test(celeb[0])
            ? 1
            : 2
          : CELEB_GENERIC.test(celeb[0])
            ? 0.5
            : 1.5;
    if (at === -1) at = celeb.index;
  }
  // Who they are outside the hospital: "the lollipop lady from St Mary's", "the lifer on C wing".
  // A role said as a clause ("the bloke who calls the numbers at the Mecca bingo") or at a named
  // place ("the receptionist at the Premier Inn").
  const listedJob =
    (anyWord(post, OCCUPATION_GATE) ? ONCE_OCCUPATION(text) : null) ??
    ((words.has("who") || words.has("whose")) && anyWord(post, RUNS_GATE)
      ? ONCE_RUNS_A_PLACE(text)
      : null) ??
    (anyWord(post, OCCUPATION_GATE) ? ONCE_NAMED_FROM_BUSINESS(text) : null);
  const worksAt = listedJob === null && anyWord(post, WORKS_GATE) ? ONCE_WORKS_AT(text) : null;
  const clauseJob =
    listedJob === null && worksAt === null
      ? ((words.has("who") ? whoClause(text).role : null) ??
        (words.has("the") && anyWord(post, ROLE_AT_GATE) ? roleAt(text) : null))
      : null;
  const job = listedJob ?? worksAt ?? clauseJob;
  let jobCounted = false;
  // "a local teacher" already counted as someone known locally.
  // Visiting, singing or helping out is not being cared for: "the vicar came in to sing carols".
  if (
    job &&
    // "I'm a taxi driver and ...": the writer; "every porter, builder and nurse": no one person.
    !SELF_BEFORE.test(text.slice(Math.max(0, job.index - 12), job.index)) &&
    !QUANTIFIED_BEFORE.test(text.slice(Math.max(0, job.index - 40), job.index)) &&
    // "one of our theatre nurses (the one who runs the Pilates class)": a colleague.
    !STAFF_BEFORE.test(text.slice(Math.max(0, job.index - 40), job.index)) &&
    !WAS_STAFF_AFTER.test(text.slice(job.index, job.index + 120)) &&
    // "still the best teacher on the ward": a colleague praised, not a patient's job.
    !(
      PRAISE_BEFORE.test(text.slice(Math.max(0, job.index - 16), job.index)) &&
      ON_THE_TEAM_AFTER.test(text.slice(job.index + job[0].length, job.index + job[0].length + 30))
    ) &&
    !(celeb && job.index >= celeb.index && job.index < celeb.index + celeb[0].length) &&
    !VISITOR_ROLE.test(text.slice(job.index, job.index + 80)) &&
    !(/reporter|journalist|photographer/i.test(job[0]) && MEDIA_ASK.test(text)) &&
    // The job holder is the one cared for: care words in their sentence or the one before ("the landlord of
    // the Black Swan waters down his spirits. Half of A&E…" is not about him being in A&E).
    (clauseJob !== null
      ? caredForAround(text, job.index, post)
      : careIn(withoutCareLocation(sentenceAndOneBefore(text, job.index)), post))
  ) {
    // "works at Tesco" says little on its own (and its place is counted as a place); with where
    // it is done, "works in Boots on the high street in Newark", it narrows.
    if (job !== worksAt) score += 1;
    jobCounted = true;
    if (at === -1 || job.index < at) at = job.index;
    // "the bloke who runs the kebab van outside the station": the job with where it is done.
    const located = LOCATED_AFTER.exec(
      text.slice(job.index + job[0].length, job.index + job[0].length + 80),
    );
    const placeName = located ? (located[1] ?? located[2] ?? located[3]) : undefined;
    if (located && !(placeName !== undefined && NOT_PLACE.has(placeName))) score += 1;
    // "the woman who runs the Harrietsham post office": a business named by its town or owner.
    else if (/\b(?:the|a)[ \t]$/i.test(job[0])) {
      const named = NAMED_OBJECT.exec(
        text.slice(job.index + job[0].length, job.index + job[0].length + 30),
      );
      if (named !== null && !NOT_PLACE.has(named[1]) && !NEWS_TITLES.has(named[1])) score += 1;
    }
  } else if (
    (words.has("is") || words.has("was") || words.has("works") || words.has("worked")) &&
    (words.has("a") || words.has("an")) &&
    EMPLOYED_AT.test(text)
  )
    score += 1;
  let small = ONCE_SMALL(text);
  // "being the only Black man in the theatre team", "I'm the only one who...": the writer.
  if (small && SELF_SMALL_BEFORE.test(text.slice(Math.max(0, small.index - 14), small.index)))
    small = null;
  if (small) {
    score += 2;
    if (at === -1 || small.index < at) at = small.index;
  }
  const rare = anyWord(post, RARE_GATE) ? ONCE_RARE(text) : null;
  // A named rare condition is only ever seen in care: it needs no other care word. "A rare
  // condition" in general ("1 in 17 people will have a rare condition") does.
  const namedRare = rare !== null && !RARE_GENERIC.test(rare[0]);
  // "The 2nd case of leprosy in Kent this decade": the case is the person.
  if (
    at === -1 &&
    rare !== null &&
    (/\bcase[ \t]+of[ \t]+$/i.test(text.slice(Math.max(0, rare.index - 10), rare.index)) ||
      /^case\b/i.test(rare[0]))
  )
    at = rare.index;
  // Someone said to have a condition ("a 7 year old from Holmfirth with Kawasaki disease") is
  // spoken of as cared for, as care words would say.
  let condition: boolean | undefined;
  const hasCondition = () =>
    (condition ??=
      ONCE_CONDITION(text) !== null ||
      (anyWord(post, CONDITION_NAMED_GATE) && ONCE_CONDITION_NAMED(text) !== null) ||
      ((words.has("disease") || words.has("syndrome")) && NAMED_DISEASE.test(text)));
  // "Plastered my daughter's coach's wrist": the verb is the care.
  const caredByVerb = caredKnown !== null && !LINKED.test(caredKnown[0]);
  if (at === -1 || (!namedRare && !caredByVerb && !careInText(text, post) && !hasCondition()))
    return null;
  if (placeFoundOnce(text, post)) score += 1;
  if (
    (anyWord(post, DWELLING_GATE) && ONCE_DWELLING(text) !== null) ||
    (words.has("from") && ONCE_FROM_VENUE(text) !== null) ||
    ON_STREET.test(text)
  )
    score += 1;
  // "room 3's daughter", "bed 9's wife": a relative of the one in that bed.
  if ((text.includes("'s") || text.includes("’s")) && ONCE_BED_OWNER(text) !== null) score += 2;
  // "is a patient of Dr Shah's": whose list they are on.
  if (words.has("patient") && ONCE_PATIENT_OF(text) !== null) score += 1;
  if (plate) score += 2;
  if (yourKin) score += 2;
  // Where in the hospital, next to the person: "Resus 1, 4:40am, 19 year old motorcyclist".
  if (bedNear(text, at, words.has("wing") || words.has("cell"))) score += 1;
  const whoIncident = words.has("who") ? whoClause(text).incident : null;
  if (
    ONCE_EVENT(text) !== null ||
    (whoIncident !== null &&
      !QUANTIFIED_BEFORE.test(text.slice(Math.max(0, whoIncident.index - 40), whoIncident.index)) &&
      caredForAround(text, whoIncident.index, post))
  )
    score += 1;
  if (rare) score += 2;
  else if (hasCondition()) score += 1;
  // A day everyone remembers ("on Christmas Eve", "on the 14th") pins an event down more than
  // "today" does.
  if (ONCE_SPECIFIC_DAY(text) !== null) score += 1;
  else if (ONCE_TIME(text) !== null) score += 0.5;
  // Only as the one cared for: "the Maidstone United goalie at our fun run" is a guest.
  if (
    clubRole &&
    careIn(withoutCareLocation(sentenceAndOneBefore(text, clubRole.index)), post) &&
    ONCE_NOT_CARE(text) === null
  )
    score += 2;
  const forYears = words.has("years") ? LOCAL_FOR_YEARS.exec(text) : null;
  // "who has kept the stroke unit spotless for 11 years": a colleague's service.
  if (
    forYears &&
    !/\b(?:ward|unit|hospital|department|team|trust|nhs|practice|surgery|clinic)\b/i.test(
      forYears[0],
    )
  )
    score += 1;
  if (words.has("year") && SCHOOL.test(text) && YEAR_GROUP_PERSON.test(text)) score += 1;
  if (caredKnown) score += 2;
  // Someone the writer was at school with is known to everyone who was there too.
  else if (recognised !== null) score += 1.5;
  else if (anyWord(post, KNOWN_OUTSIDE_GATE) && ONCE_KNOWN_OUTSIDE(text) !== null) score += 1;
  else if (words.has("me") && RECOGNISED_ME.test(text)) score += 0.5;
  // Only with a clue to who it is: an age, a job, a public figure.
  if (hinted && (age || celeb || jobCounted)) score += 1;
  // A regular everyone at the surgery or pharmacy knows: "who comes in every week for her asthma".
  const regular =
    words.has("frequent") ||
    words.has("every") ||
    words.has("us") ||
    words.has("times") ||
    words.has("again") ||
    ((words.has("time") ||
      words.has("call") ||
      words.has("admission") ||
      words.has("attendance") ||
      words.has("visit") ||
      words.has("lot") ||
      words.has("box") ||
      words.has("batch") ||
      words.has("prescription") ||
      words.has("script")) &&
      (/\d(?:st|nd|rd|th)\b/.test(text) || anyWord(post, WORD_ORDINALS)))
      ? ONCE_REGULAR(text)
      : null;
  // "every Friday" pins a regular down more than "every week" does. "He is not a frequent flyer"
  // says the opposite.
  if (regular && !/\bnot[ \t]+$/i.test(text.slice(Math.max(0, regular.index - 4), regular.index)))
    score += /day$/i.test(regular[0]) && !/every[ \t]+day$/i.test(regular[0]) ? 1.5 : 1;
  // Who someone is to look at or to hear: "the man with the parrot on his shoulder", "who thinks
  // he's Jesus", "the kid in the yellow Lambo", "whose mum is in prison".
  if (
    (anyWord(post, TRAIT_GATE) && ONCE_TRAIT(text) !== null) ||
    (post.digits >= 1 && TALL.test(text))
  )
    score += 1;
  else if (anyWord(post, DESCRIBED_GATE) && describedInCare(text, post)) score += 1;
  if (ONCE_NOT_CARE(text) !== null) score -= 1;
  // "Nurse Kelly in bay 4 tonight is 24": the one described works there.
  if (anyWord(post, STAFF_WORDS) && ONCE_STAFF_AT_PLACE(text) !== null) score -= 1;
  // "Our HCA Grace was a finalist on Bake Off": the one described is a colleague.
  else if (
    anyWord(post, STAFF_WORDS) &&
    STAFF_NAMED_BEFORE.test(text.slice(Math.max(0, at - 40), at))
  )
    score -= 2;
  return { score, at };
}

// A local news story and the author's unit together single the person out: "Remember the Bolton
// News story about the man whose house flooded? He came in to our unit last night", "That canal
// boat fire on the news? Both of them came through us", "the dad who jumped into the Ribble (it
// was all over Facebook)? He's with us in HDU".
const NEWS_STORY =
  /\b(?:(?:remember|if you saw|if you were stuck (?:at|in|on)|if you drove past) (?:the|that)?\b[^.!?\n]{3,80}\b(?:story|news|paper|facebook|fire|crash|rescue|accident|incident|flood|attack|m\d{1,2}|a\d{1,4}|traffic|queue|tailback)|on (?:look (?:east|north)|points west|calendar|granada reports|midlands today|south today|spotlight|bbc (?:breakfast|news)|itv news|sky news)|(?:on|in) the (?:news|papers?)|(?:news|post|echo|gazette|herald|advertiser|chronicle|telegraph|mercury|argus|courier|express|star) (?:story|article)|all over (?:facebook|twitter|tiktok|instagram|the news|the local news|the papers)|was in the (?:news|papers?))\b/i;
// An event everyone in the area heard of, told by where it happened: "the man found in the River
// Wear on Monday", "the lad pulled out of the Tyne", "the scaffolder who came off the Trinity Walk
// job", "after the Smithdown Road bakery accident", "the M62 crash". With "came to us" or "we had
// him in resus" it singles the patient out as a news story does.
const NAMED_EVENT =
  /\b(?:found|pulled|rescued|dragged|fished)[ \t]+(?:out[ \t]+of|from|in)[ \t]+the[ \t]+(?:River[ \t]+)?[A-Z][a-z]+|\bcame[ \t]+off[ \t]+(?:the|his|her)[ \t]+[A-Z][\w'’]+|\b(?:the|that)[ \t]+(?:[A-Z][\w'’]+[ \t]+){1,3}(?:[a-z]+[ \t]+)?(?:crash|accident|fire|stabbing|shooting|explosion|collapse|pile-?up)\b|\bthe[ \t]+[AM]\d{1,3}[ \t]+(?:crash|pile-?up|accident|smash)\b/;
const CARE_WITH_US =
  /\b(?:we had (?:him|her|them|both|the [a-z]+)(?: [a-z]+){0,2} in|that was us with|(?:walked|wheeled|rushed|carried|limped) (?:in)?to our|(?:chatting|talking) to us|(?:came|come|comes|brought)(?: in)? (?:in )?(?:to|through|into|onto) (?:us|our|the unit|the ward)|(?:is|are|he'?s|she'?s|they'?re|was|were) (?:now )?(?:with us|on our|in our)|with us (?:in|on)|(?:on|in|from) our (?:ward|unit|icu|itu|hdu|resus|a&e|department|bay)|(?:is|are|he'?s|she'?s|they'?re) (?:now )?(?:on|in) (?:icu|itu|hdu|ccu|resus|our ward))\b/i;

// A public figure's visit or opening ("The Mayor cut the ribbon on our refurbished lounge", "Our
// local MP dropped in to see the new CT scanner and meet the team"): a guest, not a patient.
const VISIT =
  /\b(?:cut the ribbon|officially open(?:ed|s)?|(?:dropped|popped|came) in (?:this morning |this afternoon |today |yesterday )?to (?:see|meet|open|visit|tour)|(?:visited|visiting|toured|touring) (?:our|the) (?:new |refurbished )?[a-z]+ (?:unit|ward|scanner|lounge|department|centre|suite|site|wing)|to meet the (?:[a-z]+ )?(?:team|staff))\b/i;

const STAFF_BEFORE_UNIT =
  /\b(?:doctors?|nurses?|consultants?|colleagues?|managers?|staff|registrars?|surgeons?|porters?|hcas?|midwi(?:fe|ves)|physios?|matron|sister)\s+$/i;

export const indirectIdentifier: CustomRecognizer = {
  entity: "INDIRECT_IDENTIFIER",
  detect({ normalised }) {
    const view = normalised.base;
    const text = view.text;
    const found: Entity[] = [];
    const post = analyse(normalised);
    const words = post.words;
    if (fictionOrHistory(text, post)) return found;
    if (testIfMay(VISIT, text) && !CARE_WITH_US.test(text)) return found;
    const story = execIfMay(NEWS_STORY, text) ?? execIfMay(NAMED_EVENT, text);
    const withUs = story ? CARE_WITH_US.exec(text) : null;
    if (
      story &&
      withUs &&
      // "will be in the papers soon" is a prediction; "a doctor on our unit" is staff.
      !/\b(?:will|'ll|could|might|going to) be\s+$/i.test(
        text.slice(Math.max(0, story.index - 16), story.index),
      ) &&
      !STAFF_BEFORE_UNIT.test(text.slice(Math.max(0, withUs.index - 30), withUs.index))
    ) {
      const span = view.toOriginal(story.index, story.index + story[0].length);
      found.push({
        type: "INDIRECT_IDENTIFIER",
        start: span.start,
        end: span.end,
        text: normalised.original.slice(span.start, span.end),
        score: 0.8,
        pattern: "news story and our unit",
        detail: { points: 2, ownRelative: false },
      });
      return found;
    }
    let result = indirectScore(text, post);
    let ownRelative = false;
    // Only for messages received (the rule drops these from staff posts), and only a post with
    // "my" or "our" in it can score differently when the writer's own relative counts.
    if ((!result || result.score < 2) && (words.has("my") || words.has("our"))) {
      result = indirectScore(text, post, true);
      ownRelative = true;
    }
    if (!result || result.score < 2) return found;
    // Report from the person described to the end of that sentence.
    const start = result.at;
    const stop = /[.!?\n]|$/g;
    stop.lastIndex = start + 1;
    let end = Math.min(text.length, start + 200);
    const s = stop.exec(text);
    if (s && s.index < end) end = s.index;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const span = view.toOriginal(start, end);
    found.push({
      type: "INDIRECT_IDENTIFIER",
      start: span.start,
      end: span.end,
      text: normalised.original.slice(span.start, span.end),
      score: Math.min(1, 0.4 + result.score / 5),
      pattern: "combination of details",
      detail: { points: result.score, ownRelative },
    });
    return found;
  },
};
