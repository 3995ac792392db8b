// Links in inbound messages that are built to deceive: look-alike domains ("nhs-login-verify.co",
// "meta-business-appeals.co"), letters swapped for look-alikes ("cо.uk" with a Cyrillic о), links
// spaced out to dodge filters ("nhs . co . uk / renew"), and shortened links paired with urgency
// or a lure. CLH-SMP App. 2 (12) warns of addresses that "look convincing and legitimate but
// could contain spelling errors or other variations"; MTW-SMP §2.0 defines phishing.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const TLD = String.raw`(?:co\s?\.\s?uk|org\s?\.\s?uk|nhs\s?\.\s?uk|gov\s?\.\s?uk|ac\s?\.\s?uk|com|net|org|co|uk|io|info|biz|xyz|top|ly|me|app|site|online|live|click|link|ru|cn|gd|gl|to|cc|ws|tk|ml|ga|cf|gq|page|support|help|services?|eu|at|us|vip|shop|store|win|loan|work)`;
const LABEL = String.raw`[a-z0-9]+(?:\s?-\s?[a-z0-9]+)*`;
const LINK = new RegExp(
  String.raw`(?<![\w@.])(?:https?:\/\/\s?)?(?:www\s?\.\s?)?((?:${LABEL}\s?\.\s?){1,4}?${TLD})(?![a-z0-9-])(?:\s?\/\s?[^\s]*)?`,
  "gi",
);
// Genuine domains of the brands phishers copy.
const GENUINE =
  /(?:^|\.)(?:nhs\.uk|nhs\.net|gov\.uk|facebook\.com|fb\.com|meta\.com|instagram\.com|twitter\.com|x\.com|linkedin\.com|microsoft\.com|office\.com|live\.com|outlook\.com|paypal\.com|apple\.com|amazon\.co\.uk|amazon\.com|google\.com|youtube\.com|hsj\.co\.uk|tiktok\.com|whatsapp\.com)$/;
const BRAND =
  /nhs|meta|facebook|fb|instagram|insta|twitter|linkedin|microsoft|office365|outlook|paypal|apple|amazon|google|hsj|hmrc|dvla|royalmail|gov|tiktok|whatsapp|pension/;
const BAIT_IN_DOMAIN =
  /login|log-in|signin|sign-in|verify|verif|secure|account|update|appeal|confirm|password|renew|unlock|recover|support|billing|wallet|claim|reward|prize/;
const SHORTENER =
  /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|cutt\.ly|rb\.gy|shorturl\.at|tiny\.cc|rebrand\.ly|t\.ly|s\.id|v\.gd|lnkd\.in|shorte\.st|adf\.ly)$/;
// Urgency, threats and lures that push the reader to click.
const LURE =
  /\b(?:within \d+ (?:hours?|hrs|days|minutes)|\d+ ?(?:hours?|hrs)\b|expires?|expir(?:ed|ing)|today|now|urgent\w*|immediately|asap|suspend\w*|disabled?|deactivat\w*|locked|archived|deleted|verify|confirm|log ?in|sign ?in|appeal|click|tap|claim|won|winner|prize|congratulations|free|fines?|penalty|renew|update your|avoid|last chance|act now|see my|nudes|private videos)\b|👉|⚠️|🔗/i;
// Sex on offer behind a link: "full uncensored vid here 👉", "see their private pics", "🔞".
const ADULT_BAIT =
  /\b(?:uncensored|nudes|naked|stripping|full (?:vid|video)s?|(?:private|steamy|hot|naughty) (?:pics|photos|vids?|videos?|shows?|chats?)|xxx|nsfw|hook ?up)(?!\w)|💦|🍆|🔞/iu;
const PREFILTER = /\.|\bdot\b|\/|https?/i;

function domainOf(raw: string): string {
  return raw.replace(/\s+/g, "").toLowerCase();
}

export default defineRule({
  meta: {
    id: "social-engineering/phishing-links",
    category: "social-engineering",
    severity: "warn",
    clauses: ["CLH-SMP App. 2 (8–12)", "MTW-SMP blagging tips", "CCC-SMP App. 1 (12–14)"],
    message: "This message carries a link that looks like phishing: {{why}}.",
    suggestion:
      "Don't click it or sign in through it. Go to the organisation's real website yourself, report the message to the platform and forward it to the IT service desk (spamreports@nhs.net).",
    directions: ["inbound"],
  },
  check(context) {
    if (!mayApply(context.text, T.LINK)) return;
    const { text } = context;
    if (!PREFILTER.test(text)) return;
    const view = context.normalised.base;
    const lower = view.text.toLowerCase();
    const lured = LURE.test(view.text);
    let adult: boolean | undefined;
    LINK.lastIndex = 0;
    for (let m = LINK.exec(lower); m; m = LINK.exec(lower)) {
      const domain = domainOf(m[1]);
      const spaced = /\s/.test(m[0].trim());
      // A spaced-out "link" in prose ("ok . so") needs a real two-part ending or a path to count.
      if (spaced && !/\.(?:co|org|nhs|gov|ac)\.uk$/.test(domain) && !/\//.test(m[0])) continue;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      const original = text.slice(start, end);
      let why: string | undefined;
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(original))
        why = "its address uses look-alike letters from another alphabet";
      else if (spaced) why = "its address is spaced out to slip past filters";
      else if (GENUINE.test(domain)) continue;
      else if (BRAND.test(domain))
        why = `"${domain}" imitates a well-known name but is not its real address`;
      else if (BAIT_IN_DOMAIN.test(domain) && lured)
        why = `"${domain}" is dressed up as a login or account page`;
      else if (SHORTENER.test(domain) && lured)
        why = "a shortened link hides where it goes, and the message pushes you to click";
      else if ((adult ??= ADULT_BAIT.test(view.text)))
        why = `"${domain}" is offered with sexual content, a common lure to scam and malware sites`;
      if (!why) continue;
      context.report({ start, end, data: { why } });
      return;
    }
  },
});
