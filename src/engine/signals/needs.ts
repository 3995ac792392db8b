// What a regular expression cannot match without: for each branch of its top-level alternation,
// the words a matching text must hold, read from the expression's source at load time (never
// from posts). A branch whose words are missing cannot match anywhere in the text, so it can be
// left out of the search without changing a single match: alternation tries branches in order at
// each position, and a branch that fails everywhere never wins anywhere.
//
// Words are runs of A-Z a-z 0-9 (ASCII letters lower-cased), as rules/gate.ts reads them. A
// literal run in the pattern is a whole word when what comes before and after it can only be a
// non-word character (`\b`, `\s`, a space or other punctuation, `^`, `$`, the edge of a literal),
// and a prefix ("under*" for `\bunder-?\s?staffed`) when only its start is so bounded. Anything
// the reader does not understand, or cannot bound, adds no word: the branch then needs less, which
// can only let it run when it need not. Expressions with the `u` and `i` flags together are not
// read (the Kelvin sign and long s match k and s there).

/** A word the text must hold: whole, or (`prefix`) as the start of a word. */
export interface NeedWord {
  text: string;
  prefix: boolean;
}
/** Any one of the words will do. */
export type Clause = NeedWord[];
/** Every clause must be met. An empty list: the branch needs nothing that can be read. */
export type BranchNeeds = Clause[];

// --- Parsing -------------------------------------------------------------------------------------

interface CharNode {
  t: "char";
  /** The lower-cased characters it can be, when there are only a few (null: too many to list). */
  chars: string[] | null;
  /** Whether it can be an ASCII letter or digit. */
  alnum: boolean;
  /** Whether it can be every ASCII letter and digit (`\w`, `[A-Za-z0-9]`). */
  allAlnum?: boolean;
}
interface GroupNode {
  t: "group";
  branches: Node[][];
  /** Where each branch lies in the source (start, end). */
  spans: [number, number][];
}
interface RepeatNode {
  t: "repeat";
  node: Node;
  min: number;
  max: number;
}
/**
 * Zero-width: `\b`, `^`, `$`, `\B`, look-arounds (whose contents are not read). A negative
 * look-behind or look-ahead at one class holding every ASCII letter and digit
 * (`(?<![A-Za-z0-9])`, `(?!\w)`) says that the unit before ("lb") or after ("rb") is no letter or
 * digit, or the edge of the text: a word edge on that side, as `\b` is before or after a word.
 */
interface AssertNode {
  t: "assert";
  kind: "b" | "^" | "$" | "lb" | "rb" | "other";
}
/** A back-reference: matches what an earlier group did, so nothing is known about it. */
interface AnyNode {
  t: "any";
}
type Node = CharNode | GroupNode | RepeatNode | AssertNode | AnyNode;

const isAlnum = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const lowerChar = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

const MAX_CLASS_CHARS = 6;

