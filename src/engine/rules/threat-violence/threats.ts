// Threats of harm to people, incitement to violence, and urging readers to commit a crime.
// Patterns read who does what to whom: first person + harm + a person ("I'll knock his teeth
// out"), a warning aimed at someone ("she'll regret", "watch your windows", "I know where you
// live"), a call on others ("someone should drive the minibus through them", "deserves their
// tyres slashing"), a bomb threat, or a tip for getting away with a crime. Idioms ("this heat
// is killing me", "shoot me a DM", "we smashed our target", "I could murder a coffee") match none.
import { PERSON_NOUN } from "../../recognizers/offensive/context.js";
import {
  compileLexicon,
  matchLexicon,
  type CompiledLexicon,
} from "../../recognizers/offensive/lexicon.js";
import { execIfMay } from "../../signals/cue-gate.js";
import { defineRule } from "../rule.js";

const PERSON = `(?:you|him|her|them|yer|ya|(?:that|the|this|your|his|her|their) (?:\\w+ )?${PERSON_NOUN}|[a-z]+'s \\w+)`;
const I_WILL =
  "(?:i|we)(?:'ll|’ll| will| shall|'m going to|’m going to|'m gonna|’m gonna| am going to| am gonna| are going to|'re going to| gonna| swear (?:down )?(?:i'll|i’ll|i will|i'm|i’m))";

interface ThreatPattern {
  name: string;
  kind: "threat" | "incitement" | "crime";
  regex: RegExp;
}

// The words each pattern cannot do without, in the word-list syntax. They ride on the shared
// word pass of the offensive word lists (one hash per word for all of them), so a pattern's
// expression runs only on posts that hold one of its words: most posts run none.
const CUES: Record<string, string> = {
  "I will hurt someone":
    "(kill|murder|stab|shoot|strangle|batter|beat|punch|deck|slap|glass|knife|hurt|throttle|smack|kick|run|burn|hunt|track|find)",
  "break bones": "(break|snap|smash|knock|breaking|snapping|smashing|knocking)",
  "harm with a particle": "(knock|run|drag|put|putting|dragging|running|wrap)",
  "burn it down": "(burn|torch|firebomb|fire)",
  "make them pay": "(make|making)",
  "coming for you": "(coming|dead)",
  "a weapon to something": "(take|taking|took)",
  "drag someone": "(drag|throw|kick|chuck)",
  "through the windscreen": "(windscreen|window|wall|floor|hospital|ground)",
  "pillow over the face": "pillow",
  "they'll regret it": "(regret|sorry|pay|warned)",
  "watch yourself": "watch",
  "I know where you live": "(know|got)",
  "needing A&E": "(herself|himself|yourself|themselves)",
  "someone should": "someone",
  "deserves violence": "(deserve|deserves|deserved)",
  "should be killed":
    "(put|shot|hung|hanged|strung|string|lynched|gassed|burned|burnt|exterminated|killed|stabbed|wiped|culled|castrated|kill|death)",
  "no jury would convict": "(jury|court|judge)",
  "everyone knows what to do": "(know|knows)",
  "slash tyres": "(slash|slashing|let|key|keying|brick|torch|torching|chip|air)",
  "brick through the window": "(brick|stone|rock)",
  "a little visit": "visit",
  "bomb threat":
    "(device|bomb|explosive|ied|blow|until|fire|explosion|attack|shooting|stabbing|warning)",
  "get away with it": "(stock|cupboard|trolley|fridge|look)",
  "lying in wait": "(waiting|wait|waitin)",
  "waiting where they come out":
    "(facebook|fb|insta|instagram|address|car|reg|number|profile|tiktok|twitter)",
  armed: "(bat|knife|blade|machete|crowbar|hammer|gun|shotgun|acid|grinder|axe|sledgehammer)",
  "veiled threat":
    "(ambulance|coffin|hospital|resus|bag|coffin|box|bits|pieces|won't|wont|will not|coming|shame|accidents|catch|when we|straw|under|laughing|smiling|piece)",
  "shame if something happened": "shame",
  "leaving on a trolley": "(trolley|stretcher)",
  "pointing others at someone": "(info|information|knowledge|case|drives|parks|lives|walks)",
  "harm in store": "(getting|gonna|going|wait|till|until|til|needs|deserves|wants)",
  spiking:
    "(laxative|laxatives|bleach|poison|poisoned|spiked|spike|spiking|piss|pissed|pee|peed|spat|spit)",
  "harm fantasy":
    "(imagine|imagines|imagined|imagining|picture|pictures|pictured|picturing|fantasise|fantasises|fantasising|fantasised|fantasize|fantasizes|fantasizing|fantasized|dream|dreams|dreamt|dreamed|dreaming|daydream|daydreams|daydreaming|thinking)",
  "arson with the means": "(burn|burning)",
  ultimatum: "(away)",
  "rallying to violence":
    "(bring|run|drive|burn|smoke|hound|chase|smash|batter|kick|do|give|teach|show)",
  "empty house": "(empty|unoccupied)",
  "help yourself":
    "(override|code|key|lock|cabinet|cupboard|stock|safe|till|petty cash|controlled|cd|cds|camera|cctv|help|nobody|no one)",
};

