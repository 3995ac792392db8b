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
} from "../../recognizers/offensive/context.js";
import { FLAG_EMOJI } from "../../recognizers/offensive/words/identity-terms.js";
import type { RuleContext } from "../rule.js";
import { HATE_THRESHOLD, offensiveScores } from "../../model/offensive-model.js";

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

// Contempt for a group, strong enough alone next to an identity term (score 3), fairly strong
// (2: needs one more sign or the model), or weak signs that need company (1). Readable data,
// one concept a line; each line is a family of phrasings, not one wording.
const CONTEMPT: [RegExp, number][] = [
  // Othering: "this lot", "these people", "their sort", "why do we keep hiring them".
  [/\b(?:this|that|you|their|your) lot\b|\bthe lot of (?:them|em)\b/, 2],
  [
    /\b(?:these|those)(?: \w+)? (?:people|types|sorts|ones)\b|\bpeople like (?:you|them|that)\b|\b(?:their|your|that) (?:sort|kind)\b/,
    2,
  ],
  [
    /\bwhy (?:do|does|did|are|is|must) (?:we|they|you|the trust|the nhs|this hospital|your hospital)(?: \w+)?? (?:keep |still |even )?(?:hire|hiring|employ|employing|recruit|recruiting|let|letting|allow|allowing|take on|taking on|bring|bringing|put up with)\b/,
    2,
  ],
  // Invasion and breeding; a group said outright to be taking over counts twice.
  [
    /\b(?:are|is|'re) (?:slowly |basically |literally )?taking over (?:the|our|this|every|britain|the country)\b/,
    2,
  ],
  [
    /\b(?:taking|take|took|takes) over\b|\binvasion\b|\binvading\b|\binfest\w*|\bswarm\w*|\bbreed(?:ing)? like\b|\blike (?:animals|rats|cockroaches|vermin)\b/,
    2,
  ],
  // Expulsion: "go home", "send/ship/fly them back", "get rid of them", "back where they came from".
  [
    /\bgo (?:back )?(?:home|back)\b|\b(?:send|ship|fly|deport|kick|boot|throw|put|pack) (?:them|em|'em|the lot|him|her|these people|those people|all of them)(?: all)?(?: \w+)? (?:back|home|out|on a (?:plane|boat))\b|\bdeport (?:them|the lot|him|her)\b|\bget rid of (?:them|the lot|em|'em|all of them)\b|\bback (?:where|to where) (?:they|you|she|he) (?:came|come) from\b|\b(?:don't|dont|shouldn't|should not) (?:even )?be (?:here|in this country|working here)\b|\bnot welcome here\b/,
    3,
  ],
  // Language as a failing: "can barely speak English", "can't understand a word".
  [
    /\bspeak (?:english|the language|proper english)\b|\b(?:can't|cannot|cant|can barely|could barely|barely|hardly|don't|dont) (?:even )?(?:speak|understand a word)\b|\bnobody speaks english\b|\bbroken english\b/,
    2,
  ],
  // Smell and dirt: "they stink", "smells of curry".
  [
    /\b(?:stink|stinks|stank|stinking|smell|smells|smelling|stench|reek|reeks|reeking|whiff)\b|\bsmells? of (?:curry|garlic|spices)\b|🤢|🤮/u,
    2,
  ],
  // Dehumanising and criminalising labels.
  [
    /\b(?:thieving|scrounging|dirty|filthy|savages?|animals|vermin|parasites|scroungers|cockroaches|subhuman|primitive|backward|inbred)\b/,
    2,
  ],
  [/\block (?:up )?your (?:cars|car|doors|bikes|valuables)\b|\bhide your\b/, 2],
  // Exclusion: "shouldn't be allowed", "should be banned", "belong in the kitchen".
  [
    /\bmentally ill\b|\b(?:shouldn't|should not|should never|mustn't) be allowed\b|\bshould (?:be )?(?:banned|deported|kicked out|sent back|locked up|sacked|sterilised)\b|\bban (?:them|the \w+|burkas?|hijabs?|turbans?)\b/,
    2,
  ],
  [
    /\bbelong (?:on|in) (?:the|a) \w+ (?:ward|bay|toilets|changing)|\bbelongs? in (?:a|the) (?:kitchen|zoo|cage|jungle)\b|\bback (?:in|to) the kitchen\b/,
    3,
  ],
  [/\bshould (?:stick to|stay in|stay at|keep to)\b/, 2],
  [
    /\bleave (?:it|the(?: [a-z]+){1,2}) to the (?:men|women|lads)\b|\b(?:clear off|go off|disappear) on mat(?:ernity)? leave\b/,
    2,
  ],
  // Wanting staff of another race, sex or religion: "I want a proper doctor", "a white man".
  [
    /\b(?:normal|proper|real) (?:nurse|nurses|person|people|staff|doctor|doctors|one|ones|carer|midwife|surgeon)\b|\bsomeone normal\b|\b(?:want|wanted|demand|asked for|ask for|insist on) (?:a|an|to see a|to see an) (?:white|british|english|male|christian|proper)\b/,
    2,
  ],
  [
    /\b(?:and|but) (?:a|an) (?:black|asian|foreign|female|gay|muslim|disabled) (?:one|one at that)\b|\bat that\b/,
    1,
  ],
  [
    /\bnot (?:comfortable|happy|ok|okay) with (?:it|them|that)\b|\bs[ea]p[ea]rate (?:[a-z]+ )?(?:changing rooms|toilets|wards|rooms|bays|showers) for them\b/,
    2,
  ],
  // Gender identity denied or mocked: "still a bloke", "man in a dress", "had the op".
  [
    /\bnobody wants to (?:know|see|hear)\b|\b(?:is|are) still (?:a )?(?:bloke|blokes|man|men|geezer|woman|women|lad)\b|\bin a dress\b|\b(?:had|having|getting|got) (?:the|his|her) (?:op|chop|bits (?:chopped|removed))\b|\bsex change\b|\bwhatever (?:he|she|it|they) (?:calls?|identif\w+)\b|\bpronouns\b.{0,30}(?:😂|🤣|🙄|lol|joke)/u,
    2,
  ],
  // Stereotypes and suspicion: terrorism, money, "covered up like".
  [
    /\bsharia\b|\bfollow the money\b|\bback pocket\b|\bgreedy\b|\bterroris(?:t|ts|m)\b|\bbomb(?:er|ers)?\b|\bcovered up\b|\bscared of (?:them|the)\b/,
    2,
  ],
  [
    /\b(?:taking|take|took|steal|stealing|stole) (?:our|the|british) (?:jobs|houses|homes|beds|nhs)\b|\b(?:give|keep) (?:the|our) jobs to\b|\bon benefits\b|\btrain our own\b|\bour own (?:people|staff|nurses|doctors) first\b/,
    2,
  ],
  // Ridicule of a condition or an accent.
  [
    /'?\s?(?:lol|lmao|haha)\b.{0,40}\bmeltdown\b|\bcan't even\b.{0,40}\bmeltdown\b|\b(?:zis|zat|vot|ze)\b.{0,30}\b(?:ze|zis|zat|is having)\b|\b(?:dribbling|drooling|window lick\w*|short bus)\b/,
    2,
  ],
  [/🐒|🍌|🐵|🙈🍌|👃|🦍/u, 2],
  [/\bforeign\b/, 1],
  [
    /\b(?:every|all) (?:single )?(?:one|time|day|morning|shift|doctor|doctors|nurse|nurses|one of them)\b|\banother\b|\bagain\b|\bwhy (?:do|does|is|are)\b/,
    1,
  ],
  [/\blol\b|\blmao\b|😂|🤣|🙄|\bgood luck (?:getting|finding|with)\b/u, 1],
  [
    /\bno(?:body|one)\b.{0,20}\ballowed to say\b|\bnobody'?s allowed to say it\b|\bwoke\b|\bsnowflakes?\b|\bpolitically correct\b|\bjust saying\b|\bwhat (?:everyone|we all|most people) (?:thinks|think|is thinking|are thinking)\b|\bsomeone (?:had|has) to say it\b/,
    1,
  ],
  [
    /\b(?:can't|cannot|can't even|unable to|too (?:slow|stupid|emotional)|useless|incompetent|lazy)\b/,
    1,
  ],
];

// One cheap test before any window is scored: every contempt concept needs one of these.
const CONTEMPT_GATE =
  /lot\b|these|those|people like|sort|kind|why |tak|invad|infest|swarm|breed|like |home|back|deport|rid of|be here|welcome|speak|understand|english|stink|stank|smel|stench|reek|whiff|🤢|🤮|thiev|scroung|dirty|filth|savage|animal|vermin|parasit|cockroach|subhuman|primitive|inbred|lock|hide your|ill\b|allowed|should|ban |belong|kitchen|leave|normal|proper|real |want|demand|ask|insist|at that|comfortable|happy with|ok with|okay with|separate|nobody|still|dress|op\b|chop|bits|sex change|whatever|pronoun|sharia|money|pocket|greed|terror|bomb|cover|scared|jobs|houses|homes|benefit|own|lol|lmao|haha|meltdown|zis|zat|dribbl|drool|window|bus\b|🐒|🍌|🐵|👃|🦍|foreign|every|all |another|again|😂|🤣|🙄|good luck|woke|snowflake|saying|thinks|think|correct|can't|cannot|unable|too |useless|incompetent|lazy/u;

// Positive or supportive framing: a post celebrating or defending a group.
const SUPPORT =
  /\b(?:proud|pride in|celebrat\w*|welcome|welcoming|support\w*|belong here|you belong|not a debate|inclusion|inclusive|allies|ally|equality|diversity|respect|thank you|thanks|happy|mubarak|network)\b|🏳️‍🌈|🏳️‍⚧️|💜|💚|💙/u;

// Weak signs ("again", "lol", "another") add one point at most, however many there are:
// banter stacks them up without any contempt.
function score(window: string): number {
  let strong = 0;
  let weak = 0;
  for (const [re, weight] of CONTEMPT) {
    if (weight === 1) {
      if (weak === 0 && re.test(window)) weak = 1;
    } else if (re.test(window)) strong += weight;
  }
  return strong === 0 ? 0 : strong + weak;
}

function slurExcused(text: string, slur: Entity, wholePost: string): boolean {
  const vs = Number(slur.detail?.viewStart ?? 0);
  const ve = Number(slur.detail?.viewEnd ?? 0);
  const before = text.slice(Math.max(0, vs - 40), vs);
  if (REPORTING_BEFORE.test(before)) return true;
  if (isQuoted(text, vs, ve) && CONDEMNATION.test(wholePost)) return true;
  // Reclaimed about oneself: "I'm a proud dyke", "us queers" (not "I'm not a ...").
  if (
    SELF_DESCRIPTION.test(before) &&
    !/\bnot\b/.test(before.slice(-20)) &&
    /\b(?:proud|queer|reclaim)/.test(wholePost)
  )
    return true;
  return false;
}

/** What is read for contempt around an identity term at view range [vs, ve). */
const groupWindow = (text: string, vs: number, ve: number) =>
  text.slice(Math.max(0, vs - 160), Math.min(text.length, ve + 200));

/**
 * Whether an identity term in the post has any sign of contempt near it, weak ones included
 * (support and counter-speech not subtracted); `true` when the post names no group. A learned judgement of
 * hate must not rest on an identity term alone.
 */
export function contemptSignNearGroup(context: RuleContext): boolean {
  const terms = context.entities("identity-term");
  if (terms.length === 0) return true;
  const text = context.normalised.words.text;
  if (!CONTEMPT_GATE.test(text)) return false;
  return terms.some((t) => {
    const vs = Number(t.detail?.viewStart ?? 0);
    const ve = Number(t.detail?.viewEnd ?? 0);
    const window = groupWindow(text, vs, ve);
    return CONTEMPT.some(([re]) => re.test(window));
  });
}

const cache = new WeakMap<object, HateAnalysis>();

export function analyseHate(context: RuleContext): HateAnalysis {
  const cached = cache.get(context.normalised);
  if (cached) return cached;
  const text = context.normalised.words.text;
  const findings: HateFinding[] = [];

  for (const slur of context.entities("slur")) {
    if (slurExcused(text, slur, text)) continue;
    findings.push({
      start: slur.start,
      end: slur.end,
      kind: String(slur.detail?.kind ?? ""),
      label: String(slur.detail?.label ?? ""),
      why: "slur",
    });
  }

  const terms = context.entities("identity-term");
  const flag = FLAG_EMOJI.exec(context.text);
  const groups: {
    start: number;
    end: number;
    vs: number;
    ve: number;
    kind: string;
    label: string;
  }[] = terms.map((t) => ({
    start: t.start,
    end: t.end,
    vs: Number(t.detail?.viewStart ?? 0),
    ve: Number(t.detail?.viewEnd ?? 0),
    kind: String(t.detail?.kind ?? ""),
    label: t.text,
  }));
  if (flag && groups.length === 0) {
    const vs = Math.max(0, Math.min(text.length, flag.index));
    groups.push({
      start: flag.index,
      end: flag.index + flag[0].length,
      vs,
      ve: vs,
      kind: "race",
      label: flag[0],
    });
  }
  if (findings.length === 0 && groups.length > 0) {
    let condemning: boolean | undefined;
    let supportive: boolean | undefined;
    const gated = CONTEMPT_GATE.test(text);
    let best: { g: (typeof groups)[number]; s: number } | undefined;
    for (const g of groups) {
      // Self-description ("as a Black midwife", "I'm a trans woman") is never contempt.
      if (!gated) break;
      if (SELF_DESCRIPTION.test(text.slice(Math.max(0, g.vs - 30), g.vs))) continue;
      const window = groupWindow(text, g.vs, g.ve);
      let s = score(window);
      if (s <= 0) continue;
      if ((condemning ??= CONDEMNATION.test(text))) s -= 3;
      if ((supportive ??= SUPPORT.test(text))) s -= 2;
      // The model's hate score adds weight to fairly strong signs, never replaces them; it runs
      // only here, where a pattern has left something to decide.
      if (s === 2 && offensiveScores(context.normalised).hate >= HATE_THRESHOLD) s += 1;
      if (s >= 3 && (!best || s > best.s)) best = { g, s };
    }
    if (best)
      findings.push({
        start: best.g.start,
        end: best.g.end,
        kind: best.g.kind,
        label: best.g.label,
        why: "contempt",
      });
  }

  if (findings.length === 0) {
    const none = { findings, atPerson: false };
    cache.set(context.normalised, none);
    return none;
  }
  const exclude = new Set([...terms, ...context.entities("slur")].map((t) => t.text.toLowerCase()));
  // A number of them ("3 p@kis", "another 4 Nigerian nurses") is a small, identifiable group.
  const counted = [...terms, ...context.entities("slur")].some((t) =>
    /\b(?:\d+|two|three|four|five|six|a couple of|a few)\s(?:[a-z]+\s)?$/.test(
      text.slice(
        Math.max(0, Number(t.detail?.viewStart ?? 0) - 24),
        Number(t.detail?.viewStart ?? 0),
      ),
    ),
  );
  // A slur or group word with a determiner is one person: "the new spac", "that Polish one".
  const singled = findings.some(
    (f) =>
      !/s$/i.test(context.text.slice(f.start, f.end)) &&
      /\b(?:the|this|that|our|your|my|his|her|new)(?: new)? $/.test(
        context.text.slice(Math.max(0, f.start - 10), f.start).toLowerCase(),
      ),
  );
  const atPerson =
    findings.length > 0 &&
    (counted || singled || hasSpecificPerson(text) || hasNamedPerson(context.text, exclude));
  const analysis = { findings, atPerson };
  cache.set(context.normalised, analysis);
  return analysis;
}
