// Cue expressions cut down to the branches that can match a post. needs.ts reads, from each
// expression's source, the words every top-level branch cannot match without; one pass over the
// post's text (words hashed as they are read, no string per word) says which of those words are
// there. A branch whose words are missing cannot match anywhere in the text, and alternation tries
// branches in order at each position, so leaving it out changes no match: the expression made of
// the remaining branches finds exactly the same spans. When no branch can match, the expression is
// not run at all. Cut-down expressions are built on first need and kept (a few per cue).
//
// Words (runs of A-Z a-z 0-9, ASCII letters lower-cased) are hashed; two words with one hash can
// only let a branch run when it need not, never stop it.
import { FNV_OFFSET, FNV_PRIME } from "../normalise/word-index.js";
import { addWordBit, bitsOf, newWordBit } from "./word-bits.js";
import { branchNeeds, type Clause } from "./needs.js";

// Gates can be switched off (every branch kept) so a test can compare with and without them.
let enabled = true;
export function setCueGatesEnabled(on: boolean): void {
  enabled = on;
}

const clauseIds = new Map<string, number>();

/** The bit of a clause (one clause of the same words is shared by every branch that needs it). */
function clauseId(clause: Clause): number {
  const name = clause
    .map((w) => (w.prefix ? w.text + "*" : w.text))
    .sort()
    .join(" ");
  let id = clauseIds.get(name);
  if (id !== undefined) return id;
  id = newWordBit();
  clauseIds.set(name, id);
  for (const w of clause) {
    addWordBit(w.text, w.prefix, id);
  }
  return id;
}

/**
 * The bit of a clause made of one clause each branch needs (its first; or, for a branch that
 * needs nothing as a whole, the first of each of its finer readings): every match holds one of
 * its words. -1 when some branch needs nothing at all.
 */
function anyClauseId(needs: Clause[][], alternatives: Clause[][][]): number {
  const words = new Map<string, Clause[number]>();
  const add = (clause: Clause) => {
    for (const w of clause) words.set((w.prefix ? "*" : "") + w.text, w);
  };
  for (let b = 0; b < needs.length; b++) {
    if (needs[b].length > 0) add(needs[b][0]);
    else if (alternatives[b].every((alt) => alt.length > 0))
      for (const alt of alternatives[b]) add(alt[0]);
    else return -1;
  }
  return clauseId([...words.values()]);
}

export interface Cut {
  /** The top-level branches' sources. */
  sources: string[];
  /** For each branch, the clauses it needs (all must be met; none when it needs nothing readable). */
  needs: ClauseLists;
  /**
   * For each branch read finer (needs.ts branchAlternatives), its alternatives: the clauses each
   * needs, one alternative met being enough; null when there is only the one reading. Asked only
   * when `needs` is met, which most branches are not.
   */
  alternatives: (ClauseLists | null)[];
  /**
   * The bit of one clause holding a clause of every branch (-1 when a branch needs nothing):
   * when it is unmet no branch can match, found at one bit test (most posts, most cues).
   */
  any: number;
  /** Cut-down expressions by the branches kept (a bit mask, or "0,3,4" past 30 branches). */
  built: Map<number | string, RegExp>;
  /** The expression's source and its branches read finer: needs.ts branchNeeds `inner`. */
  source: string;
  inner: ({ start: number; end: number; spans: [number, number][] } | null)[];
  /** Whether the expression has capture groups (then cutDeep leaves it whole). */
  captures: boolean;
  /** Expressions cut down inside their branches too (cutDeep), by the hash of the choice made. */
  deep: Map<number, DeepCut> | null;
}

/**
 * Lists of clauses (the needs of each branch, or of each alternative of one), flat: a post reads
 * hundreds of them, and one object each was that many to fetch. List `i` is the clauses
 * `clauses[starts[i]]` to `clauses[starts[i + 1] - 1]` (none: it needs nothing).
 */
interface ClauseLists {
  count: number;
  starts: Int32Array;
  clauses: Int32Array;
}

