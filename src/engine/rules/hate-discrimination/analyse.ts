// Hate about a protected characteristic, read once per post and shared by the two hate rules
// and by abuse-bullying (hate aimed at an identifiable person or small group is bullying too).
//
// A slur counts unless it is reported or condemned ("a patient called me a ...", "someone
// shouted '...' at me", "words like '...'") or reclaimed about oneself ("I'm a proud dyke").
// Saying "I'm not a [slur]" is still contempt, so negation does not excuse a slur.
// Without a slur, a post is hateful when it names a protected group (identity-term entities)
// AND shows contempt for it: othering ("this lot", "these people"), expulsion ("go home",
// "send them back"), dehumanising ("they stink", monkey emoji), exclusion ("shouldn't be
// allowed", "belong on the male ward"), stereotypes ("follow the money", "taking over"),
// ridicule of a condition or an accent. Identity terms alone, praise, self-description and
// counter-speech never count.
import type { Entity } from "../../recognizers/recognizer.js";
import {
  CONDEMNATION,
  REPORTING_BEFORE,
  SELF_DESCRIPTION,
  hasNamedPerson,
  hasSpecificPerson,
  isQuoted,
  sentenceAround,
} from "../../recognizers/offensive/context.js";
import { FLAG_EMOJI } from "../../recognizers/offensive/words/identity-terms.js";
import type { RuleContext } from "../rule.js";
import { offensiveScores } from "../../model/offensive-model.js";

export interface HateFinding {
  start: number;
  end: number;
  kind: string;
  label: string;
  why: "slur" | "contempt";
}

export interface HateAnalysis {
  findings: HateFinding[];
  /** Whether the hate is aimed at a particular person or small group (then it is bullying too). */
  atPerson: boolean;
}

