// Judgements by sentence structure rather than by phrase (sixth probe round): a subject from one
// vocabulary class and a predicate from another, within one clause.
//
// - judgesOrganisation: an organisational subject (management, the board, HR, "whoever runs this
//   place", the building) with a predicate of incompetence or indifference ("are clueless", "don't
//   care", "have no idea", "should be sacked", "are a bunch of …", "is falling apart"); the same
//   adjectives before the noun ("clueless management"); a sarcastic one-line verdict on leadership
//   after a complaint ("… than whether we've got enough staff. Brilliant leadership."); and unfair
//   treatment of the author ("has it in for me", "always gives me the worst shifts", "so unfair").
//   All are derogatory comment on the employer or a personal work grievance (disrepute-grievance).
// - judgesWork: an evaluative verdict on a plan, change or policy ("was a mistake", "is a false
//   economy", "will hit patient care", "is going to drive more people to A&E"), a stance opener
//   ("calling it now", "mark my words") or a flat claim about what a medicine does not do
//   ("antibiotics do nothing for a cold"), in a sentence about work or health: an opinion
//   (missing-disclaimer, condition 2).
// Every pattern is gated on its words (rules/gate.ts) and is linear: bounded gaps of plain words.
import { gate } from "../rules/gate.js";
import { WORK, wordsHave } from "./lexicon.js";
import { findCues, sentences, type Cue, type Span } from "./spans.js";

// Who is judged: the organisation, its management and its estate (not one colleague, not the
// government: criticising ministers is an opinion, not a grievance about the employer).
const ORG = String.raw`(?:(?:the|our|this|my|their|these|those)\s+)?(?:(?:senior|top|upper|middle|hospital|trust|nhs)\s+)?(?:leadership(?:\s+team)?|management(?:\s+team)?|managers|bosses|execs|exec\s+team|executive\s+team|executives|board|directors|trust|hr|payroll|estates|nhs\s+england|icb|powers\s+that\s+be|higher[- ]ups|people\s+(?:upstairs|in\s+charge|at\s+the\s+top)|those\s+in\s+charge|whoever\s+(?:runs|is\s+running|is\s+in\s+charge\s+of|manages)\s+(?:this|the)\s+\w+|matron|ward\s+manager|site\s+manager|service\s+manager|ceo|chief\s+exec(?:utive)?)`;
// The organisation's estate, only with a determiner: "the building is falling apart".
const ESTATE = String.raw`(?:the|this|our)\s+(?:(?:whole|main|old|new)\s+)?(?:building|hospital|place|site|estate|staff\s+room|toilets|changing\s+rooms)`;
const UNFIT = String.raw`(?:(?:completely|totally|utterly|so|really|absolutely|just|clearly|still|genuinely|literally|hopelessly|massively|woefully)\s+)?(?:clueless|useless|incompetent|hopeless|inept|spineless|gutless|heartless|shambolic|out\s+of\s+touch|a\s+(?:bunch|shower|load|pack)\s+of|a\s+law\s+unto\s+themselves|not\s+fit\s+for\s+purpose|unfit\s+for\s+purpose)`;
const INDIFFERENT = String.raw`(?:(?:do|does|did)\s+not|don't|doesn't|didn't|couldn't|could\s+not|never|won't)\s+(?:even\s+|actually\s+|really\s+|ever\s+)?(?:care(?!\s+more\b)|listen|give\s+a\s+\w+|have\s+a\s+clue)\b|couldn't\s+care\s+less|(?:have|has|haven't|hasn't)\s+(?:got\s+)?(?:no|zero|a)\s+(?:idea|clue)\b|cares?\s+more\s+about\b[^.!?\n]{1,60}?\bthan\s+(?:(?:whether|about|if)\s+)?(?:(?:the|their|its|our)\s+)?(?:we|us|staff|patients|people|safety|staffing|care|nurses|wellbeing)\b|only\s+cares?\s+about\s+(?:targets|money|numbers|figures|spreadsheets|the\s+cqc|their\s+bonus(?:es)?|themselves|looking\s+good|the\s+budget)\b|should\s+(?:all\s+)?(?:be\s+(?:sacked|fired|ashamed|embarrassed)|resign|hang\s+their\s+heads)\b|ought\s+to\s+be\s+ashamed\b|treats?\s+(?:us|staff|nurses|people|everyone)\s+like\s+(?:dirt|rubbish|crap|children|numbers|robots|slaves|cattle|kids)\b|(?:lie|lies|lied)\s+to\s+(?:us|staff)\b|(?:threw|throw|throws|thrown)\s+(?:us|me|staff)\s+under\s+the\s+bus\b|hung\s+(?:us|me)\s+out\s+to\s+dry\b`;
// Worn out, or called a dump (with a verb: "left the staff room like a tip" blames whoever left it).
const CRUMBLING = String.raw`(?:(?:literally|actually|slowly|quite\s+literally)\s+)?(?:falling\s+apart|crumbling|not\s+fit\s+for\s+purpose|unfit\s+for\s+purpose)|(?:is|was|are|were)\s+(?:literally\s+|actually\s+|basically\s+|just\s+)?(?:a|an\s+absolute|a\s+complete|an\s+utter|such\s+a)\s+(?:dump|tip|hovel|death\s*trap|health\s+hazard)`;
const SUBJECT_THEN_VERDICT = new RegExp(
  String.raw`\b(?<!\b(?:other|another|neighbouring|next)\s+)${ORG}(?:'s)?\s+(?:[\w'-]+\s+){0,3}?(?:(?:are|is|were|was|'re|have\s+been|has\s+been|seem|seems|remain|remains|being)\s+${UNFIT}|${INDIFFERENT})|\b${ESTATE}\s+(?:[\w'-]+\s+){0,3}?(?:${CRUMBLING})\b`,
  "g",
);
const VERDICT_THEN_SUBJECT =
  /\b(?:clueless|useless|incompetent|hopeless|inept|spineless|gutless|out-of-touch|overpaid|arrogant|bloated|faceless|greedy)\s+(?:[\w-]+\s+)?(?:management|managers|leadership|execs|executives|bosses|board|directors|trust|hr|pen[- ]pushers|bureaucrats|suits)\b/g;