class Parser {
  i = 0;
  /** Whether the source refers back to a group (then its branches cannot be taken apart). */
  backref = false;
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
  ) {}

  fail(why: string): never {
    throw new Error(`needs: ${why} at ${this.i} in /${this.src}/`);
  }

  alternation(): Node[][] {
    const branches: Node[][] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      let atom = this.atom();
      atom = this.quantified(atom);
      out.push(atom);
    }
    return out;
  }

  quantified(atom: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal "{" (not in these patterns, but legal without `u`)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === "?") this.i++; // lazy: same strings, other order
    // A quantified assertion is still zero-width; one that may be skipped promises nothing.
    if (atom.t === "assert") return min === 0 ? { t: "assert", kind: "other" } : atom;
    return this.quantified({ t: "repeat", node: atom, min, max });
  }

  atom(): Node {
    const s = this.src;
    const c = s[this.i];
    if (c === "(") {
      this.i++;
      let look = false;
      let m: RegExpExecArray | null = null;
      if (s[this.i] === "?") {
        m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i));
        if (!m) this.fail("unknown group");
        look = m[0] === "?=" || m[0] === "?!" || m[0] === "?<=" || m[0] === "?<!";
        this.i += m[0].length;
      }
      const spans: [number, number][] = [];
      let from = this.i;
      const branches: Node[][] = [this.sequence()];
      spans.push([from, this.i]);
      while (s[this.i] === "|") {
        from = ++this.i;
        branches.push(this.sequence());
        spans.push([from, this.i]);
      }
      if (s[this.i] !== ")") this.fail("unclosed group");
      this.i++;
      if (!look) return { t: "group", branches, spans };
      const only = branches.length === 1 && branches[0].length === 1 ? branches[0][0] : null;
      if (only !== null && only.t === "char" && only.allAlnum === true) {
        if (m![0] === "?<!") return { t: "assert", kind: "lb" };
        if (m![0] === "?!") return { t: "assert", kind: "rb" };
      }
      return { t: "assert", kind: "other" };
    }
    if (c === "[") return this.charClass();
    if (c === ".") {
      this.i++;
      return { t: "char", chars: null, alnum: true };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { t: "assert", kind: c };
    }
    if (c === "\\") return this.escape();
    if (c === ")" || c === "|") this.fail("unexpected");
    this.i++;
    return this.literal(c.charCodeAt(0));
  }

  literal(code: number): CharNode {
    return { t: "char", chars: [String.fromCharCode(lowerChar(code))], alnum: isAlnum(code) };
  }

  escape(): Node {
    const s = this.src;
    this.i++;
    const c = s[this.i++];
    if (c === undefined) this.fail("trailing backslash");
    if (c === "b") return { t: "assert", kind: "b" };
    if (c === "B") return { t: "assert", kind: "other" };
    if (/[1-9]/.test(c) || c === "k") {
      this.backref = true;
      if (c === "k") {
        const m = /^<[^>]+>/.exec(s.slice(this.i));
        if (m) this.i += m[0].length;
      } else while (/[0-9]/.test(s[this.i] ?? "")) this.i++;
      return { t: "any" };
    }
    const cls = this.classEscape(c);
    if (cls) return cls;
    return this.literal(this.escapedCode(c));
  }

  /** `\d \w \s` and their negations, as a class node. */
  classEscape(c: string): CharNode | null {
    if (c === "w") return { t: "char", chars: null, alnum: true, allAlnum: true };
    if (c === "d") return { t: "char", chars: null, alnum: true };
    if (c === "s") return { t: "char", chars: null, alnum: false };
    if (c === "D" || c === "W" || c === "S") return { t: "char", chars: null, alnum: c !== "W" };
    return null;
  }

  /** The character an escape (after the backslash, `c` already read) stands for. */
  escapedCode(c: string): number {
    const s = this.src;
    switch (c) {
      case "n":
        return 10;
      case "t":
        return 9;
      case "r":
        return 13;
      case "f":
        return 12;
      case "v":
        return 11;
      case "0":
        return 0;
      case "c": {
        const l = s.charCodeAt(this.i++);
        return l % 32;
      }
      case "x": {
        const h = s.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return c.charCodeAt(0);
        this.i += 2;
        return parseInt(h, 16);
      }
      case "u": {
        if (s[this.i] === "{") {
          const end = s.indexOf("}", this.i);
          const code = parseInt(s.slice(this.i + 1, end), 16);
          this.i = end + 1;
          // Astral characters are never letters or digits of a word: one non-word stand-in does.
          return code > 0xffff ? 0xfffd : code;
        }
        const h = s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) return c.charCodeAt(0);
        this.i += 4;
        return parseInt(h, 16);
      }
      case "p":
      case "P":
        this.fail("unicode property");
      // falls through (fail throws)
      default:
        return c.charCodeAt(0);
    }
  }

  charClass(): CharNode {
    const s = this.src;
    this.i++;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    // Which ASCII characters are in the class; anything beyond ASCII is a non-word character.
    const ascii = new Uint8Array(128);
    let big = false; // holds \w, \d, \s, \W... or a range too long to list
    const members = new Set<number>();
    const addCode = (code: number) => {
      if (code < 128) ascii[code] = 1;
      members.add(code);
    };
    while (s[this.i] !== "]") {
      if (this.i >= s.length) this.fail("unclosed class");
      let from: number;
      if (s[this.i] === "\\") {
        this.i++;
        const e = s[this.i++];
        if (e === "d" || e === "w" || e === "s" || e === "D" || e === "W" || e === "S") {
          big = true;
          for (let k = 0; k < 128; k++) {
            const digit = k >= 48 && k <= 57;
            const word = isAlnum(k) || k === 95;
            const space = k === 32 || (k >= 9 && k <= 13);
            const inIt =
              e === "d"
                ? digit
                : e === "D"
                  ? !digit
                  : e === "w"
                    ? word
                    : e === "W"
                      ? !word
                      : e === "s"
                        ? space
                        : !space;
            if (inIt) ascii[k] = 1;
          }
          continue;
        }
        from = e === "b" ? 8 : e === "-" ? 45 : this.escapedCode(e);
      } else {
        from = s.charCodeAt(this.i++);
      }
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length) {
        this.i++;
        let to: number;
        if (s[this.i] === "\\") {
          this.i++;
          to = this.escapedCode(s[this.i++]);
        } else to = s.charCodeAt(this.i++);
        if (to - from > MAX_CLASS_CHARS * 2) big = true;
        for (let k = from; k <= to && k < 128; k++) ascii[k] = 1;
        if (!big) for (let k = from; k <= to; k++) members.add(k);
        continue;
      }
      addCode(from);
    }
    this.i++;
    if (this.ignoreCase)
      for (let k = 65; k <= 90; k++) if (ascii[k] || ascii[k + 32]) ascii[k] = ascii[k + 32] = 1;
    let alnum = false;
    let allAlnum = true;
    for (let k = 0; k < 128; k++) {
      if (!isAlnum(k)) continue;
      if (negated ? !ascii[k] : ascii[k]) alnum = true;
      else allAlnum = false;
    }
    if (negated || big) return { t: "char", chars: null, alnum, allAlnum };
    const lowered = [...new Set([...members].map((k) => String.fromCharCode(lowerChar(k))))];
    return {
      t: "char",
      chars: lowered.length <= MAX_CLASS_CHARS ? lowered : null,
      alnum,
      allAlnum,
    };
  }
}

