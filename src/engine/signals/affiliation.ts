// Who is speaking: an official Trust account, a member of staff who names their NHS employer,
// and whether they have said their views are their own (MC-SS01 §4.2(d), CCC-SMP §7.3.1).
// All tests run on the `base` view (invisible characters removed, look-alikes folded).
import { rememberLast } from "../last-post.js";
import type { NormalisedText } from "../normalise/index.js";
import type { ResolvedPack } from "../pack/schema.js";
import { execIfMay, testIfMay } from "./cue-gate.js";
import { EMPLOYER, fired, scan, trigger } from "./lexicon.js";

// "Official account of …", "(official account)", "Official press office account", "Media enquiries only".
const OFFICIAL = /\bofficial\b|\bpress office\b|\bmedia enquiries\b/i;
// "Official account of the Ward 7 team (set up and run by us, not comms!)": not the Trust's.
export const NOT_BY_COMMS =
  /\bnot\s+(?:(?:run|approved|managed|set\s+up)\s+)?(?:by\s+)?(?:the\s+)?(?:comms|communications)(?:\s+team)?\b|\bwithout\s+(?:the\s+)?(?:comms|communications)\b/i;
const NOT_OFFICIAL = /\b(?:unofficial|not\s+(?:an?\s+|the\s+)?official|non-official)\b/i;

/** The profile says the account is an official one of the Trust or a service. */
export function isOfficialAccount(profile: string): boolean {
  return profile.length > 0 && officialProfile(profile);
}
// Several rules ask in turn about the same profile.
const officialProfile = rememberLast(
  (profile: string): boolean =>
    OFFICIAL.test(profile) && !NOT_OFFICIAL.test(profile) && !NOT_BY_COMMS.test(profile),
);

// The many ways staff say their views are their own. "RTs ≠ endorsement" is about reposts,
// not one's own views, so it is deliberately absent.
const DISCLAIMER = new RegExp(
  [
    // views my own / views are mine / all views personal / opinions are mine alone / tweets my own
    String.raw`\b(?:all\s+)?(?:views?|opinions?|tweets?|thoughts?|posts?|comments?)\s*(?:[=:(\[–—-]\s*)?(?:(?:are|r|is|expressed|expressed\s+here|expressed\s+here\s+are|expressed\s+are|here\s+are)\s+)?(?:(?:all|entirely|strictly|purely|solely|very\s+much)\s+)?(?:my\s+own|mine|personal|own)\b`,
    // my own view / my views, not my employer's / own views / personal opinions
    String.raw`\bmy\s+(?:own\s+)?(?:views?|opinions?)(?:\s+only)?\s*[,:;(–—-]?\s*not\s+(?:those\s+of\s+)?(?:my|the)\s+(?:employer|trust|organisation|hospital)`,
    // my views, not EEAST's / my thoughts and not the Trust's / opinions mine not NHS Fife's
    String.raw`\b(?:my\s+(?:own\s+)?(?:views?|opinions?|thoughts?|tweets?|posts?)|(?:views?|opinions?|thoughts?)\s+(?:are\s+)?mine)(?:\s+only)?\s*[,:;(–—-]?\s*(?:and\s+)?not\s+(?:necessarily\s+)?(?:those\s+of\s+|the\s+views\s+of\s+)?(?:the\s+|my\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+['’]s?(?=$|[\s.,;)|!])`,
    String.raw`\b(?:my\s+own|personal|own)\s+(?:views?|opinions?)\b`,
    // "my view and nobody else's", "my opinions, no one else's", "my thoughts alone"
    String.raw`\bmy\s+(?:views?|opinions?|thoughts?)\s*(?:[,(–—-]\s*|and\s+)?(?:(?:nobody|no\s*one|no-one)\s+else['’]?s\b|alone\b)`,
    String.raw`\bnot\s+(?:the\s+views?\s+of\s+|those\s+of\s+|representative\s+of\s+)?my\s+employer(?:'s|s)?\b`,
    String.raw`\b(?:do\s+not|don't|dont|does\s+not|doesn't)\s+(?:necessarily\s+)?(?:represent|reflect)\s+(?:the\s+views\s+of\s+|those\s+of\s+)?(?:my|the)\s+(?:employer|trust|organisation)`,
    String.raw`\bspeaking\s+(?:only\s+)?for\s+myself\b`,
    // speaking personally / in a personal capacity / not for my trust / not on behalf of my employer
    String.raw`\b(?:speaking|writing|posting|tweeting)\s+(?:purely\s+|strictly\s+)?(?:personally|as\s+myself|in\s+a\s+personal\s+capacity)\b|\bin\s+a\s+personal\s+capacity\b|\bnot\s+(?:(?:speaking|posting|writing)\s+)?(?:for|on\s+behalf\s+of)\s+my\s+(?:trust|employer|organisation|hospital)\b|\bnot\s+(?:speaking|posting|writing)\s+(?:for|on\s+behalf\s+of)\s+the\s+(?:trust|organisation|hospital)\b`,
    // "my views ≠ my employer's" (the base view folds ≠ to =), "opinions != the Trust's"
    String.raw`\b(?:my\s+)?(?:views?|opinions?|tweets?|thoughts?)\s*(?:≠|!=|=\/=|=|are\s+not|aren't|r\s+not|do\s+not\s+equal|don't\s+equal)\s*(?:those\s+of\s+)?(?:my|the)\s+(?:employer|trust|organisation|hospital)`,
  ].join("|"),
  "i",
);

