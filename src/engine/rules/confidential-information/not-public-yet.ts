// Trust business shared before the Trust has made it public: a restructure "not announced yet",
// a closure that "goes to board next week", what was decided in the private part of the board,
// or anything under a non-disclosure agreement. The author's own words say it is not public
// ("keep it quiet", "you didn't hear it from me", "leaked"), and the subject is Trust business,
// so a personal secret ("don't tell anyone but I'm engaged") is not reported.
import { isOfficialAccount, sentenceAround } from "../../recognizers/information/phrases.js";
import { T, triggers } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";
import { GIVEN_NAME_SET } from "../../recognizers/privacy/vocabulary.js";
import { TRUST_BUSINESS } from "./topics.js";
import { cutDeep } from "../../signals/cue-gate.js";
import { REFERRED_TO_COMMS } from "../media-contact/talking-to-journalists.js";

// 🤐 or 🤫 after passing a journalist to the communications team is keeping quiet, not a secret
// told: "passed it to our comms team, like the policy says, and that's all I'm saying 🤐".
const ZIPPED = /^(?:\uD83E\uDD2B|\uD83E\uDD10)$/;

const NOT_PUBLIC = new RegExp(
  [
    String.raw`\bnot (?:been |even )?(?:made )?(?:public|announced|official|published|common knowledge)(?: yet)?\b`,
    String.raw`\b(?:hasn'?t|haven'?t|has not|have not|isn'?t|wasn'?t) (?:been |even )?(?:announced|made public|gone public|published|released)\b`,
    String.raw`\b(?:before|until) (?:it'?s|it is|it gets|they) (?:announced|official|public|made public|go public)\b|\bahead of (?:the|any) (?:official )?announcement\b`,
    String.raw`\b(?:hasn'?t|haven'?t|has not|have not|not|nobody'?s|no one'?s) (?:even )?(?:told|informed|briefed|said a word|said anything|seen it|been told)\b[^.!?\n]{0,40}?\b(?:yet|publicly)\b`,
    String.raw`\bkeep (?:it|this|that) (?:quiet|under wraps|to yourselves?|between us|on the down ?low|hush)\b|\bbetween (?:you and me|you and i|ourselves|us)\b|\boff the record\b|\bhush[- ]hush\b`,
    String.raw`\b(?:you )?didn'?t hear (?:it|this|that) from me\b|\bdon'?t tell anyone\b|\bdon'?t (?:share|repeat|spread) this\b`,
    String.raw`\bleaked\b(?=\s*[:\-–]|\s+(?:email|memo|documents?|plans?|papers?|report|minutes|letter|news|info))|\bleak(?:ed|ing)? (?:this|it) to\b|\bleaked to (?:the )?(?:press|media|papers)\b|^\s*leaked\b`,
    String.raw`\b(?:strictly )?confidential\b(?! (?:helpline|support|line|service|counselling|advice))|\bin confidence\b|\bembargoed?\b`,
    String.raw`\bcan'?t say (?:too )?much\b|\bnot (?:supposed|meant|allowed) to (?:say|tell|share|talk about|know)\b|\b(?:weren'?t|wasn'?t|aren'?t|isn'?t) (?:supposed|meant|allowed) to (?:know|see|hear)\b|\ball i(?:'ll| will| can|'m going to) say is\b|\bshouldn'?t (?:really )?be (?:saying|telling|sharing|posting)\b`,
    String.raw`\bprivate (?:bit|part|session|meeting|section)\b|\bpart (?:2|two|ii|b) of (?:the )?board\b|\bclosed session\b`,
    String.raw`\bon behalf of (?:the )?(?:chief exec\w*|ceo|executives?|exec team|board|medical director|director of nursing)\b|\b(?:comms|communications)(?: team)? (?:are|is|were) (?:off|away|not in)\b`,
    String.raw`\bmy (?:mate|friend|pal|source|contact) in (?:governance|finance|hr|the exec\w*|exec\w*|the board|estates|comms|payroll)\b`,
    String.raw`\bnothing (?:official|confirmed|announced|public) yet\b|\bsh{3,}\b|\byou heard it here first\b|\b(?:nobody|no one|no-one)(?: \w+){0,2} knows? (?:yet|about it)\b`,
    String.raw`\b(?:announcement|announcing it|going public|official) (?:is |will be |comes? |goes out |due )?(?:next|on|this coming|tomorrow|later)\b|\b(?:word|rumour|rumor)s? (?:on the (?:ward|street|corridor)|has it|is)\b`,
    String.raw`\bdraft (?:cqc |inspection |board |audit |consultation )?(?:report|papers?|plans?|proposals?)\b|\b(?:on|from) the shared drive\b`,
    String.raw`\bnot (?:been )?(?:launched|out|live|released|rolled out|signed off|finali[sz]ed|confirmed|ratified|agreed)(?: yet| until)\b|\bsneak (?:peek|preview)\b|\bbefore (?:it|they|anyone|the rest)\b[^.!?\n]{0,15}\b(?:launch(?:es)?|go(?:es)? live|rolls? out|finds? out|hears?|sees?)\b`,
    // Told at an internal meeting, comms still "working on the messaging", and the
    // Trust's public line contradicted from inside ("isn't closed for X like the Trust told you").
    String.raw`\b(?:we were|i was|we'?ve been|we have been|we got|got)\s+told\s+(?:at|in)\s+(?:the|today'?s|this (?:morning|afternoon)'?s|our|a)\s+(?:senior (?:leaders?|leadership|managers?|team)'?s?|leadership|managers'?|management|exec(?:utive)?s?|team|staff|divisional|ops|operational|matrons'?|heads of department)\s+(?:meeting|brief(?:ing)?|huddle|call|away ?day)\b`,
    String.raw`\bcomms(?: team)?\s+(?:are|is|'re)\s+['"]?(?:still\s+)?(?:working on|drafting|preparing|sorting)\s+(?:the\s+)?(?:messaging|message|statement|announcement|press release|lines|wording)\b`,
    String.raw`\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not)\s+(?:[\w'-]+\s+){0,4}?(?:like|as)\s+(?:the trust|management|comms|the press release|the (?:official )?statement)\s+(?:told|tells|said|says|claims?|claimed)\b`,
    // 🤫 and 🤐, as surrogate pairs so the regex needs no "u" flag (slower with "i" and \b).
    "\uD83E\uDD2B|\uD83E\uDD10",
  ].join("|"),
  "i",
);
// Said to be internal or secret by whoever owns it: confidential whatever the subject.
const SAID_SECRET =
  /\b(?:marked|stamped|classed|labelled|labeled)\s+(?:as\s+)?['"‘“]?(?:restricted|confidential|official[- ]sensitive|internal(?: only)?|not for (?:circulation|publication))\b|\b(?:told|asked|instructed|warned) (?:us|me|staff|everyone|the team|all of us)\b[^.!?\n]{0,15}?\bnot to (?:tell|say|mention|share|post|talk about|discuss|repeat)\b|\b(?:we(?:['’]ve| have)? been|we were|staff (?:have been|were)|I(?:['’]ve| have) been|I was) (?:told|asked|instructed|warned) not to (?:tell|say|mention|share|post|talk about|discuss|repeat)\b|\bembargoed\b|\b(?:internal(?:ly)? only|staff only (?:email|memo|update)|not for (?:sharing|circulation|publication|public)|do not (?:share|forward|circulate))\b|\b(?:screenshot|screengrab|snap|photo|pic)s?\b[^.!?\n]{0,20}?\b(?:from|off|of) (?:the|our) intranet\b|\b(?:from|on) (?:the|our) intranet\b[^.!?\n]{0,60}?\b(?:not (?:launched|out|live|announced|public)|yet)\b/i;
// A person asking to keep their own news quiet ("He asked me not to tell anyone", "Sarah ...
// asked me not to say anything", "he asked us not to tell his gaffer"): a personal confidence,
// not the Trust's, unless the post is about Trust business as well. Whoever asks is named in the
// words before: "he", "she" or a first name, and no one who speaks for the Trust.
const PERSONAL_ASKER = /\b(?:[Hh]e|[Ss]he)(?:['’]s|['’]d)?\b[^.!?\n]{0,80}$/;
const FIRST_NAME = /\b([A-Z][a-z]{2,})\b(?=[^.!?\n]{0,80}$)/g;
/** Whether `clause` names the one asking as "he", "she" or a first name ("Sarah on nights"). */
function personAsks(clause: string): boolean {
  if (PERSONAL_ASKER.test(clause)) return true;
  FIRST_NAME.lastIndex = 0;
  for (let m = FIRST_NAME.exec(clause); m; m = FIRST_NAME.exec(clause))
    if (GIVEN_NAME_SET.has(m[1])) return true;
  return false;
}
const TRUST_ASKER =
  /\b(?:manager|managers|management|matron|hr|trust|exec\w*|board|comms|director\w*|bosses|boss|chief|ceo|senior|gold command|on-?call|security|estates|governance|legal|police|they|we were|we've been|we have been|staff were|everyone was)\b[^.!?\n]{0,80}$/i;
/** Whether the request at `at` (SAID_SECRET's match) was a person keeping their own news quiet. */
function personalConfidence(text: string, at: number): boolean {
  if (!/^(?:told|asked|warned)\b/i.test(text.slice(at, at + 7))) return false;
  const before = text.slice(Math.max(0, at - 100), at);
  const clause = before.slice(
    Math.max(
      before.lastIndexOf("."),
      before.lastIndexOf("!"),
      before.lastIndexOf("?"),
      before.lastIndexOf("\n"),
    ) + 1,
  );
  if (!personAsks(clause) || TRUST_ASKER.test(clause)) return false;
  return businessTopic(text) === null;
}

// A non-disclosure agreement is confidential whatever it covers.
const NDA =
  /\b(?:signed|under|bound by|covered by|sign) (?:an? |the |our )?(?:nda|non-?disclosure(?: agreement)?|confidentiality (?:agreement|clause))s?\b|\bnda'?d\b/i;
// An agreement for the author's own work or life outside the Trust ("signed an NDA for my side
// hustle as a mystery shopper", "for the wedding venue") covers no Trust business.
const NOT_TRUST_NDA =
  /\b(?:side hustle|side gig|second job|other job|my (?:own )?(?:business|shop|book|band|podcast|channel)|mystery shop\w*|wedding|reality (?:show|tv)|tv show|game show|celebrity|modelling|freelance)\b/i;
// Quoting the Trust's own public statement is the opposite of a leak.
const PUBLISHED =
  /\b(?:press release|published (?:today|this morning|yesterday|on)|(?:on|in) (?:the|our) (?:trust'?s? )?website|(?:trust'?s?|official) statement|announced (?:today|this morning|yesterday|publicly))\b/i;

// The author's or a colleague's own affairs, not the Trust's: "signed the contract on my first
// house", "a surprise leaving do for Pat when her contract ends".
const PERSONAL_TOPIC =
  /\b(?:my|her|his|their|your)\s+(?:own\s+|new\s+|first\s+|fixed[- ]term\s+)?(?:contract|budget|savings|bid)\b|\b(?:contract|tender|bid|savings|budget)\s+(?:on|for)\s+(?:my|her|his|their|our|a|the)\s+(?:[\w-]+\s+)?(?:house|flat|home|car|phone|mortgage|wedding|holiday|tenancy|gym|lease|loft|kitchen|extension|business|van)\b/i;
const TRUST_BUSINESS_ALL = new RegExp(TRUST_BUSINESS.source, "gi");

/** The first match of Trust business that is not someone's own affairs. */
function businessTopic(text: string): RegExpExecArray | null {
  TRUST_BUSINESS_ALL.lastIndex = 0;
  for (let m = TRUST_BUSINESS_ALL.exec(text); m; m = TRUST_BUSINESS_ALL.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 40);
    if (!PERSONAL_TOPIC.test(around)) return m;
  }
  return null;
}

export default defineRule({
  meta: {
    id: "confidential-information/not-public-yet",
    category: "confidential-information",
    severity: "block",
    clauses: [
      "MC-SS01 §4.1(b)",
      "MC-SS01 §4.2(s)",
      "CLH-SMP §4.1",
      "MTW-SMP §3.0",
      "CCC-SMP §7.3.10",
    ],
    message:
      "This shares Trust business that has not been made public ({{how}}). Staff may only share information about the Trust that is already in the public domain.",
    suggestion:
      "Don't post it. Wait until the Trust announces it and share the official announcement instead; if you are worried about the change, speak to your manager or staff-side rep.",
  },
  check(context) {
    const found = triggers(context.text);
    const said = found & T.DISGUISED || (found & T.NOT_PUBLIC && found & T.NOT_PUBLIC_SAID);
    if (!said && !(found & (T.NDA | T.SECRET))) return;
    const { text } = context;
    if (isOfficialAccount(context.profile)) return;
    const view = context.normalised.base;
    const secret = found & (T.SECRET | T.DISGUISED) ? SAID_SECRET.exec(view.text) : null;
    if (secret && !PUBLISHED.test(view.text) && !personalConfidence(view.text, secret.index)) {
      const sentence = sentenceAround(view.text, secret.index, secret.index + secret[0].length);
      const { start, end } = view.toOriginal(sentence.start, sentence.end);
      const how = view.toOriginal(secret.index, secret.index + secret[0].length);
      context.report({ start, end, data: { how: `"${text.slice(how.start, how.end)}"` } });
      return;
    }
    if (!said && !(found & T.NDA)) return;
    const nda = found & (T.NDA | T.DISGUISED) ? NDA.exec(view.text) : null;
    if (nda && !NOT_TRUST_NDA.test(view.text)) {
      const { start, end } = view.toOriginal(nda.index, nda.index + nda[0].length);
      context.report({ start, end, data: { how: `"${text.slice(start, end)}"` } });
      return;
    }
    const notPublic = cutDeep(NOT_PUBLIC, view.text);
    const marker = notPublic === null ? null : notPublic.exec(view.text);
    if (!marker) return;
    if (ZIPPED.test(marker[0]) && REFERRED_TO_COMMS.test(view.text)) return;
    const topic = businessTopic(view.text);
    if (!topic || PUBLISHED.test(view.text)) return;
    const sentence = sentenceAround(view.text, topic.index, topic.index + topic[0].length);
    const { start, end } = view.toOriginal(sentence.start, sentence.end);
    const how = view.toOriginal(marker.index, marker.index + marker[0].length);
    context.report({ start, end, data: { how: `"${text.slice(how.start, how.end)}"` } });
  },
});
