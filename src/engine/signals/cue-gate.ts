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

export interface Cut {
  /** The top-level branches' sources. */
  sources: string[];
  /**
   * For each branch, its alternatives (needs.ts branchAlternatives): the clauses each needs (all
   * must be met), one alternative met being enough; null: an alternative needs nothing readable.
   */
  needs: (Int32Array | null)[][];
  /** Cut-down expressions by the branches kept (a bit mask, or "0,3,4" past 30 branches). */
  built: Map<number | string, RegExp>;
}

const MAX_BUILT = 16;
const cuts = new WeakMap<RegExp, Cut | null>();
const seen: RegExp[] = [];

/** Every expression read so far (for the soundness test). */
export const seenCueExpressions = (): readonly RegExp[] => seen;

function cutOf(regex: RegExp): Cut | null {
  let cut = cuts.get(regex);
  if (cut !== undefined) return cut;
  const read = branchNeeds(regex);
  seen.push(regex);
  cut = null;
  // Worth it only if some branch needs something: else every branch always stays.
  if (read && read.alternatives.some((alts) => alts.every((n) => n.length > 0))) {
    cut = {
      sources: read.sources,
      needs: read.alternatives.map((alts) =>
        alts.map((n) => (n.length > 0 ? Int32Array.from(n.map(clauseId)) : null)),
      ),
      built: new Map(),
    };
  }
  cuts.set(regex, cut);
  return cut;
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

/** Whether one of a branch's alternatives has all its clauses in `met`. */
function branchMet(alts: (Int32Array | null)[], met: Uint32Array): boolean {
  for (let a = 0; a < alts.length; a++) {
    const need = alts[a];
    if (need === null) return true;
    let ok = true;
    for (let k = 0; k < need.length && ok; k++)
      ok = (met[need[k] >>> 5] & (1 << (need[k] & 31))) !== 0;
    if (ok) return true;
  }
  return false;
}

function anyBranchMet(cut: Cut, met: Uint32Array): boolean {
  const needs = cut.needs;
  for (let b = 0; b < needs.length; b++) if (branchMet(needs[b], met)) return true;
  return false;
}

/** `regex.exec(text)`, or null without running it when `mayMatch` says it cannot match. */
export function execIfMay(regex: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(regex, text) ? regex.exec(text) : null;
}

/**
 * `regex` (global) cut down to the branches that can match `text`: the same expression when all
 * can, null when none can. The spans it finds are the same; capture groups of a cut-down
 * expression are numbered afresh (findCues reads only whole matches).
 */
export function cutDown(regex: RegExp, text: string, cut = cutOf(regex)): RegExp | null {
  if (!enabled || cut === null) return regex;
  const met = bitsOf(text);
  const needs = cut.needs;
  // The branches kept, as a bit mask (one bit a branch) or, past 30 branches, a list ("0,3,4").
  const small = needs.length <= 30;
  let kept = 0;
  let mask = 0;
  let list = "";
  for (let b = 0; b < needs.length; b++) {
    if (branchMet(needs[b], met)) {
      kept++;
      if (small) mask |= 1 << b;
      else list = list === "" ? String(b) : list + "," + b;
    }
  }
  if (kept === 0) return null;
  if (kept === needs.length) return regex;
  const key = small ? mask : list;
  let built = cut.built.get(key);
  if (built === undefined) {
    if (cut.built.size >= MAX_BUILT) return regex;
    const sources: string[] = [];
    for (let b = 0; b < needs.length; b++)
      if (small ? (mask & (1 << b)) !== 0 : list.split(",").includes(String(b)))
        sources.push(cut.sources[b]);
    built = new RegExp(sources.join("|"), regex.flags);
    cut.built.set(key, built);
  }
  return built;
}
