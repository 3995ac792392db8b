// Offering to pass internal documents or pictures outside the Trust: "happy to send you a copy
// of the letter", "I'll WhatsApp the pics over" to a newsdesk. The document leaves the Trust's
// control (CLH-SMP App. 1 (1) explains the risk; §4.1 forbids the disclosure).
import { sentenceAround } from "../../recognizers/information/phrases.js";
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const OFFER =
  /\b(?:send|forward|whatsapp|email|e-mail|dm|pass|share|screenshot|leak|ping|drop)(?:ing)?\s+(?:you\s+|them\s+|it\s+|these\s+|those\s+)?(?:a copy|copies|them over|it over|over|the (?:letter|email|e-mail|memo|minutes|report|papers?|documents?|pics|pictures|photos|rota|plans?|spreadsheet|slides)|(?:a |the )?(?:screenshots?|scans?))\b/i;
// Internal papers, or pictures of something that went wrong on site.
const INTERNAL =
  /\b(?:letters?|memos?|minutes|board papers?|internal|emails? (?:from|about)|briefing|report|documents?|spreadsheet|slides|pics|pictures|photos|footage|videos?)\b/i;
// Someone outside who publishes: a journalist, a newsdesk, or a reply to a press handle.
const PRESS =
  /\b(?:newsdesk|news desk|journalists?|reporters?|the press|editor|producer|researcher|newspaper|news(?:room)?)\b|^\s*@\w+|@\w*(?:news|bbc|itv|sky|echo|chronicle|press|post|times|mail|gazette|herald|live|radio|fm|tv)\w*|\b(?:echo|chronicle|bbc|itv|sky news|gazette|courier|argus|herald|standard|mirror|guardian|telegraph|mail|sun|times|messenger|post)\b[^.!?\n]{0,30}\b(?:dm|newsdesk|reporter|journalist)/i;

export default defineRule({
  meta: {
    id: "confidential-information/passing-documents",
    category: "confidential-information",
    severity: "block",
    clauses: ["CLH-SMP §4.1", "MTW-SMP §3.0", "CCC-SMP §7.3.10", "MC-SS01 §4.2(s)"],
    message:
      "This offers to pass internal Trust documents or pictures to someone outside the Trust.",
    suggestion:
      "Don't send them. Documents and pictures from work stay inside the Trust; requests from the media go to the communications team.",
  },
  check(context) {
    if (!mayApply(context.text, T.PASSING | T.HANDLE)) return;
    const view = context.normalised.base;
    const offer = OFFER.exec(view.text);
    if (!offer || !INTERNAL.test(view.text) || !PRESS.test(view.text)) return;
    const sentence = sentenceAround(view.text, offer.index, offer.index + offer[0].length);
    const { start, end } = view.toOriginal(sentence.start, sentence.end);
    context.report({ start, end });
  },
});
