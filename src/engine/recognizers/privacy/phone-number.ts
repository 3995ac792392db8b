// UK phone numbers: mobiles (07...), landlines (01/02...), non-geographic and freephone, with
// +44 or 0, in any grouping. `phoneKindOf` tells the kind; whose number it is (a patient's,
// a relative's, a colleague's, or a public helpline) is for the rules to judge from context.
// The trust's published numbers (pack `allow.phones`) are dropped here. Numbers are matched in
// the `digits` view, so one read aloud ("oh seven seven double oh, nine double one, four oh two")
// or spaced digit by digit is found too, its offsets on the words as written.
import { digitWordsToDigits, mayHaveWordRun } from "../../normalise/digits.js";
import { identityView } from "../../normalise/text-view.js";
import type { Recognizer } from "../recognizer.js";
import { countDigits } from "./vocabulary.js";

const LETTER = /[a-z]/i;

/** The kind of a matched number as written ("07700 900733", "oh seven seven double oh ..." are mobiles). */
export function phoneKindOf(written: string): string {
  const spelled = LETTER.test(written) ? digitWordsToDigits(identityView(written)).text : written;
  let digits = spelled.replace(/\D+/g, "");
  if (digits.startsWith("0044")) digits = digits.slice(4);
  else if (digits.startsWith("44")) digits = digits.slice(2);
  return phoneKind(digits.replace(/^0+/, ""));
}

/**
 * Whether `text` may hold a phone number: nine digits, or three digits read aloud in a row
 * ("oh seven seven"). A cheap scan for rules to gate `entities("PHONE_NUMBER")` with.
 */
export function mayHoldPhone(text: string): boolean {
  return countDigits(text, 9) >= 9 || mayHaveWordRun(text);
}

export function phoneKind(national: string): string {
  if (national.startsWith("7")) return "mobile";
  if (national.startsWith("1") || national.startsWith("2")) return "landline";
  if (national.startsWith("80")) return "freephone";
  if (national.startsWith("3")) return "non-geographic";
  return "service";
}

export const phoneNumber: Recognizer = {
  entity: "PHONE_NUMBER",
  view: "digits",
  patterns: [
    {
      name: "UK number",
      regex:
        /(?<![\d+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0044[ \t]?|0)[1-9](?:[ \t-]?\d){8,9}(?![\d])/g,
      score: 0.6,
    },
    {
      // The area code in brackets: "(0161) 496 0123", "(01632) 960 222".
      name: "UK number, bracketed area code",
      regex: /(?<![\d+])\(0[1-9]\d{2,4}\)[ \t]?\d{3,4}[ \t-]?\d{3,4}(?![\d])/g,
      score: 0.6,
    },
  ],
  validate(match, env) {
    let digits = match.replace(/\D+/g, "");
    if (digits.startsWith("0044")) digits = digits.slice(4);
    else if (digits.startsWith("44")) digits = digits.slice(2);
    else digits = digits.slice(1);
    if (digits.startsWith("0")) digits = digits.slice(1);
    if (digits.length !== 10 && !(digits.length === 9 && digits.startsWith("1"))) return false;
    if (env.pack.allowed.phones.has("0" + digits)) return false;
    return true;
  },
  threshold: 0.5,
};
