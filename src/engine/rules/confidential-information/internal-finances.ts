// Internal money: what a ward spent on agency staff, how far behind the savings plan the Trust
// is, who won a contract and for how much. CLH-SMP §4.1 and MTW-SMP §3.0 name commercial
// suppliers and the Trust's business activities; MC-SS01 §4.2(s) allows only what is public.
// Fundraising totals, prices and the Trust's published accounts are not reported.
import { isOfficialAccount, sentenceAround } from "../../recognizers/information/phrases.js";
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

// £212k, £3.1m, £14.2 million, £250,000 (thousands and up: prices and fares are smaller).
const AMOUNT =
  /£\s?\d[\d,]*(?:\.\d+)?\s?(?:k\b|m\b|mn\b|bn\b|million\b|billion\b|thousand\b)|£\s?\d{1,3}(?:,\d{3})+(?!\d)|£\s?\d{5,}/gi;
const FINANCE =
  /\b(?:spend|spent|spending|budgets?|deficit|overspen[dt]|underspend|cip|cost improvement|savings?|contracts?|tenders?|bids?|procurement|invoices?|paid (?:to|out)|agency (?:bill|costs?|spend)|finance|financial|behind on|in the red|cost us|costing us|cost the trust|costs the trust|deal|awarded|went to|won the|written off|fines?|settlement|payout|compensation)\b/i;
const NOT_INTERNAL =
  /\b(?:rais(?:e|ed|ing)|donat\w*|fundrais\w*|charit\w*|appeal|sponsor\w*|justgiving|league of friends|grant|lottery|annual report|published|press release|according to|reported|the government|nationally|national|nhs england|across the nhs|mortgage|house|deposit|salary|wedding|holiday)\b/i;
// Money spent on something everyone can see (a rebrand, a logo, signs, a sculpture), set against
// what staff lack: a grievance about priorities, not a leak ("spent £40k on a rebrand and our
// staff room still has a kettle held together with tape").
const VISIBLE_SPEND =
  /\b(?:spen[dt]|spending|splash(?:ed|ing)?|blew|blown|wast(?:ed|ing)|forked\s+out)\b[^.!?\n]{0,40}?\b(?:re-?brand\w*|(?:new\s+)?logos?|branding|signs|signage|sculptures?|art\s?work|murals?|lanyards|paint\s?job|flags?|banners?)\b/i;

// Contract decisions with no amount: who bid, who lost, who won.
const BIDDING =
  /\b(?:most|least|cheapest|lowest|highest) (?:expensive |priced )?(?:bid|bidder|tender|quote)\b|\bbids? (?:came in|were)\b|\b(?:contract|tender) (?:went|is going|has gone|was awarded|is being awarded) to\b/i;

// The author has seen the commercial paper itself ("I've seen the rate card", "I've seen the
// invoice"), in a post about what an agency, supplier or locum is paid: the Trust's terms with a
// supplier, not published. A contract for one's own job is not a supplier's.
const SEEN_PAPER =
  /\b(?:i've|i\s+have|i|we've|we\s+have|i've\s+actually|i\s+literally)\s+(?:actually\s+|literally\s+|just\s+)?(?:seen|read|had\s+a\s+look\s+at|looked\s+at|got\s+a\s+copy\s+of)\s+(?:the|their|our)\s+(?:rate\s+cards?|invoices?|contracts?|tender(?:\s+documents?)?|bids?|purchase\s+orders?|pay\s+rates|price\s+list|quotes?)\b/i;
const PERSONAL_PAPER = /\b(?:my|her|his)\s+(?:own\s+|new\s+)?(?:contract|invoice|quote)\b/i;
const SUPPLIER_PAID =
  /\b(?:agenc(?:y|ies)|suppliers?|locums?|consultanc(?:y|ies)|contractors?|outsourc\w*|per\s+hour|an\s+hour|a\s+shift|per\s+shift)\b/i;

export default defineRule({
  meta: {
    id: "confidential-information/internal-finances",
    category: "confidential-information",
    severity: "block",
    clauses: ["MC-SS01 §4.2(s)", "CLH-SMP §4.1", "MTW-SMP §3.0", "CCC-SMP §7.3.10"],
    message:
      "This shares the Trust's internal finances or commercial details (spending, savings, contracts or suppliers) that have not been published.",
    suggestion:
      "Leave the figures and the supplier details out. If the numbers are in a published board paper or the annual report, link to that instead.",
  },
  check(context) {
    if (!mayApply(context.text, T.POUND | T.FINANCE)) return;
    if (isOfficialAccount(context.profile)) return;
    const view = context.normalised.base;
    if (NOT_INTERNAL.test(view.text)) return;
    AMOUNT.lastIndex = 0;
    for (let m = AMOUNT.exec(view.text); m; m = AMOUNT.exec(view.text)) {
      const sentence = sentenceAround(view.text, m.index, m.index + m[0].length);
      // The finance word may sit in the sentence before ("Agency spend last quarter: £212k").
      const around = view.text.slice(Math.max(0, sentence.start - 80), sentence.end);
      if (!FINANCE.test(around)) continue;
      if (VISIBLE_SPEND.test(view.text.slice(sentence.start, sentence.end))) continue;
      const { start, end } = view.toOriginal(sentence.start, sentence.end);
      context.report({ start, end });
      return;
    }
    const seen = SEEN_PAPER.exec(view.text);
    if (seen && SUPPLIER_PAID.test(view.text) && !PERSONAL_PAPER.test(view.text)) {
      const sentence = sentenceAround(view.text, seen.index, seen.index + seen[0].length);
      const { start, end } = view.toOriginal(sentence.start, sentence.end);
      context.report({ start, end });
      return;
    }
    const bid = BIDDING.exec(view.text);
    if (bid) {
      const sentence = sentenceAround(view.text, bid.index, bid.index + bid[0].length);
      const { start, end } = view.toOriginal(sentence.start, sentence.end);
      context.report({ start, end });
    }
  },
});
