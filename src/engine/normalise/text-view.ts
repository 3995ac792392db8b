// A TextView is a transformed copy of the original text that remembers, for every UTF-16 unit,
// which range of the original it came from. Every finding is located in some view and mapped
// back with `toOriginal`, so offsets always point at the words the author actually typed.

export interface TextView {
  readonly text: string;
  readonly original: string;
  /** Map a [start, end) range of this view to the original text. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** The view of an untouched string: offsets map to themselves. */
export function identityView(original: string): TextView {
  return {
    text: original,
    original,
    toOriginal: (start, end) => ({ start, end }),
  };
}

/**
 * Builds a view one output unit at a time. Each unit records the original range it stands for,
 * so steps compose: a step reads a view and writes a new one whose ranges point at the original.
 */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly source: TextView) {}

  /** Append `out` standing for source-view range [from, to). */
  push(out: string, from: number, to: number): void {
    if (out.length === 0) return;
    const { start, end } = this.source.toOriginal(from, to);
    this.parts.push(out);
    for (let i = 0; i < out.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  build(): TextView {
    const text = this.parts.join("");
    const starts = Int32Array.from(this.starts);
    const ends = Int32Array.from(this.ends);
    const original = this.source.original;
    return {
      text,
      original,
      toOriginal(start, end) {
        if (text.length === 0) return { start: 0, end: 0 };
        const s = Math.max(0, Math.min(start, text.length - 1));
        const e = Math.max(s + 1, Math.min(end, text.length));
        return { start: starts[s], end: Math.max(starts[s], ends[e - 1]) };
      },
    };
  }
}

/** Apply `step` only if it would change something; otherwise keep the (cheaper) source view. */
export function mapCodePoints(
  source: TextView,
  transform: (codePoint: string, index: number) => string,
): TextView {
  const { text } = source;
  let builder: ViewBuilder | null = null;
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i];
    const out = transform(ch, i);
    if (out !== ch) {
      builder ??= new ViewBuilder(source);
      for (let j = copiedUpTo; j < i; j++) builder.push(text[j], j, j + 1);
      builder.push(out, i, i + width);
      copiedUpTo = i + width;
    }
    i += width;
  }
  if (!builder) return source;
  for (let j = copiedUpTo; j < text.length; j++) builder.push(text[j], j, j + 1);
  return builder.build();
}

/**
 * Rewrite every match of `regex` (global) through `rewrite`, which pushes the replacement units
 * with their source ranges; text between matches is copied through unchanged.
 */
export function rewriteMatches(
  source: TextView,
  regex: RegExp,
  rewrite: (match: RegExpExecArray, out: ViewBuilder) => void,
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
    builder ??= new ViewBuilder(source);
    for (let j = copied; j < m.index; j++) builder.push(text[j], j, j + 1);
    rewrite(m, builder);
    copied = m.index + m[0].length;
  }
  if (!builder) return source;
  for (let j = copied; j < text.length; j++) builder.push(text[j], j, j + 1);
  return builder.build();
}

/** Keep only the characters of each match that pass `keep` (e.g. drop the spaces in "f u c k"). */
export function keepWithinMatches(source: TextView, regex: RegExp, keep: (ch: string) => boolean): TextView {
  return rewriteMatches(source, regex, (m, out) => {
    for (let j = 0; j < m[0].length; j++) {
      if (keep(m[0][j])) out.push(m[0][j], m.index + j, m.index + j + 1);
    }
  });
}
