// Does the post give the author's own opinion or judgement on work, the Trust, the NHS, health or
// care? Raising a concern, airing a grievance, a damaging claim and giving health advice count;
// news, thanks, celebrations, event notices, factual signposting and questions do not.
// (The labelling conventions of missing-disclaimer, condition 2.)
// Patterns run on the lower-cased `base` text and only when the word scan found a stance word.
import type { NormalisedText } from "../normalise/index.js";
import { CONCERN_THRESHOLD, findConcern } from "./concern.js";
import { cutDeep, testIfMay } from "./cue-gate.js";
import { findDamagingClaims } from "./damaging-claim.js";
import { findGrievance } from "./grievance.js";
import { STANCE, WORK, fired, scan, trigger, wordsHave } from "./lexicon.js";
import { sentences } from "./spans.js";
import { judgesWork } from "./work-judgement.js";

// What ought to happen, or what the author thinks: prescriptions and first-person stance.
const PRESCRIPTION =
  /\b(?:should(?:n't)?\s+(?:be|have|get|stop|start|pay|fund|listen|never|not|all|\w+)|ought\s+to|must(?:n't)?\s+(?:be|stop|start|change|listen|fund|pay|invest|scrap|go|not|have)|needs?\s+to\s+(?:be|stop|start|change|listen|fund|pay|invest|scrap|go|get|understand|know|realise|wake|fix|sort|act|step|value|recognise|treat|tackle|rethink|reform|address|take|hear)|time\s+(?:to|we|they|the)\s+(?:\w+\s+){0,2}(?:fund|fix|pay|invest|scrap|stop|listen|act|change|sort|end|admit|talk|recognised?|valued?)|deserves?\s+(?:better|a|to|proper|more|the|full|fair|decent|every|pay|respect|recognition)|(?:un)?popular\s+opinion|hot\s+take|in\s+my\s+(?:honest\s+)?(?:opinion|view|experience)|i\s+(?:honestly\s+|genuinely\s+|really\s+|personally\s+|still\s+|firmly\s+|strongly\s+|truly\s+|do\s+)?(?:think|believe|reckon|feel|would\s+argue|maintain)\b|\bimh?o\b|simple\s+as|let's\s+be\s+honest|call\s+me\s+old-?fashioned|the\s+answer\s+is|we\s+need\s+(?:more|to|a|proper)|\bneeds?\s+more\s+(?:than\b|[\w-]+\s+(?:than|and)\b)|bring\s+back|\bwould\s+(?:free\s+up|save\s+(?:so\s+many|lives|money|hours|time)|make\s+(?:a\s+|such\s+a\s+)?(?:huge|massive|big|real|world\s+of)\s+difference|be\s+(?:so\s+much\s+|far\s+|much\s+|a\s+lot\s+)?(?:better|easier|safer|kinder|fairer|cheaper))\b|\bi'd\s+(?:still\s+)?rather\b|\bchange\s+my\s+mind\b|(?:^|[.!?]\s+)(?:honestly\s+|genuinely\s+|really\s+|personally\s+|firmly\s+|strongly\s+)(?:think|believe|reckon|feel)\b|\bmore\s+good\s+than\s+harm\b|\bworth\s+every\s+penny\b)/;

