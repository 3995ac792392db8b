// Only the communications team speaks for the Trust (MC-SS01 §4.1 and §4.2(e), CLH-SMP §4.1,
// CCC-SMP §7.3.2). Raised when a personal account announces the Trust's decisions or position,
// posts "on behalf of" the Trust or its leaders, or confirms facts for the Trust.
import { communicationsRoute, isOfficialAccount, tidy } from "../../signals/index.js";
import { fired, scan, trigger } from "../../signals/lexicon.js";
import { guard, type Shape } from "../gate.js";
import { defineRule } from "../rule.js";

// Every pattern above needs one of these words; most posts have none and stop there.
const SHAPES: Shape[] = [
  // "the Trust won't be bringing free parking back", "the Trust fully stands behind our consultant"
  {
    re: guard(
      /\b(?:the|our)\s+(?:Trust|hospital|organisation|board)\s+(?:will\s+not|won't|will|is\s+not\s+going\s+to|isn't\s+going\s+to|is\s+going\s+to|has\s+decided|have\s+decided|fully\s+(?:stands|supports|backs)|stands\s+(?:by|behind)|can\s+confirm|would\s+like\s+to|wishes\s+to|apologi[sz]es|is\s+(?:not\s+)?(?:bringing|closing|reopening|introducing|cutting|scrapping|changing))\b/i,
      "trust hospital organisation board + will won going decided fully stands confirm like wishes apologises apologizes bringing closing reopening introducing cutting scrapping changing",
    ),
    // What the Trust will do, relayed or reacted to (RELAYED, REACTION).
    quiet: (m, text) =>
      RELAYED.test(text) || REACTION.test(text.slice(sentenceStart(text, m.index), m.index)),
  },
  // "posting this on behalf of the Chief Executive", "launched … on behalf of the hospital"
  {
    re: guard(
      /\bon\s+behalf\s+of\s+(?:the|our)\s+(?:Trust|hospital|organisation|board|chief\s+exec(?:utive)?|CEO|(?:medical|nursing)\s+director|management|executive\s+team|comms(?:\s+team)?|communications(?:\s+team)?)\b/i,
      "behalf + trust hospital organisation board chief ceo medical nursing management executive comms communications",
    ),
  },
  // "On behalf of everyone at Westfield General Hospital, we're sorry…": the organisation's voice.
  {
    re: guard(
      /\b[Oo]n\s+behalf\s+of\s+(?:(?:every(?:one|body)|all(?:\s+(?:of\s+)?(?:us|the\s+staff|staff))?|the\s+(?:staff|team|whole\s+team))\s+(?:at|of|in)\s+)?(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5}(?:Hospitals?|Trust|NHS|Infirmary|Healthcare|Health\s+Board|Ambulance\s+Service)\b/,
      "behalf + hospital hospitals trust nhs infirmary healthcare health ambulance",
    ),
  },
  // "Official statement on the incident…", "posting while comms catch up": a personal account as the press office.
  {
    re: guard(
      /(?<!(?:'s|’s|\bthe|\bour|\btheir|\bits|\bread|\bsee|\bsharing)\s+)\b(?:official|formal)\s+(?:statement|update|response|announcement|position)\s+(?:on|about|from|regarding|re)\b|\b(?:while|until|as)\s+(?:the\s+)?comms(?:\s+team)?\s+(?:catch(?:es)?\s+up|are\s+(?:away|off|busy)|is\s+(?:away|off|busy)|get\s+round|sort)/i,
      "official formal + statement update response announcement position",
      "comms + while until as",
    ),
  },
  // "I can confirm the ward closed because of norovirus"
  {
    re: guard(
      /\bI\s+can\s+(?:confirm|announce|tell\s+you|assure\s+you(?:\s+all)?)\s+(?:that\s+)?(?:the|our)\s+(?:[\w'’-]+\s+){0,2}(?:ward|unit|hospital|Trust|board|department|clinic|service|A&E|theatres?|centre|consultant|surgeon|doctor|nurse|manager|director|staff|patient)s?\b/i,
      "i + can + confirm announce tell assure",
    ),
  },
  // "…has been suspended. I can confirm that as I work there."
  {
    re: guard(
      /\bI\s+can\s+(?:confirm|tell\s+you|announce)\b[^.!?\n]{0,60}?\b(?:as|because|since|cos)\s+I\s+(?:work|worked)\s+(?:there|here)\b|\bI\s+work\s+(?:there|here)\s+(?:and|so)\s+I\s+can\s+(?:confirm|tell\s+you)\b/i,
      "i + can + confirm tell announce + work worked",
    ),
  },
  {
    re: guard(/\bthat's\s+final\b/i, "final"),
  },
  // "the hospital's comment is …", "The Trust's position is that no patient came to harm".
  {
    re: guard(
      /\b(?:the|our)\s+(?:Trust|hospital|organisation|board)(?:'s|’s)\s+(?:position|comment|statement|response|line)\s+(?:is|was)\b/i,
      "trust hospital organisation board + position comment statement response line",
    ),
  },
  // "Statement from the Ward 12 team:", "Apologies from all of us at Pennock Bay": the ward or the
  // organisation's voice from a personal account.
  {
    re: guard(
      /\b(?:statement|apologies|an\s+apology|official\s+update)\s+from\s+(?:all\s+of\s+us\s+at|everyone\s+at|the\s+(?:[\w'’-]+\s+){0,3}(?:team|ward|department|unit))\b/i,
      "statement apologies apology update + from",
    ),
  },
  // "tell the room on the Trust's behalf", "on behalf of all 6,000 staff at Sunderland Royal", "I'll
  // answer for the board", "the Trust's self-appointed spokesperson".
  {
    re: guard(
      /\bon\s+the\s+(?:Trust|hospital|board)(?:'s|’s)\s+behalf\b|\bon\s+behalf\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\d,]+\s+)?(?:staff|nurses|workers|employees)\s+(?:at|of|in)\s+[A-Z]|(?<!(?:can't|cannot|can\s+not|won't|don't)\s+)\b(?:speak|answer|reply|respond)\s+for\s+the\s+(?:Trust|hospital|board|health\s+board)\b|\bself-appointed\s+spokes(?:person|man|woman)\b/i,
      "behalf speak answer reply respond spokesperson spokesman spokeswoman",
    ),
    // Declining the role is not taking it: "Not my job to speak for the Trust", "it's not my place
    // to answer for the board".
    quiet: (m, text) => DECLINED.test(text.slice(sentenceStart(text, m.index), m.index)),
  },
  // "We at Queen Elizabeth Hospital would like to apologise", "THE STAFF OF PETERBOROUGH CITY
  // HOSPITAL DO NOT SUPPORT…": the organisation's voice.
  {
    re: guard(
      /\b[Ww]e\s+at\s+(?:[A-Z][\w'’&.-]*\s+){1,5}(?:would\s+like\s+to|want\s+to|wish\s+to|apologi[sz]e|are\s+sorry)\b|\bthe\s+staff\s+of\s+(?:\w+\s+){1,5}(?:do\s+not|don't|will\s+not|won't|fully)\s+(?:support|back|accept|agree)\b/i,
      "we staff + like want wish apologise apologize sorry support back accept agree",
    ),
  },
  // A reply to a member of the public that decides for the Trust: "@Paul you'll get that parking
  // fine refunded, I'll make sure of it", "@Freya you won't be charged", "we're reviewing the bus
  // route with the council", "I've looked into it and there won't be any further action".
  {
    re: guard(
      /^\s*@\w+\b[^\n]{0,160}?\b(?:you\s+(?:will\s+not|won't|will)\s+be\s+(?:charged|fined|refunded|billed)|(?:you'll|you\s+will)\s+(?:get|have)\s+(?:that|the|your)\s+(?:[\w-]+\s+){0,2}(?:refunded|cancelled|waived|back)|I'll\s+make\s+sure\s+of\s+it|we(?:'re|\s+are)\s+(?:reviewing|looking\s+into|investigating)|there\s+won't\s+be\s+any\s+(?:further\s+)?action|the\s+hospital's\s+allowing)\b/i,
      "charged fined refunded billed cancelled waived sure reviewing looking investigating action allowing",
    ),
  },
  // "OFFICIAL: visiting hours are changing", "since the Trust hasn't put it out yet".
  {
    re: guard(
      /^\s*OFFICIAL\s*[:\-–]|\b(?:since|as|because)\s+the\s+(?:Trust|hospital|comms(?:\s+team)?)\s+(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:put|posted|announced|shared)\s+it\s+out\b/,
      "official",
      "hasn haven not + put posted announced shared",
    ),
  },
];
const NEEDS = trigger(
  "will won't going decided stands stand fully supports backs confirm announce behalf final official formal statement update response announcement position comms tell apologises apologizes apologise wishes like bringing closing reopening introducing cutting scrapping changing comment line apologies apology assure speak answer reply respond spokesperson spokesman spokeswoman want wish sorry support charged fined refunded billed cancelled waived sure reviewing looking investigating action allowing put posted",
);
// Reported speech and guesses are not speaking for the Trust.
const HEARSAY =
  /\b(?:I\s+heard|apparently|rumou?r|I\s+hope|I\s+doubt|I\s+bet|if|whether|wonder)\b[^.!?\n]*$/i;

// What the Trust will do, passed on from where it was published or told to staff ("details went out
// by email", "it's in the newsletter", "we were told at the briefing"), or a reaction to it ("can't
// believe the Trust is closing …"): news relayed, not the Trust's voice. Only for the first shape.
const RELAYED =
  /\b(?:announced|went out|sent (?:out|round)|e-?mail(?:ed)?|newsletter|intranet|according to|consultation|press release|(?:we've|we have|we were|staff were|staff have been|we got) (?:been )?told|told (?:us|staff)|(?:in|on) the news|news today)\b/i;
const REACTION =
  /\b(?:can't|cannot|can not|don't) believe|\b(?:gutted|sad|shame|devastated|upset|angry|furious|disgusted|shocked|typical|sad to hear|heartbroken)\b[^.!?\n]*$/i;

// A negation earlier in the same clause ("not my job to", "I'd never", "I won't").
const DECLINED = /(?:\b(?:not|never|nobody)|n['’]t)\b[^,;:]{0,40}$/i;

// Look only within the sentence, and at most a few hundred characters back.
function sentenceStart(text: string, at: number): number {
  return Math.max(at - 200, 0, text.lastIndexOf(".", at) + 1, text.lastIndexOf("\n", at) + 1);
}

export default defineRule({
  meta: {
    id: "official-capacity/speaking-for-the-trust",
    category: "official-capacity",
    severity: "warn",
    clauses: ["MC-SS01 §4.2(e)", "CLH-SMP §4.1", "CCC-SMP §7.3.2"],
    message:
      'This speaks for the Trust ("{{excerpt}}") from a personal account. Only {{route}} and authorised official accounts may speak on the Trust\'s behalf.',
    suggestion:
      "Point people to the Trust's official account or statement, or ask {{route}} to respond. Speak only for yourself.",
    directions: ["outbound"],
  },
  check(ctx) {
    if (!fired(scan(ctx.normalised), NEEDS)) return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const view = ctx.normalised.base;
    for (const { re, quiet } of SHAPES) {
      const m = re.exec(view.text);
      if (!m) continue;
      const lineStart = sentenceStart(view.text, m.index);
      if (HEARSAY.test(view.text.slice(lineStart, m.index))) continue;
      if (quiet?.(m, view.text)) continue;
      // A question about what the Trust will do is not an announcement.
      const after = view.text.slice(m.index, m.index + 300).search(/[.!?\n]/);
      if (after >= 0 && view.text[m.index + after] === "?") continue;
      const { start, end } = tidy(view.text, { start: m.index, end: m.index + m[0].length });
      const at = view.toOriginal(start, end);
      ctx.report({
        start: at.start,
        end: at.end,
        data: { excerpt: ctx.text.slice(at.start, at.end), route: communicationsRoute(ctx.pack) },
      });
      return;
    }
  },
});