// --- Reading what a node needs -------------------------------------------------------------------

const MAX_STRINGS = 64;
const PREFIX = 4;

/** The strings a node can match when they are few and fixed (lower-cased), else null. */
function strings(node: Node): string[] | null {
  switch (node.t) {
    case "char":
      return node.chars;
    case "assert":
    case "any":
      return null;
    case "group": {
      const out = new Set<string>();
      for (const b of node.branches) {
        const bs = seqStrings(b);
        if (bs === null) return null;
        for (const x of bs) out.add(x);
        if (out.size > MAX_STRINGS) return null;
      }
      return [...out];
    }
    case "repeat": {
      if (node.max === Infinity || node.max > 4) return null;
      const inner = strings(node.node);
      if (inner === null) return null;
      let acc = new Set<string>([""]);
      const out = new Set<string>(node.min === 0 ? [""] : []);
      for (let k = 1; k <= node.max; k++) {
        const next = new Set<string>();
        for (const a of acc) for (const b of inner) next.add(a + b);
        if (next.size > MAX_STRINGS) return null;
        acc = next;
        if (k >= node.min) for (const x of acc) out.add(x);
      }
      return out.size > MAX_STRINGS ? null : [...out];
    }
  }
}

function seqStrings(seq: Node[]): string[] | null {
  let acc: string[] = [""];
  for (const n of seq) {
    const s = strings(n);
    if (s === null) return null;
    const next = new Set<string>();
    for (const a of acc) for (const b of s) next.add(a + b);
    if (next.size > MAX_STRINGS) return null;
    acc = [...next];
  }
  return acc;
}

/** Whether the node always consumes at least one character. */
function nonEmpty(node: Node): boolean {
  switch (node.t) {
    case "char":
      return true;
    case "assert":
    case "any":
      return false;
    case "group":
      return node.branches.every((b) => b.some(nonEmpty));
    case "repeat":
      return node.min >= 1 && nonEmpty(node.node);
  }
}

/**
 * Whether every non-empty match of the node ends (`last`) or starts (`!last`) with a character that
 * is not an ASCII letter or digit. Empty matches are the caller's to handle.
 */
function edgeNonWord(node: Node, last: boolean): boolean {
  switch (node.t) {
    case "char":
      return !node.alnum;
    case "assert":
      return true; // consumes nothing: no character to be a letter
    case "any":
      return false;
    case "group":
      return node.branches.every((b) => seqEdgeNonWord(b, last, false));
    case "repeat":
      return edgeNonWord(node.node, last);
  }
}

/** Like edgeNonWord for a sequence; `ifEmpty` answers when the whole sequence can be empty. */
function seqEdgeNonWord(seq: Node[], last: boolean, ifEmpty: boolean): boolean {
  const order = last ? [...seq].reverse() : seq;
  for (const n of order) {
    if (n.t === "assert") continue;
    if (!edgeNonWord(n, last)) return false;
    if (nonEmpty(n)) return true;
  }
  return ifEmpty;
}

/**
 * Whether the character just before item `i` of `seq` (or after it, with `after`) can only be a
 * non-word character or the edge of the text. `outer` answers for the edge of the sequence.
 */
