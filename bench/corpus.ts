// A deterministic generator of realistic posts for the benchmark: what NHS staff write on their
// own accounts (shift life, thanks, events), with patient details, swearing, insults, grievances,
// disguised spellings and Unicode tricks mixed in at rates that make the checker work for a
// living, plus inbound messages to an official account. Templates and vocabulary only: no
// dataset is copied. The same seed always gives the same posts.

/** mulberry32: small, fast, good enough for picking templates. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchPost {
  text: string;
  profile?: string;
  direction?: "outbound" | "inbound";
  /** What the template put in, for reading the numbers; the checker never sees it. */
  kind: string;
}

const FIRST = [
  "Margaret",
  "John",
  "Aisha",
  "Tom",
  "Priya",
  "Gareth",
  "Siobhan",
  "Kwame",
  "Elsie",
  "Dev",
  "Hannah",
  "Wojciech",
  "Fatima",
  "Reg",
  "Chloe",
];
const SURNAMES = [
  "Hughes",
  "Patel",
  "Okafor",
  "Smith",
  "Jones",
  "Kowalski",
  "O'Brien",
  "Nguyen",
  "Williams",
  "Evans",
  "Ahmed",
  "Taylor",
];
const TITLES = ["Mrs", "Mr", "Ms", "Miss", "Dr"];
const WARDS = [
  "Ward 4",
  "Ward 10",
  "Pembury ward",
  "AMU",
  "the stroke unit",
  "ED",
  "resus",
  "ITU",
  "Bay C",
  "the discharge lounge",
  "maternity",
  "SCBU",
];
const SITES = [
  "Maidstone Hospital",
  "Tunbridge Wells Hospital",
  "Musgrove Park",
  "Aintree",
  "the Royal",
  "Dorset County Hospital",
];
const ROLES = [
  "Staff nurse",
  "HCA",
  "Band 6 sister",
  "FY2 doctor",
  "Physio",
  "Midwife",
  "Porter",
  "Ward clerk",
  "ODP",
  "Paramedic",
];
const CONDITIONS = [
  "a rare form of Huntington's",
  "motor neurone disease",
  "sepsis",
  "a broken hip",
  "a stroke",
  "Creutzfeldt-Jakob disease",
];
const TOWNS = [
  "Maidstone",
  "Tonbridge",
  "Sevenoaks",
  "Taunton",
  "Dorchester",
  "Bootle",
  "Crowborough",
];
const STREETS = [
  "Acacia Avenue",
  "Station Road",
  "Church Lane",
  "Mill Street",
  "Victoria Road",
  "The Crescent",
];
const POSTCODES = [
  "ME16 9QQ",
  "TN2 4QJ",
  "TA1 5DA",
  "DT1 2JY",
  "L9 7AL",
  "ME15 7ET",
  "TN1 1AA",
  "SW1A 1AA",
];
const OUTWARD = ["ME16", "TN2", "TA1", "DT1", "L9"];
const SWEARS = [
  "fuck",
  "fucking",
  "shit",
  "bollocks",
  "bastard",
  "FFS",
  "WTF",
  "twat",
  "prick",
  "dickhead",
];
const MILD = ["bloody", "damn", "crap", "hell", "flipping"];
const INSULTS = [
  "useless",
  "a total waste of space",
  "lazy",
  "thick as mince",
  "a complete idiot",
  "clueless",
];
const EMOJI = ["😷", "💙", "🙄", "😭", "🙈", "👩🏽‍⚕️", "🏥", "☕", "😴", "🎉", "💪", "🌈"];
const CLEAN = [
  "Absolutely shattered after four long days but the team on {ward} were incredible. {emoji}",
  "Huge thanks to the porters today, nobody notices them until they're needed.",
  "Anyone know a good revision book for the NMC revalidation? Asking for a friend {emoji}",
  "Cake sale for the hospice this Friday at {site}, all welcome!",
  "First night shift as a qualified nurse done. Terrified but proud.",
  "Proud to see {site} shortlisted for the national patient safety awards {emoji}",
  "Reminder: flu jabs are available in the staff room until the end of the month.",
  "Scunthorpe away this weekend, anyone else going? Cocktails after in Essex {emoji}",
  "Sitting down to talk to a patient takes thirty seconds. Do it.",
  "The analysis of our falls audit is out and we've halved falls since March {emoji}",
  "Dick Whittington at the Hazlitt this Christmas, the kids loved it",
  "This heat is killing me, {ward} is like a sauna {emoji}",
  "We smashed our four-hour target today, well done everyone!",
  "Shoot me a message if you want to swap shifts next week",
  "Retirement do for Sandra on Friday, 30 years at {site}! {emoji}",
  "Ran the Great South Run for the hospital charity, {amount} raised so far",
];
const PII = [
  "{title} {surname} in bed {bed} on {ward} has been waiting for a scan since {day}.",
  "Lovely chat with {first} {surname} ({age}) on {ward} today, she makes the best jokes {emoji}",
  "My patient {first} was finally discharged home to {street}, {town} {emoji}",
  "NHS number {nhs} keeps coming up on the wrong notes, who do I tell?",
  "Found a handover sheet in the car park: {first} {surname}, DOB {dob}, {postcode}.",
  "Patient in bay {bay}, bed {bed}, came in at {time} with {condition} from {town}.",
  "Can someone call {phone} back? It's the daughter of the lady in bed {bed}.",
  "Her hospital number is {mrn}, please update the system",
  "Email {email} if you know the family of {title} {surname}",
  "The man with {condition} from {town} passed away this morning on {ward}.",
  "Visiting {first} {surname} at {house} {street}, {postcode} later",
];
const OFFENSIVE = [
  "What a {swear} shift. {emoji}",
  "Management are {swear} {insult} and they know it",
  "{first} on nights is {insult}, honestly can't stand working with them",
  "{swear} me, 14 hours without a break",
  "This {mild} rota is a joke, another weekend gone",
  "If the reg calls me {insult} one more time I'll punch him",
  "The Trust treats us like dirt and pays us peanuts {emoji}",
  "Everyone knows {first} from pharmacy comes in drunk",
  "Door code for the staff room is {code}, don't tell the patients lol",
];
const TRICKS = [
  (s: string) => s.replace(/u/g, "\u0443"), // Cyrillic у
  (s: string) => s.replace(/a/g, "\u0430").replace(/o/g, "\u043e"),
  (s: string) => s.replace(/([a-z])([a-z])/gi, "$1\u200b$2"),
  (s: string) => s.replace(/fuck/gi, "f u c k").replace(/shit/gi, "s.h.i.t"),
  (s: string) => s.replace(/fuck/gi, "fvck").replace(/shit/gi, "sh1t"),
  (s: string) =>
    [...s]
      .map((ch) => (/[a-z]/i.test(ch) ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch))
      .join(""),
];
const INBOUND = [
  "Hi, I'm {first}'s daughter, can you tell me what ward she's on and her test results?",
  "This is PC {surname} from Kent Police, please confirm the home address of patient {first} {surname}.",
  "IT service desk here: your mailbox is full, log in at http://nhs-mail-reset.example/login to keep it.",
  "What are the visiting times on {ward}?",
  "Where do I park for outpatients at {site}?",
  "You lot left my mum on a trolley for 9 hours, absolutely disgusting.",
  "Is {first} {surname} working tonight? I need to see her, it's urgent",
];
const PROFILES = [
  undefined,
  "{role} | {site} | Views my own {emoji}",
  "{role} at {site}",
  "{role}. Tea addict. {emoji}",
  "Official account of {site}",
  "NHS {role}. Opinions are my own.",
];

