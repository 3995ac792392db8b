// Zero-width joiners, soft hyphens, bidi controls, variation selectors and other control
// characters are invisible to a reader but split words for a matcher ("f\u200Buck"), so they go.
import { ViewBuilder, type TextView } from "./text-view.js";

// These code points are exactly what we strip, so the lint rules against them do not apply.
// The definition of the set; `invisibleAt` below is the same set as a loop over UTF-16 units
// (checked against this expression in normalise.test.ts).
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]+/gu;

/** How many UTF-16 units of an invisible code point start at `i` (0 when the unit there is visible). */
export function invisibleAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xa0) {
    if (c < 0x20) return c === 9 || c === 10 || c === 13 ? 0 : 1;
    return c >= 0x7f ? 1 : 0;
  }
  if (c < 0x2000) {
    return c === 0xad ||
      c === 0x34f ||
      c === 0x61c ||
      c === 0x115f ||
      c === 0x1160 ||
      c === 0x17b4 ||
      c === 0x17b5 ||
      (c >= 0x180b && c <= 0x180f)
      ? 1
      : 0;
  }
  if (c < 0x2100)
    return (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x206f)
      ? 1
      : 0;
  if (c < 0x3164) return 0;
  if (c === 0x3164) return 1;
  if (c === 0xdb40) {
    // Tags (U+E0000..E007F) and variation selectors supplement (U+E0100..E01EF).
    const d = text.charCodeAt(i + 1);
    return (d >= 0xdc00 && d <= 0xdc7f) || (d >= 0xdd00 && d <= 0xddef) ? 2 : 0;
  }
  if (c < 0xfe00) return 0;
  return c <= 0xfe0f || c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfffb) ? 1 : 0;
}

export function removeInvisible(view: TextView): TextView {
  // One loop over the units, no regular expression: most posts have nothing to remove.
  const text = view.text;
  const n = text.length;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      i++;
      continue;
    }
    const k = invisibleAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    builder ??= new ViewBuilder(view);
    builder.copy(copied, i);
    i += k;
    copied = i;
  }
  if (!builder) return view;
  builder.copy(copied, n);
  return builder.build();
}
