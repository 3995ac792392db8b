// A TextView is a transformed copy of the original text that remembers, for every UTF-16 unit,
// which range of the original it came from. Every finding is located in some view and mapped
// back with `toOriginal`, so offsets always point at the words the author actually typed.
//
// Views are built on every check, so this file is written for speed: offsets live in typed
// arrays, an untouched view is the identity (no arrays at all), and steps that change nothing
// return their input.

export interface TextView {
  readonly text: string;
  readonly original: string;
  /** Map a [start, end) range of this view to the original text. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

export class MappedView implements TextView {
  constructor(
    readonly text: string,
    readonly original: string,
    /** Original start of each unit; null when the view is the original itself. */
    readonly starts: Int32Array | null,
    /** Original end (exclusive) of each unit. */
    readonly ends: Int32Array | null,
  ) {}

  /** The same mapping under a text of the same length (e.g. lower-cased). */
  withText(text: string): MappedView {
    return new MappedView(text, this.original, this.starts, this.ends);
  }

  startAt(i: number): number {
    return this.starts === null ? i : this.starts[i];
  }

  endAt(i: number): number {
    return this.ends === null ? i + 1 : this.ends[i];
  }

  toOriginal(start: number, end: number): { start: number; end: number } {
    const n = this.text.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = start < 0 ? 0 : start >= n ? n - 1 : start;
    if (end <= start) {
      // An empty range maps to an empty range at the same place.
      const at = start >= n ? this.endAt(n - 1) : this.startAt(s);
      return { start: at, end: at };
    }
    const e = end > n ? n : end;
    const os = this.startAt(s);
    const oe = this.endAt(e - 1);
    return { start: os, end: oe < os ? os : oe };
  }
}

/** The view of an untouched string: offsets map to themselves. */
export function identityView(original: string): TextView {
  return new MappedView(original, original, null, null);
}

export function asMapped(view: TextView): MappedView {
  if (view instanceof MappedView) return view;
  // Views from elsewhere (tests, callers) are wrapped by sampling their mapping once.
  const n = view.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = view.toOriginal(i, i + 1);
    starts[i] = r.start;
    ends[i] = r.end;
  }
  return new MappedView(view.text, view.original, starts, ends);
}

/**
 * Builds a view one piece at a time. Each unit records the original range it stands for,
 * so steps compose: a step reads a view and writes a new one whose ranges point at the original.
 */
export class ViewBuilder {
  private readonly source: MappedView;
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(source: TextView) {
    this.source = asMapped(source);
    const capacity = source.text.length + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Append `out` standing, as a whole, for source-view range [from, to). */
  push(out: string, from: number, to: number): void {
    if (out.length === 0) return;
    const src = this.source;
    const n = src.text.length;
    const os = from < n ? src.startAt(from) : src.endAt(n - 1);
    const oe = to > from ? src.endAt(Math.min(to, n) - 1) : os;
    this.reserve(out.length);
    this.parts.push(out);
    for (let k = 0; k < out.length; k++) {
      this.starts[this.length] = os;
      this.ends[this.length] = oe;
      this.length++;
    }
  }

  /** Append source-view units [from, to) unchanged, each keeping its own mapping. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const src = this.source;
    this.reserve(to - from);
    this.parts.push(src.text.slice(from, to));
    const starts = this.starts;
    const ends = this.ends;
    let at = this.length;
    if (src.starts === null || src.ends === null) {
      // The source is the original: each unit stands for itself.
      for (let i = from; i < to; i++, at++) {
        starts[at] = i;
        ends[at] = i + 1;
      }
    } else {
      const srcStarts = src.starts;
      const srcEnds = src.ends;
      for (let i = from; i < to; i++, at++) {
        starts[at] = srcStarts[i];
        ends[at] = srcEnds[i];
      }
    }
    this.length = at;
  }

  build(): TextView {
    return new MappedView(
      this.parts.join(""),
      this.source.original,
      this.starts.subarray(0, this.length),
      this.ends.subarray(0, this.length),
    );
  }
}

/**
 * Rewrite every match of `regex` (global) through `rewrite`, which pushes the replacement units
 * with their source ranges; text between matches is copied through unchanged. Returns the
 * source itself when nothing matched.
 */
export function rewriteMatches(
  source: TextView,
  regex: RegExp,
  rewrite: (match: RegExpExecArray, out: ViewBuilder) => void,
  /** Whether a match would change anything; unchanged matches cost no copy of the view. */
  changes?: (match: RegExpExecArray) => boolean,
): TextView {
  const { text } = source;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (changes && !changes(m)) continue;
    builder ??= new ViewBuilder(source);
    builder.copy(copied, m.index);
    rewrite(m, builder);
    copied = m.index + m[0].length;
  }
  if (!builder) return source;
  builder.copy(copied, text.length);
  return builder.build();
}

/** Keep only the characters of each match that pass `keep` (e.g. drop the spaces in "f u c k"). */
export function keepWithinMatches(
  source: TextView,
  regex: RegExp,
  keep: (ch: string) => boolean,
): TextView {
  return rewriteMatches(source, regex, (m, out) => {
    for (let j = 0; j < m[0].length; j++) {
      if (keep(m[0][j])) out.push(m[0][j], m.index + j, m.index + j + 1);
    }
  });
}

/**
 * Replace code points through `transform`, visiting only those `candidates` matches (a global
 * regex of the code points worth looking at), so plain text costs one regex scan.
 */
export function mapCodePoints(
  source: TextView,
  candidates: RegExp,
  transform: (codePoint: string) => string,
): TextView {
  // The transform is run once per candidate: `changes` stores its answer for `rewrite` to use.
  let replaced = "";
  return rewriteMatches(
    source,
    candidates,
    (m, out) => out.push(replaced, m.index, m.index + m[0].length),
    (m) => (replaced = transform(m[0])) !== m[0],
  );
}
