// A colleague's private life: relationships, sexual conduct (true or alleged), sexual
// orientation, a divorce or an ex. Matched in the `words` view so disguised spellings count.
// A specific colleague must be identifiable: "someone from theatres" is not.
import { analyse, anyWord } from "../../recognizers/privacy/analysis.js";
import { nearest, PATIENT_CUES } from "../../recognizers/privacy/people.js";
import { wordsRegex } from "../../recognizers/privacy/vocabulary.js";
import { defineRule } from "../rule.js";
import { colleagueNear, COLLEAGUE_CLAUSES, CONSENT_OR_SELF } from "./shared.js";
import { cutDeep, testIfMay } from "../../signals/cue-gate.js";

// Concepts, each in several wordings: sexual conduct and affairs (true or insinuated),
// relationships and break-ups, sexual orientation and coming out, gender identity, religion.
const SEX_AND_AFFAIRS = [
  "shagging",
  "shagged",
  "shag",
  "bonking",
  "sleeping with",
  "slept with",
  "sleeps with",
  "having an affair",
  "affair with",
  "an affair",
  "behind (?:his|her|their) (?:wife|husband|partner|missus|fella)'?s? back",
  "cheating on",
  "cheated on",
  "cheats on",
  "playing away",
  "blowjobs?",
  "blow jobs?",
  "caught (?:getting|having|with|in bed|at it)",
  "caught (?:in|at|behind|round) (?:the|a|her|his) (?:[\\w-]+ ){0,2}with (?:a|an|the|his|her|our|another)",
  "on (?:your|her|his) knees",
  "under the \\w+'?s? desk",
  "hooked up",
  "hook(?:ing)? up with",
  "one night stand",
  "walk of shame",
  "got off with",
  "copped off",
  "snogging",
  "snogged",
  "kissing in",
  "seeing each other",
  "secretly seeing",
  "(?:are|were|now|officially) an item",
  "(?:and [^.!?\\n]{1,40}? are|they're|they are|those two are|the pair of them are) (?:definitely|totally|deffo|def|officially|secretly|so) (?:a thing|an item|together|dating)",
  "getting (?:very |a bit too |a bit |rather |far too |too )?(?:cosy|friendly|close|handsy|touchy)",
  "sneaking off",
  "sneak off",
  "fling",
  "secret (?:relationship|boyfriend|girlfriend|lover)",
  "secretly (?:dating|engaged|married|together)",
  "(?:been|are|is) dating (?:for|since)",
  "moving in (?:together|with (?:the|her|his|their|a) )",
  "bit on the side",
  "went home with",
  "went back to (?:his|hers|her place|his place)",
  "(?:arriving|leaving|left|arrived|pulling in|pulling into|turning up|turned up)[^.!?\\n]{0,40}together",
  "together every (?:morning|night|day|shift)",
  "who'?s going to tell (?:his|her|their) (?:wife|husband|partner|missus|girlfriend|boyfriend)",
  "(?:his|her) (?:wife|husband|partner|missus) (?:doesn'?t|does not|won'?t|will never|has no idea)",
  // seen out as a couple, and a partner who knows or is left for someone: "spotted holding hands
  // in Tesco", "his wife knows all about the girl from dispatch", "left her husband for the reg"
  "(?:spotted|seen|saw|caught|clocked|were|was|been|are|is)(?: [a-z]+){0,4} holding hands",
  "holding hands (?:with(?! (?:my|our|me|us|patients?|residents?|(?:a|the|an) (?:patient|resident|child|kid|baby|toddler|little|young|old|elderly|dying))\\b)|in|at|on|outside|round)",
  "(?:his|her|their) (?:wife|husband|partner|missus|fella|girlfriend|boyfriend|hubby) (?:knows|found out|finds out|knew|will find out)(?: all)? about (?:the|that|his|her|their) (?:girl|woman|lass|lad|bloke|man|other|fella|affair|texts|messages|nurse|student|f1|f2|reg|doctor|hca|porter|medic)",
  "left (?:his|her|their) (?:wife|husband|partner|missus|fella|girlfriend|boyfriend|hubby|family|kids) for",
  "sugar daddy",
  "(?:profile on|swiping on|found (?:\\w+ ){0,4}on) (?:hinge|tinder|bumble|grindr)",
  "(?:hinge|tinder|bumble|grindr) (?:profile|date|match)",
];
const RELATIONSHIPS = [
  "(?:her|his) ex",
  "divorce",
  "divorcing",
  "divorced",
  "separated from",
  "split (?:up )?(?:from|with)",
  "dumped (?:him|her|by)",
  "(?:his|her) (?:'|‘)?boyfriend",
  "(?:his|her) (?:'|‘)?girlfriend",
  "custody",
  "restraining order",
  "domestic abuse",
  "(?:wife|husband|partner|girlfriend|boyfriend|missus|fella|hubby|wifey)(?: has| had)? (?:threw|thrown|kicked|chucked) (?:him|her|them) out",
  // the colleague putting their partner out: "finally kicked that husband of hers out"
  "(?:kicked|chucked|threw|thrown|turfed) (?:her|his|their|that|the) (?:wife|husband|partner|girlfriend|boyfriend|missus|fella|hubby|wifey|bloke)(?: of (?:hers|his|theirs))? out",
  "(?:wife|husband|partner|girlfriend|boyfriend|missus|fella)(?: has| had)? (?:left|walked out on) (?:him|her|them)",
  "(?:his|her|their) marriage (?:is |has )?(?:over|falling apart|breaking up|broken down)",
  // "her wife's been seeing someone from work", "Gail's new fella", "on husband number 4".
  "(?:been |is |was )?seeing someone",
  "(?:her|his|their|s) new (?:fella|man|bloke|boyfriend|girlfriend|partner|woman|lady|squeeze)",
  "(?:husband|wife) (?:number|no\\.?) ?\\d",
  "(?:relate|marriage|couples) (?:building|counselling|counsellor|session|therapy)",
];
const ORIENTATION = [
  "gay",
  "lesbian",
  "bisexual",
  "bi(?!-)",
  "queer",
  "homosexual",
  "(?:came|come|coming|comes) out(?: to [a-z ]{1,20}?)? as",
  "(?:came|come|coming|comes) out (?:to (?:the ward|the team|everyone|us|work|her family|his family|her parents|his parents)|at work)",
  "in the closet",
  "closeted",
  "(?:batting|bats|bat) for the other (?:team|side)",
  "fancies (?:men|women|blokes|girls)",
  // Orientation imputed by a slur or an idiom about one person ("a proper poofter", "swings both
  // ways"); a slur about a group at large is hate-discrimination's alone ("bunch of lezzers").
  "poof(?:ter)?",
  "lezz?(?:a|er)",
  "lesbo",
  "swings both ways",
  "(?:plays|playing) for the other (?:team|side)",
];
// Money troubles, where someone lives now, and their employment process: theirs to tell.
const CIRCUMSTANCES = [
  "bankrupt",
  "bankruptcy",
  "(?:in|into|drowning in|up to (?:her|his|their) eyes in) (?:massive |serious |loads of |so much |huge |a lot of |a mountain of )?debt",
  "debt collectors",
  "bailiffs",
  "(?:lost|losing) (?:her|his|their) (?:house|home|flat)",
  "(?:living|sleeping) in (?:her|his|their) car",
  "sofa[- ]surfing",
  "homeless",
  "(?:on|given|got|gets|had) a (?:final |first |second )?(?:written )?warning",
  "final written warning",
  "(?:on|facing|got|has|had) a disciplinary",
  "disciplinary (?:hearing|meeting|investigation|for)",
  "(?:on|under) (?:a )?(?:performance|capability) (?:plan|process|review|management)",
  "performance managed",
  // money troubles
  "universal credit",
  "on benefits",
  "(?:at|using|uses|use|from|queuing (?:at|for)) (?:the )?food ?banks?",
  "payday (?:loans?|lenders?)",
  "loan sharks?",
  "(?:behind|in arrears) (?:on|with) (?:her|his|their|the) (?:rent|mortgage|bills|council tax)",
  "rent arrears",
  "repossessed",
  "repossession",
  "evicted",
  "eviction",
  "gambling",
  "gambler",
  "(?:lost|losing) (?:the|their) (?:house|home|flat)",
  "(?:can'?t|cannot|couldn'?t) (?:afford|pay) (?:her|his|their|the) (?:rent|mortgage|bills)",
  // abuse at home
  "(?:husband|partner|boyfriend|wife|girlfriend|fella|ex|missus|bloke)(?:'s| is| has| keeps)? (?:been )?(?:hits|hitting|hit|beats|beating|beat|batters|battering|battered|hurts|hurting|abuses|abusing|abused|strangled|punched|punches|slapped|slaps|knocking (?:her|him|them) about|knocks (?:her|him|them) about|knocked (?:her|him|them) about)",
  "knocking (?:her|him|them) about",
  "black eye",
  "domestic violence",
  "coercive control",
  // immigration status
  "(?:her|his|their) visa",
  "visa (?:runs out|ran out|expires|expiring|refused|rejected|renewal)",
  "deported",
  "deportation",
  "(?:claiming|claimed|seeking) asylum",
  "asylum (?:claim|seeker|hearing|case)",
  "immigration (?:status|hearing|case|tribunal|papers)",
  "leave to remain",
  // Recovery and family: "18 months clean", "42 and still living with his mum". (Discipline is
  // the employer's business: defamation or confidential information, not private life.)
  "\\d+ (?:days?|weeks?|months?|years?) (?:clean|sober|dry)",
  "(?:in|into|out of) rehab",
  "(?:still )?living with (?:her|his|their|your) (?:mum|mom|mam|parents|dad|nan)",
];
const CIRCUMSTANCE = new RegExp(`^(?:${CIRCUMSTANCES.join("|")})$`, "i");
const GENDER_IDENTITY = [
  "trans(?!-)",
  "transgender",
  "transitioning(?! to)",
  "transitioned(?! to| from)",
  "(?:her|his|their) transition(?! to| from| plan| period| team| year| phase| arrangements)",
  "sex change",
  "gender reassignment",
  "had the op",
  "used to be (?:a )?(?:man|woman|bloke|lad|girl|boy|called)",
  "born a (?:man|woman|boy|girl|bloke)",
  "deadname",
  "dead name",
  "now (?:called|goes by|known as)",
  "pronouns",
  "non-?binary",
  "gender marker",
  "(?:started|starting|on) (?:hormones|testosterone|oestrogen)",
];
const RELIGION = [
  "muslim",
  "(?:is|she's|he's|a|devout|practising|born-again) christian",
  "jewish",
  "hindu",
  "sikh",
  "buddhist",
  "catholic",
  "jehovah'?s witness",
  "born again",
  "mormon",
  "atheist",
  "pagan",
  "converted to",
  "converting to",
  "fasting for ramadan",
  "(?:is|she's|he's|been|they're) fasting",
  "prays (?:five times|at the|in the)",
  "goes to pray",
  "goes to (?:the )?(?:church|mosque|synagogue|temple|gurdwara|mass|kingdom hall)",
  "hijab",
  "headscarf",
  "turban",
  "kippah",
  "religious",
];
const PRIVATE_LIFE = wordsRegex([
  ...SEX_AND_AFFAIRS,
  ...RELATIONSHIPS,
  ...CIRCUMSTANCES,
  ...ORIENTATION,
  ...GENDER_IDENTITY,
  ...RELIGION,
]);
const SELF = /\b(?:i'm|i am|to be a|proud|as a|me and my|my|i've|i have|i was|i)\b[^.!?\n]{0,12}$/i;
// A whole group ("our Muslim colleagues", "trans patients"), a service or a day is not one person's private life.
const GROUP_AFTER =
  /^[ \t]+(?:colleagues|staff|people|patients|community|communities|network|history month|awareness|training|service|services|policy|lead|champion|day|week|month|inclusion|rights|flag|pride|chaplain|chaplaincy|prayer room|festival|holiday|celebration|group|groups|nurses|doctors|members|friends|folk|families|calendar|team|charity|charities|appeal|refuge|helpline|hotline|campaign|fundraiser|men|women|blokes|lads|girls|guys|and[ \t]+(?:lesbian|gay|bisexual|bi|trans\w*|queer|straight|christian|muslim|jewish|hindu|sikh|\w+[ \t]+(?:colleagues|staff|people|nurses|doctors)))\b/i;
