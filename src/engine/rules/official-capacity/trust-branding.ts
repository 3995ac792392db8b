// Staff must not use the Trust crest, brand or the NHS logo on their own social media
// (MC-SS01 §4.2(r), CLH-SMP §4.1, CCC-SMP §7.3.2 and §7.3.9), nor use work uniform and lanyard to
// sell or promote something personal, which lends it the Trust's name (a business, or the author's
// own election campaign: "campaign video in full uniform with my Trust ID badge on … vote for me").
import { communicationsRoute, isOfficialAccount, tidy } from "../../signals/index.js";
import { fired, scan, trigger } from "../../signals/lexicon.js";
import { defineRule } from "../rule.js";

const LOGO =
  /\b(?:Trust|NHS|hospital|Trust's|hospital's)\s+(?:logo|crest|branding|brand|badge|letterhead|lozenge|colours)s?\b/gi;
// Taking a logo down, or being told not to use it, is the policy working.
const REMOVAL =
  /\b(?:took|take|taken|taking|removed?|removing|deleted?|not\s+allowed|weren't\s+allowed|aren't\s+allowed|can't\s+use|shouldn't|must\s+not|never\s+use|don't\s+use|off\s+my)\b/i;
const USE =
  /\b(?:with|using|used|use|added|add|put|stuck|printed|on|at\s+the\s+top|as|made|designed)\b/i;
// The author's own use, or selling something: "my fundraising page with the Trust logo", "mugs … £8 each".
const OWN_OR_SELLING =
  /\b(?:I|I've|I'm|my|me|we've|our\s+own)\b|£\s?\d|\b(?:buy|order|for\s+sale|selling|merch)\b|\bour\s+(?:[\w-]+\s+)?(?:leaflets?|posters?|flyers?|page|banner|website|profile|account|t-?shirts?|mugs?|stickers?|fundraiser|group|podcast|newsletter|logo|photos?|report|channel)\b|\b(?:looks?|seem|seems|appear|appears)\s+(?:more\s+|really\s+|properly\s+)?official\b/i;

// "in my Trust lanyard", "with my Trust lanyard front and centre", "my Brackenmoor Healthcare lanyard".
const UNIFORM_PROMO =
  /\b(?:in|wearing|with)\s+(?:my|our|the)\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:Healthcare|Hospitals?|NHS)\s+|NHS\s+|Trust\s+|hospital\s+|work\s+)(?:scrubs|uniform|tunic|lanyard|badge|ID)\b|\bmy\s+(?:[A-Z][a-z]+\s+){1,2}(?:Healthcare|Hospitals?|NHS(?:\s+FT)?|Trust)\s+(?:lanyard|ID\s+badge|badge)\b/g;
const PROMOTION =
  /\b(?:clients?|first\s+session|book\s+(?:via|now|in|a\s+session)|coaching|my\s+(?:new\s+)?(?:business|wellness\s+page|page|banner)|link\s+in\s+bio|onlyfans|subscribe|new\s+set|drops?\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+%\s+off|discount|promo\s+code|use\s+code|buy\s+now|order\s+now|shop\s+now|DM\s+for\s+prices|vote\s+for\s+me|(?:election|campaign)\s+(?:video|leaflets?|posters?|launch|photos?)|my\s+(?:election\s+)?campaign|standing\s+(?:for|as)\s+(?:a\s+)?(?:councillor|council|mp|parliament|mayor))\b/i;

// Both checks need a branding or uniform word; most posts have none and stop there.
const NEEDS = trigger(
  "logo logos crest branding brand badge letterhead lozenge uniform scrubs tunic lanyard id",
);

export default defineRule({
  meta: {
    id: "official-capacity/trust-branding",
    category: "official-capacity",
    severity: "warn",
    clauses: ["MC-SS01 §4.2(r)", "CLH-SMP §4.1", "CCC-SMP §7.3.2", "CCC-SMP §7.3.9"],
    message:
      "This uses the Trust's or the NHS's branding (\"{{excerpt}}\") on a personal account, which makes it look official.",
    suggestion:
      "Remove the logo or uniform from personal posts and pages. If it is for a Trust cause (e.g. charity fundraising), ask {{route}} for permission and approved artwork.",
    directions: ["outbound"],
  },
  check(ctx) {
    if (!fired(scan(ctx.normalised), NEEDS)) return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const view = ctx.normalised.base;
    const text = view.text;
    const route = communicationsRoute(ctx.pack);
    const report = (s: number, e: number) => {
      const { start, end } = tidy(text, { start: s, end: e });
      const at = view.toOriginal(start, end);
      ctx.report({
        start: at.start,
        end: at.end,
        data: { excerpt: ctx.text.slice(at.start, at.end), route },
      });
    };
    LOGO.lastIndex = 0;
    for (let m = LOGO.exec(text); m; m = LOGO.exec(text)) {
      // The sentence around the logo, at most a few hundred characters either side.
      const from = Math.max(
        m.index - 200,
        text.lastIndexOf(".", m.index) + 1,
        text.lastIndexOf("\n", m.index) + 1,
      );
      const stop = text.slice(m.index, m.index + 300).search(/[.!?\n]/);
      const sentence = text.slice(
        from,
        stop < 0 ? Math.min(text.length, m.index + 300) : m.index + stop,
      );
      if (REMOVAL.test(sentence) || !USE.test(sentence) || !OWN_OR_SELLING.test(sentence)) continue;
      // "[photo: … NHS logo balloon]" describes a picture, not the author's use of the logo.
      // "[photo: my new banner with the NHS logo]" is the author's own use, so it still counts.
      const bracket = /\[([^\]]*)$/.exec(text.slice(Math.max(0, m.index - 300), m.index));
      if (bracket && !/\b(?:my|our|I|I've|I'm)\b/i.test(bracket[1])) continue;
      report(m.index, m.index + m[0].length);
      return;
    }
    UNIFORM_PROMO.lastIndex = 0;
    const u = UNIFORM_PROMO.exec(text);
    if (u && PROMOTION.test(text)) report(u.index, u.index + u[0].length);
  },
});
