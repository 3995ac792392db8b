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
import { isWordUnit, ODD, vocabulary, wordIndex } from "../../normalise/word-index.js";

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
  /** Every spelling of every entry, words joined by one space, mapped to its entry. */
  forms: Map<string, number>;
  /** First words of multi-word forms, and the most words a form has. */
  firstWords: Set<string>;
  maxWords: number;
  /** Anchored expressions per entry, for masked ("f*ck") or stretched ("fuuuck") words. */
  each: RegExp[];
  /** The first letters entries start with: a masked token starting otherwise cannot match. */
  first: Set<string>;
}

// Expand the entry syntax into every literal spelling: groups, optional parts, "~" and "'".
function expand(pattern: string): string[] {
  let i = 0;
  function sequence(): string[] {
    let out = [""];
    while (i < pattern.length && pattern[i] !== ")" && pattern[i] !== "|") {
      let options: string[];
      const ch = pattern[i];
      if (ch === "(") {
        i++;
        options = [];
        for (;;) {
          options.push(...sequence());
          if (pattern[i] === "|") i++;
          else break;
        }
        i++; // ")"
      } else if (ch === "\\") {
        options = [pattern[i + 1]];
        i += 2;
      } else if (ch === "~") {
        options = ["", " "];
        i++;
      } else if (ch === "'") {
        options = ["", "'"];
        i++;
      } else if (ch === "-") {
        options = [" "];
        i++;
      } else {
        options = [ch];
        i++;
      }
      if (pattern[i] === "?") {
        options = ["", ...options];
        i++;
      }
      const next: string[] = [];
      for (const a of out) for (const b of options) next.push(a + b);
      out = next;
    }
    return out;
  }
  const forms: string[] = [];
  for (;;) {
    forms.push(...sequence());
    if (pattern[i] === "|") i++;
    else break;
  }
  return forms.map((f) => f.replace(/\s+/g, " ").trim());
}

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const forms = new Map<string, number>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  entries.forEach((e, index) => {
    for (const form of expand(e.pattern)) {
      if (!forms.has(form)) forms.set(form, index);
      const words = form.split(" ");
      if (words.length > 1) firstWords.add(words[0]);
      maxWords = Math.max(maxWords, words.length);
    }
  });
  const first = new Set<string>();
  for (const e of entries) first.add(e.pattern[0]);
  const compiled: CompiledLexicon = {
    entries,
    forms,
    firstWords,
    maxWords,
    each: entries.map(
      (e) => new RegExp(`^(?:${compileEntry(e.pattern).replace(/\[ \\-\]\??/g, " ?")})$`),
    ),
    first,
  };
  register(compiled);
  return compiled;
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

// The word units of the word index, so both read the same words.
const isTokenChar = isWordUnit;

const tokenCache = new WeakMap<TextView, Token[]>();

/** The words of a view (letters, digits, "*", "'", "&", "+"), computed once per view. */
export function tokens(view: TextView): Token[] {
  let list = tokenCache.get(view);
  if (list) return list;
  list = [];
  const text = view.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isTokenChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isTokenChar(text.charCodeAt(i))) i++;
    // Quotes around a word are not part of it: "'fags'" is "fags".
    let s = start;
    let e = i;
    while (s < e && (text[s] === "'" || text[s] === "’" || text[s] === "*")) s++;
    while (e > s && (text[e - 1] === "'" || text[e - 1] === "’" || text[e - 1] === "*")) e--;
    if (e > s) {
      const word = text.slice(s, e);
      list.push({ start: s, end: e, text: word.includes("’") ? word.replace(/’/g, "'") : word });
    }
  }
  tokenCache.set(view, list);
  return list;
}

function hasRun3(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}
const squeeze = (word: string, keep: number) =>
  word.replace(/(.)\1\1+/g, keep === 1 ? "$1" : "$1$1");

