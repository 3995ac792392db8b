// A colleague's home address or personal phone number: "Dr Okafor lives at 14 Beechwood Avenue",
// "ring Becky on her personal mobile 07700 900733". Someone's whereabouts outside work are theirs.
import {
  colleagueNearer,
  nearest,
  kinsHomeBefore,
  PATIENT_CUES,
  STAFF_PERSON,
} from "../../recognizers/privacy/people.js";
import { phoneKindOf } from "../../recognizers/privacy/phone-number.js";
import { countDigits } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { colleagueNear, COLLEAGUE_CLAUSES, CONSENT_OR_SELF, namedColleagueNear } from "./shared.js";
import { testIfMay } from "../../signals/cue-gate.js";

// Without nine digits (a phone) an address needs one of these words to be found at all.
const ADDRESS_HINT =
  /\b(?:lives?|living|staying|moved in|his|her|their|road|rd|street|avenue|close|lane|drive|way|crescent|grove|gardens|court|place|terrace|mews|rise|square)\b/i;

const PATIENT_NEAR = /\b(?:patients?|pt|discharged|admitted|ward \d|bed \d|bay \d)\b/i;
const OWN_ADDRESS = /\b(?:my|our) (?:home )?(?:address|postcode)\b|\b(?:i|we) live\b/i;
// The author's own number: "Ring me after 8, 07700 …", "text me on 07…", "my mobile is 07…".
const OWN_NUMBER_BEFORE =
  /\b(?:ring|call|phone|text|whatsapp|message|contact|reach|bell)\s+me\b[^.!?\n]{0,30}$|\bmy\s+(?:personal\s+)?(?:mobile|number|phone|mob)\b[^.!?\n]{0,15}$/i;
const LIVES = /\b(?:lives?|living|moved|home|address)\b/i;
const PERSONAL_MAIL =
  /@(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|btinternet|aol|sky|msn|proton(?:mail)?|virginmedia|talktalk|ymail)\./i;
const PERSONAL_SAID = /\b(?:personal|private|home) e-?mail\b/i;

