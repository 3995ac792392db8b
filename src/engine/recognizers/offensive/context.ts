// Reading the context of an offensive word: who it is aimed at, whether it is quoted to report
// or condemn it, whether the author is describing themselves. Shared by the hate, threat,
// sexual-content, abuse and profanity rules. All patterns run on the `words` view (lower case).

/** The sentence around [start, end): bounded by . ! ? or a line break. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  // At most 200 characters either side: a run-on "sentence" of a megabyte must not cost O(n) per word.
  const lo = Math.max(0, start - 200);
  const hi = Math.min(text.length, end + 200);
  let s = start;
  while (s > lo && !isStop(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < hi && !isStop(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;

// People in a workplace or care setting, as a post refers to them.
export const PERSON_NOUN =
  "(?:nurse|nurses|doctor|doctors|dr|reg|registrar|consultant|consultants|surgeon|surgeons|f1|f2|fy1|fy2|sho|hca|hcas|porter|porters|director|manager|managers|matron|sister|charge nurse|midwife|midwives|physio|physios|receptionist|receptionists|admin girl|admin|girl|lad|guy|bloke|man|woman|lady|student|students|student nurse|student nurses|colleague|colleagues|family|patient|patients|husband|wife|boss|cleaner|cleaners|paramedic|paramedics|pharmacist|secretary|locum|locums|agency nurse|bank nurse|housekeeper|worker|apprentice|trainee|gp|anaesthetist|radiographer|phlebotomist|ward clerk|coordinator|deputy|lead|chief exec|chief executive|visitor|visitors|relative|relatives|son|daughter|resident|residents|fella|chap|mate|junior|juniors|regs|security guard|driver|drivers|crew|crews|anaesthetists|anaesthetist|radiologist|sonographer|therapist|dietitian|technician|it guy|educator|mentor|supervisor|tutor|trainer|band [2-9]|band [2-9]s)";

const DETERMINER = "(?:the|this|that|our|my|your|his|her|their|new|another|\\d+)";

// A particular person or small group: "the new HCA", "that blonde physio", "Another 4 Nigerian
// nurses", "a lad of about 20 in bay 4", "the charge nurse on Ward 7", "Mr Houdini", "22 year old".
const SPECIFIC_PERSON = new RegExp(
  [
    `\\b(${DETERMINER})(?: [a-z0-9'’-]+){0,2} (${PERSON_NOUN})\\b(?! (?:surgeries|surgery|practices?|stations?|rooms?|offices?|rotas?|bank|uniforms?|shortages?|vacancies|numbers|training|posts|jobs|car park|parking|pay|strikes?)\\b)`,
    `\\b${PERSON_NOUN}(?: of about \\d+)? (?:in|on|from) (?:bed|bay|side room|cubicle|resus|ward|the day shift|nights|days|lates)\\b`,
    `\\b\\d+[ -]?(?:year|yr)s?[ -]?old\\b`,
    `\\b(?:mr|mrs|ms|miss|dr) [a-z]+`,
    `\\b(?:her|him) on (?:nights|days|lates|earlies|the ward)\\b`,
    `\\bwho(?:ever|soever)\\b|\\bwhichever\\b`,
  ].join("|"),
  "g",
);

/**
 * Whether the text points at a particular person or small group. "The porters" or "our nurses"
 * are a group at large; "the new F1", "4 Nigerian nurses" and "her on nights" are not.
 */
export function hasSpecificPerson(text: string): boolean {
  SPECIFIC_PERSON.lastIndex = 0;
  for (let m = SPECIFIC_PERSON.exec(text); m; m = SPECIFIC_PERSON.exec(text)) {
    const det = m[1];
    const noun = m[2];
    if (
      det !== undefined &&
      noun !== undefined &&
      /s$/.test(noun) &&
      !/^\d/.test(det) &&
      det !== "another"
    )
      continue;
    return true;
  }
  return false;
}

/** A person anywhere in the text, singular or plural, specific or not. */
export const ANY_PERSON = new RegExp(
  `\\b(?:${PERSON_NOUN}|person|member of staff|staff member|employee|he|she|him|her|they|them|whoever|whichever|someone|somebody|anyone who|the one who)\\b`,
);