// Clothing anyone can see ("wears a hijab for theatre") is not a disclosure.
const WORN_BEFORE =
  /\b(?:wears|wearing|wore)\b[^.!?\n]{0,30}$|\bin[ \t]+(?:a|an|her|his|their)[ \t]+(?:\w+[ \t]+)?$/i;
const WORN = /^(?:hijab|headscarf|turban|kippah)$/i;
const WORN_EVENT_AFTER =
  /^[- \t]*(?:(?:tying|wrapping|tie|wrap|wearing)[- \t]+)?(?:session|sessions|workshop|demo|demonstration|day|awareness|class|stall|taster)\b/i;
// An identity word as a plain description of the person being praised or thanked ("the trans
// nurse who looked after me was the kindest"): about what they did, not who they are.
const DESCRIBES_ROLE =
  /^[ \t]+(?:nurse|doctor|receptionist|porter|midwife|hca|consultant|surgeon|paramedic|colleague|lady|man|woman|guy|bloke|student|physio|pharmacist|cleaner|domestic|volunteer)\b/i;
const PRAISE =
  /\b(?:kind|kindest|lovely|loveliest|thanks|thank|brilliant|amazing|legend|best|wonderful|fantastic|star|hero|swapped|covered|helped|brave|proud|pronouns|respect)\b|❤|💙|🙏/i;
