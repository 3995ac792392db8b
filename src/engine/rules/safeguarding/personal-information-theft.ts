// Theft of personal information (CCC-SMP §7.3.13): quizzes that collect the answers to security
// questions ("first pet + mum's maiden name + the street you grew up on = your drag name"), and
// encouraging people to look someone up on patient systems to find where they live.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { gate, guard } from "../gate.js";
import { defineRule } from "../rule.js";
import { testIfMay } from "../../signals/cue-gate.js";

// The words each expression below cannot match without (see ../gate.ts).
const SECURITY_QUESTION_CUES = gate(
  "maiden",
  "first + pet pets school car",
  "grew",
  "childhood",
  "favourite + teacher",
  "birth + month",
  "city + born",
  "nan nana gran grandma grandad dad father mum mom mother + middle first surname maiden",
  "birth birthtown + town",
  "birthtown",
  "town month + born",
  "last + 4 four + digits",
  "memorable + word date",
);
const SECURITY_QUESTION =
  /\b(?:mother|mum|mom|mam)'?s? maiden name\b|\bmaiden name\b|\bfirst pet'?s?(?: name)?\b|\bname of your first pet\b|\bstreet you grew up (?:on|in)\b|\bfirst school\b|\bfirst car\b|\bchildhood (?:street|nickname|best friend|hero)\b|\bfavourite teacher\b|\bbirth month\b|\bcity (?:you were|your parents were) born\b|\b(?:nan|nana|gran|grandma|grandad|dad|father|mum|mom|mother)'?s? (?:middle name|first name|surname|maiden name)\b|\bbirth ?town\b|\btown (?:you were|you'?re) born\b|\bmonth you were born\b|\blast (?:4|four) digits\b|\bmemorable (?:word|date)\b/gi;
