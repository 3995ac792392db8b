// Digits and symbols standing in for letters inside a word ("sh1t", "n1gg3r", "@ss", "$hit")
// become letters. Only inside words: a digit with a letter on at least one side, so "bed 4",
// "1984#" and "£5" are untouched.
import { ViewBuilder, type TextView } from "./text-view.js";

const LEET: Record<string, string> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
  "@": "a", $: "s", "!": "i", "|": "i", "€": "e", "¡": "i",
};

const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);

export function foldLeetspeak(view: TextView): TextView {
  const { text } = view;
  let builder: ViewBuilder | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const sub = LEET[ch];
    if (sub === undefined) continue;
    // Find the run of leet-or-letter characters around i; it must contain a real letter,
    // and the character must touch a letter or another substituted character.
    let s = i;
    while (s > 0 && (isLetter(text[s - 1]) || LEET[text[s - 1]] !== undefined)) s--;
    let e = i + 1;
    while (e < text.length && (isLetter(text[e]) || LEET[text[e]] !== undefined)) e++;
    let letters = 0;
    for (let j = s; j < e; j++) if (isLetter(text[j])) letters++;
    if (letters === 0 || e - s < 3) continue;
    // "!" and "|" at the end of a word are punctuation, not letters ("shit!" stays "shit").
    if ((ch === "!" || ch === "|" || ch === "¡") && (i === e - 1 || i === s)) continue;
    // "$" before digits is money ("$50").
    if (ch === "$" && /[0-9]/.test(text[i + 1] ?? "")) continue;
    builder ??= new ViewBuilder(view);
    for (let j = copied; j < i; j++) builder.push(text[j], j, j + 1);
    builder.push(sub, i, i + 1);
    copied = i + 1;
  }
  if (!builder) return view;
  for (let j = copied; j < text.length; j++) builder.push(text[j], j, j + 1);
  return builder.build();
}
