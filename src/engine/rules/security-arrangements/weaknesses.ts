// How physical security and risk controls are arranged, and where they fail: doors that never
// lock, gaps in CCTV, checks nobody makes, ways round the badge readers. CLH-SMP §4.1: "Staff
// and contractors must not share details of CLH's implemented security or risk management
// arrangements", and a weakness is the most useful detail of all to someone with bad intent.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { guard, type Shape } from "../gate.js";
import { defineRule } from "../rule.js";
import { execIfMay } from "../../signals/cue-gate.js";

const BARRIER = String.raw`(?:doors?|exits?|gates?|windows?|locks?|barriers?|turnstiles?|key ?pads?|alarms?|fire escapes?|entrances?|shutters?|card readers?|badge readers?|cabinets?|cupboards?|safes?|overrides?|omnicell|pyxis|readers?|sensors?|panic buttons?|intercoms?|access control)`;
const NOT = String.raw`(?:never|doesn'?t|does not|don'?t|do not|won'?t|will not|isn'?t|is not|hasn'?t|has never|have never|aren'?t|can'?t|cannot|hardly ever|rarely)`;

// Words for the shapes' gates (../gate.ts): a pattern cannot match without them.
const BARRIER_WORDS =
  "door doors exit exits gate gates window windows lock locks barrier barriers turnstile turnstiles key keypad keypads alarm alarms escape escapes entrance entrances shutter shutters reader readers cabinet cabinets cupboard cupboards safe safes override overrides omnicell pyxis sensor sensors panic intercom intercoms access";
const NOT_WORDS =
  "never doesn doesnt does don dont do won wont will isn isnt is hasn hasnt has have aren arent can cant cannot hardly rarely";
// When the site is left uncovered: "after 10", "from 2am", "10:30pm", "overnight", "at weekends".
const CLOCK = Array.from({ length: 100 }, (_, n) => [String(n), n < 10 ? "0" + n : ""])
  .flat()
  .filter(Boolean)
  .flatMap((n) => [n, n + "am", n + "pm"])
  .join(" ");
const WHEN = `after from between until past overnight night nights weekend weekends midnight ${CLOCK}`;
const NOT_WHO = "never doesn doesnt don dont won wont rarely nobody no noone";
// "them"/"it" after "nobody counts" is a weakness only where the post is about controlled things.
const CONTROLLED =
  /\b(?:stock|drugs?|meds|medicines?|tablets|pills|cupboard|controlled|cds?|pas|system|records?|badges?|access|audit|tills?|cash|keys?|promethazine|diazepam|zopiclone|morphine|oramorph|opioids?)\b/i;
// Keys to something kept locked, not a car's or a house's.
const KEY_TO_LOCKED =
  /\b(?:cds?|controlled|drugs?|medicines?|meds|pharmacy|safes?|cupboards?|cabinets?|fridges?|lockers?|office|store|spare|master|doors?|ward|clinic|theatres?|ligature|key ?safe)\b/i;
const REMINDER =
  /\bis a (?:real |big |serious )?(?:security |safety )?risk\b|\bit['’]?s (?:ok|okay|fine) to (?:politely )?(?:ask|challenge)\b|\bsecurity is everyone['’]?s (?:job|business|responsibility)\b|\b(?:swipe|badge)(?: in)?\b[^.!?\n]{0,12}\bevery (?:time|door)\b|^\s*reminder\b/i;