// Abuse aimed at a colleague's identity, told to report or condemn it ("A relative told our
// Muslim HCA she 'shouldn't be wearing that rag'. We escalated it"): the post stands with them.
const REPORTED_ABUSE =
  /\b(?:escalated|reported (?:it|him|her|them)|datix(?:ed)?|asked to leave|was removed|were removed|pressing charges|zero tolerance|won't tolerate|will not tolerate|not acceptable|unacceptable|not ok(?:ay)?)\b/i;
// A faith named by the role that serves it ("our Sikh chaplain", "the Muslim chaplain"): public.
const FAITH_ROLE_AFTER =
  /^[ \t]+(?:chaplain|chaplaincy|imam|rabbi|priest|vicar|minister|faith lead|faith)\b/i;
const GROUP_BEFORE = /\b(?:all|for|many|some|other|fellow|lgbt\w*|and)[ \t]+$/i;

// Distinctive words first (a Set lookup per word); phrases built from everyday words ("came out
// as", "went home with") have their own small regex, so most posts skip the words view entirely.
const GATE = new Set([
  "shagging",
  "shagged",
  "shag",
  "bonking",
  "sleeping",
  "slept",
  "sleeps",
  "affair",
  "cheating",
  "cheated",
  "cheats",
  "blowjob",
  "blowjobs",
  "blow",
  "caught",
  "knees",
  "desk",
  "hooked",
  "hook",
  "hooking",
  "copped",
  "snogging",
  "snogged",
  "kissing",
  "item",
  "thing",
  "dating",
  "cosy",
  "sneaking",
  "sneak",
  "fling",
  "secret",
  "together",
  "wife",
  "husband",
  "partner",
  "missus",
  "sugar",
  "ex",
  "divorce",
  "divorcing",
  "divorced",
  "separated",
  "split",
  "dumped",
  "boyfriend",
  "girlfriend",
  "custody",
  "restraining",
  "domestic",
  "gay",
  "lesbian",
  "bisexual",
  "bi",
  "queer",
  "homosexual",
  "closet",
  "closeted",
  "batting",
  "bats",
  "bat",
  "holding",
  "kicked",
  "chucked",
  "threw",
  "thrown",
  "turfed",
  "left",
  "fancies",
  "poof",
  "poofter",
  "lezza",
  "lezzer",
  "leza",
  "lezer",
  "lesbo",
  "swings",
  "plays",
  "playing",
  "trans",
  "transgender",
  "transitioning",
  "transitioned",
  "transition",
  "sex",
  "gender",
  "deadname",
  "pronouns",
  "binary",
  "nonbinary",
  "muslim",
  "christian",
  "jewish",
  "hindu",
  "sikh",
  "buddhist",
  "catholic",
  "jehovah",
  "mormon",
  "atheist",
  "pagan",
  "converted",
  "converting",
  "fasting",
  "prays",
  "pray",
  "hijab",
  "headscarf",
  "turban",
  "kippah",
  "religious",
  "stand",
  "shame",
  "secretly",
  "moving",
  "bankrupt",
  "bankruptcy",
  "debt",
  "bailiffs",
  "lost",
  "losing",
  "living",
  "sofa",
  "homeless",
  "warning",
  "disciplinary",
  "performance",
  "capability",
  "hormones",
  "testosterone",
  "oestrogen",
  "friendly",
  "handsy",
  "touchy",
  "managed",
  "universal",
  "benefits",
  "foodbank",
  "foodbanks",
  "payday",
  "loan",
  "sharks",
  "arrears",
  "repossessed",
  "repossession",
  "evicted",
  "eviction",
  "gambling",
  "gambler",
  "afford",
  "knocking",
  "knocks",
  "knocked",
  "violence",
  "coercive",
  "visa",
  "deported",
  "deportation",
  "asylum",
  "immigration",
  "remain",
  "seeing",
  "husband",
  "wife",
  "relate",
  "counselling",
  "hinge",
  "tinder",
  "bumble",
  "grindr",
  "clean",
  "sober",
  "rehab",
]);
const PHRASE_GATE =
  /\bout (?:as|to|at) |\bwent (?:home|back) |\bgot off |\bused to be |\bborn a |\bnow (?:called|goes|known)|\bhad the op|\bseeing each|\bplaying away|\bbehind (?:his|her|their) |\bgoes to |\bfood ?banks?\b|\bblack eye|\bnew (?:fella|man|bloke|boyfriend|girlfriend|partner|woman|lady|squeeze)\b|\bliving with |\bbehind (?:on|with) |\b(?:can'?t|cannot|couldn'?t) pay /i;

// Disguised spellings ("bl0wj0b") only show in the words view, so the gate looks for a digit too.
const DISGUISE = /[a-z][0-9@$*!|][a-z]|\b[a-z][ .][a-z][ .][a-z]\b/i;
const PRIVATE_LIFE_ALL = new RegExp(PRIVATE_LIFE.source, "gi");

export const colleaguePrivateLifeRule = defineRule({
  meta: {
    id: "colleague-privacy/private-life",
    category: "colleague-privacy",
    severity: "warn",
    clauses: COLLEAGUE_CLAUSES,
    message:
      "This exposes a colleague's private life (“{{detail}}”): relationships, sex life, sexuality, gender identity or religion are theirs to share.",
    suggestion:
      "Leave colleagues' relationships, sex lives, sexuality, gender identity and faith out of your posts, true or rumoured, unless they have asked you to share it.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const raw = context.normalised.base.text;
    if (
      !anyWord(analyse(context.normalised), GATE) &&
      !testIfMay(PHRASE_GATE, raw) &&
      !DISGUISE.test(raw)
    )
      return;
    const view = context.normalised.words;
    const text = view.text;
    const base = context.normalised.base.text;
    // Only the phrases whose words are in the text (signals/cue-gate.ts cutDeep): the same matches.
    const g = cutDeep(PRIVATE_LIFE_ALL, text);
    if (g === null) return;
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const end = m.index + m[0].length;
      if (SELF.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (
        GROUP_AFTER.test(text.slice(end, end + 30)) ||
        GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
      )
        continue;
      if (WORN.test(m[0]) && WORN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
        continue;
      if (
        DESCRIBES_ROLE.test(text.slice(end, end + 20)) &&
        (PRAISE.test(text) || REPORTED_ABUSE.test(text))
      )
        continue;
      if (FAITH_ROLE_AFTER.test(text.slice(end, end + 20))) continue;
      // "a turban-tying session", "hijab day": an event about the clothing, not one person's faith.
      if (WORN.test(m[0]) && WORN_EVENT_AFTER.test(text.slice(end, end + 30))) continue;
      // A patient's circumstances ("our patient Kevin from the homeless shelter") are theirs.
      if (CIRCUMSTANCE.test(m[0]) && nearest(text, m.index, end, PATIENT_CUES, 80) < Infinity)
        continue;
      const at = view.toOriginal(m.index, end);
      if (
        !colleagueNear(context.text, at.start, at.end, 140) &&
        !colleagueNear(base, at.start, at.end, 140)
      )
        continue;
      if (CONSENT_OR_SELF.test(text)) return;
      context.report({
        start: at.start,
        end: at.end,
        data: { detail: context.text.slice(at.start, at.end) },
        redactAs: "[colleague's private life]",
      });
      return;
    }
  },
});
