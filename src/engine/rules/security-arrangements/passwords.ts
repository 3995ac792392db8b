// A password, Wi-Fi key or shared login written out in a post ("the password is Summer2024!",
// "staff Wi-Fi ... the key is now Pembury2024!"). CLH-SMP §4.1 and CCC-SMP App. 1 (4): keep
// passwords safe. Advice about passwords ("never write your password on a Post-it", "no password
// needed") names no password, so it is not reported.
import { sentenceAround } from "../../recognizers/information/phrases.js";
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const VALUE = String.raw`((?:[^\s] ){3,}[^\s](?!\S)|["'‘“][^"'’”\n]{3,40}["'’”]|[^\s]{4,40})`;
const SKIP = String.raw`\s*(?:(?:now|just|still|currently|simply|literally)\s+)?`;
// The word, then (within the sentence) "is", ":" or "=" and the value itself.
const PASSWORD_WORD =
  /\b(?:pass ?words?|passcodes?|pwd|pw|log-?in password|wi-?fi (?:key|code|password)|network key|security key)\b/gi;
const KEY_WORD = /\b(?:the )?key\b/gi;
const VALUE_AFTER = new RegExp(
  // "password summerfete24": no "is", but a word with digits straight after.
  String.raw`(?:\b(?:is|was|are)\b|=|:|['’]s\b|^(?=\s+[A-Za-z][\w!@#$%^&*.-]*\d[\w!@#$%^&*.-]*(?!\S)))${SKIP}${VALUE}`,
  "dgi",
);
// A password that is not the Trust's: a venue's guest Wi-Fi, a streaming account, a quiz.
const NOT_OURS =
  /\b(?:conference|hotel|caf[eé]|coffee shop|pub|restaurant|airport|festival|airbnb|campsite|my (?:house|home|mum'?s|nan'?s|mate'?s)|netflix|spotify|disney|quiz|book club|escape room|treasure hunt)\b/i;
const NETWORK = /\b(?:wi-?fi|wireless|network|ssid|router|internet|hotspot)\b/i;

// Words that follow "password is" without being a password.
const NOT_A_PASSWORD = new Set([
  "needed",
  "required",
  "the",
  "your",
  "not",
  "safe",
  "same",
  "changed",
  "changing",
  "expired",
  "wrong",
  "correct",
  "on",
  "in",
  "written",
  "stuck",
  "easy",
  "obvious",
  "weak",
  "strong",
  "secret",
  "private",
  "personal",
  "case",
  "sensitive",
  "simple",
  "long",
  "short",
  "never",
  "always",
  "what",
  "whatever",
]);

function looksLikePassword(raw: string): boolean {
  const value = raw.replace(/[\s.,;:)\]–—-]+$/u, "");
  if (value.length < 4) return false;
  if (/^["'‘“]/.test(value)) return true;
  if (/^(?:\S ){3,}\S$/.test(value)) return true;
  if (NOT_A_PASSWORD.has(value.toLowerCase())) return false;
  return (
    /\d/.test(value) || /[^\p{L}\p{N}'’!?]/u.test(value.slice(0, -1)) || /\p{Ll}\p{Lu}/u.test(value)
  );
}

export default defineRule({
  meta: {
    id: "security-arrangements/passwords",
    category: "security-arrangements",
    severity: "block",
    clauses: ["CLH-SMP §4.1", "CCC-SMP App. 1 (4–6)"],
    message:
      "This post gives away a password or network key. Anyone who reads it can log in to the Trust's systems.",
    suggestion:
      "Remove the password. Point colleagues to the IT service desk instead, and ask IT to change it now that it has been posted.",
    fixable: true,
  },
  check(context) {
    if (!mayApply(context.text, T.PASSWORD)) return;
    const view = context.normalised.base;
    const seen: number[] = [];
    const scan = (re: RegExp) => {
      re.lastIndex = 0;
      for (let w = re.exec(view.text); w; w = re.exec(view.text)) {
        // "The 'password' for our book club is 'biscuits'": the word in quotes is a joke, not a login.
        if (/["'‘“]$/.test(view.text.slice(Math.max(0, w.index - 1), w.index))) continue;
        const said = sentenceAround(view.text, w.index, w.index + w[0].length);
        if (NOT_OURS.test(view.text.slice(said.start, said.end))) continue;
        // The value is looked for in the rest of the sentence ("password for the shared inbox is on
        // a post-it: Ward5!!" has a false start before the real one).
        let stop = view.text.indexOf("\n", w.index);
        if (stop === -1 || stop > w.index + 140) stop = Math.min(view.text.length, w.index + 140);
        const window = view.text.slice(w.index + w[0].length, stop);
        VALUE_AFTER.lastIndex = 0;
        for (let m = VALUE_AFTER.exec(window); m; m = VALUE_AFTER.exec(window)) {
          const at = m.indices?.[1];
          if (!at || !looksLikePassword(m[1])) continue;
          const offset = w.index + w[0].length;
          const trimmed = m[1].replace(/[\s.,;:)\]–—-]+$/u, "");
          const { start, end } = view.toOriginal(offset + at[0], offset + at[0] + trimmed.length);
          if (!seen.includes(start)) {
            seen.push(start);
            context.report({
              start,
              end,
              fix: { start, end, replacement: "[password]" },
              redactAs: "[password]",
            });
          }
          break;
        }
      }
    };
    scan(PASSWORD_WORD);
    if (NETWORK.test(view.text)) scan(KEY_WORD);
  },
});