// Every disclaimer above has one of these words.
const DISCLAIMER_WORDS = trigger(
  "views view opinions opinion tweets tweet thoughts posts comments own personal employer represent reflect speaking myself mine personally capacity behalf",
);
const disclaimerMemo = new Map<string, boolean>();

/** The text says the author's views are their own. Pass the post's normalised text to use its word scan. */
export function hasDisclaimer(text: string, normalised?: NormalisedText): boolean {
  if (normalised) return fired(scan(normalised), DISCLAIMER_WORDS) && DISCLAIMER.test(text);
  // Profiles repeat across posts; remember their answer.
  let known = disclaimerMemo.get(text);
  if (known === undefined) {
    if (disclaimerMemo.size > 512) disclaimerMemo.clear();
    known = DISCLAIMER.test(text);
    disclaimerMemo.set(text, known);
  }
  return known;
}

// Words that make a capitalised name an NHS organisation, hospital or service.
const ORGANISATION_WORD = String.raw`(?:Hospitals?|Infirmary|Foundation\s+Trust|NHS\s+Trust|HSC\s+Trust|Health\s+(?:and|&)\s+Social\s+Care\s+Trust|NHS|Healthcare|Health\s+Care|Teaching\s+Hospitals|University\s+Hospitals?|Ambulance(?:\s+Service)?|Health\s+Board|Community\s+Health|Mental\s+Health|Medical\s+Centre|Health\s+Centre|Surgery|Hospice|Cancer\s+Centre)`;
const CAP = String.raw`[A-Z][\w'’&.-]*`;