// Evaluation: how good or bad something at work is. A bare "Best job in the world." ending good
// news is a cheer, not a judgement; "nursing is the best job in the world" and "hardest and best
// job in the world" judge the job.
const EVALUATION =
  /\b(?:(?:is|are|was|were|'s|'re)\s+(?:\w+\s+)?(?:exactly\s+what\s+(?:we|the|this)|the\s+(?:best|worst)|a\s+(?:game[- ]changer|disaster|joke|disgrace|scandal|farce|mess|con|scam|myth)|(?:so\s+|really\s+|absolutely\s+|completely\s+|totally\s+)?(?:brilliant|excellent|outstanding|terrible|awful|appalling|useless|pointless|ridiculous|unacceptable|wrong|unfair|outdated|overrated|underrated|broken|failing|insane|madness|dangerous|unsafe|inhumane|criminal|shameful|disgraceful|pathetic|a\s+step\s+backwards))|(?:the\s+)?(?:best|worst)\s+thing\s+(?:this|that|the|about|since|to|they|we|i|that's)|\b(?:the\s+)?(?:best|worst)\s+(?:[\w-]+\s+){0,2}(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:ever\s+)?(?:seen|had|made|known|worked)|\b(?:a|the)\s+(?:real|big|huge|massive|genuine)?\s*step\s+(?:forward|backwards?|in\s+the\s+right\s+direction)|\b(?:is|are|was|were)\s+(?:the\s+)?(?:right|wrong)\s+(?:call|decision|thing\s+to\s+do|move|one)|game[- ]changer|waste\s+of\s+(?:time|money)|(?:is|are)\s+(?:a\s+)?(?:national\s+)?(?:scandal|disgrace|outrage)|it\s*(?:isn't|is\s+not|'s\s+not)\s+(?:right|fair|good\s+enough|ok|okay|acceptable)|not\s+good\s+enough|proper\s+(?:leader|snowflakes)|\b(?:most|massively|hugely|so|criminally|really|seriously|totally)\s+(?:underrated|underused|under-?used|undervalued|overlooked|overrated)\b|\bcan\s+we\s+(?:please\s+|all\s+)?stop\b|\bplease\s+stop\s+(?:calling|judging|saying|blaming|asking|using|telling)\b|\bthe\s+(?:biggest|single\s+biggest|most\s+important)\s+(?:change|problem|issue|thing|difference)\s+(?:we\s+need|facing|is|in)\b|\b(?:isn't|is\s+not|aren't|are\s+not)\s+(?:poison|harmless|the\s+answer|the\s+problem|(?:the\s+)?\w+'s\s+fault|our\s+fault|a\s+luxury|optional)\b|toughen\s+up|works\.\s|has\s+(?:never|not)\s+(?:done|worked)\s+a|\bsaves?\s+lives\b|\b(?:(?:is|'s|was|are|'re|be)\s+(?:\w+\s+)?(?:the\s+)?(?:best|worst|hardest)\s+(?:and\s+(?:best|worst|hardest)\s+)?|(?:best|worst|hardest)\s+and\s+(?:best|worst|hardest)\s+|worst\s+)(?:job|profession|career|place\s+to\s+work|employer)\s+in\s+the\s+(?:world|country|nhs)\b|\b(?:fuck|f\*+k|f\*+|screw|sod|bollocks\s+to)\s+(?:the|this|our|your)\s+(?:new\s+)?\w+|(?:^|[.!?]\s+)(?:depressing|shameful|disgraceful|heartbreaking|infuriating|scandalous|shocking|criminal|madness|unforgivable|short-?sighted|ridiculous|absurd|baffling|bonkers)[.!]|\bcan\s+you\s+blame\s+(?:them|him|her|us|anyone|people)\b|\b(?:isn't|is\s+not|aren't|are\s+not)\s+perfect\b|\bunsung\s+heroe?s?\b|\b(?:is|it's|that's)\s+(?:just\s+|simply\s+)?(?:good\s+manners|common\s+sense|basic\s+(?:decency|hygiene|manners))\b|\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:a\s+|an\s+)?(?:great|brilliant|fantastic|huge|massive|welcome|valuable|real|genuine|big)\s+(?:addition|asset|improvement|help|loss)\b|\bwould\s+(?:fall\s+apart|collapse|grind\s+to\s+a\s+halt|not\s+(?:function|survive|cope))\s+without\b|\b(?:is|are|were|was)\s+(?:some\s+of\s+|one\s+of\s+)?(?:the|our)\s+(?:kindest|hardest[- ]working|most\s+(?:important|valuable|overlooked|underrated|undervalued|skilled|caring|knowledgeable|experienced)|backbone|glue|heart)\b|\b(?:is|are|was|were|'s|'re)\s+(?:so\s+|so\s+much\s+|much\s+|far\s+|a\s+lot\s+|miles\s+|loads\s+|way\s+)?(?:better|worse|safer|kinder)\s+than\b|\b(?:great|good|nice|lovely|fine|brilliant|works)\s+(?:idea\s+)?(?:on\s+paper|in\s+theory)\b|\b(?:get|gets|getting|got)\s+(?:nowhere\s+near|nothing\s+like|not\s+nearly|never)\s+(?:enough\s+)?(?:credit|recognition|respect|thanks)\b|\b(?:no|without\s+any|not\s+a\s+penny\s+of)\s+(?:new\s+)?(?:money|funding)\s+(?:attached|behind\s+it)\b|\b(?:is|are)\s+the\s+(?:real|actual|root|underlying)\s+(?:cause|problem|issue|reason)\b|\bthe\s+(?:real|actual|root|underlying)\s+(?:cause|problem|issue|reason)\s+(?:is|are)\b|\b(?:a\s+)?symptoms?,?\s+not\s+the\s+(?:cause|disease|problem)\b|\b(?:is|are)\s+the\s+cause\b|\b(?:has|have)\s+made\s+(?:[\w-]+\s+){0,3}?(?:safer|better|worse|more\s+dangerous|less\s+safe|unsafe)\b|\b(?:by|through)\s+the\s+back\s+door\b|\b(?:it's|is|are|was|were)\s+(?:all|just|mostly|nothing\s+but)\s+(?:talk|words|headlines|spin|hot\s+air|smoke\s+and\s+mirrors)\b|\b(?:has|have)\s+taught\s+me\s+(?:that\s+)?|\bneeds?\s+[\w-]+\s+more\s+than\b|\bthe\s+only\s+(?:language|thing)\s+(?:this\s+|the\s+)?(?:government|ministers|they|management|the\s+trust)\s+(?:understands?|listens?\s+to|respects?)\b)/;

// Taking a side on industrial action: "proud to stand with my colleagues", "right to strike",
// "fully support the strikes". A notice that a strike is on ("Strike action tomorrow. Emergency
// care will still be running") takes no side.
const STRIKE = /\b(?:strik(?:e|es|ing)|picket\w*|industrial\s+action|walk-?outs?)\b/;
const SIDE_TAKEN =
  /\b(?:stand(?:ing)?\s+(?:with|behind|by|shoulder\s+to\s+shoulder\s+with)|in\s+solidarity|solidarity\s+with|(?:fully\s+|100%\s+|totally\s+)?(?:support|back)(?:ing)?\s+(?:the|our|my|every|all)\b|right\s+to\s+strike|(?:completely\s+|totally\s+|fully\s+)?(?:justified|unjustified)|proud\s+to\s+(?:strike|stand|be\s+on\s+the\s+picket)|shouldn't\s+(?:be\s+)?strik\w*|should(?:n't)?\s+(?:go\s+on\s+)?strike|(?:only|last)\s+resort|no\s+choice\s+but|(?:isn't|is\s+not|aren't|are\s+not|not)\s+(?:about\s+)?(?:greed|greedy|selfish)|the\s+only\s+way\s+(?:to|we|they|anyone)\s+(?:be\s+heard|get|will|can))\b/;
