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
  PERSON_NOUN,
  REPORTING_BEFORE,
  SELF_DESCRIPTION,
  hasNamedPerson,
  hasSpecificPerson,
  isQuoted,
} from "../../recognizers/offensive/context.js";
import { FLAG_EMOJI } from "../../recognizers/offensive/words/identity-terms.js";
import type { RuleContext } from "../rule.js";
import { vocabulary } from "../../normalise/index.js";
import { HATE_THRESHOLD, offensiveScores } from "../../model/offensive-model.js";
import { execIfMay } from "../../signals/cue-gate.js";

export interface HateFinding {
  start: number;
  end: number;
  kind: string;
  label: string;
  why: "slur" | "contempt";
  /** End of the word in the words view. */
  viewEnd?: number;
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
  [
    /\b(?:this|that|you|their|your|dirty|filthy|lazy|thieving|smelly|noisy|scrounging|ungrateful|bloody) lot\b|\bthe lot of (?:them|em)\b/,
    2,
  ],
  [
    /\b(?:these|those)(?: \w+)? (?:people|types|sorts|ones)\b(?! (?:save|saved|saving|keep|kept|work|worked|deserve|care|cared|hold|held|gave|give|left|make|made|run|ran|are (?:heroes|amazing|brilliant|incredible|the backbone|our colleagues|human|people|nurses|doctors)))|\bpeople like (?:you|them|that)\b|\b(?:their|your|that) (?:sort|kind)\b/,
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
    /\b(?:taking|take|took|takes) over\b|\binvasion\b|\binvad(?:ing|ed|es|e)\b|\boverrun\b|\binfest\w*|\bswarm\w*|\bbreed(?:s|ing)?\b|\bhordes?\b|\bboatloads?\b|\bflood(?:ing)? (?:in|into|over|the)\b|\bpouring in\b|\blike (?:animals|rats|cockroaches|vermin|zombies|cattle|sheep|locusts|cavemen|neanderthals|apes|monkeys|savages)\b/,
    2,
  ],
  // Expulsion: "go home", "send/ship/fly them back", "get rid of them", "back where they came from".
  [
    /\bgo (?:back )?(?:home|back)\b|\b(?:send|ship|fly|deport|kick|boot|throw|put|pack) (?:them|em|'em|the lot|him|her|these people|those people|all of them)(?: all)?(?: \w+)? (?:back|home|out|on a (?:plane|boat))\b|\bdeport (?:them|the lot|him|her)\b|\bget rid of (?:them|the lot|em|'em|all of them)\b|\bback (?:where|to where) (?:they|you|she|he) (?:came|come) from\b|\b(?:don't|dont|shouldn't|should not) (?:even )?be (?:here|in this country|working here)\b|\bnot welcome here\b/,
    3,
  ],
  // Expulsion said as what someone needs: "wants sending back", "back to the call centre he came from".
  [
    /\b(?:wants?|needs?|should be|ought to be|get (?:him|her|them)) (?:sending|sent|shipping|shipped|deporting|deported|packing off) (?:back|home)\b|\bback to the [a-z]+(?: [a-z]+)? (?:he|she|they) came from\b/,
    3,
  ],
  // Language as a failing: "can barely speak English", "can't understand a word".
  [
    /\bspeak (?:english|the language|proper english)\b|\b(?:can't|cannot|cant|can barely|could barely|barely|hardly|don't|dont) (?:even )?(?:speak|understand a word)\b|\bnobody speaks english\b|\bbroken english\b|\b(?:nobody|no one|no-one) can understand (?:them|him|her|a word)\b|\b(?:employ|hire|recruit|get) (?:some )?(?:english|british|local|white) (?:people|staff|nurses|doctors|ones)\b/,
    2,
  ],
  // Care refused or ranked by who gives it: "wait for a proper English doctor", "not the ones in
  // headscarves", "don't want them touching her", "is this the NHS or Pakistan?".
  [
    /\bproper (?:english|british|white|local) (?:doctors?|nurses?|staff|people|carers?|person|one)\b|\b(?:any of |one of )?the ones (?:in|wearing) (?:headscarves|hijabs|turbans|burkas|niqabs)\b|\b(?:don'?t|do not|doesn'?t|does not) want (?:them|any of them|one of them|those ones) touching\b|\bis (?:this|it) (?:the nhs|england|britain|the uk) or\b/,
    3,
  ],
  // Who may not work together: "women shouldn't be crewed together on nights". ("Can't lift" is
  // as often said of a frail husband, and quoted to be answered.)
  [/\b(?:shouldn'?t|should not) be (?:crewed|paired|rostered|put|working|sent out) together\b/, 2],
  // Smell and dirt: "they stink", "smells of curry".
  [
    /\b(?:stink|stinks|stank|stinking|smell|smells|smelling|stench|reek|reeks|reeking|whiff)\b|\bsmells? of (?:curry|garlic|spices)\b|🤢|🤮/u,
    2,
  ],
  // Dehumanising and criminalising labels.
  [
    /\b(?:thieving|scrounging|dirty|filthy|savages?|animals|vermin|trash|scum|parasites|scroungers|cockroaches|subhuman|primitive|backwards?|inbred|freaks?|perverts?|groomers?|abominations?|unnatural|rejects|dregs|riff-?raff)\b/,
    2,
  ],
  [/\block (?:up )?your (?:cars|car|doors|bikes|valuables)\b|\bhide your\b/, 2],
  // "Turks get everywhere", "everyone the Jews have bled dry", "hope they've been dewormed".
  [
    /\bget everywhere\b|\b(?:bled|bleed|bleeding|bleeds) (?:us|this country|the country|the nhs|everyone|[a-z]+) dry\b|\b(?:been|be|get|getting|got) (?:dewormed|de-wormed|deloused|de-loused|defleaed|de-flea'?d|fumigated|hosed down)\b/,
    2,
  ],
  // A person or group called an animal: "she's an ape", "they're monkeys"; caricature ("big lips").
  [
    /\b(?:is|are|'s|'re) (?:an? |just an? |such an? |like an? )?(?:apes?|monkeys?|gorillas?|chimps?|baboons?)\b/,
    3,
  ],
  [/\bbig lips\b/, 2],
  // A dehumanising noun said of the group ("migrant vermin", "they're parasites", "an
  // infestation"), the group as a brigade or a mob ("the hijab brigade", "the trans lobby").
  [
    /\b(?:vermin|cockroaches|parasites|subhumans?|locusts|infestation|plague of)\b|\b(?:brigade|mob|mafia|lobby|crowd|squad)\b(?! (?:of (?:volunteers|helpers|nurses))|(?:is|are) (?:amazing|brilliant))/,
    1,
  ],
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
  // A place they belong and one they do not: "women belong on reception, not on ambulances".
  [
    /\bbelongs? (?:on|in|at|behind) (?:the |a )?[a-z]+(?: [a-z]+)?,? not (?:on|in|at|behind|doing)\b|\bbelongs? (?:at home|on reception|in the home|at the sink|behind a desk)\b/,
    3,
  ],
  // Made to pay or to lose rights for who they are: "should pay for their own interpreters",
  // "should lose their vote", "why should my taxes fund".
  [
    /\bshould (?:pay|fork out) for (?:their|his|her) own\b|\bshould (?:lose|be stripped of|not get|not have|have to give up) (?:their|the|his|her) (?:vote|votes|licen[cs]es?|benefits|pensions?|treatment|beds?)\b|\bwaving (?:their|his|her) arms about\b/,
    2,
  ],
  [
    /\bwhy should (?:my|our|the|hard-working) (?:taxes|taxpayers?|money|nhs) (?:fund|pay for|be spent on)\b/,
    2,
  ],
  [
    /\bleave (?:it|the(?: [a-z]+){1,2}) to the (?:men|women|lads)\b|\b(?:clear off|go off|disappear) on mat(?:ernity)? leave\b/,
    2,
  ],
  // Wanting staff of another race or religion: "I want a proper doctor", "a white man". (Asking for
  // a man or a woman for personal care is a request the Trust meets, not contempt.)
  [
    /\b(?:normal|proper|real) (?:nurse|nurses|person|people|staff|doctor|doctors|one|ones|carer|midwife|surgeon)\b|\bsomeone normal\b|\b(?:want|wanted|demand|asked for|ask for|insist on) (?:a|an|to see a|to see an) (?:white|british|english|christian|proper)\b/,
    2,
  ],
  // Refusing staff for who they are: "I don't want a Muslim midwife anywhere near my wife", "make
  // sure whoever is on is English". (Asking for a woman for intimate care is a request, not
  // contempt: the sex words are left out.)
  [
    /\b(?:don'?t|do not|won'?t|will not|wouldn'?t) (?:want|have|accept|let) (?:a|an|any|one of (?:them|those|these))(?! (?:male|female|man|woman|lady|gentleman|bloke)\b) (?:[a-z]+ )?(?:midwife|midwives|nurses?|doctors?|surgeons?|carers?|paramedics?|porters?|hcas?|gps?|consultants?|physios?|dentists?|staff)\b[^.!?\n]{0,40}?\b(?:near|touching|treating|looking after|examining|delivering|seeing|anywhere)\b|\bmake sure (?:[a-z]+ ){0,6}(?:is|are) (?:english|british|white|christian)\b/,
    3,
  ],
  // A sex or group said to lack what the work needs: "women just don't have the nerve", "I
  // wouldn't let one near an aortic repair".
  [
    /\b(?:just|simply|still) (?:don'?t|do not|can'?t|cannot|haven'?t) (?:got |have )?(?:the )?(?:nerve|bottle|brains|stomach|temperament|stamina|balls|head for)\b/,
    2,
  ],
  [/\bwouldn'?t let (?:one|any of them|one of them) (?:near|anywhere near|touch|operate)\b/, 2],
  [
    /\b(?:and|but) (?:a|an) (?:black|asian|foreign|female|gay|muslim|disabled) (?:one|one at that)\b|\bat that\b/,
    1,
  ],
  [
    /\bnot (?:comfortable|happy|ok|okay) with (?:it|them|that)\b|\bmakes? (?:[a-z]+ ){0,3}(?:uncomfortable|nervous|scared|feel unsafe)\b|\bs[ea]p[ea]rate (?:[a-z]+ )?(?:changing rooms|toilets|wards|rooms|bays|showers) for them\b/,
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
  // Stereotypes of a whole group as criminal, dishonest or grasping: "all thieves", "count the
  // spoons", "their qualifications are bought", "always want to haggle".
  [
    /\b(?:thieves|thief|crooks|criminals|con artists|fraudsters)\b|\bcount(?:ed|ing|s)? the (?:spoons|cutlery)\b|\bcheck your (?:wallet|purse|pockets)\b|\block (?:up )?your (?:lockers?|bags?|purses?)\b|\b(?:qualifications|degrees|certificates) (?:are|were) (?:bought|fake|forged)\b|\bhaggle\b|\bbleed\w* (?:the nhs|us|the country|the system) dry\b|\bhealth tourists?\b/,
    2,
  ],
  // Stereotypes of a whole group as lazy, incompetent or unfit: "aren't built for", "too
  // emotional", "drama queens", "sleep the whole shift", "can't even use a computer".
  [
    /\b(?:aren't|are not|isn't|is not|not) (?:built|made|cut out) for\b|\bno (?:job|place) for a (?:man|woman|girl|lad)\b|\btoo (?:emotional|hormonal|hysterical|soft|weak)\b|\b(?:pmt|pms|time of the month|hormones)\b|\bdrama queens\b|\bsleep (?:the whole|all) (?:shift|night|day)\b|\bcan't even use (?:a|the) (?:computer|fork|knife|toilet|phone)\b|\bhow to use a (?:knife|fork|toilet|computer)\b|\b(?:always|forever) off (?:having babies|sick|on maternity)\b|\b(?:african|caribbean|jamaican|nigerian|island|cp) time\b|\bcan'?t (?:even )?(?:parallel )?(?:park|drive|read a map)\b|\band you want (?:them|her|him|these|those) (?:near|to operate|operating|treating|looking after|in charge)\b|\bturn up sober\b|\bexaggerat\w* (?:their|the) pain\b|\bgood luck getting anything done\b|\bpick a side\b/,
    2,
  ],
  // Disease and dirt: "spreading their diseases".
  [/\bspread(?:ing|s)? (?:their |his |her )?(?:diseases?|germs|aids|hiv)\b|\bdiseased\b/, 2],
  // A condition denied or treated as bad character: "just an excuse for being thick", "made up by
  // lazy parents", "the new word for badly behaved", "attention-seeking nutters".
  [
    /\bjust an excuse (?:for|to)\b|\b(?:is|are|was) (?:all )?made up\b|\bnot a real (?:thing|condition|illness|disability)\b|\bthe new (?:word|name|label) for\b|\bbadly behaved\b|\battention[ -]?seek\w*\b|\bnutters?\b|\bwaste of (?:a bed|beds|bed space|space|money|resources|oxygen|air)\b|\b(?:normal|real) (?:kids|children|patients|people)\b|\bupset(?:s|ting)? everyone\b|\bstay (?:at )?home if you can't\b|\bif you can't (?:walk|see|hear|talk)\b|\bhire someone who can (?:walk|see|hear|talk|speak)\b|\btake the stairs like\b|\bget (?:him|her|them) a helmet\b|\bflopping\b|\brevolve around them\b/,
    2,
  ],
  // A condition said to be only a polite word for bad character: "autism is just the new word for
  // spoilt", "depression is just a posh word for lazy"; "ignorance is bliss" of a condition.
  [
    /\bis (?:just|only|basically|really) (?:the |a )?(?:new|posh|fancy|polite|modern|trendy|made-up|middle-class) (?:word|name|label|term|excuse) for\b|\bignorance (?:really |truly )?is bliss\b|\b(?:discipline|a good smack|a clip round the ear|a good hiding) (?:would|will|'d) (?:cure|sort|fix)\b/,
    3,
  ],
  // Gender identity denied: "a man is a man", "you're a girl love", "do I call it 'it'",
  // "trans 'women'" in scare quotes.
  [/\ba (?:man|woman|bloke) is (?:still )?a (?:man|woman|bloke)\b/, 2],
  // Said to be the other sex, or refused their pronouns: "trans women are blokes in frocks",
  // "I'm not calling him 'she'", "won't use their pronouns".
  [
    /\b(?:women|woman|girls?) (?:are|is) (?:just |really |actually |basically |all |still |only )?(?:blokes|men|a bloke|a man|geezers|lads|boys)\b|\b(?:men|man|boys?) (?:are|is) (?:just |really |actually |basically |all |still |only )?(?:women|a woman|girls|a girl|ladies)\b|\bin (?:frocks|wigs|skirts|lipstick|heels)\b|\b(?:not|never|won't|refuse to|not going to) (?:be )?(?:calling|call|using|use) (?:them|him|her|it) ['‘"“]?(?:she|he|her|him|they|them)\b|\b(?:won't|refuse to|not going to|never going to|never) (?:use|say|respect) (?:their|his|her|its|those) (?:pronouns|preferred|chosen name)/,
    3,
  ],
  [
    /\byou're (?:a|still a) (?:girl|boy|man|woman|bloke|lad)\b|\bcall (?:it|him|her|them) ['‘]?it['’]?\b|\btrans ['‘"“](?:women|men|woman|man)['’"”]|\b(?:had|has had|'s had) (?:it |them |his bits |her bits )?(?:chopped|cut) off\b|\bspecial badge\b/,
    2,
  ],
  // A family or relationship run down for who is in it: "poor kid won't even have a dad".
  [
    /\bpoor (?:kid|child|baby)\b|\b(?:won't|will never|doesn't|never) (?:even )?(?:have|get|know) a (?:dad|mum|father|mother)\b/,
    2,
  ],
  // Religion mocked: "keep your fairy tales at home", "looks like a ninja", "preaching".
  [
    /\bcult\b|\bbrainwashed\b|\bfairy tales?\b|\bsky fairy\b|\bimaginary friend\b|\bbackwards? (?:religion|culture|beliefs?|people)\b/,
    3,
  ],
  [/\blike a (?:ninja|letterbox|bin bag|bank robber)\b|\bpreaching\b/, 2],
  // Mocking how a group speaks or moves: "mimicking her accent", "head wobbling", "jabbering".
  [
    /\b(?:mimick?\w*|mocking|impressions? of|taking off) (?:\w+ ){0,3}(?:accents?|voice)\b|\baccents?\b.{0,30}\b(?:never gets old|lol|😂|🤣|like a parrot|can't understand)|\bhead[ -]?wobbl\w*\b|\bjabber\w*|\bgibberish\b|\blike a parrot\b|\bnodding dog\b|\b(?:i|we) vill\b|\bze (?:obs|patient|doctor|drugs)\b|\bjazz hands\b|\bb-b-b\w*/u,
    2,
  ],
  // Dehumanising "jokes" about food, homes or animals: "check it's not the cat", "mud huts".
  [
    /\bnot the (?:cat|dog)\b|\beat(?:s|ing)? (?:cats|dogs)\b|\bmud huts?\b|\bback to the (?:jungle|trees|desert|caves|mud huts?)\b/,
    2,
  ],
  // A workplace said to be overrun: "like working in Lagos", "nobody British left", "stop recruiting from".
  [
    /\blike (?:i'm |im |we're |you're )?(?:working|living|being) in (?:lagos|delhi|mumbai|karachi|kabul|bucharest|warsaw|manila|a foreign country|a third world|the third world|africa|india|another country)\b|\bnobody (?:british|english|white) (?:left|anymore|any more)\b|\bstop (?:recruiting|hiring|employing|taking) (?:from|them|any more)\b|\bseparate (?:bay|bays|clinic|entrance|queue) for them\b|\btheir own clinic\b/,
    2,
  ],
  // A group as a disease or a crime wave: "Islam is a cancer", "bring their diseases with them",
  // "either a dealer or a pimp", "paedo flags".
  [/\b(?:is|are) a (?:cancer|disease|plague|virus|infestation|blight)\b/, 3],
  [
    /\bbring(?:s|ing)? (?:their |in )?(?:diseases?|germs|crime|drugs)\b|\bmade[ -]up religion\b|\bfake religion\b|\b(?:drug )?dealers?\b|\bpimps?\b|\bpickpockets?\b|\bgrooming gangs?\b|\bpaedos?\b|\bpaedo flags?\b|\bnonces?\b/,
    2,
  ],
  // Said not to belong or to care: "don't integrate", "only here for the visa", "don't want to be here".
  [/\bonly here for (?:the )?(?:visa|visas|benefits|money|passport)\b/, 3],
  // Overrun, and whose country it is: "can't move for headscarves", "whose country is it anyway".
  [
    /\bcan'?t move for\b|\bwhose country (?:is (?:it|this)|are we in)\b|\b(?:it'?s|this is) (?:our|my) country\b|\bin (?:our|my) own country\b|\bwhy (?:have|has|do|are) (?:you|we|they) (?:got )?so many\b/,
    2,
  ],
  [
    /\bdon't (?:integrate|want to be here|fit in|even try to fit in)\b|\bdon't care about (?:patients|us|anyone|the patients)\b|\b(?:speaking|talking|chatting|jabbering|gabbing|babbling) (?:away )?(?:in )?their own language\b/,
    2,
  ],
  // Kept out of roles or care: "shouldn't be managers", "shouldn't be resuscitated", "nobody wants that".
  [
    /\b(?:shouldn't|should not|should never) be (?:nursing|managers?|midwives|midwife|nurses?|doctors?|surgeons?|consultants?|leaders?|in charge|resuscitated|employed|hired|recruited|working (?:here|with|in|on))\b|\bno (?:woman|man|patient|one|mother|mum) wants (?:one|them|that|him|her)\b|\bnobody wants (?:that|them|those|these|one)\b|\btheir own (?:a&e|clinic|ward|entrance|toilets?|waiting room|hospital)\b|\bget someone (?:christian|white|british|english|normal)\b|\bdon't want (?:a|an|any) [a-z]+ (?:doctor|nurse|man|woman|carer) (?:touching|near|treating)\b/,
    2,
  ],
  [/\bround the back\b|\bnear the bins\b|\bby the bins\b/, 2],
  // Kept off a ward or a team: "lesbians shouldn't be on the mother and baby unit".
  [
    /\b(?:shouldn't|should not|should never) be (?:on|in) (?:the |a |our )?(?:[a-z&]+ ){0,3}(?:unit|ward|wards|team|clinic|bay)\b/,
    2,
  ],
  // Kept away from the people they would care for or teach: "shouldn't be mentoring the students".
  [
    /\b(?:shouldn't|should not|should never|mustn't) be (?:mentoring|teaching|training|looking after|caring for|left alone with|allowed near|near (?:children|kids|the kids|students)|around (?:children|kids|students))\b/,
    3,
  ],
  // Appointed only for who they are: "diversity hire", "box ticked".
  [
    /\bdiversity hires?\b|\btoken (?:hire|appointment)\b|\bbox[ -]?ticking\b|\bbox ticked\b|\bticked a box\b|\bticks? (?:a|the|all the) boxe?s?\b/,
    3,
  ],
  // Identity denied or sneered at: "there are two sexes", scare quotes round "non-binary" or "disabled".
  [
    /\bthere are (?:only )?two (?:sexes|genders)\b|\bno pretending\b|\bpretend(?:ing)? to be (?:a )?(?:woman|women|man|men|girl|boy)\b/,
    2,
  ],
  [
    /['"“‘](?:non-binary|nonbinary|trans|disabled|women|woman|men|man|they\/them|her|him|she|he|carers?|nurses?|doctors?|colleagues?|staff|refugees?|families|children|kids|professionals?|qualified|qualifications|prayers?|praying|fasting|holy|culture|religion|pain|asylum seekers?|students?|dysphoria|identity|lived experience)['"”’]/,
    2,
  ],
  // Euphemisms of the far right put in scare quotes: "another bit of 'cultural enrichment' in A&E".
  [/['"“‘](?:cultural )?enrichment['"”’]|['"“‘](?:vibrant|new arrivals|new neighbours)['"”’]/, 3],
  // Gender identity as a phase to get over: "until she sorts herself out", "he'll grow out of it".
  [
    /\bsort(?:s|ed|ing)? (?:herself|himself|themselves|themself) out\b|\bgrow(?:s|n)? out of it\b|\bjust a phase\b/,
    2,
  ],
  // Myths of difference and bad parenting: "don't feel pain", "badly parented", "workshy".
  [/\b(?:don't|do not) feel pain\b|\bfeel (?:less|no) pain\b|\bpain threshold\b/, 3],
  [
    /\bbadly parented\b|\bbad parenting\b|\blazy parent\w*|\bwork[ -]?shy\b|\bskivers?\b|\b(?:all|everything's|everything is) about feelings\b|\bwaste of (?:nhs |taxpayers'? |our )?(?:money|resources|time)\b|\band get rid\b/,
    2,
  ],
  // "Jokes" about a group: "what do you call a dyslexic nurse?", "how many Poles does it take".
  [
    /\bwhat do you call (?:a|an|two|three|[0-9]+) [a-z]+(?: [a-z]+)?\b|\bhow many [a-z]+(?: [a-z]+)? does it take\b|\b(?:walks|walk|walked) into a (?:bar|pub|ward|hospital|surgery)\b/,
    3,
  ],
  [/\bjoke of the day\b|\bjoke time\b|\bheard the one about\b/, 2],
  // "Just asking questions": a sneer put as a question, "genuine question", "funny that".
  // Weak alone ("on the female ward? just asking"); a question generalising about the group is
  // fairly strong: "why do all the ... nurses shout", "why are so many of the GPs ...".
  [
    /\b(?:just|only) asking(?: (?:questions|a question))?\b|\bgenuine question\b|\basking for a friend\b|\bfunny (?:that|how)\b|\bmake of that what you will\b|\bdraw your own conclusions\b|\bconvenient(?:ly)?\b|\bmakes you think\b|\bsay no more\b|\bno offen[cs]e,? but\b|\bdon't get me started on\b/,
    1,
  ],
  [
    /\bwhy (?:do|does|are|is|did|must) (?:all|so many|most|half) (?:of )?(?:the |these |those |our |them\b)|\bwho decided that\b|\bso many of (?:them|the|these|those|our)\b/,
    2,
  ],
  // Put where they are for who they are: "only got the job because of the quotas".
  [
    /\bonly (?:got|get|gets|getting|been) (?:in|the job|the post|promoted|hired|employed|taken on|through)\b[^.!?\n]{0,30}\b(?:because|cos|coz|due to)\b|\b(?:visa|diversity|race|gender) quotas?\b|\bnot (?:their|his|her) (?:ability|skills?|merit|competence)\b/,
    3,
  ],
  // A condition said to be an excuse: "so-called depressed", "man up".
  [/\bso[- ]called\b|\bman up\b|\bpull (?:yourself|themselves|himself|herself) together\b/, 2],
  // "I'm not racist, but ...": the disclaimer announces what follows.
  [
    /\b(?:i'm |i am )?not (?:being )?(?:racist|homophobic|sexist|transphobic|ableist),? (?:but|just)\b/,
    2,
  ],
  [/\btoo many\b|\b(?:we're|we are|this is) (?:in )?(?:england|britain|the uk)\b/, 1],
  // Disability as a joke name or an act: "a bit 'special'", "n-n-n-next", "talking like him for a laugh".
  [
    /\b(?:proper|a bit|bit|so) ['‘"]?special['’"]?|\b([a-z])-\1-\1|\b([a-z])\2\2-\2|\b(?:talking|talk|walking|walk) like (?:him|her|them) for a laugh\b|\bmumble on purpose\b|\bwatching (?:him|her|them) struggle\b/,
    2,
  ],
  // Dislike said outright: "sick of", "can't stand".
  [/\bsick of\b|\bcan't stand\b|\bfed up (?:of|with)\b/, 1],
  // Generalising: "they all", "always", "typical", "are all".
  [
    /\b(?:are|were) all\b|\bthey all\b|\balways\b|\btypical\b|\bevery (?:single )?[a-z]+ (?:family|one)\b/,
    1,
  ],
  // Ridicule of a condition or an accent.
  [
    /'?\s?(?:lol|lmao|haha)\b.{0,40}\bmeltdown\b|\bcan't even\b.{0,40}\bmeltdown\b|\b(?:zis|zat|vot|ze)\b.{0,30}\b(?:ze|zis|zat|is having)\b|\b(?:dribbling|drooling|window lick\w*|short bus)\b/,
    2,
  ],
  [/🐒|🍌|🐵|🙈🍌|👃|🦍/u, 2],
  // Watching them as entertainment: "pure comedy watching them".
  [
    /\bpure comedy\b|\bcomedy gold\b|\bwatching (?:them|him|her)\b[^.!?\n]{0,20}\b(?:comedy|hilarious|gold|entertainment)\b/,
    2,
  ],
  [/\bforeign\b/, 1],
  [
    /\b(?:every|all) (?:single )?(?:one|time|day|morning|shift|doctor|doctors|nurse|nurses|one of them)\b|\banother\b|\bagain\b|\bwhy (?:do|does|is|are)\b/,
    1,
  ],
  [/\blol\b|\blmao\b|😂|🤣|🙄|\bgood luck (?:getting|finding|with)\b/u, 1],
  [
    /\bno(?:body|one)\b.{0,20}\ballowed to say\b|\bnobody'?s allowed to say it\b|\bwoke\b|\bsnowflakes?\b|\bpolitically correct\b|\bjust saying\b|\bwhat (?:everyone|we all|most people) (?:thinks|think|is thinking|are thinking)\b|\bsome(?:one|body) (?:had|has) to say it\b/,
    1,
  ],
  [
    /\b(?:can't|cannot|can't even|unable to|too (?:slow|stupid|emotional)|useless|incompetent|lazy|thick|stupid|dumb|idiots?)\b/,
    1,
  ],
];

// One cheap test before any window is scored: every contempt concept needs one of these.
const CONTEMPT_GATE =
  /ape|monkey|gorilla|chimp|baboon|lips|time\b|park|drive|map\b|word for|name for|label for|term for|bliss|discipline|smack|clip round|hiding|oxygen|waving|pay for|lose\b|stripped|not get|not have|give up|lot\b|these|those|people like|sort|kind|why |tak|invad|infest|swarm|breed|like |home|back|deport|rid of|be here|welcome|speak|understand|english|stink|stank|smel|stench|reek|whiff|🤢|🤮|thiev|scroung|dirty|filth|savage|animal|vermin|parasit|cockroach|subhuman|primitive|inbred|lock|hide your|ill\b|allowed|should|ban |belong|kitchen|leave|normal|proper|real |want|demand|ask|insist|at that|comfortable|happy with|ok with|okay with|separate|nobody|still|dress|op\b|chop|bits|sex change|whatever|pronoun|sharia|money|pocket|greed|terror|bomb|cover|scared|jobs|houses|homes|benefit|own|lol|lmao|haha|meltdown|zis|zat|dribbl|drool|window|bus\b|🐒|🍌|🐵|👃|🦍|foreign|every|all |another|again|😂|🤣|🙄|good luck|woke|snowflake|saying|thinks|think|correct|can't|cannot|unable|too |useless|cancer|plague|virus|blight|bring|religion|dealer|pimp|pickpocket|grooming|paedo|nonce|integrate|here for|care about|own language|england|britain|the uk|nursing|manager|midwi|nurse|doctor|surgeon|consultant|leader|in charge|resuscitat|employed|hired|recruited|working|wants|a&e|round the back|bins|someone|want a|want an|want any|diversity|token|box|tick|two sexes|two genders|pretend|'|"|“|‘|feel pain|feel less|feel no|parent|shy|skiver|feelings|waste|get rid|special|-|for a laugh|on purpose|struggle|racist|homophobic|sexist|transphobic|ableist|too many|incompetent|lazy|thick|stupid|dumb|idiot|thie|crook|criminal|con artist|fraud|spoons|cutlery|wallet|purse|locker|bought|fake|forged|haggle|bleed|tourist|built|made|cut out|no job|no place|pmt|pms|month|hormon|drama|sleep|use a|off |island|sober|exaggerat|pick a side|spread|disease|excuse|new word|new name|new label|behaved|attention|nutter|waste of|upset|stay|if you can|hire someone|stairs|helmet|flop|revolve|is a man|is a woman|is a bloke|you're|call |trans |chopped|cut off|badge|poor |have a|get a|know a|fairy|ninja|letterbox|bin bag|bank robber|preach|mimic|mocking|impression|taking off|accent|wobbl|jabber|gibberish|parrot|nodding|vill|ze |jazz|b-b|not the|eat|mud hut|jungle|trees|desert|caves|working in|living in|being in|stop |own clinic|are all|were all|they all|always|typical|overrun|horde|boatload|flood|pouring|zombie|cattle|locust|brigade|mob\b|mafia|lobby|crowd|squad|man|men|girl|boy|frock|wig|skirt|lipstick|heels|call|using|use |say |respect|joke|how many|walk|heard the one|asking|question|funny|make of that|conclusions|decided|so many|only |quota|abilit|skill|merit|competen|so-called|so called|pull |comedy|watching|nightmare|burden|liabilit|drain|menace|entitled|dangerous|criminal|liar|aggressive|violent|unreliable|untrustworthy|disgusting|uncomfortable|nervous|unsafe|convenient|makes you|say no more|caveme|neanderthal|apes|monkeys|cult|brainwash|trash|scum|reject|dregs|riff|offen|started on|move for|country|so many|employ|hire|recruit|get |bled|worm|delouse|de-louse|flea|fumigat|hosed/u;

// Positive or supportive framing: a post celebrating or defending a group.
const SUPPORT =
  /\b(?:proud|pride in|celebrat\w*|welcome|welcoming|support\w*|belong here|you belong|not a debate|inclusion|inclusive|allies|ally|equality|diversity|respect|thank you|thanks|happy|mubarak|network)\b|🏳️‍🌈|🏳️‍⚧️|💜|💚|💙/u;

// Words of support said with contempt: "diversity hire", "I don't care what the equality training
// says", "woke inclusion nonsense".
const NOT_SUPPORT =
  /\bdiversity hires?\b|\b(?:don't|dont|do not) care (?:what|about) (?:the |our |this |any |their )?(?:equality|diversity|inclusion|respect)\b|\b(?:so-called|bloody|stupid|pointless|woke|forced) (?:equality|diversity|inclusion)\b/g;

// Laughing hard, as at someone: "couldn't stop laughing", "in stitches", "😂😂".
const LAUGHED_AT =
  /\b(?:couldn't|could not|can't|cant) stop laughing\b|\bcrying laughing\b|\bin stitches\b|\b(?:pissing|wetting|wet) myself\b|\bfunniest thing\b|😂😂|🤣🤣|😂🤣|🤣😂/u;

// Laughing together or at oneself: "we were crying laughing at my attempts".
const LAUGHING_WITH =
  /\bat (?:my|myself|me|ourselves|us)\b|\b(?:laugh\w*|giggl\w*) (?:with|together)\b|\bwe (?:were|both|all)\b|\bboth of us\b|\btogether\b/;

// Contempt predicated of the group named just before: "[deaf patients] are a nightmare".
const GROUP_PREDICATE =
  /^ (?:[a-z]+ ){0,2}?(?:are|is|were|being) (?:all |just |basically |so |such |always |literally )?(?:a |an )?(?:nightmares?|liability|liabilities|burdens?|drain|menace|useless|lazy|thick|stupid|entitled|snowflakes?|parasites|scroungers|animals|vermin|joke|waste of space|dirty|filthy|dangerous|criminals|thieves|liars|aggressive|violent|backwards?|primitive|incompetent|unreliable|untrustworthy|disgusting|a plague|badly behaved|naughty|spoilt|spoiled|attention[- ]seeking|faking it|making it up)\b/;

// Weak signs ("again", "lol", "another") add one point at most, however many there are:
// banter stacks them up without any contempt.
const NEGATED_BEFORE = /\b(?:not|aren't|isn't|wasn't|weren't|never|no longer)\s+$/;

function score(window: string, strongAlready = 0): number {
  let strong = strongAlready;
  let weak = 0;
  for (const [re, weight] of CONTEMPT) {
    if (weight === 1) {
      if (weak === 0 && re.test(window)) weak = 1;
    } else {
      // A sign said to be untrue is not contempt: "migrants are not taking our jobs".
      const m = re.exec(window);
      if (m && !NEGATED_BEFORE.test(window.slice(Math.max(0, m.index - 14), m.index)))
        strong += weight;
    }
  }
  return strong === 0 ? 0 : strong + weak;
}

// A slur inside the name of an organisation is the name, mentioned: "the Spastics Society
// became Scope", "the Mongol Rally" is no use of the word about anyone.
const ORGANISATION_NAME =
  /^[A-Z][a-z]*[’']?s? (?:Society|Association|Trust|League|Club|Foundation|Charity|Rally|Empire|Derby|Act|Hospital|Home|School|Centre|Center|Institute|Fund)\b/;

function slurExcused(text: string, slur: Entity, wholePost: string, original: string): boolean {
  const vs = Number(slur.detail?.viewStart ?? 0);
  const ve = Number(slur.detail?.viewEnd ?? 0);
  const before = text.slice(Math.max(0, vs - 40), vs);
  if (REPORTING_BEFORE.test(before)) return true;
  if (ORGANISATION_NAME.test(original.slice(slur.start, slur.end + 24))) return true;
  if (isQuoted(text, vs, ve) && CONDEMNATION.test(wholePost)) return true;
  // Worn with pride ("proud dyke on a bike", "Dykes on Bikes" at Pride) is reclaimed use.
  if (/\bproud\s+$/.test(before) || /^s?\s+on\s+bikes?\b/.test(text.slice(ve, ve + 12)))
    return true;
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

// The last post's analysis (three rules ask in turn; the checker handles one post at a time).
let lastNormalised: object | undefined;
let lastAnalysis: HateAnalysis | undefined;

// "Not racist, just what I see" disclaims nothing: it is not condemnation.
const NOT_RACIST_BUT =
  /\b(?:i'm |i am )?not (?:being )?(?:racist|homophobic|sexist|transphobic|ableist),? (?:but|just)\b/g;

// Reported speech: the words are someone else's ("a patient told Grace to go back to ...").
const REPORTED_SPEECH =
  /\b(?:told|tells|telling) (?:me|us|her|him|them|our|my|a|the|one|[a-z]+ to)\b|\b(?:said|says|shouted|yelled|screamed|screaming|shouting) (?:at|to|that)\b|\bheard (?:someone|somebody|a|him|her|them) (?:say|said|saying)\b|\b(?:was|were|got|being) told\b|\b(?:is|are|was|were|keeps?|kept|been) calling (?:the|our|your|us|me|them|him|her)\b/;

/** The text of the sentence before view offset `at`. */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 160);
  const chunk = text.slice(from, at);
  const stop = Math.max(
    chunk.lastIndexOf(". "),
    chunk.lastIndexOf("! "),
    chunk.lastIndexOf("? "),
    chunk.lastIndexOf("\n"),
  );
  return stop >= 0 ? chunk.slice(stop + 1) : chunk;
}

const GO_BACK =
  /\bback to the (?:jungle|trees)\b|\b(?:go|send (?:him|her|them)|sent (?:him|her|them)) back (?:to )?(?:(?:your|his|her|their) own (?:country|countries)|where (?:you|he|she|they) (?:came|come) from)\b|\bback to (?:your|his|her|their) own country\b/;

const BACK = vocabulary.intern("back");

// A coded sneer quoted and then answered: "'Diversity hire' is a lazy insult", "is what they
// called her".
const ANSWERED_AFTER =
  /^['"’”]?[ \t]*(?:is|are)[ \t]+(?:(?:a|an|just|such[ \t]+a)[ \t]+)?(?:[a-z]+[ \t]+)?(?:insult|slur|lie|myth|dog[ \t]?whistle|racist|sexist|offensive|not[ \t]+ok)\b|^['"’”]?[ \t]*(?:is|was)[ \t]+what[ \t]+(?:they|someone|somebody|people|a[ \t]+[a-z]+|he|she)[ \t]+(?:called|call|calls)\b/;
// Coded sneers that need no group named: the antisemitic echo ("the usual (((financiers)))"), a
// post called a diversity hire, a person called "it" for their gender, and a condition used as the
// insult ("bit autistic aren't we Sandra").
const CODED: [RegExp, string][] = [
  [/\({3}[a-z][a-z .'’-]{2,40}\){3}/, "race"],
  [/\bdiversity hires?\b/, "race"],
  [
    /\bit\/(?:its|that|thing)\b|\bidentif(?:y|ies) as (?:an? )?(?:attack helicopter|toaster|cat|dog|potato|unicorn)\b/,
    "gender identity",
  ],
  [
    /\b(?:bit|so|proper|well|totally|very) (?:autistic|aspie|special needs|retarded) (?:aren'?t|are|isn'?t|ain'?t) (?:we|you|ya|they|he|she)\b|\byou(?:'re| are) (?:so |such an? |a bit |proper |well )?(?:autistic|aspie)\b/,
    "disability",
  ],
];

// A singular person noun right after a group word: "Sikh porter", "trans nurse", "Jamaican reg".
const ONE_PERSON_AFTER = new RegExp(`^ (?:[a-z]+ )?(${PERSON_NOUN})\\b`);
const SINGLE_AFTER = new RegExp(
  `^(?:\\s*(?:[.!?,;:]|$)|\\s?[^a-z\\s'‘"“]|\\s(?:one|is|was|has|had|who|in|on|at|from|keeps|just|again|said|says|asked|got|gets|can't|cannot|won't|doesn't|did|does|thinks|wants|refused)\\b|\\s(?:[a-z]+ )?(?:${PERSON_NOUN})(?![a-z])(?<!s))`,
);

const OUR_TEAM_AFTER =
  /^ (?:[a-z]+ ){0,2}(?:on|in|from) (?:our|my) (?:[a-z]+ ){0,2}(?:team|ward|unit|shift|rota|department|bay)\b/;

export function analyseHate(context: RuleContext): HateAnalysis {
  if (context.normalised === lastNormalised) return lastAnalysis!;
  const text = context.normalised.words.text;
  const findings: HateFinding[] = [];

  for (const slur of context.entities("slur")) {
    if (slurExcused(text, slur, text, context.text)) continue;
    findings.push({
      start: slur.start,
      end: slur.end,
      kind: String(slur.detail?.kind ?? ""),
      label: String(slur.detail?.label ?? ""),
      why: "slur",
      viewEnd: Number(slur.detail?.viewEnd ?? -1),
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
  // A flag is a weak sign of a group: not when the post reports what someone else said.
  if (flag && groups.length === 0 && !REPORTED_SPEECH.test(text)) {
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
      // Contempt said of the group itself counts as a fairly strong sign: "deaf patients are a
      // nightmare", "young people today are useless snowflakes".
      let s = score(window, GROUP_PREDICATE.test(text.slice(g.ve, g.ve + 60)) ? 2 : 0);
      // Laughing at one disabled person: "blind patient in bay 2 walked into the door 😂😂".
      if (
        g.kind === "disability" &&
        LAUGHED_AT.test(text) &&
        !LAUGHING_WITH.test(text) &&
        ONE_PERSON_AFTER.test(text.slice(g.ve, g.ve + 40))
      )
        s += 3;
      if (s <= 0) continue;
      if ((condemning ??= CONDEMNATION.test(text.replace(NOT_RACIST_BUT, " ")))) s -= 3;
      // Someone else's words, reported: "a visitor told our HCA all Poles are thieves".
      if (REPORTED_SPEECH.test(sentenceBefore(text, g.vs))) s -= 2;
      if ((supportive ??= SUPPORT.test(text.replace(NOT_SUPPORT, " ")))) s -= 2;
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
        viewEnd: best.g.ve,
      });
  }

  // Telling someone to leave the country is contempt for their origin even with no group named:
  // "go back to his own country", "send her back where she came from". So are the sneers that
  // name their group by a code everyone reads.
  if (findings.length === 0) {
    // Every branch of GO_BACK holds " back " as a word: most posts are ruled out by the word index.
    let m = context.normalised.wordIndex.has(BACK) ? GO_BACK.exec(text) : null;
    let kind = "race";
    for (let i = 0; !m && i < CODED.length; i++) {
      m = execIfMay(CODED[i][0], text);
      kind = CODED[i][1];
      // Quoted to be answered: "'Diversity hire' is a lazy insult" (haters quote it too: "'diversity
      // hire' is what we call the new matron").
      if (
        m &&
        isQuoted(text, m.index, m.index + m[0].length) &&
        ANSWERED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
      )
        m = null;
    }
    if (
      m &&
      !CONDEMNATION.test(text) &&
      !SUPPORT.test(text.replace(NOT_SUPPORT, " ")) &&
      !REPORTING_BEFORE.test(text.slice(0, m.index)) &&
      !REPORTED_SPEECH.test(sentenceBefore(text, m.index))
    ) {
      const at = context.normalised.words.toOriginal(m.index, m.index + m[0].length);
      findings.push({
        start: at.start,
        end: at.end,
        kind,
        label: m[0],
        why: "contempt",
        viewEnd: m.index + m[0].length,
      });
    }
  }

  if (findings.length === 0) {
    const none = { findings, atPerson: false };
    lastNormalised = context.normalised;
    lastAnalysis = none;
    return none;
  }
  // Every word of a group name ("Eastern Europeans") is not a person's name.
  const exclude = new Set(
    [...terms, ...context.entities("slur")].flatMap((t) =>
      t.text
        .toLowerCase()
        .split(/\s+/)
        .flatMap((w) => [w, w.replace(/['’]s$/, "")]),
    ),
  );
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
      // A person follows: "that Polish one", "the new spac in records", "the Muslim nurse";
      // not "our African doctors" (a group) or "the gay agenda" (not a person).
      SINGLE_AFTER.test(text.slice(f.viewEnd ?? 0, (f.viewEnd ?? 0) + 40)) &&
      /\b(?:the|this|that|our|your|my|his|her|new)(?: new)? $/.test(
        context.text.slice(Math.max(0, f.start - 10), f.start).toLowerCase(),
      ),
  );
  // The group word describes one person: "Sikh porter refused ...", "a blind physio",
  // "the trans nurse who ...", or a slur used as a noun for someone somewhere ("r3tard in the queue").
  const one = findings.some((f) => {
    const ve = f.viewEnd ?? -1;
    if (ve < 0) return false;
    const after = text.slice(ve, ve + 40);
    const word = context.text.slice(f.start, f.end);
    // "every single Asian family", "any gay nurse" are the group at large.
    const generic = /\b(?:every|each|any|all|no|typical|call an?|how many)(?: single)? $/.test(
      context.text.slice(Math.max(0, f.start - 16), f.start).toLowerCase(),
    );
    const m = ONE_PERSON_AFTER.exec(after);
    if (m && !/s$/.test(m[1]) && !generic) return true;
    return (
      f.why === "slur" &&
      !/s$/i.test(word) &&
      /^\s(?:in|on|at) (?:the|bay|bed|ward|reception)\b/.test(after)
    );
  });
  // The group is the people on the writer's own team or ward: "the Polish girls on our unit",
  // "the Muslim lads on my shift" are a small group anyone there can identify.
  const ourTeam = findings.some((f) =>
    OUR_TEAM_AFTER.test(text.slice(f.viewEnd ?? 0, (f.viewEnd ?? 0) + 50)),
  );
  const atPerson =
    findings.length > 0 &&
    (counted ||
      singled ||
      one ||
      ourTeam ||
      hasSpecificPerson(text) ||
      hasNamedPerson(context.text, exclude));
  const analysis = { findings, atPerson };
  lastNormalised = context.normalised;
  lastAnalysis = analysis;
  return analysis;
}