const GRIEVANCE_GATE = gate(
  "management managers leadership bosses execs exec executive executives board directors trust hr payroll estates england icb powers higher people those whoever matron manager ceo chief + clueless useless incompetent hopeless inept spineless gutless heartless shambolic touch bunch shower load pack law fit unfit care listen give clue idea cares only should ought treat treats lie lies lied threw throw throws thrown hung",
  "building hospital place site estate room toilets rooms + apart crumbling dump tip hovel death deathtrap hazard fit unfit",
  "clueless useless incompetent hopeless inept spineless gutless out overpaid arrogant bloated faceless greedy + management managers leadership execs executives bosses board directors trust hr pushers bureaucrats suits",
);

// A work system or policy called unusable: "Our Trust's new uniform policy is ridiculous",
// "genuinely unusable system".
const SYSTEM = String.raw`(?:policy|system|rota|rostering|process|app|software|epr|portal|scheme|pathway|uniforms?|shift\s+patterns?|e-?learning|induction|intranet|it\s+system|booking\s+system|computers?)`;
const UNUSABLE = String.raw`(?:ridiculous|absurd|insane|laughable|pathetic|unworkable|unusable|useless|archaic|prehistoric|clunky|shambolic|a\s+nightmare|a\s+farce|a\s+mess|not\s+fit\s+for\s+purpose)`;
const SYSTEM_JUDGED = new RegExp(
  String.raw`\b(?:the|this|our|their|my|trust's|hospital's)\s+(?:[\w'-]+\s+){0,3}?${SYSTEM}\s+(?:is|are|was|were)\s+(?:(?:completely|totally|utterly|absolutely|just|genuinely|frankly|so|beyond)\s+)?${UNUSABLE}|\b(?:genuinely|completely|totally|utterly|absolutely)\s+(?:unusable|unworkable|useless|archaic|clunky|shambolic|ridiculous)\s+(?:[\w-]+\s+)?${SYSTEM}\b`,
  "g",
);
const SYSTEM_GATE = gate(
  "policy system rota rostering process app software epr portal scheme pathway uniform uniforms shift patterns pattern learning elearning induction intranet booking computer computers + ridiculous absurd insane laughable pathetic unworkable unusable useless archaic prehistoric clunky shambolic nightmare farce mess fit",
);
// Mock thanks and shrugs that end a complaint: "Cheers for the support 👏", "Why do I bother",
// "Temporary my foot", "No warning, no apology."
const MOCK_THANKS =
  /(?:^|[.!?]\s+)(?:cheers|thanks|thank\s+you|ta)\s+(?:so\s+much\s+)?for\s+(?:the|all\s+the|your|nothing)\s*(?:support|help|backup|back-up|care|concern)?\s*[.!]*\s*(?:[^\w\s.!?]\s*){0,3}(?=$|\n)/g;