const EMPLOYER_PATTERNS: RegExp[] = [
  // NHS as a word or in a hashtag or handle: "NHS", "#NHS", "@StMarysNHS", "NHS nurse"; not a
  // patient's number ("NHS No: 401 …", "NHS no. 4012…", "NHS #401…")
  /(?:^|[^A-Za-z])NHS(?![a-z]|\s+(?:waiting\s+lists?|app|numbers?|dentists?|111|website|choices)\b|\s*(?:no\b\.?|#)\s*[:.-]?\s*\d)|[a-z]NHS\b|#nhs\w*/i,
  // A handle that is plainly a trust, hospital or ambulance service: "@UHBTrust", "@NWAmbulance"
  /@\w*(?:Trust|Hosp|Hospitals?|NHS|Healthcare|Ambulance|Infirmary)\w*/i,
  // "Leeds General Infirmary", "Royal Preston Hospital", "East Sussex Healthcare NHS Trust"
  new RegExp(String.raw`\b${CAP}(?:\s+(?:and\s+|&\s+|of\s+)?${CAP}){0,5}\s+${ORGANISATION_WORD}\b`),
  // "Royal Stoke", "Salford Royal", "Furness General", "Scunthorpe General"
  new RegExp(
    String.raw`\bRoyal\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+Royal\b|\b[A-Z][a-z]+\s+General\b(?!\s+(?:Surgery|Practi|Medicine|Manager|Election|Assembly|Secretary|Knowledge|Studies))`,
  ),
];

// The Trust as the author's employer: "the Trust", "this Trust", "our Trust", "this fucking Trust".
// Capital T only: "trust me" is not an employer.
const THE_TRUST =
  /\b(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]y)\s+(?:[a-z*]+\s+)?Trust\b(?!\s+(?:me|you|him|her|them|us|in(?!\s+(?:years|ages|decades|\d{4}|(?:the\s+)?(?:last|past)\b)))\b)/;
// Lower-case "our trust", "the trust's", "cheers trust" as the employer, not trust as confidence
// ("lost the trust of patients", "our trust in you", "the trust fund").
const THE_TRUST_LOWER =
  /(?<!\b(?:lose|lost|losing|earn|earned|earning|gain|gained|build|built|building|betray|betrayed|break|broke|broken|win|won|rebuild|regain|regained|keep|kept|destroy|destroyed|erode|eroded|undermine|undermines|undermined|restore|restored|have|has|had|put|putting|place|placed)\s+)\b(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]y)\s+(?:(?:bloody|fucking|f\*+ing|whole|entire|new)\s+)?trust(?:'s|’s)?\b(?!\s+(?:me|you|him|her|them|us|in|of|between|fund|funds|issues?|that|we|and\s+confidence|has\s+been\s+(?:broken|lost)|is\s+(?:broken|gone|lost))\b)|\b(?:[Cc]heers|[Tt]hanks|[Nn]ice\s+one|[Ww]ell\s+done),?\s+[Tt]rust\b/;

// "Trust won't budge", "Trust says no": the Trust without an article, as the subject of what it
// does to its staff ("Trust me", "Trust is earned" are not employers).
const TRUST_AS_SUBJECT =
  /(?:^|[.!?]\s+)Trust\s+(?:won't|wouldn't|refuses|refused|says|said|hasn't|haven't|still|wants|expects|decided|can't|cannot|never|keeps|kept|announced|cut|cuts|moved|insists|insisted|told|tells|just|expect)\b/;
// In a post (not a profile) a hospital name may be anyone's; it names the author's employer only
// in a first-person frame: "I'm a porter at Salford Royal", "I work for the Trust", "worked here 20 years",
// "as someone who works for Solent".
// Capitalised words after "at" that are times or occasions, not workplaces.
const NOT_A_WORKPLACE = String.raw`(?:Christmas|Easter|Halloween|Diwali|Eid|Ramadan|New|Last|Least|Home|Work|First|Times|Night|Weekends?|Lunch|Uni|University|School|College|Glastonbury|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const FIRST_PERSON_EMPLOYMENT = new RegExp(
  String.raw`\b(?:I'm|I am|Im|[Aa]s|I've\s+been|I\s+have\s+been|I\s+was|[Bb]eing)\s+an?\s+(?!(?:patient|mum|dad|parent|visitor|carer|relative|member|result|reminder|rule|treat|thank|student|volunteer)\b)(?:[\w-]+\s+){0,3}(?:at|for|with|in)\s+(?:the\s+)?[A-Z]|\bI\s+(?:work|worked)\s+(?:at|for|in)\s+(?:the\s+)?NHS\b|\bI(?:'ve| have)?\s+(?:work|worked|been working)\s+(?:at|for|in)\s+(?:the|this|our)?\s*[A-Z]|\b(?:work|works|worked|working)\s+(?:for|at|in)\s+(?:this|the|our)\s+(?:Trust|hospital)|(?:^|[.!?]\s+)At\s+(?!${NOT_A_WORKPLACE}\b)[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3},?\s+(?:we|we've|we're|our)\b|\b[Oo]ur\s+(?:[\w-]+\s+){0,2}(?:ward|wards|team|department|unit|director|manager|managers|management|matron|consultants?|nurses|staff|execs?|board|HR|payroll)\s+(?:here\s+)?(?:at|in)\s+[A-Z][a-z]|\b(?:shifts?|nights|lates|earlies|long\s+days|[Ww]ards?|years|months|on[- ]call|rota)\s+(?!(?:sister|manager|clerk|host|matron)\b)(?:[\w-]+\s+){0,2}at\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][\w'’]+|\bI\s+(?:work|worked)\s+(?:in|on)\s+(?:the\s+)?[a-z&-]+(?:\s+[a-z&-]+)?\s+at\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z]|\b(?:[Hh]ere|[Pp]roud\s+to\s+(?:work|be))\s+(?:at|for|with|in)\s+(?:the\s+)?[A-Z]|\b[Bb]een\s+at\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s+(?:for\s+)?(?:\d+|a\s+few|a\s+couple\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years|months)\b|(?:^|[.!?]\s+)(?:Worked|Been\s+working|Working)\s+(?:(?:on|in)\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?\s+)?(?:at|for|in)\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z]|\b(?:[Aa]s|I'm|I\s+am)\s+an?\s+NHS\b|\b(?:[Aa]s\s+)?(?:someone|somebody|one|a\s+person)\s+who(?:\s+(?:works|worked|has\s+worked|still\s+works)|['’]s\s+(?:worked|been\s+working))\s+(?:at|for|in)\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z]`,
);

// More first-person ways to place oneself at a named workplace: "Been a nurse at Leighton for 12
// years", "I've been at Furness General since 2009", "Started at Southmead in 2015", "We at
// St Richard's…", "Us porters at Airedale", "Anyone else at Wexham…", "As a Royal Derby porter".
const JOB_WORD = String.raw`(?:nurse|nurses|hca|hcas|HCA|HCAs|porter|porters|midwife|midwives|paramedic|paramedics|doctor|doctors|physio|physios|pharmacist|radiographer|domestic|cleaner|consultant|registrar|sister|matron|manager|receptionist|secretary|admin|worker|employee|staff|medic|reg|SHO|FY1|FY2|RN|ODP)`;
const NOT_A_PLACE_ADJECTIVE = String.raw`(?:Christian|Muslim|Jewish|Sikh|Hindu|Black|White|British|Irish|Scottish|Welsh|English|Filipino|Nigerian|Indian|Asian|Senior|Junior|Student|Newly|Staff|Band|Agency|Bank|Male|Female|Trans|Gay|Disabled|Autistic|Mental|Community|District|Practice|Charge|Ward|Theatre|Paediatric|Neonatal|Night|Day|Retired|Former|Proud|Qualified|Registered|Lead|Head|Chief|Deputy|Clinical|Specialist|Advanced|Trainee|Locum|Health|Care|Healthcare|Support)`;
const MORE_FIRST_PERSON = new RegExp(
  [
    String.raw`(?:^|[.!?]\s+|\bI've\s+|\bI\s+have\s+)[Bb]een\s+an?\s+(?:[\w-]+\s+){0,2}(?:at|for|with)\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z]`,
    String.raw`\b[Bb]een\s+at\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s+since\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}|I\s+qualified|qualifying)`,
    String.raw`(?:^|[.!?]\s+|\bI\s+)[Ss]tarted\s+(?:at|with)\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s+(?:in\s+\d{4}|\d+\s+years\s+ago|as\s+an?\b)`,
    String.raw`\b(?:[Ww]e|[Uu]s)\s+(?:[\w-]+\s+){0,2}?at\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)(?:St\.?\s+)?[A-Z][\w'’]+`,
    String.raw`\b[Aa]nyone\s+else\s+(?:\w+\s+)?at\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][\w'’]+`,
    String.raw`\b(?:[Aa]s|I'm|I\s+am|[Pp]roud)\s+(?:an?\s+)?(?!${NOT_A_PLACE_ADJECTIVE}\b)(?:[A-Z][\w'’]+\s+){1,3}${JOB_WORD}\b`,
  ].join("|"),
);

