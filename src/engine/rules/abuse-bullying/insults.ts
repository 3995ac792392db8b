// Insults and swearing aimed at a person: "you're a lazy tw@t", "our matron is a jumped-up cow",
// "the laziest nurse I've ever worked with", "your paramedics are useless fucking wankers",
// "Mr F*cking Houdini in bed 11". The same words about a thing ("the rota is useless", "this
// system is a piece of shit"), about oneself ("I'm such an idiot") or reported ("he called me
// a cow") are not abuse.
import type { Entity } from "../../recognizers/recognizer.js";
import {
  ANY_PERSON,
  CONDEMNATION,
  NEGATION_BEFORE,
  PERSON_NOUN,
  SECOND_PERSON,
  hasNamedPerson,
  hasSpecificPerson,
  sentenceAround,
} from "../../recognizers/offensive/context.js";
import { defineRule, type RuleContext } from "../rule.js";

// Swear words that call a person something.
const SWEAR_NOUNS = new Set([
  "cunt",
  "twat",
  "wanker",
  "tosser",
  "dickhead",
  "knobhead",
  "bellend",
  "bastard",
  "prick",
  "arsehole",
  "motherfucker",
]);
// Phrases that can only be about a person.
const ALWAYS_PERSONAL = new Set(["piece of work", "disgrace"]);
// Said with affection: "the best bunch of weirdos I've ever worked with, love you all".
const FRIENDLY =
  /\b(?:love (?:you|ya|u|them|him|her)(?: all| lot)?|best bunch|wouldn't change (?:you|them|it)|miss (?:you|them) (?:all|lot))\b|❤|💕|🥰|😍/u;
// Mild names a friend is teased with, and the laugh that marks the teasing.
const MILD_NAME =
  /\b(?:muppet|melt|numpty|plonker|wally|doughnut|donut|nugget|pillock|lemon|div|spanner|walnut|melon|idiot)$/;
const TEASING_LAUGH = /😂|🤣|😆|\bhaha\w*|\blol\b/u;
// Insults that name a person, not an animal or a thing: with "that"/"the" before and a place or
// "who" after they pick someone out.
const DETERMINED_LABELS = new Set(["idiot", "cow", "git", "old bat", "loser", "snowflake"]);
// Labels that serve as a mocking nickname before a name ("Baldy Bob"), unlike "Princess Royal".
const NICKNAME_LABELS = new Set(["pig", "git", "idiot"]);
// Vermin in a kitchen, not a person: "shut down for rats", "infested with rats".
const VERMIN_BEFORE =
  /\b(?:for|with|of|had|has|got|saw|seen|spotted|and|mice|droppings|infested|infestation)\s+$/;

const SELF_BEFORE =
  /\b(?:i'm|i’m|im|i am|i was|i feel|i felt|i look|me|myself|made me)\b(?: [a-z'’*-]+){0,3}\s*$|^\s*(?:now |finally )?officially(?: [a-z'’*-]+){0,3}\s*$|\b(?:me|us) and (?:the|my|our) (?:other|fellow)(?: [a-z'’*-]+){0,2}\s*$/;
// The word names a thing, not a person: "snowflake nonsense", "snowflake central", "loser buys the
// coffees", "frequent flyer miles".
const THING_AFTER =
  /^ (?:of (?:(?:my|your|our|their|the|a|an|two|three|four|\d+|an? entire|a whole) )?(?:time|money|hours?|minutes?|days?|evenings?|afternoons?|mornings?|weekends?|paper|effort|energy|resources?)\b|central|nonsense|culture|generation|stuff|rubbish|crap|politics|agenda|mentality|attitude|logic|behaviour|vibes|energy|buys|pays|gets|owes|does|has to|makes|brings|miles|points|card|club|scheme|status|lounge)\b/;
