// Look-alike letters from other scripts ("Сunt" with a Cyrillic С, "ηigger" with a Greek η)
// are folded to the Latin letter they imitate. A subset of Unicode's confusables.txt, limited
// to letters that pass for Latin in ordinary fonts.
import { ViewBuilder, type TextView } from "./text-view.js";

export const PAIRS: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  А: "A",
  В: "B",
  Е: "E",
  Ё: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  Ѕ: "S",
  І: "I",
  Ї: "I",
  Ј: "J",
  Һ: "H",
  Ԁ: "D",
  Ԛ: "Q",
  Ԝ: "W",
  ь: "b",
  п: "n",
  г: "r",
  и: "u",
  л: "n",
  д: "d",
  ш: "w",
  ч: "y",
  // Greek
  α: "a",
  β: "b",
  γ: "y",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  σ: "o",
  ς: "s",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  μ: "u",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  // Latin variants and small capitals used as letters
  ı: "i",
  ȷ: "j",
  ł: "l",
  ø: "o",
  Ø: "O",
  đ: "d",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ʀ: "r",
  ᴀ: "a",
  ʙ: "b",
  ᴄ: "c",
  ᴅ: "d",
  ᴇ: "e",
  ғ: "f",
  ɢ: "g",
  ʜ: "h",
  ɪ: "i",
  ᴊ: "j",
  ᴋ: "k",
  ʟ: "l",
  ᴍ: "m",
  ɴ: "n",
  ᴏ: "o",
  ᴘ: "p",
  ꞯ: "q",
  ꜱ: "s",
  ᴛ: "t",
  ᴜ: "u",
  ᴠ: "v",
  ᴡ: "w",
  ʏ: "y",
  ᴢ: "z",
};

// The same pairs by UTF-16 unit (every key is one unit, none a surrogate): one loop over the
// text, no Unicode-mode expression.
const BY_UNIT = new Map<number, string>();
let lowestKey = 0xffff;
for (const [from, to] of Object.entries(PAIRS)) {
  BY_UNIT.set(from.charCodeAt(0), to);
  lowestKey = Math.min(lowestKey, from.charCodeAt(0));
}
// Every key but Ø lies in these blocks (so Ø is folded only when one of them is there too); a
// plain (non-Unicode-mode) test for them is much cheaper than the loop.
export const BLOCKS = /[\u00df-\u02af\u0370-\u052f\u1d00-\u1d7f\ua700-\ua7ff]/;

export function foldConfusables(view: TextView): TextView {
  if (!BLOCKS.test(view.text)) return view;
  const text = view.text;
  const n = text.length;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < lowestKey) continue;
    const to = BY_UNIT.get(c);
    if (to === undefined || to === text[i]) continue;
    builder ??= new ViewBuilder(view);
    builder.copy(copied, i);
    builder.push(to, i, i + 1);
    copied = i + 1;
  }
  if (!builder) return view;
  builder.copy(copied, n);
  return builder.build();
}