// All lexicons share one pass over a post's words: every spelling of every list sits in one map,
// so a post costs one lookup per word however many lists there are. Multi-word forms are kept
// as word arrays under their first word and compared token by token: no phrase strings per post.
const allLexicons: CompiledLexicon[] = [];
const allForms = new Map<string, [CompiledLexicon, number][]>();
interface Phrase {
  rest: string[];
  at: [CompiledLexicon, number][];
}
const phrasesByFirst = new Map<string, Phrase[]>();
const allFirstLetters = new Set<string>();
// The same by vocabulary id (sparse): single-word forms and phrases by their first word. A word
// of the index with an id and no odd flag is the id's word exactly ("’" read as "'"), so these
// give what `lookupAll` and `phrasesByFirst` give for it, without cutting the word out.
const formsById: ([CompiledLexicon, number][] | undefined)[] = [];
const phrasesById: (Phrase[] | undefined)[] = [];

function register(lexicon: CompiledLexicon): void {
  allLexicons.push(lexicon);
  for (const [form, index] of lexicon.forms) {
    const list = allForms.get(form);
    if (list) list.push([lexicon, index]);
    else allForms.set(form, [[lexicon, index]]);
    const words = form.split(" ");
    const first = vocabulary.intern(words[0]);
    if (words.length < 2) {
      formsById[first] = allForms.get(form);
      continue;
    }
    let phrases = phrasesByFirst.get(words[0]);
    if (!phrases) {
      phrasesByFirst.set(words[0], (phrases = []));
      phrasesById[first] = phrases;
    }
    const rest = words.slice(1);
    const same = phrases.find((p) => p.rest.join(" ") === rest.join(" "));
    if (same) same.at.push([lexicon, index]);
    else phrases.push({ rest, at: [[lexicon, index]] });
    // Longest first: "on all fours" before "on all".
    phrases.sort((x, y) => y.rest.length - x.rest.length);
  }
  for (const l of lexicon.first) allFirstLetters.add(l);
}

function lookupAll(word: string): [CompiledLexicon, number][] | undefined {
  const exact = allForms.get(word);
  if (exact !== undefined) return exact;
  if (hasRun3(word)) return allForms.get(squeeze(word, 1)) ?? allForms.get(squeeze(word, 2));
  return undefined;
}

/** Whether only spaces and hyphens lie between two tokens. */
function joined(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45) return false;
  }
  return true;
}

const NO_HITS: Map<CompiledLexicon, LexiconHit[]> = new Map();

function add(
  found: Map<CompiledLexicon, LexiconHit[]>,
  lexicon: CompiledLexicon,
  hit: LexiconHit,
): void {
  const list = found.get(lexicon);
  if (list) list.push(hit);
  else found.set(lexicon, [hit]);
}

const isQuoteOrStar = (c: number) => c === 39 || c === 0x2019 || c === 42;

