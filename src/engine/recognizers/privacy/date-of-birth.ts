// Date of birth: a full date (with a year) that birth words introduce: "DOB 12/03/1987",
// "d.o.b. 12.03.87", "d.o.b. 31st dec 59", "date of birth: 1987-03-12", "born 3rd March 1987",
// "born on the 22nd of August 1950", or a date said as who someone is ("the 14/03/1962 chap"). A date with no birth words ("clinic on 12/03/2025") is not a DOB, and "born"
// about an institution ("Happy birthday NHS, born 5th July 1948") is not a person's.
import type { CustomRecognizer, Entity } from "../recognizer.js";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE = new RegExp(
  [
    "\\b\\d{1,2}[ \\t]?[/.\\-][ \\t]?\\d{1,2}[ \\t]?[/.\\-][ \\t]?(?:\\d{4}|\\d{2})\\b",
    "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b",
    `\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]{1,2}(?:of[ \\t]{1,2})?${MONTH}\\.?,?[ \\t]{1,2}(?:\\d{4}|'?\\d{2})\\b`,
    `\\b${MONTH}\\.?[ \\t]{1,2}\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]{1,2}\\d{4}\\b`,
    // A month in Roman numerals, as some clinics write it: "19/VII/1951", "3.xii.1948".
    "\\b\\d{1,2}[ \\t]?[/.\\-][ \\t]?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[ \\t]?[/.\\-][ \\t]?(?:\\d{4}|\\d{2})\\b",
    // Written without separators after a DOB label: "dob:03041941" (ddmmyyyy).
    "\\b(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\\d{2}\\b",
  ].join("|"),
  "gi",
);
const QUICK =
  /born|birth|\bdob\b|d\.?\s?o\.?\s?b|\bb\.\s?\d|\d[ \t]+(?:chap|gent|gentleman|lady|man|woman|lad|lass|girl|boy|fella|bloke|patient|baby)\b|[A-Za-z][ \t,]+\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d/i;