function flatClauseLists(lists: Clause[][]): ClauseLists {
  const starts = new Int32Array(lists.length + 1);
  const clauses: number[] = [];
  lists.forEach((list, i) => {
    for (const clause of list) clauses.push(clauseId(clause));
    starts[i + 1] = clauses.length;
  });
  return { count: lists.length, starts, clauses: Int32Array.from(clauses) };
}

/** Whether every clause of list `i` of `lists` has its bit in `met`. */
function listMet(lists: ClauseLists, i: number, met: Uint32Array): boolean {
  const clauses = lists.clauses;
  for (let k = lists.starts[i], end = lists.starts[i + 1]; k < end; k++)
    if ((met[clauses[k] >>> 5] & (1 << (clauses[k] & 31))) === 0) return false;
  return true;
}

const MAX_BUILT = 16;
const cuts = new WeakMap<RegExp, Cut | null>();
const seen: RegExp[] = [];

/** Every expression read so far (for the soundness test). */
export const seenCueExpressions = (): readonly RegExp[] => seen;

// What branchNeeds read of each expression (null: nothing), for cutOf and deepCutOf.
const reads = new WeakMap<RegExp, ReturnType<typeof branchNeeds>>();

function readOf(regex: RegExp): ReturnType<typeof branchNeeds> {
  let read = reads.get(regex);
  if (read === undefined) {
    read = branchNeeds(regex);
    reads.set(regex, read);
    seen.push(regex);
  }
  return read;
}

function cutOf(regex: RegExp): Cut | null {
  let cut = cuts.get(regex);
  if (cut !== undefined) return cut;
  const read = readOf(regex);
  // Worth it only if some branch needs something: else every branch always stays.
  cut =
    read &&
    read.needs.some((n, b) => n.length > 0 || read.alternatives[b].every((alt) => alt.length > 0))
      ? cutFrom(regex, read)
      : null;
  cuts.set(regex, cut);
  return cut;
}

// cutDeep also cuts an expression none of whose branches needs anything as a whole, when a branch
// read finer has alternatives that do ("(?:^|[.!?]\s+)(?:shocking|…)[.!]" among 40 phrases that
// need words): those alternatives are left out when their words are missing.
const deepCuts = new WeakMap<RegExp, Cut | null>();

function deepCutOf(regex: RegExp): Cut | null {
  let cut = deepCuts.get(regex);
  if (cut !== undefined) return cut;
  cut = cutOf(regex);
  if (cut === null) {
    const read = readOf(regex);
    if (read && read.alternatives.some((a) => a.length > 1 && a.some((alt) => alt.length > 0)))
      cut = cutFrom(regex, read);
  }
  deepCuts.set(regex, cut);
  return cut;
}

function cutFrom(regex: RegExp, read: NonNullable<ReturnType<typeof branchNeeds>>): Cut {
  return {
    sources: read.sources,
    needs: flatClauseLists(read.needs),
    alternatives: read.alternatives.map((alts) => (alts.length > 1 ? flatClauseLists(alts) : null)),
    any: anyClauseId(read.needs, read.alternatives),
    built: new Map(),
    source: regex.source,
    inner: read.inner,
    captures: new RegExp(`${regex.source}|`, regex.flags.replace(/[gy]/g, "")).exec("")!.length > 1,
    deep: null,
  };
}

// The cuts of a list of cues, in order, so a list costs one look-up rather than one a cue.
const listCuts = new WeakMap<readonly { regex: RegExp }[], (Cut | null)[]>();

/** The cuts of `cues` (one look-up per list; a one-cue list, often made afresh, is not kept). */
export function cutsOf(cues: readonly { regex: RegExp }[]): (Cut | null)[] {
  if (cues.length === 1) return [cutOf(cues[0].regex)];
  let list = listCuts.get(cues);
  if (list === undefined) listCuts.set(cues, (list = cues.map((c) => cutOf(c.regex))));
  return list;
}

/**
 * Whether `regex` can match `text` at all, by the words its branches need (false means it cannot).
 * For expressions whose capture groups are read: unlike cutDown, nothing is renumbered.
 */
