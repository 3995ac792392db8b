// Harm passed on as a habit or a dare (CCC-SMP §7.3.13): not eating sold as a way to lose weight
// or get through a shift ("stop eating after 6pm and you'll lose a stone"), the named challenges
// that choke, burn or poison children ("the blackout challenge", "chroming"), and drinking told as
// a rate or a ritual ("a bottle a night", "a shot for every year", "then we drive home"), and drugs
// that drink-and-drugs.ts does not name, recommended ("THC vape, game changer", "microdosing on
// nights, never felt sharper"), drink or drugs sold as the way through a shift ("a cheeky line in
// the locker room keeps you sharp", "a bottle of vodka for breakfast"), and self-harm passed on as a coping tip ("hide the marks under
// long sleeves"), and drugs or medicines offered for sale ("£20 a bag, DM me").
// Warnings about the challenges, alcohol-awareness and Ramadan or pre-operative fasting are not
// reported.
import { guard, type Guarded } from "../gate.js";
import { defineRule } from "../rule.js";

interface Shape {
  how: string;
  re: Guarded;
  /** Posts that read the same words the other way (a warning, a clinical instruction). */
  against: RegExp;
}

// Drink and drugs at work, told the other way: a patient's story, a warning, a colleague supported.
const AT_WORK_AGAINST =
  /\b(?:patients?|brought in|admitted|overdos\w*|resus|a&e with|came in|toxicology|drug tests?|tested positive|sacked|struck off|arrested|police|awareness|harm reduction|never|don'?t (?:do|take|drink)|addiction|recovery|sober|dry january|support|worried|concern\w*|help ?line|samaritans)\b/i;

const SHAPES: Shape[] = [
  {
    how: "not eating passed on as a way to lose weight or cope",
    re: guard(
      /\b(?:(?:just |you )?stop eating|(?:just |honestly )?don'?t eat|starv(?:e|ing) (?:yourself|urself)|starving is|(?:just )?starve\b|chew and spit|skip(?:ping)? (?:breakfast|lunch|dinner|meals)(?: and (?:breakfast|lunch|dinner))?|(?:only|just) (?:have|drink) black coffee|no food (?:or water|till|until|for)|haven'?t eaten (?:on|at|during|in)|(?:dry )?fast(?:ing)? (?:on shifts?|before|for \d)|eat less)\b[^\n]{0,120}?\b(?:stone|lbs?|kg|size \d+|lose|drop|gain|pounds?|look (?:amazing|good|so much better|better)|skinny|thin|weight|weigh-?in|tunic|dress|wedding|summer|fit into|baggy|works|worked for me|that'?s how i|nerves go)\b/i,
      "stop don dont starve starving chew skip skipping black food eaten fast fasting less" +
        " + stone lb lbs kg size lose drop gain pound pounds look skinny thin weight weigh weighin tunic dress wedding summer fit baggy works worked how nerves",
    ),
    against:
      /\b(?:ramadan|eid|iftar|suhoor|nil by mouth|nbm|fasting bloods?|blood tests?|before (?:your |the )?(?:op|operation|surgery|procedure|scan|anaesthetic)|eating disorders? (?:are|is) (?:serious|not)|beat|please (?:eat|don'?t)|make sure you eat|remember to eat)\b/i,
  },
  {
    how: "a dangerous challenge passed on",
    re: guard(
      /\b(?:blackout|paracetamol|salt and ice|cinnamon|deodorant|knockout|chroming|fainting|choking|pass-?out|skull-?breaker|benadryl|tide pod|no-?sleep|chug|tombstoning)\s+(?:challenge|game|trend)s?\b|\bchroming\b|\bhold (?:your|their) breath (?:till|until|on)\b/i,
      "blackout paracetamol ice cinnamon deodorant knockout chroming fainting choking pass passout skull skullbreaker breaker benadryl pod sleep nosleep chug tombstoning + challenge challenges game games trend trends",
      "chroming",
      "hold + breath",
    ),
    against:
      /\b(?:aware\w*|warn\w*|dangerous|died|death|killed|please|talk to your|if your (?:child|kid)|report\w*|hospitali[sz]ed|a&e with|signs|never again)\b/i,
  },
  {
    how: "heavy drinking told as a rate or a ritual",
    re: guard(
      /\b(?:(?:(?:a|one|two|three|\d) )?bottles? (?:of (?!water|milk|formula)[\w ]{1,15}?)?(?:a|per|every) (?:night|day|morning|evening)|bottle a (?:night|day)|\d+ units this week|drink(?:ing)? (?:till|until|til) (?:i|you|we|u) (?:black ?out|pass out)|black ?out (?:drunk|every)|(?:a|one) (?:shot|drink|pint|can) (?:for|per) (?:every|each) (?:year|bed|patient|call|bleep)|every time [^.!?\n]{0,40}?\b(?:down|neck) (?:a|the|whatever)|drink through it|liquid breakfast|(?:pints?|shots?|drinks?|wine|beers?|tinnies|cans|vodka|tequila|gin|prosecco|lager|cider|drunk)\b[^.!?\n]{0,60}?\b(?:before|then|and) (?:we |i )?(?:drive|driving) home|driving home after (?:the |a |our )?(?:christmas |xmas |work |staff |leaving )?(?:do|party|night out|drinks)|(?:drive|driving|drove) home after (?:a few|a couple|\d|two|three|four) (?:glasses|drinks|pints|beers|cans)|(?:swig|sip|nip) (?:from|of) (?:the|my|a) hip flask|vodka in (?:the|my|your) (?:water bottle|stanley|cup|coffee)|pre-?drink(?:s|ing)? (?:in|on) the (?:car park|on-?call|locker|sluice)|(?:^|i'?m |im |am )still (?:absolutely )?(?:drunk|steaming|hammered|pissed) (?:from|and)|go hard or go home|go harder)\b/i,
      "bottle bottles + night day morning evening",
      "units + week",
      "drink drinking + till until til",
      "black blackout + drunk every",
      "shot drink pint can + every each",
      "every + time + down neck",
      "drink + through",
      "liquid + breakfast",
      "pint pints shot shots drink drinks wine beer beers tinnies cans vodka tequila gin prosecco lager cider drunk + drive driving + home",
      "drive driving drove + home + after",
      "hip + flask",
      "vodka + water stanley cup coffee",
      "drink drinks drinking predrink predrinks predrinking + car call oncall locker sluice",
      "still + drunk steaming hammered pissed",
      "go + home harder",
    ),
    against:
      /\b(?:dry january|sober|alcohol (?:care|liaison|support|awareness)|drink ?aware|units? (?:guideline|limit)|please don'?t|never drink and drive|don'?t drink and drive|addiction|recovery|aa meeting|(?:her|his|their) drinking)\b/i,
  },
  {
    how: "drug-taking recommended",
    re: guard(
      /\b(?:thc|edibles?|(?<!(?:pumpkin|chai|mixed|all|old) )spice|nitrous|microdos\w*|magic mushrooms|shrooms|benzos|modafinil|methylphenidate|ritalin|special brownies|lines of)\b[^.!?\n]{0,80}?\b(?:better than|best thing|game changer|(?:highly |would )?recommend|only way|gets? me through|through the (?:afternoon|shift|day|night)|try it|should try|sort (?:anyone|you) out|£\d+ a (?:bag|strip|gram)|anyone want in|dm me|never felt (?:sharper|calmer|better)|unreal|ten out of ten|10\/10)\b/i,
      "thc edible edibles spice nitrous microdos* magic shrooms benzos modafinil methylphenidate ritalin brownies lines" +
        " + better best game changer recommend only gets get through try sort bag strip gram anyone dm never unreal ten 10",
    ),
    against:
      /\b(?:never (?:take|try)|don'?t (?:take|try)|dangerous|overdose|addiction|patients? (?:on|who)|admitted|brought in|came in|a&e with|harm reduction|adhd|prescribed|diagnos\w*|labou?r|contractions|birth|dentist)\b/i,
  },
  {
    how: "self-harm passed on as a way to cope or to hide",
    re: guard(
      /\b(?:hide (?:the|your|their) (?:marks|cuts|scars)|just cut(?=[,.!]|$| yourself| urself)|(?:keep|carry) a (?:razor|blade)|do it on (?:their|your) (?:thighs|legs)|go deeper|scratch (?:till|until) it bleeds|stop taking (?:your|ur) (?:meds|medication|insulin|tablets|antidepressants)|there'?s a way that doesn'?t hurt|(?:wrist|hand|arm) under the hot tap)\b/i,
      "hide + marks cuts scars",
      "just + cut",
      "keep carry + razor blade",
      "do + thighs legs",
      "go + deeper",
      "scratch + bleeds",
      "stop + taking + meds medication insulin tablets antidepressants",
      "way + hurt",
      "wrist hand arm + tap",
    ),
    against:
      /\b(?:never|don'?t (?:stop|hide)|do not|without (?:talking|speaking)|speak to|talk to your (?:gp|doctor|pharmacist))\b/i,
  },
  {
    how: "drug-taking sold as the way to get through work",
    re: guard(
      /\b(?:a (?:cheeky |quick |little |sneaky )?(?:line|bump)|lines? of (?:coke|charlie|something)|bumps? of (?:coke|ket|md)|(?:bag|gram|grams) of (?:coke|charlie|md|mdma)|\d grams each|(?<!(?:diet|coca|cherry|vanilla|zero|fat|of|a) )coke(?! zero| can)|cocaine|mdma|pills,? powder|a (?:fat )?(?:joint|spliff)|weed)\b[^\n]{0,80}?\b(?:before (?:a|the|my|every|each) (?:long day|shift|night|nights|clinic|list)|(?:get|gets|getting) (?:you|me|us) through|keeps? (?:you|me|us) (?:sharp|going|awake)|sharpens|only way (?:to|i)|(?:staff|locker|changing) (?:room|loos|toilets)|staff (?:loos|toilets)|on nights|night shift|stress relief|better nurse|flying|harmless|undefeated|team building)\b/i,
      "line bump lines bumps bag gram grams coke cocaine mdma powder joint spliff weed" +
        " + before get gets getting keep keeps sharpens only staff locker changing nights night stress nurse flying harmless undefeated team",
    ),
    against: AT_WORK_AGAINST,
  },
  {
    how: "drinking sold as the way to cope with work",
    re: guard(
      /\b(?:a|half a|full|whole|another|\d|two|three) (?:bottles?|litres?|cans?|flask|glass(?:es)?|pints?) of (?:wine|vodka|gin|rum|whisky|whiskey|white|red|rosé|rose|prosecco|strongbow|cider|lager|buckfast|sambuca|jack)\b[^\n]{0,60}?\b(?:before (?:the|a|my) (?:shift|handover|long day|late|night|7pm handover)|for breakfast|(?:on|after) (?:every|each) (?:shift|night)|only way|only thing|only cure|gets? (?:me|you|us) through|survive|cope|drown|numb|don'?t knock it|recommend|in (?:your|my) (?:water bottle|coffee)|nobody checks|on the go)\b|\b(?:bottle|can|flask) (?:of \w+ )?(?:in|for) (?:your|my|the) (?:water bottle|coffee|locker)\b|\bbottle (?:number|no\.?) \d\b/i,
      "bottle bottles litre litres can cans flask glass glasses pint pints + wine vodka gin rum whisky whiskey white red ros rose prosecco strongbow cider lager buckfast sambuca jack" +
        " + before breakfast on after only gets get survive cope drown numb knock recommend water coffee nobody go",
      "bottle can flask + water coffee locker",
      "bottle + number no",
    ),
    against: AT_WORK_AGAINST,
  },
  {
    how: "drugs or medicines offered for sale",
    re: guard(
      /£\s?\d+ (?:a|per) (?:strip|bag|gram|g|pill|tab|bottle)\b|\b(?:dm|message|hit) me (?:for|if you want) (?:the )?(?:pills|gear|stuff|good stuff|some|any)\b|\bwhere to score\b|\bcan get (?:you|u) anything\b|(?:^|[.!?\n]\s*|\b(?:i'?m|i am|we'?re|im) )selling (?:my |the |some )?(?:leftover |spare |'?\w+'? )?(?:oramorph|morphine|diazepam|codeine|tramadol|zopiclone|pills|gummies|benzos|gear|pregabalin|gabapentin|oxycodone)\b/i,
      "£ + strip bag gram g pill tab bottle",
      "dm message hit + pills gear stuff good some any",
      "where + score",
      "get + anything",
      "selling + oramorph morphine diazepam codeine tramadol zopiclone pills gummies benzos gear pregabalin gabapentin oxycodone",
    ),
    against:
      /\b(?:police|arrested|jailed|report\w*|never|don'?t|warning|beware|scam\w*|patients?)\b/i,
  },
];

export default defineRule({
  meta: {
    id: "safeguarding/harmful-habits",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message: "This encourages behaviour that puts people at risk: {{how}}.",
    suggestion:
      "Delete it. Posts must not encourage disordered eating, dangerous dares or heavy drinking; if you or a colleague are struggling, Occupational Health and the staff wellbeing service can help.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.base;
    const t = view.text;
    for (const { how, re, against } of SHAPES) {
      const m = re.exec(t);
      if (!m || against.test(t)) continue;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end, data: { how } });
      return;
    }
  },
});