// The next word at or after `from`: sets nextStart/nextEnd (quotes and stars trimmed), or -1.
// (The words of a whole view come from its word index; this walks on from a phrase's first word.)
let nextStart = -1;
let nextEnd = -1;
const ASCII_TOKEN = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_TOKEN[c] = isTokenChar(c) ? 1 : 0;
const tokenChar = (c: number) => (c < 128 ? ASCII_TOKEN[c] === 1 : isTokenChar(c));
function nextWord(text: string, from: number): void {
  const n = text.length;
  let i = from;
  for (;;) {
    while (i < n && !tokenChar(text.charCodeAt(i))) i++;
    if (i >= n) {
      nextStart = nextEnd = -1;
      return;
    }
    let s = i;
    while (i < n && tokenChar(text.charCodeAt(i))) i++;
    let e = i;
    while (s < e && isQuoteOrStar(text.charCodeAt(s))) s++;
    while (e > s && isQuoteOrStar(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      nextStart = s;
      nextEnd = e;
      return;
    }
  }
}

function wordAt(text: string, s: number, e: number): string {
  const word = text.slice(s, e);
  return word.indexOf("’") >= 0 ? word.replace(/’/g, "'") : word;
}

// Every lexicon recognizer asks about the same view in turn, one post at a time: the last
// answer is kept (the hits depend on the view's text alone, so a view asked about again later is
// simply scanned again). No WeakMap: an entry per post costs more than the lookups it saves.
let lastView: TextView | undefined;
let lastHits: Map<CompiledLexicon, LexiconHit[]> = NO_HITS;

function allHits(view: TextView): Map<CompiledLexicon, LexiconHit[]> {
  if (view === lastView) return lastHits;
  let found = NO_HITS;
  const text = view.text;
  // The words of the view, each with its id in the shared vocabulary (every spelling's first
  // word is interned there): a word with no id can only match stretched or masked.
  const index = wordIndex(view);
  for (let w = 0; w < index.count; w++) {
    const id = index.id(w);
    const odd = (index.flags(w) & ODD) !== 0;
    if (id < 0 && !odd) continue;
    let single: [CompiledLexicon, number][] | undefined;
    let phrases: Phrase[] | undefined;
    let word: string;
    const s = index.start(w);
    const e = index.end(w);
    if (odd) {
      word = wordAt(text, s, e);
      single = lookupAll(word);
      phrases = phrasesByFirst.get(word);
    } else {
      single = formsById[id];
      phrases = phrasesById[id];
      if (single === undefined && phrases === undefined) continue;
      word = vocabulary.words[id];
    }
    let claimed: CompiledLexicon[] | undefined;
    if (phrases !== undefined) {
      for (const phrase of phrases) {
        let prevEnd = e;
        let ok = true;
        for (let k = 0; k < phrase.rest.length; k++) {
          nextWord(text, prevEnd);
          const want = phrase.rest[k];
          if (
            nextStart < 0 ||
            !joined(text, prevEnd, nextStart) ||
            nextEnd - nextStart !== want.length ||
            !text.startsWith(want, nextStart)
          ) {
            ok = false;
            break;
          }
          prevEnd = nextEnd;
        }
        if (!ok) continue;
        for (const [lexicon, index] of phrase.at) {
          if (claimed?.includes(lexicon)) continue;
          (claimed ??= []).push(lexicon);
          if (found === NO_HITS) found = new Map();
          add(found, lexicon, {
            entry: lexicon.entries[index],
            start: s,
            end: prevEnd,
            matched: text.slice(s, prevEnd),
          });
        }
      }
    }
    if (single) {
      for (const [lexicon, index] of single) {
        if (claimed?.includes(lexicon)) continue;
        if (found === NO_HITS) found = new Map();
        add(found, lexicon, { entry: lexicon.entries[index], start: s, end: e, matched: word });
      }
    } else if (
      word.length > 2 &&
      word.length < 40 &&
      allFirstLetters.has(word[0]) &&
      word.includes("*")
    ) {
      // Masked words ("f*ck", "c**t") are rare: test them against each entry's expression.
      for (const lexicon of allLexicons) {
        if (claimed?.includes(lexicon)) continue;
        for (let k = 0; k < lexicon.each.length; k++) {
          if (lexicon.each[k].test(word)) {
            if (found === NO_HITS) found = new Map();
            add(found, lexicon, { entry: lexicon.entries[k], start: s, end: e, matched: word });
            break;
          }
        }
      }
    }
  }
  lastView = view;
  lastHits = found;
  return found;
}

const NONE: readonly LexiconHit[] = Object.freeze([]);

/** Every whole-word match of the lexicon in the view, in order. Phrases may overlap single words of other lists. */
export function matchLexicon(view: TextView, lexicon: CompiledLexicon): readonly LexiconHit[] {
  const hits = allHits(view).get(lexicon) ?? NONE;
  // Within one list, a phrase hides the words inside it.
  if (hits.length < 2) return hits;
  const out: LexiconHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

function compileEntry(pattern: string): string {
  let out = "";
  let wordStart = true;
  for (let i = 0; i < pattern.length;) {
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