// One trigger for both strike stance and verbless advice (the trigger table is nearly full).
const STRIKE_WORDS = trigger(
  "strike strikes striking picket pickets picketing walkout walkouts industrial sunscreen suncream sun spf water fluids helmet helmets seatbelt seatbelts seat handwashing hand",
);

// Health words that the WORK vocabulary lacks: screening, donation, sun and sexual health.
export const HEALTH_EXTRA = trigger(
  "hypothermia heatstroke falls suncream sunscreen smear smears mammogram mammograms cervical hpv contraception contraceptive condoms sti stis donation donor donors spf sunburn melanoma melanomas dehydration hydrated constipation",
);

// Advice without a verb: "Sunscreen every day, even when it's cloudy."
const VERBLESS_ADVICE =
  /(?:^|[.!?\n]\s*)(?:sun\s*screen|sun\s*cream|spf(?:\s*\d+)?|water|fluids|helmets?|seat\s*belts?|hand\s*washing)\s+(?:every\s+(?:day|time|single\s+day)|always|daily|(?:even|especially)\s+(?:when|if|in|on))\b/;

const VERBLESS_WORDS = STRIKE_WORDS;
const OPINION_EXTRA = trigger(
  "talk words headlines spin attached symptom symptoms short-sighted shortsighted absurd baffling bonkers cause problem safer taught door credit recognition theory paper restoration respect",
);

