// Bullying and humiliation without a plain insult: hate or sexualised comments aimed at a
// particular person, sharing a recording of someone to laugh at them, sneering at a colleague's
// sickness, telling others to shut someone out, telling someone to kill themselves.
import {
  PERSON_NOUN,
  SECOND_PERSON,
  condemnsAbuse,
  hasNamedPerson,
  hasSpecificPerson,
} from "../../recognizers/offensive/context.js";
import { INSULT_EMOJI } from "../../recognizers/offensive/words/insults.js";
import { analyseHate } from "../hate-discrimination/analyse.js";
import { execIfMay, mayMatch, testIfMay } from "../../signals/cue-gate.js";
import { defineRule } from "../rule.js";
import { analyseSexual } from "../sexual-content/analyse.js";

const PATTERNS: { what: string; gate: RegExp; regex: RegExp }[] = [
  {
    what: "Sneering at a colleague's sickness",
    gate: /\boff\b/,
    regex:
      /['‘"]off (?:sick|with stress|with anxiety|with (?:her|his) back)['’"]|\b(?:is|'s|’s|was|been|are|were) off (?:[\w-]+ ){0,3}with ['‘"](?:stress|anxiety|depression|burnout|exhaustion|migraines?|(?:her|his|a bad) back)['’"]|\b(?:off|signed off) (?:sick|with stress|with anxiety)(?:'s|’s)?,? again\b|\b(?:off|signed off) (?:sick|with stress)\b.{0,80}(?:#sicknote|funny how|🙄)/u,
  },
  {
    what: "Telling others to shut someone out",
    gate: /\bno(?:body|one|one else)? /,
    regex:
      /\bno(?:body|one|one else)? (?:invite|invites|talk to|speak to|sit with|add|include|help|cover for) [a-z]+\b.{0,60}\b(?:if (?:she|he|they) wants?|grass|snitch|🐀)/u,
  },
  {
    what: "Telling someone to harm themselves",
    gate: /wrists|yoursel|kys|die|jump|favou?r|end it|hang|top |off |rope|miss you|better off/,
    regex:
      /\b(?:slit your wrists|kill yourself|kys|neck yourself|hang yourself(?! (?:a|an|some|your|the|up)\b)|top yourself(?! up\b)|off yourself|end yourself|go (?:and )?die|go (?:and )?(?:hang|top|off) yourself|jump off (?:a|the) (?:bridge|multi-storey|multi storey|roof|cliff|car park)|(?:just|might as well|may as well|should|go) end it(?: all)?(?! (?:with|on|by|there|here|early|at|before|after|nicely|properly)\b)|buy (?:a|some) rope)\b|\bdo (?:us|everyone|the world|the ward|the nhs) a favou?r and (?:die|jump|disappear|quit|end it)\b|\b(?:we|we'd|everyone|the world|the ward|the team)(?:'d| would)?(?: all)? be better off without (?:you|him|her)\b/,
  },
  // Gossip meant to shame: "who's going to tell his wife", "does her husband know".
  {
    what: "Gossip meant to shame someone",
    gate: /tell|know/,
    regex:
      /\bwho(?:'s|’s| is) (?:going to|gonna) tell (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|missus|fiance|fiancee|fiancé|fiancée|other half)\b|\b(?:does|do) (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|missus) know\b/,
  },
  // Sneering at how someone looks or behaves: "absolute state of the lad in cubicle 4", "the
  // absolute state of her 😂" (not "absolute state of the car park").
  {
    what: "Mocking the state someone is in",
    gate: /\bstate (?:of|on)\b/,
    regex: new RegExp(
      `\\b(?:absolute|utter|total)(?: [\\w*-]+)? state (?:of|on) (?:him|her|them|(?:the|that|this) (?:[\\w-]+ ){0,2}${PERSON_NOUN})\\b(?!'s (?:car|house|garden|desk|locker|handwriting|office|rota))`,
    ),
  },
  // A ward or bay of patients as a zoo or a herd: "bay 3 is a zoo", "feeding time at the zoo".
  {
    what: "Calling people animals",
    gate: /zoo|animals|feral|monkey|🐒|🐵|🦍|🐷|🐖|herd|cattle|farmyard/u,
    regex:
      /\b(?:bay|bays|ward|side room|unit|a&e|resus|department|dept|patients|residents|visitors|relatives|they|them|this lot)\b[^.!?\n]{0,40}\b(?:is|was|are|were|like)(?: \w+){0,2} (?:zoo|animals|feral|monkeys|a herd|cattle|a farmyard)\b|\bzoo ?keeper\b|\bfeeding time at the zoo\b|\b(?:bay|bays|ward|side room|patients|residents)\b[^.!?\n]{0,40}(?:🐒|🐵|🦍|🐷|🐖)/u,
  },
];

// A picture or recording of someone, described or attached: "📸", "[photo: Phil asleep ...]".
const RECORDING =
  /📸|🎥|📹|📷|\b(?:video|voice note|voicenote|pic|picture|photo|clip|footage|screenshot|snap) of\b|\[(?:photo|video|pic|picture|image|clip|screenshot|gif)\b|\bcaught\b(?! (?:a|an|some)\b)|\bfilmed\b/u;
// The author, or the author's own group, is who was caught on camera: "caught myself in the
// background of the news report 😂", "[video: four of us attempting the dance]".
const SELF_RECORDED =
  /\bcaught (?:myself|me|us)\b|\b(?:video|pic|picture|photo|clip|footage|snap|selfie)s? of (?:me|myself|us|(?:all |the )?(?:\w+ )?of us)\b|\[(?:video|photo|pic|picture|clip|gif|image): (?:me|myself|us|(?:all |the )?(?:\w+ )?of us)\b/;
// A screenshot of words, not a picture of a person: "[screenshot of our team WhatsApp: ...] the
// group chat never sleeps 😂", "screenshot of tonight's referral letter".
const WORDS_SHOT =
  /^(?:\[?(?:screenshot|screen ?grab|screencap)(?: of)?:? (?:the |our |my |a |this |tonight's |today's |last night's )?(?:[\w'-]+ ){0,2}(?:whatsapp|group ?chat|chat|messages?|texts?|emails?|letter|referral|rota|post|tweet|cartoon|meme|notes?|slides?|form|entry|comments?|reply|replies)\b)/;
// Posted with their agreement or not posted at all: "she insisted I post it", "videos will not be
// shared".
const AGREED =
  /\b(?:(?:she|he|they) (?:insisted|asked me to|wanted me to|said i could|made me)|with (?:her|his|their) (?:permission|blessing|consent)|(?:will not|won't|wont|not) be (?:shared|posted))\b/;
// Laughing at them or spreading it: "😂", "strikes again", "sharing with the whole hospital".
const LAUGHING =
  /😂|🤣|\blol\b|\blmao\b|\bhaha\w*|\bstrikes again\b|\bshar(?:e|ing|ed) (?:this |it )?(?:with|round|around) (?:the whole|everyone|all|the ward|the group)|\bso (?:everyone|the whole \w+|you all) (?:knows|can see|sees)\b|\blook at the state of\b/u;

// A handle with a clown or a pig in a friendly post: thanks to hospital clowns, a circus workshop.
const HANDLE_FRIENDLY =
  /\b(?:thanks?|thank you|brilliant|loved|amazing|great|proud|clowns?|circus|panto|juggl\w*|visit\w*|workshop)\b|❤|💙|💕|🥰|😍/u;
// A patient in a bed or bay: laughing at their body is humiliation.
const IN_CARE = /\b(?:bed|bay|cubicle|side room|patient|resus)\b/;
// Remarks that make a third person a sexual object.
const SEXUALISING =
  /\b(?:is|was|looks|looking) (?:so |well |proper |dead )?(?:fit|sexy|hot|buff|peng|tasty|gorgeous)\b|\b(?:i'd|i would|would) (?:smash|do|bang|ruin|have)\b|\b(?:he|she|they) can (?:\w+ )?(?:me|mine)\b|\bcheck(?:ing)? (?:out )?(?:his|her) (?:arse|bum|legs|boobs|tits|body|package|bulge)\b|\b(?:his|her) (?:arse|bum|boobs|tits|body|package|bulge|rack)\b|🥵|🤤|👅/u;
// Leering at a particular person's body: "Kelly's boobs", "the massive knockers on bed 3",
// "his tight arse". Only with a leer (size or looks words, a laughing or leering emoji), so that
// care ("sore on his bum", "help with her breasts") never counts.
const BODY_LEER =
  /\b(?:his|her|[a-z]+(?:'s|’s)|the|them|those|that|nice|great|massive|huge|big|tight|peachy|perky|fit) (?:boobs|tits|titties|knockers|jugs|rack|package|bulge|cleavage|arse|bum|booty|ass)\b/;
// Garden birds: "a pair of great tits on the feeder".
const BIRDS = /^(?:great|blue|coal|the|those|them|that) tits$/;
const BIRD_WATCHING =
  /\b(?:birds?|feeders?|nest(?:s|ing)?|robins?|finch(?:es)?|sparrows?|wrens?|blackbirds?|rspb|birdwatch\w*|bird ?song|binoculars|garden|blue tits?)\b|🐦|🐤|🪶/u;
const LEER =
  /😂|🤣|🥵|🤤|😍|👀|🍑|🍆|😏|😉|😈|\blol\b|\blmao\b|\b(?:massive|huge|nice|great|tight|peachy|perky|fit|hot|sexy|gorgeous|phwoar|cor)\b/u;

// Spreading it to shame them, not just a funny picture: "sharing with the whole team so everyone can
// see", "tagged him so his wife sees", "look at the state of", "what we pay him for".
const SHAMING =
  /\bshar(?:e|es|ing|ed)\b|\bso (?:everyone|everybody|the whole \w+|you all|his wife|her husband|his missus|her fella)\b|\btagg?(?:ed|ing)? (?:him|her|them)\b|\blook at the (?:absolute )?state of\b|\bstrikes again\b|\bwhat we pay (?:him|her|them)\b|\bsent (?:it )?(?:to|round) the (?:group|ward|team|whole)|\bgroup ?chat\b|\bpoor (?:sod|cow|thing)\b|\b(?:my arse|the state of (?:him|her))\b|🐷|🐖|🤡|🐘|🐋|🐳/u;
// A picture shared to celebrate someone is not humiliation: "made the paper", "so proud".
// ("Post!!" reaches the words view as "posti!": leetspeak folding reads "!" as "i".)
const PRAISE =
  /\b(?:proud|congrat\w*|well done|so pleased|inspir\w*|what a star|superstar|hero|thank you)\b|\bmade the (?:\w+ )?(?:paper|papers|news|front page|post|echo|telegraph|times)/;

/** Whether every picture the post tells of is a screenshot of words (a chat, a letter, a rota). */
function onlyWordsShot(text: string): boolean {
  const shots = text.match(/\[?(?:screenshot|screen ?grab|screencap)\b[^\]\n]{0,60}/g);
  if (!shots || !shots.every((s) => WORDS_SHOT.test(s))) return false;
  // No other picture of someone ("📸", "video of", "caught", "[photo").
  const rest = text.replace(/\[?(?:screenshot|screen ?grab|screencap)\b/g, " ");
  if (RECORDING.test(rest)) return false;
  // Their words quoted back to laugh at them: "... ] 'there mandatry traning' 😂😂".
  const outside = text.replace(/\[[^\]\n]*\]/g, " ");
  return !/['‘"“][^'’"”\n]{3,80}['’"”][ \t]*(?:😂|🤣|\blol\b|\blmao\b|\bhaha)/u.test(outside);
}

export const humiliation = defineRule({
  meta: {
    id: "abuse-bullying/humiliation",
    category: "abuse-bullying",
    severity: "block",
    clauses: ["TRUST-SMP DO NOT 7", "TRUST-SMP DO NOT 8", "CCC-SMP §7.3.4"],
    message:
      "{{what}}: bullying, trolling or humiliating colleagues, patients or anyone else online is not allowed.",
    suggestion:
      "Don't post about a person to mock or shame them. If you have a concern about someone, speak to your manager.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.words;
    const text = view.text;
    const whole = { start: 0, end: context.text.length };
    const hate = analyseHate(context);
    if (hate.atPerson && hate.findings.length > 0) {
      const f = hate.findings[0];
      context.report({
        start: f.start,
        end: f.end,
        data: { what: "Hateful remarks aimed at a particular person or small group" },
      });
      return;
    }
    const sexual = analyseSexual(context);
    const sexualHit = sexual.explicit[0] ?? sexual.suggestive[0];
    // Sexualising someone else ("the new F1 is fit, he can examine me", "you got that job on your
    // knees"), not the author's own sex life ("shagged the charge nurse", "my husband tying me").
    if (
      sexualHit &&
      ((SECOND_PERSON.test(text) &&
        (hasNamedPerson(context.text) ||
          hasSpecificPerson(text) ||
          /(?:^|\s)@[A-Za-z0-9_]{2,}/.test(context.text))) ||
        ((SEXUALISING.test(text) || (LAUGHING.test(text) && IN_CARE.test(text))) &&
          (hasSpecificPerson(text) || hasNamedPerson(context.text))))
    ) {
      context.report({
        start: sexualHit.start,
        end: sexualHit.end,
        data: { what: "A sexualised comment about a particular person" },
      });
      return;
    }
    // Run only when the words of one of its branches are all in the text.
    const leer = execIfMay(BODY_LEER, text);
    if (
      leer &&
      !(BIRDS.test(leer[0]) && BIRD_WATCHING.test(text)) &&
      LEER.test(text) &&
      !condemnsAbuse(text) &&
      (hasSpecificPerson(text) ||
        hasNamedPerson(context.text) ||
        IN_CARE.test(text) ||
        /\b(?:nurse|sister|dr|doctor|reg|hca|physio|porter|receptionist|student|f1|f2|patient|colleague)\b/.test(
          text,
        ))
    ) {
      const at = view.toOriginal(leer.index, leer.index + leer[0].length);
      context.report({
        start: at.start,
        end: at.end,
        data: { what: "A sexualised comment about a particular person" },
      });
      return;
    }
    for (const p of PATTERNS) {
      // The pattern also runs only when the words of one of its branches are all in the text.
      if (!mayMatch(p.regex, text) || !p.gate.test(text)) continue;
      const m = p.regex.exec(text);
      if (m && !condemnsAbuse(text)) {
        const at = view.toOriginal(m.index, m.index + m[0].length);
        context.report({ start: at.start, end: at.end, data: { what: p.what } });
        return;
      }
    }
    const recorded =
      testIfMay(RECORDING, text) &&
      LAUGHING.test(text) &&
      (SHAMING.test(text) ||
        IN_CARE.test(text) ||
        /\b(?:caught|secretly|ward|dementia|zimmer|commode|nightie|gown)\b/.test(text)) &&
      !PRAISE.test(text) &&
      !AGREED.test(text) &&
      !SELF_RECORDED.test(text) &&
      !onlyWordsShot(text);
    const animal = INSULT_EMOJI.exec(context.text);
    if (!recorded && !animal) return;
    const person = hasSpecificPerson(text) || hasNamedPerson(context.text);
    if (person && recorded) {
      context.report({
        ...whole,
        data: { what: "Sharing a picture or recording of someone to laugh at them" },
      });
      return;
    }
    // A clown or a pig aimed at a person or a handle: "Day 3 of @Kayleigh pretending she knows
    // what she's doing 🤡"; not thanks that end on the animal they practised on ("suturing on pig
    // trotters ... 🐷").
    if (
      animal &&
      ((person && !PRAISE.test(text) && !HANDLE_FRIENDLY.test(text)) ||
        (/(?:^|\s)@[A-Za-z0-9_]{2,}/.test(context.text) &&
          !PRAISE.test(text) &&
          !HANDLE_FRIENDLY.test(text)))
    ) {
      context.report({
        start: animal.index,
        end: animal.index + animal[0].length,
        data: { what: "Calling someone an animal" },
      });
    }
  },
});
