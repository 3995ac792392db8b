// A door, keypad, cupboard or key-safe code given away in a post ("staff room keypad is 1984#",
// "CD cupboard on Ward 6 is four one seven nine"). CLH-SMP §4.1: implemented security arrangements
// must not be shared. Read in the digits view, so codes written as words or spaced out are found.
import { T, triggers } from "../../recognizers/information/triggers.js";
import type { TextView } from "../../normalise/index.js";
import { defineRule } from "../rule.js";

// Things that are opened with a code. "room" only as a kind of room that is kept locked.
const LOCKED =
  String.raw`(?:key ?pads?|key ?safes?|padlocks?|combination(?: lock)?|combo|passcodes?|pin(?: number| code)?` +
  String.raw`|(?<!(?:post|dress|promo|discount|voucher|booking|course|tax|sort|area|dialling|zip|referral|qr|bar|error|source|colou?r|discount|gift|reference|ref)[ -]?)codes?(?! (?:blue|red|black|green|yellow|orange|purple|pink|of|brown|amber|grey))` +
  String.raw`|doors?|cupboards?|sluice|gates?|lockers?|safe|fridge|(?:drugs?|treatment|clean utility|dirty utility|server|staff|store|equipment|medicines?|linen|changing|on-?call|doctors'?|nurses'?) rooms?)`;
// "is", "was", "=", ":", "to" (changed the code to ...), "'s".
// Or nothing at all after the word "code" ("NEW DOOR CODE 5813 – DO NOT SHARE").
const LINK = String.raw`(?:\b(?:is|was|are|to|be|now)\b|=|:|['’]s\b|(?<=\bcodes?))`;
// 3 to 8 digits with an optional # or * either side, not a price, time, distance or year range.
const CODE =
  String.raw`(?<![\w£$€.,/])[#*]?\d{3,8}[#*]?(?![\d,./:]?\d)` +
  String.raw`(?!\s*(?:%|°|yards|metres|meters|miles|mins?\b|minutes|hours|hrs|years|yrs|pm\b|am\b|p\b|m\b|k\b|mm\b|cm\b|km\b|kg\b|g\b|ml\b|mg\b|mcg\b|ft\b|feet|foot|inch(?:es)?\b|degrees|sq\b|square|wide|long|high|tall|deep|calories|kcal|quid|pounds|people|patients|staff|beds|calls|steps))`;

const CODE_IN_POST = new RegExp(
  // A run of digits groups ("0161 496 0583") is a phone number, not a code.
  String.raw`\b${LOCKED}\b[^.!?\n]{0,60}?${LINK}\s*(?:(?:now|just|still|always|currently|simply)\s+)?(${CODE})(?!\s+\d{3})`,
  "dgi",
);

// Digits said one by one with commas ("is seven, seven, three, zero" reads "7, 7, 3, 0").
const SPOKEN_CODE = new RegExp(
  String.raw`\b${LOCKED}\b[^.!?\n]{0,40}?${LINK}\s*(\d(?:,?\s\d){2,7})(?![\d,.]?\d)`,
  "dgi",
);
// A room or cupboard straight followed by its code in a post about codes ("NEW CODES: staff room
// 4482, sluice 4482*, drug room 7719"), or a code between lock emoji ("🚪 9800 🔓").
const LISTED_CODE = new RegExp(
  String.raw`\b(?:staff|drugs?|treatment|clean utility|dirty utility|utility|store|linen|equipment|medicines?|on-?call|changing|server|relatives'?|sluice)(?:\s?rooms?)?\s+(${CODE})|(?:🚪|🔐|🔓|🔒|🔑)\uFE0F?\s*(${CODE})|(${CODE})\s*(?:🔓|🔐|🔒)`,
  "dgu",
);
// Codes said in words with commas between ("seven, seven, three, zero") carry no digit and no
// disguise; the digits view joins them.
const NUMBER_WORD = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i;
const LOCK_EMOJI = /[🚪🔐🔓🔒🔑]/u;
const ABOUT_CODES = /\bcodes?\b|\bpins?\b|\bkey ?pads?\b|🚪|🔐|🔓|🔒/iu;
// A code given as a riddle ("staff room code = the Battle of Hastings", "the code is the year the
// NHS was founded"): anyone can work it out.
const RIDDLE_CODE =
  /\b(?:codes?|pin|passcode|combination)\b[^.!?\n]{0,30}?(?:\bis\b|=|:)\s*(the (?:year|date|battle of|day|number of|house number)\b[^.!?\n]{0,40})/di;

export default defineRule({
  meta: {
    id: "security-arrangements/door-codes",
    category: "security-arrangements",
    severity: "block",
    clauses: ["CLH-SMP §4.1", "CCC-SMP App. 1 (4–6)"],
    message:
      "This post gives away an access code (for a door, keypad, cupboard or key safe). Anyone who reads it can get in.",
    suggestion:
      "Remove the code. Staff who need it should ask the nurse in charge or their manager in person; if it has been posted, ask for it to be changed.",
    fixable: true,
  },
  check(context) {
    // The code at [at[0], at[1]) of a view, removed by the fix and from the redacted text.
    const report = (view: TextView, at: [number, number]) => {
      const { start, end } = view.toOriginal(at[0], at[1]);
      context.report({
        start,
        end,
        fix: { start, end, replacement: "[code]" },
        redactAs: "[code]",
      });
    };
    const found = triggers(context.text);
    const base = context.normalised.base;
    const riddle = found & T.CODE ? RIDDLE_CODE.exec(base.text) : null;
    if (riddle?.indices?.[1]) return report(base, riddle.indices[1]);
    if (
      !(found & T.DISGUISED) &&
      !(found & T.CODE && (found & T.DIGIT || NUMBER_WORD.test(context.text))) &&
      !LOCK_EMOJI.test(context.text)
    )
      return;
    const view = context.normalised.digits;
    let any = false;
    CODE_IN_POST.lastIndex = 0;
    for (let m = CODE_IN_POST.exec(view.text); m; m = CODE_IN_POST.exec(view.text)) {
      const at = m.indices?.[1];
      if (!at) continue;
      report(view, at);
      any = true;
    }
    if (any) return;
    SPOKEN_CODE.lastIndex = 0;
    for (let m = SPOKEN_CODE.exec(view.text); m; m = SPOKEN_CODE.exec(view.text)) {
      if (m.indices?.[1]) {
        report(view, m.indices[1]);
        any = true;
      }
    }
    if (any || !ABOUT_CODES.test(view.text)) return;
    LISTED_CODE.lastIndex = 0;
    for (let m = LISTED_CODE.exec(view.text); m; m = LISTED_CODE.exec(view.text)) {
      const at = m.indices?.[1] ?? m.indices?.[2] ?? m.indices?.[3];
      if (at) report(view, at);
    }
  },
});
