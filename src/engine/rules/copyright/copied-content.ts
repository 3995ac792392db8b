// Reposting someone else's photo, video or words: screenshotted off a website, filmed off the
// telly, lifted from another account, typed out of a book, "saw this on Facebook", pasted from
// behind a paywall. MC-SS01 §4.2(r) (photos from the Trust's internet and intranet sites are
// copyright protected) and CCC-SMP §7.3.9 ("should not copy content or images from other websites
// or others' social media accounts"). Sharing, retweeting or linking to the original is fine: a
// post that only found something and links to it is not matched, nor is the Trust's own content.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { guard, type Shape } from "../gate.js";
import { defineRule } from "../rule.js";

// Verbs of taking a copy of something that is someone else's.
const COPY = String.raw`(?:copied|copying|copy(?:-| and )?pasted|pasted|pasting|c&p'?d|lifted|nicked|pinched|stole|stolen|stealing|nabbed|snagged|swiped|ripped|borrowed|borrowing|screenshot(?:ted|ting)?|screen-?shot(?:ted|ting)?|screen-?grab(?:bed|bing)?|screencapped|grabbed|grabbing|downloaded|downloading|saved|pulled|filmed|recorded|snapped|scanned|photographed|re-?posting|re-?posted|re-?uploaded|re-?uploading|typed out|transcribed|took (?:a )?(?:photo|pic|picture|snap|shot|screenshot) of)`;
// Where other people's work lives: platforms, publications, sites and broadcasts.
const SOURCE = String.raw`(?:@\w+|telly|tv|television|netflix|iplayer|youtube|spotify|website|web ?site|site|web ?page|page|blog|account|feed|profile|grid|story|stories|reel|channel|insta(?:gram)?|facebook|fb|twitter|tiktok|pinterest|reddit|tumblr|flickr|linkedin|threads|snapchat|getty(?: images)?|shutterstock|alamy|google(?: images)?|intranet|internet|online|the web|the net|paper|newspaper|magazine|mag|journal|book|thread|article|editorial|column|forum|group|album|gallery|portfolio|bbc|itv|sky|channel 4)`;
// Whose it is: anyone but the author or the Trust ("the photographer's Flickr", "a friend's page").
const OWNER = String.raw`(?:(?:the|their|his|her|a|an|this|that|some|another|someone'?s|somebody'?s|[\w.@]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}`;
const MEDIA = String.raw`(?:photos?|pics?|pictures?|images?|shots?|snaps?|selfies?|videos?|vids?|clips?|footage|songs?|tracks?|music|gifs?|memes?|cartoons?|comics?|artwork|art|drawings?|illustrations?|paintings?|poems?|quotes?|articles?|editorials?|columns?|chapters?|pages?|infographics?|posts?|threads?|tweets?|reels?|stor(?:y|ies)|albums?|words)`;

// The copying verbs as gate words (../gate.ts).
const COPY_WORDS =
  "copied copying copy copypasted pasted pasting c lifted nicked pinched stole stolen stealing nabbed snagged swiped ripped borrowed borrowing screenshot screenshotted screenshotting screen screengrab screengrabbed screengrabbing screencapped grabbed grabbing downloaded downloading saved pulled filmed recorded snapped scanned photographed re reposting reposted reuploaded reuploading typed transcribed took";
