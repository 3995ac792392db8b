// The author says the content is not theirs and they don't know whose it is: "not my photo",
// "credit to whoever made this", "no idea who wrote it", "watermark and all", "if this is yours
// let me know". If the owner is unknown, permission was not asked (CCC-SMP §7.3.9; MC-SS01
// §4.2(r)). Runs after copied-content and stays quiet if that rule has already reported the post.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { gate } from "../gate.js";
import { defineRule } from "../rule.js";

const WORK = String.raw`(?:photo|pic|picture|image|video|vid|clip|words|poem|art|artwork|content|meme|gif|drawing|edit|cartoon|quote|song|music|footage|shot|illustration)s?`;
const MADE = String.raw`(?:wrote|made|took|drew|painted|created|filmed|designed|owns|shot|posted|photographed|originally (?:made|posted|wrote|took|drew))`;
const UNKNOWN_OWNER = new RegExp(
  [
    String.raw`\b(?:not|isn'?t|aren'?t|wasn'?t) (?:my|mine|our) (?:own )?${WORK}\b|\b(?:this|these|it|the (?:${WORK}))(?: is not| are not|'s not| not| isn'?t| aren'?t) (?:mine|ours|my own)\b`,
    String.raw`\b(?:all |full )?credits? (?:to|goes to|go to|belongs? to) (?:whoever|the (?:original|owner|rightful|artist|photographer|creator|author|person who|og)|wherever|og|owner|original)\b|\bcredit:? (?:unknown|the internet|internet)\b`,
    String.raw`\b(?:no idea|not sure|don'?t know|dunno|unsure|no clue|anyone know|does anyone know|who knows) who (?:\w+ )?${MADE} (?:this|these|it|them|that|the original|the (?:${WORK}))\b|\bwhoever ${MADE} (?:this|these|it)(?=\s*(?:$|[^\w\s]|(?:is|was|are|deserves|needs|gets|should|has|you|thank|thanks|bless|credit|but|and|i)\b))`,
    String.raw`\bcan'?t (?:find|remember|trace|work out|figure out) (?:the |who |where )?(?:photographer|artist|author|creator|original|source|owner|${MADE}|it came from|this came from)\b`,
    String.raw`\bwatermark\w*\b|\bno copyright intended\b|\bno (?:copyright )?infringement intended\b|\bcopyright (?:to|belongs to) (?:the )?(?:owner|original)\b|\b(?:source|author|artist|photographer|creator|owner) unknown\b|\bunknown (?:source|author|artist|photographer|creator)\b`,
    String.raw`\bif (?:this|it) is (?:yours|your (?:photo|pic|picture|image|video|work|art))\b|\b(?:c\/o|courtesy of|via|h\/t) (?:the )?(?:internet|interwebs|google|random account|some random)\b|\b(?:found|got) (?:it |this )?(?:on|off|from) the (?:internet|interwebs)\b|\bnicked (?:it|this) from somewhere\b`,
  ].join("|"),
  "i",
);

const SHARED_WORK = new RegExp(
  String.raw`\b${WORK}\b|\b(?:shar\w*|repost\w*|re-?post\w*|found (?:this|it)|saw (?:this|it)|screenshot\w*|tiktok|insta\w*|facebook|twitter)\b|\[`,
  "i",
);

// The words UNKNOWN_OWNER cannot match without, branch by branch (see ../gate.ts).
const CUES = gate(
  "not isn isnt aren arent wasn wasnt + my mine our ours own",
  "credit credits",
  "who + wrote made took drew painted created filmed designed owns shot posted photographed originally",
  "whoever",
  "can cant + find remember trace work figure",
  "watermark* copyright infringement unknown",
  "if + yours your",
  "internet interwebs google random somewhere",
);

export default defineRule({
  meta: {
    id: "copyright/unknown-owner",
    category: "copyright",
    severity: "advise",
    clauses: ["MC-SS01 §4.2(r)", "CCC-SMP §7.3.9"],
    message:
      "This shares content that, by the post's own words, belongs to someone else whose permission you don't have.",
    suggestion:
      "Only post photos, videos and words that are your own, or share the owner's original post with their name on it.",
  },
  check(context) {
    if (!mayApply(context.text, T.OWNER)) return;
    if (context.reported("copyright")) return;
    const view = context.normalised.base;
    if (!CUES.passes(view.text)) return;
    const m = UNKNOWN_OWNER.exec(view.text);
    if (!m) return;
    // "whoever made it" is about a cake or a brew unless the post shows or shares a work.
    if (/^whoever/i.test(m[0]) && !SHARED_WORK.test(view.text)) return;
    const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
    context.report({ start, end });
  },
});
