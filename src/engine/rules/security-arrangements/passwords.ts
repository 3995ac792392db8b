// A password, Wi-Fi key or shared login written out in a post ("the password is Summer2024!",
// "staff Wi-Fi ... the key is now Pembury2024!"). CLH-SMP §4.1 and CCC-SMP App. 1 (4): keep
// passwords safe. Advice about passwords ("never write your password on a Post-it", "no password
// needed") names no password, so it is not reported.
import { mayApply, T } from "../../recognizers/information/triggers.js";
import { defineRule } from "../rule.js";

const VALUE = String.raw`((?:[^\s] ){3,}[^\s](?!\S)|["'‘“][^"'’”\n]{3,40}["'’”]|[^\s]{4,40})`;
const SKIP = String.raw`\s*(?:(?:now|just|still|currently|simply|literally)\s+)?`;
const LINK = String.raw`(?:\b(?:is|was|are)\b|=|:|['’]s\b)`;
const PASSWORD = new RegExp(
  String.raw`\b(?:pass ?words?|passcodes?|pwd|pw|log-?in password|wi-?fi (?:key|code|password)|network key|security key)\b[^.!?\n]{0,20}?${LINK}${SKIP}${VALUE}`,
  "dgi",
);
// "the key is ..." counts only where the post is about a network.
const KEY = new RegExp(String.raw`\b(?:the )?key\b${SKIP}${LINK}${SKIP}${VALUE}`, "dgi");
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
      for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
        const at = m.indices?.[1];
        if (!at || !looksLikePassword(m[1])) continue;
        const trimmed = m[1].replace(/[\s.,;:)\]–—-]+$/u, "");
        const { start, end } = view.toOriginal(at[0], at[0] + trimmed.length);
        if (seen.includes(start)) continue;
        seen.push(start);
        context.report({
          start,
          end,
          fix: { start, end, replacement: "[password]" },
          redactAs: "[password]",
        });
      }
    };
    scan(PASSWORD);
    if (NETWORK.test(view.text)) scan(KEY);
  },
});