// A full name straight before a date, as a label, wristband or request form prints them: "Brian
// Toft 12/03/1958", "HUSSAIN, ZAINAB 12/04/1987"...
const NAME_BEFORE_DATE =
  /(?:\b[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+|\b[A-Z]{2,}(?:-[A-Z]{2,})?,[ \t]*[A-Z][A-Za-z]+)[ \t,]*$/;
// ...read off a label, a wristband, a form or a list, or quoted.
const PRINTED_BEFORE =
  /['"‘“]|\b(?:label(?:led|s)?|wristbands?|bands?|forms?|stickers?|bottles?|samples?|print(?:ed|out)?|lists?|notes|charts?|tubes?)\b/i;
// ...or given with the name after who the person is to the writer: "mum (Pauline Grice,
// 08/01/1951)", "patient: Brian Toft 12/03/1958".
const WHO_BEFORE_NAME =
  /\b(?:mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|husband|wife|partner|son|daughter|brother|sister|aunt|auntie|uncle|cousin|patient|pt|resident|client)\b[ \t]*[:(,\-–]?[ \t]*\(?[ \t]*(?:[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+|[A-Z]{2,}(?:-[A-Z]{2,})?,[ \t]*[A-Z][A-Za-z]+)[ \t,]*$/i;
// ...and the date closes the details or the sentence goes on about the person, not an event
// ("My sister Amy Jones 12/03/2024 graduation day!").
const ABOUT_THE_PERSON_AFTER = /^[ \t]*(?:[),;.\-–]|$|(?:is|was|has|had|who|needs|got|and)\b)/i;
// A date that names the person: "the 14/03/1962 chap on ACU" (a full year, then who it is).
const PERSON_AFTER_DATE =
  /^[ \t]+(?:chap|gent|gentleman|lady|man|woman|lad|lass|girl|boy|fella|bloke|patient|baby)\b/i;
const BIRTH_LABEL =
  /(?:\bd\.?[ \t]?o\.?[ \t]?b\b\.?|date[ \t]of[ \t]birth|\bbirth[ \t]?date|\bdob\b|\bborn\b|\bb\.[ \t]?)[^.!?\n\d]{0,14}$/i;
const BORN_AFTER = /^[^.!?\n\d]{0,25}\b(?:was|were)[ \t]+born\b/i;
// "Ward 4" or "Unit 2" is where a person is, not an institution born on a date.
const BORN_ABOUT_INSTITUTION =
  /\b(?:nhs|trust|hospital|service|charity|unit|ward|practice|company)\b(?![ \t]*\d)[^\n]{0,25}\bborn\b/i;

// "Born on 5 July 1948, the NHS turns 77 this year": the institution is named just after.
const INSTITUTION_AFTER =
  /^[ \t]*[,;:\-–!.]?[ \t]*(?:the[ \t]+|our[ \t]+)?(?:nhs|trust|hospital|service|charity|unit|ward|practice)\b/i;
const BORN_MYSELF_BEFORE = /\b(?:I|I'm|I am|me|myself)\b[^.!?\n]{0,10}\bborn\b[^.!?\n\d]{0,8}$/i;
const MYSELF_AFTER = /^[ \t]*[,;:\-–]?[ \t]*(?:I'm|I am|I've|I was|I|so I|which makes me)\b/i;
// "Born 3 March 1975, started my nurse training 1994, retiring today": the writer's own career.
const OWN_CAREER_AFTER =
  /^[^.!?\n]{0,60}?\b(?:(?:started|began|finished|did) my|I (?:started|began|qualified|joined|trained|retire)|retiring|my (?:nurse |nursing |midwifery |medical )?(?:training|career|retirement|first (?:job|shift|post)))\b/i;

const PET_BEFORE =
  /\b(?:dog|cat|puppy|pup|kitten|pony|horse|rabbit|bunny|hamster|guinea pig|tortoise|budgie|parrot|pooch|doggo|spaniel|labrador|terrier|collie|cockapoo|greyhound)s?\b[^.!?\n]{0,50}$/i;
// Someone other than the writer, by who they are, or by where care or records put them.
const SOMEONE_ELSE_PERSON =
  /\b(?:he|she|his|her|him|they|their|patient|pt|baby|mum|dad|nan|gran|grandad|son|daughter|wife|husband|mr|mrs|ms|miss)\b/i;
const SOMEONE_ELSE = new RegExp(
  `${SOMEONE_ELSE_PERSON.source}|\\b(?:bed|bay|ward|cubicle|side ?room|resus|lives|admitted|discharged|nhs|mrn|hospital number|address)\\b`,
  "i",
);
const TURNING_AFTER =
  /^[ \t]*[,;:\-–]?[ \t]*(?:and[ \t]+)?(?:turning|turned|hitting|hit)[ \t]+\d{2}\b/i;
// "My own DOB is 02/03/1990 and the portal won't take it": the writer's own date.
const MY_OWN_LABEL =
  /\bmy[ \t]+(?:own[ \t]+)?(?:d\.?[ \t]?o\.?[ \t]?b\b\.?|date[ \t]of[ \t]birth|birth[ \t]?date)[^.!?\n\d]{0,14}$/i;
// "Florence Nightingale was born 12 May 1820": no patient alive now was born before 1900.
function historical(date: string): boolean {
  const year = /\b(1[0-8]\d\d)\b/.exec(date);
  return year !== null;
}

const OWN_KIN_BEFORE =
  /\b(?:my|our)[ \t]+(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|mother|father|aunt|auntie|aunty|uncle|son|daughter|wife|husband|partner|sister|brother)\b|(?:^|[.!?\n][ \t]*)(?:Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Mum|Dad)(?:'s|’s)?\b/;

function plausible(date: string): boolean {
  const nums = date.match(/\d+/g);
  if (nums && nums.length === 1 && nums[0].length === 8) return true; // ddmmyyyy, checked by shape
  if (!nums || nums.length < 3) return true; // written month
  const [a, b, c] = nums.map(Number);
  if (nums[0].length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
}

export const dateOfBirth: CustomRecognizer = {
  entity: "DATE_OF_BIRTH",
  detect({ normalised }) {
    const view = normalised.base;
    const text = view.text;
    const found: Entity[] = [];
    if (!QUICK.test(text)) return found;
    DATE.lastIndex = 0;
    for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
      if (!plausible(m[0]) || historical(m[0])) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const label = BIRTH_LABEL.exec(before);
      const end = m.index + m[0].length;
      // "#OnThisDay 12/03/1931 a legend was born": the birth said after the date.
      const bornAfter = label === null && BORN_AFTER.test(text.slice(end, end + 40));
      if (!label && !bornAfter) {
        if (
          /(?:19|20)\d\d$/.test(m[0]) &&
          (PERSON_AFTER_DATE.test(text.slice(end, end + 12)) ||
            (/\d[/.]\d{1,2}[/.]\d{4}$/.test(m[0]) &&
              NAME_BEFORE_DATE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
              (PRINTED_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index)) ||
                (WHO_BEFORE_NAME.test(text.slice(Math.max(0, m.index - 70), m.index)) &&
                  ABOUT_THE_PERSON_AFTER.test(text.slice(end, end + 12))))))
        ) {
          const at = view.toOriginal(m.index, end);
          found.push({
            type: "DATE_OF_BIRTH",
            start: at.start,
            end: at.end,
            text: normalised.original.slice(at.start, at.end),
            score: 0.9,
            pattern: "date naming a person",
            detail: { labelStart: at.start, ownKin: false },
          });
        }
        continue;
      }
      const isBorn = label === null || /born/i.test(label[0]);
      if (!isBorn && MY_OWN_LABEL.test(before)) continue;
      if (
        isBorn &&
        (BORN_ABOUT_INSTITUTION.test(text.slice(Math.max(0, m.index - 60), m.index)) ||
          INSTITUTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      )
        continue;
      // The author's own birthday ("I was born on…", "Born on 12 June 1990, I'm…") is no patient's.
      if (
        isBorn &&
        (BORN_MYSELF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
          MYSELF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
          OWN_CAREER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)))
      )
        continue;
      // "my dog Bruce, born 3rd April 2015": a pet's birthday.
      if (isBorn && PET_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const labelStart = label === null ? m.index : m.index - before.length + label.index;
      // "Born 14/03/1990 and still getting asked for ID": a post that opens with "Born" and
      // speaks of no one else is the writer's own.
      if (isBorn && /^\W*$/.test(text.slice(0, labelStart)) && !SOMEONE_ELSE.test(text)) continue;
      // "Born 14/02/1990 and turning 35 on a night shift. Someone bring cake to resus": the
      // writer's birthday, when nobody else is spoken of (the place of work may be).
      if (
        isBorn &&
        /^\W*$/.test(text.slice(0, labelStart)) &&
        TURNING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) &&
        !SOMEONE_ELSE_PERSON.test(text)
      )
        continue;
      // "Nan's 90th today… Born 4 May 1935": the writer's own family, which only care words near
      // make a patient (the rule drops it from staff posts with none).
      const ownKin = OWN_KIN_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index));
      const at = view.toOriginal(m.index, m.index + m[0].length);
      const labelAt = view.toOriginal(labelStart, labelStart + 1);
      found.push({
        type: "DATE_OF_BIRTH",
        start: at.start,
        end: at.end,
        text: normalised.original.slice(at.start, at.end),
        score: isBorn ? 0.8 : 0.95,
        pattern: isBorn ? "born + date" : "DOB label + date",
        detail: { labelStart: labelAt.start, ownKin },
      });
    }
    return found;
  },
};