// Capitalised words that are not names.
const NOT_NAMES = new Set(
  "I I'm I'll I've I'd A An The This That These Those Our My Your His Her Their We You He She They It Its Who What When Where Why How If And But Or So Not No Yes Just Still Another Every Each All Some Any Nobody Everyone Someone Anyone Honestly Guess Congrats Congratulations Happy Thanks Thank Please Sorry Hi Hello Hey Dear Welcome Well Oh Omg Lol Also Then Now Today Tonight Tomorrow Yesterday Morning Night Nights Day Days Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Christmas Easter Ramadan Eid Diwali Hanukkah Passover Lent Advent Vaisakhi Holi Yom Kippur Sabbath Shabbat Mass Ward Wards Bay Bed Trust Hospital NHS A&E ED AMU ITU ICU CCU HCA HCAs F1 F2 GP Dr Mr Mrs Ms Miss Sister Matron Reg Team Unit Staff Nurse Nurses Doctor Doctors New Old Big Little Reminder Shoutout Shout Whoever Course Another Rainbow Unpopular Gorgeous Catheterised Heard Caught Watched Spilled Tell Send Give Get Let Don't Can't Won't Isn't Didn't Doesn't Never Always Only Even Apparently Absolutely Proper Real Seriously Right Post Tip Pro Fun Hope Love Gorgeous Sorry Honestly Trust Parking Nurse Guess Caught Another Whoever Pride Queer Deaf Black White Asian British English Polish Welsh Scottish Irish Jewish Muslim Muslims Christian Sikh Hindu England Britain Scotland Wales Ireland Europe Africa India Pakistan Poland Romania Nigeria Ghana China Facebook Insta Instagram TikTok Twitter LinkedIn OnlyFans Duolingo Santa Casualty Strictly Monster Greggs Asda Tesco Haribo Jäger Range Rover Stanley God Jesus Lord OMG Bless Bloody Holy WHAT".split(
    " ",
  ),
);

// Words that end the name of a company, service or team rather than a person's.
const ORGANISATION_WORDS = new Set(
  "Rail Railway Railways Trains Buses Bus Airways Airlines Water Energy Gas Electric Power Council Police Bank Mail Post Express Times News Mirror Telegraph Echo Gazette Herald United City Rovers Wanderers Athletic Town County Borough Group Ltd Limited Services Trust Hospital Hospitals Healthcare Health Care Homes Ambulance Fire Rescue Parking Park Park Motors Mobile Broadband Broadcasting Radio TV Television Network Networks Society Association Foundation Charity Council Councils Partnership".split(
    " ",
  ),
);

/**
 * Whether the original text names someone: a capitalised word mid-sentence that is not a common
 * word, a place ("in Wigan") or one of `exclude` (e.g. identity terms such as "Muslims").
 */
export function hasNamedPerson(original: string, exclude: Set<string> = new Set()): boolean {
  const re = /(?<=[^.!?\s]\s)([A-Z][a-z]{2,})(?=$|[^a-zA-Z])/g;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const word = m[1];
    if (NOT_NAMES.has(word) || exclude.has(word.toLowerCase())) continue;
    // The last word of an organisation's name: "Northern Rail", "Severn Trent Water".
    if (ORGANISATION_WORDS.has(word) && /[A-Z][a-z]+\s$/.test(original.slice(0, m.index))) continue;
    const before = original.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    if (
      /\b(?:in|at|from|near|to|on|around|outside|inside|via|the|of the|off the|down|up|into)\s$/.test(
        before,
      )
    )
      continue;
    return true;
  }
  return false;
}