function bounded(seq: Node[], i: number, after: boolean, outer: boolean): boolean {
  const step = after ? 1 : -1;
  for (let j = i + step; j >= 0 && j < seq.length; j += step) {
    const n = seq[j];
    if (n.t === "assert") {
      if (n.kind === "b" || n.kind === (after ? "$" : "^") || n.kind === (after ? "rb" : "lb"))
        return true;
      continue; // look-arounds and \B consume nothing
    }
    if (!edgeNonWord(n, !after)) return false;
    if (nonEmpty(n)) return true;
  }
  return outer;
}

// Words in almost every post: a clause of them rules nothing out, so another word of the same
// string is taken when there is one ("his bum" is read as "bum"). Any word a string holds is a
// sound choice; this only picks the more telling one.
const COMMON = new Set(
  `a an the and or but if of to in on at by for with from up out off over into as is are was were
  be been being am i im me my we our us you your he him his she her they them their it its this
  that these those there here what who when where which how not no so do does did have has had
  will would can could should just all any some one get got go going s t ll re ve d m don nt`.split(
    /\s+/,
  ),
);

function rank(w: NeedWord): number {
  // Whole words are rarer than prefixes, unless they are common; longer is rarer than shorter.
  return (w.prefix || COMMON.has(w.text) ? 0 : 100) + w.text.length;
}

