// NHS number: ten digits, last one a Modulus 11 check digit, in any grouping ("943 476 5919",
// "943-476-5919", "9434765919", "9434 765 919"), spaced single digits or digits as words (the `digits` view).
// A checksum pass alone is weak evidence (one ten-digit number in eleven passes), so the base
// score stays under the threshold until patient or NHS context is near; order, booking and
// phone words push it down. A number that fails the check is still reported with clear
// NHS-number context, since a mistyped NHS number still points at a patient.
import type { Recognizer } from "../recognizer.js";

export function nhsChecksumValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  let total = 0;
  for (let i = 0; i < 9; i++) total += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (total % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

const SEP = "(?:[ \\t]{0,2}[.\\-/][ \\t]{0,2}|[ \\t]{1,2})?";

export const nhsNumber: Recognizer = {
  entity: "NHS_NUMBER",
  view: "digits",
  patterns: [
    {
      name: "ten digits",
      // Grouped 3-3-4 as printed, or 4-3-3 and 3-4-3 as people copy them ("4168 393 879"); not
      // a run of small numbers ("4 11 18 22 35 49").
      regex: new RegExp(
        `(?<![\\d£$€.,])(?:\\d{3}${SEP}\\d{3}${SEP}\\d{4}|\\d{4}${SEP}\\d{3}${SEP}\\d{3}|\\d{3}${SEP}\\d{4}${SEP}\\d{3})(?![\\d])`,
        "g",
      ),
      score: 0.3,
    },
    {
      name: "ten digits read in pairs",
      // "44 22 62 38 50", as a number is read out over the phone: weaker, since pairs are also
      // scores and lottery numbers, so it needs the checksum and patient context both.
      regex: /(?<![\d£$€.,:][ \t]?)\d\d(?:[ \t-]\d\d){4}(?![ \t-]?\d)/g,
      score: 0.2,
    },
  ],
  validate(match) {
    let digits = "";
    for (const c of match) if (c >= "0" && c <= "9") digits += c;
    return nhsChecksumValid(digits) ? 0.15 : -0.05;
  },
  context: [
    { words: ["nhs", "nhs no", "nhs number", "nhs num", "chi", "nhsno"], adjust: 0.45, window: 40 },
    {
      words: [
        "patient",
        "pt",
        "record",
        "records",
        "notes",
        "registration",
        "registered",
        "systmone",
        "emis",
        "spine",
        "pds",
        "referral",
        "e-rs",
        "ers",
        "pharmacy",
        "bloods",
        "potassium",
        // Results and orders about the one the number is: "Hb back at 68 for 744 311 4850".
        "hb",
        "inr",
        "crp",
        "write up",
        "bleeped",
        "results",
        "chase",
        "bay",
        "bed",
        "ward",
        "side room",
        "mrs",
        "mr",
        "dob",
        "gent",
        "lady",
        "prescription",
        "blister",
        "ttos",
        "married name",
        "merge",
        "duplicate",
        "wristband",
        "his",
        "her",
      ],
      adjust: 0.3,
      window: 70,
    },
    {
      // Weaker patient context: enough for a number that passes Modulus 11, not for one that
      // fails it (a failing number near "clinic" or "mum" is more likely an order or a phone).
      words: [
        "reviewed",
        "review",
        "surgeons",
        "admitted",
        "discharged",
        "theatre",
        "scan",
        "sample",
        "label",
        "a&e",
        "amu",
        "eau",
        "resus",
        "majors",
        "hosp",
        "mum",
        "dad",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "handover",
        "whiteboard",
        "chart",
        "gp",
        "clinic",
        "appointment",
        "admission",
      ],
      adjust: 0.2,
      window: 70,
    },
    {
      words: [
        "order",
        "order no",
        "ref",
        "reference",
        "invoice",
        "tracking",
        "parcel",
        "delivery",
        "booking",
        "phone",
        // Said of a number to dial, not "ring the surgery re: blister pack for …".
        "call on",
        "call me on",
        "call us on",
        "ring on",
        "ring me on",
        "ring us on",
        "tel",
        "mobile",
        "account",
        "sort code",
        "ticket",
        "voucher",
        "receipt",
        "customer",
        "membership",
        "policy number",
        "serial",
        // Kit and stock numbers: "Asset tag 1029384756 on the bladder scanner".
        "asset",
        "asset tag",
        "asset number",
        "barcode",
        "batch",
        "lot",
        "stock code",
        "part number",
        "purchase order",
        "po number",
        "equipment",
      ],
      adjust: -0.45,
      window: 40,
    },
  ],
  threshold: 0.5,
};