function nhsNumber(next: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(next() * 10));
    const sum = digits.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const all = [...digits, check === 11 ? 0 : check].join("");
    const style = next();
    return style < 0.5
      ? `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`
      : style < 0.8
        ? all
        : `${all.slice(0, 3)}-${all.slice(3, 6)}-${all.slice(6)}`;
  }
}

export function createCorpus(count: number, seed = 20240611): BenchPost[] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case "first":
          return pick(FIRST);
        case "surname":
          return pick(SURNAMES);
        case "title":
          return pick(TITLES);
        case "ward":
          return pick(WARDS);
        case "site":
          return pick(SITES);
        case "role":
          return pick(ROLES);
        case "emoji":
          return pick(EMOJI);
        case "bed":
          return String(int(1, 30));
        case "bay":
          return pick(["A", "B", "C", "D", "4", "6"]);
        case "age":
          return String(int(18, 99));
        case "day":
          return pick(["Monday", "Tuesday", "yesterday", "last week", "the 3rd"]);
        case "time":
          return `${String(int(0, 23)).padStart(2, "0")}:${pick(["00", "15", "30", "45"])}`;
        case "condition":
          return pick(CONDITIONS);
        case "town":
          return pick(TOWNS);
        case "street":
          return pick(STREETS);
        case "house":
          return String(int(1, 200));
        case "postcode":
          return next() < 0.8 ? pick(POSTCODES) : pick(OUTWARD);
        case "nhs":
          return nhsNumber(next);
        case "dob":
          return pick([
            `${int(1, 28)}/${int(1, 12)}/${int(1930, 2005)}`,
            `${int(1, 28)} March ${int(1930, 2005)}`,
            `${int(1930, 2005)}-0${int(1, 9)}-1${int(0, 9)}`,
          ]);
        case "phone":
          return pick([
            `07700 9${int(10000, 99999)}`,
            `01622 7${int(10000, 99999)}`,
            `+44 7700 9${int(10000, 99999)}`,
          ]);
        case "email":
          return `${pick(FIRST).toLowerCase()}.${pick(SURNAMES).toLowerCase().replace("'", "")}@example.com`;
        case "mrn":
          return pick([
            `RWF${int(1000000, 9999999)}`,
            `MRN ${int(10000000, 99999999)}`,
            `hosp no ${int(100000, 999999)}`,
          ]);
        case "swear":
          return pick(SWEARS);
        case "mild":
          return pick(MILD);
        case "insult":
          return pick(INSULTS);
        case "code":
          return `${int(1000, 9999)}${pick(["#", "*", ""])}`;
        case "amount":
          return `£${int(50, 5000)}`;
        default:
          return key;
      }
    });

  const posts: BenchPost[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    let kind: string;
    let pool: string[];
    let direction: "outbound" | "inbound" = "outbound";
    if (roll < 0.5) [kind, pool] = ["clean", CLEAN];
    else if (roll < 0.7) [kind, pool] = ["pii", PII];
    else if (roll < 0.9) [kind, pool] = ["offensive", OFFENSIVE];
    else [kind, pool, direction] = ["inbound", INBOUND, "inbound"];

    // One to six sentences, so lengths spread from a few words to the 500-character cap.
    const sentences = int(1, 6);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++)
      parts.push(fill(s === 0 ? pick(pool) : pick(next() < 0.7 ? CLEAN : pool)));
    let text = parts.join(" ");
    if (next() < 0.12) {
      text = pick(TRICKS)(text);
      kind += "+trick";
    }
    if (text.length > 500) {
      const cut = text.lastIndexOf(" ", 500);
      text = text.slice(0, cut > 0 ? cut : 500);
    }
    const profileTemplate = direction === "outbound" ? pick(PROFILES) : undefined;
    posts.push({
      text,
      kind,
      direction,
      ...(profileTemplate ? { profile: fill(profileTemplate) } : {}),
    });
  }
  return posts;
}

/** For `bench/batch-memory.ts`: the corpus as JSONL lines, endlessly. */
export function* jsonlLines(seed = 7): Generator<string> {
  let id = 0;
  for (;;) {
    for (const post of createCorpus(10_000, seed + id)) {
      yield (
        JSON.stringify({
          id: `b${id++}`,
          text: post.text,
          ...(post.profile ? { profile: post.profile } : {}),
          direction: post.direction,
        }) + "\n"
      );
    }
  }
}