// An address or number that belongs to a patient or their family: a home visit, a relative asking
// for a callback, "the gentleman with the parrot". Patient-identifiable reports those.
const CARE_CONTEXT =
  /\b(?:patients?|pt|residents?|gentleman|lady|visits?|visiting|last\s+call|first\s+call|callback|call\s+back|(?:my|patient's|his|her|their)\s+(?:daughter|son|mum|mom|mother|dad|father|husband|wife|partner|nan|gran|grandma|grandad|baby|child|kids?))\b/i;
// Only what comes before counts: "… she'll regret the way she spoke to my mum" after a colleague's
// address is a threat about a colleague, not a relative's address.
const careContextNear = (text: string, start: number) =>
  CARE_CONTEXT.test(text.slice(Math.max(0, start - 100), start));
// Said to be someone's home: "is moving to", "got the keys to", "her new flat,".
const HOME_SAID =
  /\b(?:lives?|living|moved|moving|move|keys|new[ \t]+(?:flat|house|place|home|build)|house[ -]?warming|(?:her|his|their)[ \t]+(?:flat|house|place|home|address))\b[^.!?\n]{0,25}$/i;
// Whose home it is: a staff word nearer than a care cue, or a colleague named by team or shift,
// the address said to be a home, with no care cue or named patient near ("Mo on nights is moving
// to 9 Elm Close on Saturday", not "Mrs Dunne on Ward 6 goes back to 9 Elm Close").
const colleaguesHome = (text: string, start: number, end: number, patients: { start: number }[]) =>
  colleagueNearer(text, start, end) ||
  (HOME_SAID.test(text.slice(Math.max(0, start - 50), start)) &&
    namedColleagueNear(text, start, end, 80) &&
    nearest(text, start, end, PATIENT_CUES, 120) === Infinity &&
    !patients.some((p) => Math.abs(p.start - start) < 120));

export const colleagueHomeAndContactRule = defineRule({
  meta: {
    id: "colleague-privacy/home-and-contact",
    category: "colleague-privacy",
    severity: "warn",
    clauses: COLLEAGUE_CLAUSES,
    message: "This gives a colleague's {{what}} ({{value}}) without their agreement.",
    suggestion:
      "Remove the colleague's address or personal number; point people to the ward or the rota coordinator instead.",
    fixable: true,
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const text = context.text;
    const hasNumber = countDigits(text, 9) >= 9;
    const hint = hasNumber || testIfMay(ADDRESS_HINT, text);
    // A personal e-mail address (a webmail domain, or called personal): a work address is not private.
    const emails =
      text.includes("@") && (PERSONAL_MAIL.test(text) || PERSONAL_SAID.test(text))
        ? context.entities("EMAIL_ADDRESS")
        : [];
    if (!hint && emails.length === 0) return;
    // Only an address, a phone number or an e-mail can be reported, so CONSENT_OR_SELF is read once
    // one is found (the same outcome as reading it first).
    const homes = hint ? context.entities("HOME_ADDRESS") : [];
    // A full postcode said to be where a colleague lives ("Kate lives at DN4 6RT").
    const postcodes =
      hint && LIVES.test(text)
        ? context
            .entities("POSTCODE")
            .filter((e) => !homes.some((a) => a.start <= e.start && e.end <= a.end))
        : [];
    const addresses = homes;
    const phones = hasNumber ? context.entities("PHONE_NUMBER") : [];
    if (
      addresses.length === 0 &&
      postcodes.length === 0 &&
      phones.length === 0 &&
      emails.length === 0
    )
      return;
    if (testIfMay(CONSENT_OR_SELF, context.normalised.base.text)) return;
    for (const e of addresses) {
      if (!colleaguesHome(text, e.start, e.end, context.entities("CARE_PERSON"))) continue;
      if (kinsHomeBefore(text, e.start)) continue;
      if (careContextNear(text, e.start)) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { what: "home address", value: e.text },
        redactAs: "[address]",
        fix: { start: e.start, end: e.end, replacement: "[address removed]" },
      });
    }
    for (const e of phones) {
      if (phoneKindOf(e.text) !== "mobile") continue;
      if (OWN_NUMBER_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start))) continue;
      if (
        !colleagueNearer(text, e.start, e.end) &&
        nearest(text, e.start, e.end, STAFF_PERSON, 60) === Infinity
      )
        continue;
      if (!colleagueNearer(text, e.start, e.end, 80)) continue;
      if (careContextNear(text, e.start)) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { what: "personal phone number", value: e.text },
        redactAs: "[phone number]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
    for (const e of postcodes) {
      // The colleague found by the shape of the reference ("Kate from the diabetes team").
      if (!colleagueNear(text, e.start, e.end, 100) || careContextNear(text, e.start)) continue;
      // Said of where someone lives, and not the author's own ("our address is ...").
      const before = text.slice(Math.max(0, e.start - 60), e.start);
      if (!LIVES.test(before) || OWN_ADDRESS.test(before)) continue;
      if (!colleagueNearer(text, e.start, e.end) && PATIENT_NEAR.test(text)) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { what: "home postcode", value: e.text },
        redactAs: "[postcode]",
        fix: { start: e.start, end: e.end, replacement: "[postcode removed]" },
      });
    }
    for (const e of emails) {
      if (
        /\b(?:my|me|i|us|our team'?s?|the (?:ward|team|office|department)'?s?)\b[^.!?\n]{0,25}$/i.test(
          text.slice(Math.max(0, e.start - 40), e.start),
        )
      )
        continue;
      if (!colleagueNearer(text, e.start, e.end, 100)) continue;
      if (careContextNear(text, e.start)) continue;
      context.report({
        start: e.start,
        end: e.end,
        data: { what: "personal e-mail address", value: e.text },
        redactAs: "[e-mail address]",
        fix: { start: e.start, end: e.end, replacement: "[removed]" },
      });
    }
  },
});
