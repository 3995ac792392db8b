// Befriending, messaging, meeting, doing business with or pursuing a current or former patient
// or their relatives (TRUST-SMP DO NOT 2; CCC-SMP App. 1 (18)). Ignoring or declining the
// request is what the policy asks, and is not reported.
import { analyse, anyWord } from "../../recognizers/privacy/analysis.js";
import { wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { cutDown, execIfMay, testIfMay } from "../../signals/cue-gate.js";
import { defineRule } from "../rule.js";

// Who: a current or former patient or their family, named as such ("a patient's mum", "one of my
// regulars") or as someone the author cared for ("a guy I triaged", "a mum I looked after",
// "the paramedic who came in last week ... he's discharged now").
const CARE_VERBS =
  "(?:looked after|nursed|treated|triaged|cared for|saw in (?:clinic|a&e|ed|resus|majors|minors)|admitted|discharged|scanned|operated on|delivered|stitched up|plastered|cannulated|catheterised|resuscitated|had on (?:the|my) (?:ward|caseload|list))";
const PATIENT_REF = wordsRegex([
  "patients?",
  "patient's",
  "(?:ex|former|old|previous)[ -]patients?",
  "one of (?:my|our) (?:\\w+ )?(?:patients|regulars)",
  "(?:my|our) regulars?",
  "(?:son|daughter|mum|dad|wife|husband|family|relatives?|sister|brother) of (?:my|a|one of my|our|the) (?:\\w+ )?patients?",
  "from bed \\d+",
  "(?:off|from) the \\w+ unit",
  "long-stay",
  "nurse your",
  "nursed your",
  "cared for your",
  "looked after your",
  "after (?:his|her|their) discharge",
  "after discharge",
  "once (?:his|her|their) (?:\\w+ )?(?:is|'s) discharged",
  `(?:guy|man|bloke|lad|fella|woman|lady|girl|mum|dad|patient|person|someone|family|one|lass|chap|gent|paramedic|nurse|copper|fireman|footballer)(?: \\w+){0,2} (?:i|we|i'd|we'd|i've|we've|i had|we had) ${CARE_VERBS}`,
  `(?:i|we) ${CARE_VERBS} (?:him|her|them|his|her)`,
  "(?:who|that) came in (?:last|this|on|with|after)",
  "(?:he|she|they)(?:'s| is| was| are|'re) discharged",
  "discharged now",
  "since (?:he|she|they) (?:was|were) discharged",
  "since (?:his|her|their) discharge",
  "on my caseload",
  "on our caseload",
  "(?:mum|dad|parents?|family|wife|husband|son|daughter|sister|brother) of one of (?:my|our) (?:\\w+ )?(?:patients|babies|residents|clients|regulars)",
  "one of (?:my|our) (?:\\w+ )?(?:babies|residents|clients)",
  "discharged (?:a|an|the|this|that) (?:\\w+ ){0,2}(?:man|woman|lady|gent|guy|bloke|lad|girl|chap|fella|patient|mum|dad|grandad|grandma)",
  "when (?:i|we) (?:was|were) (?:nursing|looking after|caring for|treating) (?:his|her|their)",
  "(?:nursing|looking after|caring for|treating) (?:his|her|their) (?:mum|dad|mother|father|nan|grandad|grandma|wife|husband|son|daughter|baby)",
  "(?:pleasure|privilege) (?:looking after|caring for|nursing|to look after|to care for) you",
  "(?:whose|who(?:se)?) \\w+ (?:i|we) (?:scrubbed in for|operated on|stitched|plastered|delivered)",
]);
// What: a personal tie. Friendship and social media, messages, dates and romance, meeting up,
// money, gifts and business, weddings and family occasions.
const CONTACT = wordsRegex([
  "friend requests?",
  "accepted (?:the|his|her|their|a) (?:\\w+ )?request",
  "accept every",
  "followed \\w+(?: \\w+){0,6} on (?:insta|instagram|facebook|fb|tiktok|twitter|x|snap|snapchat)",
  "followed (?:him|her|them)",
  "added me",
  "add(?:ed)? (?:him|her|them) on",
  "on (?:snap|snapchat|insta|instagram|facebook|fb|whatsapp|linkedin)",
  "linkedin request",
  "(?:keeps? )?messag(?:ing|ed|es) me",
  "(?:text|texted|texting|messaged|messaging) (?:him|her|them)",
  "slipped me (?:his|her) number",
  "(?:his|her) number",
  "swapped numbers",
  "exchanged numbers",
  "(?:gave|give) me (?:his|her) number",
  "slid into (?:his|her|their|the) dms",
  "(?:his|her|their) dms",
  "dm(?:ing|'d|ed)? (?:him|her|them)",
  "go(?:ing)? out with",
  "went out with",
  "asked me out",
  "on a date",
  "went on a date",
  "first date",
  "dating",
  "(?:i'm|i am|been|started|start|we're|we are|i've been|still|secretly) seeing (?:him|her)",
  "fair game",
  "the rest is history",
  "fell for",
  "falling for",
  "snogged",
  "kissed",
  "hooked up",
  "moved in with",
  "engaged to",
  "new bestie",
  "bestie",
  "best friends",
  "best mates",
  "proper mates",
  "mates now",
  "friends now",
  "been friends",
  "become friends",
  "became friends",
  "popped round",
  "round to see",
  "at (?:his|her|their) (?:house|bungalow|flat|home|place)",
  "back to (?:his|hers|her place|his place|their place)",
  "lent",
  "borrowed",
  "cash in hand",
  "(?:his|her|their) carer",
  "nails done",
  "for free",
  "meet up",
  "meeting up",
  "met up",
  "drinks with",
  "coffee with",
  "pint with",
  "i'll be at",
  "see you at",
  "sort them out",
  "offered me a job",
  "gave me £\\d+",
  "gave me (?:cash|money|a tenner|\\d+ quid|a cheque|a bung)",
  "£\\d+ for christmas",
  "£\\d+ as a thank you",
  "wasn't going to say no",
  "(?:his|her|their) will",
  "left me (?:money|£\\d+|something) in",
  "invest(?:ed)? in (?:his|her|their)",
  "business with",
  "invited me to (?:his|her|their)",
  "(?:his|her|their) wedding",
  "to (?:his|her|their) (?:party|birthday|christening|barbecue|bbq|house)",
  "godmother",
  "godfather",
  "godparent",
  "bridesmaid",
  "best man",
  "obviously i'm going",
  "(?:i'm|we're) going to (?:his|her|their) (?:wedding|party|birthday|house|christening|funeral do)",
  "(?:go|going|goes|went) (?:out )?for (?:a |some )?(?:drink|drinks|coffee|dinner|lunch|meal|pint|curry) with (?:him|her|them|his|her|the)",
  "(?:asked|asking|asks) (?:me )?for my (?:number|mobile|insta|instagram|snap|snapchat|facebook|whatsapp|details)",
  "arranged to (?:meet|go|see)",
  "(?:take|taking|took|takes) (?:me|him|her) out",
  "(?:gave|give|given|giving) (?:him|her|them) my (?:number|mobile|phone number|details|snap|insta)",
  "(?:gave|give|given|giving) my (?:number|mobile|phone number|details) to",
  "(?:text|message|whatsapp) me",
  "follow(?:ing|s)? (?:him|her|them|\\w+(?: \\w+){0,6}) on (?:insta|instagram|facebook|fb|tiktok|twitter|x|snap|snapchat)",
  // Gifts of value and money: "a £100 John Lewis voucher from my patient's daughter", "a Pandora
  // bracelet", "their static caravan for a week", "a standing order for a lady we discharged".
  "£\\d+ (?:[a-z0-9]+ ){0,2}vouchers?",
  "(?:gave|given|got|bought) (?:me|us) (?:a |an )?(?:pandora |gold |silver )?(?:bracelet|necklace)",
  "(?:static )?caravan",
  "standing order",
  // Dating apps, personal handles, keeping in touch, marrying a former patient.
  "(?:on|popped up on) my (?:hinge|tinder|bumble)",
  "add me on (?:whatsapp|insta|instagram|facebook|fb|snap|snapchat)",
  "(?:my )?(?:personal )?(?:insta|instagram) @\\w+",
  "(?:my|now (?:he's|she's) my) (?:fianc[eé]e?|husband|wife|boyfriend|girlfriend)",
]);
const DECLINED = wordsRegex([
  "ignored",
  "ignore it",
  "ignoring",
  "declined",
  "declin(?:e|es|ing) (?:it|them|the|any|all|every|friend)",
  "not accepting",
  "(?:don't|do not|never|won't|wouldn't) accept",
  "explained (?:why|that) (?:i|we) (?:can't|couldn't|cannot|can not|don't)",
  "why (?:i|we) (?:don't|can't|won't|never) (?:accept|add|give|follow)",
  "(?:keep|keeping|kept|professional) boundaries",
  "(?:gave|give|giving|given) (?:her|him|them) the (?:ward|unit|team|practice)'?s? (?:direct line|number|email|phone)",
  "politely (?:said no|declined|refused)",
  "said no",
  "blocked",
  "deleted the request",
  "didn't accept",
  "did not accept",
  "won't accept",
  "never accept",
  "turned (?:it|him|her|them) down",
  "reported it",
  "handed it in",
  "gave it back",
  "gave it to the ward fund",
  "put it in the ward fund",
  "told my manager",
  "spoke to my manager",
  "declared it",
  "gifts register",
  "can't accept",
  "couldn't accept",
  "not allowed to",
]);

const GATE = new Set([
  "patient",
  "patients",
  "regulars",
  "regular",
  "bed",
  "unit",
  "ward",
  "nurse",
  "nursed",
  "cared",
  "looked",
  "discharge",
  "discharged",
  "ex",
  "former",
  "treated",
  "triaged",
  "admitted",
  "scanned",
  "operated",
  "delivered",
  "stitched",
  "plastered",
  "cannulated",
  "resuscitated",
  "caseload",
  "came",
  "long",
  "nursing",
  "babies",
  "residents",
  "clients",
  "pleasure",
  "privilege",
  "scrubbed",
]);
const CONTACT_ALL = new RegExp(CONTACT.source, "gi");
// Contact words that are no tie of the author's: a picture someone posted on social media
// ("someone posted a pic of the whiteboard on facebook"), a relative's number left for a
// call-back ("his number's ... keeps ringing for updates", "left his number for a callback").
const POSTED_THERE =
  /\b(?:posted|post|posting|uploaded|shared|sharing|put|putting)\b[^.!?\n]{0,60}?\b(?:pics?|photos?|pictures?|videos?|screenshots?|images?|clips?|footage)\b[^.!?\n]{0,60}$|\b(?:pics?|photos?|pictures?|videos?|screenshots?|images?|clips?|footage)\b[^.!?\n]{0,40}?\b(?:posted|uploaded|shared|put up|went up|going round|circulating)\b[^.!?\n]{0,20}$/i;
const CALL_BACK =
  /^[^.!?\n]{0,120}?\b(?:call ?-?backs?|ring(?:ing)? (?:him|her|them)? ?back|call(?:ing)? (?:him|her|them) back|keeps? (?:ringing|calling|phoning)|(?:ringing|calling|phoning) for (?:an )?updates?|for (?:an )?updates?|pass (?:it|him|her) to|on the (?:board|system|notes|whiteboard))\b/i;
const WITHIN_SHIFT =
  /^[ \t]*(?:by|before|until|till)[ \t]+(?:lunch|lunchtime|teatime|tea|dinner|breakfast|home time|handover|the end of (?:the|my|her|his|our) (?:shift|day|night|visit|appointment|stay)|the time (?:she|he|they|i) (?:left|went home|was discharged|were discharged)|discharge|(?:\d{1,2}|ten|eleven|noon|midday)(?:am|pm| o'clock)?)\b/i;
/** Whether the contact words at `m` are no personal tie of the author's. */
function noTie(text: string, m: RegExpExecArray): boolean {
  if (/^on /i.test(m[0])) return POSTED_THERE.test(text.slice(Math.max(0, m.index - 120), m.index));
  if (/number$/i.test(m[0])) return CALL_BACK.test(text.slice(m.index + m[0].length));
  // Rapport within the shift: "we were best mates by lunch", "friends by the end of the shift".
  if (/(?:mates|friends|bestie)(?: now)?$/i.test(m[0]))
    return WITHIN_SHIFT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
  return false;
}

export const befriendingRule = defineRule({
  meta: {
    id: "patient-relationship/befriending",
    category: "patient-relationship",
    severity: "warn",
    clauses: ["TRUST-SMP DO NOT 2", "CCC-SMP App. 1 (18)"],
    message:
      "This describes a personal relationship with a patient or their relative (“{{detail}}”). Professional boundaries apply even after discharge.",
    suggestion:
      "Don't befriend, message, meet or do business with patients or their relatives; ignore or decline requests and talk to your line manager if unsure.",
  },
  check(context) {
    const text = context.normalised.base.text;
    if (!anyWord(analyse(context.normalised), GATE)) return;
    // A report needs a personal tie somewhere in the post: few posts hold one, so look for it
    // first (one scan), before the costlier search for a patient.
    if (!testIfMay(CONTACT, text)) return;
    // Skipped when the words none of its phrases can match without are missing (signals/cue-gate.ts).
    const ref = execIfMay(PATIENT_REF, text);
    if (!ref || testIfMay(DECLINED, text)) return;
    // Cut down to the phrases whose words the post holds (the same spans).
    const g = cutDown(CONTACT_ALL, text) ?? CONTACT_ALL;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const distance =
        m.index > ref.index
          ? m.index - (ref.index + ref[0].length)
          : ref.index - (m.index + m[0].length);
      if (distance > 200 || noTie(text, m)) continue;
      const at = context.normalised.base.toOriginal(m.index, m.index + m[0].length);
      context.report({
        start: at.start,
        end: at.end,
        data: { detail: context.text.slice(at.start, at.end) },
      });
      return;
    }
  },
});
