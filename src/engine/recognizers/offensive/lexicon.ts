// Word lists are written as readable data and compiled once, at module load, into one regular
// expression per list that runs on the `words` view (lower-cased, leetspeak and look-alikes
// folded, spaced letters joined). Disguises the views cannot undo are handled here:
//   - stretched letters: "fuuuuck", "shiiit" (a run of one letter may repeat);
//   - masking with "*": "f*ck", "f**k", "c*nt", "sh*t" (any letter but the first may be a star).
// Matches must stand as whole words, so "Scunthorpe", "cocktail", "assess" and "grape" never
// match "cunt", "cock", "ass" or "rape".
//
// Entry syntax: lower-case letters; `(a|b)` groups and `?` as in regular expressions; `~` for an
// optional space or hyphen between words ("blow~job" = "blowjob", "blow job", "blow-job");
// a space for one or more spaces or hyphens; `'` for an optional apostrophe.
// Every quantifier applies to a single character class or a fixed-length group, so no input can
// make the expression backtrack catastrophically.
import type { TextView } from "../../normalise/index.js";

export interface LexiconEntry {
  /** The word and its forms, in the entry syntax above. */
  pattern: string;
  /** What to call it in a message, e.g. "fuck". */
  label: string;
  /** Free-form grouping, e.g. the protected characteristic a slur targets. */
  kind?: string;
}

export interface LexiconHit {
  entry: LexiconEntry;
  /** Offsets in the view. */
  start: number;
  end: number;
  /** The matched text in the view. */
  matched: string;
}

export interface CompiledLexicon {
  entries: LexiconEntry[];
  all: RegExp;
  each: RegExp[];
  /** A cheap first test: letters every entry starts with, so posts without them skip the scan. */
  first: Set<string>;
}

function compileEntry(pattern: string): string {
  let out = "";
  let wordStart = true;
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch >= "a" && ch <= "z") {
      let run = 1;
      while (pattern[i + run] === ch) run++;
      const letters = run === 1 ? `${ch}+` : `${ch}{${run},}`;
      out += wordStart ? letters : `(?:${letters}|\\*)`;
      wordStart = false;
      i += run;
      continue;
    }
    if (ch === "(") {
      out += "(?:";
    } else if (ch === "~") {
      out += "[ \\-]?";
      wordStart = true;
    } else if (ch === " ") {
      out += "[ \\-]";
      wordStart = true;
    } else if (ch === "'") {
      out += "['’]?";
    } else if (ch === "&") {
      out += "&";
    } else if (ch >= "0" && ch <= "9") {
      out += ch;
    } else {
      out += ch;
    }
    i++;
  }
  return out;
}

const BEFORE = "(?<![a-z0-9])";
const AFTER = "(?![a-z0-9])";

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const sources = entries.map((e) => compileEntry(e.pattern));
  const first = new Set<string>();
  for (const e of entries) first.add(e.pattern[0]);
  return {
    entries,
    all: new RegExp(`${BEFORE}(?:${sources.join("|")})${AFTER}`, "g"),
    each: sources.map((s) => new RegExp(`^(?:${s})$`)),
    first,
  };
}

/** Every whole-word match of the lexicon in the view, in order. */
export function matchLexicon(view: TextView, lexicon: CompiledLexicon): LexiconHit[] {
  const text = view.text;
  const hits: LexiconHit[] = [];
  const re = lexicon.all;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const matched = m[0];
    if (matched.length === 0) {
      re.lastIndex++;
      continue;
    }
    let index = 0;
    while (index < lexicon.each.length && !lexicon.each[index].test(matched)) index++;
    if (index === lexicon.each.length) continue;
    hits.push({ entry: lexicon.entries[index], start: m.index, end: m.index + matched.length, matched });
  }
  return hits;
}