export function mayMatch(regex: RegExp, text: string): boolean {
  if (!enabled) return true;
  const cut = cutOf(regex);
  return cut === null || anyBranchMet(cut, bitsOf(text));
}

/** Whether branch `b` can match: its needs are met, and one of its finer readings is. */
function branchMet(cut: Cut, b: number, met: Uint32Array): boolean {
  if (!listMet(cut.needs, b, met)) return false;
  const alts = cut.alternatives[b];
  if (alts === null) return true;
  for (let a = 0; a < alts.count; a++) if (listMet(alts, a, met)) return true;
  return false;
}

function anyBranchMet(cut: Cut, met: Uint32Array): boolean {
  const any = cut.any;
  if (any >= 0 && (met[any >>> 5] & (1 << (any & 31))) === 0) return false;
  for (let b = 0; b < cut.needs.count; b++) if (branchMet(cut, b, met)) return true;
  return false;
}

/**
 * `regex.test(text)`, or false without running it when `mayMatch` says it cannot match; when it
 * can, run cut down to the branches that can (cutDeep: the same answer, and most of a long list
 * of phrases is not tried at every position). For expressions without the `g` and `y` flags (a
 * skipped test would leave `lastIndex` as it was).
 */
export function testIfMay(regex: RegExp, text: string): boolean {
  const cut = cutDeep(regex, text);
  return cut !== null && cut.test(text);
}

/**
 * `regex.exec(text)`, or null without running it when `mayMatch` says it cannot match; when it
 * can, run cut down as testIfMay is (the same match: an expression with capture groups is never
 * cut). For expressions without the `g` and `y` flags.
 */
export function execIfMay(regex: RegExp, text: string): RegExpExecArray | null {
  const cut = cutDeep(regex, text);
  return cut === null ? null : cut.exec(text);
}

/**
 * `regex` (global) cut down to the branches that can match `text`: the same expression when all
 * can, null when none can. The spans it finds are the same; capture groups of a cut-down
 * expression are numbered afresh (findCues reads only whole matches).
 */
export function cutDown(regex: RegExp, text: string, cut = cutOf(regex)): RegExp | null {
  if (!enabled || cut === null) return regex;
  const met = bitsOf(text);
  const any = cut.any;
  if (any >= 0 && (met[any >>> 5] & (1 << (any & 31))) === 0) return null;
  const branches = cut.needs.count;
  // The branches kept, as a bit mask (one bit a branch) or, past 30 branches, a list ("0,3,4").
  const small = branches <= 30;
  let kept = 0;
  let mask = 0;
  let list = "";
  for (let b = 0; b < branches; b++) {
    if (branchMet(cut, b, met)) {
      kept++;
      if (small) mask |= 1 << b;
      else list = list === "" ? String(b) : list + "," + b;
    }
  }
  if (kept === 0) return null;
  if (kept === branches) return regex;
  const key = small ? mask : list;
  let built = cut.built.get(key);
  if (built === undefined) {
    if (cut.built.size >= MAX_BUILT) return regex;
    const sources: string[] = [];
    for (let b = 0; b < branches; b++)
      if (small ? (mask & (1 << b)) !== 0 : list.split(",").includes(String(b)))
        sources.push(cut.sources[b]);
    built = new RegExp(sources.join("|"), regex.flags);
    cut.built.set(key, built);
  }
  return built;
}

const MAX_DEEP = 64;

// How cutDeep keeps a branch: left out, whole, or (any other number) the alternatives listed.
const LEFT_OUT = -1;
const WHOLE = -2;
const END = -3;

/** One way of cutting an expression (cutDeep), and the expression it gives. */
interface DeepCut {
  /** For each branch LEFT_OUT, WHOLE, or the alternatives kept followed by END. */
  choice: Int32Array;
  regex: RegExp;
}

// The choice of the call under way (the checker is synchronous), grown as needed.
let choice = new Int32Array(256);

