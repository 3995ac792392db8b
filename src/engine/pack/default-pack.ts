// The pack the engine uses when a trust supplies none. It holds nothing trust-specific (no
// addresses, numbers or handles: a trust lists its own in its pack file). Its local identifier
// patterns are shapes common across NHS patient administration systems, each needing patient
// context to count; labelled numbers ("MRN 00482911", "hosp no 1234567", "unit no. K884213")
// are recognised in code and need no entry here.
import type { PackOverrides } from "./schema.js";

const PATIENT_CONTEXT = [
  "patient",
  "pt",
  "ward",
  "bed",
  "bay",
  "side room",
  "porter",
  "scan",
  "ct",
  "mri",
  "x-ray",
  "xray",
  "pacs",
  "bloods",
  "results",
  "wristband",
  "sample",
  "tube",
  "label",
  "lab",
  "notes",
  "pas",
  "record",
  "theatre",
  "clinic",
  "referral",
  "discharge",
  "admission",
  "mrn",
  "hosp no",
  "hospital number",
  "unit number",
  // Who the number belongs to, and what it is booked for: "RWF4471902 is the lady with...".
  "list",
  "lady",
  "gentleman",
  "gent",
  "appointment",
  "admitted",
  "operation",
  "surgery",
  // Where and how a patient is being seen: "RXH0048812 – central chest pain, trop pending".
  "cubicle",
  "majors",
  "resus",
  "triage",
  "trop",
  "review",
  // Who rings about them and who is called for them: "RVJ2094418's family have rung again".
  "family",
  "relatives",
  "nok",
  "next of kin",
  "consultant",
  "bleep",
  "board",
  "nbm",
  "obs",
  // Who the number is and what was done to them: "first solo cannula was on RX1 2204718, lovely chap".
  "chap",
  "fella",
  "bloke",
  "cannula",
  "iv",
];

// Seven digits alone are weak: a count, a ticket, a GMC number or part of a phone number as often
// as a patient's hospital number. Only these words, close by, make them a patient's: where the
// patient lies and the results chased for them ("0458812 for the lady in bay 3, chase her bloods").
const STRONG_PATIENT_CONTEXT = [
  "bed",
  "bay",
  "side room",
  "cubicle",
  "ward",
  "bloods",
  "results",
  "chase",
  "chasing",
  "wristband",
  "specimen",
  "sample",
  "patient",
  "pt",
  "mrn",
  "hosp no",
];

// Numbers of other things, named just before the digits ("GMC 7012345", "ticket no. 1234567",
// "ring 2920123"); a phone's area code or a money sign before them.
const OTHER_NUMBER_LABELS = [
  "gmc",
  "nmc",
  "hcpc",
  "gphc",
  "gdc",
  "pin",
  "staff",
  "employee",
  "payroll",
  "assignment",
  "esr",
  "badge",
  "ticket",
  "raffle",
  "lottery",
  "prize",
  "order",
  "invoice",
  "ref",
  "reference",
  "booking",
  "confirmation",
  "tracking",
  "parcel",
  "account",
  "acct",
  "policy",
  "membership",
  "member",
  "card",
  "voucher",
  "code",
  "serial",
  "flight",
  "reg",
  "registration",
  "licence",
  "license",
  "job",
  "log",
  "datix",
  "incident",
  "claim",
  "ext",
  "extension",
  "bleep",
  "pager",
  "tel",
  "phone",
  "mobile",
  "call",
  "ring",
  "fax",
  "dial",
  "text",
  "whatsapp",
];
// What is counted ("1234567 steps", "1234567 patients seen"), and amounts ("1234567 quid", "1234567k").
const COUNTED = [
  "steps",
  "people",
  "views",
  "followers",
  "likes",
  "hits",
  "miles",
  "km",
  "metres",
  "meters",
  "calories",
  "kcal",
  "visitors",
  "visits",
  "patients",
  "staff",
  "nurses",
  "doctors",
  "members",
  "users",
  "pounds",
  "quid",
  "gbp",
  "euros",
  "dollars",
  "doses",
  "vaccines",
  "vaccinations",
  "jabs",
  "appointments",
  "calls",
  "downloads",
  "signatures",
  "votes",
  "times",
  "years",
  "days",
  "hours",
  "minutes",
  "seconds",
  "words",
  "units",
  "items",
  "cases",
  "admissions",
  "attendances",
  "referrals",
  "tests",
  "babies",
  "births",
  "deaths",
  "lives",
  "meals",
  "beds",
  "gloves",
  "masks",
  "tonnes",
  "litres",
  "pages",
  "impressions",
  "shares",
  "retweets",
  "subscribers",
  "plays",
  "streams",
  "points",
  "tickets",
  "entries",
  "responses",
  "k",
  "m",
  "bn",
  "p",
];
// Not the number of something else named just before it ("GMC 7012345", "ticket no. 1234567").
const NOT_OTHER_NUMBER = `(?<!\\b(?:${OTHER_NUMBER_LABELS.join("|")})\\W{0,3}(?:(?:no|num|number|#)\\.?\\W{0,3})?(?:(?:is|was)\\W{1,3})?)`;
// Not a count or an amount ("1234567 steps", "1234567 quid"), nor followed by more digits.
const NOT_COUNTED = `(?![ \\t]?-?[ \\t]?\\d|[ \\t]?(?:${COUNTED.join("|")})\\b|[ \\t]?%)`;
// Patterns are matched case-insensitively, so an organisation code's three characters can be a
// word: "for 1127893", "did 1234567" are no organisation code.
const NOT_A_CODE = `(?!(?:${[
  ...OTHER_NUMBER_LABELS.filter((w) => w.length === 3),
  ..."for the and did was has had got see saw are his her its our you all now new not but can any one two six ten per via out off day age bed bay".split(
    " ",
  ),
].join("|")})\\b)`;