// What is judged is something said or done about a person, not the person: "the comments under
// the post about our nurses are vile".
const THING_SUBJECT =
  /\b(?:comments?|posts?|replies|tweets?|remarks?|messages?|rumou?rs?|gossip|lies|claims|allegations|stories|treatment|attitudes?|behaviour|abuse|things (?:said|people say)|the way (?:people|some people|they|patients|visitors) (?:treat|speak to|talk to|talk about))\b(?: [a-z0-9@'’-]+){0,10}? (?:is|are|was|were)\s*$/;
const REPORTED_BEFORE =
  /\b(?:called|calls|calling|call|shouted|screamed|yelled|branded)\b(?: ["“‘']?[a-z'’*-]+){0,4}\s*["“‘']?\s*$/;
const PERSON_SUBJECT = new RegExp(
  `\\b(?:${PERSON_NOUN}|he|she|they|you|who)(?:['’](?:s|re) |\\b(?: (?!(?:and|but|or|so|because|while|when|if|though)\\b)[a-z0-9'’*-]+){0,4}? (?:is|are|was|were|'s|’s|’re|'re)\\b)`,
);
// "lazy nurse", "useless fucking wankers"; not "rude to my husband", "creepy and no woman wants".
const ADJ_BEFORE_PERSON = new RegExp(
  `^(?:,? ?(?:(?!(?:to|at|with|for|about|towards|in|on|of|than|no|my|his|her|their|your|our|the|a|an|every|any|some|from|by) )[a-z*]+ ){0,2}?)(?:${PERSON_NOUN})\\b`,
);
// "a bunch of ...", "a pack of lazy ...": a swear word after these calls a group of people it.
const COLLECTIVE_BEFORE =
  /\b(?:bunch|pack|load|shower|gang|set|band|crowd) of (?:[a-z*'’-]+ ){0,2}$/;
const SECOND_PERSON_CLOSE =
  /\b(?:you're|youre|you’re|you are|you were|ur|you|ya)\s(?:(?:a|an|such a|so|the|proper|complete|absolute|total|utter|fucking|f\*cking|bloody|lazy|useless|fat|stupid|thick)\s){0,3}$/;

// Adjectives that judge a person's character or ability, not a situation ("Disgusting." after a
// long wait is about the wait): only these stand alone as a verdict on someone.
const CHARACTER =
  /^(?:useless|lazy|spineless|gutless|clueless|gormless|brainless|incompetent|thick|stupid|dim|dense|dozy|dopey|work[ -]?shy|bone idle|two[ -]?faced|smug|pompous|good[ -]?for[ -]?nothing|worthless|brain[ -]?dead|backstabbing)$/;

const PERSON_NEXT = new RegExp(`^ (?:${PERSON_NOUN})\\b`);
// The subject right before the adjective: "she's hopeless and ...", "the reg is so ...".
const PERSON_SUBJECT_CLOSE = new RegExp(
  `\\b(?:${PERSON_NOUN}|he|she|they|you|who)(?:['’](?:s|re)| (?:is|are|was|were))(?: [a-z]+)?\\s*$`,
);
// Senior roles the shared person words miss: "your head of nursing", "the CEO".
const SENIOR_ROLE =
  /\bhead of [a-z]+|\bchief (?:exec|executive|nurse|officer|operating officer)\b|\bceo\b/;
// "is so dim she ...", "too thick to": the adjective is the verdict whatever follows.
const DEGREE_BEFORE = /\b(?:is|are|was|were|'s|’s|'re|’re) (?:so|too|such) $/;
// A name as the subject, in the original text: "Jade on nights is so ", "Kev's ", "Sam was ".
const NAMED_SUBJECT =
  /(?:^|[.!?\n]\s*|\s)([A-Z][a-z]{2,})( (?:on|in|from|at) [A-Za-z0-9]+(?: [a-z]+)?)? (?:is|was|'s|’s)(?: (?:so|such|really|proper|absolutely|completely|totally|utterly|genuinely|honestly|just|too|very|bloody))* $/;
// A post opening with a name and what they do: "Sam is ...", "Kev from portering has ...".
const NAME_OPENS =
  /^[A-Z][a-z]{2,} (?:is|was|has|had|on|from|in|at|and|always|never|just|keeps|thinks|did|does)\b/;
// A capitalised word is a name only with a place of work ("Jade on nights") or a he or she in the
// post: "Leadership is clueless" is not about a person.
function namedSubject(before: string, words: string): boolean {
  const m = NAMED_SUBJECT.exec(before);
  return (
    m !== null &&
    hasNamedPerson(`x ${m[1]}`) &&
    (m[2] !== undefined || /\b(?:he|she|him|her|his)\b/.test(words))
  );
}

// The last `n` characters of `pre` without a cut-off word at the start ("some people" must not
// read as "me people", "piano" as "no").
function tail(pre: string, n: number): string {
  if (pre.length <= n) return pre;
  const t = pre.slice(-n);
  return /[a-z'’*]/.test(pre[pre.length - n - 1]) ? t.replace(/^[a-z'’*]+/, "") : t;
}

function countWords(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) === 32 && i > 0 && s.charCodeAt(i - 1) !== 32) n++;
  return n + 1;
}

function aimed(context: RuleContext, e: Entity, kind: "noun" | "adjective" | "swear"): boolean {
  const text = context.normalised.words.text;
  const vs = Number(e.detail?.viewStart ?? 0);
  const ve = Number(e.detail?.viewEnd ?? 0);
  const label = String(e.detail?.label ?? "");
  const s = sentenceAround(text, vs, ve);
  const sentence = text.slice(s.start, s.end);
  const pre = text.slice(s.start, vs);
  const post = text.slice(ve, s.end);
  if (REPORTED_BEFORE.test(tail(pre, 40))) return false;
  // Quoted to report or condemn it: 'someone called her a "foreign b*tch" ... we reported it'.
  if (
    /["“‘'][^"“”‘’']{0,30}$/.test(pre) &&
    /^[^"“”‘’']{0,30}["”’']/.test(post) &&
    CONDEMNATION.test(text)
  )
    return false;
  // A name-calling noun as a nickname before a name: "Baldy Bob", "Div Dave".
  if (
    kind === "noun" &&
    NICKNAME_LABELS.has(label) &&
    hasNamedPerson(`x${context.text.slice(e.end, e.end + 16)}`) &&
    /^ [A-Z][a-z]{2,}\b/.test(context.text.slice(e.end, e.end + 16))
  )
    return true;
  // Proper nouns are not insults: "Princess Royal", "the Rat and Parrot", "Princess Anne
  // opened ..." (a capitalised word before another opens a name even at a sentence start).
  if (
    kind !== "swear" &&
    /^[A-Z]/.test(e.text) &&
    (vs > s.start + 1 || /^ [A-Z][a-z]/.test(context.text.slice(e.end, e.end + 3)))
  )
    return false;
  // Teasing the losing side of a game: "sore losers", "bad loser".
  if (/^losers?$/.test(label) && /\b(?:sore|bad|good)\s*$/.test(pre)) return false;
  // Parts in a play: "starring Dr Amadi as the cat and our play team as the rats".
  if (/\b(?:as|playing|play|dressed as|costume)(?: the| a| an)?\s*$/.test(pre.slice(-16)))
    return false;
  if (NEGATION_BEFORE.test(tail(pre, 24))) return false;
  if (SELF_BEFORE.test(tail(pre, 30)) && !SECOND_PERSON.test(sentence)) return false;
  // Signing in as what one calls oneself, at the start of a sentence: "proud old bat here, 40
  // years a nurse", "daft cow here forgot her lanyard".
  if (
    // (The expression needs " here" or ", here" at the start: looked for first, at no cost.)
    (post.startsWith(" here") || post.startsWith(", here")) &&
    /^,? here\b(?! (?:is|was|on|in|at|who|keeps))/.test(post) &&
    /^\s*(?:[a-z'’-]+ ){0,2}$/.test(pre) &&
    !/\b(?:you|your|he|she|they|that|this|the|our|my|his|her|their)\b/.test(pre)
  )
    return false;
  if (ALWAYS_PERSONAL.has(label)) return true;
  if (kind !== "swear" && THING_AFTER.test(post)) return false;
  // A noun put before a place in care picks someone out: "the walrus in side room 4".
  if (
    kind === "noun" &&
    /^ (?:in|from|on|at) (?:bed|bay|side ?room|cubicle|resus|majors|minors|room)\b/.test(post)
  )
    return true;
  // A thing can be a waste of space; only a person is a waste of oxygen or skin.
  if (label === "waste of space" && /oxygen|skin|uniform/.test(e.text.toLowerCase())) return true;
  if (kind === "noun" && FRIENDLY.test(sentence)) return false;
  // Teasing a friend for leaving something behind: "@kez you absolute numpty, you left your
  // keys in the locker again 😂" (not "... fixed the wrong radiator AGAIN 🤦").
  if (
    kind === "noun" &&
    MILD_NAME.test(e.text.toLowerCase()) &&
    TEASING_LAUGH.test(context.text) &&
    /\b(?:left|forgot|forgotten|lost|dropped) (?:your|his|her)\b/.test(text)
  )
    return false;
  if (/^rats?$/.test(e.text.toLowerCase()) && VERMIN_BEFORE.test(pre.slice(-16))) return false;
  if (kind === "adjective") {
    if (THING_SUBJECT.test(pre.slice(-120))) return false;
    // A one- or two-word verdict after a post about a particular person: "Typical Tracy. Useless."
    if (
      countWords(sentence.trim()) <= 2 &&
      CHARACTER.test(e.text.toLowerCase()) &&
      (hasSpecificPerson(text) || hasNamedPerson(context.text))
    )
      return true;
    // A verdict opening a fragment about someone named before: "Carrying Jordan again. Bone idle,
    // permanently on his phone."
    if (
      pre.trim() === "" &&
      /^,/.test(post) &&
      CHARACTER.test(e.text.toLowerCase()) &&
      (hasSpecificPerson(text) || hasNamedPerson(context.text))
    )
      return true;
    // "lazy nurse", "laziest nurse", "useless fucking wankers", "she is lazy", "she's hopeless and
    // slows everyone down", "Jade on nights is so dim she ...".
    return (
      ADJ_BEFORE_PERSON.test(post) ||
      SECOND_PERSON_CLOSE.test(pre) ||
      (PERSON_SUBJECT.test(pre) && /^\s*[.!?,;:]?\s*$/.test(post.slice(0, 2))) ||
      (PERSON_SUBJECT_CLOSE.test(pre.slice(-40)) &&
        (DEGREE_BEFORE.test(pre) || /^,? (?:and|but|&|than)\b/.test(post))) ||
      namedSubject(context.text.slice(Math.max(0, e.start - 60), e.start), text)
    );
  }
  if (kind === "swear") {
    // Swearing at someone, not just near them: "you ... twat", "F*cking Houdini", "fuck you".
    if (SWEAR_NOUNS.has(label))
      return (
        SECOND_PERSON.test(sentence) ||
        // A group called it: "the out-of-hours team are a shower of arrogant tossers" (not "finger
        // pricks", which are tests).
        (COLLECTIVE_BEFORE.test(tail(pre, 40)) && !/\b(?:finger|needle|pin|heel)\s*$/.test(pre)) ||
        ANY_PERSON.test(sentence) ||
        hasNamedPerson(context.text.slice(e.start - (vs - s.start), e.end + (s.end - ve)))
      );
    if (/^\s?(?:you|off you|him|her|them|yourself|himself|herself|themselves)\b/.test(post))
      return true;
    // "you thieving little shit", "ya lazy fucking ...": the swear word names the person addressed.
    if (
      /\b(?:you|ya)\s(?:(?:little|fucking|f\*cking|thieving|lazy|useless|stupid|absolute|total|complete|utter|big|fat|dirty|lying|ugly|smug|sad|pathetic)\s){1,3}$/.test(
        pre,
      )
    )
      return true;
    if (/\b(?:mr|mrs|ms|miss|dr|sister|nurse)\s*$/.test(pre)) return true;
    if (PERSON_NEXT.test(post)) return true;
    if (
      /\b(?:your)\s*$/.test(pre) &&
      /^ (?:fingers|face|head|teeth|legs|neck|nose|mouth|kids|mum)\b/.test(post)
    )
      return true;
    if (PERSON_SUBJECT.test(pre) && !/\b(?:i|i'm|i am|we)\b/.test(tail(pre, 20))) return true;
    return false;
  }
  // Nouns: a person in the sentence, or the author addressing someone.
  if (
    SECOND_PERSON.test(sentence) ||
    ANY_PERSON.test(sentence) ||
    SENIOR_ROLE.test(sentence) ||
    hasNamedPerson(context.text.slice(e.start - (vs - s.start), e.end + (s.end - ve)))
  )
    return true;
  // The insult picks out the person itself: "that snotty cow on reception", "the miserable git
  // in bed 6", "this idiot who parked across two bays" (not animals in a field or a kitchen).
  if (
    DETERMINED_LABELS.has(label) &&
    !/^(?:rats?|snakes?|cows|vermin|grass|freaks?)$/.test(e.text.toLowerCase()) &&
    /\b(?:that|this|the|your|some)(?: [a-z]+){0,2} $/.test(pre.slice(-30)) &&
    /^ (?:on|at|in|from|who|behind|working|that works|that parked)\b/.test(post) &&
    !/^ (?:in|on) (?:the |a )?(?:field|fields|farm|barn|garden|kitchen|wild|zoo|road|loft|walls?|sty|shed|pond|river|sea)\b/.test(
      post,
    )
  )
    return true;
  // A verbless put-down after a sentence about someone: "Ron in bay 4 threw his tea. Miserable old
  // git.", "Sam is the reason we work twice as hard. Dead weight."
  // ("Absolute joke." after a post about the rota is about the situation.)
  return (
    countWords(sentence) <= 5 &&
    !/\bjoke\b/.test(e.text.toLowerCase()) &&
    (ANY_PERSON.test(text) ||
      hasNamedPerson(context.text) ||
      (NAME_OPENS.test(context.text.trimStart()) &&
        hasNamedPerson(`x ${context.text.trimStart()}`)))
  );
}

export const insults = defineRule({
  meta: {
    id: "abuse-bullying/insults",
    category: "abuse-bullying",
    severity: "block",
    clauses: ["TRUST-SMP DO NOT 7", "TRUST-SMP DO NOT 8", "CLH-SMP §4.1", "CCC-SMP §7.3.4"],
    message:
      'An insult aimed at someone ("{{word}}"): abusive or derogatory comments about colleagues, patients or anyone else must not be posted.',
    suggestion:
      "Take the insult out. If someone's conduct is a problem, raise it with them or your manager, not on social media.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const reported: [number, number][] = [];
    const report = (e: Entity) => {
      if (reported.some(([s, end]) => e.start < end && s < e.end)) return;
      reported.push([e.start, e.end]);
      context.report({ start: e.start, end: e.end, data: { word: e.text } });
    };
    for (const e of context.entities("insult")) {
      if (aimed(context, e, e.detail?.kind === "adjective" ? "adjective" : "noun")) report(e);
    }
    for (const e of context.entities("swear-word")) {
      if (aimed(context, e, "swear")) report(e);
    }
  },
});