const SHAPES: Shape[] = [
  // "screenshotted it off their website", "grabbed the photos off the photographer's Flickr".
  {
    re: guard(
      new RegExp(
        String.raw`\b${COPY}\b[^.!?\n]{0,60}?\b(?:off|from|out of|on)\s+${OWNER}${SOURCE}\b`,
        "i",
      ),
      `${COPY_WORDS} + off from out on`,
    ),
    quiet: (m) => OWN.test(m[0]),
  },
  // "saw this meme on Facebook", "found these pics online", "came across this on someone's insta".
  {
    re: guard(
      new RegExp(
        String.raw`\b(?:saw|seen|spotted|found|came across|stumbled (?:on|across|upon)|discovered)\s+(?:this|these|that|it|them)\b[^.!?\n]{0,40}?\b(?:online|on the (?:internet|web|net|gram)|(?:on|from|off)\s+${OWNER}${SOURCE})\b`,
        "i",
      ),
      "saw seen spotted found came stumbled discovered + this these that it them + online on from off",
    ),
    // "Saw this on Facebook" followed by the link is sharing.
    quiet: (m, text) => OWN.test(m[0]) || LINK_ONLY.test(text),
  },
  // Someone else's picture, clip or song taken from where it was published.
  {
    re: guard(
      new RegExp(
        String.raw`\b(?:used|using|took|taken|got|here'?s|here is|here are|sharing|posting)\s+(?:this|these|that|a|an|the|some|his|her|their)?\s?(?:\w+ )?${MEDIA} (?:from|off) ${OWNER}${SOURCE}\b`,
        "i",
      ),
      "used using took taken got here heres sharing posting + from off",
    ),
    quiet: (m) => OWN.test(m[0]),
  },
  // A picture description that says it is a screenshot or scan of someone else's page.
  {
    re: guard(
      /\[(?:screenshot|screen ?grab|screen ?cap|scan|photo of (?:a|an|the) (?:page|article|newspaper|magazine|book))\b[^\]\n]{0,80}\]?/i,
      "[",
    ),
    // A screenshot of the team's own chat, rota or a clinical record is no one's published work
    // (patient and colleague privacy judge it): "[screenshot of our team WhatsApp: …]",
    // "[screenshot: BadgerNet entry, name half cropped …]".
    quiet: (m) => INTERNAL_RECORD.test(m[0]),
  },
  // Whole pieces copied out, or paywalls got round ("pasting the whole editorial", "behind a paywall").
  {
    re: guard(
      /\b(?:typed|copied|written|pasted|pasting|copying) (?:it |them )?(?:out|in|here|below)\b[^.!?\n]{0,40}?\b(?:pages?|chapters?|(?:the )?(?:whole|entire|full) (?:article|book|thing|piece|editorial|report|column|text)|articles?|editorials?|lyrics|poem)\b|\b(?:copy(?:ing)?|past(?:e|ing)|typ(?:e|ing)(?: out)?|here'?s|here is|sharing|posting) (?:(?:the|their|his|her|\w+'s) ){1,2}(?:whole|entire|full) (?:article|editorial|piece|column|chapter|book|text|report|story)\b|\bso you don'?t (?:have|need) to (?:buy|pay for|subscribe(?: to)?)\b|\b(?:get(?:ting)? round|got round|getting around|get around|behind|past|beat(?:ing)?|dodg(?:e|ing)|skip(?:ping)?) (?:the|a|their|its) paywall\b|\bpaywall(?:ed)?\b[^.!?\n]{0,40}?(?:\b(?:copied|copy|pasted|paste|full text|whole thing|here you go|below)\b|👇)/i,
      "typed copied written pasted pasting copying + out in here below",
      "whole entire full",
      "buy pay subscribe",
      "paywall paywalled",
    ),
  },
  // Watermarks cropped off or beaten to ("before she added the watermarks", "cropped the watermark out").
  {
    re: guard(
      /\b(?:before|without) (?:\w+ )?(?:added|adds|put|puts|could add) (?:the|a|her|his|their) watermarks?\b|\b(?:crop(?:ped|ping)?|remov(?:ed|e|ing)|edit(?:ed|ing)?|blurr?(?:ed|ing)?|got rid of|cut) (?:out |off )?(?:the|a|her|his|their) (?:\w+'s )?watermarks?\b|\bwatermarks? (?:cropped|removed|edited|blurred|cut) (?:out|off)\b/i,
      "watermark watermarks",
    ),
  },
];
// Work's own chats, rotas, lists and clinical systems ("the Ward 9 WhatsApp", "the 4B group chat").
const INTERNAL_RECORD =
  /\b(?:(?:(?:ward|team|staff|unit|our|work|group|bay|nights|days)(?:\s+\w{1,4})?|\d\w{0,3})\s+(?:whats ?app|chat|group ?chat)|whats ?app (?:group|chat)|group ?chat|rota|patient list|ward list|handover (?:sheet|list)|caseload|epr|emis|systmone|badgernet|cerner|medway|lorenzo|careflow|e-?obs|call log|referral|discharge letter|bleep log)\b/i;
// A piece in a publication, photographed or screenshotted: both halves must be in the post.
const PUBLISHED_PIECE =
  /\b(?:cartoon|article|comic|strip|photo|picture|page|column|poem|piece|spread|crossword|headline|editorial)\b[^.!?\n]{0,25}?\b(?:in|from) (?:today'?s|yesterday'?s|this (?:week|month)'?s|last night'?s|the)\b/i;
const CAPTURED =
  /\b(?:snapped|photographed|took a (?:photo|pic|picture|snap)|scanned|screenshot\w*|screengrab\w*|screen-?shot\w*|screen-?grab\w*)\b/i;
// The author's own or the Trust's own material, which they may post ("reposted from the Trust
// account").
const OWN =
  /\bthe trust'?s\b|\b(?:the|our) (?:trust|hospital|official|comms)(?:'?s)? (?:official )?(?:account|page|feed|channel)\b|\bour (?:own|trust'?s?|hospital'?s?|ward'?s?|team'?s?)\b|\b(?:my|our|our own|the trust'?s|the hospital'?s own|my own)\s+(?:\w+\s+)?(?:website|site|page|account|feed|intranet|profile|blog|channel|team shoot|photos?)\b|\bwith (?:their|his|her|the (?:owner|artist|photographer)'?s?) (?:kind )?permission\b|\b(?:permission|ok'?d|okayed) (?:from|by) (?:the )?(?:owner|artist|photographer|author)\b/i;
// A link to the original is sharing, not copying, when nothing was copied out.
const LINK_ONLY =
  /\bhttps?:\/\/|\b(?:link|linked) (?:below|here|in (?:bio|comments))\b|\bhere'?s the link\b/i;

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
    const t = view.text;
    for (const { re, quiet } of SHAPES) {
      const m = re.exec(t);
      if (!m) continue;
      if (quiet?.(m, t)) continue;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end });
      return;
    }
    const piece = PUBLISHED_PIECE.exec(t);
    const captured = piece && CAPTURED.exec(t);
    if (piece && captured) {
      const from = Math.min(piece.index, captured.index);
      const to = Math.max(piece.index + piece[0].length, captured.index + captured[0].length);
      const { start, end } = view.toOriginal(from, to);
      context.report({ start, end });
    }
  },
});
