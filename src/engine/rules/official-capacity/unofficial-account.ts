// Official accounts and pages are set up and run by the communications team; staff must not set up
// corporate sites or ones made to resemble an official site (MC-SS01 §4.2(e) and (f), CLH-SMP §4.1,
// CCC-SMP §7.3.2, MTW-SMP "Setting up, managing and posting to Trust corporate social media profiles").
import { communicationsRoute, isOfficialAccount, tidy } from "../../signals/index.js";
import { fired, scan, trigger } from "../../signals/lexicon.js";
import { execIfMay } from "../../signals/cue-gate.js";
import { NOT_BY_COMMS } from "../../signals/affiliation.js";
import { defineRule } from "../rule.js";

const PLATFORM = String.raw`(?:TikTok|Instagram|Insta|Facebook|FB|Twitter|X|LinkedIn|YouTube|Threads|Bluesky)`;
const PAGE = String.raw`(?:(?:company\s+|business\s+|fan\s+)?page|account|profile|channel|feed|handle)`;
const WORK_UNIT = String.raw`(?:ward|department|dept|team|unit|service|hospital|Trust|theatres?|clinic|A&E|ED|ICU|ITU|maternity|physio\w*|radiology|pharmacy|directorate)`;

const NEW_ACCOUNT = [
  // "Started a TikTok for our theatres department", "Created a LinkedIn company page for 'NCA Physiotherapy'"
  new RegExp(
    String.raw`\b(?:set\s+up|setup|started|created|made|launched|opened|started\s+up)\s+(?:a|an|the|our|my)?\s*(?:new\s+)?(?:official\s+)?(?:${PLATFORM}\s*(?:${PAGE})?|${PAGE})\s+(?:for|on\s+behalf\s+of)\s+(?:(?:our|the|my)\s+(?:\w+\s+){0,2}${WORK_UNIT}|['‘"]?[A-Z][^.!?\n]{0,60}?(?:Royal|Hospital|NHS|Trust|General|Infirmary|Healthcare|Physio\w*|Ward))`,
    "i",
  ),
  // "Set up @UHL_AandE_Updates to tweet live waiting times"
  /\b(?:set\s+up|setup|started|created|made|launched|opened)\s+@\w+/i,
  // "Launched #ProudToBeWhiston on behalf of the hospital"
  /\b(?:launched|started|created)\s+#\w+\s+(?:on\s+behalf\s+of|for)\s+(?:the|our)\s+\w+/i,
  // "Welcome to the new OFFICIAL Facebook page for Ward 5"
  new RegExp(
    String.raw`\b(?:(?:welcome\s+to|introducing|this\s+is|launching|launched|presenting)\s+(?:the|our|my)\s+(?:new\s+)?|new\s+)official\s+(?:${PLATFORM}\s+)?${PAGE}\s+(?:for|of)\s+(?:the\s+|our\s+)?(?:${WORK_UNIT}|Ward\s+\w+)`,
    "i",
  ),
  // "Not run by comms"
  /\bnot\s+(?:run|approved|managed|set\s+up)\s+by\s+(?:the\s+)?comms\b|\bwithout\s+(?:telling\s+|asking\s+)?(?:the\s+)?comms(?:\s+team)?\b/i,
  // "Changed my display name on here to 'Wirral University Teaching Hospital'"
  /\b(?:changed|set|switched)\s+my\s+(?:display\s+|user\s*|profile\s+|screen\s+|account\s+)?(?:name|handle|username)\s+(?:on\s+here\s+)?to\s+['‘"]?[^'’".!?\n]{0,60}?(?:Hospital|NHS|Trust|Healthcare|Infirmary|Ambulance)/i,
];

// Every pattern above needs one of these words; most posts have none and stop there.
const NEEDS = trigger(
  "set setup started created made make launched opened welcome introducing launching presenting official comms changed switched",
);

export default defineRule({
  meta: {
    id: "official-capacity/unofficial-account",
    category: "official-capacity",
    severity: "warn",
    clauses: ["MC-SS01 §4.2(e)", "MC-SS01 §4.2(f)", "CLH-SMP §4.1", "CCC-SMP §7.3.2"],
    message:
      "This sets up or presents an account as the Trust's or a service's (\"{{excerpt}}\") without the communications team. Only {{route}} sets up and runs official accounts.",
    suggestion:
      "Ask {{route}} to set up or approve the account (they will want its aim, audience, who runs it and how it is moderated); until then, do not present it as official.",
    directions: ["outbound"],
  },
  check(ctx) {
    // A profile that calls the account official and says comms do not run it.
    const profile = ctx.profile ? ctx.normalisedProfile.base.text : "";
    if (profile && /\bofficial\b/i.test(profile) && NOT_BY_COMMS.test(profile)) {
      ctx.report({ data: { excerpt: ctx.profile!.trim(), route: communicationsRoute(ctx.pack) } });
      return;
    }
    if (!fired(scan(ctx.normalised), NEEDS)) return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const view = ctx.normalised.base;
    for (const re of NEW_ACCOUNT) {
      // Only when the words of one of its branches are all in the text.
      const m = execIfMay(re, view.text);
      if (!m) continue;
      const { start, end } = tidy(view.text, { start: m.index, end: m.index + m[0].length });
      const at = view.toOriginal(start, end);
      ctx.report({
        start: at.start,
        end: at.end,
        data: { excerpt: ctx.text.slice(at.start, at.end), route: communicationsRoute(ctx.pack) },
      });
      return;
    }
  },
});