const PATTERNS: ThreatPattern[] = [
  {
    name: "I will hurt someone",
    kind: "threat",
    regex: new RegExp(
      `\\b${I_WILL}(?: \\w+)?? (?:kill|murder|stab|shoot|strangle|batter|beat up|punch|deck|slap|glass|knife|hurt|throttle|smack|kick the \\w+ out of|beat the \\w+ out of|run over|burn) ${PERSON}\\b|\\b${I_WILL} (?:hunt|track) ${PERSON} down\\b|\\b${I_WILL} find (?:you|him|her|them) and\\b`,
    ),
  },
  {
    name: "break bones",
    kind: "threat",
    regex:
      /\b(?:break(?:ing)?|snap(?:ping)?|smash(?:ing)?|knock(?:ing)?) (?:both )?(?:your|his|her|their|yer)(?: [a-z*]+)? (?:fingers|legs|arms|neck|nose|jaw|face|knees|bones|teeth|skull|head)\b|\bknock (?:his|her|your|their) (?:teeth|head|block) (?:out|in|off)\b/,
  },
  // Harm said with a particle: "I'll knock him out", "I'll run you over myself", "I'll drag her
  // over that counter", "I'll put him in his own A&E bed", "I'm putting them through the wall".
  // ("I'll run you over to the station" is a lift: "over" must end the phrase or go on to harm.)
  {
    name: "harm with a particle",
    kind: "threat",
    regex: new RegExp(
      `\\b${I_WILL}(?: \\w+)?? (?:knock (?:him|her|them|(?:that|the|this) (?:\\w+ )?${PERSON_NOUN}) (?:out|spark out|clean out)\\b|(?<!\\b(?:scarf|lanyard|tinsel|medal|garland|necklace|snood)\\b[^.!?\\n]{0,60})wrap (?:it|this|that|the \\w+) (?:round|around) (?:your|his|her|their) (?:neck|throat|head|face)(?![^.!?\\n]{0,40}\\b(?:scarf|lanyard|tinsel|medal|garland|necklace|snood|bandage|present|gift|warm|cosy|cozy)\\b)|run (?:you|him|her|them) over(?! (?:to|there|here|the|for|at|in|some|a|my|your|his|her|their|it|this|that|what|with)\\b)|drag ${PERSON} (?:over|across|out of|through) (?:that|the|this|his|her|their|your)(?: \\w+)? (?:counter|desk|table|car park|floor|road|glass|window|bonnet)|put ${PERSON} (?:in|into) (?:(?:a|an|the|his|her|your|their) (?:own |early )?(?:grave|coffin|box|body bag)|(?:his|her|your|their) own (?:[\\w&]+ )?(?:bed|wheelchair|ward|cubicle)|hospital|the ground))\\b|\\b(?:i|we)(?:'m|’m| am|'re|’re| are) (?:\\w+ )?(?:putting|dragging) ${PERSON} (?:through|into|over|across) (?:a|the|that|this|his|her|their|your) (?:wall|window|windscreen|floor|door|table|desk|counter)\\b`,
    ),
  },
  // Arson: "I'll burn your hospital to the ground", "we'll burn your cars in the car park", "I'll
  // burn the whole rota office down". ("I'll burn the midnight oil in the office" is work.)
  {
    name: "burn it down",
    kind: "threat",
    regex: new RegExp(
      `\\b${I_WILL}(?: \\w+)?? (?:burn|torch|firebomb|petrol bomb|set fire to) (?:down )?(?:the|your|his|her|their|that|this|our)(?! (?:midnight|candle|calories|bridges|toast|dinner|tea|bacon|cd|dvd|playlist|mix))(?: \\w+){0,2}? (?:hospital|surgery|ward|office|building|place|house|home|cars?|vans?|unit|practice|department|block|shop|offices)\\b(?:(?: \\w+){0,4}? (?:down|to the ground|with (?:them|him|her|the \\w+) inside))?`,
    ),
  },
  // "I'll make somebody pay", "I'm going to... make her regret it".
  {
    name: "make them pay",
    kind: "threat",
    regex: new RegExp(
      `\\b${I_WILL}(?: \\w+){0,6}? make (?:somebody|someone|him|her|them|you|every one of (?:you|them)|(?:that|the|this) (?:\\w+ )?${PERSON_NOUN}) (?:pay|regret it|regret (?:this|that|the day|what)|suffer)\\b(?! (?:for (?:the|a|my|your|it|that|this|coffee|lunch|drinks?|dinner|parking|breakfast|tea|cakes?|pizza)|back|attention|tribute|a visit|up|in|by|with|me)\\b)`,
    ),
  },
  // "Tell him I'm coming for him", "that GP is a dead man". ("I'm coming for you at 8" is a lift;
  // "a dead man walking" is said of a career.)
  {
    name: "coming for you",
    kind: "threat",
    regex: new RegExp(
      `\\b(?:i|we)(?:'m|’m| am|'re|’re| are) coming for (?:him|her|them|(?:that|the|this|your) (?:\\w+ )?${PERSON_NOUN})\\b(?! (?:at|on|to|with|a|the|in|after|before|tomorrow|tonight|later|soon|next|round|about|when|if)\\b)[ \\t]*(?:[.!,;]|$)|\\b(?:is|are|you're|you’re|you are|he's|he’s|she's|she’s|they're|they’re) (?:a )?dead (?:man|woman|men|meat)\\b(?! walking)`,
    ),
  },
  // A weapon taken to someone or their things: "I'm taking a baseball bat to your windscreen".
  {
    name: "a weapon to something",
    kind: "threat",
    regex:
      /\b(?:i|we)(?:'ll|’ll| will|'m|’m| am|'re|’re| are|'m going to|’m going to| am going to)? ?(?:take|taking|took) (?:a|an|my|the)(?: \w+)? (?:baseball bat|bat|hammer|crowbar|brick|knife|machete|axe|angle grinder|sledgehammer|golf club|cricket bat) to (?:your|his|her|their|that|the)(?: \w+)? (?:windscreen|windows?|car|van|face|head|knees|legs|house|door|barrier|office|skull)\b/,
  },
  {
    name: "drag someone",
    kind: "threat",
    regex: /\b(?:drag|throw|kick|chuck) (?:him|her|you|them) (?:out|down|off|through)\b/,
  },
  {
    name: "through the windscreen",
    kind: "threat",
    regex:
      /\bput (?:you|him|her|them) (?:through|into) (?:a|the|your|his|her|their)(?: own)? (?:windscreen|window|wall|floor|hospital|ground)\b/,
  },
  {
    name: "pillow over the face",
    kind: "threat",
    regex:
      /\b(?:put|putting|hold|holding|shove|shoving) (?:a|the|this|my) pillow over (?:his|her|their|your) face\b|\b(?:need|needs|needed|deserve|deserves|want|wants) (?:a|the) pillow over (?:the|their|his|her|your) faces?\b/,
  },
  {
    name: "they'll regret it",
    kind: "threat",
    regex:
      /\b(?:you|she|he|they)(?:'ll|’ll| will)(?: \w+)? (?:regret|be sorry|pay for)\b(?! (?:not|never|missing|skipping|it if (?:you|he|she|they) (?:miss|don't|do not|skip)|(?:you|he|she|they) (?:missed|didn't|did not|wasn't|weren't|skipped|couldn't|left|went|moved|quit|resigned|retired|turned)|to (?:see|hear|miss|leave|go|say|lose)|(?:that|this|it) (?:in the morning|tomorrow)|when (?:i'm|i’m|i am|i've|i’ve|i have|he's|he’s|she's|she’s|we're|we’re) (?:gone|dead|not here|no longer here)|when (?:i|he|she|we) (?:die|dies|pass|passes|go|goes)\b))|\byou(?:'ve|’ve| have) been warned\b/,
  },
  {
    name: "watch yourself",
    kind: "threat",
    regex:
      /\b(?:better|should|want to|wanna) watch (?:yourself|herself|himself|themselves|your back|his back|her back|your step|out)\b|\bwatch your (?:back|windows|car|house|kids|family)\b(?! (?:near|around|by|in|on|at|when|while|during|for|with|lifting|posture|online)\b)/,
  },
  {
    name: "I know where you live",
    kind: "threat",
    regex:
      /\b(?:i|we)(?: all)? know (?:where|what time|which \w+|when)(?: \w+){0,4} (?:live|lives|living|finish|finishes|park|parks|drive|drives|is|are)\b(?![,.;:]? (?:i'm|i am|we're|we are|i've been|we've been)\b)|\b(?:i|we)(?: all)? know (?:you|he|she|they) lives?\b|\b(?:i|we)(?:'ve| have) got (?:your|his|her|their) (?:reg|address|number plate|plate)\b/,
  },
  {
    name: "needing A&E",
    kind: "threat",
    regex:
      /\b(?:needing|need|be in|end up in) (?:a&e|an ambulance|hospital|intensive care|a bed)(?: \w+)? (?:herself|himself|yourself|themselves)\b/,
  },
  {
    name: "someone should",
    kind: "incitement",
    regex:
      /\bsomeone (?:should|needs to|ought to|wants to|oughta)(?: \w+)? (?:(?:drive|run|burn|hang|string|key)\b(?=[^.!?\n]{0,40}\b(?:him|her|them|'em|em|over|through|into|down|up|out|his|their|the lot|the place)\b)|(?:shoot|stab|kill|torch|bomb|punch|smack|batter|glass|knife|slash|brick|firebomb)\b)/,
  },
  {
    name: "deserves violence",
    kind: "incitement",
    regex:
      /\bdeserves?d? (?:their|his|her|a|to be|to get|getting)(?: \w+)? (?:tyres slashed|tyres slashing|kicking|beating|slap|shot|shooting|hung|hanged|stabbed|stabbing|to die|killed|battered|punched|smacked|burned|lynched)\b/,
  },
  {
    name: "should be killed",
    kind: "incitement",
    regex:
      /\b(?:should|ought to|need to|needs to) be (?:put down|shot|hung|hanged|strung up|lynched|gassed|burned|burnt|exterminated|killed|stabbed|wiped out|culled|castrated)\b|\bstring (?:them|him|her|em) up\b|\bkill (?:them all|all of them|every one of them|the lot)\b|\bdeath to\b/,
  },
  {
    name: "no jury would convict",
    kind: "incitement",
    regex: /\bno (?:jury|court|judge)(?: in the land)? would convict\b/,
  },
  {
    name: "everyone knows what to do",
    kind: "incitement",
    regex:
      /\b(?:everyone|we all|you all|you lot) knows? (?:what to do|what needs doing|what needs to be done|where he lives|where she lives|where they live)\b|\bwe all know which (?:cars?|house|houses) (?:is|are) (?:theirs|his|hers)\b/,
  },
  {
    name: "slash tyres",
    kind: "incitement",
    regex:
      /\b(?:slash|slashing|let down|key|keying|brick|torch|torching) (?:his|her|their|your) (?:tyres|car|windows|house|van)\b|\bchip in for the (?:stanley )?(?:knife|petrol|bullets)\b|\blet (?:his|her|their|your) tyres down\b|\blet the air out of (?:his|her|their|your|the|that)(?: [\w']+){0,2}? tyres\b|\bkey(?:ing)? (?:the|his|her|their|that|your)(?! car park)(?: [\w']+){0,3}? (?:car|motor|van|range rover|audi|bmw|merc|mercedes|tesla|porsche|jag)\b/,
  },
  // "someone needs to put a brick through the window of the new HQ", "I hope someone puts a
  // brick through their van".
  {
    name: "brick through the window",
    kind: "incitement",
    regex:
      /\b(?:put|puts|putting|throw|throws|throwing|chuck|chucks|chucking|lob|lobs|lobbing) (?:a|some) (?:brick|bricks|stone|stones|rock|rocks) (?:through|at|into) (?:the|their|his|her|your|its|that)(?: [\w']+){0,3}? (?:window|windows|windscreen|van|car|house|door|office|hq)\b/,
  },
  // "pay him a little visit", "paying a few of them a visit at home".
  {
    name: "a little visit",
    kind: "threat",
    regex:
      /\bpay(?:ing|s)? (?:him|her|them|you|(?:a few|some|one|all) of (?:them|you)) a (?:little|quiet|proper|friendly|late[- ]night) visit\b|\bpay(?:ing|s)? (?:him|her|them|you|(?:a few|some|one|all) of (?:them|you)) a visit (?:at (?:home|his house|her house|their house|his place|her place)|where (?:he|she|they) lives?)\b/,
  },
  {
    name: "bomb threat",
    kind: "threat",
    regex:
      /\bthere(?:'s|’s| is) (?:a|an) (?:device|bomb|explosive|ied)\b|\b(?:planted|placed|left) (?:a|an) (?:device|bomb|explosive)\b|\bblow (?:it|the place|the hospital|you all) up\b|\byou have until \d|\bthere(?:'s|’s| is) going to be (?:a|an) (?:fire|explosion|bomb|attack|shooting|stabbing|incident)\b[^\n]{0,80}\b(?:warning|tonight|tomorrow|today|watch)\b|\bconsider this (?:your|a|the) (?:only|final|last|first and last) warning\b/,
  },
  {
    name: "get away with it",
    kind: "crime",
    regex:
      /\b(?:from|off|out of) the (?:ward |drug |drugs |cd |medicine |med )?(?:stock|cupboard|trolley|fridge)\b.{0,80}\bno(?:body|one)(?: ever)? (?:counts?|checks?|notices?|audits?|will know|finds? out)\b|\blook (?:them|him|her|people|anyone|\w+) up on (?:the )?(?:pas|system|spine|records|epr|emis|systmone|lorenzo|cerner|rio)\b/,
  },
  // Lying in wait, or turning up armed: "I'll be waiting for him by his car", "waiting in the
  // car park with a baseball bat", "see you outside after your shift".
  {
    name: "lying in wait",
    kind: "threat",
    regex:
      /\b(?:i|we)(?:'ll|’ll| will|'m|’m| am| are|'re)? ?(?:be )?(?:waiting|wait|waitin) for (?:you|him|her|them)\b.{0,40}\b(?:by|at|outside|near|in|after) (?:your|his|her|their) (?:car|cars|house|home|front door|door|flat|shift)\b(?=.{0,80}(?:one more time|next time|you know who you are|or else|see what happens|😡|👊|🔪))|(?:one more time|next time|again|if (?:he|she|you|they)\b)(?=.{0,120}\b(?:i|we)(?:'ll|’ll| will|'m|’m| am)? ?(?:be )?(?:waiting|wait) for (?:you|him|her|them)\b.{0,40}\b(?:by|at|outside|near|in|after) (?:your|his|her|their) (?:car|cars|house|home|front door|door|flat|shift)\b)/,
  },
  {
    name: "armed",
    kind: "threat",
    regex:
      /\b(?:i|we)(?:'ll|’ll| will|'m|’m| am|'d|’d| would)? ?(?:be )?(?:come|coming|turn up|turning up|show up|showing up|waiting|wait|visit|visiting|be outside|be round|be down there|be up there|be over there|come round|pay (?:him|her|you|them) a visit)\b.{0,40}\bwith (?:a|an|my)(?: \w+)? (?:baseball bat|bat|knife|blade|machete|crowbar|hammer|gun|shotgun|acid|angle grinder|axe|sledgehammer)\b/,
  },
  // Found the person, then waiting where they come out: "found her Facebook and I'll be
  // waiting at the staff entrance at 8".
  {
    name: "waiting where they come out",
    kind: "threat",
    regex:
      /\b(?:found|tracked down|got|know) (?:her|his|their|your) (?:facebook|fb|insta\w*|address|car|reg|number|profile|tiktok|twitter)\b[^\n]{0,150}?\b(?:i|we)(?:'ll|’ll| will|'m|’m| am| are|'re)? ?(?:be )?(?:waiting|outside|there|standing) (?:at|by|outside|near|in) (?:the )?(?:staff (?:entrance|exit|car park)|car park|back door|main entrance|entrance|exit|front door|bus stop)\b/,
  },
  // Veiled harm: "you'll be leaving in an ambulance", "she won't be walking to her car so easily".
  {
    name: "veiled threat",
    kind: "threat",
    regex:
      /\b(?:you|he|she|they)(?:'ll|’ll| will)(?: \w+)? (?:be )?(?:leaving|leave|go home|going home|end up|come out|carried out|taken out|leave here)(?: \w+)? in (?:an ambulance|a body bag|a bag|a box|a coffin|bits|pieces)\b|\b(?:you|he|she|they|(?:that|the|this) \w+) (?:won't|wont|will not) be (?:walking|driving|going|getting|coming|working|smiling|laughing)\b.{0,40}\b(?:so easily|for much longer|after (?:this|tonight|i'm done|i've finished))\b|\b(?:get|gets|getting|be getting) what(?:'s|’s| is) coming(?: to (?:you|him|her|them|em))?\b|\b(?:be )?eating (?:through|with|from) a straw\b|\b(?:won't|wont|will not|isn't|is not|aren't|not) (?:be )?(?:finishing|leaving|going home|getting home|walking out|coming out|making it)\b[^.!?\n]{0,40}\bin one piece\b|\bcheck(?:s|ing)? under (?:your|his|her|their) (?:car|motor|van)\b(?! (?:seat|seats|mat|mats|boot|bonnet|for (?:the|your|his|her|my|a)))|\blet(?:'s|’s| us) see who(?:'s|’s| is) (?:laughing|smiling)\b|\baccidents (?:happen|can happen)\b.{0,40}\b(?:car park|on the way home|after (?:his|her|your) shift)\b|\bwhen we (?:catch|find|get) (?:you|him|her|them)\b|\b(?:last|next) (?:person|one|guy|bloke|woman|man|lad|idiot) (?:who|that) (?:did|tried|does|tries|said|pulled) (?:that|this|it)\b[^.!?\n]{0,30}\b(?:left|ended up|went home|was carried out|leaves|goes home) in (?:an ambulance|a body bag|a box|a coffin|bits|pieces|hospital|a&e|resus)\b/,
  },
  // Harm hinted at as a pity: "be a real shame if anything happened to that bike", "shame if
  // anything upset him 🙂", "shame if the bonnet got scratched one night, wouldn't it 😇".
  // (Not treats left out: "shame if something happened to these flapjacks. Help yourselves".)
  {
    name: "shame if something happened",
    kind: "threat",
    regex:
      /\bshame if (?:something|anything)(?: \w+)? (?:happened|were to happen|was to happen|upset|leaked|went wrong)\b(?![^.!?\n]{0,30}\b(?:brownies|cakes?|biscuits|chocolates?|sweets|doughnuts|donuts|pizza|leftovers|mince pies|traybakes?|flapjacks|buns|cookies|weather|plans?|party|do|fete)\b)|\bshame if (?:it|one|they|that|he|she|(?:the|his|her|their|your|that|this|those|these) (?:[\w-]+ ){0,2}?[\w-]+) (?:got|gets|had|went|caught|were to get|was to get|accidentally)(?: \w+)? (?:knocked over|keyed|scratched|smashed|broken|burnt|burned|torched|damaged|nicked|stolen|set alight|set on fire|slashed|flat tyres?|missing|up in flames|for a swim|fire|knocked off)\b(?=[^\n]{0,80}(?:🙂|😇|😈|🔥|😏|😉|🤫|\bwouldn'?t it\b|\bjust saying\b))/u,
  },
  // Leaving on a trolley as the price of doing it again: "say that to my student again and
  // you'll be leaving on a stretcher yourself" (not a transfer: "he's leaving on a trolley to CT").
  {
    name: "leaving on a trolley",
    kind: "threat",
    regex:
      /\bagain,?(?: and)? (?:you|he|she|they)(?:'ll|’ll| will|'s|’s| is|'re|’re| are)(?: \w+)? (?:be )?(?:leaving|leave|going home|go home|going out|carried out|wheeled out|taken out)(?: (?:the|this|that|here|of|building|ward|department|place|hospital|a&e|unit|reception))*? (?:on|in) a (?:trolley|stretcher)\b(?! (?:to|for|at|with|from|into)\b)|\b(?:you|he|she|they)(?:'ll|’ll| will|'s|’s| is|'re|’re| are)(?: \w+)? (?:be )?(?:leaving|leave|going home|go home|going out|carried out|wheeled out|taken out)(?: (?:the|this|that|here|of|building|ward|department|place|hospital|a&e|unit|reception))*? (?:on|in) a (?:trolley|stretcher) (?:yourself|yourselves|himself|herself|themselves)\b/,
  },
  // Harm promised to whoever does something next, or wished with an audience: "next patient who
  // throws tea at me is getting a bedpan round the head", "wait till one of you gets jumped on the
  // way home", "needs a slap. Any volunteers?".
  {
    name: "harm in store",
    kind: "threat",
    regex:
      /\b(?:is|are|'s|’s) (?:getting|gonna get|going to get) (?:a|an|my|the) (?:[a-z]+ )?(?:round|across|over|in) (?:the|their|his|her|your) (?:head|face|jaw|teeth|skull)\b|\bwait (?:till|until|til) (?:one of you|you|he|she|they|one of them|someone) (?:gets?|get) (?:jumped|battered|stabbed|hurt|attacked|done in|glassed|beaten up|a kicking)\b|\b(?:needs|deserves|wants) (?:a (?:good )?(?:slap|smack|kicking|punch|hiding|clip round the ear)|slapping|punching|decking)\b(?=[^\n]{0,60}(?:\bvolunteers?\b|\bi'?ll hold\b|\bwho'?s (?:up for|in)\b|\bqueue\b|👊|🤜))/,
  },
  // Tampering with someone's food or drink: "I've put laxatives in my yoghurt, enjoy".
  {
    name: "spiking",
    kind: "threat",
    regex:
      /\b(?:put|putting|puts|added|adding|slipped|slip|laced|lace|spiked|spike|spat|spit|pissed|peed)\b[^.!?\n]{0,20}\b(?:laxatives?|bleach|rat poison|poison|something|chilli|sleeping tablets|ex-?lax|in|into)\b[^.!?\n]{0,25}\b(?:yoghurts?|yogurts?|food|drinks?|lunch|sandwich(?:es)?|tea|coffee|brew|milk|cakes?|soup|water|bottle|fridge|brownies|biscuits|cookies|buns|muffins|cupcakes|traybakes?|flapjacks?|sweets|buffet)\b(?=[^\n]{0,60}(?:enjoy|😇|😈|😏|see who|serves? (?:them|you|him|her) right|whoever|teach|lesson|they want|they(?:'ll|’ll| will) get|🚽|💩))/,
  },
  // Harm to a person told as a fantasy or a coping trick: "my way of getting through nights is
  // picturing shoving the rota lead into the lift shaft", "daydreaming about smothering the
  // registrar". The harm has a person as its object ("imagine hitting the target" has none).
  {
    name: "harm fantasy",
    kind: "threat",
    regex: new RegExp(
      `\\b(?:imagin(?:e|es|ed|ing)|pictur(?:e|es|ed|ing)|fantasi[sz](?:e|es|ed|ing) about|dream(?:s|t|ed|ing)? (?:about|of)|daydream(?:s|ed|ing)? (?:about|of)|thinking (?:about|of))(?: \\w+)?? (?:pushing|shoving|throwing|punching|strangling|throttling|stabbing|smothering|suffocating|drowning|slapping|kicking|hitting|battering|running over|poisoning|killing|murdering|tripping|decking|glassing) (?:you|him|her|them|(?:the|that|this|my|our|your|his|her|their) (?:[\\w-]+ ){0,2}${PERSON_NOUN})\\b`,
    ),
  },
  // Arson of a workplace urged with the means to hand: "torch the whole admin block, I've got
  // the petrol". ("Burn it all down and start again" with no means is a figure of speech.)
  {
    name: "arson with the means",
    kind: "incitement",
    regex:
      /\bburn (?:the|this|that|our|their|his|her)(?: whole| entire)?(?: [\w-]+){0,2}? (?:hospital|ward|office|offices|building|place|suite|block|unit|department|hq|headquarters|trust)(?: \w+)? down\b(?=[^\n]{0,100}\b(?:matches|petrol|lighter|lighters|accelerant|jerry ?can)\b)|\b(?:matches|petrol|lighter|accelerant|jerry ?can)\b[^\n]{0,100}\bburn (?:the|this|that|our|their|his|her)(?: whole| entire)?(?: [\w-]+){0,2}? (?:hospital|ward|office|offices|building|place|suite|block|unit|department|hq|headquarters|trust)(?: \w+)? down\b/,
  },
  // An ultimatum: keep away from something, or the writer will come and act ("stay away from our
  // school or we'll be round to deal with you", "keep off our street or else").
  {
    name: "ultimatum",
    kind: "threat",
    regex:
      /\b(?:keep|stay|get|back|keep off) (?:[\w']+ ){0,3}away from\b[^.!?\n]{0,80}\bor (?:else\b(?! (?:you|we|they|it|the|i|she|he)\b)|(?:we|i)(?:'ll|’ll| will) (?:come|be|make|deal|sort|show|do)\b)/,
  },
  // Pointing readers at someone: a car, a route or an address, then "do what you will with that".
  {
    name: "pointing others at someone",
    kind: "incitement",
    regex:
      /\bdo (?:what|whatever) you (?:will|want|like|wish|need to) with (?:that|this|the) (?:info|information|knowledge)\b|\bin case (?:anyone|someone|anybody) (?:wants|fancies|wanted) to (?:pay (?:him|her|them) a visit|have a word|say hello|find (?:him|her|them))\b|\b(?:drives (?:a|an|his|her|their)|parks (?:(?:his|her|their) (?:[\w-]+ ){0,3}?)?(?:in|on|at|by|behind|outside)|lives (?:on|at|in|off|near)|walks home (?:through|via|along|at|past))\b.{0,60}\b(?:just saying|no reason|for no reason|make of that what you will|you didn't hear it from me|do (?:what|whatever) you (?:will|want|like|wish) with (?:that|this|it))\b/,
  },
  // Calling a group out to violence: "bring bricks", "let's run them out of town", "give him a kicking".
  {
    name: "rallying to violence",
    kind: "incitement",
    regex:
      /\bbring (?:your |some |the )?(?:eggs and |eggs, )?(?:bricks|stones|bats|weapons|knives|petrol|baseball bats|crowbars)\b(?![^.!?\n]{0,50}\b(?:balls?|rounders|cricket|softball|match|picnic|gloves|pads|helmets?|sports?|game|kit|wickets?)\b)|\b(?:run|drive|burn|smoke|hound|chase) (?:them|him|her|em|'em|these \w+|those \w+) out of (?:town|here|the area|the country|the hospital|the village)\b|\b(?:let's|lets|let us|we should|we need to|time to) (?:run|drive|burn|smoke|hound) (?:them|him|her|em|'em|these \w+|those \w+) out\b|\b(?:let's|lets|let us|we should|time to) (?:smash|batter|kick|do) (?:them|him|her|em|'em) (?:in|up|over)\b|\bgive (?:him|her|them|em|'em|that \w+|the \w+) (?:a good |a proper )?(?:kicking|hiding|beating|slap|good slap)\b|\b(?:teach|show) (?:him|her|them) a lesson (?:they|he|she) won't forget\b/,
  },
  // Getting round a control to help oneself to drugs or money.
  // A gap in a control, plus an invitation to use it ("perfect for", "help yourself", "😉").
  {
    name: "help yourself",
    kind: "crime",
    regex:
      /\b(?:override|code|key|lock|cabinet|cupboard|stock|safe|till|petty cash|controlled drugs?|cds?|camera|cctv)\b.{0,60}\b(?:doesn't|does not|don't|do not|never|won't|will not|isn't) (?:record|log|track|gets? checked|gets? counted|gets? changed|be changed|show|audit|check|count)\b(?=.{0,80}(?:perfect for|help yourself|easy money|take (?:some|a few|what you need|one)|nobody will know|no one will know|treat yourself|😉|😇|🤫))|\b(?:help yourself|help yourselves) to (?:the |our |some )?(?:stock|drugs|meds|diazepam|morphine|oramorph|controlled drugs|petty cash|cash)\b|\b(?:nobody|no one|no-one) (?:checks|counts|audits|records|notices|will notice|will know)\b.{0,60}\b(?:perfect for|help yourself|take (?:a few|some|one))\b/,
  },
  // Someone's empty home offered up for a burglary: "flat's empty all week if anyone wants her
  // laptop", "the house is unoccupied, back door's dodgy". ("House is empty if anyone fancies
  // feeding the cat" offers nothing to take.)
  {
    name: "empty house",
    kind: "crime",
    regex:
      /\b(?:house|flat|place|home|gaff|bungalow)(?:'s|’s| is| will be| stays| sits)? (?:empty|unoccupied)\b[^.!?\n]{0,40}?\b(?:if (?:anyone|anybody|someone|somebody|you) (?:fancies|fancy|wants?|needs?) (?:his|her|their|the|a) (?:[a-z]+ )?(?:telly|tv|stuff|things|jewellery|jewelry|car|bike|laptop|console|xbox|playstation|watch|cash|motor|van|tools)|help (?:yourself|yourselves)|(?:back|front|side) door(?:'s|’s| is) (?:unlocked|open|dodgy|broken|never locked))\b/,
  },
];

const CUE_LISTS: [ThreatPattern, CompiledLexicon][] = PATTERNS.map((p) => {
  const cue = CUES[p.name];
  if (!cue) throw new Error(`threat pattern without cue words: ${p.name}`);
  return [p, compileLexicon([{ label: p.name, pattern: cue }])];
});

// "No jury would convict" and "we all know what to do" call for harm only with a person or a
// word of harm in the sentence ("no jury would convict me for eating the last Twix" does not).
const NEEDS_TARGET = new Set(["no jury would convict", "everyone knows what to do"]);
const TARGET_OR_HARM =
  /\b(?:him|her|them|he|she|they|'em|people like|these|those|kill\w*|murder\w*|strangl\w*|throttl\w*|punch\w*|slap\w*|stab\w*|smack\w*|batter\w*|hurt\w*|harm\w*|shoot\w*|deck\w*|attack\w*|beat\w*|lamp\w*|thump\w*|lives|live|address|paedos?|nonces?)\b|👊|🔪|🔫|🪓/;
const NEGATED_BEFORE =
  /\b(?:nobody|no one|no-one|noone|no \w+|not|never|doesn't|does not|don't|do not|didn't)\s+(?:\w+\s+)?$/;

// Words someone else said, quoted by the author to tell of it ("'you'll all be sorry' said bed 8
// at 2am", "the patient shouted 'I'll kill you'"): the author is not the one threatening. An
// opening quote before the match on its line, and the speaker named as someone other than the
// author next to the quote.
const OPEN_QUOTE = /['‘"“][^'‘’"“”\n]*$/;
const SAID_AFTER =
  /^[^'‘’"“”\n]{0,80}['’"”][ \t,.!?]*(?:(?:she|he|they|the|a|an|this|our|my|bed|bay|cubicle|room|mr|mrs|miss|ms|[a-z]+) )?[^.!?\n]{0,30}?\b(?:said|says|shouted|shouts|screamed|screams|yelled|yells|told|tells|announced|announces|muttered|mutters|kept saying|goes)\b/;
// The words may come after a reported frame: "when someone says they're going to '...'", "he
// threatened to '...'".
const SAID_BEFORE =
  /\b(?:patient|relative|visitor|man|woman|lady|gent|bloke|lad|girl|boy|he|she|they|bed \d+|bay \d+|cubicle \d+|dad|mum|son|daughter|husband|wife|someone|somebody|drunk|guy)\b[^.!?\n'‘"“]{0,30}\b(?:(?:said|says|shouted|shouts|screamed|screams|yelled|yells|told (?:me|us|the \w+)|tells (?:me|us)|muttered|goes|kept saying)(?: (?:that )?(?:he|she|they|it)(?:'s|’s|'re|’re|'ll|’ll|'d|’d| is| are| was| were| will| would)(?: (?:going to|gonna|about to))?)?|threaten(?:s|ed|ing)? to)[ \t,:]*$/;
/** Whether the match at [start,end) lies inside quoted words that someone else said. */
function quotedFromOther(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  const before = text.slice(Math.max(lineStart, start - 120), start);
  const open = OPEN_QUOTE.exec(before);
  if (!open) return false;
  const openAt = before.length - open[0].length;
  // "I said 'I'll ...'": the author's own words.
  if (/\bi (?:said|told|shouted|screamed|yelled)\b[^.!?\n]{0,20}$/.test(before.slice(0, openAt)))
    return false;
  return (
    SAID_BEFORE.test(before.slice(Math.max(0, openAt - 60), openAt)) ||
    (SAID_AFTER.test(text.slice(end, end + 140)) &&
      !/^[^'‘’"“”\n]{0,80}['’"”][ \t,.!?]*i (?:said|say|shouted|told)\b/.test(
        text.slice(end, end + 100),
      ))
  );
}

// Hyperbole over a trivial thing ("I'll kill you if you eat my leftover lasagne", "I'll murder
// whoever took my charger") or a prank revealed ("I know where you park, Jan 🎈 ... birthday
// balloons"): not harm meant.
const TRIVIAL_AFTER =
  /^[^.!?\n]{0,12}\b(?:if|whoever|when)\b[^.!?\n]{0,40}?\b(?:eat|eats|ate|eaten|touch|touches|touched|take|takes|took|nick|nicks|nicked|nicking|steal|steals|stole|stealing|pinch|pinches|pinched|pinching|finish|finishes|finished|drink|drinks|drank|use|uses|used|move|moves|moved|borrow|borrows|borrowed)\b[^.!?\n]{0,30}?\b(?:lasagne|leftovers?|lunch|food|biscuits?|chocolates?|yoghurts?|yogurts?|cake|sandwich(?:es)?|crisps|snacks?|tea ?bags?|coffee|milk|mug|cup|charger|pens?|stapler|chair|parking space|seat|sweets|quality street|celebrations|pizza|dinner|soup|dessert|pudding|last (?:one|slice|biscuit|bit|piece|doughnut|donut|samosa|mince pie|hobnob)|doughnuts?|donuts?|mince pies?|samosas?|kitkats?|twix|hobnobs?|custard creams?)\b/i;
const PRANK =
  /\b(?:happy (?:\d+(?:st|nd|rd|th)|birthday|retirement|anniversary|christmas|new year)|birthday|balloons|bunting|banner|streamers|surprise|congrat\w*)\b|🎈|🎉|🎂|🥳/i;

/** The rest of the sentence from `start`. */
function sentenceOf(text: string, start: number): string {
  let e = start;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return text.slice(start, e);
}

export const threats = defineRule({
  meta: {
    id: "threat-violence/threats",
    category: "threat-violence",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "MC-SS01 §4.2(p)", "CCC-SMP §7.3.7", "CCC-SMP §7.3.4"],
    message:
      "{{what}}: threatening posts, and posts that incite violence or crime, must not be published.",
    suggestion:
      "Delete this. If you are angry with someone or worried about your safety, talk to your manager or security; if someone is in danger, call 999.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.words;
    const text = view.text;
    let taken: [number, number][] | undefined;
    for (const [p, cues] of CUE_LISTS) {
      if (matchLexicon(view, cues).length === 0) continue;
      // Only when the words of one of its branches are all in the text (signals/cue-gate.ts).
      const m = execIfMay(p.regex, text);
      if (!m) continue;
      // "Nobody deserves to be punched", "no nurse should be attacked": said against violence.
      if (
        p.kind === "incitement" &&
        NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))
      )
        continue;
      if (NEEDS_TARGET.has(p.name)) {
        // The target may be named a sentence or two before ("... back to his flat. Everyone knows
        // what to do 👊").
        const around = `${text.slice(Math.max(0, m.index - 160), m.index)} ${sentenceOf(text, m.index + m[0].length)}`;
        if (!TARGET_OR_HARM.test(around)) continue;
      }
      if (
        p.name === "I will hurt someone" &&
        TRIVIAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))
      )
        continue;
      if (p.name === "I know where you live" && PRANK.test(text)) continue;
      if (
        p.kind === "threat" &&
        context.direction !== "inbound" &&
        quotedFromOther(text, m.index, m.index + m[0].length)
      )
        continue;
      if (taken?.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
      (taken ??= []).push([m.index, m.index + m[0].length]);
      const at = view.toOriginal(m.index, m.index + m[0].length);
      const what =
        p.kind === "threat"
          ? "A threat of harm"
          : p.kind === "incitement"
            ? "Incitement to violence"
            : "Urging others to commit a crime";
      context.report({ start: at.start, end: at.end, data: { what } });
    }
  },
});
