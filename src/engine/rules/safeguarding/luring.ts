// Luring and exploitation: recruiting children with cash and secrecy ("Any young lads 14+ want
// to earn £300 a week? keep your mouth shut, add me on snap"), moving young people into private
// contact with promises of vapes or drink, or telling someone to hide the contact from their
// parents. CCC-SMP §7.3.13 names luring and exploitation. Awareness posts that describe these
// signs to warn parents are not reported.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { gate } from "../gate.js";
import { defineRule } from "../rule.js";

const MINOR =
  /\b(?:1[0-7]|[89]) ?(?:\+|yo\b|y\/o\b|year olds?\b|yrs? olds?\b)|\bunder ?(?:16|18)s?\b|\b(?:kids|children|teens?|teenagers?|school ?kids|young (?:lads|girls|boys|people|ones|uns|'?uns)|schoolboys?|schoolgirls?|year (?:7|8|9|10|11)s?|camhs|minors?|youngsters|little (?:ones|girls|boys)|adolescents?|adolescent (?:ward|unit|girls|boys)|under-?age|underage|young (?:girls|boys|lads|teens)|school ?(?:girls|boys|age|leavers)|sixth formers?|juniors?)\b|\bteen\w*/i;
const SECRECY =
  /\bkeep (?:your|ur|yer|ya) (?:mouth|gob) shut\b|\bkeep (?:it|this|ya|your|ur) (?:quiet|between us|a secret|to (?:yourself|yourselves|urself))\b|\bour (?:little )?secret\b|\bdelete (?:the|these|this|our|my) (?:messages?|chats?|dms?|texts?)\b|\bno questions asked\b|\bdon'?t tell (?:anyone|nobody|any1|no one)\b|\bkeep(?:s|ing)? (?:quiet|schtum|shtum|mum|their mouths? shut|(?:it )?on the down ?low) about\b|\bour (?:little )?(?:arrangement|deal|agreement)\b|\bsay nothing to (?:nobody|anyone|no one)\b|\bbetween (?:you and me|me and you)\b|\bnobody (?:needs to|has to|will ever) know\b/i;
const HIDE_FROM_CARERS =
  /\bdon'?t (?:tell|let) (?:your |ur |ya |yer |the )?(?:mum|mom|mam|dad|parents|folks|teachers?|carers?|social worker|foster \w+|family|nurses|staff|doctors)\b/i;
// Cutting the parents out: "no parents needed", "your mum doesn't need to know".
const NO_PARENTS =
  /\b(?:no|without|don'?t need|no need for|no need to (?:ask|tell)) (?:your |ur |the )?(?:parents?|mums?|mams?|moms?|dads?|parental (?:consent|permission)|guardians?|carers?|adults?)(?: (?:needed|required|necessary|involved|present|allowed|consent|permission|to know))?\b|\b(?:parents?|mum|mam|mom|dad|guardians?|carers?|family) (?:don'?t|doesn'?t|won'?t|needn'?t|never) (?:need to |have to |ever )?(?:know|find out|be told|hear|come)\b/i;
const CONTACT =
  /\b(?:add|message|dm|pm|inbox|snap|text|whatsapp|hit|msg) me(?: up)?\b|\badd(?:ed)? (?:me|us) on\b|\bon (?:snap|snapchat|insta|whatsapp|tiktok|kik|telegram)\b|\bmeet (?:me|up)\b|\bmy (?:snap|insta|number|addy)\b|\bprivate(?:ly)? message\b|\bmeet (?:them|her|him|some of|a few of|the (?:girls|boys|kids|lads))\b|\bsend (?:me |us )?(?:their|the (?:girls|boys|kids)'?s?) (?:names|numbers|snaps?|snapchats?|instas?|details|photos|pics|addresses)\b/i;
const INCENTIVE =
  /\bearn\b|£\s?\d+ (?:a|per|an) (?:week|day|night|job|drop|hour)\b|\beasy (?:money|cash|£)|\bcash\b|\bvapes?\b|\bcans\b|\bbooze\b|\balcohol\b|\bweed\b|\bfags\b|\bcigs?\b|\bfree (?:stuff|trainers|phones?|credit|clothes|food)\b|\bsort (?:them|you|u|him|her|ya) out with\b|\bgifts?\b|\bpresents?\b|\b(?:we |i )?pay\b|\bpaid\b|£\s?\d+|\bmodell?ing\b|\bphoto ?shoots?\b|\bshoots?\b|\bcasting\b|\bjobs? going\b|\bfree\b/i;
// Every report needs MINOR, HIDE_FROM_CARERS or NO_PARENTS: their words (see ../gate.ts).
const CUES = gate(
  "10 11 12 13 14 15 16 17 8 9 + yo y year yr yrs +",
  "10yo 10y 10year 10years 10yr 10yrs 11yo 11y 11year 11years 11yr 11yrs 12yo 12y 12year 12years 12yr 12yrs 13yo 13y 13year 13years 13yr 13yrs 14yo 14y 14year 14years 14yr 14yrs 15yo 15y 15year 15years 15yr 15yrs 16yo 16y 16year 16years 16yr 16yrs 17yo 17y 17year 17years 17yr 17yrs 8yo 8y 8year 8years 8yr 8yrs 9yo 9y 9year 9years 9yr 9yrs",
  "under under16 under18 under16s under18s underage kids children teen* school schoolkids schoolboy schoolboys schoolgirl schoolgirls schoolage schoolleavers young year camhs minor minors youngsters little adolescent adolescents sixth junior juniors",
  "don dont + tell let",
  "parent parents mum mums mam mams mom moms dad dads parental guardian guardians carer carers adult adults family",
);
// Posts that explain the signs of grooming to protect people.
const AWARENESS =
  /\b(?:if (?:someone|anyone|a stranger|an adult)|if they (?:ask|offer|tell|say|want|message|send|contact|try|pressure|promise)|warning signs?|signs of|grooming|talk to your (?:kids|children|child)|report (?:it|them|this)|ceop|nspcc|childline|crimestoppers|stay safe|be aware|awareness|safeguarding|exploitation|county lines)\b/i;

export default defineRule({
  meta: {
    id: "safeguarding/luring",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message:
      "This looks like luring or exploitation: {{how}}. Posts must not encourage behaviour linked to safeguarding issues.",
    suggestion:
      "Don't post or engage with it. Report concerns about a child or young person to the Trust's safeguarding team; if a child is in immediate danger, call 999.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    if (!mayApply(context.text, T.LURING)) return;
    const view = context.normalised.base;
    const t = view.text;
    if (!CUES.passes(t)) return;
    const minor = MINOR.exec(t);
    const told = HIDE_FROM_CARERS.exec(t);
    // "No parents needed" is also how confidential young people's clinics describe themselves, so
    // it counts only with a reward or private contact on offer.
    const cutOut = told ? null : NO_PARENTS.exec(t);
    const hide = told ?? (cutOut && (CONTACT.test(t) || INCENTIVE.test(t)) ? cutOut : null);
    if (!minor && !hide) return;
    const secret = SECRECY.exec(t);
    const contact = CONTACT.exec(t);
    let how: string | undefined;
    let at: RegExpExecArray | null = null;
    if (minor && secret) [how, at] = ["young people offered something to keep secret", minor];
    else if (hide && (contact || minor))
      [how, at] = ["someone told to hide contact from their parents or carers", hide];
    else if (minor && contact && INCENTIVE.test(t))
      [how, at] = ["young people drawn into private contact with promised rewards", contact];
    if (!how || !at || AWARENESS.test(t)) return;
    const first = Math.min(
      ...[minor, secret, hide, contact]
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => m.index),
    );
    const last = Math.max(
      ...[minor, secret, hide, contact]
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => m.index + m[0].length),
    );
    const { start, end } = view.toOriginal(first, last);
    context.report({ start, end, data: { how } });
  },
});