// Seven digits standing alone (not inside a longer number, a decimal, a date or a time), not
// after another group of digits ("0800 1234567", "(0161) 4960123") or a money sign. Linear: each
// lookaround is bounded and tried only where seven digits stand alone.
const SEVEN_DIGITS =
  "(?<![\\w£$€#@+.,:/\\-])(?=\\d{7}(?![\\w.,:/\\-]?\\d|\\w))" +
  "(?<!(?:\\d|\\))[ \\t-]?|[£$€][ \\t]?)" +
  NOT_OTHER_NUMBER +
  "\\d{7}" +
  NOT_COUNTED;

export const defaultPack: PackOverrides = {
  name: "default",
  allow: {
    // Names staff write in care posts that are nobody's patient: the history of nursing and of the
    // NHS, and wartime songs sung on dementia wards. A trust adds its own (chief executive, MP).
    publicFigures: [
      "Florence Nightingale",
      "Mary Seacole",
      "Edith Cavell",
      "Aneurin Bevan",
      "Nye Bevan",
      "Vera Lynn",
      "Captain Tom",
      "Tom Moore",
    ],
  },
  localIdentifiers: [
    {
      // A trust's three-character organisation code (letters, or a letter and digits as in
      // "RX1") then a seven-digit local number, e.g. "RWF4471902", "RX1 0079341", "RXQ-882-1145".
      name: "organisation code + 7 digits",
      pattern: `\\b${NOT_A_CODE}[A-Z][A-Z0-9]{2}[ -]?\\d{3}[ -]?\\d{4}\\b${NOT_COUNTED}`,
      context: PATIENT_CONTEXT,
      score: 0.3,
    },
    {
      // Legacy "K numbers" and similar one-letter-prefixed case-note numbers, e.g. "K884213".
      name: "K number",
      pattern: "\\bK\\d{6,7}\\b",
      context: PATIENT_CONTEXT,
      score: 0.3,
    },
    {
      // A prison number (a letter, four digits, two letters, e.g. "A1234BC"): prison healthcare
      // staff see them on every record. Only with a prison word close by.
      name: "prison number",
      pattern: "\\b[A-Z]\\d{4}[A-Z]{2}\\b",
      context: [
        "prisoner",
        "prisoners",
        "prison",
        "inmate",
        "hmp",
        "wing",
        "cell",
        "landing",
        "yoi",
      ],
      score: 0.3,
    },
    {
      // A bare seven-digit local number: weak alone, so only with the patient close by and when
      // it is not a count, an amount, a date, a time, part of a phone number or another number.
      name: "seven digits with a patient close by",
      pattern: SEVEN_DIGITS,
      context: STRONG_PATIENT_CONTEXT,
      score: 0.1,
    },
  ],
};