// In a profile, a job followed by "@ Place" or "at Place" names the workplace: "RN @ Wythenshawe".
const PROFILE_WORKPLACE =
  /(?:^|[\s,|/·•])(?:@\s?|at\s+|(?:work|working|works)\s+(?:for|at|in)\s+)(?:the\s+)?[A-Z][A-Za-z'’&.-]{2,}|\bwith\s+(?:the\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+/;
// A hospital known by a possessive name ("Addenbrooke's", "St Mary's", "Guy's and St Thomas'"), or
// an NHS body by its initials ("UCLH", "LTHT", "SCAS", "Cardiff and Vale UHB"), after a separator.
const PROFILE_HOSPITAL_NAME =
  /(?:^|[,|/·•@–—-]\s*)(?:St\.?\s+|Saint\s+)?(?!(?:Children|Women|Men|People)['’]s)[A-Z][a-z]+(?:['’]s|s['’])(?=\s*(?:$|[,|/·•.)]|and\s+St|Hospital))|\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s|s['’])|(?:^|[,|/·•@–—-]\s*|\s)(?:[A-Z]{2,5}H|[A-Z]{1,4}(?:HT|FT|TT|UHB|HB)|(?!SHOUT|ABOUT|SCOUT|STOUT|SPROUT|WITHOUT)[A-Z]{2,5}UT|[A-Z]{2,3}AS|[A-Z]{2,4}Amb)\b|\b(?:Integrated\s+Care(?:\s+Board)?|Partnership(?:\s+NHS)?|ICB|UHB)\b/;
// The same in lower case, as many bios are written: "hca @ lister hospital", "rn at whiston
// hospital", "porter | leeds general infirmary". "A hospital", "the local hospital" name nowhere.
const PROFILE_LOWER_HOSPITAL =
  /(?:^|[\s,|/·•])(?:@\s?|at\s+|for\s+|[,|/·•]\s*)(?:the\s+)?(?!(?:the|a|an|my|our|local|children's|private|community|general|district|big|busy|teaching|nhs)\s)[a-z][a-z'’&.-]+(?:\s+[a-z][a-z'’&.-]+){0,3}\s+(?:hospitals?|infirmary|nhs(?:\s+(?:foundation\s+)?trust)?|healthcare|ambulance\s+service)\b/;
// A placement is not employment: "Student nurse | placement @ Salford Royal".
const PLACEMENT = /\bplacement\s+(?:@|at|in|on)\s*[^|,.\n]*/gi;

function namesTrustByName(text: string, pack: ResolvedPack): boolean {
  if (pack.trust.names.length === 0) return false;
  const lower = text.toLowerCase();
  return pack.trust.names.some((n) => n.length > 1 && lower.includes(n.toLowerCase()));
}

// "Royal Stoke … I'm a nurse there": a named hospital, then the author placing themselves there.
const WORKS_THERE =
  /\b(?:I'm|I am|Im)\s+an?\s+(?:[\w-]+\s+){0,3}(?:there|here)\b|\bI(?:\s+(?:work|worked|have\s+worked)|'ve\s+worked|'ve\s+been\s+(?:working\s+)?)\s*(?:there|here)\b/;

// "The new clinic at Pinderfields … I work there": a named place after "at" (not a time or occasion).
const AT_A_PLACE = new RegExp(String.raw`\bat\s+(?:the\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][a-z'’]+`);

// "… the finance team at Medway …" in a post that speaks of "our" people or places: the author's workplace.
const TEAM_AT =
  /\b(?:[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){0,2}(?:ward|team|department|unit|office)\s+at\s+[A-Z][a-z]/;
const OUR = /\b[Oo]ur\b/;

// A part of a workplace at a named place, in a post where the author speaks for themselves:
// "HR at Westmarch lost my paperwork", "the staff canteen at Bramhope … we're human too" (straight
// before "at"), "the new electronic prescribing at Harrowfield is brilliant", "Day 4 of the new EPR
// at Corrington", "the band 7 interviews at Pennock Bay" (up to two words between).
const WORK_AT_PLACE = new RegExp(
  String.raw`\b(?:(?:HR|[Mm]anagement|[Mm]anagers|[Oo]cc(?:upational|y)?\s+[Hh]ealth|[Pp]ayroll|[Ee]states|(?:[Ss]taff\s+)?[Cc]anteen|[Ss]taff\s+car\s+park|[Bb]ullying|[Mm]orale|[Ee]very\s+(?:nurse|porter|HCA|midwife|doctor|physio|member\s+of\s+staff)|[Ss]taff|[Tt]he\s+rota)\s+(?:here\s+)?|(?:[Ss]taff|[Ww]ards?|[Uu]nit|[Tt]eam|[Cc]anteen|[Cc]ar\s+park|[Rr]ota|[Rr]ostering|EPR|epr|e-?[Oo]bs|[Ss]ystem|[Pp]rescribing|[Ii]nterviews?|[Tt]raining|[Ss]hifts?|[Nn]ights|HR|[Mm]anagement|[Mm]anagers|A&E|ED|AMU|[Tt]heatres|[Oo]utpatients|[Pp]harmacy|[Cc]linic|[Ss]ervice|[Dd]ischarge\s+team|[Pp]rinter|[Ll]ifts?|[Cc]hanging\s+rooms?|[Pp]olicy|[Rr]estructure|[Gg]o-?live|[Pp]lan|[Pp]arking)\s+(?:[a-z]+\s+){0,2})at\s+(?:St\.?\s+)?(?!${NOT_A_WORKPLACE}\b)[A-Z][a-z'’]+`,
);
const FIRST_PERSON = /\b(?:I|I'm|I've|my|me|[Oo]ur|[Ww]e|[Ww]e're|us)\b/;

// In a profile, a job and then a named place: "Paediatric physio, Alder Hey", "Staff nurse •
// Chelsea and Westminster", "HCA | Wythenshawe | mum of 2". Wards, universities, specialties and
// personal words are not workplaces ("Staff nurse, Ward 6", "Nurse | Mum | Runner").
const PROFILE_JOB =
  /\b(?:nurse|hca|hcsw|physio\w*|doctor|midwife|paramedic|porter|pharmacist|radiographer|ot|slt|therapist|consultant|registrar|reg|sister|matron|manager|assistant|practitioner|specialist|officer|technician|scientist|sonographer|phlebotomist|receptionist|clerk|domestic|cleaner|worker|lead|rn|rgn|rmn|anp|acp|gp|fy1|fy2|f1|f2|sho|st\d|ct\d|dentist|optometrist|dietitian|podiatrist|surgeon|anaesthetist|administrator|admin|secretary|coordinator|supervisor|engineer|electrician|chef|driver|handler|visitor|medic|houseofficer|trainee|director|band\s*[1-9])\b/i;
// A town, city, county or nation on its own says where someone lives, not who employs them:
// "Nurse | Liverpool | dog mum", "District nurse, South Yorkshire" (not "East Kent" or "East
// Sussex", which name trusts). Followed by a hospital word it is a workplace ("Liverpool Women's").
const PLACE_ALONE = String.raw`(?:London|Manchester|Liverpool|Leeds|Birmingham|Bristol|Sheffield|Newcastle|Nottingham|Leicester|Glasgow|Edinburgh|Cardiff|Belfast|Brighton|Southampton|Portsmouth|Plymouth|Norwich|York|Oxford|Cambridge|Bath|Exeter|Hull|Bradford|Coventry|Stoke|Derby|Wolverhampton|Sunderland|Middlesbrough|Preston|Blackpool|Bolton|Wigan|Swansea|Aberdeen|Dundee|Inverness|Kent|Essex|Surrey|Sussex|Devon|Cornwall|Yorkshire|Lancashire|Cumbria|Norfolk|Suffolk|Somerset|Dorset|Hampshire|Berkshire|Wales|Scotland|England|Ireland|Northern\s+Ireland|UK|Midlands|(?:North|South|East|West)(?:\s+(?:East|West))?(?:\s+(?:Yorkshire|Midlands|Wales|Anglia|Riding|Scotland|England))?|Lincolnshire|Cheshire|Merseyside|Tyneside|Teesside)(?=\s*(?:$|[,|•·/–—(.!]|\s-\s|[^\x00-\x7F]))`;
const PROFILE_PLACE = new RegExp(
  String.raw`(?:[,|•·/–—@-]|\s-\s)\s*(?:[Tt]he\s+)?(?!${PLACE_ALONE})(?!(?:Ward|Wards|University|Uni|College|School|Mum|Mummy|Dad|Wife|Husband|Mother|Father|Nan|Grandma|Runner|Views|Opinions|Tweets|Proud|She|He|They|Her|His|Tea|Coffee|Gin|Wine|Dog|Dogs|Cat|Cats|Books|Football|Gym|Yoga|Music|Travel|Foodie|Christian|Muslim|Jewish|Sikh|Hindu|Catholic|Band|Nights|Days|Bank|Agency|Locum|Retired|Student|Trainee|Newly|Senior|Junior|Lead|Team|Clinical|Specialist|General|Critical|Intensive|Emergency|Acute|Mental|Community|Maternity|Theatres?|Paediatrics?|Cardiology|Oncology|Respiratory|Renal|Stroke|Neuro\w*|Ortho\w*|Surgery|Surgical|Medicine|Medical|Elderly|Care|Palliative|Neonatal|Radiology|Pharmacy|Outpatients|Endoscopy|Dialysis|Haematology|Urology|Gynae\w*|Obstetrics|Learning|Primary|Public|Infection|Diabetes|Sexual|Health|Adult|Child|Children's|Women's|Older|Frailty|Rehab\w*|Physiotherapy|Occupational|Speech|Dietetics|Podiatry|Audiology|Ophthalmology|Dermatology|Rheumatology|Gastro\w*|Vascular|Plastics|Trauma|Spinal|Burns|Cancer|Microbiology|Pathology|Labs?|Estates|Facilities|Catering|Portering|Domestic|Admin|Finance|Payroll|Comms|Education|Research|Quality|Safeguarding|Governance|Operations|Nursing|Midwifery|Therapies|Resus|Majors|Minors|Triage|Recovery|Anaesthetics|Anaesthesia|Imaging|Screening|Vaccination|Immunisation|Wellbeing|Volunteer|Chaplain|Chaplaincy|Union|Rep|Unison|RCN|GMB|BMA|Unite|Mother|Carer|Husband|Parent|Lover|Fan|Tired|Caffeine|Coffee|Dreamer|Proud|Living|Just|All|Here|Not|No|My|Our|Love|Loves|Loving|Based|From|Living|In|On|At)\b)[A-Z][a-z'’]+(?:\s+(?:and\s+|&\s+|of\s+|upon\s+|on\s+|le\s+)?(?:St\.?\s+)?[A-Z][a-z'’]+){0,5}(?=\s*(?:$|[,|•·/–—(.]|\s-\s|[^\x00-\x7F]))`,
);

// Profiles repeat across posts (one author, many posts), so the answer is remembered by text.
const profileMemo = new Map<string, boolean>();

/** The profile names the author's NHS employer, hospital or service (a job title or ward alone does not). */
export function profileNamesEmployer(profile: string, pack: ResolvedPack): boolean {
  if (!profile) return false;
  const key =
    pack.trust.names.length === 0 ? profile : `${pack.trust.names.join("\u0000")}\u0001${profile}`;
  let known = profileMemo.get(key);
  if (known === undefined) {
    if (profileMemo.size > 512) profileMemo.clear();
    known = profileNamesEmployerUncached(profile, pack);
    profileMemo.set(key, known);
  }
  return known;
}

// "Self-employed plasterer. Not NHS.", "ex-NHS": the profile disowns the NHS.
const NOT_NHS = /\b(?:not|non|never|ex|former|formerly)[\s-]*(?:an?\s+)?NHS\b/i;

// NHS bodies and hospitals known by initials that the pattern above misses ("UHL", "UHCW", "NUH",
// "LGI"), and trusts named "<Place> Health" ("Frimley Health", "Barts Health"; not "Public Health").
const PROFILE_INITIALS =
  /\b(?:UH[A-Z]{1,3}|NUH|NNUH|MFT|RUH|RFH|QEH|QMC|RVI|LGI|JR|JRH|RSCH|RBH|BRI|WGH|GRI|QEUH|UCLH|RLUH)\b|\b(?!(?:Public|Mental|Women's|Men's|Sexual|Occupational|Child|Children's|Global|Digital|Population|Community|Oral|Planetary|Environmental|Allied|Primary|Dental|Physical|Emotional|Holistic|Integrative|Animal|Pelvic|Bone|Gut|Skin|Heart|Brain|Lung|Eye|Foot|Joint|Spine|Men|Women|Good|Better|Your|My|Our|Whole|Total|Optimal|Mind|Body)\b)[A-Z][a-z]+\s+Health\b(?!\s+(?:and|&)\s+(?:Wellbeing|Fitness|Social))/;
// A job, an emoji, then a place: "Theatre nurse 🏥 Queen Elizabeth Birmingham".
const EMOJI_THEN_PLACE =
  /(?:[\u2600-\u27BF]|[\uD83C-\uDBFF][\uDC00-\uDFFF])\uFE0F?\s*(?:[Tt]he\s+)?(?:St\.?\s+)?[A-Z][a-z'’]+(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][a-z'’]+){1,4}\s*$/;
// Private employers: a pharmacy chain or a private hospital is not the NHS.
const PRIVATE_EMPLOYER =
  /\b(?:Boots|Bupa|Spire|Nuffield|Circle\s+Health|Priory|Ramsay|Lloyds\s*pharmacy|Superdrug|Specsavers|Vision\s+Express|Care\s+UK|HC-One|HCA\s+Healthcare|private\s+(?:hospital|practice|sector|clinic))\b/i;

function profileNamesEmployerUncached(profile: string, pack: ResolvedPack): boolean {
  if (NOT_NHS.test(profile)) return false;
  if (PRIVATE_EMPLOYER.test(profile) && !/\bNHS\b/i.test(profile)) return false;
  const text = profile.replace(PLACEMENT, " ");
  if (EMPLOYER_PATTERNS.some((re) => testIfMay(re, text))) return true;
  if (THE_TRUST.test(text) || PROFILE_WORKPLACE.test(text)) return true;
  if (PROFILE_HOSPITAL_NAME.test(text) || /\bNHS\b/.test(text)) return true;
  if (PROFILE_LOWER_HOSPITAL.test(text)) return true;
  if (THE_TRUST_LOWER.test(text)) return true;
  if (PROFILE_JOB.test(text) && PROFILE_PLACE.test(text)) return true;
  if (PROFILE_INITIALS.test(text)) return true;
  if (PROFILE_JOB.test(text) && EMOJI_THEN_PLACE.test(text)) return true;
  return namesTrustByName(text, pack);
}

// A staff hashtag made of the employer's initials: "#TeamRUH", "#ProudToBeUHL", "#WeAreNUH".
const STAFF_HASHTAG =
  /#(?:[Tt]eam|[Pp]roud(?:[Tt]o(?:[Bb]e|[Ww]ork(?:[Aa]t|[Ff]or)?)?)?|[Ww]e[Aa]re|[Oo]ne[Tt]eam)(?!(?:GB|UK|USA|EU|UN)\b)[A-Z]{2,6}\b|#(?:[Tt]eam|[Pp]roud[Tt]o(?:[Bb]e|[Ww]ork(?:[Aa]t|[Ff]or)?)|[Ww]e[Aa]re)(?!(?:GB|UK|USA|EU|England|Scotland|Wales|Ireland|Europe|World|Work|Nurse|Nurses|Nursing|Midwife|Midwives|Porter|Porters|Physio|Pharmacy|Night|Nights|Days|Ward|Theatres|Maternity|Work)\b)[A-Z][a-z]+(?:[A-Z][a-z]+){0,2}\b/;
// A post signed off like an e-mail: "… Tom, Falls Lead, Dorset County Hospital" or "— Sarah |
// Discharge Coordinator | Royal Cornwall Hospitals NHS Trust" at the very end: a job, then the
// organisation.
const SIGN_OFF = new RegExp(
  String.raw`(?:[,|\n—–]|\s-\s)\s*([^,|\n]{2,40}?)\s*[,|\n]\s*(?:the\s+)?${CAP}(?:\s+(?:and\s+|&\s+|of\s+)?${CAP}){0,5}\s+${ORGANISATION_WORD}\b[.!]?\s*$`,
);
// Both need a '#' or a separator near the end; cheap to test first.
const mayTagOrSignOff = (text: string) => text.includes("#") || /[,|\n—–-]/.test(text.slice(-120));

function signsOffWithEmployer(text: string): boolean {
  const m = execIfMay(SIGN_OFF, text);
  return m !== null && PROFILE_JOB.test(m[1]);
}

/** The post says "NHS", refers to the Trust as the author's employer, or names their workplace in the first person. */
export function postNamesEmployer(
  text: string,
  pack: ResolvedPack,
  normalised?: NormalisedText,
): boolean {
  if (!text) return false;
  // Every pattern below needs an employer word or a handle; most posts have neither.
  if (normalised && pack.trust.names.length === 0) {
    const words = scan(normalised);
    if (!(words.bits & EMPLOYER) && !words.handle) return false;
  }
  if (testIfMay(EMPLOYER_PATTERNS[0], text) || testIfMay(EMPLOYER_PATTERNS[1], text)) return true;
  if (testIfMay(THE_TRUST, text) || testIfMay(FIRST_PERSON_EMPLOYMENT, text)) return true;
  if (testIfMay(MORE_FIRST_PERSON, text) || testIfMay(TRUST_AS_SUBJECT, text)) return true;
  if (testIfMay(TEAM_AT, text) && OUR.test(text)) return true;
  if (testIfMay(WORK_AT_PLACE, text) && FIRST_PERSON.test(text)) return true;
  if (testIfMay(THE_TRUST_LOWER, text)) return true;
  if (mayTagOrSignOff(text) && (testIfMay(STAFF_HASHTAG, text) || signsOffWithEmployer(text)))
    return true;
  if (
    testIfMay(WORKS_THERE, text) &&
    (testIfMay(EMPLOYER_PATTERNS[2], text) ||
      testIfMay(EMPLOYER_PATTERNS[3], text) ||
      testIfMay(AT_A_PLACE, text))
  )
    return true;
  return namesTrustByName(text, pack);
}