// Contempt for a group, strong enough alone next to an identity term (score 2),
// or weak signs that need company (score 1). Readable data: one idea a line.
const CONTEMPT: [RegExp, number][] = [
  [/\b(?:this|that|you|their|your) lot\b|\bthe lot of (?:them|em)\b/, 2],
  [/\b(?:these|those) (?:people|types|sorts)\b|\bpeople like (?:you|them|that)\b|\b(?:their|your|that) (?:sort|kind)\b/, 2],
  [/\b(?:taking|take|took|takes) over\b|\binvasion\b|\binvading\b|\bbreed(?:ing)? like\b|\blike animals\b/, 2],
  [/\bgo (?:back )?(?:home|back)\b|\bsend (?:them|em|the lot|'?em)(?: all)? (?:back|home)\b|\bdeport (?:them|the lot)\b/, 2],
  [/\bspeak (?:english|the language)\b|\b(?:can't|cannot|cant|can barely|could barely|barely|don't|dont) (?:even )?(?:speak|understand a word)\b|\bnobody speaks english\b/, 2],
  [/\b(?:stink|stinks|stank|stinking|smell|smells|stench|reek|reeks)\b/, 2],
  [/\b(?:thieving|scrounging|dirty|filthy|savages?|animals|vermin|parasites|scroungers)\b/, 2],
  [/\block (?:up )?your (?:cars|car|doors|bikes|valuables)\b|\bhide your\b/, 2],
  [/\bmentally ill\b|\b(?:shouldn't|should not|should never|mustn't) be allowed\b|\bshould (?:be )?(?:banned|deported|kicked out|sent back|locked up|sacked)\b/, 2],
  [/\bbelong (?:on|in) (?:the|a) \w+ (?:ward|bay|toilets|changing)|\bbelong in (?:a|the) (?:kitchen|zoo|cage|jungle)\b/, 2],
  [/\bshould (?:stick to|stay in|stay at|keep to)\b/, 2],
  [/\bleave (?:it|the(?: [a-z]+){1,2}) to the (?:men|women|lads)\b|\b(?:clear off|go off|disappear) on mat(?:ernity)? leave\b/, 2],
  [/\bnormal (?:nurse|nurses|person|people|staff|doctor|doctors|one|ones|carer)\b|\bsomeone normal\b/, 2],
  [/\bnot (?:comfortable|happy|ok|okay) with (?:it|them|that)\b|\bs[ea]p[ea]rate (?:[a-z]+ )?(?:changing rooms|toilets|wards|rooms|bays|showers) for them\b/, 2],
  [/\bnobody wants to (?:know|see|hear)\b|\b(?:is|are) still (?:a )?(?:bloke|blokes|man|men|geezer|woman|women)\b|\bin a dress\b/, 2],
  [/\bsharia\b|\bfollow the money\b|\bback pocket\b|\bgreedy\b|\bterroris(?:t|ts|m)\b|\bbomb(?:er|ers)?\b/, 2],
  [/\b(?:taking|take|took|steal|stealing) (?:our|the|british) (?:jobs|houses|homes)\b|\b(?:give|keep) (?:the|our) jobs to\b|\bon benefits\b|\bshould be on benefits\b/, 2],
  [/'?\s?(?:lol|lmao|haha)\b.{0,40}\bmeltdown\b|\bcan't even\b.{0,40}\bmeltdown\b/, 2],
  [/\b(?:zis|zat|vot|ze)\b.{0,30}\b(?:ze|zis|zat|is having)\b/, 2],
  [/🐒|🍌|🐵|🙈🍌|👃/u, 2],
  [/\bforeign\b/, 1],
  [/\b(?:every|all) (?:single )?(?:one|time|doctor|doctors|nurse|nurses|one of them)\b|\banother\b/, 1],
  [/\blol\b|\blmao\b|😂|🤣|🙄/u, 1],
  [/\bno(?:body|one)\b.{0,20}\ballowed to say\b|\bnobody'?s allowed to say it\b|\bwoke\b|\bsnowflakes?\b/, 1],
];

// Positive or supportive framing: a post celebrating or defending a group.
const SUPPORT =
  /\b(?:proud|pride in|celebrat\w*|welcome|welcoming|support\w*|belong here|you belong|not a debate|inclusion|inclusive|allies|ally|equality|diversity|respect|thank you|thanks|happy|mubarak|network)\b|🏳️‍🌈|🏳️‍⚧️|💜|💚|💙/u;

function score(window: string): number {
  let total = 0;
  for (const [re, weight] of CONTEMPT) if (re.test(window)) total += weight;
  return total;
}

function slurExcused(text: string, slur: Entity, wholePost: string): boolean {
  const vs = Number(slur.detail?.viewStart ?? 0);
  const ve = Number(slur.detail?.viewEnd ?? 0);
  const before = text.slice(Math.max(0, vs - 40), vs);
  if (REPORTING_BEFORE.test(before)) return true;
  if (isQuoted(text, vs, ve) && CONDEMNATION.test(wholePost)) return true;
  // Reclaimed about oneself: "I'm a proud dyke", "us queers" (not "I'm not a ...").
  if (SELF_DESCRIPTION.test(before) && !/\bnot\b/.test(before.slice(-20)) && /\b(?:proud|queer|reclaim)/.test(wholePost)) return true;
  return false;
}

const cache = new WeakMap<object, HateAnalysis>();

export function analyseHate(context: RuleContext): HateAnalysis {
  const cached = cache.get(context.normalised);
  if (cached) return cached;
  const text = context.normalised.words.text;
  const findings: HateFinding[] = [];

  for (const slur of context.entities("slur")) {
    if (slurExcused(text, slur, text)) continue;
    findings.push({ start: slur.start, end: slur.end, kind: String(slur.detail?.kind ?? ""), label: String(slur.detail?.label ?? ""), why: "slur" });
  }

  const terms = context.entities("identity-term");
  const flag = FLAG_EMOJI.exec(context.text);
  const groups: { start: number; end: number; vs: number; ve: number; kind: string; label: string }[] = terms.map((t) => ({
    start: t.start,
    end: t.end,
    vs: Number(t.detail?.viewStart ?? 0),
    ve: Number(t.detail?.viewEnd ?? 0),
    kind: String(t.detail?.kind ?? ""),
    label: t.text,
  }));
  if (flag && groups.length === 0) {
    const vs = Math.max(0, Math.min(text.length, flag.index));
    groups.push({ start: flag.index, end: flag.index + flag[0].length, vs, ve: vs, kind: "race", label: flag[0] });
  }
  if (findings.length === 0 && groups.length > 0) {
    const condemning = CONDEMNATION.test(text);
    const supportive = SUPPORT.test(text);
    let best: { g: (typeof groups)[number]; s: number } | undefined;
    for (const g of groups) {
      // Self-description ("as a Black midwife", "I'm a trans woman") is never contempt.
      if (SELF_DESCRIPTION.test(text.slice(Math.max(0, g.vs - 30), g.vs))) continue;
      const window = text.slice(Math.max(0, g.vs - 160), Math.min(text.length, g.ve + 200));
      let s = score(window);
      if (condemning) s -= 3;
      if (supportive) s -= 2;
      // The model's hate score adds weight to weak signs, never replaces them.
      if (s >= 1 && s < 3) {
        const scores = offensiveScores(context.normalised);
        if (scores.hate > 0.35) s += 1;
      }
      if (s >= 3 && (!best || s > best.s)) best = { g, s };
    }
    if (best) findings.push({ start: best.g.start, end: best.g.end, kind: best.g.kind, label: best.g.label, why: "contempt" });
  }

  if (findings.length === 0) {
    const none = { findings, atPerson: false };
    cache.set(context.normalised, none);
    return none;
  }
  const exclude = new Set([...terms, ...context.entities("slur")].map((t) => t.text.toLowerCase()));
  // A number of them ("3 p@kis", "another 4 Nigerian nurses") is a small, identifiable group.
  const counted = [...terms, ...context.entities("slur")].some((t) =>
    /\b(?:\d+|two|three|four|five|six|a couple of|a few)\s(?:[a-z]+\s)?$/.test(text.slice(Math.max(0, Number(t.detail?.viewStart ?? 0) - 24), Number(t.detail?.viewStart ?? 0))),
  );
  const atPerson = findings.length > 0 && (counted || hasSpecificPerson(text) || hasNamedPerson(context.text, exclude));
  const analysis = { findings, atPerson };
  cache.set(context.normalised, analysis);
  return analysis;
}