// Second person, addressing someone: "you're a", "you lazy", "to the bank nurse who ...: you".
export const SECOND_PERSON = /\b(?:you|you're|youre|you’re|ya|u|ur|yourself)\b/;

// The author about themselves: "I'm such an idiot", "I'm a proud dyke", "as a gay man".
export const SELF_DESCRIPTION =
  /\b(?:i'm|i’m|im|i am|i was|i feel|i felt|call me|as an?|me and my|we're|we are|us)\b(?: [a-z'’-]+){0,3}\s*$/;

// Reporting or condemning words that someone else said: "a patient called me a ...",
// "someone shouted '...' at me", "words like '...'", "calling your staff '...'".
export const REPORTING_BEFORE =
  /\b(?:called|calls|calling|call|shouted|shouting|shout(?! out)|yelled|yelling|screamed|screaming|said|says|saying|told me|branded|labelled|scrawled|scrawl|daubed|sprayed|graffiti|written|wrote|the word|words like|terms like|slurs like|words such as|using the word|use the word|stop using|stop saying|don't use|do not use|never use|stop calling (?:people|someone|them|us|patients|colleagues))\b[^.!?\n]{0,25}$/;

// Words that condemn or report abuse rather than join in.
export const CONDEMNATION =
  /\b(?:reported|report it|report them|reporting|never acceptable|not acceptable|unacceptable|isn't ok|is not ok|not okay|zero tolerance|racism|racist|homophobia|homophobic|transphobia|transphobic|ableism|ableist|bigotry|hate crime|abuse|abused|abusive|delete it|delete them|block them|deserve better|call it out|calling it out|stand against|stand with|solidarity|love wins|no excuse|not a joke|isn't a joke|hurtful|discrimination|stereotypes are|unconscious bias|bias (?:course|training)|microaggressions?|myths?|debunk\w*)\b|\b(?:it|that|this|words?|comments?|jokes?|which|and|still) hurts?\b|\bhurt (?:me|us|people|someone|colleagues|staff)\b/;

// Negation just before a word: "not a", "isn't", "never", "no such thing as".
export const NEGATION_BEFORE =
  /\b(?:not|isn't|isnt|aren't|wasn't|never|no|don't|dont|didn't|nobody is|no one is|nor)\b(?: [a-z'’-]+){0,2}\s*$/;

/** Whether [start, end) of the words view sits inside quotation marks on both sides. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const b = text.slice(Math.max(0, start - 2), start);
  const a = text.slice(end, end + 2);
  return /['"‘“]\s?$/.test(b) && /^\s?['"’”]/.test(a);
}

// Words that condemn or report abuse excuse a put-down only when they condemn: "she reported me
// for being late" and "reported for being rubbish" (someone reporting a person), "before anyone
// says it's abuse", "it's not abuse" and "abuse of the sickness policy" do not excuse the put-down
// they sit beside, and "deserve better" condemns only where abuse or comments are spoken of ("your
// constituents deserve better" after an insult is part of it).
const CONDEMNATION_ALL = new RegExp(CONDEMNATION.source, "g");
const NOT_CONDEMNING_BEFORE =
  /\b(?:(?:says?|said|call(?:s|ed|ing)?|claims?|think|thinks|reckon|before anyone says)(?: it's| its| it is| this is| that's)?|not|isn't|isnt|hardly|sick(?:ness)?|sick leave|system|policy) (?:a |an )?$/;
const ABUSE_SPOKEN_OF =
  /\b(?:comments?|abuse|abusive|abused|called|calling|names|racis\w*|trolls?|trolling|bullying|bullied|treated|treatment|spoken to|shouted|harass\w*)\b/;
export function condemnsAbuse(text: string): boolean {
  CONDEMNATION_ALL.lastIndex = 0;
  for (let m = CONDEMNATION_ALL.exec(text); m; m = CONDEMNATION_ALL.exec(text)) {
    const word = m[0];
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (
      /^reported$/.test(word) &&
      /^ (?:me|us|him|her|them|for)\b/.test(text.slice(m.index + 8, m.index + 13)) &&
      !/\b(?:i|we|i've|we've|i have|we have|and|so|then)\s+(?:\w+\s+)?$/.test(before)
    )
      continue;
    if (/^(?:abuse|abusive|abused)$/.test(word)) {
      if (NOT_CONDEMNING_BEFORE.test(before)) continue;
      if (
        /^ of (?:the |our |his |her |their )?(?:system|policy|process|rota|sick|sickness|flexi|overtime|position|power|trust|goodwill)\b/.test(
          text.slice(m.index + word.length, m.index + word.length + 24),
        )
      )
        continue;
    }
    if (word === "deserve better" && !ABUSE_SPOKEN_OF.test(text)) continue;
    return true;
  }
  return false;
}