/** The best word one matched string is sure to put in the text, or null. */
function wordOf(s: string, left: boolean, right: boolean): NeedWord | null {
  let best: NeedWord | null = null;
  let k = 0;
  while (k < s.length) {
    if (!isAlnum(s.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < s.length && isAlnum(s.charCodeAt(k))) k++;
    const leftOk = start > 0 || left;
    const rightOk = k < s.length || right;
    if (!leftOk || s.length === 0) continue;
    const w: NeedWord = { text: s.slice(start, k), prefix: !rightOk };
    // Prefixes are cut to their first four letters, so the scan hashes one prefix a word (a
    // shorter prefix is still one the text must hold); shorter ones are in too many posts to count.
    if (w.prefix && w.text.length > PREFIX) w.text = w.text.slice(0, PREFIX);
    if (w.prefix && w.text.length < PREFIX) continue;
    if (!best || rank(w) > rank(best)) best = w;
  }
  return best;
}

function clauseOfStrings(ss: string[], left: boolean, right: boolean): Clause | null {
  const out: Clause = [];
  for (const s of ss) {
    const w = wordOf(s, left, right);
    if (!w) return null;
    if (!out.some((o) => o.text === w.text && o.prefix === w.prefix)) out.push(w);
  }
  return out;
}

/** The clauses a sequence needs, every one of them met by any text it matches. */
function seqNeeds(seq: Node[], left: boolean, right: boolean): Clause[] {
  const clauses: Clause[] = [];
  let i = 0;
  while (i < seq.length) {
    // A run of items with few fixed strings is read as one: "fak" + "e|ed|es|ing" → four words.
    let j = i;
    let acc: string[] | null = null;
    while (j < seq.length) {
      const s = strings(seq[j]);
      if (s === null) break;
      const base: string[] = acc ?? [""];
      const next = new Set<string>();
      for (const a of base) for (const b of s) next.add(a + b);
      if (next.size > MAX_STRINGS) break;
      acc = [...next];
      j++;
    }
    if (acc !== null) {
      const c = clauseOfStrings(
        acc,
        bounded(seq, i, false, left),
        bounded(seq, j - 1, true, right),
      );
      if (c) clauses.push(c);
      i = j;
      continue;
    }
    const n = seq[i];
    const l = bounded(seq, i, false, left);
    const r = bounded(seq, i, true, right);
    const c = nodeNeeds(n, l, r);
    if (c) clauses.push(c);
    i++;
  }
  return clauses;
}

/** One clause a node needs (the union of its branches' best), or null. */
function nodeNeeds(node: Node, left: boolean, right: boolean): Clause | null {
  if (node.t === "group") {
    const out: Clause = [];
    for (const b of node.branches) {
      const cs = seqNeeds(b, left, right);
      if (cs.length === 0) return null;
      const best = cs.reduce((a, c) => (score(c) > score(a) ? c : a));
      for (const w of best)
        if (!out.some((o) => o.text === w.text && o.prefix === w.prefix)) out.push(w);
    }
    return out;
  }
  if (node.t === "repeat" && node.min >= 1) {
    // Between repeats, the inner item's own edges stand before and after it.
    const inner = node.node;
    const l = node.max > 1 ? left && edgeNonWord(inner, true) : left;
    const r = node.max > 1 ? right && edgeNonWord(inner, false) : right;
    const s = strings(inner);
    if (s !== null) return clauseOfStrings(s, l, r);
    return nodeNeeds(inner, l, r);
  }
  return null;
}

/** How selective a clause is: few, long, whole words are best. */
function score(c: Clause): number {
  let worst = Infinity;
  for (const w of c) worst = Math.min(worst, rank(w));
  return worst - c.length * 2;
}

const MAX_ALTERNATIVES = 256;

/**
 * What a branch needs as alternatives, any one of which a match meets: the branch read once for
 * each branch of its largest group (what that branch needs, with what the rest of the branch
 * needs), as the group can only match by one of them. `(?:a|b)\s+c` needs "a + c" or "b + c", where read as a whole it needs
 * only "a b + c": so a post with "a" and "b" but no "c" is ruled out either way, but so is a post
 * with "b" alone when "b" comes only with "d" (`(?:a\s+c|b\s+d)`). A branch without such a group
 * has its one reading. The largest group only, and not past MAX_ALTERNATIVES branches.
 */
function branchAlternatives(
  seq: Node[],
  whole: BranchNeeds,
): { alternatives: BranchNeeds[]; group: GroupNode | null } {
  // (with the group it was read by: null when the branch has its one reading)
  let at = -1;
  for (let k = 0; k < seq.length; k++) {
    const n = seq[k];
    if (n.t !== "group" || n.branches.length < 2) continue;
    if (at < 0 || n.branches.length > (seq[at] as GroupNode).branches.length) at = k;
  }
  if (at < 0) return { alternatives: [whole], group: null };
  const group = seq[at] as GroupNode;
  if (group.branches.length > MAX_ALTERNATIVES) return { alternatives: [whole], group: null };
  // What comes before and after the group is read once, on its own (its edge by the group
  // counted as unbounded, which can only give fewer words); each branch of the group is read
  // with the group's own edges.
  const before = seqNeeds(seq.slice(0, at), false, false);
  const after = seqNeeds(seq.slice(at + 1), false, false);
  const left = bounded(seq, at, false, false);
  const right = bounded(seq, at, true, false);
  return {
    alternatives: group.branches.map((b) => [...before, ...seqNeeds(b, left, right), ...after]),
    group,
  };
}

/**
 * The top-level branches of `regex` (their sources) and what each needs, or null when the
 * expression cannot be read (then it must always run). `alternatives` reads each branch finer:
 * a list of needs, any one of which every match of the branch meets (branchAlternatives).
 */
export function branchNeeds(regex: RegExp): {
  sources: string[];
  needs: BranchNeeds[];
  alternatives: BranchNeeds[][];
  /**
   * For each branch read finer, where it lies in the source and where each branch of the group
   * it was read by lies (as many as its alternatives); null when it has its one reading.
   */
  inner: ({ start: number; end: number; spans: [number, number][] } | null)[];
} | null {
  if (regex.unicode && regex.ignoreCase) return null;
  if (regex.flags.includes("v")) return null;
  let branches: Node[][];
  const parser = new Parser(regex.source, regex.ignoreCase);
  try {
    branches = parser.alternation();
    if (parser.i !== regex.source.length || parser.backref) return null;
  } catch {
    return null;
  }
  // Split the source at the same top-level bars.
  const sources: string[] = [];
  const bounds: [number, number][] = [];
  const src = regex.source;
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") {
      k++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      sources.push(src.slice(from, k));
      bounds.push([from, k]);
      from = k + 1;
    }
  }
  sources.push(src.slice(from));
  bounds.push([from, src.length]);
  if (sources.length !== branches.length) return null;
  const needs = branches.map((b) => seqNeeds(b, false, false));
  const readings = branches.map((b, k) => branchAlternatives(b, needs[k]));
  return {
    sources,
    needs,
    alternatives: readings.map((r) => r.alternatives),
    inner: readings.map((r, k) =>
      r.group === null ? null : { start: bounds[k][0], end: bounds[k][1], spans: r.group.spans },
    ),
  };
}

/** The words of a branch's needs as a rules/gate.ts alternative ("a b + c*"), or null if none. */
export function gateText(needs: BranchNeeds): string | null {
  if (needs.length === 0) return null;
  return needs.map((c) => c.map((w) => (w.prefix ? w.text + "*" : w.text)).join(" ")).join(" + ");
}