const ADVICE =
  /\b(?:never|don'?t|do not|please don'?t|avoid|make sure|remember to|always|please)\s*$|\b(?:never|don'?t|do not|avoid|shouldn'?t|should not|must not|mustn'?t)\b(?:\s+\w+){1,3}\s+$/i;
// Quieter matches: a story where the door was fixed, or a post reporting it properly.
const ON_THE_ROAD =
  /\b(?:cars?|drivers?|driving|lorry|lorries|vans?|bumper|motorway|road|lane|traffic|cyclists?|bikes?)\b/i;
const DENIED = /^[^.!?\n]*\?+\s*(?:nope|no|nah|wrong|not true|myth|false)\b/i;
export const REPORTED =
  /\b(?:(?:told|informed|alerted|let) (?:the )?(?:nic|nurse in charge|manager|ward manager|security|estates|site team|bleep holder)|so i (?:closed|shut|locked|reported) it|reported (?:it|this) to|logged (?:it|a job) with|estates (?:are|have) (?:fixing|fixed)|now fixed|has been fixed|(?:estates|maintenance|helpdesk|it|job) (?:ticket|job) (?:logged|raised|in|done)|ticket (?:logged|raised)|estates are on it)\b/i;
// A door that is merely broken inside a room people use (a cubicle, a toilet, a shower, a
// cupboard for linen) is an estates job, not a way in: "broken"/"bust" counts only for a door or
// lock that keeps people out.
const ROOM_DOOR =
  /\b(?:cubicles?|toilets?|loos?|bathrooms?|showers?|wardrobes?|linen|stationery|fridges?|microwaves?|ovens?|lifts?|lockers?|bedside|kitchen|cubicle \w+)\b[^.!?\n]{0,20}$/i;

const SHAPES: Shape[] = [
  // "the back door by A&E never locks", "the side door has never locked properly".
  {
    re: guard(
      new RegExp(
        String.raw`\b${BARRIER}\b[^.!?\n]{0,50}?\b${NOT}\s+(?:\w+\s+)?(?:lock|locks|locked|close|closes|closed|shut|shuts|latch|latches|work|works|worked|working|set|alarmed|been fixed|been repaired|record|records|recorded|recording|log|logs|logged|logging|track|tracks|audit|audits|audited|register|registers|capture|captures|save|saves|alarm|alarms|go off|goes off|check|checks|beep|beeps)\b`,
        "i",
      ),
      `${BARRIER_WORDS} + ${NOT_WORDS} + lock locks locked close closes closed shut shuts latch latches work works worked working set alarmed been record records recorded recording log logs logged logging track tracks audit audits audited register registers capture captures save saves alarm alarms go goes check checks beep beeps`,
    ),
  },
  {
    re: guard(
      new RegExp(
        String.raw`\b${BARRIER}\b[^.!?\n]{0,30}?\b(?:is|are|was|gets?|always|left|been)\s+(?:always\s+|usually\s+|often\s+|just\s+|still\s+)?(?:unlocked|propped open|wedged open|left open|broken|bust|jammed open|disabled|alarmed off|disarmed|on the (?:latch|snib|catch)|left on the (?:latch|snib)|ajar)\b`,
        "i",
      ),
      `${BARRIER_WORDS} + unlocked propped wedged left broken bust jammed disabled alarmed disarmed latch snib catch ajar`,
    ),
    // A door that is merely broken inside a room people use is an estates job (ROOM_DOOR).
    quiet: (m, text) =>
      /\b(?:broken|bust)$/i.test(m[0]) &&
      ROOM_DOOR.test(text.slice(Math.max(0, m.index - 30), m.index)),
  },
  // CCTV that isn't there or doesn't work.
  {
    re: guard(
      /\bno (?:cctv|cameras?|security cameras?)\b|\b(?:cctv|cameras?)\b[^.!?\n]{0,30}?\b(?:doesn'?t|don'?t|isn'?t|aren'?t|not|never|hasn'?t|haven'?t)\s+(?:\w+\s+)?(?:work|works|worked|working|recording|recorded|record|records|on|cover|covered|covers|switched on|plugged in|saving|saved|been (?:working|recording|fixed))\b|\b(?:cctv|camera) (?:blind ?spots?|black ?spots?)|\bblind ?spots?\b[^.!?\n]{0,20}\b(?:cctv|cameras?)\b|\bnot covered by (?:the )?(?:cctv|cameras?)\b|\b(?:fake|dummy|broken) (?:cctv|cameras?)\b|\b(?:cctv|cameras?) (?:are|is) (?:fake|broken|dummies|dummy|off)\b/i,
      "cctv camera cameras",
    ),
  },
  // Checks that nobody makes.
  {
    re: guard(
      /\b(?:nobody|no one|no-one|noone|never)\s+(?:ever\s+|actually\s+|really\s+|even\s+|properly\s+)?(?:checks?|counts?|audits?|monitors?|looks? at|reviews?|checked|counted|audited)\s+(?:the\s+|our\s+|their\s+|your\s+|any\s+)?(?:audit(?: trails?| logs?)?|access logs?|logs|stock|cd (?:book|register)|registers?|badges?|ids?|id badges?|passes|smartcards?|bags|them|it|anything)\b/i,
      "nobody no noone never + checks check counts count audits audit monitors monitor looks look reviews review checked counted audited",
    ),
    quiet: (m, text) => /\b(?:them|it|anything)$/i.test(m[0]) && !CONTROLLED.test(text),
  },
  // Ways round access control.
  {
    re: guard(
      /\bwithout (?:badging|swiping|signing|scanning|tapping)(?: (?:in|out|in and out))?\b|\btailgat\w+|\b(?:prop|props|propped|wedge|wedges|wedged)\s+(?:the\s+|a\s+)?(?:fire\s+)?doors?\s+open\b|\bbypass(?:es|ed|ing)?\s+(?:the\s+)?(?:security|alarm|barrier|keypad|lock|badge)|\b(?:follow|followed|following)\s+(?:someone|somebody|anyone|people)\s+(?:in\s+)?through\b|\bleft\s+(?:his|her|their|my|a)\s+smart ?card\s+in\b/i,
      "without + badging swiping signing scanning tapping",
      "tailgat*",
      "prop props propped wedge wedges wedged + door doors",
      "bypass bypasses bypassed bypassing",
      "follow followed following + through",
      "smartcard smart + left",
    ),
    // "Reminder: tailgating through secure doors is a security risk. Swipe every time." Tailgating
    // on the road ("tailgating the car in front") is driving, not getting in.
    quiet: (m, text) =>
      REMINDER.test(text) ||
      (/^tailgat/i.test(m[0]) && ON_THE_ROAD.test(text.slice(m.index, m.index + m[0].length + 40))),
  },
  // Access that asks for nothing, and controls that give: "the goods lift doesn't need a card",
  // "nobody checks a name", "the barrier has been stuck up for a month", "badge readers go fail
  // open", "takes ANY 4 numbers", "no restrictor", "the cameras are dummies".
  {
    re: guard(
      /\b(?:doesn'?t|don'?t|does not|do not|never|without (?:anyone )?(?:asking|checking)|nobody|no one|no-one)\s+(?:even\s+|ever\s+)?(?:needs?|asks?(?: (?:to see|for))?|checks?|wants?|asked (?:to see|for)|checked)\s+(?:a|an|any|your|my|their|the|for)?\s*(?:card|badge|pass|id|code|swipe|name|permit|fob|ids)\b|\b(?:barriers?|gates?|doors?|locks?|padlocks?|mag ?locks?|key ?pads?|badge readers?|card readers?|tagging|alarms?|turnstiles?)\b[^.!?\n]{0,40}?\b(?:stuck (?:up|open) (?:for (?:a|an|\\d+|two|three|four|several|weeks|months)|since)|fails? open|go(?:es)? ['‘]?fail open|gives? (?:if|when|way if)|takes any|switched off for|turned off for|(?:hasn'?t|has not|not) (?:actually )?been (?:locked|set|on|working) (?:since|for)|lifts? if you)\b|\bno (?:window )?restrictors?\b|\brestrictors?\b[^.!?\n]{0,20}?\b(?:pops?|comes?|came|popped) (?:off|out)\b|\b(?:cameras?|cctv)\b[^.!?\n]{0,40}?\b(?:are|is)\s+(?:just\s+|all\s+)?(?:dummies|dummy|fake|decoys?)\b/i,
      "doesn doesnt don dont does do never without nobody no noone + card badge pass id ids code swipe name permit fob",
      `barrier barriers gate gates door doors lock locks padlock padlocks mag maglock maglocks keypad keypads key pad pads badge card readers reader tagging alarm alarms turnstile turnstiles + stuck fail fails gives give takes switched turned been lifts lift`,
      "no + restrictor restrictors",
      "restrictor restrictors + off out",
      "camera cameras cctv + dummies dummy fake decoy decoys",
    ),
  },
  // How guarding is arranged: how few guards or patrols, and when the site is left uncovered.
  {
    re: guard(
      /\b(?:security|guards?|patrols?|porters?|night staff)\b[^.!?\n]{0,50}?\b(?:only|just|no (?:one|guards?|security|patrols?|cover|rounds?)|(?:never|don'?t|doesn'?t|won'?t|rarely) (?:patrol|come|check|cover|walk|go|do|lock|stay|work|bother|answer)|(?:nobody|no one|no-one)(?: \w+)? (?:patrols?|checks?|guards?|watches|covers?|mans?|is (?:on|there|around|about))|unmanned|unstaffed|empty|unguarded)\b[^.!?\n]{0,50}?\b(?:after|from|between|until|past|overnight|at night|on nights|at (?:the )?weekends?|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}(?::\d\d)?)\b|\b(?:no|only (?:one|1)|just (?:one|1)) (?:security|guards?|patrols?)\b[^.!?\n]{0,50}?\b(?:after|at|on|between|from|overnight|nights|weekends|midnight)\b|\b(?:unmanned|unstaffed|unguarded|not patrolled|never patrolled|no one patrols|nobody patrols)\b[^.!?\n]{0,30}?\b(?:after|at|on|between|from|overnight|nights|weekends|midnight)\b/i,
      `security guard guards patrol patrols porter porters + only just ${NOT_WHO} unmanned unstaffed empty unguarded + ${WHEN}`,
      `night + staff + only just ${NOT_WHO} unmanned unstaffed empty unguarded + ${WHEN}`,
      "no only just + security guard guards patrol patrols + after at on between from overnight nights weekends midnight",
      "unmanned unstaffed unguarded patrolled patrols",
    ),
  },
  // A password kept where anyone can read it.
  {
    re: guard(
      /\b(?:admin |the |our |shared |ward |team )?pass(?:word|code)s?\b[^.!?\n]{0,40}?\b(?:taped|sellotaped|stuck|written|blu-?tacked|pinned|scribbled|on a post-?it|on post-?its|under the keyboard|on the (?:monitor|screen|wall|whiteboard|back of|side of|fridge|notice ?board|board|door|desk))\b/i,
      "password passwords passcode passcodes + taped sellotaped stuck written blu blutacked pinned scribbled on under",
    ),
  },
  // How guarding is arranged.
  {
    re: guard(
      /\b(?:no|only (?:one|1)|just (?:one|1)) security(?: guards?| staff| officers?)?\b[^.!?\n]{0,30}?\b(?:after|at|on|between|from|overnight|nights|weekends)\b|\bsecurity(?: guards?)?\b[^.!?\n]{0,20}?\b(?:go(?:es)? home|leaves?|knock off|finish(?:es)?|clock off)\s+(?:at|after)\b|\b(?:only|just) (?:does|do|doing|one|1|two|2) (?:one |a single |1 )?(?:round|patrol|walk-?round)s? (?:a|per|each) (?:night|shift|day)\b|\bsecurity\s+(?:only\s+)?(?:do|does|make|makes)\s+(?:one|1|two|2)\s+(?:round|patrol|walk-?round)s?\b/i,
      "no only just + security",
      "security + go goes leave leaves knock finish finishes clock",
      "only just + round rounds patrol patrols walk walkround walkrounds",
      "security + round rounds patrol patrols walkround walkrounds",
    ),
  },
  // When a place is left empty, or one person is there alone: "recovery is completely empty from
  // 10pm till 7:30am", "between 2 and 6am the outpatients block is empty", "every Tuesday I'm the
  // only one in the health centre from 5 till 8".
  {
    re: guard(
      /\b(?:is|are|'s|sits|left|stays)\s+(?:completely\s+|totally\s+|usually\s+|always\s+|just\s+)?(?:empty|unstaffed|unmanned|deserted|unlocked|unattended)\b[^.!?\n]{0,25}?\b(?:from|between)\s+\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?\s*(?:till|until|til|to|and|-|–)\s*\d{1,2}|\bbetween\s+\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?\s+and\s+\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?\b[^.!?\n]{0,60}?\b(?:is|are|'s)\s+(?:completely\s+|totally\s+|usually\s+|always\s+)?(?:empty|unstaffed|unmanned|deserted|unlocked|unattended)\b|\bi'?m\s+(?:the\s+)?only\s+(?:one|person|member of staff|staff member|nurse|clinician|person on site)\s+(?:in|at|on)\s+[^.!?\n]{0,40}?\b(?:from|between|after)\s+\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?\b|\b(?:isn'?t|is not|aren'?t|are not|not)\s+(?:staffed|manned|covered)\s+(?:from\s+|between\s+)?\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)\s*(?:till|until|til|to|and|-|–)\s*\d{1,2}/i,
      "empty unstaffed unmanned deserted unlocked unattended + from between",
      "only + one person staff nurse clinician + from between after",
      "isn isnt not aren arent + staffed manned covered",
    ),
    // "The canteen is empty from 2 till 3" is a quiet lunch; a place left empty overnight ("from
    // 10pm", "between 2 and 6am") is a way in. Working alone is a risk at any hour.
    quiet: (m) => !/^i'?m\b/i.test(m[0]) && !/\d\s?(?:am|pm)\b/i.test(m[0]),
  },
  // Where the keys to something locked are left ("the CD cupboard keys are in the blue mug").
  {
    re: guard(
      /\b(?:keys?|fobs?)\b(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cupboards?|cabinets?|safes?|doors?|lockers?|fridges?|rooms?|office|store|cds?))?[^.!?\n]{0,30}?\b(?:is|are|lives?|kept|stays?|sits?|hangs?|hidden|left|goes)\s+(?:always\s+|usually\s+|just\s+|still\s+|now\s+)?(?:in|under|on\s+top\s+of|behind|inside|on|above|taped\s+(?:to|under|inside))\s+(?:the|a|an|our)\b/i,
      "key keys fob fobs + is are live lives kept stay stays sit sits hang hangs hidden left goes + in under on behind inside above taped",
    ),
    quiet: (m, text) =>
      !KEY_TO_LOCKED.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length)),
  },
];

export default defineRule({
  meta: {
    id: "security-arrangements/weaknesses",
    category: "security-arrangements",
    severity: "block",
    clauses: ["CLH-SMP §4.1"],
    message:
      "This post describes how security or risk controls on site are arranged, or where they fail (a door that doesn't lock, a gap in CCTV, checks nobody makes). That is exactly what someone with bad intent looks for.",
    suggestion:
      "Delete the detail from the post and report the weakness to Estates, Security or through the incident reporting system so it gets fixed.",
  },
  check(context) {
    if (!mayApply(context.text, T.WEAKNESS)) return;
    const view = context.normalised.base;
    // A pattern runs only past its cue; REPORTED is read once something is found (the same
    // outcome as reading it first, since either way nothing else is reported).
    for (const shape of SHAPES) {
      if (!shape.re.gate.passes(view.text)) continue;
      const m = execIfMay(shape.re.regex, view.text);
      if (!m) continue;
      if (ADVICE.test(view.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (shape.quiet?.(m, view.text)) continue;
      // A claim put as a question and denied ("porters only work until 3am? Nope, ...").
      if (DENIED.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      if (REPORTED.test(view.text)) return;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end });
      return;
    }
  },
});
