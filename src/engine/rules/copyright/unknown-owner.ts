// The author says the content is not theirs and they don't know whose it is: "not my photo",
// "credit to whoever made this", "no idea who wrote it", "watermark and all". If the owner is
// unknown, permission was not asked (CCC-SMP §7.3.9; MC-SS01 §4.2(r)). Runs after
// copied-content and stays quiet if that rule has already reported the post.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const UNKNOWN_OWNER =
  /\bnot my (?:own )?(?:photo|pic|picture|image|video|vid|words|poem|art|artwork|content|meme|gif|drawing|edit)s?\b|\b(?:all )?credit (?:to|goes to) (?:whoever|the (?:original|owner|artist|photographer|creator|author|person who)|wherever|the og|og)\b|\b(?:no idea|not sure|don'?t know|dunno|unsure) who (?:wrote|made|took|drew|painted|created|filmed|designed|owns)\b|\bcan'?t (?:find|remember|trace) (?:the |who )?(?:photographer|artist|author|creator|original|source|owner|who (?:wrote|made|took))\b|\bwatermark\b|\bno copyright intended\b|\bcopyright (?:to|belongs to) (?:the )?(?:owner|original)\b|\b(?:source|author|artist|photographer) unknown\b/i;

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
    const m = UNKNOWN_OWNER.exec(view.text);
    if (!m) return;
    const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
    context.report({ start, end });
  },
});
