// Crude sexual words and explicit phrases: `explicit` entries make a post sexual-content on
// their own; `suggestive` ones only when signs come together (see the sexual-content rule), so
// "improve your sex life", "check your boobs" and "sexual health clinic" stay clean. Suggestive
// entries of kind "body" (anatomy) and "weak" (bed, tonight, naughty) never count on their own
// or with each other alone: they only support an innuendo phrase or a sexual emoji.
import type { LexiconEntry } from "../lexicon.js";

export const EXPLICIT_TERMS: LexiconEntry[] = [
  { label: "blowjob", pattern: "(blow|hand|rim)~job(s)?" },
  { label: "cock", pattern: "cock(s)?" },
  { label: "cum", pattern: "(cum|cumming|cumshot|jizz|jizzed|spunk)" },
  { label: "hard-on", pattern: "(hard-on|hard-ons|hardon|hardons|boner|boners)" },
  { label: "tits", pattern: "(tits|titties|titty)" },
  { label: "nudes", pattern: "(nudes|nude (pic|pics|photo|photos|selfie|selfies|video|videos))" },
  { label: "dick pic", pattern: "(dick|cock)~pic(s)?" },
  { label: "porn", pattern: "porn(o|ography|hub|y)?" },
  { label: "OnlyFans", pattern: "only~fans" },
  { label: "wank", pattern: "wank(s|ed|ing)?" },
  { label: "pussy", pattern: "puss(y|ies)" },
  {
    label: "dildo",
    pattern: "(dildo|dildos|vibrator|vibrators|buttplug|butt plug|sex toy|sex toys|sex tape)",
  },
  // "going down on me", "MILFs", "motorboat", "tied up and spanked", an explicit picture of genitals.
  { label: "oral sex", pattern: "(going|went|go|goes) down on (me|her|him|you)" },
  { label: "MILF", pattern: "(milf|milfs|dilf|dilfs)" },
  {
    label: "breasts, leered at",
    pattern:
      "(massive|big|huge|nice|lovely|great|cracking) (knockers|pair on (her|her there)|set of (jugs|knockers|baps|tits))",
  },
  { label: "motorboat", pattern: "motor~boat(ing|ed)?" },
  {
    label: "spanking",
    pattern: "(tied up and spanked|into being spanked|into spanking|into bondage)",
  },
  {
    label: "genitals",
    pattern:
      "(explicit (photo|picture|pic|image|video) of|photo of (his|a man's|my) (genitals|penis|privates))",
  },
  {
    label: "uncensored",
    pattern:
      "(uncensored (vid|vids|video|videos|pics|photos|content)|stripping out of (their|her|his|my) (scrubs|uniform|uniforms))",
  },
  { label: "deepthroat", pattern: "deep~throat(ing|ed)?" },
  { label: "threesome", pattern: "(threesome|threesomes|orgy|orgies|gangbang)" },
  { label: "doggy style", pattern: "dogg(y|ie)~style" },
  { label: "sexting", pattern: "sext(ing|ed)" },
  { label: "fuck me", pattern: "(fuck|shag) (me|her|him) senseless" },
  // Sex acts, described: "shagged the charge nurse", "had sex in the on-call room".
  { label: "had sex", pattern: "(had|having|have) sex (with|in|on)" },
  {
    label: "fucked",
    pattern:
      "(fucked|fucking|screwed|screwing|banged|banging|rode|riding) (me|her|him|them) (senseless|all night|in|on|against|over|from behind|raw)",
  },
  { label: "got laid", pattern: "(got|get|getting) laid" },
  {
    label: "orgasm",
    pattern:
      "(orgasm|orgasms|orgasmed|climaxed|came so hard|squirt|squirting|creampie|anal sex|oral sex|sixty~nine|69ing)",
  },
  {
    label: "masturbate",
    pattern:
      "(masturbate|masturbating|masturbated|jerk off|jerking off|jacking off|touching myself|finger(ed|ing) (her|me|myself))",
  },
  {
    // "xxx" alone is kisses ("love you all xxx") or a blanked number ("0800 xxx xxx"): explicit
    // only as a label on pictures, films or sites.
    label: "nsfw",
    pattern:
      "(nsfw|x~rated|xxx (pic|pics|photo|photos|video|videos|vid|vids|movie|movies|film|films|clip|clips|site|sites|content|chat)|sex tape|sextape|strip~tease|lap dance|lap dances)",
  },
];