// Looking up someone you know on a clinical or patient system.
const LOOK_UP = guard(
  /\b(?:look|looked|looking|search|searched|searching|find|found|finding)\b(?:\s+[^\s.!?]+){0,5}?\s+on (?:the |our )?(?:pas|spine|system|systems|emis|systmone|rio|lorenzo|epr|ehr|cerner|epic|ice|summary care record|scr|medway|patient (?:records?|system|database)|records|database)\b/i,
  "look looked looking search searched searching find found finding + on + pas spine system systems emis systmone rio lorenzo epr ehr cerner epic ice summary scr medway patient records database",
);
// Digging out someone's details through the practice or hospital records: a request for an
// address or number, and a sign the author can reach them through work ("dig up the address of
// that bloke who cut me up, he's registered at our GP practice").
const DETAILS_WANTED = guard(
  /\b(?:dig(?:ging)? up|dig out|find(?:ing)? out|look(?:ing)? up|pull(?:ing)? up|get(?:ting)?|check(?:ing)?|give me|send me|tell me|let me know|need|want)\b[^.!?\n]{0,20}?\b(?:(?:his|her|their) (?:home )?address|address of (?:that|this|the|my|a) (?:[a-z]+ ){0,2}?(?:bloke|guy|man|woman|lady|girl|lad|fella|driver|idiot|ex|neighbour|person|couple|family|mum|dad|kid|boy|cow|prat|knob|woman's|man's)|where (?:he|she|they) lives?|(?:his|her|their) (?:phone )?number|(?:his|her|their) date of birth)\b/i,
  "dig digging find finding look looking pull pulling get getting check checking give send tell let need want + address lives live number birth",
);
const THROUGH_WORK =
  /\b(?:registered (?:at|with) (?:our|the|my) (?:gp|practice|surgery|clinic|hospital)|on our (?:books|list|system)|(?:our|the) (?:patient )?(?:system|records|database)|(?:pas|spine|emis|systmone|rio|lorenzo|epr|cerner|epic|medway)\b|(?:he'?s|she'?s|they'?re) (?:a )?patient (?:at|of|with) (?:ours|our))/i;
const REGISTERED =
  /\bregistered (?:at|with)\b|\bon our (?:books|list)\b|\bpatient (?:at|of|with) ours?\b/i;
const PERSONAL_TARGET =
  /\b(?:your|my|his|her|their) ex\b|\bwhere (?:they|he|she|your ex|someone|people) (?:lives?|live now)\b|\b(?:their|his|her|someone'?s|home) address(?:es)?\b|\bneighbours?\b|\bcrush\b|\bfancy\b|\bcelebrit\w+|\bfamous\b|\bfootballers?\b|\b(?:love island|reality (?:tv|star)|big brother|strictly|x factor)\b|\bcontestants?\b|\binfluencers?\b|\bdate of birth\b|\bnew (?:partner|boyfriend|girlfriend)\b/i;

// Fishing for the details that open someone's bank account or steal their identity, usually behind
// a prize or refund: "to claim your £1,000 reply with your sort code and date of birth".
const FINANCIAL_ID =
  /\b(?:bank (?:details|account(?: details| number)?|login)|sort ?codes?|account numbers?|card (?:number|details|no)|long card number|cvv|cvc|security code on the back|expiry date|pin (?:number|code)|national insurance(?: number)?|ni number|passport (?:number|details)|driving licen[cs]e (?:number|details)|online banking)\b/i;
const IDENTITY =
  /\b(?:full name|date of birth|dob|home address|(?:mother|mum|mom)'?s maiden name|place of birth)\b/i;
const HANDING_OVER = guard(
  /\b(?:reply with|send (?:us|me)?|dm (?:us|me)?|message (?:us|me)|confirm|provide|enter|fill in|tell (?:us|me)|give (?:us|me)|verify|submit|text (?:us|me)|email (?:us|me))\b[^.!?\n]{0,60}?\b(?:your|ur|the winner'?s|their)\b/i,
  "reply send dm message confirm provide enter fill tell give verify submit text email + your ur winner winners their",
);
const LURE =
  /\b(?:won|winner|winning|prize|selected|chosen|claim|refund|reward|compensation|lottery|giveaway|free|voucher|gift card|bonus|payout|cash|unclaimed|eligible)\b|£\s?\d/i;

export default defineRule({
  meta: {
    id: "safeguarding/personal-information-theft",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message: "This encourages people to give away or take personal information: {{how}}.",
    suggestion:
      "Don't post or join in. Answers to security questions let criminals reset accounts; patient systems may only be opened for the care you are giving, and every access is audited.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    // "registered at our practice" holds none of the trigger words: the details request has its own gate.
    if (
      !mayApply(context.text, T.THEFT) &&
      !(testIfMay(REGISTERED, context.text) && DETAILS_WANTED.gate.passes(context.text))
    )
      return;
    const view = context.normalised.base;
    const t = view.text;
    const handing = HANDING_OVER.exec(t);
    if (handing) {
      const wanted = FINANCIAL_ID.exec(t) ?? (LURE.test(t) ? IDENTITY.exec(t) : null);
      if (wanted && !/\bnever (?:ask|share|give)|\bwill never\b|\bscam\b|\bbeware\b/i.test(t)) {
        const from = Math.min(handing.index, wanted.index);
        const to = Math.max(handing.index + handing[0].length, wanted.index + wanted[0].length);
        const { start, end } = view.toOriginal(from, to);
        context.report({
          start,
          end,
          data: { how: "a message fishing for bank or identity details" },
        });
        return;
      }
    }
    SECURITY_QUESTION.lastIndex = 0;
    const asked = SECURITY_QUESTION_CUES.passes(t) ? [...t.matchAll(SECURITY_QUESTION)] : [];
    // Warning people off such quizzes is the opposite ("please stop doing those quizzes, they're
    // security questions").
    const warning =
      /\b(?:stop (?:doing|sharing|filling|answering|posting)|(?:don'?t|do not|never) (?:do|share|fill|answer|post|join|give)|avoid|beware|scam\w*|(?:they're|they are|these are|those are|are) (?:all |literally |just )?(?:the |your )?(?:bank'?s? )?security questions|fraudsters?|hackers?|criminals?)\b/i;
    if (new Set(asked.map((m) => m[0].toLowerCase())).size >= 2 && !warning.test(t)) {
      const first = asked[0];
      const last = asked[asked.length - 1];
      const { start, end } = view.toOriginal(first.index, last.index + last[0].length);
      context.report({
        start,
        end,
        data: { how: "a quiz collecting the answers to security questions" },
      });
      return;
    }
    const wanted = DETAILS_WANTED.exec(t);
    if (wanted && THROUGH_WORK.test(t) && !/\bnever\b|\bscam\b|\baudit/i.test(t)) {
      const { start, end } = view.toOriginal(wanted.index, wanted.index + wanted[0].length);
      context.report({
        start,
        end,
        data: { how: "digging out someone's details through patient records" },
      });
      return;
    }
    const look = LOOK_UP.exec(t);
    if (
      look &&
      PERSONAL_TARGET.test(t.slice(Math.max(0, look.index - 80), look.index + look[0].length + 40))
    ) {
      const { start, end } = view.toOriginal(look.index, look.index + look[0].length);
      context.report({
        start,
        end,
        data: { how: "looking someone up on a patient system for personal reasons" },
      });
    }
  },
});
