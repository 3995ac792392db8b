// A damaging claim about a named or identifiable person or organisation (MC-SS01 §4.2(q),
// CCC-SMP §7.3.8): the claim is misconduct, dishonesty or crime (not a mere insult, which is
// abuse), and someone in the post can be identified. Hedges ("everyone knows", "apparently")
// do not make a claim safe; they are recorded as they show it is being asserted.
import type { NormalisedText } from "../normalise/index.js";
import { rememberLast } from "../last-post.js";
import { fired, scan, trigger } from "./lexicon.js";
import { findCues, type Cue, type Span } from "./spans.js";

export type ClaimKind = "crime" | "dishonesty" | "misconduct" | "sexual" | "trade";

interface ClaimCue extends Cue {
  kind: ClaimKind;
}

export const CLAIM_CUES: readonly ClaimCue[] = [
  {
    kind: "crime",
    label: "drug dealing",
    trigger: trigger(
      "dealer drug-dealer dealers deals deal sells sell selling sold drugs flog flogs flogging flogged",
    ),
    weight: 2,
    regex:
      /\b(?:diazepam|valium|temazepam|zopiclone|oxycodone|oxy|ketamine|pregabalin|gabapentin|morphine|oramorph|fentanyl|codeine|tramadol|benzos|sleeping\s+pills|controlled\s+drugs)\b[^.!?\n]{0,20}?\bto\s+(?:sell|flog)\s+(?:at|to|on|in|round)\b|\b(?:sells?|selling|sold|flog(?:s|ging|ged)?)\s+(?:(?:the|his|her|their|spare|extra|our|ward|nicked|stolen)\s+){0,2}(?:diazepam|valium|temazepam|zopiclone|oxycodone|oxy|ketamine|pregabalin|gabapentin|morphine|oramorph|fentanyl|codeine|tramadol|benzos|sleeping\s+pills|controlled\s+drugs)\s+(?:at|to|on|out\s+of|for|round|in)\s+(?:parties|the\s+side|(?:his|her|their)?\s*mates|friends|cash|the\s+estate|clubs|festivals|the\s+pub|the\s+gym|people|kids|students|(?:his|her|their)\s+(?:car|locker|bag|house|flat))\b|\b(?:drug[- ]?dealer|deals?\s+drugs|sells?\s+drugs|(?:a|is\s+a|well[- ]known|known)\s+dealer|what\s+(?:he|she|they)\s+sells?)\b/g,
  },
  {
    kind: "crime",
    label: "theft",
    trigger: trigger(
      "steal steals stealing stole nick nicks nicking pinch pinches pinching thief fraud fraudster embezzle embezzled embezzling embezzlement fiddle fiddles fiddling fiddled",
    ),
    weight: 2,
    regex:
      /\b(?:steals?|stealing|stole|nicks?|nicking|pinch(?:es|ing)?)\s+(?:from|drugs|meds|medication|money|cash|stock|patients'?)\b|\b(?<!\b(?:once|always)\s)(?:is|was|a)\s+(?:a\s+)?thief\b|(?<!\b(?:suspect(?:ed|s)?|report(?:ing|ed|s)?|counter|anti-?|prevent(?:ing|s)?|spot(?:ting)?|about|tackl(?:e|ing)|combat(?:ing)?|convicted\s+of|charged\s+with|jailed\s+for|sentenced\s+for)\s+)\bfraud(?:ster)?\b(?!\s+(?:team|specialists?|awareness|policy|line|hotline|service|officers?|prevention|office|squad|week|month|training|alert|warning|texts?|calls?|e-?mails?|at\s+crown\s+court))|\bembezzl\w*|\bfiddl(?:es|ing|ed)\s+(?:the|his|her|their)\s+(?:books|expenses|figures|timesheets?|hours|claims)\b/g,
  },
  {
    kind: "crime",
    label: "violence",
    // Violence at home by idiom too: "knocked her about for years", "batters his missus"; told
    // as what a colleague suffers ("her husband's been knocking her about") it is her private life.
    trigger: trigger(
      "punched assaulted attacked beat hit beats knocked knocks knocking batters battered battering",
    ),
    weight: 2,
    regex:
      /\b(?:punched|assaulted|attacked|beat\s+up|hit)\s+(?:one\s+of\s+)?(?:our|a|his|her|the|my)\s+(?:\w+\s+)?(?:hcas?|nurses?|staff|colleagues?|porters?|doctors?|wife|husband|partner|kids|children)\b|\bbeats?\s+(?:his|her)\s+(?:wife|husband|partner|kids)\b|(?<!\b(?:her|his|their)\s+(?:husband|wife|partner|fella|boyfriend|girlfriend|ex|missus)(?:'s|\s+has|\s+is|\s+was)?(?:\s+been)?\s+)\bknock(?:s|ed|ing)\s+(?:her|him|them|his\s+wife|her\s+husband|(?:his|her)\s+(?:missus|partner|kids))\s+(?:about|around)\b|\bbatter(?:s|ed|ing)\s+(?:his|her)\s+(?:wife|husband|partner|missus|girlfriend|boyfriend|kids)\b/g,
  },
  {
    kind: "crime",
    label: "abuse of children",
    trigger: trigger("paedo paedophile paedos paedophiles nonce nonces fiddler"),
    weight: 2,
    regex: /\b(?:paedo(?:phile)?s?|nonces?|kiddie\s+fiddler)\b/g,
  },
  {
    kind: "dishonesty",
    label: "paid to act against patients",
    trigger: trigger(
      "paid turn fees kickback kickbacks kick-backs kick-back backhander backhanders bribe bribes bung bungs consultancy",
    ),
    weight: 2,
    regex:
      /\b(?:being|was|is|gets?|getting)\s+paid\s+(?:by\s+(?:a|the)\s+\w+(?:\s+\w+)?\s+)?to\s+(?:turn|send|refer|push|steer|keep)\b|\bturn\s+(?:nhs\s+)?patients\s+away\b|\b(?:takes?|taking|took|gets?|pocketing)\s+['‘"]?(?:consultancy\s+fees|kick-?backs?|backhanders?|bribes?|bungs?)\b/g,
  },
  {
    kind: "dishonesty",
    label: "fabrication",
    trigger: trigger("make makes made invented fabricated fake faked wrote faking sickie"),
    weight: 2,
    regex:
      /\bmakes?\s+up\s+(?:his|her|their)\s+\W?(?!minds?\b)\w+|\bmade\s+up\s+(?:his|her|their|the)\s+(?:quotes?|sources?|stor(?:y|ies)|figures|results|notes|data|numbers)\b|\b(?:are|were|is|was)\s+(?:all\s+)?(?:invented|made\s+up|fabricated|fake)\b|\bunder\s+fake\s+names\b|\bfake(?:d)?\s+(?:names?|notes|records|signatures?|results|references|qualifications|nominations)\b|\bwrote\s+(?:half\s+|most\s+|all\s+)?(?:of\s+)?(?:her|his|their|your)\s+own\s+(?:nominations|references|reviews)\b|\bfaking\s+(?:it|illness|(?:being\s+)?sick|(?:his|her|their)\s+(?:illness|injury|sickness))\b|\b(?:pulling|throwing)\s+a\s+sickie\b/g,
  },
  {
    kind: "misconduct",
    label: "drunk or on drugs at work",
    trigger: trigger("drunk alcoholic junkie smackhead cokehead stank something face high"),
    weight: 2,
    regex:
      /(?<=\b(?:is|was|a)\s+(?:a\s+)?)(?:drunk|alcoholic|junkie|smackhead|cokehead)\b|\bdrunk\s+(?:at|on)\s+(?:work|shift|duty)\b|\b(?:came|comes|turned\s+up|turns\s+up|brought|arrived|was\s+brought)\b[^.!?\n]{0,40}?\bdrunk\b|\bstank\s+of\s+(?:whisky|whiskey|booze|alcohol|drink|vodka|beer|wine|gin)\b|\b(?:obviously|clearly|definitely)\s+on\s+something\b|\b(?:is|was)\s+(?:always\s+)?(?:high|off\s+(?:his|her)\s+face)\s+(?:at|on)\b/g,
  },
  {
    kind: "misconduct",
    label: "pushed out or protected",
    trigger: trigger("pushed forced managed kicked run sacked dismissed struck suspended kept got"),
    weight: 2,
    regex:
      /\b(?:pushed|forced|managed)\s+out\s+of\s+(?:her|his|their)\s+(?:last|previous|old)\s+\w+\s+for\b|\b(?:pushed|forced|managed|kicked|run)\s+out\s+(?:of\s+(?:\w+\s+){1,2})?for\s+(?:bullying|stealing|theft|fraud|drinking|assault|harassment|misconduct|racism)\b|\b(?:sacked|dismissed|struck\s+off|suspended)\s+for\s+(?:bullying|stealing|theft|fraud|drinking|assault|harassment)\b|\bonly\s+(?:kept|got)\s+(?:her|his|their)\s+(?:job|post|role|promotion)\s+because\b/g,
  },
  {
    kind: "sexual",
    label: "sexual conduct",
    trigger: trigger(
      "shagging sleeping affair cheating behind slept knees caught hands touchy friendly",
    ),
    weight: 2,
    regex:
      /\btoo\s+['‘"]?(?:hands[- ]on|touchy(?:[- ]feely)?|friendly)['’"]?\s+with\s+(?:the\s+|his\s+|her\s+)?(?:teenage\s+|young\s+|female\s+|male\s+|junior\s+|student\s+|vulnerable\s+)?(?:girls|boys|patients|students|kids|children|nurses|residents|teenagers|women|lads)\b|\b(?:shagging|sleeping\s+with|having\s+an\s+affair\s+with|cheating\s+on)\b[^.!?\n]{0,40}?\b(?:behind|wife|husband|partner|student|patient|boss|consultant)\b|\bbehind\s+(?:his|her)\s+(?:wife|husband|partner)'?s?\s+back\b|\bslept\s+(?:her|his)\s+way\b|\bearned\s+it\s+on\s+(?:her|your|his)\s+knees\b|\bcaught\s+(?:getting|having|giving|doing)\s+(?:a\s+)?(?:blow\s?job|sex|it)\b/g,
  },
  {
    kind: "trade",
    label: "unfair trading",
    trigger: trigger(
      "reheat reheats reheated serve serves served reuse reused recycle recycled rats mice cockroaches kept stole pocketed withheld took rip rips ripping every how vans van cars car ambulances vehicles vehicle doing",
    ),
    weight: 2,
    regex:
      /\b(?:reheat|serve|reuse|recycle)(?:s|d|ed|ing)?\s+(?:leftovers|food\s+off|other\s+people's)|\b(?:rats|mice|cockroaches)\s+in\s+(?:the|their)\s+kitchen\b|\b(?:kept|stole|pocketed|withheld|took)\s+(?:my|her|his|their|our|people's|patients')\s+(?:whole\s+|entire\s+)?(?:£[\d,]+\s+)?(?:deposit|money)\b|\brip(?:s|ping)?\s+(?:people|everyone|customers|patients|tenants)\s+off\b|\bdo(?:es)?\s+it\s+to\s+every(?:\s+single)?\s+(?:tenant|customer|patient|client|one)\b|\bhow\s+they\s+make\s+their\s+money\b|\b(?:in|using)\s+(?:the\s+)?(?:same|trust|work|company|nhs)\s+(?:vans?|cars?|ambulances?|vehicles?)\s+(?:for|to\s+do)\s+private\b|\bdoing\s+private\s+(?:\w+\s+)?(?:runs|jobs|work)\s+(?:in|on|with)\b/g,
  },
  {
    kind: "dishonesty",
    label: "fraud or fiddling",
    trigger: trigger(
      "cook cooks cooking cooked fiddle fiddles fiddling fiddled claim claims claiming claimed lie lies lied lying fudge fudges fudged fudging",
    ),
    weight: 2,
    regex:
      /\bcook(?:s|ing|ed)?\s+the\s+books\b|\bfiddl(?:e|es|ing|ed)\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:books|expenses|figures|timesheets?|hours|claims|mileage|accounts|waiting\s+list|numbers|data)\b|\b(?:claims?|claiming|claimed)\s+for\s+(?:hours|shifts|overtime|mileage)\s+(?:he|she|they)\s+(?:never|didn't|did\s+not)\b|\b(?:lie[sd]?|lying)\s+(?:about|on)\s+(?:his|her|their)\s+(?:cv|qualifications|timesheets?|hours|expenses|sickness|experience|references)\b|\bfudg(?:e|es|ed|ing)\s+(?:the|their|his|her|our)\s+(?:\w+\s+)?(?:paperwork|figures|numbers|records|books|data|stats|statistics|audits?|results|notes|logs|timesheets?|returns|registrations?|checks)\b/g,
  },
  {
    kind: "dishonesty",
    label: "taking money",
    trigger: trigger(
      "money cash payments payment envelope envelopes gifts freebies pocket paid payroll kickback kickbacks backhander backhanders bung bungs bribe bribes sweetener sweeteners",
    ),
    weight: 2,
    regex:
      /\b(?:takes?|taking|took|gets?|getting|got|accepts?|accepting|accepted|pockets?|pocketing|pocketed)\s+(?:\w+\s+)?(?:money|cash|payments?|brown\s+envelopes?|gifts?|freebies)\s+from\s+[^.!?\n]{0,60}?\bto\s+\w+|\bin\s+the\s+pocket\s+of\b|\b(?:is|are|was|were|been|firmly|completely|totally|squarely|deep)\s+in\s+(?:the\s+)?(?:management|managements|the\s+bosses|bosses|the\s+board|board|exec|execs|the\s+exec|executive|union|unions|council|pharma|big\s+pharma|developers?|contractors?|government|trust|ceo|chief\s+exec|director|company|firm|owners?)['’]?s?\s+(?:back\s+)?pocket\b|\bpaid\s+off\s+by\b|\bon\s+(?:the|their|his|her)\s+payroll\s+to\b|\b(?:takes?|taking|took|gets?|getting|got|accepts?|accepting|accepted|pockets?|pocketing|pocketed|been\s+on)\s+(?:\w+\s+)?(?:kickbacks?|backhanders?|bungs?|bribes?|sweeteners?)\b/g,
  },
  {
    kind: "dishonesty",
    label: "queue-jumping",
    trigger: trigger("private mates friends family golf jump jumps jumping jumped"),
    weight: 2,
    regex:
      /\b(?:moves?|moving|moved|bumps?|bumping|bumped|puts?|putting|pushes|pushing|pushed|gets?|getting)\s+(?:his|her|their)\s+(?:own\s+)?(?:private\s+patients|mates|friends|family|golf\s+\w+)\s+(?:up|to\s+the\s+front|ahead|straight\s+to)\b|\bjump(?:s|ing|ed)?\s+the\s+(?:queue|waiting\s+list)\b/g,
  },
  {
    kind: "dishonesty",
    label: "faked records",
    trigger: trigger(
      "fake fakes faked faking forge forges forged forging falsify falsifies falsified falsifying fabricate fabricates fabricated fabricating doctor doctors doctored doctoring",
    ),
    weight: 2,
    regex:
      /\b(?:fak(?:e|es|ed|ing)|forg(?:e|es|ed|ing)|falsif(?:y|ies|ied|ying)|fabricat(?:e|es|ed|ing)|doctor(?:s|ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+|your\s+)?(?:[a-z]+'s\s+)?(?:\w+\s+)?(?:sign-?offs?|competenc(?:y|ies)|records?|notes|obs|observations|audits?|signatures?|figures|data|results|timesheets?|certificates?|qualifications|references|training\s+records?)\b/g,
  },
  {
    kind: "misconduct",
    label: "neglect or mistreatment",
    trigger: trigger(
      "leave leaves leaving left neglect neglects neglected neglecting mistreat mistreats mistreated mistreating abuse abuses abused abusing slap slaps slapped slapping hit hits hitting shout shouts shouted shouting asleep",
    ),
    weight: 2,
    regex:
      /\b(?:leave|leaves|leaving|left)\s+(?:their|the|his|her)\s+(?:clients|patients|residents|service\s+users|kids|children|elderly)\s+(?:in\s+(?:wet|soiled|dirty)|without\s+(?:food|water|care|meds|medication)|alone\s+for|for\s+hours)|\b(?:neglect(?:s|ed|ing)?|mistreat(?:s|ed|ing)?|abus(?:e|es|ed|ing)|slap(?:s|ped|ping)?|hit(?:s|ting)?|shout(?:s|ed|ing)?\s+at)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:patients|residents|clients|service\s+users|elderly)\b|\basleep\s+on\s+(?:shift|duty|nights|the\s+job)\b/g,
  },
  {
    kind: "sexual",
    label: "affair insinuated",
    trigger: trigger("wife husband partner girlfriend boyfriend missus fiancee fiance"),
    weight: 2,
    regex:
      /\bwho(?:'s|\s+is)\s+going\s+to\s+tell\s+(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend|missus|fiancee?)\b|\b(?:his|her)\s+(?:wife|husband|partner)\s+(?:doesn't|does\s+not|don't)\s+know\b|\b(?:wife|husband)\s+(?:must\s+be|is\s+gonna\s+be|would\s+be)\s+(?:thrilled|pleased|delighted)\b/g,
  },
  // Broader phrasings of the same kinds of claim: any object stolen ("nicks the copper pipe and
  // sells it"), drunk or high on duty in everyday words, sickness shown to be false, fiddled
  // claims, jobs got by sleeping with someone, habitual bullying, and labels that assert a crime.
  {
    kind: "crime",
    label: "theft",
    trigger: trigger(
      "nick nicks nicked nicking steal steals stole stealing pinch pinches pinched pinching swipes swiped swiping fiddle cut",
    ),
    weight: 2,
    regex:
      /\b(?:nicks|nicking|steals|stealing|pinches|pinching|swipes|swiping)\s+(?!(?:the\s+)?(?:show|limelight|headlines|spotlight)\b|(?:all\s+)?(?:my|your|our|his|her|the)\s+(?:heart|thunder|ideas?|jokes?|seat|chair|biros?|pens?|chips|crisps|biscuits?|chocolates?|sweets|snacks|charger|mug|blanket|hoodie|jumper|highlighters?|stationery|scissors|parking\s+space|lunch|sandwich(?:es)?|toast|covers|duvet|lines)\b|a\s+(?:kiss|glance|look|biscuit)\b|(?:right|left)\b)(?:the\s+|our\s+|all\s+(?:the\s+)?|patients'?\s+|from\s+)?[a-z]+|\b(?:nicked|stole|pinched|swiped)\s+(?:\w+\s+){0,3}(?:and\s+)?(?:sold|sells|flogged|flogs)\b|\bon\s+the\s+fiddle\b|\btak(?:es|ing|en)\s+a\s+cut\s+(?:from|of|off)\b/g,
  },
  {
    kind: "misconduct",
    label: "drunk or on drugs at work",
    trigger: trigger(
      "half-cut cut pissed hammered stoned hungover drunk high wasted steaming stink stinks stinking stank smell smells smelt smelled reek reeks reeking reeked booze something breath",
    ),
    weight: 2,
    regex:
      /\bhalf[- ]cut\b|\b(?:pissed|hammered|stoned|steaming|wasted|off\s+(?:his|her|their)\s+(?:face|head|tits))\s+(?:at|on|during)\s+(?:work|shift|duty|nights|the\s+ward|a\s+shift)\b|\b(?:turns?|turned|turning|rocks?|rocked|rocking|shows?|showed|showing|rolls?|rolled|rolling)\s+up\s+(?:to\s+(?:\w+\s+)?(?:work|shift|shifts|nights|days|earlies|lates|handover|clinic|theatre|theatres|the\s+ward)\s+)?(?:still\s+|half\s+)?(?:drunk|pissed|hammered|stoned|high|hungover|stinking|smelling|reeking|cut)\b|\b(?:stinks?|stinking|stank|smells?|smelling|smelt|smelled|reeks?|reeking|reeked)\s+of\s+(?:last\s+night's\s+|stale\s+|the\s+)?(?:booze|drink|alcohol|weed|cannabis|whisky|whiskey|vodka|wine|beer|lager|cider|gin|rum|spirits|pub|brewery)\b|\b(?:was|is|clearly|obviously|definitely)\s+on\s+something\b|\bbooze\s+on\s+(?:his|her|their)\s+breath\b|\b(?:is|was|are|were|'s|turns?\s+up|turned\s+up)\s+(?:so\s+|too\s+|still\s+|usually\s+|often\s+|always\s+|regularly\s+|clearly\s+|obviously\s+)?(?:drunk|pissed|hungover|hammered|stoned|high|wasted|steaming)\s+(?:(?:most|every|half\s+the)\s+(?:time|mornings?|mondays?|shifts?|ward\s+rounds?|lists?|clinics?|handovers?)\b|on\s+(?:a\s+)?(?:shift|duty|nights|the\s+ward|ward\s+rounds?)\b|(?:that\s+)?(?:he|she|they)\s+(?:can't|cannot|couldn't|could\s+barely|can\s+barely|can\s+hardly)\b)/g,
  },
  {
    kind: "dishonesty",
    label: "sickness that is not real",
    trigger: trigger(
      "sick sickie sickies lead stressed stress poorly unwell depressed anxious exhausted",
    ),
    weight: 2,
    regex:
      /\boff\s+["“'‘]sick["”'’]|\boff\s+(?:sick|(?:sick\s+)?(?:with\s+)?["“'‘](?:stressed|stress|poorly|unwell|ill|depressed|anxious|exhausted|burnt\s+out)["”'’])(?![a-z])[^.!?\n]{0,60}?\b(?:posting|posted|seen|spotted|photos?|pics?|selfies?|instagram|insta|facebook|tiktok|on\s+holiday|on\s+the\s+beach|partying|down\s+the\s+pub|at\s+the\s+(?:pub|match|races|gym|festival|airport))\b|\bswing(?:s|ing)?\s+the\s+lead\b|\bthrow(?:s|ing)?\s+sickies\b/g,
  },
  {
    kind: "dishonesty",
    label: "fraud or fiddling",
    trigger: trigger(
      "sign signs signing signed overtime claims claim claiming claimed expenses timesheets mileage",
    ),
    weight: 2,
    regex:
      /\bsign(?:s|ed|ing)?\s+off\s+(?:his|her|their)\s+own\s+(?:overtime|timesheets?|expenses|claims|hours|mileage|bank\s+shifts)\b|\b(?:claims?|claiming|claimed|puts?|putting)\s+(?:in\s+)?(?:for\s+)?(?:overtime|mileage|expenses|hours|shifts)\s+(?:for\s+)?(?:\w+\s+){0,3}(?:he|she|they)\s+(?:never|didn't|did\s+not|wasn't|weren't)\b/g,
  },
  {
    kind: "sexual",
    label: "a job got by sleeping with someone",
    trigger: trigger("sleeping slept shagging sleeps shags knees"),
    weight: 2,
    regex:
      /\b(?:got|gets|get|getting|only\s+got)\s+(?:the|her|his|their|that|this)\s+(?:job|promotion|post|role|band\s+\d|secondment)\b[^.!?\n]{0,30}?\b(?:sleeping|shagging|slept|sleeps|shags|on\s+(?:her|his)\s+knees)\b|\b(?:sleeping|shagging)\s+with\s+(?:the|her|his|our|a)\s+(?:\w+\s+){0,2}(?:director|manager|matron|consultant|boss|exec|chief|lead|registrar|head)\b/g,
  },
  {
    kind: "misconduct",
    label: "bullying staff",
    trigger: trigger("bullies harasses intimidates"),
    weight: 2,
    regex:
      /\b(?:bullies|harasses|intimidates)\s+(?:every|all|any|the|new|junior|students?|staff|nurses|hcas|trainees|her|his|their|anyone|everyone|people)\b/g,
  },
  {
    kind: "crime",
    label: "labelled a criminal",
    trigger: trigger("racist racists predator abuser crook criminal offender wife-beater"),
    weight: 2,
    regex:
      /\b(?:is|he's|she's|they're|was|a|an|known|total|proper|massive)\s+(?:\w+\s+)?(?:racist|sex\s+offender|predator|abuser|wife[- ]beater|crook|criminal)\b(?!\s+(?:comments?|remarks?|abuse|language|slurs?|jokes?|incidents?|attacks?|behaviou?r|posts?|tweets?|chants?|things?|stuff|words?|views?|rants?|record|records|investigation|justice|damage|offences?|charges?|proceedings|activity|gangs?))/g,
  },
  {
    kind: "dishonesty",
    label: "faked records",
    trigger: trigger(
      "falsify falsifies falsified falsifying fake faked faking forge forged forging backdate backdated backdating",
    ),
    weight: 2,
    regex:
      /\b(?:falsif(?:y|ies|ied|ying)|fak(?:e|es|ed|ing)|forg(?:e|es|ed|ing)|backdat(?:e|es|ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,3}(?:logs?|charts?|checks|paperwork|documentation|notes|records?|audits?|obs|signatures?|sign-?offs?|competenc(?:y|ies)|timesheets?|figures|data|results|letters|documents|forms|minutes|statements)\b/g,
  },
  {
    kind: "misconduct",
    label: "a cover-up",
    trigger: trigger("cover covered covering covers"),
    weight: 2,
    regex:
      /\bcover(?:s|ed|ing)?\s+up\s+(?:the|a|an|his|her|their|another|two|three)\s+(?:\w+\s+){0,2}(?:death|deaths|incident|incidents|error|errors|mistake|mistakes|never\s+event|fall|falls|complaint|complaints|abuse|overdose)\b/g,
  },
  // Insinuation: money that cannot be explained, a loss in scare quotes, a lapse "on purpose",
  // and claims for work that never happened.
  {
    kind: "dishonesty",
    label: "theft insinuated",
    trigger: trigger(
      "afford affords mind loses lost losing forgets forgot forgetting drops dropped misplaces misplaced misplacing miscounts miscounted",
    ),
    weight: 2,
    regex:
      /\bhow\s+(?:[\w-]+\s+){1,6}(?:affords?|can\s+afford|pays\s+for)\b[^.!?\n]{0,60}?\bon\s+(?:band\s+\d|(?:a|her|his|their)\s+(?:\w+\s+)?(?:pay|salary|wages?))\b|\bmind\s+where\s+the\s+(?:petty\s+cash|money|cash|funds|stock|drugs|takings)\s+goes\b|["“'‘](?:loses|lost|losing|forgets|forgot|forgetting|drops|dropped|misplaces|misplaced|misplacing|miscounts|miscounted)["”'’]\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:keys|drugs|meds|cash|money|stock|takings|float|petty\s+cash|invoices|timesheets|sheets|paperwork|forms|complaints|statements|datix|datixes|evidence|records|receipts)\b/g,
  },
  {
    kind: "misconduct",
    label: "a lapse on purpose",
    trigger: trigger("purpose"),
    weight: 2,
    regex:
      /\bon\s+purpose\s+so\s+(?:that\s+)?(?:nothing|it|no\s+one|nobody|none\s+of\s+it)\s+(?:can|could)\s+(?:ever\s+)?be\s+(?:pinned|traced|blamed|put)\b/g,
  },
  {
    kind: "dishonesty",
    label: "claims for work never done",
    trigger: trigger("happened herself himself themselves"),
    weight: 2,
    regex:
      /\b(?:invoices?|claims?|bills?|timesheets?|overtime)\s+for\s+(?:[\w-]+\s+){0,2}(?:that|which)\s+never\s+(?:happened|took\s+place)\b|\b(?:mark|marks|marked|marking|sign|signs|signed|signing|put|puts|putting|book|books|booked|booking|clock|clocks|clocked|clocking)\s+(?:herself|himself|themselves)\s+(?:in\s+)?(?:as\s+)?(?:on\s+(?:shift|duty|the\s+rota)|present|at\s+work|working|in)\s+(?:while|when|whilst)\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:at|on|off|in|doing|working)\b/g,
  },
  {
    kind: "trade",
    label: "overcharging",
    trigger: trigger("overcharge overcharges overcharging overcharged over-charge"),
    weight: 2,
    regex:
      /\bover-?charg(?:e|es|ing|ed)\s+(?:every|all|elderly|vulnerable|old|patients|people|customers|passengers|tenants|families)\b/g,
  },
  {
    kind: "misconduct",
    label: "neglect or mistreatment",
    trigger: trigger("keeps keep bruises bruising injuries fractures burns unexplained"),
    weight: 2,
    regex:
      /\bkeeps?\s+(?:the\s+|their\s+|its\s+)?(?:residents|patients|clients|service\s+users)\s+in\s+(?:bed|their\s+rooms)\s+(?:all\s+day|so\b)|\b(?:bruises|bruising|injuries|fractures|burns|marks)\s+(?:that\s+)?(?:no\s+one|nobody|no-one|they|staff)\s+(?:can|could|can't|cannot|couldn't|will|won't)\s+(?:ever\s+)?explain\b/g,
  },
  // Everyday wordings of the same kinds of claim, written fresh.
  {
    kind: "dishonesty",
    label: "billing for work never done",
    trigger: trigger(
      "claim claims claiming claimed bill bills billing billed charge charges charging charged",
    ),
    weight: 2,
    regex:
      /\b(?:claim(?:s|ing|ed)?|bill(?:s|ing|ed)?|charg(?:e|es|ing|ed))\s+(?:[\w']+\s+){0,4}for\s+(?:[\w']+\s+){0,3}(?:they|he|she|we|people|patients|residents)\s+never\s+(?:had|attended|did|got|received|worked|turned\s+up|saw)\b/g,
  },
  {
    kind: "dishonesty",
    label: "pocketing money",
    trigger: trigger("pocket pockets pocketed pocketing"),
    weight: 2,
    regex:
      /\bpocket(?:s|ed|ing)\s+(?:the\s+|their\s+|people's\s+|patients'\s+)?(?:deposits?|cash|money|difference|rest|it|tips|donations|fees|takings)\b/g,
  },
  {
    kind: "crime",
    label: "theft",
    trigger: trigger("nicked stole pinched took swiped"),
    weight: 2,
    regex:
      /\b(?:nicked|stole|pinched|took|swiped)\s+(?:£\d+\s+(?:out\s+of|from)\s+)?(?:her|my|his|their|a\s+patient's|patients'|my\s+\w+'s)\s+(?:\w+\s+)?(?:purse|wallet|phone|money|cash|jewellery|rings?|cards?|bank\s+card|handbag)\b/g,
  },
  {
    kind: "crime",
    label: "labelled a criminal",
    trigger: trigger(
      "thief thieves thieving cheat conman scammer scammers scam crooks liars cowboys con conmen fraudsters",
    ),
    weight: 2,
    regex:
      /\b(?<!\b(?:once|always)\s)(?:is|was|a|an|total|proper|absolute|known|bloody)\s+(?:thieving\s+\w+|thief|cheat|conman|con\s+artist|scammer)\b|(?:^|[.!?]\s+)(?:thief|thieves|scam|scammers|crooks|conman|cheat|cheats)[.!,]|\b(?:crooks|thieves|cowboys|liars|scammers)\s+the\s+lot\s+of\s+(?:them|em|'em)\b|\b(?:bunch|pack|load|nest|den)\s+of\s+(?:crooks|thieves|liars|con\s?men|scammers|fraudsters)\b/g,
  },
  {
    kind: "crime",
    label: "drug dealing",
    trigger: trigger("deals deal dealing sells sell selling"),
    weight: 2,
    regex:
      /\b(?:deals?|dealing|sells?|selling)\s+(?:weed|coke|cocaine|pills|gear|ket|mdma|spice)\b/g,
  },
  {
    kind: "misconduct",
    label: "drunk or on drugs at work",
    trigger: trigger("drinks drink drinking"),
    weight: 2,
    regex:
      /\b(?:drinks?|drinking)\s+(?:before|on|during)\s+(?:every\s+|each\s+|his\s+|her\s+|their\s+)?(?:shift|shifts|duty|work|nights)\b/g,
  },
  {
    kind: "misconduct",
    label: "favours for family and friends",
    trigger: trigger(
      "because golf mates in-law's wife's husband's brother's sister's cousin's mate's friend's brother-in-law's sister-in-law's son-in-law's daughter-in-law's father-in-law's mother-in-law's interview advertised advert tender applying waltzed",
    ),
    weight: 2,
    regex:
      /\b(?:got|gets|only\s+got)\s+(?:the|her|his|their|that)\s+(?:job|post|role|promotion|contract)\s+because\s+(?:her|his|their)\s+(?:dad|mum|father|mother|husband|wife|partner|mate|friend|brother|sister|uncle|cousin)\b|\bplays?\s+golf\s+with\s+(?:the|our|his|her)\b|\b(?:[\w]+-in-law's|wife's|husband's|brother's|sister's|cousin's|mate's|friend's)\s+(?:company|firm|business)\s+(?:got|won|was\s+given|gets)\b|\b[\w-]+'s\s+(?:nephew|niece|son|daughter|wife|husband|girlfriend|boyfriend|partner|cousin|brother|sister|mate|best\s+mate|[\w]+-in-law)\s+(?:\w+\s+){0,2}?(?:walked|waltzed|strolled|sailed|got|landed|was\s+given|has\s+been\s+given|was\s+handed)\s+(?:straight\s+|right\s+)?(?:into\s+)?(?:a|the|that)\s+(?:[\w-]+\s+){0,3}?(?:job|post|role|promotion|contract|secondment)\s+(?:with\s+no\s+(?:interview|advert|tender|competition)|without\s+(?:an?\s+|even\s+an?\s+|even\s+)?(?:interview|applying|advert|tender)|(?:that\s+)?(?:was\s+)?never\s+(?:even\s+)?advertised)\b|\bbecause\s+(?:he|she|they)\s+(?:golfs?|plays?\s+golf|drinks?|is\s+(?:mates|friends|related)|are\s+(?:mates|friends|related)|went\s+to\s+school)\s+with\s+(?:the|our|his|her|their)\b/g,
  },
  {
    kind: "misconduct",
    label: "a cover-up",
    trigger: trigger(
      "shred shreds shredded shredding bin bins binned binning destroy destroys destroyed hides hide buried buries burying",
    ),
    weight: 2,
    regex:
      /\b(?:shred(?:s|ded|ding)?|bins?|binned|binning|destroy(?:s|ed)?|buried|buries|burying)\s+(?:my\s+|the\s+|all\s+the\s+|patients'\s+)?(?:statements?|evidence|complaints?|incident\s+forms?|datix(?:es)?|records|reports?|findings|minutes|(?:repeat\s+)?prescriptions?|referrals?|referral\s+letters|test\s+results|results|sick\s+notes|requests)\b|\bhides?\s+(?:\d+\s+|the\s+)?(?:empty\s+)?(?:beds|side\s+rooms|figures|incidents|complaints)\b/g,
  },
  // Wider wordings of the same kinds of claim, as vocabularies: lying to someone, a liar; contracts
  // and favours steered to family and friends; corruption; cover-ups of every kind; checks signed
  // off that were never done; notes or prescriptions sold; theft in euphemisms ("helps herself to
  // the oramorph", "'borrows' the stock"); sickness in scare quotes; skiving; affairs with
  // colleagues; passing off others' work; false names; bullying people out; unfair trading
  // (watered-down drinks, fake goods, a racket, deposits taken and never returned); sedating
  // people to keep them quiet; wages below the legal minimum.
  {
    kind: "dishonesty",
    label: "lying",
    trigger: trigger("lied lies lying"),
    weight: 2,
    regex:
      /\b(?:lied|lies|lying)\s+to\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:board|family|families|patients?|relatives|cqc|coroner|inquest|investigation|panel|tribunal|police|regulator|nmc|gmc|hcpc|parents?|council|commissioners|auditors?|inspectors?|staff|us|everyone)\b|\blie[sd]?\s+(?:at|in|on)\s+(?:her|his|their)\s+(?:interview|application|cv|references?|registration)\b/g,
  },
  {
    kind: "misconduct",
    label: "contracts for family and friends",
    trigger: trigger(
      "contract contracts tender franchise corrupt corruption nepotism whitewash " +
        // every relative or friend the regex names, so that a match always fires the trigger
        "son-in-law son-in-law's daughter-in-law daughter-in-law's brother-in-law brother-in-law's sister-in-law sister-in-law's father-in-law father-in-law's mother-in-law mother-in-law's " +
        "brother brother's sister sister's wife wife's husband husband's son son's daughter daughter's cousin cousin's mate mates mate's friend friends friend's pal pal's flatmate partner partner's golf",
    ),
    weight: 2,
    regex:
      /\b(?:awarded|gave|gives|given|handed|hands|steered|steers|went|goes|go)\s+(?:the\s+|a\s+|every\s+|all\s+the\s+|our\s+)?(?:\w+\s+){0,3}(?:contracts?|tenders?|franchise|work|jobs?)\s+(?:\w+\s+)?to\s+(?:his|her|their|the)\s+(?:own\s+)?(?:\w+-in-law(?:'s)?|brother(?:'s)?|sister(?:'s)?|wife(?:'s)?|husband(?:'s)?|son(?:'s)?|daughter(?:'s)?|cousin(?:'s)?|mates?(?:'s)?|friends?(?:'s)?|pal(?:'s)?|old\s+flatmate|partner(?:'s)?|golf\s+\w+)|\bno\s+tender\b|\b(?:is|are|was|were|so|totally|completely|utterly|proper|absolutely|thoroughly|bent\s+and)\s+corrupt\b|\bcorrupt\s+(?:af|as\s+\w+|to\s+the\s+core|from\s+top\s+to\s+bottom)\b|\b(?:total|complete|a)\s+whitewash\b|\bnepotism\b/g,
  },
  {
    kind: "misconduct",
    label: "a cover-up",
    trigger: trigger("cover covers covered covering"),
    weight: 2,
    regex:
      /\bcover(?:s|ed|ing)?\s+up\s+(?:every|all|any|those|these|each)\s+(?:\w+\s+){0,2}(?:deaths?|incidents?|errors?|mistakes?|falls?|complaints?|abuse|overdoses?|never\s+events?|sores?|ulcers?|harm|bruis(?:e|es|ing)|breaches|injur(?:y|ies)|mix-?ups?)\b|\bcover(?:s|ed|ing)?\s+up\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}(?:mix-?up|sores?|injur(?:y|ies)|assault|leak|breach|bullying)\b/g,
  },
  {
    kind: "misconduct",
    label: "a cover-up",
    trigger: trigger("sat sits sitting buried buries burying hushed"),
    weight: 2,
    regex:
      /\b(?:sat|sits|sitting|buried|buries|burying)\s+on\s+(?:the|a|that|an)\s+(?:\w+\s+){0,2}(?:report|investigation|complaint|incident|findings|review|audit|datix)\b|\b(?:got|been|was|were)\s+hushed\s+up\b/g,
  },
  {
    kind: "dishonesty",
    label: "checks signed off that were never done",
    trigger: trigger("sign signs signed signing tick ticks ticked ticking"),
    weight: 2,
    regex:
      /\b(?:sign(?:s|ed|ing)?(?:\s+off)?|tick(?:s|ed|ing)?(?:\s+off)?)\s+(?:\w+\s+){0,3}as\s+(?:checked|done|completed|inspected|serviced|safe|competent|cleaned|given|seen)\s+(?:without|when\s+(?:he|she|they|it)\s+(?:never|hadn't|wasn't|weren't))\b|\b(?:haven't|hasn't|never|don't|doesn't|didn't)\s+(?:\w+\s+){1,8}?(?:and|but)\s+(?:still\s+)?(?:sign|signs|signed|tick|ticks|ticked)\s+(?:(?:the|it|them|their)\s+)?(?:\w+\s+)?(?:off\s+)?anyway\b/g,
  },
  {
    kind: "dishonesty",
    label: "notes or prescriptions sold",
    trigger: trigger("cash quid money fee backhander tenner fiver selling sells sold"),
    weight: 2,
    regex:
      /\b(?:sells?|selling|sold|signs?|signing|gives?|giving|hands?\s+out|handing\s+out|writes?|writing)\s+(?:out\s+|off\s+)?(?:sick\s+notes|fit\s+notes|prescriptions|scripts|certificates|references|appointments|sign-?offs|passes)\s+for\s+(?:cash|money|a\s+fee|a\s+backhander|a\s+tenner|a\s+fiver|£\s?\d+|\w+\s+quid)\b|\bsell(?:s|ing)?\s+(?:prescriptions|scripts|sick\s+notes|fit\s+notes|controlled\s+drugs|oramorph|morphine|diazepam|tramadol|codeine)\b/g,
  },
  {
    kind: "crime",
    label: "theft",
    trigger: trigger("himself herself themselves borrow borrows borrowed borrowing"),
    weight: 2,
    regex:
      /\bhelp(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\s+to\s+(?:the\s+|our\s+|patients'\s+|the\s+patients'\s+|their\s+)?(?:\w+\s+)?(?:drugs|meds|medication|oramorph|morphine|fentanyl|diazepam|controlled\s+drugs|cds|stock|supplies|cash|money|petty\s+cash|tips|donations|fund|float|takings|belongings|valuables)\b|["“‘']borrow(?:s|ed|ing)?["”’']\s+(?:the\s+|our\s+|patients'\s+|the\s+patients'\s+)?(?:\w+\s+)?(?:drugs|meds|oramorph|morphine|fentanyl|stock|cash|money|petty\s+cash|float|equipment|supplies)\b/g,
  },
  {
    kind: "crime",
    label: "theft",
    trigger: trigger("home"),
    weight: 2,
    regex:
      /\b(?:takes?|taking|took)\s+(?:the\s+)?(?:ward's|trust's|unit's|hospital's|patients'|department's|practice's|home's)\s+(?:\w+\s+)?(?:stock|supplies|drugs|meds|equipment|food|money|nappies|dressings|linen)\s+home\b/g,
  },
  {
    kind: "dishonesty",
    label: "sickness that is not real",
    trigger: trigger(
      "back migraine flu bug emergency emergencies dentist bereavement funeral skiving skive skives skiver skivers faker",
    ),
    weight: 2,
    regex:
      /["“‘'](?:bad\s+backs?|migraines?|flu|bugs?|family\s+emergenc(?:y|ies)|emergencies|dentist(?:\s+appointments?)?|bereavements?|funerals?)["”’']|\bskiv(?:ing|e|es|er|ers)\b|\bfaker\b/g,
  },
  {
    kind: "sexual",
    label: "affair",
    trigger: trigger("affair affairs pregnant carrying"),
    weight: 2,
    regex:
      /\b(?:having|had|has|been\s+having)\s+an\s+affair\s+with\s+(?:one\s+of\s+)?(?:the|a|an|our|her|his|their)\s+(?:\w+\s+)?(?:consultants?|directors?|managers?|matrons?|registrars?|regs?|surgeons?|doctors?|bosses|boss|students?|patients?|porters?|nurses?|sisters?|anaesthetists?|paramedics?|married\s+\w+)\b|\bpregnant\s+by\s+(?:a|the|her|our|his|one\s+of\s+the)\s+married\b/g,
  },
  {
    kind: "dishonesty",
    label: "passing off someone else's work",
    trigger: trigger(
      "copied copies copying name plagiarised plagiarized plagiarist plagiarism written bought",
    ),
    weight: 2,
    regex:
      /\bcop(?:ied|ies|ying)\s+(?:my|her|his|their|someone's|somebody's|a\s+colleague's|the|a|an)\s+(?:whole\s+|entire\s+)?(?:\w+\s+)?(?:audit|portfolio|essay|dissertation|thesis|work|research|paper|project|assignment|poster|reflections?|presentation|qi\s+project)\b|\bput\s+(?:his|her|their)\s+(?:own\s+)?name\s+on\s+(?:my|our|the|someone|a|her|his)\b|\bplagiari(?:s|z)(?:ed|es|ing|t|m)\b|\b(?:thesis|dissertation|essay|portfolio|assignments?)\s+(?:was\s+|were\s+)?written\s+for\s+(?:him|her|them)\b|\bbought\s+(?:his|her|their)\s+(?:degree|masters|master's|phd|qualifications?|diploma)\b/g,
  },
  {
    kind: "dishonesty",
    label: "faked records",
    trigger: trigger("change changed changing alter altered altering amend amended amending"),
    weight: 2,
    regex:
      /\b(?<!\b(?:asked|told|wanted|pressured|pressuring|instructed|expected|asking|telling)\s+(?:me|us|them|staff|nurses|the\s+team)\s+to\s)(?:chang(?:e|es|ed|ing)|alter(?:s|ed|ing)?|amend(?:s|ed|ing)?)\s+(?:the\s+)?(?:dates?|times?|entries|figures|numbers|scores?|readings|records?|notes)\s+(?:on|in)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:\w+\s+){0,2}(?:body\s+maps?|charts?|notes|records?|datix(?:es)?|forms?|obs|audits?|logs?|timesheets?|care\s+plans?)\b/g,
  },
  {
    kind: "dishonesty",
    label: "working under a false name",
    trigger: trigger("fake false different name names"),
    weight: 2,
    regex: /\bunder\s+(?:a\s+)?(?:fake|false|different|made-up)\s+names?\b/g,
  },
  {
    kind: "misconduct",
    label: "bullying staff",
    trigger: trigger("bullied bullying"),
    weight: 2,
    regex:
      /\bbullied\s+(?:\w+\s+){1,4}(?:out\s+of|off)\s+(?:the|her|his|their|our|this)\b|\bbullied\s+(?:her|his|their)\s+way\b|\bbullied\s+(?:\w+\s+){1,3}?into\s+(?:leaving|quitting|resigning|going\s+off\s+sick|retiring|moving)\b/g,
  },
  {
    kind: "trade",
    label: "unfair trading",
    trigger: trigger(
      "waters water watered watering counterfeit knock-off stolen dodgy fake racket scam con swap swaps swapped swapping minimum",
    ),
    weight: 2,
    regex:
      /\bwater(?:s|ed|ing)?\s+down\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:spirits|drinks|beer|vodka|gin|booze|pints)\b|\bsell(?:s|ing)?\s+(?:fake|counterfeit|knock-?off|stolen|dodgy)\s+\w+|\b(?:running|runs|run)\s+a\s+(?:racket|scam)\b|\b(?:it's|its|it\s+is|they're|theyre|they\s+are)\s+(?:a\s+)?(?:total\s+|complete\s+|massive\s+)?(?:scam|racket|con)\b|\bswap(?:s|ped|ping)?\s+(?:your|the|people's)\s+(?:new\s+)?(?:\w+\s+)?for\s+(?:part-?worns?|old|used|cheaper|fake)\b|\b(?:pay|pays|paying|paid)\s+(?:their|his|her|the)\s+(?:\w+\s+)?(?:staff|cleaners|carers|workers|drivers|nurses)\s+(?:below|under|less\s+than)\s+(?:the\s+)?minimum\s+wage\b/g,
  },
  {
    kind: "trade",
    label: "unfair trading",
    trigger: trigger("money cash deposit deposits payment payments"),
    weight: 2,
    regex:
      /\b(?:takes?|taking|took)\s+(?:a\s+|the\s+|your\s+|my\s+|people's\s+|their\s+)?(?:money|deposits?|cash|payments?)\s+(?:off\s+\w+\s+|from\s+\w+\s+)?(?:and|then)\s+(?:then\s+)?(?:vanish\w*|disappear\w*|cancel\w*|never|don't|doesn't|didn't|did\s+a\s+runner|runs?|ran|keeps?|kept)\b/g,
  },
  {
    kind: "misconduct",
    label: "sedating people to keep them quiet",
    trigger: trigger(
      "sedate sedates sedated sedating sedatives drug drugs drugged drugging prescribed quiet",
    ),
    weight: 2,
    regex:
      /\b(?:sedat(?:e|es|ed|ing)|drug(?:s|ged|ging)?)\s+(?:the\s+|their\s+|his\s+|her\s+)(?:residents|patients|clients|kids|children|dogs|animals|elderly|service\s+users)\b|\b(?:giv(?:e|es|ing)|gave|given)\s+(?:the\s+)?(?:residents|patients|clients)\s+(?:\w+\s+)?(?:sedatives|sleeping\s+pills|tablets|drugs|medication)\s+(?:that\s+(?:aren't|weren't|are\s+not|were\s+not)\s+prescribed|to\s+keep\s+them\s+quiet)/g,
  },
  // Serious claims in plain words: harm caused ("killed a patient", "botched operations"),
  // practising unqualified, selling or leaking patients' details, sexual misconduct at work,
  // refusing to treat a group, violence against patients, drug use, a cover-up "covered it up".
  {
    kind: "misconduct",
    label: "harm to patients",
    trigger: trigger("killed kills harmed harms maimed botched botches responsible caused"),
    weight: 2,
    regex:
      /\b(?:killed|kills|harmed|harms|maimed)\s+(?:a|another|two|three|four|\d+|several|his|her|their|the|one\s+of\s+(?:his|her|their|our))\s+(?:own\s+)?(?:\w+\s+)?(?:patients?|babies|baby|residents?|mums|women|children|kids|clients)\b|\bbotche[sd]\s+(?:\w+\s+){0,2}(?:operations?|surgery|surgeries|ops|op|deliveries|delivery|procedures?|hips?|knees?)\b|\b(?:responsible\s+for|caused)\s+(?:the\s+|a\s+|that\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:death|deaths|stillbirth)\b/g,
  },
  {
    kind: "dishonesty",
    label: "practising unqualified",
    trigger: trigger(
      "qualified unqualified registered unregistered real fake struck-off untrained",
    ),
    weight: 2,
    regex:
      /\b(?:isn't|is\s+not|wasn't|was\s+never|has\s+never\s+been|never)\s+(?:actually\s+|even\s+|properly\s+)?(?:qualified|registered|a\s+real\s+(?:doctor|nurse|midwife|surgeon|physio|paramedic|pharmacist))\b|\bfake\s+(?:doctor|nurse|midwife|consultant|surgeon|physio|paramedic|qualifications?|registration|pin)\b|\b(?:is|are|was|an?|uses?|using|employs?|employing|sends?|sending)\s+(?:\w+\s+)?(?:unqualified|unregistered|struck-off)\b|\b(?:sends?|sending|uses?|using|employs?|employing)\s+(?:\w+\s+)?untrained\s+(?:\w+\s+)?(?:kids|staff|carers|nurses|people|drivers|lads|girls|teenagers)\b/g,
  },
  {
    kind: "misconduct",
    label: "leaking patients' details",
    trigger: trigger(
      "sells sold selling leaks leaked leaking passes passed passing gives gave giving",
    ),
    weight: 2,
    regex:
      /\b(?:sells?|sold|selling|leaks?|leaked|leaking|pass(?:es|ed|ing)\s+on|giv(?:es|ing)|gave)\s+(?:out\s+)?(?:the\s+)?(?:patients?'?|patient's|people's|our\s+patients'?|residents'?)\s+(?:\w+\s+)?(?:data|details|records|information|info|numbers|addresses|notes|results|stories|photos|pictures)\s+to\b/g,
  },
  {
    kind: "sexual",
    label: "sexual misconduct at work",
    trigger: trigger(
      "groped gropes groping groper gropers touched touches touching sexually harasses harassed harassing inappropriate touchy handsy pest flasher",
    ),
    weight: 2,
    regex:
      /\b(?:groped|gropes|groping|touche[sd]\s+up|sexually\s+(?:harass\w*|assault\w*))\b|\b(?:is|was|a|an|known|total|proper|massive|serial|notorious)\s+(?:\w+\s+)?(?:groper|sex\s+pest|flasher)\b|\bharass(?:es|ed|ing)\s+(?:the\s+|his\s+|her\s+)?(?:female\s+|young\s+|junior\s+)?(?:students|nurses|women|staff|hcas|juniors|trainees|patients)\b|\b(?:inappropriate|too\s+touchy|handsy)\s+with\s+(?:the\s+|his\s+|her\s+)?(?:female\s+|young\s+|junior\s+)?(?:students|patients|women|juniors|trainees|nurses|kids|children|girls)\b|\btouch(?:es|ed|ing)\s+(?:the\s+|his\s+|her\s+)?(?:female\s+|young\s+)?(?:students|patients|nurses|girls|women)\s+(?:up|inappropriately)\b/g,
  },
  {
    kind: "misconduct",
    label: "refusing to treat or hire a group",
    trigger: trigger("refuses refused refusing won't wont will"),
    weight: 2,
    regex:
      /\b(?:refuses?|refused|refusing|won't|wont|will\s+not)\s+(?:to\s+)?(?:treat|see|hire|employ|promote|shortlist|examine)\s+(?:any\s+)?(?:black|asian|muslim|jewish|gay|disabled|foreign|older|fat|trans|polish|romanian|african|overweight|pregnant)\b/g,
  },
  {
    kind: "crime",
    label: "violence",
    trigger: trigger(
      "punched assaulted attacked slapped kicked shoved pushed hit hits manhandled manhandles",
    ),
    weight: 2,
    regex:
      /\b(?:punched|assaulted|attacked|slapped|kicked|shoved|hit|hits|manhandled|manhandles)\s+(?:a|an|one\s+of\s+(?:the|our|his|her)|the|our|his|her|my)\s+(?:\w+\s+)?(?:patients?|residents?|clients?|child|kids|students?|service\s+users?)\b/g,
  },
  {
    kind: "misconduct",
    label: "drunk or on drugs at work",
    trigger: trigger("coke cocaine ket ketamine gear charlie lines snort snorts snorting sniffing"),
    weight: 2,
    regex:
      /\b(?:does|doing|did|takes|taking|took|snorts?|snorting|sniffing|on)\s+(?:coke|cocaine|ket|ketamine|gear|charlie|lines)\b(?!-|\s+(?:awareness|training|policy|overdose))|\bsnort(?:s|ing|ed)?\s+(?:it|lines|coke|cocaine)\b/g,
  },
  {
    kind: "misconduct",
    label: "a cover-up",
    trigger: trigger("cover covers covered covering"),
    weight: 2,
    regex:
      /\bcover(?:s|ed|ing)?\s+(?:it|this|that|the\s+whole\s+thing|everything|them)\s+up\b(?!\s+with)/g,
  },
  {
    kind: "crime",
    label: "theft",
    trigger: trigger("take"),
    weight: 2,
    regex: /\bon\s+the\s+take\b/g,
  },
  // More everyday verbs of the same claims: siphoning or skimming money, sleeping through shifts,
  // cheating on a partner, abusing a position, a Trust card for personal spending, stalking,
  // racial abuse, arrests and criminal records, bribing someone, fake degrees.
  {
    kind: "dishonesty",
    label: "taking money",
    trigger: trigger("siphon siphons siphoned siphoning skim skims skimmed skimming card"),
    weight: 2,
    regex:
      /\b(?:siphon(?:s|ed|ing)?|skim(?:s|med|ming)?)\s+(?:off\s+)?(?:the\s+|our\s+|money\s+from\s+the\s+|cash\s+from\s+the\s+)?(?:\w+\s+)?(?:money|cash|funds|budget|donations|tips|takings|charity|float|profits)\b|\b(?:uses?|used|using)\s+(?:the\s+)?(?:trust|company|hospital|ward|department|nhs|work)\s+(?:credit\s+)?card\s+for\s+(?:his|her|their)\s+own\b/g,
  },
  {
    kind: "misconduct",
    label: "asleep on duty",
    trigger: trigger("sleeps sleep slept sleeping kips kipping"),
    weight: 2,
    regex:
      /\b(?:sleeps?|slept|sleeping|kips?|kipping)\s+(?:right\s+)?(?:through|on|during)\s+(?:every\s+|his\s+|her\s+|their\s+|the\s+|most\s+|all\s+)(?:\w+\s+){0,4}?(?:shifts?|nights?|duty|handovers?|job)\b/g,
  },
  {
    kind: "sexual",
    label: "sexual conduct",
    trigger: trigger("cheats cheated stalks stalked stalking"),
    weight: 2,
    regex:
      /\b(?:cheats|cheated)\s+on\s+(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend|missus)\b|\bstalk(?:s|ed|ing)\s+(?:a|his|her|their|one\s+of\s+(?:the|our|his|her))\s+(?:\w+\s+)?(?:patients?|colleagues?|ex|exes|students?|nurses?|staff)\b/g,
  },
  {
    kind: "misconduct",
    label: "abusing a position",
    trigger: trigger("abuses abused abusing racially"),
    weight: 2,
    regex:
      /\babus(?:es|ed|ing)\s+(?:his|her|their)\s+(?:position|power|authority|access|role)\b|\bracially\s+abus(?:es|ed|ing|ive)\b/g,
  },
  {
    kind: "crime",
    label: "arrest or criminal record",
    trigger: trigger("arrested record bribed bribing"),
    weight: 2,
    regex:
      /\b(?:was|been|got|were)\s+arrested\s+(?:for|last|again|at)\b|\bhas\s+(?:got\s+)?a\s+(?:criminal\s+record|record\s+for)\b|\bbrib(?:ed|ing)\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(?:inspector|inspectors|panel|official|officials|auditor|auditors|assessor|judges?|council|police|manager|director)\b/g,
  },
  {
    kind: "dishonesty",
    label: "fabrication",
    trigger: trigger("fake bought"),
    weight: 2,
    regex:
      /\bfake\s+(?:degree|degrees|certificates?|cv|dbs|id|diploma|phd|masters|nmc\s+pin|gmc\s+number)\b|\bbought\s+(?:a|his|her|their)\s+(?:fake\s+)?(?:degree|certificate|diploma|phd)\b/g,
  },
  // A further round of everyday wordings: faking or fiddling reports and performance times, tax
  // dodging, billing for visits or care never given ("visits their carers never make"), bribing
  // someone, brown envelopes, and a judgement of being high or drunk ("clearly off his face").
  {
    kind: "dishonesty",
    label: "faked records",
    trigger: trigger(
      "fake fakes faked faking falsify falsifies falsified falsifying fabricate fabricates fabricated fabricating fiddle fiddles fiddled fiddling massage massages massaged massaging cook cooks cooked cooking change changes changed changing",
    ),
    weight: 2,
    regex:
      /\b(?:fak(?:e|es|ed|ing)|falsif(?:y|ies|ied|ying)|fabricat(?:e|es|ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?(?:reports?|scans?|readings?|statistics|stats|numbers|test\s+results|prescriptions?|sick\s+notes?|response\s+times|waiting\s+times|breach\s+times)\b|\b(?:fiddl(?:e|es|ed|ing)|massag(?:e|es|ed|ing)|cook(?:s|ed|ing)?|chang(?:e|es|ed|ing))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:response|breach|waiting|wait|arrival|handover|triage|ambulance)\s+times\s+(?:on\s+the\s+system\s+)?(?:before|so\s+(?:that\s+)?(?:they|it|we|nobody|no\s+one)|to\s+(?:hide|avoid|dodge|hit|meet|look))\b/g,
  },
  {
    kind: "crime",
    label: "tax dodging",
    trigger: trigger("dodge dodges dodged dodging evade evades evaded evading tax"),
    weight: 2,
    regex:
      /\b(?:dodg(?:e|es|ed|ing)|evad(?:e|es|ed|ing))\s+(?:paying\s+)?(?:the\s+|their\s+|his\s+|her\s+|any\s+)?(?:tax|taxes|vat|national\s+insurance)\b|\btax\s+(?:dodgers?|dodging|evasion|evaders?|fraud)\b/g,
  },
  {
    kind: "dishonesty",
    label: "billing for work never done",
    trigger: trigger(
      "bill bills billing billed charge charges charging charged invoice invoices invoicing invoiced claim claims claiming claimed",
    ),
    weight: 2,
    regex:
      /\b(?:bill(?:s|ing|ed)?|charg(?:e|es|ing|ed)|invoic(?:e|es|ing|ed)|claim(?:s|ing|ed)?)\s+(?:[\w']+\s+){0,4}for\s+(?:[\w-]+\s+)?(?:visits|calls|care|shifts|hours|appointments|sessions|treatments?|work|jobs|deliveries|check-?ups|tests|scans|reviews|operations|procedures|assessments|dressings|jabs|vaccinations)\s+(?:that\s+|which\s+)?(?:[\w']+\s+){0,2}?(?<!\b(?:i|we)\s)never\s+(?:actually\s+|even\s+|really\s+)?(?:happen|happened|make|made|do|did|deliver|delivered|provide|provided|attend|attended|turn\s+up|take\s+place|took\s+place)\b/g,
  },
  {
    kind: "crime",
    label: "bribery",
    trigger: trigger("bribed bribing bribes bribe envelope envelopes"),
    weight: 2,
    regex:
      /\bbrib(?:ed|ing|es)\s+(?:someone|somebody|people|officials|inspectors|councillors|them|him|her|(?:his|her|their)\s+way)\b(?!\s+with\b)|\bbrown\W{1,3}envelopes?\b/g,
  },
  {
    kind: "trade",
    label: "swapping in cheaper goods",
    trigger: trigger("swap swaps swapped swapping"),
    weight: 2,
    regex:
      /\bswap(?:s|ped|ping)?\s+(?:the\s+|their\s+|our\s+|patients'\s+|people's\s+)?(?:[\w-]+\s+){1,2}for\s+(?:cheap|cheaper|knock-?off|fake|counterfeit|inferior|out-?of-?date)\b/g,
  },
  {
    kind: "dishonesty",
    label: "lying in records",
    trigger: trigger("lied lies lying"),
    weight: 2,
    regex:
      /\b(?:lied|lies|lying)\s+(?:in|on)\s+(?:my|the|his|her|their|our|your|mum's|dad's)\s+(?:\w+\s+)?(?:notes|records?|statement|report|application|cv|paperwork|timesheets?|datix)\b/g,
  },
  {
    kind: "misconduct",
    label: "drunk or on drugs at work",
    trigger: trigger("clearly obviously definitely"),
    weight: 2,
    regex: /\b(?:clearly|obviously|definitely)\s+off\s+(?:his|her|their)\s+(?:face|head|tits)\b/g,
  },
  // A fourth round (fresh probes): fake qualifications, figures made to look better or patients
  // struck off a list to hit targets, medicines handed out without a prescription, a decision taken
  // because a relative profits, patients sent away because someone "can't be bothered", harm
  // caused by someone's mistakes.
  {
    kind: "dishonesty",
    label: "fake qualifications",
    trigger: trigger(
      "degree degrees qualification qualifications diploma certificate certificates registration pin licence masters phd bogus",
    ),
    weight: 2,
    regex:
      /\b(?:doesn't|doesnt|does\s+not|didn't|didnt|never)\s+(?:even\s+|actually\s+)?(?:have|hold|had|get|got|earn|earned)\s+(?:a|an|any|the)\s+(?:real|proper|actual|genuine|valid|legit)\s+(?:[a-z]+\s+)?(?:degree|qualifications?|diploma|certificate|registration|pin|licence|masters|phd)\b|\b(?:degree|qualifications?|diploma|certificates?|masters|phd)\b[^.!?\n]{0,40}?\bbought\s+(?:it\s+|them\s+)?(?:online|off\s+(?:the\s+)?(?:internet|ebay|a\s+website)|from\s+(?:a|some)\s+(?:dodgy\s+|fake\s+)?(?:website|site|uni|university|college)|on\s+(?:ebay|the\s+internet))|\b(?:qualifications?|degree|certificates?|diploma|registration|credentials)\s+(?:is|are|was|were)\s+(?:all\s+)?(?:bogus|fake|forged|made\s+up|a\s+lie|lies|fiction)\b|\bbogus\s+(?:degree|qualifications?|cv|certificates?|references?|registration|diploma|credentials)\b/g,
  },
  {
    kind: "dishonesty",
    label: "figures made to look better",
    trigger: trigger(
      "figures numbers stats statistics data rate rates rating ratings results performance scores times list lists books register registers fudge fudges fudged fudging massage massages massaged massaging rig rigs rigged rigging manipulate manipulates manipulated manipulating",
    ),
    weight: 2,
    regex:
      /\b(?:so|to\s+make)\s+(?:that\s+)?(?:their|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:figures|numbers|stats|statistics|data|rates?|ratings?|results|performance|waiting\s+times|scores?|waiting\s+lists?)\s+looks?\s+(?:better|good|healthier|great)\b|\b(?:remov|strik|struck|kick|tak|dropp|delet|wip|tak|scrubb)\w*\s+(?:[\w-]+\s+){0,3}(?:patients|people|names|residents|pensioners)\s+(?:off|from)\s+(?:their|the|its|his|her)\s+(?:\w+\s+)?(?:lists?|books|registers?)\s+(?:just\s+)?to\s+(?:hit|meet|make|game|massage|fiddle|improve|save)\b|\b(?:fudg(?:e|es|ed|ing)|massag(?:e|es|ed|ing)|rig(?:s|ged|ging)?|manipulat(?:e|es|ed|ing))\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)(?:\w+\s+)?(?:figures|numbers|stats|statistics|data|results|waiting\s+lists?|mortality|death\s+rates?|ratings?|tenders?|votes?|books|accounts|audits?|references?|cv|qualifications|application|timesheets?|expenses|notes|records?)\b|\b(?:figures|numbers|stats|statistics|data|results|waiting\s+times|waiting\s+lists?|death\s+rates?|ratings?)\s+(?:[\w-]+\s+){0,5}?(?:are|is|were|was|have\s+been|has\s+been|get|gets|got)\s+(?:being\s+|all\s+|completely\s+|totally\s+)?(?:massaged|fudged|rigged|manipulated|doctored)\b/g,
  },
  {
    kind: "misconduct",
    label: "medicines without a prescription",
    trigger: trigger("prescription prescriptions script scripts prescribes prescribed prescribing"),
    weight: 2,
    regex:
      /\b(?:hands?|handing|handed|gives?|giving|gave|dish(?:es|ing|ed)|sells?|selling|sold|suppl(?:y|ies|ying|ied))\s+(?:out\s+)?(?:[\w-]+\s+){0,2}(?:antibiotics|meds|medication|medicines|drugs|diazepam|valium|opioids|opiates|codeine|tramadol|morphine|oramorph|pills|tablets|controlled\s+drugs|steroids|sleeping\s+pills|ozempic|jabs|botox)\s+(?:out\s+)?(?:to\s+\w+\s+)?without\s+(?:a\s+|any\s+)?(?:prescriptions?|scripts?)\b|\bprescrib(?:es|ed|ing)\s+(?:himself|herself|themselves)\b|\b(?:writes?|writing|wrote|prescrib(?:es|ed|ing))\s+(?:\w+\s+){0,2}(?:prescriptions?|scripts?)?\s*(?:for|to)\s+(?:himself|herself|themselves|(?:his|her|their)\s+(?:mates|friends|family|wife|husband|partner|girlfriend|boyfriend|mum|dad|kids))\b/g,
  },
  {
    kind: "misconduct",
    label: "a decision for a relative's profit",
    trigger: trigger("owns runs shares stake director board"),
    weight: 2,
    regex:
      /\b(?:because|cos|coz|cause|since)\s+(?:his|her|their)\s+(?:own\s+)?(?:brother|sister|wife|husband|partner|son|daughter|cousin|mate|friend|dad|father|mum|mother|family|uncle|aunt|[a-z]+-in-law|mates|friends|golf\s+\w+)\s+(?:owns|runs|has\s+shares|has\s+a\s+stake|is\s+a\s+director|is\s+on\s+the\s+board)\b|\b(?:husband|wife|partner|brother|sister|son|daughter|cousin|mate|friend|[a-z]+-in-law)\s+(?:owns|runs)\s+the\s+(?:\w+\s+)?(?:firm|company|business|agency)\s+that\s+(?:won|got|was\s+given|was\s+awarded|gets)\b|\bsits?\s+on\s+the\s+board\s+of\s+the\s+(?:\w+\s+)?(?:company|firm|business|developer|contractor|supplier)\s+(?:that|which|who|building|running|supplying|doing|behind)\b/g,
  },
  {
    kind: "misconduct",
    label: "patients sent away out of laziness",
    trigger: trigger("bothered arsed"),
    weight: 2,
    regex:
      /\b(?:sends?|sent|sending|discharg\w*|turns?|turned|turning|ignor\w*|leaves?|left|leaving|refus\w*)\s+(?:home\s+|away\s+)?(?:\w+\s+)?(?:patients|anyone|people|residents|everyone|elderly|kids|children|pensioners|mums|women|babies)\b[^.!?\n]{0,60}?\b(?:cos|coz|cuz|because|cause|as|since)\s+(?:he|she|they)\s+(?:can't|cant|couldn't|couldnt|cannot|can\s+not)\s+be\s+(?:bothered|arsed)\b/g,
  },
  {
    kind: "misconduct",
    label: "harm to patients",
    trigger: trigger("blood mistake mistakes error errors negligence incompetence failures"),
    weight: 2,
    regex:
      /\bblood\s+on\s+(?:his|her|their)\s+hands\b|\b(?:his|her|their)\s+(?:\w+\s+)?(?:mistakes?|errors?|negligence|incompetence|failures?)\s+(?:have\s+|has\s+|nearly\s+|already\s+)?(?:killed|cost|caused|led\s+to)\s+(?:a|an|two|three|\d+|the|several|another|someone|somebody|lives|patients|people)\b/g,
  },
  // Things gone from a home or a ward after someone was there: "they went through our drawers and
  // half my jewellery was gone"; complaints of a kind that accuse; staff sent in with no training.
  {
    kind: "misconduct",
    label: "NHS patients steered to a private business",
    trigger: trigger("private"),
    weight: 2,
    regex:
      /\b(?:his|her|their|[a-z]+'s)\s+(?:own\s+)?private\s+(?:clinic|practice|firm|company|list|hospital|business)\s+(?:gets|got|getting|receives|received|ends\s+up\s+with)\s+(?:all|most|half|every\s+one)\s+(?:of\s+)?(?:the\s+)?(?:referrals|patients|contracts|work)\b/g,
  },
  // Shapes the learned rule alone used to catch, as rules: dismissed or suspended for misconduct
  // (any wording in between), a conviction in everyday words, a relative's company put on a list,
  // out-of-date food relabelled, NHS patients charged private rates, results signed off unread,
  // money from firms and then a vote, "crooks the lot of them".
  {
    kind: "misconduct",
    label: "dismissed or suspended for misconduct",
    trigger: trigger("sacked dismissed suspended struck fired booted kicked go"),
    weight: 2,
    regex:
      /\b(?:sacked|dismissed|suspended|struck\s+off|fired|booted\s+out|kicked\s+out|let\s+go|got\s+the\s+boot)\s+(?:from\s+|at\s+|by\s+)?(?:[\w'’]+\s+){0,5}?for\s+(?:touching|groping|harass\w*|bullying|stealing|theft|fraud|drinking|drunk\w*|assault\w*|hitting|slapping|abus\w*|racis\w*|falsify\w*|fiddling|rigging|lying|forging|faking|taking\s+(?:drugs|money|bribes)|sexual\w*|inappropriate\w*|misconduct|gross\s+misconduct|neglect\w*|botch\w*|killing|harming|negligence|incompetence)\b/g,
  },
  {
    kind: "crime",
    label: "a conviction in everyday words",
    trigger: trigger("done nicked caught banned cautioned pulled"),
    weight: 2,
    regex:
      /\b(?:was|got|been|were|is\s+being|has\s+been)\s+(?:done|nicked|caught|banned|cautioned|pulled\s+over)\s+for\s+(?:drink[- ]driving|drug[- ]driving|shoplifting|theft|stealing|fraud|assault|possession|dealing|burglary|benefit\s+fraud|handling\s+stolen\s+goods)\b/g,
  },
  {
    kind: "misconduct",
    label: "favours for family and friends",
    trigger: trigger(
      "wife's husband's partner's brother's sister's son's daughter's mate's friend's cousin's family's",
    ),
    weight: 2,
    regex:
      /\b(?:put|puts|putting|got|gets|added|adds|slipped|signed)\s+(?:his|her|their)\s+(?:own\s+)?(?:wife's|husband's|partner's|brother's|sister's|son's|daughter's|mate's|friend's|cousin's|family's|[a-z]+-in-law's)\s+(?:\w+\s+)?(?:company|firm|business|agency)\s+(?:on|onto|into|in\s+for)\b/g,
  },
  {
    kind: "trade",
    label: "unfair trading",
    trigger: trigger(
      "relabel relabels relabelled relabelling re-label re-labelled re-labelling rates prices fees date",
    ),
    weight: 2,
    regex:
      /\bre-?label(?:s|led|ling|ed|ing)?\s+(?:the\s+|their\s+)?(?:\w+\s+){0,3}(?:food|meat|chicken|stock|drugs|meds|sandwiches|fish|produce|dates)\b|\b(?:uses?|using|used|serves?|serving|served|sells?|selling|sold)\s+out[- ]of[- ]date\s+(?:\w+\s+)?(?:meat|food|chicken|fish|stock|drugs|meds|milk|ingredients|products|sandwiches)\b|\bcharg(?:e|es|ed|ing)\s+(?:nhs\s+)?(?:patients|people|pensioners|customers)\s+(?:private|full|double|triple)\s+(?:rates|prices|fees)\b/g,
  },
  {
    kind: "dishonesty",
    label: "checks signed off that were never done",
    trigger: trigger("looked read checked seen saw opened"),
    weight: 2,
    regex:
      /\bsign(?:s|ed|ing)?\s+off\s+(?:\w+\s+){1,3}(?:he|she|they)\s+(?:never|hasn't|hadn't|didn't|haven't)\s+(?:even\s+|actually\s+)?(?:looked\s+at|read|checked|seen|saw|opened)\b/g,
  },
  {
    kind: "dishonesty",
    label: "taking money",
    trigger: trigger("votes voted voting backs backed pushes pushed"),
    weight: 2,
    regex:
      /\b(?:takes?|taking|took|pockets?|pocketing|pocketed|gets?|getting|got)\s+(?:\w+\s+)?(?:money|cash|donations|payments|backhanders)\s+from\s+(?:\w+\s+){0,3}(?:firms|companies|developers|lobbyists|providers|donors|contractors)\s+(?:and|then)\s+(?:then\s+)?(?:votes?|voted|voting|backs|backed|pushes|pushed)\b/g,
  },
  // "Reported Dr Kaye to the GMC for examining women without a chaperone": the report asserts it.
  {
    kind: "misconduct",
    label: "reported to a regulator",
    trigger: trigger("reported"),
    weight: 2,
    regex:
      /\breported\s+(?!(?:myself|ourselves|it|this|that|them)\b)(?:[\w.'-]+\s+){1,4}?to\s+(?:the\s+)?(?:gmc|nmc|hcpc|gphc|police|cqc|lado|regulator|counter\s+fraud)\s+for\s+(?:[a-z-]+ing|being)\b/g,
  },
  {
    kind: "misconduct",
    label: "caught in the act",
    trigger: trigger("caught"),
    weight: 2,
    regex:
      /\b(?:was|got|been|were|is|keeps?\s+getting)\s+caught\s+(?:\w+\s+)?(?:selling|stealing|nicking|pinching|taking\s+(?:money|drugs|cash|meds|stock)|drinking|smoking\s+weed|sleeping|shagging|groping|touching|hitting|slapping|filming|fiddling|forging|faking|lying)\b/g,
  },
  {
    kind: "misconduct",
    label: "drunk or on drugs at work",
    trigger: trigger("weed cannabis crack spice joint joints kite"),
    weight: 2,
    regex:
      /\bsmok(?:es|ing|ed)\s+(?:weed|cannabis|crack|spice|joints?|a\s+joint)\b|\bhigh\s+as\s+a\s+kite\b(?![^.!?\n]{0,40}\b(?:morphine|oramorph|fentanyl|entonox|gas\s+and\s+air|ketamine|anaesthetic|sedation|sedated|op|surgery)\b)/g,
  },
  {
    kind: "misconduct",
    label: "a stake in the business",
    trigger: trigger("shares stake"),
    weight: 2,
    regex:
      /\b(?:also\s+)?(?:owns?|has|holds?)\s+(?:shares|a\s+stake)\s+in\s+(?:the|that)\s+(?:\w+\s+)?(?:firm|company|business|agency|home|pharmacy|funeral\s+\w+|contractor|supplier)\b/g,
  },
  {
    kind: "sexual",
    label: "sexual misconduct",
    trigger: trigger("exposed exposes exposing"),
    weight: 2,
    regex: /\bexpos(?:es|ed|ing)\s+(?:himself|herself)\s+to\b/g,
  },
  {
    kind: "dishonesty",
    label: "cheating in exams",
    trigger: trigger("exam exams test tests assignment assignments dissertation essay osce finals"),
    weight: 2,
    regex:
      /\bpaid\s+(?:someone|somebody|a\s+\w+)\s+to\s+(?:sit|take|do|write)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:exams?|tests?|assignments?|dissertation|essay|osce|finals)\b/g,
  },
  {
    kind: "trade",
    label: "preying on people",
    trigger: trigger("prey preys preyed preying"),
    weight: 2,
    regex:
      /\bprey(?:s|ing|ed)?\s+on\s+(?:the\s+)?(?:old|elderly|vulnerable|sick|pensioners|patients|people|families|widows|disabled)\b/g,
  },
  {
    kind: "misconduct",
    label: "a cover-up",
    trigger: trigger("hid hides hide hiding"),
    weight: 2,
    regex:
      /\bhid(?:e|es|ing)?\s+(?:the|a|her|his|their)\s+(?:\w+\s+)?(?:bruises?|bruising|injur(?:y|ies)|falls?|sores?|ulcers?|errors?|mistakes?|death|deaths|complaints?)\b|\bhid(?:es|ing|e)?\s+(?:it|them|this|that|(?:the|his|her|their)\s+(?:\w+\s+)?(?:deaths|complications|errors|mistakes|figures|numbers|rates?|incidents|falls))\s+by\s+(?:not\s+)?(?:recording|reporting|logging|changing|fiddling|deleting|datixing|coding)\b/g,
  },
  {
    kind: "misconduct",
    label: "harm to patients",
    trigger: trigger("wrong"),
    weight: 2,
    regex:
      /\b(?:deliver|give|send|dispense|supply|gave|sent)(?:s|ing|ed)?\s+(?:\w+\s+)?wrong\s+(?:meds|medication|medicines|drugs|doses|prescriptions)\s+to\s+(?:half|most|loads|all|lots|dozens)\b/g,
  },
  {
    kind: "misconduct",
    label: "racism towards patients or staff",
    trigger: trigger("treats treat treated treating"),
    weight: 2,
    regex:
      /\btreat(?:s|ed|ing)?\s+(?:her|his|their|the|all\s+the)\s+(?:black|asian|muslim|jewish|gay|disabled|foreign|polish|romanian|african|eastern\s+european|indian|pakistani|trans|overweight|non-white|brown)\s+(?:patients|staff|colleagues|residents|nurses|students|clients|carers|doctors)\s+(?:like\s+(?:dirt|rubbish|shit|animals|second-class\s+citizens)|differently|worse)\b/g,
  },
  {
    kind: "crime",
    label: "theft implied",
    trigger: trigger("gone missing walkabout"),
    weight: 2,
    regex:
      /\b(?:they|he|she|carers?|staff|workers?|men|lads|cleaners?|crews?|porters?)\b[^.!?\n]{0,80}?\b(?:my|our|her|his|mum's|dad's|nan's|gran's|their)\s+(?:\w+\s+)?(?:jewellery|jewelry|cash|money|valuables|rings?|watch|purse|wallet|savings|bank\s+cards?)\s+(?:was|were|went|had\s+gone|has\s+gone|have\s+gone|had\s+gone)\s+(?:gone|missing|walkabout)\b/g,
  },
  {
    kind: "misconduct",
    label: "complaints of misconduct",
    trigger: trigger("complaints complaint"),
    weight: 2,
    regex:
      /\b(?:had|has\s+had|got|gets|been\s+given|\d+|several|multiple|loads\s+of|numerous|countless)\s+(?:\d+\s+|several\s+|multiple\s+|loads\s+of\s+|numerous\s+)?complaints?\s+(?:for|about|of)\s+(?:\w+\s+)?(?:inappropriate|sexual|racist|racism|touching|groping|harassment|bullying|assault|abuse|theft|stealing|drinking|lewd)\b/g,
  },
  {
    kind: "misconduct",
    label: "staff sent in untrained",
    trigger: trigger("training dbs"),
    weight: 2,
    regex:
      /\b(?:sends?|sending|sent|uses?|using|employs?|employing|hires?|hiring)\s+(?:[\w'’]+\s+){1,12}?(?:with\s+no\s+|without\s+(?:any\s+)?)(?:training|dbs(?:\s+checks?)?|proper\s+training)\b/g,
  },
  // Round 13: someone said to be in rehab for drink or drugs ("he's back in rehab for the coke",
  // not the rehab ward after a hip operation); kit
  // sold second-hand and charged as new; someone gone just after a count came up short ("left the
  // week the till was found short"); a contract won by a company a manager's relative owns; a
  // practice's doctors said never to examine anyone.
  {
    kind: "misconduct",
    label: "drink or drugs",
    trigger: trigger("rehab"),
    weight: 2,
    regex:
      /\b(?:she's|he's|she\s+is|he\s+is|they're|they\s+are|(?:she|he|they)\s+(?:went|was|were|has\s+been|have\s+been|got\s+sent|is\s+going|are\s+going))\s+(?:\w+\s+){0,2}?(?:in|into|off\s+to|to|back\s+in)\s+(?:(?:drug|alcohol|addiction|drink)\s+rehab\b|rehab\s+(?:for|because\s+of)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:drink|drinking|booze|alcohol|drugs|coke|cocaine|heroin|pills|gambling|addiction)\b)/g,
  },
  {
    kind: "trade",
    label: "used goods charged as new",
    trigger: trigger("second-hand secondhand refurbished reconditioned knock-off counterfeit"),
    weight: 2,
    regex:
      /\b(?:second-?hand|refurbished|reconditioned|knock-?off|counterfeit)\b[^.!?\n]{0,60}?\b(?:charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|invoic(?:e|es|ed|ing))\s+(?:us|the\s+trust|the\s+nhs|the\s+hospital|them|customers|people)\s+(?:for\s+(?:brand[- ])?new|full\s+price|as\s+(?:if\s+(?:it\s+was\s+)?)?new)\b/g,
  },
  {
    kind: "dishonesty",
    label: "gone after a loss",
    trigger: trigger("short"),
    weight: 2,
    regex:
      /\b(?:left|quit|resigned|handed\s+in\s+(?:his|her|their)\s+notice|went\s+off\s+sick|disappeared|vanished)\b[^.!?\n]{0,60}?\b(?:after|when|as\s+soon\s+as|just\s+as|the\s+(?:day|week)\s+(?:after|that))\b[^.!?\n]{0,50}?\b(?:count|stock|till|float|petty\s+cash|takings|cd\s+book|cash)\s+(?:\w+\s+){0,2}?(?:came\s+up|came\s+out|was|were|turned\s+up|ended\s+up)\s+(?:\w+\s+)?short\b/g,
  },
  {
    kind: "dishonesty",
    label: "contract to a relative's company",
    trigger: trigger("contract contracts tender tenders"),
    weight: 2,
    regex:
      /\b(?:company|firm|contractor|supplier|agency|business)\b[^.!?\n]{0,60}?\b(?:won|got|landed|awarded|given|bagged)\s+(?:the\s+|a\s+|that\s+)?(?:[\w-]+\s+){0,3}(?:contract|tender)\b[^.!?\n]{0,40}?\b(?:belongs\s+to|is\s+owned\s+by|owned\s+by|is\s+run\s+by|run\s+by)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:[\w-]+['’]s\s+)(?:husband|wife|partner|son|daughter|brother|sister|[a-z]+-in-law|cousin|mate|best\s+mate|friend|dad|father|mum|mother)\b/g,
  },
  {
    kind: "misconduct",
    label: "patients not examined",
    trigger: trigger("examine examines examining"),
    weight: 2,
    regex:
      /\b(?:their|the|those|its)\s+(?:gps|doctors|docs|nurses|clinicians|paramedics|consultants|registrars|staff)\s+(?:don't|do\s+not|never|won't|can't\s+be\s+bothered\s+to)\s+(?:even\s+|actually\s+|bother\s+to\s+)?(?:examine|examining)\s+(?:anyone|anybody|patients|people|a\s+patient|them|a\s+soul)\b/g,
  },
];

const COURT =
  /\b(?:was|were|been|has\s+been|have\s+been)\s+(?:jailed|convicted|sentenced|imprisoned|fined|struck\s+off)\b|\b(?:nmc|gmc|hcpc)\s+(?:panel|hearing|tribunal)\b|\b(?:pleaded|pled|found)\s+guilty\b|\b(?:the\s+)?court\s+(?:heard|was\s+told|found)\b/;
const IMPOSTOR =
  /\b(?:a|an)\s+(?:total\s+|complete\s+|proper\s+|absolute\s+|utter\s+|bit\s+of\s+a\s+)?(?:bore\s+and\s+a\s+)?fraud\b[^\n]{0,80}?(?:knows?\s+nothing|no\s+idea|no\s+clue|clueless|reads?\s+(?:off|from)|can't\s+(?:answer|teach|do|examine|cannulate)|doesn't\s+know|out\s+of\s+(?:her|his|their)\s+depth|blagging|winging\s+it)|\b(?:knows?\s+nothing|no\s+idea|clueless|out\s+of\s+(?:her|his|their)\s+depth)\b[^\n]{0,60}?\b(?:a|an)\s+(?:total\s+|complete\s+|proper\s+|absolute\s+)?fraud\b/;

// A work of fiction said to be one ("Chapter 3 of my novel … (fiction! every name made up)", "that
// new ITV drama … it's fiction, I know"): the claim is a character's, not anyone's. "Their figures
// are fiction" is a claim, so "fiction" after "is"/"are" does not count.
const FICTION_WORK =
  /\b(?:novel|novella|drama|soap|sitcom|series|film|movie|script|screenplay|fanfic|wattpad|short\s+story)\b/;
const FICTION_SAID =
  /(?<!\b(?:is|are|was|were)\s+(?:pure\s+|complete\s+|total\s+|utter\s+)?)\bfiction(?:al)?\b|\b(?:every|all\s+(?:the\s+)?)\s*names?\s+(?:are\s+|is\s+)?(?:made\s+up|invented|changed)\b|\bchapter\s+(?:\d+|one|two|three|four|five)\b|\bepisode\s+(?:\d+|one|two|three)\b/;

// The author's employer in the claim's own sentence, before it: "Speaking up doesn't work at this
// Trust so here goes: the backlog figures going to the board are being massaged".
const THE_TRUST_BEFORE = /\b(?:this|our|the)\s+trust\b[^.!?\n]*$/;

// The author about themselves: "I was drunk at my sister's wedding", "we got hammered".
const SELF_BEFORE =
  /\b(?:i|we)(?:\s+(?:was|were|am|got|get|have\s+been|had\s+been|been|ended\s+up|end\s+up))?\s+$|\b(?:i'm|i’m|im|we're|we’re|i've\s+been|we've\s+been)\s+$/;

// Assertion and hearsay: a claim said to be common knowledge or heard second-hand.
export const HEDGE =
  /\b(?:every(?:one|body)(?:\s+\w+){0,4}\s+(?:knows|should\s+know)|we\s+all\s+know|apparently|allegedly|i\s+heard|i've\s+heard|rumou?r\s+(?:has\s+it|is)|word\s+is|that's\s+a\s+fact|not\s+a\s+rumou?r|funny\s+how|ask\s+anyone|just\s+saying|my\s+(?:cousin|mate|friend|sister|brother|mum)\s+(?:used\s+to\s+)?works?\s+there|avoid\b|don't\s+(?:get|go|use|buy|book)\b)/i;

// Someone identifiable: a title and name, a full name, a name with a team or ward, a role with a
// place, a business name, or a handle.
const NAMES_SOMEONE = new RegExp(
  [
    String.raw`\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sister|Nurse|Matron)\.?\s+[A-Z][a-z'’-]+`,
    String.raw`\b[A-Z][a-z]{2,}\s+[A-Z][A-Za-z0-9'’.-]{2,}`,
    // A title written in lower case before a name: "staff nurse Lyons", "sister Kaur".
    String.raw`\b(?:[Ss]taff\s+nurse|[Cc]harge\s+nurse|sister|matron|nurse|doctor)\s+[A-Z][a-z'’-]{2,}`,
    String.raw`\b[A-Z][a-z]{2,}\s+(?:from|on|in)\s+(?:the\s+)?(?:[A-Z]\w+|estates|pharmacy|theatres?|maternity|radiology|finance|payroll|HR|IT|discharge|ED|A&E|AMU|ITU|ICU|resus|nights|days|outpatients|physio|pathology|labs?|admin|reception|records|catering|housekeeping|security|switchboard|procurement|accounts|bank|the\s+bank|ops|endoscopy|dialysis|oncology|paeds|NICU|SCBU|recovery|day\s+surgery|community|district)`,
    String.raw`\b(?:nurse|sister|doctor|consultant|manager|matron|porter|HCA|reg|registrar|F1|director|receptionist|surgeon|paramedic|physio|midwife|bloke|man|woman|lad|guy|lady|paedo)\s+(?:we\s+had\s+)?(?:on|in|at|from)\s+(?:Ward\s+\w+|[A-Z]\w+|resus|theatres|estates|nights)`,
    String.raw`\b(?:[Oo]ur|[Tt]he|[Yy]our|[Tt]heir|[Tt]his)\s+(?:new\s+)?(?:deputy\s+|assistant\s+|interim\s+|acting\s+)?(?:[a-z]+\s+)?(?:chief\s+\w+|director|matron|manager|consultant|lead|CEO|chair(?:man|woman)?|head\s+of\s+\w+|ward\s+sister|registrar|reg|anaesthetist|surgeon|health\s+reporter|reporter|editor|chaplain|porter|receptionist|pharmacist|podiatrist|physio|paramedic|dentist|security\s+guard|ward\s+clerk|estates\s+team|rota\s+team|supervisor|coordinator|co-ordinator|business\s+partner|investigator|guardian|educator|charge\s+nurse|night\s+sister|landlord|owner|vicar|headteacher|head|boss|practice\s+manager|GP|locum|midwife|sonographer|radiographer|finance\s+team|HR\s+team|union\s+rep|rep|band\s+[2-9]|HCA|F[12]|SHO|nurse|student|domestic|cleaner|phlebotomist|technician|secretary|PA)\b`,
    // "the guy who runs the car park", "the bloke doing driveways", "the landlord of the Swan".
    String.raw`\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:new\s+)?(?:guy|bloke|man|woman|lad|lady|fella|one|company|firm|agency|supplier|contractor|owner|landlord|manager)\s+(?:who|that)\s+(?:runs|owns|does|do|supplies|got|has|took\s+over)\b`,
    String.raw`\b[A-Z][\w'’]*(?:\s+(?:&\s+)?[A-Z][\w'’]*){0,3}\s+(?:Ltd|Limited|plc|Lettings|Transport|Autos|Motors|Garage|Services|Estates|Homes|Builders|Taxis?|Cars|Group|Restaurant|Cafe|Café|Takeaway|Gazette|Echo|Clinic|Care|Staffing|Recruitment|Agency|Nursing|Pharmacy|Medical|Solutions|Partners|Healthcare|Hospital|Vets?|Veterinary|Tyres|Cleaning|Removals|Roofing|Plumbing|Dental|Opticians|Physio|Physiotherapy|Salon|Barbers|Groomers?|Kennels|Nursery|Bakery|Butchers|Wok|Kebabs?|Pizza|Inn|Arms|Hotel|Gym|Fitness|Mobility|Recovery|Homecare|Catering|Security|Logistics|Couriers|Windows|Driveways|Landscaping|Surgery|Practice|Chinese|Indian)\b`,
    String.raw`\b(?:at|from|by)\s+the\s+[A-Z][\w'’]*(?:\s*(?:&|and)\s*[A-Z][\w'’]*)+`,
    // Picked out by the named business they run: "runs the Lakeside garage", "owns the Crown pub".
    String.raw`\b(?:[Rr]uns|[Oo]wns|[Rr]an|[Oo]wned|[Rr]unning)\s+(?:the\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?:garage|pub|cafe|café|shop|salon|gym|takeaway|chippy|hotel|farm|nursery|bakery|restaurant|agency|firm|dental|builders|taxis?|barbers|butchers|kennels)\b`,
    // A proper name's possessive after an ordinary word: "the fact that Mediquip's ventilators", "about
    // Harlow's finance lead" (days, months and feasts are not anyone).
    String.raw`\b(?:that|the|of|by|from|at|and|about|with|for|how|why|when)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Christmas|Easter|Today|Tonight|Tomorrow|Yesterday|Year|Mother|Father|Valentine|Everyone|Everybody|Someone|Somebody|Nobody|Anyone|Anybody)['’]s)[A-Z][a-z]{3,}['’]s\s+[a-z]`,
    String.raw`@[A-Za-z0-9_]{3,}`,
    // A named GP practice or home however written: "Larchwood GP practice", "Riverside surgery",
    // "Oakfield care home".
    String.raw`\b(?!(?:The|Our|Your|My|This|That|Local|Every|Any|Which|Another|New|Old|Big|Main|Same|Each|General|Private|Dental|Community)\s)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?\s+(?:GP\s+)?(?:[Ss]urgery|[Pp]ractice|[Mm]edical\s+[Cc]entre|[Hh]ealth\s+[Cc]entre|[Cc]are\s+[Hh]ome|[Nn]ursing\s+[Hh]ome|[Rr]esidential\s+[Hh]ome)\b`,
    // A named public body however written: "Northfield trust", "Kent council", "Medway ICB".
    String.raw`\b(?!(?:Our|The|This|That|My|Your|Their|His|Her|Every|Each|Any|Another|Whole|Local|Big|New|Old|Same|Other|Which|What|Whose|Some|One|Each|NHS|Foundation|Acute|Health|Care|Mental|Community|District|County|City|Town)\s)[A-Z][a-z]{2,}\s+(?:trust|council|ICB|CCG|hospice|ambulance\s+service|health\s+board)\b`,
    // A department of a named organisation: "HR at Eastmoor", "payroll at Farley General".
    String.raw`\b(?:HR|[Pp]ayroll|[Ee]states|[Pp]rocurement|[Ff]inance|[Pp]harmacy|IT)\s+(?:at|in)\s+[A-Z][a-z]+`,
    // "the tech who …", "that porter who …": one person picked out by what they do.
    String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]hat)\s+(?:[a-z]+\s+)?(?:tech|technician|porter|nurse|sister|HCA|hca|doctor|reg|registrar|receptionist|pharmacist|physio|midwife|cleaner|clerk|secretary|paramedic|manager|consultant|surgeon)\s+who\b`,
  ].join("|"),
);

// The same in lower case, for roles however written ("Our Director of Ops", "my manager", "the new
// bank hca on 9", "Frimley's head of midwifery", "a nurse on the acute unit at the Lister") and
// names with a lower-case place ("Paula from the office", "Darren on the night porters' rota").
const ROLES =
  "(?:director|matron|manager|consultant|lead|ceo|chair|head\\s+of\\s+[a-z]+|(?:ward|night|day|charge|junior|senior|deputy|unit)\\s+sister|registrar|reg|surgeon|anaesthetist|supervisor|coordinator|co-ordinator|secretary|colleague|mentor|educator|team\\s+leader|line\\s+manager|boss|hca|nurse|midwife|porter|physio|pharmacist|receptionist|doctor|gp|locum|f1|f2|sho|carer|cleaner|domestic|technician|paramedic|band\\s+[2-9]|practice\\s+manager|business\\s+partner|investigator|guardian|union\\s+rep|mp|councillor|mayor|(?:health|home)\\s+secretary|minister|tech|odp|hcsw|clerk|therapist|dietitian|radiographer|sonographer|phlebotomist|housekeeper|chef|driver|security\\s+guard|practitioner|assistant|social\\s+worker|support\\s+worker|health\\s+visitor|dentist|optician|anaesthetist)";
const ROLE_SOMEONE = new RegExp(
  [
    `\\b(?:our|the|your|their|this|that|my)\\s+(?:new\\s+)?(?:deputy\\s+|assistant\\s+|interim\\s+|acting\\s+)?(?:[a-z&'-]+\\s+){0,2}${ROLES}\\b`,
    `\\b[a-z]+'s\\s+(?:new\\s+)?(?:deputy\\s+|interim\\s+)?(?:head\\s+of\\s+[a-z]+|director|chief\\s+[a-z]+|ceo|matron|medical\\s+director|ward\\s+manager)\\b`,
    `\\ba\\s+certain\\s+(?:[a-z]+\\s+)?${ROLES}\\b`,
  ].join("|"),
);
// "a nurse on the acute unit at the Lister": identifiable, but not in a post that voices a worry
// about an unnamed colleague ("a colleague on our unit keeps turning up smelling of drink and
// nobody will do anything, I'm scared for the patients" is a concern, not an accusation).
const ROLE_SOMEONE_INDEFINITE = new RegExp(
  [
    `\\b(?:a|one\\s+of\\s+the)\\s+(?:[a-z]+\\s+)?${ROLES}s?\\s+(?:on|at|in|from)\\s+(?:the\\s+|our\\s+)?(?:[a-z&'-]+\\s+){0,3}(?:unit|ward|home|clinic|practice|surgery|hospital|department|team)\\b`,
  ].join("|"),
);
const WORRY =
  /\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:really\s+|so\s+|genuinely\s+)?(?:scared|worried|concerned|frightened)\s+(?:for|about|that)\b|\bnobody\s+(?:in\s+charge\s+)?(?:will|wants\s+to|seems\s+to|is\s+going\s+to)\s+do\s+anything\b/;
const NAME_AT_WORK =
  /\b[A-Z][a-z]{2,}\s+(?:from|on|in)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}(?:office|unit|ward|team|rota|desk|lab|department|floor|nights|days|bank|reception|switchboard)\b/;
// One word run together as a brand: "ActiveMove", "MedTrak", "LiftCare".
const BRAND =
  /\b(?!(?:TikTok|LinkedIn|WhatsApp|YouTube|PowerPoint|FaceTime|OnlyFans|PlayStation|iPhone)\b)[A-Z][a-z]+[A-Z][a-z]+\b/;

// A claim addressed to someone named: "Congrats on the promotion Jess 😉 we all know you…".
const ADDRESSED =
  /\b(?:[Cc]ongrat(?:s|ulations)|[Ww]ell\s+done|[Tt]hanks|[Cc]heers|[Hh]i|[Hh]ey|[Dd]ear|[Oo]i)\b[^.!?\n]{0,40}?\b[A-Z][a-z]{2,}\b/;
const SECOND_PERSON = /\b(?:you|your)\b/i;

export interface ClaimResult {
  claims: (Span & { kind: ClaimKind })[];
  hedged: boolean;
  identifiable: boolean;
}

const EMPTY: ClaimResult = { claims: [], hedged: false, identifiable: false };

/**
 * Whether the post names or picks out someone a damaging claim could be about (a name, a role at a
 * place, a business, a handle), as the claim finder judges it; the learned rule asks this too.
 */
export function identifiesSomeone(normalised: NormalisedText): boolean {
  const text = normalised.base.text;
  const lower = scan(normalised).lower;
  return (
    NAMES_SOMEONE.test(text) ||
    (SECOND_PERSON.test(text) && ADDRESSED.test(text)) ||
    NAME_AT_WORK.test(text) ||
    ROLE_SOMEONE.test(lower) ||
    (ROLE_SOMEONE_INDEFINITE.test(lower) && !WORRY.test(lower)) ||
    BRAND.test(text)
  );
}

export const findDamagingClaims = rememberLast((normalised: NormalisedText): ClaimResult => {
  let result: ClaimResult;
  const words = scan(normalised);
  result = EMPTY;
  {
    // Every cue is gated on its own trigger words (one bit test each), so no concept gate is needed.
    const claims: (Span & { kind: ClaimKind })[] = [];
    for (const cue of CLAIM_CUES) {
      if (!fired(words, cue.trigger!)) continue;
      for (const s of findCues(words.lower, [cue]))
        if (!SELF_BEFORE.test(words.lower.slice(Math.max(0, s.start - 24), s.start)))
          claims.push({ ...s, kind: cue.kind });
    }
    // "A fraud" meaning an impostor at the job ("a total fraud, reads off the slides and knows
    // nothing") is an insult about competence, not a claim of dishonesty.
    if (
      claims.length > 0 &&
      claims.every((c) => /^fraud$/i.test(words.lower.slice(c.start, c.end))) &&
      IMPOSTOR.test(words.lower)
    )
      claims.length = 0;
    // News of a court's or a regulator's decision is reported, not asserted by the author.
    if (claims.length > 0 && COURT.test(words.lower)) claims.length = 0;
    if (claims.length > 0 && FICTION_WORK.test(words.lower) && FICTION_SAID.test(words.lower))
      claims.length = 0;
    if (claims.length > 0) {
      claims.sort((a, b) => a.start - b.start);
      result = {
        claims,
        hedged: HEDGE.test(words.lower),
        identifiable:
          identifiesSomeone(normalised) ||
          claims.some((c) =>
            THE_TRUST_BEFORE.test(words.lower.slice(Math.max(0, c.start - 120), c.start)),
          ),
      };
    }
  }
  return result;
});
