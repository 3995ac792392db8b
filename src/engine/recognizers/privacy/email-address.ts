// E-mail addresses, found by scanning out from each "@" (linear, so long inputs stay fast).
// `detail.personal` is true for webmail and ISP domains; the trust's published addresses
// (pack `allow.emails`) are dropped.
import type { CustomRecognizer, Entity } from "../recognizer.js";

const PERSONAL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.co.uk",
  "outlook.com",
  "live.com",
  "live.co.uk",
  "yahoo.com",
  "yahoo.co.uk",
  "icloud.com",
  "me.com",
  "aol.com",
  "aol.co.uk",
  "btinternet.com",
  "btopenworld.com",
  "sky.com",
  "virginmedia.com",
  "talktalk.net",
  "ntlworld.com",
  "protonmail.com",
  "proton.me",
  "msn.com",
  "blueyonder.co.uk",
  "tiscali.co.uk",
  "gmx.com",
  "mail.com",
]);
// Written out to dodge scrapers: "jane.smith at gmail dot com", "j.smith(at)nhs(dot)net". Only
// with "dot" (or a bracketed at) and a common ending, so "meet at the pub" is no address.
const SPELLED_OUT =
  /\b([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})[ \t]*(?:\(at\)|\[at\]|[ \t]at[ \t])[ \t]*((?:[A-Za-z0-9-]{1,63}[ \t]*(?:\.|\(dot\)|\[dot\]|[ \t]dot[ \t])[ \t]*){1,4}(?:com|net|org|uk|me|io))\b/gi;
const SPELLED_SIGN = /\bdot\b|\(at\)|\[at\]/i;
/** Whether `text` may hold an address at all (an "@" or one written out). */
export const mayHoldEmail = (text: string): boolean =>
  text.includes("@") || SPELLED_SIGN.test(text);
const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

export const emailAddress: CustomRecognizer = {
  entity: "EMAIL_ADDRESS",
  detect({ normalised, pack }) {
    const text = normalised.base.text;
    const found: Entity[] = [];
    for (
      let at = text.indexOf("@");
      at !== -1 && found.length < 100;
      at = text.indexOf("@", at + 1)
    ) {
      let s = at;
      while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1])) s--;
      let e = at + 1;
      while (e < text.length && e - at < 254 && DOMAIN.test(text[e])) e++;
      while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
      while (s < at && text[s] === ".") s++;
      if (s === at) continue;
      const domain = text.slice(at + 1, e).toLowerCase();
      if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/.test(domain)) continue;
      const address = text.slice(s, e);
      if (pack.allowed.emails.has(address.toLowerCase())) continue;
      const span = normalised.base.toOriginal(s, e);
      found.push({
        type: "EMAIL_ADDRESS",
        start: span.start,
        end: span.end,
        text: normalised.original.slice(span.start, span.end),
        score: 0.9,
        pattern: "address",
        detail: { domain, personal: PERSONAL_DOMAINS.has(domain) },
      });
    }
    if (SPELLED_SIGN.test(text)) {
      SPELLED_OUT.lastIndex = 0;
      for (let m = SPELLED_OUT.exec(text); m && found.length < 100; m = SPELLED_OUT.exec(text)) {
        const domain = m[2]
          .toLowerCase()
          .replace(/[ \t]*(?:\(dot\)|\[dot\]|[ \t]dot[ \t]|\.)[ \t]*/g, ".");
        if (!SPELLED_SIGN.test(m[0])) continue;
        const span = normalised.base.toOriginal(m.index, m.index + m[0].length);
        if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
        found.push({
          type: "EMAIL_ADDRESS",
          start: span.start,
          end: span.end,
          text: normalised.original.slice(span.start, span.end),
          score: 0.85,
          pattern: "address written out",
          detail: { domain, personal: PERSONAL_DOMAINS.has(domain) },
        });
      }
    }
    return found;
  },
};
