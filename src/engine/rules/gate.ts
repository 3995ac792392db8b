// Gates: the words a rule's patterns cannot match without, found in one cheap pass over the
// post before any large regular expression runs. Most posts hold none of a rule's words, so the
// rule returns at once. The pass is shared: every gated rule reading the same text reuses it, and
// then a gate costs a few bit tests.
//
// A gate is written as alternatives, any one of which lets the rule run; each alternative is
// groups joined by `+` that must all be present, a group being words (separated by spaces or
// `|`) of which any one will do:
//
//   gate("know + where what which when", "got + reg address plate")
//
// (the `+` between groups has spaces around it; a `+` item stands for the character) lets the rule
// run when the post has "know" and one of where/what/which/when, or "got" and one
// of reg/address/plate. A word ending in `*` is a prefix ("restructur*": any word starting so).
// An item holding any character other than a-z and 0-9 ("£", "🤫", "a&e") is looked for as a
// substring of the lower-cased text instead, as is a word in double quotes ('"wait"' is found in
// "iwaiting"); substrings are dearer, so keep them for symbols, emoji and run-together words.
//
// Soundness: the text is cut into words (runs of A-Z a-z 0-9, ASCII letters lower-cased) at least
// wherever a regular expression's `\b` falls, so a pattern word written between `\b`s, or between
// a `\b` and a space or other non-word character, is a word of the pass ("won't" is won + t;
// "i'?m" may be "im"). Derive the words from the pattern, branch by branch, never from posts.
// gate.test.ts runs every case of every gated rule's RuleTester table with the gates on and off
// and requires the same findings, so a new branch whose words are missing fails there. With the
// `u` and `i` flags together the Kelvin sign and long s match k and s: such expressions are refused.
//
// Words are hashed as the text is read (no string is made per word); two words with one hash can
// only let a rule run when it need not, never stop it.
import { addWordBit, bitsOf, newWordBit } from "../signals/word-bits.js";

export interface Gate {
  /** Whether a pattern behind the gate may match `text`. False means it cannot. */
  passes(text: string): boolean;
}

// Gates can be switched off (every gate passes) so a test can compare a rule with and without them.
let enabled = true;
export function setGatesEnabled(on: boolean): void {
  enabled = on;
}

const SLOTS = 4;

// The lower-cased texts, for substring items with letters (lower-casing only adds matches); the
// same few texts come back in turn, so several are kept.
const lowerOf: (string | undefined)[] = new Array<string | undefined>(SLOTS);
const lowered: string[] = new Array<string>(SLOTS).fill("");
let nextLower = 0;
function lower(text: string): string {
  for (let k = 0; k < SLOTS; k++) if (lowerOf[k] === text) return lowered[k];
  const k = nextLower;
  nextLower = (nextLower + 1) % SLOTS;
  lowerOf[k] = text;
  return (lowered[k] = text.toLowerCase());
}

const HAS_LETTER = /[a-z]/;

const WORD = /^[a-z0-9]+\*?$/;

interface Group {
  /** Bit of the group in a pass (-1: substrings only). */
  id: number;
  /** Substrings with letters, looked for in the lower-cased text. */
  substrings: string[];
  /** Substrings without letters (symbols, emoji), looked for in the text as it is. */
  symbols: string[];
}

function group(items: string[]): Group {
  const substrings: string[] = [];
  const symbols: string[] = [];
  let id = -1;
  for (const item of items) {
    if (!WORD.test(item)) {
      const literal =
        item.length > 2 && item.startsWith('"') && item.endsWith('"') ? item.slice(1, -1) : item;
      if (literal !== literal.toLowerCase()) throw new Error(`gate items are lower case: ${item}`);
      (HAS_LETTER.test(literal) ? substrings : symbols).push(literal);
      continue;
    }
    if (id < 0) id = newWordBit();
    if (item.endsWith("*")) {
      const prefix = item.slice(0, -1);
      if (prefix.length < 1 || prefix.length > 30) throw new Error(`bad gate prefix: ${item}`);
      addWordBit(prefix, true, id);
    } else {
      addWordBit(item, false, id);
    }
  }
  return { id, substrings, symbols };
}

/**
 * A gate from alternatives: each is groups joined by `+`, a group being words (or substrings)
 * separated by spaces or `|`, any of which will do. The gate passes when every group of one
 * alternative is present.
 */
export function gate(...alternatives: string[]): Gate {
  if (alternatives.length === 0) throw new Error("a gate needs at least one alternative");
  const alts: Group[][] = alternatives.map((alt) =>
    alt.split(/\s+\+\s+/).map((g) => {
      const items = g.split(/[\s|]+/).filter(Boolean);
      if (items.length === 0) throw new Error(`empty gate group in "${alt}"`);
      return group(items);
    }),
  );
  return {
    passes(text: string): boolean {
      if (!enabled) return true;
      // The word pass is shared with the cue gates (signals/word-bits.ts).
      const bits = bitsOf(text);
      for (let a = 0; a < alts.length; a++) {
        const alt = alts[a];
        let all = true;
        for (let k = 0; k < alt.length && all; k++) {
          const g = alt[k];
          if (g.id >= 0 && (bits[g.id >>> 5] & (1 << (g.id & 31))) !== 0) continue;
          all = false;
          for (let j = 0; j < g.symbols.length && !all; j++) all = text.includes(g.symbols[j]);
          if (!all && g.substrings.length > 0) {
            const t = lower(text);
            for (let j = 0; j < g.substrings.length && !all; j++) all = t.includes(g.substrings[j]);
          }
        }
        if (all) return true;
      }
      return false;
    },
  };
}

/** A regular expression behind a gate: `exec` and `test` skip the expression when the gate fails. */
export interface Guarded {
  readonly gate: Gate;
  readonly regex: RegExp;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

export function guard(regex: RegExp, ...alternatives: string[]): Guarded {
  if (regex.global || regex.sticky) throw new Error("guard() takes non-global expressions");
  if (regex.unicode && regex.ignoreCase) throw new Error("guard() cannot read a u+i expression");
  const g = gate(...alternatives);
  return {
    gate: g,
    regex,
    exec: (text) => (g.passes(text) ? regex.exec(text) : null),
    test: (text) => g.passes(text) && regex.test(text),
  };
}

/** A rule's pattern behind its gate, and when a match of it is a quieter thing than the breach. */
export interface Shape {
  readonly re: Guarded;
  readonly quiet?: (match: RegExpExecArray, text: string) => boolean;
}
