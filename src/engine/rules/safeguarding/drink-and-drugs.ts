// Glorifying heavy drinking or drug-taking (CCC-SMP §7.3.13): "got absolutely wasted, 12 pints
// before my shift", "3 bottles of prosecco each, last one to pass out", "weekend is all about the
// c-o-k-e", helping yourself to meds from the ward stock. Read in the words view so disguised
// spellings ("k3t", "c-o-k-e") are found. Harm-reduction advice, Dry January, alcohol-care and
// naloxone posts, and clinical stories about patients are not reported.
import { T, triggers } from "../../recognizers/information/triggers.js";
import { guard } from "../gate.js";
import { defineRule } from "../rule.js";
import { testIfMay } from "../../signals/cue-gate.js";

// Drugs whose names leave no doubt.
const DRUG = guard(
  /\b(?:cocaine|ket|ketamine|mdma|molly|mandy|ecstasy|pingers|spliffs?|weed|cannabis|skunk|bongs?|shrooms|xans|xanax|lsd|crack|meow ?meow|mephedrone)\b/i,
  "cocaine ket ketamine mdma molly mandy ecstasy pingers spliff spliffs weed cannabis skunk bong bongs shrooms xans xanax lsd crack meow meowmeow mephedrone",
);
// Words that are drugs only among party talk.
const STREET = guard(
  /\b(?:(?<!diet |coca[- ]|can of |glass of |cherry |vanilla |pepsi or )coke(?! zero| can| float)|charlie|(?:a few|some|couple of|bag of|handful of) (?:pills|tabs)|pills for|lines of (?:coke|charlie|ket|gear|mandy|md|white)|rack(?:ed|ing)? (?:up|them up|a few up|a line)|a line or two|a cheeky line|(?:do|did|doing|couple of|few) (?:a )?lines?|(?:dropped|dropping|drop|popped|popping|took|taking|necked|necking) (?:a |two |2 |some |a few |a couple of |half a )?(?:pills?|tabs?|ecstasy|mdma|molly|md)|(?:a bit of|bit of|a bag of|a gram of|a g of) (?:md|mdma|mandy|molly|ket)|bumps?(?! into| in to)|gear|the bag|a bag|baggies?|nos|balloons|\u2744\uFE0F?\s?\u2744)\b|\u2744\uFE0F?\s?\u2744/i,
  "coke charlie pills tabs pill tab ecstasy mdma molly md lines line rack racked racking bump bumps gear bag baggie baggies nos balloons \u2744",
);
const PARTY =
  /\bweekend\b|\bpart(?:y|ying|ies)\b|\bsesh\b|\bfestival\b|\brave\b|\bclubbing\b|\bsorted\b|\bgot (?:the|some|a few|a bit of|a)\b|\ball about (?:the|a bit of)\b|\bwho needs sleep\b|\boff (?:my|our|your|me) (?:face|head|tits|nut|box)\b|\bhigh as\b|\bbuzzing\b|\bcan'?t wait\b|\bsee you on the other side\b|\bbank ?holiday\b|\b(?:friday|saturday|sunday)s? (?:night|sesh)?\b|\bnever disappoints?\b|\bnever (?:hurt|harmed|killed) anyone\b|\bget (?:over|through) the week\b|\bafter (?:a|my|every|each) (?:shift|night shift|long day|late)\b|\bto (?:unwind|relax|take the edge off)\b|\btonight\b|\bpost[- ]nights\b|\bafter (?:the |this )?(?:week|shift)|\bscored\b|\bplug\b|\bdealer\b|\bcreamfields\b|\bibiza\b|\bglasto(?:nbury)?\b|\bparklife\b|\bboomtown\b|\uD83D\uDD7A|\uD83D\uDE35|\uD83E\uDD73|\uD83D\uDE0E|\uD83D\uDC8A|\uD83E\uDD2A/i;
