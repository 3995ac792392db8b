// Cheap dense features of a tweet for the stacking experiment (b): lexicon hits from the
// checker's own word lists (slurs by the group they target, identity terms by group, insults,
// swear words), second-person and group-pointing words, length, capitals, hashtags, mentions,
// exclamation marks. In the checker the lexicon hits are computed by the recognizers anyway.
import { normalise } from "../../src/engine/normalise/index.js";
import { cleanTweet } from "../../src/engine/model/features.js";
import {
  compileLexicon,
  matchLexicon,
  type LexiconEntry,
} from "../../src/engine/recognizers/offensive/lexicon.js";
import { SLURS } from "../../src/engine/recognizers/offensive/words/slurs.js";
import { IDENTITY_TERMS } from "../../src/engine/recognizers/offensive/words/identity-terms.js";
import { INSULTS } from "../../src/engine/recognizers/offensive/words/insults.js";
import { SWEAR_WORDS } from "../../src/engine/recognizers/offensive/words/swear-words.js";

const kinds = (entries: LexiconEntry[]) => [...new Set(entries.map((e) => e.kind ?? "-"))];
const SLUR_KINDS = kinds(SLURS);
const IDENTITY_KINDS = kinds(IDENTITY_TERMS);
const slurs = compileLexicon(SLURS);
const identity = compileLexicon(IDENTITY_TERMS);
const insults = compileLexicon(INSULTS);
const swears = compileLexicon(SWEAR_WORDS);

const SECOND = new Set(["you", "your", "u", "ur", "youre", "you're", "yours", "yourself", "ya"]);
const GROUP = new Set(["these", "those", "all", "them", "they", "their", "people", "every"]);

export const DENSE_NAMES = [
  ...SLUR_KINDS.map((k) => `slur:${k}`),
  "slurs",
  ...IDENTITY_KINDS.map((k) => `identity:${k}`),
  "identity",
  "insults",
  "swears",
  "second-person",
  "group-words",
  "tokens",
  "chars",
  "caps-ratio",
  "hashtags",
  "mentions",
  "exclamations",
  "retweet",
  "links",
];

export function denseFeatures(raw: string): number[] {
  const view = normalise(cleanTweet(raw)).words;
  const out: number[] = [];
  const slurHits = matchLexicon(view, slurs);
  for (const k of SLUR_KINDS) out.push(slurHits.filter((h) => (h.entry.kind ?? "-") === k).length);
  out.push(slurHits.length);
  const idHits = matchLexicon(view, identity);
  for (const k of IDENTITY_KINDS)
    out.push(idHits.filter((h) => (h.entry.kind ?? "-") === k).length);
  out.push(idHits.length);
  out.push(matchLexicon(view, insults).length);
  out.push(matchLexicon(view, swears).length);
  const words = view.text.split(/[^a-z0-9'*]+/).filter(Boolean);
  out.push(words.filter((w) => SECOND.has(w)).length);
  out.push(words.filter((w) => GROUP.has(w)).length);
  out.push(words.length);
  out.push(view.text.length);
  const letters = raw.replace(/https?:\/\/\S+|@\w+|&#?\w+;/g, "").match(/[A-Za-z]/g) ?? [];
  const caps = letters.filter((c) => c >= "A" && c <= "Z").length;
  out.push(letters.length ? caps / letters.length : 0);
  out.push((raw.match(/#\w+/g) ?? []).length);
  out.push((raw.match(/@\w+/g) ?? []).length);
  out.push((raw.match(/!/g) ?? []).length);
  out.push(/\bRT\b/.test(raw) ? 1 : 0);
  out.push((raw.match(/https?:\/\//g) ?? []).length);
  return out;
}