// Health advice: an imperative (or a flat "is not for") about medicines, symptoms or health habits.
const ADVICE_VERB =
  /(?:^|[.!?\n:]\s*|\b(?:always|never|please|and|so|just)\s+|\bif\s+[^.!?\n]{1,80}?,\s*)(?:don't|do\s+not|never|always|please|make\s+sure|remember\s+to|avoid|stop|try\s+to|get|wear|check|take|drink|eat|see|call|ring|ask|book|speak\s+to|talk\s+to|go\s+to|keep|start|use|skip|live\s+on|vaccinate|think\s+before|wash|stay|drink|wait|tell|mention|strengthen|stretch|exercise|cut\s+(?:down|back)|limit|(?:most\s+of\s+)?you\s+(?:don't|do\s+not)\s+need)\b/;
const HEALTH_TOPIC =
  /\b(?:helmet|gp|doctor|pharmacist|999|111|a&e|lump|lumps|jab|jabs|vaccines?|boosters?|vaccinated|tablets?|pills?|antibiotics?|painkillers?|paracetamol|ibuprofen|aspirin|medication|medicines?|dose|water|fluids|meals?|lunch|breakfast|sunscreen|suncream|smoking|vaping|alcohol|drinking|screening|smear|symptoms?|blood\s+pressure|heart|chest\s+pain|stroke|sepsis|cancer|mental\s+health|sleep|exercises?|pelvic\s+floor|diet|sugar|salt|your\s+health|checked|check-?up|seen\s+(?:urgently|today|quickly)|(?:your|their)\s+(?:back|feet|skin|teeth|liver|kidneys|heart|body|eyes|joints)|posture|referral|health\s+visitor|vap(?:e|es|ing)|smok(?:e|ing|ers?)|cigarettes?|baby's\s+movements|measles|mmr|vaccinat\w*|suicid\w*|formula|breastfeed\w*|sun\s*burn|hydrated|wee|poo|bowel|prostate|breasts?|mole|rash|fever|temperature|antibiotics|inhaler|asthma|allergy|allergies|epipen|flu|covid|norovirus|hand\s+washing|wash\s+your\s+hands)\b|\b(?:organ|blood|stem\s+cell)\s+donat\w*|\bdonors?\b|\bgive\s+blood\b|\bcervical\b|\bhypothermia\b|\bcold\s+snap\b|\bheat\s*(?:stroke|exhaustion)\b|\bfrostbite\b|\bmammograms?\b|\bhpv\b|\bcontracepti\w*|\bmelanomas?\b|\b(?:d&v|diarrh?o?ea|vomiting|sickness\s+bug|chickenpox|conjunctivitis|head\s+lice|off\s+school)\b|\bisn't\s+for\s+everyone\b|\b(?:knees?|quads|hamstrings|glutes|core|muscles?|braces?|joints?|hips?|ankles?|back\s+pain|stretch(?:es|ing)?)\b|\bpregnan\w*|\blong-?term\s+conditions?\b|\bkeeps?\s+you\s+out\s+of\s+hospital\b|\bis\s+not\s+(?:a|an)\s+(?:\w+\s+)?(?:painkiller|cure|treatment|substitute)\b/;

// More evaluations (fifth probe round), on their own rarer words: "made handover so much quicker",
// "the best change in years", "the best bit of kit we've been given", "it's transformed my…",
// "makes it all worth it", "starved the NHS", "on its knees", "promised 5,000 more midwives. Where
// are they?", "needs a proper workforce plan", "the government's idea of a plan is…", "the single
// best thing", "smoke and mirrors".
const EVALUATION_MORE =
  /\b(?:has|have)\s+made\s+(?:[\w-]+\s+){0,3}?(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+)?(?:quicker|faster|easier|harder|slower|simpler|smoother|clearer)\b|\b(?:best|worst)\s+(?:[\w-]+\s+){0,4}?(?:in\s+(?:years|ages|decades)|for\s+years)\b|(?:^|[.!?]\s+)(?:the\s+)?(?:best|worst)\s+(?:[\w-]+\s+){1,4}?(?:we've|we\s+have|i've|i\s+have)\s+(?:ever\s+)?(?:been\s+given|bought|introduced|brought\s+in)\b|\b(?:has|have|it's|it\s+has|'s)\s+(?:\w+\s+)?transformed\b|\bmakes?\s+(?:it\s+)?(?:all\s+)?worth\s+it\b|\b(?:starved|starving|underfund(?:ed|ing)|gutted|gutting|decimated|decimating|dismantl(?:ed|ing)|privatis(?:ed|ing)|privatiz(?:ed|ing))\s+(?:the\s+|our\s+)?(?:nhs|health\s+service|services?|social\s+care|mental\s+health|wards?|hospitals?|nursing|community|gp)|\b(?:run|ran|running)\s+(?:it\s+|the\s+nhs\s+|services\s+)?into\s+the\s+ground\b|\bblames?\s+(?:the\s+)?(?:staff|nurses|doctors|us|frontline|junior\s+doctors|patients)\s+for\b|\b(?:is|are|'s|'re|was|were)\s+(?:\w+\s+)?(?:on\s+its\s+knees|at\s+(?:breaking|tipping)\s+point|falling\s+apart|crumbling|in\s+(?:crisis|meltdown|freefall)|held\s+together\s+(?:with|by)\s+(?:sellotape|goodwill|string|gaffer\s+tape))\b|\b(?:promis\w+|pledged?|pledges)\b[^?\n]{0,80}?\bwhere\s+(?:are|is)\s+(?:they|it|them|the\s+\w+)\s*\?|\bneeds?\s+(?:an?\s+)?(?:proper|real|serious|long-?term|fully[- ]funded|decent|credible)\s+[\w-]+|\b(?:government's|ministers'|the\s+government's|their|the\s+trust's|trust's|management's|the\s+board's|nhs\s+england's)\s+idea\s+of\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+is\b|\b(?:is|are|was|were|'s|'re)\s+(?:by\s+far\s+)?the\s+(?:single|very|absolute)\s+(?:best|worst)\b|\b(?:is|are|was|were|it's)\s+(?:(?:all|just|mostly|nothing\s+but|pure)\s+)?(?:spin|hot\s+air|smoke\s+and\s+mirrors)\b|\b(?:jabs?|vaccines?|vaccinations?|boosters?|screening|smears?)\s+(?:really\s+|genuinely\s+|also\s+)?(?:protects?|saves?\s+lives|prevents?)\b|(?:^|[.!?]\s+)no\s+excuses\b/;
const EVALUATION_MORE_ALL = new RegExp(EVALUATION_MORE.source, "g");
// Positive and negative verdicts the shapes above missed (found on fresh batches). A service
// called the forgotten or Cinderella part; "this is what good care looks like"; "screening
// matters!" (health advice; not "transparency matters", which the corpus reads as praise);
// a bare "Brilliant to see." after what the Trust did and "more of this please"; "no idea how
// we're meant to …"; a new system "miles better than the old one". Each is judged, like the rest, only in a sentence about work or health.
// Negative ones count whatever else the post celebrates ("before the pay award lands. No idea how
// we're meant to break even"); positive ones not in a celebration.
const EVALUATION_VERDICT_NEGATIVE =
  /\b(?:is|are|'s|'re)\s+(?:still\s+|always\s+|very\s+much\s+)?(?:the\s+)?(?:forgotten|neglected|cinderella)\s+(?:part|service|services|arm|end|corner|side|bit|child)\b|\bthe\s+poor\s+relations?\s+of\b|(?<=^|[.!?]\s)\s*(?:it's|it\s+is|this\s+is|that's|they're|they\s+are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}[\w-]+,\s+not\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?[.!]|\bno\s+idea\s+how\s+(?:we're|we\s+are|they're|they\s+are|i'm|anyone\s+is)\s+(?:meant|supposed|expected)\s+to\b/g;
const EVALUATION_VERDICT_POSITIVE =
  /\bthis\s+is\s+what\s+(?:good|great|real|proper|integrated|joined-up|joined\s+up|person-centred|patient-centred|compassionate|modern|safe|excellent|outstanding)\s+(?:[\w-]+\s+)?(?:care|nursing|medicine|healthcare|teamwork|leadership|practice)\s+(?:looks|should\s+look)\s+like\b|(?<=^|[.!?]\s)\s*(?:[\w'-]+\s+){0,3}(?:checks?|check-?ups?|screening|scans?|jabs?|vaccines?|vaccinations?|smears?|tests?|appointments?|reviews?)\s+(?:really\s+|truly\s+|genuinely\s+|absolutely\s+)?(?:matters?|save\s+lives|saves\s+lives)\s*[.!]|(?<=^|[.!?]\s)\s*(?:really\s+|so\s+)?(?:brilliant|great|refreshing|encouraging|heartening)\s+to\s+see[.!]|\bmore\s+of\s+this,?\s+(?:please|pls|plz)\b|\b(?:is|are|'s|'re)\s+(?:honestly\s+|genuinely\s+)?(?:miles|loads|so\s+much|far|way|streets|leagues|a\s+million\s+times)\s+(?:better|faster|quicker|easier|safer|simpler)\s+than\s+(?:the\s+|our\s+)?(?:old|last|previous|paper)\b/g;
const EVALUATION_VERDICT_WORDS = trigger(
  "forgotten neglected cinderella relation relations looks look matter matters lives see please pls plz idea not better",
);

const EVALUATION_MORE_WORDS = trigger(
  "quicker faster easier harder slower simpler smoother clearer years ages decades given bought introduced brought transformed worth starved starving underfunded underfunding gutted gutting decimated decimating dismantled dismantling privatised privatising privatized privatizing ground blame blames knees breaking tipping apart crumbling crisis meltdown freefall sellotape goodwill string tape promise promised promises promising pledge pledged pledges proper real serious long-term longterm fully-funded fully decent credible idea single very absolute spin air smoke protect protects prevent prevents saves excuses",
);

// Thanks, celebration and news: praise here is not an opinion on work.
const CELEBRATION =
  /\b(?:(?:great|fantastic|brilliant|amazing|wonderful|lovely|exciting|good)\s+news|delighted|thrilled|chuffed|congrat\w*|well\s+done|thank\s+you|thanks\s+to|huge\s+thanks|shout-?\s?out|so\s+proud|proud\s+of|happy\s+birthday|welcome\s+to|good\s+luck|farewell|retire\w*|award|nominated|bake\s+sale|fundrais\w*)\b/;
const NEGATIVE_OR_PRESCRIPTIVE =
  /\b(?:should|must|need|deserve|joke|disgrace|scandal|useless|terrible|awful|unsafe|dangerous|wrong|unfair|not\s+good\s+enough|waste)/;

/** A celebration, thanks or good news with nothing negative or prescriptive in it. */
export function onlyCelebrates(normalised: NormalisedText): boolean {
  const text = scan(normalised).lower;
  return CELEBRATION.test(text) && !NEGATIVE_OR_PRESCRIPTIVE.test(text);
}

const QUESTION_ONLY = /^[^.!\n]*\?\s*$/;

// The words each pattern needs, so most posts skip the patterns altogether.
const PRESCRIPTION_WORDS = trigger(
  "should shouldn't ought must mustn't need needs time deserve deserves popular unpopular hot opinion view experience think believe reckon feel argue maintain imo imho simple honest old-fashioned answer bring would i'd change harm penny",
);
const EVALUATION_WORDS = trigger(
  "exactly best worst underrated underused undervalued overlooked stop biggest short-sighted shortsighted absurd baffling bonkers talk words headlines spin better worse safer easier kinder quicker faster paper theory credit recognition respect attached behind language cause symptom symptoms real actual root underlying made door taught one important poison harmless answer problem fault luxury optional game-changer changer disaster joke disgrace scandal farce mess con scam myth brilliant excellent outstanding terrible awful appalling useless pointless ridiculous unacceptable wrong unfair outdated overrated underrated broken failing insane madness dangerous unsafe inhumane criminal shameful disgraceful pathetic step waste outrage right fair enough ok okay acceptable good proper toughen works never saves save fuck screw sod bollocks depressing heartbreaking infuriating scandalous shocking unforgivable perfect blame manners sense decency addition asset improvement help loss apart collapse halt unsung kindest hardest-working hardest most backbone glue heart",
);
const ADVICE_WORDS = trigger(
  "don't not never always please make remember avoid stop try get wear check take drink eat see call ring ask book speak talk go keep use skip live vaccinate think wash stay wait start tell mention strengthen stretch exercise cut limit need",
);

/**
 * Advice about health: an imperative with a health topic in its own sentence or the next one
 * ("Don't wait. See your GP."), or the one before when the sentence opens with it; not an imperative about something else in a post that mentions
 * doctors elsewhere ("Junior doctor strikes start tomorrow … please check your letters").
 */
function healthAdvice(text: string): boolean {
  if (!testIfMay(ADVICE_VERB, text)) return false;
  if (!testIfMay(HEALTH_TOPIC, text)) return false;
  const list = sentences(text);
  for (let i = 0; i < list.length; i++) {
    const advice = ADVICE_VERB.exec(list[i].text.trimStart());
    if (!advice) continue;
    if (HEALTH_TOPIC.test(list[i].text)) return true;
    if (i + 1 < list.length && HEALTH_TOPIC.test(list[i + 1].text)) return true;
    // A sentence that opens with the imperative may follow its topic: "Paracetamol overdose is
    // not a way out. Please talk to someone."
    if (advice.index === 0 && i > 0 && HEALTH_TOPIC.test(list[i - 1].text)) return true;
  }
  return false;
}

// A notice that signposts services ("Reminder: A&E is very busy tonight. Please use 111 online or
// your pharmacy") is factual signposting, not health advice (the labelling conventions).
const NOTICE = /^\s*(?:just\s+a\s+)?(?:quick\s+|friendly\s+|gentle\s+)?(?:reminder|notice)\b/;
const SERVICES_ONLY =
  /\b(?:use|call|ring|contact|visit|try|go\s+to|see)\s+(?:nhs\s+)?(?:111|999|your\s+(?:local\s+)?(?:pharmacy|pharmacist|gp)|(?:the\s+)?(?:nhs\s+app|walk-in|urgent\s+treatment|minor\s+injuries|a&e))\b/;

/** The post gives the author's own opinion on work or health (apart from what other categories already show). */
export function givesOpinion(normalised: NormalisedText): boolean {
  if (findConcern(normalised).score >= CONCERN_THRESHOLD) return true;
  if (findGrievance(normalised).spans.length > 0) return true;
  const claims = findDamagingClaims(normalised);
  const words = scan(normalised);
  // A damaging claim is an opinion on work only in a post about work or care.
  if (claims.claims.length > 0 && claims.identifiable && words.bits & WORK) return true;
  const health = fired(words, HEALTH_EXTRA);
  if (!(words.bits & WORK) && !health) return false;
  const text = words.lower;
  if (QUESTION_ONLY.test(text.trim())) return false;
  // Advice needs its own imperative words only (not a stance word: "talk to your family about
  // organ donation"), or a health word before "every day".
  const stance = (words.bits & STANCE) !== 0;
  if (
    (stance || health) &&
    fired(words, ADVICE_WORDS) &&
    !(NOTICE.test(text) && SERVICES_ONLY.test(text)) &&
    healthAdvice(text)
  )
    return true;
  if (fired(words, VERBLESS_WORDS) && VERBLESS_ADVICE.test(text)) return true;
  if (fired(words, STRIKE_WORDS) && STRIKE.test(text) && SIDE_TAKEN.test(text)) return true;
  // Verdicts on a plan or change, predictions of harm, stance openers, what a medicine does not do.
  if (judgesWork(text)) return true;
  // The stance vocabulary (lexicon.ts) lacks a few words of the evaluations below ("a symptom,
  // not the cause", "no money attached", "great in theory"): they open the gate too.
  const celebrates = () => CELEBRATION.test(text) && !NEGATIVE_OR_PRESCRIPTIVE.test(text);
  if (
    fired(words, EVALUATION_MORE_WORDS) &&
    evaluatesWork(text, EVALUATION_MORE_ALL) &&
    !celebrates()
  )
    return true;
  if (
    fired(words, EVALUATION_VERDICT_WORDS) &&
    (evaluatesWork(text, EVALUATION_VERDICT_NEGATIVE) ||
      (evaluatesWork(text, EVALUATION_VERDICT_POSITIVE) && !celebrates()))
  )
    return true;
  if (!stance && !fired(words, OPINION_EXTRA)) return false;
  if (fired(words, PRESCRIPTION_WORDS) && testIfMay(PRESCRIPTION, text)) return true;
  if (!fired(words, EVALUATION_WORDS) || !evaluatesWork(text, EVALUATION_ALL)) return false;
  return !celebrates();
}

const EVALUATION_ALL = new RegExp(EVALUATION.source, "g");
const ASKING = /\b(?:what|which|who)\s*$/;

/**
 * A judgement of how good or bad something is, in a sentence about work or health (or next to
 * one): "the new rota is a joke", not "Northern is a joke. Late for my shift again." `all` runs
 * cut down to the branches and phrases whose words the text holds, or not at all (cue-gate.ts
 * cutDeep): the same matches.
 */
function evaluatesWork(text: string, whole: RegExp): boolean {
  const all = cutDeep(whole, text);
  if (all === null) return false;
  all.lastIndex = 0;
  let m = all.exec(text);
  if (!m) return false;
  const list = sentences(text);
  const about = (k: number) =>
    k >= 0 && k < list.length && wordsHave(text, list[k].start, list[k].end, WORK);
  // Matches come in order, so the sentence index only moves forward (linear in the text).
  let i = 0;
  for (; m; m = all.exec(text)) {
    if (m[0].length === 0) all.lastIndex++;
    while (i < list.length && m.index >= list[i].end) i++;
    // A question asking for others' views ("what's the best bit of kit you've ever issued?").
    if (ASKING.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (i === list.length) return true;
    // The sentence itself, or for a short verdict the one before ("The new rota. Useless.").
    if (about(i)) return true;
    // A rhetorical question, then its reason: "Can we stop calling it 'just a cold'? Flu puts
    // hundreds in hospital."
    if (list[i].text.trimEnd().endsWith("?") && about(i + 1)) return true;
    if (list[i].end - list[i].start < 40 && about(i - 1)) return true;
  }
  return false;
}
