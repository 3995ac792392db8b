// Reposting someone else's photo, video or words: screenshotted off a website, filmed off the
// telly, lifted from another account, typed out of a book, "found this online". MC-SS01 §4.2(r)
// (photos from the Trust's internet and intranet sites are copyright protected) and CCC-SMP §7.3.9
// ("should not copy content or images from other websites or others' social media accounts").
// Sharing, retweeting or linking to the original is fine and is not matched: only copying is.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const SOURCE = String.raw`(?:@\w+|telly|tv|television|netflix|iplayer|youtube|website|web ?site|site|page|blog|account|feed|insta(?:gram)?|facebook|fb|twitter|tiktok|pinterest|reddit|intranet|internet|online|google(?: images)?|paper|newspaper|magazine|book|thread|article|profile|the web|stories|story)`;
const OWNER = String.raw`(?:the\s+|their\s+|his\s+|her\s+|a\s+|an\s+|this\s+|someone'?s\s+|somebody'?s\s+|some\s+|another\s+|[\w.@]+['’]s\s+)?(?:[\w'’]+\s+)?`;
const PATTERNS: RegExp[] = [
  // "screenshotted it off their website", "filmed Casualty off the telly", "lifted this thread from @someone".
  new RegExp(
    String.raw`\b(?:copied|copying|lifted|nicked|pinched|stole|stolen|ripped|borrowed|screenshot(?:ted)?|screen-?shot(?:ted)?|screengrab(?:bed)?|screen-?grab(?:bed)?|grabbed|filmed|recorded|snapped|scanned|typed out|photographed|took (?:a )?(?:photo|pic|picture|snap) of)\b[^.!?\n]{0,60}?\b(?:off|from|out of)\s+${OWNER}${SOURCE}\b`,
    "i",
  ),
  // "found this poem on a nurse's blog", "found these pics online".
  new RegExp(
    String.raw`\bfound (?:this|these|it|them|a|an|the)\b[^.!?\n]{0,40}?\b(?:online|on the (?:internet|web|net)|on google(?: images)?|on ${OWNER}(?:blog|website|site|page|account|feed|forum|group|instagram|insta|facebook|twitter|tiktok|pinterest|reddit)|on (?:facebook|fb|instagram|insta|twitter|tiktok|pinterest|reddit|tumblr))\b`,
    "i",
  ),
  // Someone else's picture, clip or song taken from where it was published.
  new RegExp(
    String.raw`\b(?:downloaded|used|pulled|borrowed|saved|took|taken|got|grabbed|nabbed|here'?s|here is|sharing) (?:this|these|that|a|an|the|some|his|her|their)? ?(?:\w+ )?(?:photo|pic|picture|image|clip|video|vid|song|track|gif|meme|cartoon|artwork|drawing|poem|quote)s? (?:from|off) ${OWNER}${SOURCE}\b`,
    "i",
  ),
  // A picture description that says it is a screenshot or scan of someone else's page.
  /\[(?:screenshot|screen ?grab|scan|photo of (?:a|an|the) (?:page|article|newspaper|magazine|book))\b[^\]\n]{0,80}\]?/i,
  // Copying out a book or article "so you don't have to buy it".
  /\b(?:typed|copied|written) out\b[^.!?\n]{0,40}?\b(?:pages?|chapters?|the (?:whole|entire) (?:article|book|thing)|articles?|lyrics|poem)\b|\bso you don'?t have to (?:buy|pay for|subscribe to)\b|\b(?:get round|got round|getting round|behind|past) the paywall\b/i,
];
// A piece in a publication, photographed or screenshotted: both halves must be in the post.
const PUBLISHED_PIECE =
  /\b(?:cartoon|article|comic|strip|photo|picture|page|column|poem|piece|spread|crossword|headline)\b[^.!?\n]{0,25}?\b(?:in|from) (?:today'?s|yesterday'?s|this (?:week|month)'?s|last night'?s|the)\b/i;
const CAPTURED =
  /\b(?:snapped|photographed|took a (?:photo|pic|picture|snap)|scanned|screenshot\w*|screengrab\w*|screen-?shot\w*|screen-?grab\w*)\b/i;

export default defineRule({
  meta: {
    id: "copyright/copied-content",
    category: "copyright",
    severity: "advise",
    clauses: ["MC-SS01 §4.2(r)", "CCC-SMP §7.3.9"],
    message:
      "This reposts a photo, video or text copied from another website, publication or someone else's account.",
    suggestion:
      "Share or link to the original post instead of copying it, or ask the owner's permission and credit them by name.",
  },
  check(context) {
    if (!mayApply(context.text, T.COPIED)) return;
    const view = context.normalised.base;
    for (const re of PATTERNS) {
      const m = re.exec(view.text);
      if (!m) continue;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end });
      return;
    }
    const piece = PUBLISHED_PIECE.exec(view.text);
    const captured = piece && CAPTURED.exec(view.text);
    if (piece && captured) {
      const from = Math.min(piece.index, captured.index);
      const to = Math.max(piece.index + piece[0].length, captured.index + captured[0].length);
      const { start, end } = view.toOriginal(from, to);
      context.report({ start, end });
    }
  },
});