const SHRUG =
  /\b(?:passed|looked)\s+over\s+(?:for|again)\b|\bwhy\s+do\s+(?:i|we)\s+(?:even\s+)?bother\b|\b(?:temporary|temporarily|support|supportive|supported|valued|wellbeing|compassionate|compassion|listening|culture|flexible|flexibility|family|teamwork|resilience|progress|consultation|consulted|leadership|investment|priority|priorities|safe|safely|fair|fairness|transparent|transparency|improvement|protected|interim|appreciated)\s+my\s+(?:foot|arse|backside)\b|\bno\s+(?:warning|apology|explanation|notice|reply|response|consultation|thanks|discussion|support)[,.]?\s+(?:and\s+)?no\s+(?:warning|apology|explanation|notice|reply|response|consultation|thanks|discussion|support)\b/g;
const SHRUG_GATE = gate(
  "cheers thanks thank ta + support help backup back care concern nothing",
  "passed looked + over",
  "bother",
  "foot arse backside",
  "warning apology explanation notice reply response consultation thanks discussion support + no",
);

// "… than whether we've got enough staff. Brilliant leadership." A one-line verdict of praise on
// leadership that ends a complaint is sarcasm.
const SARCASTIC_VERDICT =
  /(?:^|[.!?]\s+)(?:(?:truly|really|just|such)\s+)?(?:brilliant|great|fantastic|amazing|stellar|inspiring|inspirational|outstanding|excellent|superb|world[- ]class|exemplary|fab|top[- ]notch|cracking|visionary|genius)\s+(?:leadership|management|planning|organisation|organization|communication|forward\s+planning|decision[- ]making)(?:\s+(?:there|again|as\s+always|as\s+ever))?\s*[.!]*\s*(?:[^\w\s.!?]\s*){0,3}$/;
const COMPLAINT_BEFORE =
  /\b(?:no|not|never|nobody|still|than|without|again|cut|cancelled|refused|rejected|ignored|instead)\b|n't\b/;
const PRAISE_AROUND =
  /\b(?:thank|thanks|congrat\w*|proud|award|well\s+done|welcome|shout\s*out|sorted|fixed|saved|rescued|stepped\s+up|calm|credit)\b/;
const SARCASM_GATE = gate(
  "leadership management planning organisation organization communication decision + brilliant great fantastic amazing stellar inspiring inspirational outstanding excellent superb world fab top cracking visionary genius",
);

// A one-word verdict after a sentence about the organisation: "… while they cancel our Christmas
// party. Tone deaf."
const VERDICT_SENTENCE =
  /(?:^|[.!?]\s+)(?:(?:so|how|utterly|completely|absolutely|just|truly|totally|pretty)\s+)?(?:tone[- ]deaf|insulting|laughable|embarrassing|shameful|disgraceful|pathetic|priorities|classy|typical)\s*[.!]+\s*(?:[^\w\s.!?]\s*){0,3}(?=$|\n)/g;
const VERDICT_GATE = gate(
  "tone deaf insulting laughable embarrassing shameful disgraceful pathetic priorities classy typical",
);

