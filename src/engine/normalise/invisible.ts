// Zero-width joiners, soft hyphens, bidi controls, variation selectors and other control
// characters are invisible to a reader but split words for a matcher ("f\u200Buck"), so they go.
import { rewriteMatches, type TextView } from "./text-view.js";

// These code points are exactly what we strip, so the lint rules against them do not apply.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]+/gu;

export function removeInvisible(view: TextView): TextView {
  return rewriteMatches(view, INVISIBLE, () => {});
}