// Drug slang that is also a given name ("Molly from the ward", "Charlie on nights") is a name
// when capitalised, unless an amount or a use comes before it ("a bit of Charlie").
const NAME_SLANG = /^(?:Molly|Mandy|Charlie)$/;
const DRUG_BEFORE =
  /\b(?:some|bit of|on|the|took|taking|did|doing|had|got|get|bag of|gram of|g of|line of|few)\s+$/i;
/** The match, unless it is drug slang standing as a given name. */
function drugNamed(m: RegExpExecArray | null, t: string): RegExpExecArray | null {
  if (m === null || !NAME_SLANG.test(m[0])) return m;
  return DRUG_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index)) ? m : null;
}
const BY_A_SIDE = /^[^.!?\n]{0,30}?\bby (?:the|a|an|our|their|them|us|team)\b/i;
const MATCH_WORDS =
  /\b(?:quiz|match|game|rounders|football|netball|cricket|five-a-side|tournament|league|rematch|scored|final|team)\b/i;
// Taking medicines from work to use yourself.
const FROM_STOCK = guard(
  /\b(?:a couple of|a few|some|couple|two|2|handful of|nick(?:ed)?|help yourself to|pinch(?:ed)?|swipe|grab|take|took)\b[^.!?\n]{0,30}?\b(?:promethazine|diazepam|zopiclone|codeine|tramadol|oramorph|morphine|lorazepam|temazepam|gabapentin|pregabalin|midazolam|fentanyl|oxycodone|oxynorm|oxycontin|buprenorphine|pethidine|ketamine|meds|tablets|pills|patches)\b[^.!?\n]{0,30}?\b(?:from|off|out of) (?:the )?(?:ward|drugs?|cd|controlled drugs?|pharmacy|treatment room)?\s?(?:stock|trolley|cupboard|fridge|room)\b/i,
  "promethazine diazepam zopiclone codeine tramadol oramorph morphine lorazepam temazepam gabapentin pregabalin midazolam fentanyl oxycodone oxynorm oxycontin buprenorphine pethidine ketamine meds tablets pills patches + from off out",
);
// Patients' medicines taken home by the author ("took a handful of my patient's leftover tramadol home").
const TAKEN_HOME = guard(
  /\b(?:took|nicked|pocketed|pinched|brought|swiped|snaffled)\b[^.!?\n]{0,40}?\b(?:tramadol|codeine|oramorph|morphine|diazepam|zopiclone|lorazepam|temazepam|gabapentin|pregabalin|oxycodone|oxynorm|fentanyl|co-?codamol|sleeping (?:pills|tablets)|painkillers|meds|tablets|pills|patches)\b[^.!?\n]{0,15}?\bhome\b/i,
  "took nicked pocketed pinched brought swiped snaffled + home",
);
// Help yourself from the ward's medicines: a cabinet override nobody audits, "a little something to
// help you sleep" from the stock.
const WORK_MEDS = guard(
  /\b(?:(?:drugs?|cd|controlled drugs?|medicines?|meds|medication|pharmacy|stock) (?:cabinet|cupboard|trolley|fridge|room|stock|supply)|override|omnicell|pyxis|ward stock|stock cupboard)\b/i,
  "drug drugs cd medicine medicines meds medication pharmacy stock + cabinet cupboard trolley fridge room stock supply",
  "override omnicell pyxis",
  "ward + stock",
  "stock + cupboard",
);
const FOR_YOURSELF = guard(
  /\b(?:(?:a )?(?:little )?something (?:to|for) (?:help (?:you|u|me|us) )?(?:sleep|relax|unwind|chill|take the edge off|get through)|help (?:yourself|urself|yourselves)|for (?:personal|your own|my own|home) use|take (?:some|a few|a couple) home|nobody (?:will )?(?:notices?|misses?|checks?)|(?:perfect|handy|ideal|great) for (?:a|getting|helping)|sorted for (?:the weekend|tonight|the week|the night|nights)|hit (?:me|us) up|spare (?:codeine|tramadol|oramorph|morphine|diazepam|zopiclone|lorazepam|meds|pills|tablets)|(?:goes|go|went|came) home with me)\b/i,
  "something help use home nobody perfect handy ideal great sorted hit spare",
);
// Sedatives or painkillers taken with drink, or recommended for fun or sleep.
const SEDATIVE = String.raw`(?:zopiclone|zolpidem|diazepam|valium|temazepam|lorazepam|promethazine|phenergan|codeine|co-?codamol|tramadol|oramorph|morphine|gabapentin|pregabalin|sleeping (?:pills|tablets)|sleepers|benzos?|painkillers|opioids?|antihistamines?|nytol|xanax)`;
const BOOZE = String.raw`(?:wine|(?:bottles?|glass(?:es)?) of (?:red|white|ros[eé])|vodka|gin|rum|whisky|whiskey|beers?|lagers?|ciders?|pints?|prosecco|tinnies|booze|brandy|tequila|alcohol)`;
const SEDATIVE_WORDS =
  "zopiclone zolpidem diazepam valium temazepam lorazepam promethazine phenergan codeine codamol cocodamol tramadol oramorph morphine gabapentin pregabalin sleeping sleepers benzo benzos painkillers opioid opioids antihistamine antihistamines nytol xanax";