// Stories of the workplace taking from staff: a request for time off refused ("asked for one
// weekend off … denied"), staff benefits cut ("Night shift allowance cut. Meal breaks cut."), years
// of going without ("Three years and I still don't have a locker"), and a token gesture as the
// organisation's answer ("response to the heatwave was a memo telling us to stay hydrated").
const REQUEST_REFUSED =
  /\b(?:asked|applied|requested|put\s+in|begged)\s+(?:in\s+)?for\s+(?:[\w'-]+\s+){0,6}?(?:off|leave|holidays?|flexi\w*|swap|study\s+(?:leave|days?)|training|course|regrad\w*|secondment|breaks?|pay\s+rise)\b[^\n]{0,60}?\b(?:denied|rejected|refused|turned\s+down|declined|knocked\s+back)\b/g;
const BENEFIT_CUT =
  /\b(?:allowances?|enhancements?|unsocial(?:\s+hours)?(?:\s+pay)?|meal\s+breaks?|free\s+parking|overtime\s+rates?|bank\s+rates?|staff\s+room|staff\s+discount|study\s+budget|mileage(?:\s+rate)?|on-?call\s+pay|sick\s+pay|night\s+(?:shift\s+)?(?:pay|rate))\s+(?:(?:has|have)\s+been\s+|being\s+|got\s+|now\s+|just\s+)?(?:cut|slashed|scrapped|axed|removed|taken\s+away|halved|frozen)\b/g;
const STILL_WITHOUT =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(?:years|months|weeks)\s+(?:and|on|now|later|in)\b[^.!?\n]{0,40}?\b(?:still\s+(?:no\b|waiting)|(?:i|we|i'm|we're|i've|we've)\s+still\s+(?:not\b|don't|haven't|without|waiting))/g;
const TOKEN_GESTURE =
  /\b(?:response|answer|solution|reply|contribution|plan|fix)\s+(?:to\s+(?:[\w'-]+\s+){1,4}?)?(?:was|is|:)\s+(?:an?\s+|one\s+|another\s+)?(?:[\w-]+\s+)?(?:memo|e-?mail|poster|posters|leaflet|pizza|pizzas|biscuits?|badges?|cards?|pens?|yoga|webinar|survey|newsletter|video|mindfulness|tweet|lanyards?|chocolates?|cake|sweets|fruit)\b/g;
const STORY_GATE = gate(
  "asked applied requested put begged + denied rejected refused turned declined knocked",
  "allowance allowances enhancement enhancements unsocial meal breaks parking overtime bank room discount budget mileage call oncall sick night + cut slashed scrapped axed removed taken halved frozen",
  "years months weeks + still",
  "response answer solution reply contribution plan fix + memo email mail poster posters leaflet pizza pizzas biscuit biscuits badge badges card cards pen pens yoga webinar survey newsletter video mindfulness tweet lanyard lanyards chocolate chocolates cake sweets fruit",
);

// Unfair treatment of the author at work.
const SINGLED_OUT =
  /\b(?:has|have|had)\s+(?:got\s+)?it\s+in\s+for\s+me\b|\bsingl(?:ed|ing)\s+(?:me\s+)?out\b|\bpick(?:s|ing|ed)?\s+on\s+me\b|\b(?:always|never|keeps?|keep)\s+(?:gives?|giving|puts?|putting)\s+me\s+(?:on\s+)?(?:the\s+)?(?:worst|crap|rubbish|shit|shittiest|all\s+the)\b/g;
// "So unfair" is the author's grievance only in a post about themselves.
const UNFAIR = /\b(?:so|totally|completely|really|deeply|grossly|blatantly|massively)\s+unfair\b/g;
const FIRST_PERSON = /\b(?:i|i'm|i've|me|my)\b/;
const SINGLED_GATE = gate(
  "singled singling",
  "me + in pick picks picking picked always never keeps keep",
  "unfair",
);

const cue = (label: string, regex: RegExp): Cue => ({ label, regex, weight: 1 });
const ORGANISATION_CUES = [
  cue("derogatory", SUBJECT_THEN_VERDICT),
  cue("derogatory", VERDICT_THEN_SUBJECT),
];
const STORY_CUES = [
  cue("grievance", REQUEST_REFUSED),
  cue("grievance", BENEFIT_CUT),
  cue("grievance", STILL_WITHOUT),
  cue("derogatory", TOKEN_GESTURE),
];
const SYSTEM_CUES = [cue("derogatory", SYSTEM_JUDGED)];
const SHRUG_CUES = [cue("grievance", SHRUG)];
const SINGLED_CUES = [cue("grievance", SINGLED_OUT)];
const UNFAIR_CUES = [cue("grievance", UNFAIR)];

/**
 * Derogatory judgements of the organisation and unfair treatment of the author, found by
 * structure (see the header). `text` is the lower-cased base text; `aboutWorkplace` tells whether
 * the post is about the author's workplace (needed by the unfair-treatment shape only).
 */
export function judgesOrganisation(
  text: string,
  aboutWorkplace: () => boolean,
  namesTarget: (sentence: string) => boolean,
): Span[] {
  const out: Span[] = [];
  if (VERDICT_GATE.passes(text)) {
    VERDICT_SENTENCE.lastIndex = 0;
    for (let m = VERDICT_SENTENCE.exec(text); m; m = VERDICT_SENTENCE.exec(text)) {
      if (m.index === 0) continue;
      const list = sentences(text.slice(0, m.index + 1));
      const before = list.length > 0 ? list[list.length - 1].text : "";
      if (namesTarget(before))
        out.push({ start: m.index, end: m.index + m[0].length, label: "derogatory", weight: 1 });
    }
  }
  if (GRIEVANCE_GATE.passes(text)) {
    out.push(...findCues(text, ORGANISATION_CUES));
  }
  if (SARCASM_GATE.passes(text)) {
    const m = SARCASTIC_VERDICT.exec(text);
    if (m && m.index > 0) {
      const before = text.slice(0, m.index);
      if (COMPLAINT_BEFORE.test(before) && !PRAISE_AROUND.test(text))
        out.push({ start: m.index, end: m.index + m[0].length, label: "derogatory", weight: 1 });
    }
  }
  if (STORY_GATE.passes(text) && aboutWorkplace()) {
    out.push(...findCues(text, STORY_CUES));
  }
  if (SYSTEM_GATE.passes(text)) out.push(...findCues(text, SYSTEM_CUES));
  if (SHRUG_GATE.passes(text) && (aboutWorkplace() || wordsHave(text, 0, text.length, WORK))) {
    MOCK_THANKS.lastIndex = 0;
    for (let m = MOCK_THANKS.exec(text); m; m = MOCK_THANKS.exec(text))
      if (m.index > 0 && COMPLAINT_BEFORE.test(text.slice(0, m.index)))
        out.push({ start: m.index, end: m.index + m[0].length, label: "grievance", weight: 1 });
    out.push(...findCues(text, SHRUG_CUES));
  }
  if (SINGLED_GATE.passes(text) && aboutWorkplace()) {
    out.push(...findCues(text, SINGLED_CUES));
    if (FIRST_PERSON.test(text)) out.push(...findCues(text, UNFAIR_CUES));
  }
  return out;
}

// What a verdict on a plan or change calls it.
const VERDICT_NOUN = String.raw`(?:mistake|false\s+economy|own\s+goal|gimmick|sticking\s+plaster|non-starter|backward\s+step|step\s+backwards?|red\s+herring|false\s+saving|accident\s+waiting\s+to\s+happen|disaster\s+waiting\s+to\s+happen|recipe\s+for\s+disaster|missed\s+opportunity|cop-?out|smokescreen|white\s+elephant|ticking\s+time\s*-?bomb|(?:bad|terrible|awful|stupid|daft|dreadful|brilliant|great|genius|dangerous)\s+idea)`;
const COPULA = String.raw`(?:is|are|was|were|'s|'re|will\s+be|would\s+be|has\s+been|have\s+been|seems?\s+like|feels?\s+like|looks?\s+like)`;
const JUDGED = new RegExp(
  String.raw`\b${COPULA}\s+(?:(?:a|an|the|such\s+a)\s+)?(?:(?:huge|massive|big|complete|total|real|terrible|dangerous|costly|serious|grave|colossal|catastrophic|genuine|classic|false)\s+)?${VERDICT_NOUN}\b`,
  "g",
);
// Out of control, unworkable, short-sighted: "agency spend is out of control".
const JUDGED_STATE = new RegExp(
  String.raw`\b${COPULA}\s+(?:(?:completely|totally|utterly|clearly|simply|now|just|so|getting|spiralling)\s+)?(?:out\s+of\s+control|unsustainable|not\s+sustainable|unworkable|short-?sighted|counter-?productive)\b`,
  "g",
);
// Dismissed as nonsense, or said to have changed for the worse: "the idea that robots will replace
// scrub nurses is nonsense", "the way we treat students has got worse, not better".
const DISMISSED = new RegExp(
  String.raw`\b${COPULA}\s+(?:(?:complete|total|utter|absolute|just|pure|simply|frankly)\s+)?(?:nonsense|rubbish|laughable|fantasy|pie\s+in\s+the\s+sky|wishful\s+thinking|naive|deluded|misguided|a\s+myth|a\s+fantasy|a\s+fairy\s*tale)\b|\b(?:has|have|'s|'ve)\s+(?:got|gotten|become|grown)\s+(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+|even\s+)?worse\b|\b(?:has|have|'s)\s+gone\s+(?:down\s*hill|to\s+pot|to\s+the\s+dogs)\b|\b(?:is|are)\s+getting\s+(?:worse|more\s+dangerous)\b|\b(?:is|are|'s|'re)\s+(?:literally\s+|actually\s+|slowly\s+|quietly\s+)?(?:killing|harming|failing)\s+(?:people|patients|staff|someone|the\s+most\s+vulnerable)\b`,
  "g",
);
// Reframed as something else: "the 'virtual ward' thing is just moving risk into people's living
// rooms", "it's just cost-cutting".
const REFRAMED = new RegExp(
  String.raw`\b${COPULA}\s+(?:just|simply|basically|really|nothing\s+(?:but|more\s+than))\s+(?:a\s+|an\s+)?(?:cost-?cutting|privati[sz]ation|excuse|(?:moving|shifting|pushing|passing)\s+(?:the\s+)?(?:risk|problem|cost|costs|buck|work|patients|pressure)|rebranding|rebrand|window\s+dressing|box-?ticking|lip\s+service|spin)\b`,
  "g",
);
// Advice that a service is not needed: "they usually don't need A&E".
const NOT_NEEDED =
  /\b(?:you|they|kids|children|most\s+people|most\s+of\s+you)\s+(?:usually\s+|probably\s+|often\s+|generally\s+|really\s+)?(?:don't|do\s+not|won't)\s+need\s+(?:to\s+(?:see|go\s+to|come\s+to|call)\s+)?(?:a&e|antibiotics|an?\s+ambulance|(?:a|the|your)\s+gp|ed|a\s+doctor|hospital|999|to\s+be\s+seen)/g;
// A call for wholesale change: "it needs a total rethink".
const RETHINK =
  /\bneeds?\s+(?:an?\s+)?(?:(?:total|complete|major|radical|serious|proper|urgent|fundamental|massive|big)\s+)?(?:rethink|overhaul|shake-?up|reform|redesign)\b/g;
// A prediction of harm: "will hit patient care", "is going to drive more people to A&E".
const AFFECTED = String.raw`(?:patients?|care|staff|services?|morale|the\s+nhs|waiting\s+(?:lists?|times)|safety|recruitment|retention|people|the\s+(?:most\s+)?vulnerable|outcomes|nurses|doctors|midwives|carers|families|us|everyone)`;
const PREDICTED_HARM = new RegExp(
  String.raw`\b(?:will|'ll|(?:is|are|'s|'re)\s+(?:only\s+)?going\s+to|gonna)\s+(?:only\s+|just\s+|inevitably\s+|definitely\s+|absolutely\s+|end\s+up\s+)?(?:(?:hit|harm|hurt|damage)\s+(?:[\w-]+\s+){0,2}?${AFFECTED}|backfire|(?:drive|push|force)\s+(?:even\s+)?(?:more\s+)?(?:(?:experienced|good|young|older)\s+)?${AFFECTED}\s+(?:to|away|out|into|over|towards)|cost\s+lives|kill\s+(?:someone|people|patients)|make\s+(?:[\w-]+\s+){0,2}?worse|lead\s+to\s+(?:worse|longer|more\s+(?:harm|deaths|errors|incidents|mistakes|complaints|sickness|burnout|people\s+leaving)))\b`,
  "g",
);
// A stance opener: the author announcing their own view.
const STANCE_OPENER =
  /\b(?:i\s+can\s+(?:honestly|safely|genuinely|truthfully|confidently)\s+say|(?:i'd|i\s+would)\s+(?:honestly\s+)?(?:say|argue)\b|(?:^|[.!?]\s+|\band\s+)frankly\b|controversial(?:\s+(?:opinion|take|one|view))?\s*(?:but\b|:|,)|i'd\s+(?:ban|scrap|abolish|bring\s+(?:back|in)|introduce|sack|fund|stop|get\s+rid\s+of)\b|if\s+i\s+(?:ran|was\s+running|were\s+running|was\s+in\s+charge\s+of|were\s+in\s+charge\s+of)\s+(?:the\s+)?(?:nhs|trust|hospital|country|show)\b|calling\s+it\s+now|mark\s+my\s+words|i(?:'ve|\s+have)\s+said\s+it\s+before|i'll\s+(?:keep\s+)?say(?:ing)?\s+it\s+again|if\s+you\s+ask\s+me(?=\s*(?:[,.:!—-]|$))|for\s+what\s+it's\s+worth|my\s+two\s+pen(?:ce|n(?:y|orth))|my\s+2p)\b/g;
// What a medicine does not do, said flatly: "antibiotics do nothing for a cold".
const MEDICINE_FACT =
  /\b(?:antibiotics?|paracetamol|ibuprofen|vitamins?|supplements?|cough\s+(?:medicine|syrup|mixture)|decongestants?|detox(?:es)?|homeopathy|essential\s+oils|painkillers?|sleeping\s+pills|vapes?|e-?cigs?)\s+(?:(?:really|simply|just|actually)\s+)?(?:do(?:es)?\s+(?:nothing|not\s+(?:work|help|cure|treat))|don't\s+(?:work|help|cure|treat)|doesn't\s+(?:work|help|cure|treat)|won't\s+(?:help|cure|touch|work|fix|treat|shift)|(?:can't|cannot)\s+(?:cure|treat|fix)|(?:are|is)\s+(?:useless|pointless|no\s+use))\b(?!\s+for\s+me\b)/g;
// How a place or its staff are run, called wrong: "Disgusting way to run a public service", "no way
// to treat people who've given 30 years".
const WAY_TO_RUN =
  /\b(?:disgusting|disgraceful|shameful|shocking|appalling|pathetic|terrible|awful|ridiculous|no)\s+way\s+to\s+(?:run|treat|manage|staff|fund)\b/g;
const WORK_JUDGEMENT_GATE = gate(
  "disgusting disgraceful shameful shocking appalling pathetic terrible awful ridiculous no + way",
  "is are was were s re will would has have seems seem feels feel looks look + mistake economy goal gimmick plaster non starter backward backwards step herring saving accident disaster opportunity cop copout smokescreen elephant bomb timebomb idea control unsustainable sustainable unworkable short shortsighted sighted counter counterproductive productive",
  "need needs + rethink overhaul shake shakeup up reform redesign",
  "controversial frankly",
  "i'd would + say argue",
  "is are was were s re will would has have seems seem feels feel looks look + cost costcutting privatisation privatization excuse moving shifting pushing passing rebranding rebrand window box lip spin",
  "can + honestly safely genuinely truthfully confidently",
  "is are was were s re will would has have seems seem feels feel looks look + nonsense rubbish laughable fantasy pie wishful naive deluded misguided myth fairy fairytale",
  "has have s ve + worse downhill down pot dogs",
  "getting + worse dangerous",
  "killing harming failing + people patients staff someone vulnerable",
  "need + e ed antibiotics ambulance gp doctor hospital 999 seen",
  "i'd + ban scrap abolish bring introduce sack fund stop get",
  "ran running charge + nhs trust hospital country show",
  "will ll going gonna + hit harm hurt damage backfire drive push force cost kill make lead",
  "calling mark said say saying ask worth two 2p",
  "antibiotic antibiotics paracetamol ibuprofen vitamin vitamins supplement supplements cough decongestant decongestants detox detoxes homeopathy oils painkiller painkillers pills vape vapes cig cigs ecig ecigs + nothing not don doesn won can cannot useless pointless use",
);

const VERDICT_CUES = [
  JUDGED,
  JUDGED_STATE,
  DISMISSED,
  REFRAMED,
  NOT_NEEDED,
  RETHINK,
  PREDICTED_HARM,
  STANCE_OPENER,
  MEDICINE_FACT,
  WAY_TO_RUN,
].map((regex) => cue("verdict", regex));

/**
 * An evaluative verdict on work or health by structure (see the header), in a sentence about work
 * or health (or, for a short verdict, next to one). `text` is the lower-cased base text.
 */
export function judgesWork(text: string): boolean {
  if (!WORK_JUDGEMENT_GATE.passes(text)) return false;
  const hits = findCues(text, VERDICT_CUES);
  if (hits.length === 0) return false;
  const list = sentences(text);
  const about = (k: number) =>
    k >= 0 && k < list.length && wordsHave(text, list[k].start, list[k].end, WORK);
  for (const { start: at } of hits) {
    let i = 0;
    while (i < list.length && at >= list[i].end) i++;
    if (i === list.length) continue;
    // Not a question asking others ("was it a mistake?").
    if (list[i].text.trimEnd().endsWith("?")) continue;
    // The sentence itself, the reason that follows it, or for a short verdict the one before.
    if (about(i) || about(i + 1) || (list[i].end - list[i].start < 40 && about(i - 1))) return true;
  }
  return false;
}