/**
 * `regex` cut down to the branches that can match `text`, and each kept branch read finer
 * (needs.ts branchAlternatives) cut down to the branches of its largest group that can: a word
 * list such as `(?<![A-Za-z0-9])(?:phrase|phrase|...)(?![A-Za-z0-9])` keeps only the phrases whose
 * words the text holds. A group tries its branches in order at each position, and a branch whose
 * words are missing fails at every position, so leaving it out changes no match: the same spans,
 * in the same order. The same expression when nothing is left out, null when nothing can match.
 * Expressions with capture groups are never cut (their groups would be numbered afresh): the
 * same expression, or null when mayMatch says it cannot match.
 */
export function cutDeep(regex: RegExp, text: string): RegExp | null {
  const cut = deepCutOf(regex);
  if (!enabled || cut === null) return regex;
  const met = bitsOf(text);
  const any = cut.any;
  if (any >= 0 && (met[any >>> 5] & (1 << (any & 31))) === 0) return null;
  if (cut.captures) return anyBranchMet(cut, met) ? regex : null;
  const needs = cut.needs;
  // The choice made, as numbers (no string is built per call), and its hash to find it by.
  let length = 0;
  let hash = FNV_OFFSET;
  let whole = true;
  let kept = 0;
  for (let b = 0; b < needs.count; b++) {
    const alts = cut.alternatives[b];
    const most = length + (alts === null ? 1 : alts.count + 1);
    if (choice.length < most) {
      const grown = new Int32Array(Math.max(choice.length * 2, most));
      grown.set(choice.subarray(0, length));
      choice = grown;
    }
    const from = length;
    if (!listMet(needs, b, met)) choice[length++] = LEFT_OUT;
    else if (alts === null) choice[length++] = WHOLE;
    else {
      for (let a = 0; a < alts.count; a++) if (listMet(alts, a, met)) choice[length++] = a;
      const n = length - from;
      if (n === 0) choice[length++] = LEFT_OUT;
      else if (n === alts.count) {
        length = from;
        choice[length++] = WHOLE;
      } else choice[length++] = END;
    }
    if (choice[from] === LEFT_OUT) whole = false;
    else {
      kept++;
      if (choice[from] !== WHOLE) whole = false;
    }
    for (let k = from; k < length; k++) hash = Math.imul(hash ^ choice[k], FNV_PRIME);
  }
  if (kept === 0) return null;
  if (whole) return regex;
  let deep = cut.deep;
  if (deep === null) deep = cut.deep = new Map();
  const known = deep.get(hash);
  if (known !== undefined) {
    // Another choice with the same hash (very rare) runs the expression whole: the same matches.
    return sameChoice(known.choice, length) ? known.regex : regex;
  }
  // Past MAX_DEEP ways of cutting one expression, the rarer ones (met later) run it whole:
  // building and compiling an expression costs more than one search saves.
  if (deep.size >= MAX_DEEP) return regex;
  const built = new RegExp(deepSource(cut, choice), regex.flags);
  deep.set(hash, { choice: choice.slice(0, length), regex: built });
  return built;
}

function sameChoice(known: Int32Array, length: number): boolean {
  if (known.length !== length) return false;
  for (let k = 0; k < length; k++) if (known[k] !== choice[k]) return false;
  return true;
}

/** The source of the expression cut down as `choice` (cutDeep) says. */
function deepSource(cut: Cut, choice: Int32Array): string {
  const out: string[] = [];
  let at = 0;
  for (let b = 0; b < cut.sources.length; b++) {
    const first = choice[at++];
    if (first === LEFT_OUT) continue;
    const inner = cut.inner[b];
    if (first === WHOLE || inner === null) {
      out.push(cut.sources[b]);
      continue;
    }
    const src = cut.source;
    const spans = inner.spans;
    const keep: string[] = [];
    for (let a = first; a !== END; a = choice[at++]) keep.push(src.slice(spans[a][0], spans[a][1]));
    out.push(
      src.slice(inner.start, spans[0][0]) +
        keep.join("|") +
        src.slice(spans[spans.length - 1][1], inner.end),
    );
  }
  return out.join("|");
}