const BOOZE_WORDS =
  "wine bottle bottles glass glasses vodka gin rum whisky whiskey beer beers lager lagers cider ciders pint pints prosecco tinnies booze brandy tequila alcohol";
const MIXED = guard(
  new RegExp(
    String.raw`\b${SEDATIVE}\b[^.!?\n]{0,40}?(?:\b(?:and|with|plus|washed down with|chased (?:down )?with|then)\b|[+&])[^.!?\n]{0,20}?\b${BOOZE}\b|\b${BOOZE}\b[^.!?\n]{0,30}?(?:\b(?:and|with|plus|then)\b|[+&])[^.!?\n]{0,20}?\b${SEDATIVE}\b`,
    "i",
  ),
  `${SEDATIVE_WORDS} + ${BOOZE_WORDS}`,
);
// Drinking as a contest or a badge: "if you can still stand you haven't tried", "last one standing".
const CHALLENGE = guard(
  /\bif (?:you|u|ya) can (?:still )?(?:stand|walk|talk|remember)\b[^.!?\n]{0,50}?\b(?:haven'?t|not|didn'?t|aren'?t|weren'?t|doing it wrong|failed)\b|\b(?:not|haven'?t|didn'?t) (?:tried|drunk|drinking|been drinking) (?:hard|enough)\b|\blast (?:one|man|woman|person|nurse) standing\b|\bdrink(?:ing)? (?:the bar|them|it) dry\b|\b(?:drink|drinking|drank) (?:till|until|til) (?:we|you|i|u|they) (?:drop|fall|pass|puke|spew|can'?t)|\b(?:on the|on a) (?:lash|piss|razz|bender)\b[^.!?\n]{0,40}?\b(?:all (?:night|weekend)|till|until|again|every|blackout|hangover|paramedics|stretcher|carried)\b|#\w*(?:onthelash|onthepiss|bender|getwasted|drunknurses|drinkup)\w*|\b(?:paramedics|ambulance|stomach pump)s? on standby\b|\b(?:still|so|v|very) (?:drunk|hungover|pissed) (?:on|at|for|from|in) (?:shift|work|handover|the ward|my shift|nights)\b|\bcan'?t remember (?:how i got|getting|anything after|the end of)\b|\bfirst (?:one|person|nurse|to)\b[^.!?\n]{0,15}?\b(?:be sick|being sick|puke|puking|spew|throw up|throws up|chunder|pass out|passes out)\b|\bno water (?:allowed|till|until|before)\b|#\w*carnage\w*|\b(?:drink|drinks|drinking|drank) (?:till|until|til) (?:someone|somebody|everyone|one of us|we|you|i|u|they|the first)\b[^.!?\n]{0,25}?\b(?:sick|puke|pukes|spew|spews|pass(?:es)? out|drop|falls? over|can'?t (?:stand|walk|see|talk))\b|\b(?:i'?ll|we'?ll|i'?m gonna|we'?re gonna|gonna|going to|will|might|may) (?:need|be needing|end up needing|end up with) (?:a |our |my )?stomach pumps?\b|\b(?:aim|goal|plan|target|mission|objective)s?(?: for (?:tonight|the night|the day|the weekend|saturday|friday))? (?:is|are|=|:) (?:to (?:be|get|end up) )?(?:carried (?:out|home)|legless|paralytic|wasted|hammered|blackout|black out|on the floor|under the table|unable to (?:stand|walk))\b|\b(?:going|go|drinking|drink|out|partying|carry on|carrying on) (?:till|until|til) (?:i|we|you|u|they|someone|everyone) (?:fall over|fall down|falls over|pass out|passes out|drop|puke|am sick|are sick|can'?t stand|can'?t see)\b|\bwoke up (?:in|on|under) (?:a |the |some )?(?:skip|hedge|bush|ditch|cell|gutter|bin|stranger'?s|random|kebab shop|bath|doorstep|floor of)\b|\bday (?:\d|two|three|four|five) of the (?:bender|sesh|session|lash)\b|\bif (?:you|u)(?:'re| are| r|r) not (?:sick|vomiting|puking|spewing|wasted|hammered|paralytic|on the floor|crawling|legless)\b[^.!?\n]{0,40}?(?:\bare (?:you|u) (?:even|really)\b|\bdoing it wrong\b|\bwhat'?s the point\b)/i,
  "if + stand walk talk remember",
  "tried drunk drinking + hard enough",
  "last + standing",
  "drink drinking drank + dry till until til",
  "lash piss razz bender standby drunk hungover pissed",
  '# + "onthelash" "onthepiss" "bender" "getwasted" "drunknurses" "drinkup"',
  "remember + can cant",
  "first + sick puke puking spew throw throws chunder pass passes",
  "water + allowed till until before",
  '# + "carnage"',
  "drink drinks drinking drank + till until til + sick puke pukes spew spews pass passes drop fall falls cant can",
  "stomach + pump pumps",
  "aim aims goal goals plan plans target targets mission missions objective objectives + carried legless paralytic wasted hammered blackout black floor table unable",
  "going go drinking drink out partying carry carrying + till until til + fall falls pass passes drop puke sick stand see",
  "woke + skip hedge bush ditch cell gutter bin stranger strangers random kebab bath doorstep floor",
  "day + bender sesh session lash",
  "re are r ur + sick vomiting puking spewing wasted hammered paralytic floor crawling legless + even really wrong point",
);
// Drink as the answer, all day, or as a rite: "gin o'clock at 11am", "a day on the sauce", "zero
// sober hours", "livers on annual leave", "who needs a counsellor when there's a 24-pack", "don't go
// home till you've been sick"; and study drugs off a mate.
const DRINK_AS_A_WAY_OF_LIFE = guard(
  /\b(?:gin|wine|beer|prosecco|pint|vodka|cocktail) o'?clock\b[^.!?\n]{0,40}?\b(?:\d{1,2}(?:[.:]\d\d)?\s?am|breakfast|brunch|morning)\b|\b(?:day|days|week|weekend|night|nights) on the sauce\b|\b(?:zero|no|0) sober (?:hours|days|minutes|nights|moments)\b|\blivers? (?:on (?:annual )?leave|(?:is|are) (?:crying|screaming|packing|quaking|shaking|begging)|won'?t (?:survive|forgive|know what hit))\b|\bwho needs (?:a |an )?(?:counsellor|therapist|therapy|counselling|occ(?:upational)? health|eap)\b[^.!?\n]{0,50}?\b(?:wine|gin|vodka|beers?|lager|stella|cider|pack|bottles?|pints?|booze|prosecco|rum|tinnies)\b|\b(?:don'?t|dont|do not|nobody|no one|no-one)\s+(?:\w+\s+)?(?:go|goes) home (?:till|until|til) (?:you'?ve|you have|they'?ve|they have|you|everyone'?s|everyone has|someone'?s|someone has) (?:been )?(?:sick|puked|chundered|thrown up)\b|\b(?:modafinil|adderall|ritalin|diazepam|valium|xanax|codeine|tramadol)\b[^.!?\n]{0,20}?\b(?:off|from) (?:a|my|your|some) (?:mate|friend|pal|bloke|guy|dealer)\b/i,
  "gin wine beer prosecco pint vodka cocktail + oclock o'clock clock",
  "sauce",
  "sober",
  "liver livers",
  "needs + counsellor therapist therapy counselling occ occupational eap",
  "home + sick puked chundered thrown",
  "modafinil adderall ritalin diazepam valium xanax codeine tramadol + off from",
);

// A drinking game ("every time the buzzer goes, neck a shot"): glorifying only with the excess
// it led to ("carried out by 10", "I'll need a stomach pump"); the game alone is a joke.
const GAME = guard(
  /\bevery (?:time|single time)\b[^.!?\n]{1,60}?[ ,:]{1,3}(?:you |we |u |everyone |you all |y'?all )?(?:have to |has to |must )?(?:drink|neck|down|take|do|sink)s? (?:a |another |your |their |his |her |our |one |the |an )?(?:shot|drink|pint|swig|glass|jager|finger|bevvy|can)s?\b|\b(?:drink|neck|down|take|sink) (?:a |another |your )?(?:shot|drink|pint|swig|glass)s? every (?:time|single time)\b/i,
  "every + time + drink drinks neck necks down downs take takes do sink sinks",
  "drink neck down take sink + every + time",
);
const AFTERMATH =
  /\b(?:carried (?:out|home)|on the floor|under the table|can'?t (?:stand|walk|see|feel my)|stomach pumps?|in a hedge|lost my (?:shoes|phone|dignity)|paramedics|a&e|passed out|pass out|blackout|black(?:ed)? out|puk\w*|spew\w*|sick|hangover|hungover)\b|\uD83E\uDD2E/i;
const RECOMMEND =
  /\b(?:go-?to|sleep like a (?:baby|log)|highly recommend|recommend|works every time|knocks? (?:you|u|me) (?:out|spark out)|out like a light|best (?:sleep|night)|game changer|life hack|top tip|trust me)\b/i;

// Drinking: how much, and what it did.
const DRINK =
  /\b(?:pints?|prosecco|vodka|gin|wine|beers?|lager|cider|shots|jager\w*|tequila|rum|booze|drinks|drinking|bevvies|bevs|pub|bar|fizz|bubbly|cocktails?|wkd|stella)\b|\uD83C[\uDF7E\uDF7A\uDF7B\uDF77\uDF78]|\uD83E[\uDD42\uDD43]/i;
const AMOUNT = guard(
  /\b(\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:pints|shots|jagers?|jager ?bombs?|vodkas|double vodkas|tequilas|gins|proseccos|(?:bottles|glasses|cans) of (?:wine|prosecco|vodka|gin|rum|fizz|bubbly|champagne|cava|beer|lager|cider|whisky|whiskey|jack|tequila|red|white|rose|stella|jager)|cans|bottles|bottles each)\b(?! of (?:blood|milk|water|squash|tea|coffee|pop|coke|juice|fluid))/i,
  "pints shots jager jagers jagerbomb jagerbombs vodkas double tequilas gins proseccos bottles glasses cans",
);
const WHOLE_BOTTLE = guard(
  /\b(?:a |the )?whole bottle of (?:wine|vodka|gin|prosecco|rum|whisky|whiskey|tequila|fizz|jager\w*|sambuca|absinthe|baileys|champagne|cava|port|brandy|red|white|ros[eé])\b/i,
  "whole + bottle",
);
const WASTED = guard(
  /\b(?:got|get|getting|was|were|am|i'?m|we'?re|absolutely|totally|completely|so|proper|well|fully|gonna get|going to get)\s+(?:absolutely\s+|totally\s+|completely\s+|so\s+|well\s+|proper\s+|fully\s+)?(?:wasted|hammered|smashed|plastered|paralytic|legless|trollied|blotto|sloshed|shitfaced|shit-faced|leathered|rat-?arsed|steaming|mortal|munted|off (?:my|our|me) (?:face|head|tits))\b(?! (?:it|our|the|that|this|every|them|target))/i,
  "got get getting was were am im m re absolutely totally completely so proper well fully + wasted hammered smashed plastered paralytic legless trollied blotto sloshed shitfaced faced leathered rat ratarsed steaming mortal munted",
  "got get getting was were am im m re absolutely totally completely so proper well fully + off + face head tits",
);
const EXCESS =
  /\bpass(?:ed|ing)? out\b|\bblack(?:ed)? ?out\b|\bdrink (?:till|until|til) (?:we|you|i|u) (?:drop|pass out|puke|spew|can'?t)|\bjager ?(?:train|bombs)\b|\bshots,? shots\b|\bdown(?:ed|ing)? (?:a |the )?(?:bottle|pint)s?\b|\bbefore (?:my|the|a|our) (?:shift|nights?|long day|handover|early)\b|\b(?:double shift|long day|early shift|earlies|shift|work|nights?) tomorrow\b[^.!?\n]{0,20}?\bwho cares\b|\bjust getting started\b|\uD83E\uDD2E/i;
// Care, advice and clinical context; someone seen in the author's own department is a patient
// ("was in our resus at 2am off his head on ket").
const CARE =
  /\bif you'?re going to\b|\bharm reduction\b|\bstay safe\b|\bdon'?t mix\b|\bsafely\b|\bsupport\b|\bhelp(?:line)?\b|\bunits\b|\bguidelines?\b|\bawareness\b|\boverdose\b|\bnaloxone\b|\baddiction\b|\bdependen\w+|\brecovery\b|\brehab\b|\bdangers?\b|\brisks?\b|\bworr(?:ied|ying)\b|\bconcern\w*|\bsober\b|\bquit\w*|\bdrug testing\b|\btreatment\b|\bpatients?\b|\bcame in\b|\bbrought in\b|\badmitted\b|\b(?:was|were|turned up|rolled in|rocked up|showed up|ended up|arrived|sat|sitting|lying) in our (?:minors|majors|resus|a&e|ed|department|dept|cubicles?|waiting room|assessment unit)\b|\bdry january\b|\bsober october\b|\bnever again\b/i;

const EXERTION =
  /\b(?:steps?|run|running|ran|walk|walking|gym|workout|spin|hike|marathon|5k|10k|half|squats|leg day|bootcamp|circuits|parkrun|swim|cycle|ride)\b/i;
// Words for drunk that mean nothing else.
const STRONG_WASTED =
  /\b(?:wasted|hammered|plastered|paralytic|legless|trollied|blotto|sloshed|shit-?faced|leathered|rat-?arsed)\b/i;

const WORD_NUMBERS: Record<string, number> = {
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** Three or more drinks "each", or five or more, or any amount with passing out or a shift to follow. */
function isHeavy(amount: RegExpExecArray, t: string): boolean {
  const n = WORD_NUMBERS[amount[1].toLowerCase()] ?? Number(amount[1]);
  const each = /\beach\b/.test(t.slice(amount.index, amount.index + amount[0].length + 8));
  const bare = /\b(?:cans|bottles)$/.test(amount[0]);
  if (n < 3 && !each) return false;
  if (bare && !DRINK.test(t) && !EXCESS.test(t)) return false;
  return n >= 5 || each || EXCESS.test(t);
}

export default defineRule({
  meta: {
    id: "safeguarding/drink-and-drugs",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message:
      "This glorifies {{what}}. Posts by staff must not glorify excessive drinking or drug-taking.",
    suggestion:
      "Delete it or keep it to yourself. If drink or drugs are becoming a problem, Occupational Health and the Employee Assistance Programme offer confidential support.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const found = triggers(context.text);
    if (!(found & (T.DRINK_DRUGS | T.DISGUISED))) return;
    // Disguised spellings ("k3t", "k y s") need the words view; plain text reads the same in base.
    const view = found & T.DISGUISED ? context.normalised.words : context.normalised.base;
    const t = view.text;
    const report = (m: RegExpExecArray, what: string) => {
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end, data: { what } });
    };
    const stock = FROM_STOCK.exec(t);
    if (stock) return report(stock, "taking medicines from work stock to use yourself");
    const home = TAKEN_HOME.exec(t);
    if (
      home &&
      /\b(?:patient'?s?|leftover|spare|ward|stock|returns?|waste|wastage|cupboard)\b/i.test(home[0])
    )
      return report(home, "taking patients' medicines home to use yourself");
    const meds = WORK_MEDS.exec(t);
    if (meds && FOR_YOURSELF.test(t))
      return report(meds, "taking medicines from work stock to use yourself");
    const mixed = MIXED.exec(t);
    if (
      mixed &&
      (RECOMMEND.test(t) || !CARE.test(t)) &&
      !/\b(?:don'?t|never|do not|avoid|dangerous|risks?|patients?|overdose)\b/i.test(t)
    )
      return report(mixed, "mixing sedatives or painkillers with alcohol");
    const challenge = CHALLENGE.exec(t);
    // "Last one standing at the ward quiz", "first one to be sick ... norovirus is back": standing
    // up, being sick or forgetting count only where drink is named.
    const standing =
      challenge &&
      /standing|\bcan (?:still )?(?:stand|walk|talk|remember)|\bfirst\b|\bcan'?t remember\b/i.test(
        challenge[0],
      );
    if (challenge && !CARE.test(t) && (!standing || DRINK.test(t) || EXCESS.test(t)))
      return report(challenge, "heavy drinking");
    const way = DRINK_AS_A_WAY_OF_LIFE.exec(t);
    // "zero sober hours" holds a care word itself: read the care context around the match.
    if (way && !CARE.test(t.slice(0, way.index) + " " + t.slice(way.index + way[0].length)))
      return report(way, "heavy drinking or drug-taking");
    const game = GAME.exec(t);
    if (game && (AFTERMATH.test(t) || STRONG_WASTED.test(t)) && !CARE.test(t))
      return report(game, "heavy drinking");
    // Find something to report first; the care-context check is the dearer test, so it comes last.
    let hit: RegExpExecArray | null = null;
    let what = "";
    const drug = drugNamed(DRUG.exec(t), t) ?? drugNamed(STREET.exec(t), t);
    if (drug && PARTY.test(t)) [hit, what] = [drug, "drug-taking"];
    if (!hit) {
      const wasted = WASTED.exec(t);
      // "Legless after the step challenge": worn out by exercise, with no drink named.
      const worn = !testIfMay(DRINK, t) && EXERTION.test(t);
      // "Got absolutely hammered at the quiz by the pharmacy team": beaten, not drunk.
      const beaten =
        wasted !== null &&
        BY_A_SIDE.test(
          t.slice(wasted.index + wasted[0].length, wasted.index + wasted[0].length + 40),
        ) &&
        MATCH_WORDS.test(t);
      if (
        wasted &&
        !worn &&
        !beaten &&
        (STRONG_WASTED.test(wasted[0]) || DRINK.test(t) || EXCESS.test(t))
      )
        [hit, what] = [wasted, "getting drunk"];
    }
    if (!hit) {
      const bottle = WHOLE_BOTTLE.exec(t);
      if (bottle) [hit, what] = [bottle, "heavy drinking"];
    }
    if (!hit) {
      const amount = AMOUNT.exec(t);
      if (amount && isHeavy(amount, t)) [hit, what] = [amount, "heavy drinking"];
    }
    if (hit && !CARE.test(t)) report(hit, what);
  },
});