export const SUGGESTIVE_TERMS: LexiconEntry[] = [
  { label: "sex", pattern: "sex" },
  { label: "sexy", pattern: "sexy" },
  { label: "horny", pattern: "horny" },
  { label: "naked", pattern: "(naked|nude|topless|undressed|undress)" },
  { label: "bent over", pattern: "bent (her|him|me|you)? ?over" },
  { label: "on all fours", pattern: "on all fours" },
  { label: "on your knees", pattern: "on (your|her|his|my|their) knees" },
  { label: "all night long", pattern: "all night long" },
  { label: "no strings", pattern: "no strings( fun| attached)?" },
  { label: "fit as", pattern: "fit as (fuck|hell|owt)" },
  { label: "aching jaw", pattern: "jaw('s|s| is)?( not)? (aching|achy|ache|hurting|sore)" },
  { label: "turned on", pattern: "(turned on|turns me on|turn me on|gagging for it)" },
  {
    label: "examine me",
    pattern: "(examine|inspect|check) me (out )?(any time|anytime|all over|in the)",
  },
  { label: "lingerie", pattern: "(lingerie|stockings and suspenders|suspenders)" },
  { label: "kinky", pattern: "(kinky|spank|spanking|spanked)" },
  {
    label: "clothes off",
    pattern: "(her|his|my|your|their|them) (clothes|kit|knickers|pants|bra|scrubs) off",
  },
  { label: "have her", pattern: "i'd (have|do|bang|smash) (her|him)" },
  { label: "squeal", pattern: "(moan|moaning|moaned)" },
  // Sex acts named without crude words: explicit only with a scene (a place, a bed, an emoji);
  // "has been shagging a nurse behind his wife's back" alone is gossip, not sexual content.
  {
    label: "shag",
    pattern:
      "(shag|shags|shagged|shagging|shagger|bonk|bonked|bonking|hooked up with|hooking up with|slept together|sleeping together)",
  },
  {
    label: "place",
    kind: "weak",
    pattern:
      "(in the (loos|toilets|disabled loos|disabled toilet|on~call room|sluice|linen cupboard|cupboard|stairwell|back seat|back of the car|car park)|on the (kitchen |office |desk |)(desk|table|bed|floor|sofa|worktop)|lanyard marks|carpet burns)",
  },
  // Bondage and bedroom scenes: "tying me to the bedposts", "handcuffs and a blindfold".
  {
    label: "bondage",
    pattern:
      "(bondage|blindfold (me|him|her)|blindfolded me|bedposts|bed posts|tied (me|her|him) up|tied (me|her|him) to the bed|tying (me|her|him) (up|to)|tie (me|her|him) (up|to)|whip (me|him|her)|gimp|dominatrix|safe word)",
  },
  {
    label: "in bed",
    kind: "weak",
    pattern:
      "(in bed|into bed|to bed|between the sheets|under the covers|my bed|the bedroom|bedroom)",
  },
  // Bodies, named: anatomical words are clinical alone and sexual only beside another sign.
  {
    label: "body",
    kind: "body",
    pattern:
      "(clitoris|clit|nipples|nipple|boobs|boobies|jugs|knockers|baps|penis|vagina|erection|erect|balls deep|cleavage|bum|arse|booty|thighs|bulge|package|knickers|thong|g~string)",
  },
  {
    label: "naughty",
    kind: "weak",
    pattern: "(naughty|dirty|filthy|steamy|raunchy|frisky|x rated|spicy)",
  },
  {
    label: "nerve endings",
    kind: "weak",
    pattern:
      "(nerve endings|g~spot|foreplay|position|positions|favourites|favorites|all night|the things i|wet|hard|ride|riding|tonight)",
  },
];

/** Emojis used as sexual innuendo. Counted only alongside a suggestive or explicit word. */
export const SUGGESTIVE_EMOJI = /🥵|🍆|💦|🍑|😈|👅|🤤|😏|🔞|🌶️|🍒|🍈/gu;
