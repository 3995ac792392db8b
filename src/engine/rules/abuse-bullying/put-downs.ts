// Belittling a particular person without an insult word: mocking comparisons ("the people
// skills of a brick", "the IQ of a teaspoon"), "couldn't run a bath", sneering superlatives
// ("the most patronising man on earth"), mocking looks ("could curdle milk with that face"),
// "nobody can stand her", shutting someone out ("nobody sit with Jordan"), and inviting a
// pile-on ("tag someone who's useless", "reply with your worst Kieran story"). The same shapes
// as praise ("the patience of a saint"), about oneself, or reported as abuse received are not
// findings.
import {
  PERSON_NOUN,
  REPORTING_BEFORE,
  condemnsAbuse,
  hasNamedPerson,
  hasSpecificPerson,
  isQuoted,
} from "../../recognizers/offensive/context.js";
import { cutDeep } from "../../signals/cue-gate.js";
import { defineRule } from "../rule.js";

// Comparisons that flatter: "the bedside manner of a favourite auntie", "the patience of a saint".
const FLATTERING =
  /^(?:a |an |the )?(?:saint|angel|hero|legend|favourite|best|lovely|kind|superhero|superstar|star|pro|queen|king|lion|goddess|god|mum|mother|nan|gran|grandma|auntie|aunty|uncle|ninja|machine|trooper|diamond|gem|genius|surgeon|professor|encyclopaedia|diplomat|champion|general|leader|teacher|therapist|counsellor|nurse|doctor|boss|natural|mother hen|saintly)\b/;
// A flattering comparison anywhere in the post ("the patience of a saint and the calm of ...")
// makes the other comparisons in it praise too.
const FLATTERING_ANYWHERE =
  /\bof (?:a |an )?(?:saint|angel|hero|legend|superhero|superstar|diplomat|champion|pro)\b/;

// Friendly shapes: "shut up, you're amazing!", "aka the best nurse on the unit".
const PRAISE =
  /\b(?:congrat\w*|amazing|brilliant|proud|well done|love (?:you|her|him|this)|legend|best|star|superstar|so happy|so lucky|thank you|thanks|nicest|kindest)\b|❤|💕|🥰|😍|🎉|🥳/u;

// A mild name for a friend who left something behind, with a laugh: "you absolute numpty, you
// left your keys in the locker again 😂" (not "you absolute melt. Fixed the wrong radiator 🤦").
const MILD_NAME =
  /\b(?:melt|numpty|muppet|plonker|wally|doughnut|donut|nugget|lemon|spanner|walnut|melon|cabbage)$/;
const TEASED =
  /^(?=[^]*(?:😂|🤣|😆|\bhaha\w*|\blol\b))[^]*\b(?:left|forgot|forgotten|lost|dropped) (?:your|his|her)\b/u;

// A thing on its way out, which a farewell put-down is said to.
const THING_GONE =
  /\b(?:demolish\w*|decommission\w*|scrapped|switched off for good|pulled down|knocked down|goes live|go live|replaced by|being replaced|end of an era)\b/;

// Speed: every pattern lists cue words, at least one of which every branch of the pattern needs
// at the start of a run of letters (each cue follows a \b, a space or a quote in the pattern; see
// put-downs.test.ts, which checks it over the rule's cases and the training corpora). One pass over
// the words view finds which patterns' cues are present; the others cannot match and are not run.
export const PUT_DOWNS: {
  what: string;
  /**
   * Word starts (space-separated): every match of `regex` has a run of letters beginning with one
   * ("'word": right after a quote mark ' or ‘; "word$": the whole run).
   */
  cues: string;
  /** Or strings anywhere in the text (emoji, "lol" inside "lolol"). */
  inside?: string[];
  regex: RegExp;
  flattering?: boolean;
  praise?: boolean;
  /** Needs a third person in view (a name, "the new HCA", he or she), not just "you". */
  third?: boolean;
  /** The author is the subject ("I'll make sure ..."), so words about the author before it do not excuse it. */
  author?: boolean;
  /** A mild name may be teasing a friend (TEASED). */
  teasing?: boolean;
}[] = [
  // "has the people skills of a brick", "the leadership skills of a lost sheep".
  {
    what: "A mocking comparison",
    cues: "people social bedside personality charisma charm warmth leadership brain iq intelligence common attention emotional coordination sense manners work communication clinical empathy conversation dress humour",
    flattering: true,
    regex:
      /\b(?:the|all the) (?:people skills|social skills|bedside manner|personality|charisma|charm|warmth|leadership skills|leadership|brains?|brain power|iq|intelligence|common sense|attention span|emotional intelligence|coordination|sense of humour|manners|work ethic|people management|communication skills|clinical skills|empathy|conversation|dress sense) of (?:a|an) ([a-z]+(?: [a-z]+)?)|\ba (?:personality|brain|charisma|sense of humour|humour) transplant\b/,
  },
  // Brains as a joke: "one brain cell", "if brains were dynamite", "owes everyone a brain cell".
  {
    what: "Mocking someone's intelligence",
    cues: "brain thick dumb daft stupid dim talking watching working teaching thinking lights sharpest brightest sandwiches sarnies chips hamster lift elevator",
    regex:
      /\blights (?:are |were )?on,? (?:but )?(?:nobody|no one|no-one)(?:'s|’s| is)? (?:home|in)\b(?!,? (?:at|in|on|after|for|over)\b)|\bnot the (?:sharpest|brightest) (?:tool|knife|pencil|bulb|spark|button|crayon)\b|\b(?:a few|two|one|some) (?:sandwiches|sarnies|chips) short of a (?:picnic|happy meal)\b|\bthe hamster (?:is |has )?(?:dead|died|stopped|fell off)\b|\b(?:lift|elevator) (?:doesn't|does not|don't) go (?:all the way )?to the top\b|\b(?:one|a single|two|half a|owes? (?:[a-z]+ ){0,3}a) brain ?cells?\b|\bbrain ?cells? between (?:them|the lot)\b|\bif brains were\b|\bbless (?:his|her|their) (?:tiny|little|one|single|small|pea|empty) (?:brain|brain cell|mind)\b|\b(?:thick|dumb|daft|stupid|dim) as (?!thieves)(?:a |an |two |pig |they )?[a-z]+|\b(?:lose|lost|losing|kill|kills|killed|killing) (?:a|another|my last|one|\d+) brain ?cells?\b|\blike (?:talking to|watching|working with|teaching) (?:a |an )?(?:brick wall|wall|toddler|child|goldfish|plank|potato|zombie|chimp|monkey|lump of wood|robot|dog|dalek|parrot|lamp ?post|cardboard cut-?out|sponge|wet sponge|(?:baby |newborn |drunk )?(?:giraffe|deer|bambi|foal)|(?:slow[- ]motion )?car crash|train ?wreck)\b|\b(?:bad luck|trouble) (?:when|with) thinking\b/,
  },
  // Failing at something trivial: "couldn't organise a tea round", "couldn't lead a conga line".
  {
    what: "Belittling someone's competence",
    cues: "piss round bath conga backside arse bum paper ten three egg kettle shoelaces goldfish raffle bleep nose brew couldn imagine trusted count add spell read chocolate ashtray inflatable map$ torch satnav sat$ search compass",
    regex:
      /\b(?:couldn't|could not|couldnt|can't|cannot|cant|could barely|can barely) (?:even )?(?:organise|organize|run|lead|find|count|manage|spell|boil|tie|work|pour|be trusted with|blow) (?:a |an |the |(?:their|his|her|your) (?:own )?)?(?:piss[ -]?up|tea round|bath|conga line|backsides?|arse|bum|way out of a paper bag|to ten|to three|egg|kettle|shoelaces|goldfish|raffle|bleep|nose|brew)\b|\bcouldn't find (?:a|an|the) ([a-z]+) in (?:a|an) \1\b|\b(?:couldn't|could not|couldnt|can't|cannot|cant) find (?:a|an|the|his|her|their) [a-z]+(?: [a-z]+)? (?:with|if (?:you|he|she) had) (?:a|an|both) (?:map|torch|satnav|sat nav|search party|compass)\b|\bimagine being (?:as |so )?(?:useless|thick|lazy|slow|bad at|stupid|incompetent|dim)\b|\bshouldn't be trusted with a (?:goldfish|hamster|pet|plant|kettle|spoon)\b|\b(?:man|woman|bloke|lad|girl) can't (?:count|add up|spell|read)\b|\b(?:about )?as (?:much )?(?:use|useful|helpful) as (?:a|an) (?:chocolate teapot|chocolate fireguard|ashtray on a motorbike|chocolate kettle|inflatable dartboard)\b/,
  },
  // Sneering superlatives: "the most patronising man on earth", "most pointless human".
  {
    what: "A sneering superlative about someone",
    cues: "thickest dimmest cringiest dullest slowest ugliest rudest laziest smuggest most biggest",
    regex:
      /\b(?:thickest|dimmest|cringiest|dullest|slowest|ugliest|rudest|laziest|smuggest|most annoying|most boring) (?:[a-z]+ )?(?:man|woman|human|person|human being|bloke|lad|girl) (?:alive|on earth|(?:i've|ive|i have) ever (?:met|worked with)|in the (?:hospital|world|building))\b|\b(?:the )?(?:most|biggest) (?:useless|pointless|patronising|patronizing|boring|annoying|arrogant|smug|lazy|incompetent|rude|irritating|two[ -]faced|clueless|gormless|miserable|obnoxious|unbearable|insufferable|brown[ -]?noser|idiot|waste|liability|drama queen|gossip|snake)(?:,? (?:and )?[a-z-]+){0,3}? (?:man|woman|human|person|human being|nurse|doctor|reg|consultant|colleague|manager|porter|hca|f1|f2|student|bloke|lad|girl|on (?:the|this) (?:unit|ward|team|planet)|alive|on earth|in the (?:hospital|world|building|trust|nhs|country))\b/,
  },
  // Mocking someone's looks or body: "could curdle milk with that face", "the size of a house".
  {
    what: "Mocking someone's appearance",
    cues: "milk clock mirror traffic nobody size sack allergic diet built waddl chairs fit ugly bounce face soap heard",
    regex:
      /\bsoap (?:is|costs|and water (?:is|are|cost)) (?:free|cheap|a quid|pennies|not expensive)\b|\b(?:never|ever) heard of (?:soap|a shower|deodorant|a toothbrush|a bath)\b|\bcould (?:curdle|sour|crack|stop) (?:milk|a clock|a mirror|traffic)\b|\b(?:nobody|no one|no-one) wants to see (?:that|his|her|your) (?:[a-z]+'s )?(?:face|body|mug|belly|legs|bum|arse|backside|feet|toes|moobs|beer belly|builder's bum)\b|\bthe size of a (?:house|bus|whale|barn|small planet|bungalow)\b|\blooking like a sack of\b|\ballergic to (?:the gym|exercise|salad|soap|a comb)\b|\bhow'?s the diet (?:going|coming along)\b|\bbuilt like a (?:fridge|house|tank|wardrobe|brick shithouse|bus)\b|\bwaddl(?:e|es|ing)\b|\bbreaking the chairs\b|\bfits? through the (?:ward )?doors?\b|\bso ugly\b|\bbounce a coin off\b|\bface like a (?:smacked arse|slapped arse|bag of spanners|wet weekend|bulldog)\b/,
  },
  // Shutting someone out: "nobody sit with Jordan", "a group chat without Shazia in it", "anyone who
  // sits with Carol buys the teas", "next time Jen moans we all leave the chat".
  {
    what: "Telling others to shut someone out",
    cues: "sit talk speak chat without leave bother next whenever",
    regex:
      /\b(?:nobody|no one|don't|do not|dont) (?:sit|sits|talk|speak|chat) (?:with|to|next to) (?:him|her|them|[a-z]+)\b.{0,60}\b(?:bore|boring|drain|annoying|leave (?:him|her|them) (?:on|to)|where (?:he|she|they) belongs?)|\b(?:group ?chat|chat|whatsapp|night out|do|party) without (?:[a-z]+) in it\b|\banyone (?:who|that) (?:sits|talks|speaks|chats|eats) (?:with|to|next to) [a-z]+\b[^.!?\n]{0,40}?\b(?:buys|pays|owes|gets|has to|must|deserves|is next)\b|\bleave (?:him|her|them) on (?:his|her|their) own where (?:he|she|they) belongs?\b|\bdon't bother coming\b.{0,40}\bnobody\b|\b(?:next time|whenever) [a-z]+ (?:moans|speaks|talks|posts|messages|starts|opens (?:her|his) mouth|comes in|walks in|sits down|joins)\b[^.!?\n]{0,40}?\bwe (?:all )?(?:leave|ignore|blank|mute|walk out|get up|go quiet|pretend|turn our backs|roll our eyes)\b/,
  },
  // Inviting others to join in: "tag someone who's useless", "reply with your worst X story".
  {
    what: "Inviting a pile-on",
    cues: "tag reply think",
    regex:
      /\btag (?:someone|somebody|a colleague|a mate|your mate|a friend) (?:who|that)(?:'s| is| are)? (?:useless|lazy|thick|clueless|rubbish|annoying|a liability|the worst|(?:slower|thicker|lazier|dimmer|dozier|dopier|more useless|more annoying|worse) than|as (?:thick|slow|useful|lazy) as)\b|\btag the (?:laziest|thickest|rudest|slowest|worst|most (?:useless|annoying|clueless|irritating|miserable)|biggest (?:gossip|moaner|idiot|liability|drama queen)) (?:person|colleague|nurse|doctor|one|member of staff|hca|porter|reg|manager)\b|\breply with your (?:worst|most embarrassing|funniest) [a-z]+ (?:story|stories|moment|fail)\b|\b(?:retweet|rt|like|share) (?:this )?if you (?:also )?think [a-z ]{1,30}? (?:is|are) (?:the most|a|an|useless|lazy|a joke)\b/,
  },
  // Silencing or dismissing someone: "shut up Gemma, nobody asked", "stop crying and do your job".
  {
    what: "Dismissing someone",
    cues: "shut asked opinion input view advice thought comment someone somebody toughen crawl crying whining moaning whinging sulking snivelling job clue grip brain grow give embarrass pathetic",
    praise: true,
    regex:
      /\bshut up\b(?! and take my money\b|,? (?:you'?re|you are|ur|u r) (?:joking|kidding|having me on)\b| the (?:seagulls?|birds?|pigeons?|crows?|geese|dogs?|foxes|alarms?|pumps?|machines?|bleeps?|phones?|radio|telly|tv|music|noise|printer|fire alarm)\b)|\bno(?:body|one| one) asked(?: you| for (?:your|you|it|this|that))?(?=\s*(?:[.!,?]|$))|\bno(?:body|one| one) (?:asked|wants|needs) (?:for )?your (?:opinion|input|views?|advice|thoughts|comments?)\b|\bcrawl back (?:under|into) (?:your|his|her|their|whatever) (?:rock|stone|hole|cave|swamp)\b|\b(?:someone|somebody) (?:please )?(?:gag|muzzle|shut up|mute|silence|unplug|switch off|tape up) (?:her|him|them)\b|\bstop (?:crying|whining|moaning|whinging|sulking|snivelling) (?:and\b|about your\b)|\bdo your (?:bloody |flipping |actual |fucking )?job\b|\b(?:get a (?:clue|grip|brain)|grow (?:a brain|a spine|up)|give it up)(?=\s*(?:[.!,?]|$|love\b|mate\b|hun\b|pal\b|babe\b|woman\b|man\b|lad\b|girl\b|sweetheart\b|princess\b|buttercup\b|petal\b))|\b(?:toughen up|grow a pair)(?:,)? (?:buttercup|princess|snowflake|love|hun|sweetheart|petal|babe|mate)\b|\byou're (?:embarrassing|pathetic|an embarrassment)\b/,
  },
  // Laughing at someone's looks or attempts: "the HCA with the moustache 😂", "lol at Martin trying to".
  {
    what: "Laughing at someone",
    cues: "",
    inside: ["lol", "lmao", "lmfao", "haha", "😂", "🤣", "🥔", "🤡", "🙄", "🤢", "🤮"],
    praise: true,
    regex:
      /\b(?:lol|lmao|lmfao|haha\w*|😂|🤣) at (?!me\b|myself\b|us\b|ourselves\b)[a-z]+(?: [a-z]+)? (?:trying|attempting|thinking|doing|pretending)\b|\b(?:with|and|got|has|her|his|that|those) (?:the )?(?:moustache|tash|monobrow|unibrow|double chin|beer belly|bald patch|comb[ -]over|muffin top|bingo wings|goofy teeth|big ears|eyebrows|teeth|conk|snoz|spots)\b.{0,60}(?:😂|🤣|lol|lmao|🤢|🤮)|\b(?:aka|nicknamed|nickname of the (?:week|day|month|shift|year)|we (?:all )?call (?:him|her|them)|we (?:all )?call (?:[a-z]+ )?(?:captain|doctor|dr|lord|lady|miss|mr|mrs|sir|princess|queen|king|little|big) [a-z]+ because|known as)\b.{0,90}?(?:😂|🤣|🥔|🤡|🙄|🦥|🐢|🐌|🐷|🐋|lol)|\b(?:aka|(?:new )?nickname for) (?:him|her|the|our|that|this|my|your) (?:new )?(?:[a-z]+ )?(?:manager|matron|reg|registrar|consultant|nurse|sister|hca|porter|doctor|f1|f2|student|boss|lead|director|receptionist|physio|pharmacist|midwife|paramedic|one|lad|bloke|girl|woman|man|guy|fella|deputy|educator|mentor|cleaner|secretary)\b[^\n]{0,90}?(?:😂|🤣|🥔|🤡|🙄|lol)/u,
  },
  // Saying a person is worthless or a joke: "he's a joke", "nobody respects him", "you're embarrassing yourself".
  {
    what: "Belittling someone",
    cues: "joke clown liability nobody hack$ embarrass disgrace shut called soul brain personality shame clue 'leadership 'management 'clinical 'expert 'nurse 'doctor 'professional 'team 'dream 'skills 'experience 'teaching 'manager 'matron 'boss 'mentor 'educator 'supervisor 'senior 'consultant",
    regex:
      /\b(?:he's|she's|he is|she is|you're|youre|you are|ur) (?:a|an) (?:absolute |complete |total |utter )?(?:joke|clown|liability|nobody|embarrassment|hack)\b|\b(?:he's|she's|he is|she is|you're|youre|you are|ur) (?:a|an|such a|such an) (?:[a-z-]+,? ){0,3}?disgrace\b|\b(?:you're|youre|you are|before you|you'll|stop) embarrass(?:ing)? yourself\b|\bshut (?:his|her|their) (?:gobs?|traps?|mouths?|cake ?holes?)\b|\bso[ -]called (?:educator|expert|nurse|doctor|lead|leader|manager|professional|clinician|consultant|matron|sister)\b|\b(?:has|with) no (?:soul|brain|personality|shame|clue)\b|['‘](?:leadership|management|clinical lead|expert|expertise|nurses?|doctors?|professional|team player|dream team|skills|experience|teaching|manager|matron|boss|mentor|educator|supervisor|senior (?:nurse|sister|staff)|consultant)['’]/,
  },
  // A person as a disaster, a laughing stock or a waste (and a sneering "entitled little man",
  // "a jumped-up little madam"): "the man is a walking disaster", "you're
  // a laughing stock", "a proper waste of an ambulance", "you absolute weapon".
  {
    what: "Belittling someone",
    teasing: true,
    cues: "little cowboy$ suck brown kiss arse teacher yes lapdog lick lightweight$ wimp$ wet$ drip$ banshee$ gremlin$ goblin$ troll$ harridan$ prima$ diva$ dead$ pain$ walking$ laughing trainw wreck$ waste$ weapon$ melt$ tool$ plank$ spanner$ walnut$ donut$ doughnut$ melon$ wally$ wazzock$ berk$ knob$ nob$ cabbage$ lemon$ gimp$ mug$ numpty$ liability$ disaster$",
    regex:
      /\b(?:is|was|'s|’s|you're|youre|ur|you are|you were) (?:a|an|such a|the|an absolute|a complete|a total|an utter|a proper|a bloody|the biggest) (?:walking (?!encyclopa|dictionary|miracle|legend|textbook|library|bnf|wikipedia|talking|aid|frame|stick|boot|holiday|tour|group|distance|pace|club|round|speed|advert|example|testament|inspiration|ray of)[a-z]+|laughing ?stock|train ?wreck|waste of (?:an? )?(?:ambulance|bed|band \d|badge|lanyard|uniform|salary|wage|trolley|nhs money|resources))\b|\bwhat an? (?:absolute |complete |total |utter )?waste of (?:an? )?(?:lanyard|badge|uniform|salary|wage|band \d|nhs pin|registration|stethoscope|skin|oxygen)\b|(?:\b(?:you|ya|what an?|such an?|is an?|(?:he|she)(?:'s|’s))|(?:^|[^a-z'’\s]) ?) ?(?:absolute|utter|complete|total|massive|proper|right|bloody|actual) (?:weapon|melt|tool|plank|spanner|walnut|donut|doughnut|melon|wally|wazzock|berk|knob|nob|cabbage|lemon|gimp|mug|numpty|liability|disaster|cowboy|lightweight|wimp|wet wipe|drip|waste of (?:space|oxygen|skin))\b|\b(?:is|was|'s|’s|you're|youre|you are) (?:a|an|such a|an absolute|a total|a right|a proper) (?:[a-z]+ )?(?:banshee|gremlin|goblin|troll|harridan|prima donna|diva|dead loss|pain in the arse|pain in the backside)\b|\b(?:entitled|pompous|smug|arrogant|angry|bitter|nasty|horrible|jumped[- ]up|odious|creepy|snotty|stuck[- ]up|spiteful|pathetic|rude|obnoxious|gobby|mouthy|snidey|snide|vile|poisonous|self[- ]important|greedy|spoilt|spoiled) little (?:man|woman|madam|boy|girl|hitler|dictator|toad|weasel|rat|worm|troll|nobody|shit|princess|upstart|oik|twerp|squirt|brats?)\b|\b(?:such an?|a (?:right|proper|total|massive|complete)|is an?|you're an?) (?:suck[- ]?up|brown[- ]?noser|kiss[- ]?ass|arse[- ]?licker|teacher's pet|yes[- ]?man|lapdog)\b|\blick(?:s|ing|ed)? (?:the |his |her |their |[a-z]+(?:'s|’s) )?(?:\w+ )?(?:boots|arse|backside|bum)\b/,
  },
  // Mocking someone to an audience: "imagine having Sandra as your mentor 💀", "rate the new
  // porter's haircut out of 10", "everyone takes the mick out of you".
  {
    what: "Mocking someone",
    praise: true,
    cues: "imagine rate mick mickey piss michael laugh snigger",
    regex:
      /\bimagine being an? [a-z]+(?: [a-z]+)? and (?:still )?(?:not (?:knowing|being able)|needing|having to ask|getting lost|failing)\b|\bimagine being (?:married to|related to|stuck with|the (?:wife|husband|kid|kids|mum|partner) of) (?:our|the|that|this|your|him|her|(?!an?\b|someone\b|somebody\b|anyone\b)[a-z]+)\b(?=[^\n]{0,40}(?:\bpoor\b|😂|🤣|💀|god help|pray for|\brip\b))|\bimagine being (?:\d{2}|thirty|forty|fifty|sixty)(?: years old| yrs old)? and (?:still )?(?:a|an|on|single|living|unable|not|needing|stuck)\b|\bimagine [a-z]+(?: [a-z0-9]+){0,6} and still not (?:knowing|being able|understanding)\b|\bimagine (?:having|getting|being stuck with) [a-z]+(?: [a-z]+)? as (?:your|a|their) (?:mentor|manager|line manager|boss|supervisor|educator|preceptor|assessor|practice assessor|lead|sister|matron|consultant|reg|registrar|buddy|named nurse)\b|\bimagine (?:working (?:with|for|under)|being (?:mentored|managed|supervised|taught|precepted) by) [a-z]+\b(?=[^.!?\n]{0,40}(?:💀|🙄|😬|😂|🤣|pray for|\brip\b|god help|good luck|poor))|\brate (?:[a-z]+(?:'s|’s)|(?:the|our|my|his|her|that) (?:new )?[a-z]+(?:'s|’s)?) (?:new )?(?:haircut|hair|outfit|face|look|shoes|tattoo|tan|fake tan|eyebrows|beard|moustache|teeth|attempt|handwriting|dancing|singing|dress|makeup|make-up|body|weight) out of (?:10|ten|5|five|100)\b|\b(?:everyone|everybody|the whole (?:ward|team|unit|hospital|department)|we all) (?:takes?|taking|took) the (?:mick|mickey|piss|michael) (?:out )?of (?:you|him|her)\b|\b(?:everyone|everybody|the whole (?:ward|team|unit|hospital|department)|we all)(?: (?:on|in|at) (?:the |this |our )?[a-z]+)? (?:is |are |was |were )?(?:laughs?|laughing|laughed|sniggers?|sniggering) (?:at|about) (?:you|him|her|your|his)\b/u,
  },
  // Inviting others to pile on a named person: "comment below if you've ever had to redo one of
  // Gary's summaries 😂".
  {
    what: "Inviting a pile-on",
    third: true,
    cues: "redo re$ fix clean put babysit sort correct suffered survived stitched thrown patronised ignored belittled",
    regex:
      /\b(?:comment|reply|hands up|raise your hand|drop an?|like this|retweet|share)\b[^.!?\n]{0,30}\bif you(?:'ve| have)? (?:ever )?(?:had to (?:redo|re-do|fix|clean up after|put up with|babysit|sort out|correct)|suffered|survived|been (?:stitched up|thrown under the bus|patronised|ignored|belittled) by)\b/,
  },
  // Threatening someone's reputation: "I'll make sure the whole hospital knows what you did".
  {
    what: "Threatening to expose someone",
    author: true,
    cues: "ll ill will going gonna screenshots receipts",
    regex:
      /\b(?:i'll|i’ll|ill|i will|i'm going to|im going to|i'm gonna|im gonna) (?:make sure |let |tell |show )?(?:everyone|everybody|the whole (?:hospital|ward|trust|team|unit|department|town|staff ?room|group ?chat)|all your (?:colleagues|mates|friends)|your (?:wife|husband|partner|manager|boss|family|kids|mum)) (?:knows?|finds? out|hears?|sees?|what you|about you|about your)\b|\b(?:i've|i’ve|ive|i have) (?:got )?(?:screenshots|receipts)\b[^.!?\n]{0,40}\b(?:not afraid to|will|going to|gonna) (?:use|share|post)\b/,
  },
  // Shutting someone out: "let's all just blank Kerry", "nobody on this ward likes you",
  // "nobody likes a whinger", "silent treatment starts tonight", "agreed not to speak to the new
  // student", "don't invite Priya to the leaving do", "we've left her off the WhatsApp group".
  {
    what: "Telling others to shut someone out",
    cues: "blank ignore freeze leave stop uninvite exclude shun cut nobody noone no$ inviting including speaking talking silent coventry cold agree decided promised going voted invite group$ whatsapp chat$ list$ photo$ night$",
    regex:
      /\b(?:let's|let’s|lets|we should|we need to|everyone should|can we all(?: agree to)?|shall we all|we're all going to|we are all going to) (?:all )?(?:just )?(?:blank|ignore|freeze out|leave out|stop talking to|stop speaking to|stop inviting|uninvite|exclude|shun|cut out) (?!it\b|the\b|this\b|that\b|them\b|those\b|these\b|everything\b|all\b|any\b|social\b|twitter\b|facebook\b|politics\b|news\b|haters\b|trolls\b|comments\b|noise\b|negativity\b)[a-z]+|\b(?:no ?one|nobody)(?: (?:on|in|at|from) (?:(?:this|the|our|your) )?[a-z]+)? (?:likes|wants|rates|respects|trusts|can stand|can bear|would miss|(?:will|would|could|can|is going to) (?:ever )?(?:like|want|rate|respect|trust|stand|bear|miss)) (?:you|her|him)\b(?! (?:more|less|enough|as much))|\b(?:none of us|nobody|no ?one|we're not|we are not|we aren't|we arent)(?: (?:are|is|will be|is going to be|are going to be))? (?:speaking|talking) to (?:her|him)\b|\b(?:no ?one|nobody) (?:tell|invite|message|remind) (?:her|him) (?:where|when|about|what time|to the)\b|\b(?:we're|we are|were|we aren't|i'm|im|i am) (?:not|deffo not|definitely not) (?:inviting|including) (?!anyone|anybody|everyone|people|kids|children|partners|plus|guests|any|the|you|them|it|that|this|family|friends|other|patients|staff)[a-z]+ (?:to|on|in|along|out)\b|\b(?:no ?one|nobody) likes an? (?:whinger|moaner|whiner|grass|snitch|know[- ]it[- ]all|suck[- ]up|brown[- ]?noser|show[- ]?off|martyr|jobsworth|try[- ]?hard|smart ?arse|clever clogs|gossip|hypocrite|slacker|skiver)\b|\bsilent treatment\b|\bsend (?:him|her|them) to coventry\b|\b(?:the|a) cold shoulder\b|\b(?:agreed|agree|decided|promised|all going|voted) (?:not to|to stop|to never|never to) (?:speak|speaking|talk|talking|invite|inviting|sit|sitting|help|helping) (?:to |with )?(?:him|her|the new|that|our|this|[a-z]+ (?:until|till|unless))\b|\b(?:don't|do not|dont|nobody|no one|noone) invite (?!anyone|anybody|everyone|people|kids|children|partners|plus|guests|any|the|you|them|it|that|this|family|friends|other|patients|staff|your|us|me)[a-z]+ to\b|\b(?:leave|leaving|left|kick|kicking|kicked) (?:him|her|[a-z]+) (?:off|out of) the (?:group|whatsapp|chat|group chat|list|invite|invites|photo|night out)\b/,
  },
  // Telling someone to go: "do us all a favour and transfer".
  {
    what: "Dismissing someone",
    cues: "favour favor kindness",
    regex:
      /\bdo (?:us|everyone|the (?:ward|team|world|nhs|unit|patients)) (?:all )?a (?:favou?r|kindness)(?: and| &)? (?:leave|quit|resign|transfer|retire|disappear|go|move|get lost|jog on|do one|pack it in|hand (?:in )?your notice|bugger off|sod off|shut up)\b/,
  },
  // Mocking how someone looks, sounds or moves: "sounds like a goose being strangled", "walks like
  // a penguin", "looks about 12 😂", "she's an attention-seeking nightmare"; and (fresh offensive
  // posts) "face like a slapped haddock", "the chat of a breeze block", "looks like she ate the
  // buffet", "a voice like a seagull", "imagine being so boring that…", "was so dull I checked she'd
  // been sedated", "the patients can't stand you", a group chat renamed "… minus Tasha".
  {
    what: "Mocking someone",
    praise: true,
    cues: "sounds$ looks$ look$ walks$ talks$ runs$ dresses$ smells$ waddles$ mumbles$ moves$ nightmare stinks$ stank$ reeks$ smelt$ smelled$ stinking$ reeking$ smelling$ face chat banter voice looks looking looked imagine dull boring stand minus",
    regex:
      /\b(?:sounds|looks|walks|talks|runs|dresses|smells|waddles|mumbles|moves) (?:exactly |just )?like (?:a|an) (?:[a-z]+ )?(?:goose|penguin|duck|pig|horse|cow|sheep|seal|walrus|whale|hippo|goat|donkey|chicken|zombie|scarecrow|potato|toddler|teenager|12 year old|bag of spanners|sack of|wet weekend|slapped arse|smacked arse|bulldog|corpse|tramp|melted candle|thumb|startled|drowned rat|sergeant major|dalek|robot)\b|\b(?:he|she|you|bloke|man|woman|lad|lady|guy|fella|girl|patient|relative|visitor)\b(?: [a-z'’]+){0,8}? (?:stinks|stank|reeks|smells|smelt|smelled|stinking|reeking|smelling) like (?:a |an )?(?:[a-z]+ )?(?:bin|bins|sewer|wet dog|brewery|ashtray|skip|drain|tramp|farmyard|toilet|corpse|pig|goat|fish market)\b|\blooks? (?:about|like (?:she's|he's|they're)) (?:12|twelve|10|ten|11|eleven|13|thirteen|14|fourteen|5|five|100|a hundred)\b(?=[^.!?\n]{0,60}(?:😂|🤣|lol|school|mum|dad|\?))|\b(?:you're|youre|you are|he's|she's|he is|she is) (?:an? |such an? |an absolute |a total |a complete )(?:[a-z-]+ )?nightmare\b(?! (?:shift|week|day|night|of a))|\bface like a (?:slapped|smacked|bag of|wet|bulldog|dropped|melted|burst|robber's|smashed|squashed|busted|blind|kicked)\b|\bthe (?:chat|banter|conversation) of a (?!saint|legend|pro)[a-z]+(?: [a-z]+)?\b|\blook(?:s|ing|ed)? like (?:she|he|they)(?:'d| had| has|'s)? (?:ate|eaten|eats|sleeps|slept|lives|swallowed|fell|crawled|was dragged|been dragged)\b|\b(?:a |her |his |your )?voice like (?:a|an) (?!angel|dream|choir)[a-z]+\b|\bimagine being so (?:boring|dull|thick|useless|slow|lazy|dim|annoying|ugly|rude|incompetent|miserable)\b|\b(?:was|is|'s) so (?:dull|boring|thick|dim|dozy|dopey|useless)(?: that)? (?:i|we|patients|everyone|the patients)\b|\b(?:nobody|no one|everyone|the (?:nurses|patients|team|ward|whole ward|doctors|hcas|students)|even the [a-z]+(?: [a-z]+)?) (?:can'?t|cannot) stand (?:you|her|him)\b|['‘"“][^'’"”\n]{1,30} minus [A-Za-z]+['’"”]/u,
  },
  // Waiting for someone to fail: "I give her a week"; "watching the new F1 try to ... was the funniest thing".
  {
    what: "Laughing at someone",
    praise: true,
    cues: "give watching watched make cry crying",
    regex:
      /\b(?:let's|let’s|lets|we'll|we should) make (?:the |our )?(?:new [a-z]+|student|starter|newbie|him|her|[a-z]+) do all (?:the|of the) (?:pads|obs|washes|bedpans|commodes|dirty jobs|jobs|work|admissions|sluice)\b|\b(?:she|he)(?:'ll|’ll| will) (?:be )?cry(?:ing)? by\b|\bi(?:'d| would)? give (?:her|him|them) (?:a|one|two|three|\d+) (?:week|weeks|month|months|days?|shifts?)\b(?! (?:off|holiday|leave))|\bwatch(?:ing|ed) (?:the|our|that) (?:new )?[a-z0-9]+(?: [a-z]+)? (?:try|trying|attempt|attempting) to\b[^.!?\n]{0,80}(?:funniest|hilarious|😂|🤣|\blol\b|\blmao\b|\bcomedy\b)/u,
  },
  // A sneering name for someone: "get a life you sad little man", "what a pathetic little worm".
  {
    what: "Sneering at someone",
    // The pattern names its target ("you", "what a"), so words about the author before it do not excuse it.
    author: true,
    cues: "you ya yer what such",
    regex:
      /\b(?:you|ya|yer) (?:sad|pathetic|tragic) little (?:man|woman|boy|girl|person|creature|troll|worm|nobody|people|men)\b|(?<!\b(?:i'm|im|i am) )\b(?:what|such) an? (?:sad|pathetic|tragic) little (?:man|woman|boy|girl|person|creature|troll|worm|nobody)\b/,
  },
  // Mocking someone's competence by taking their tools of the trade: "somebody take his
  // stethoscope away", "someone confiscate her scissors".
  {
    what: "Mocking someone's competence",
    third: true,
    cues: "someone somebody",
    regex:
      /\b(?:someone|somebody) (?:please )?(?:take|confiscate|revoke|hide) (?:his|her|their) (?:stethoscope|badge|lanyard|pin|licence|license|registration|scalpel|scissors|degree|qualifications?|fob|obs machine|bleep)(?: away| off (?:him|her|them))?(?![a-z])/,
  },
  // Spreading a picture or a story to mock someone: "screenshot and share lads", "let's make it go
  // round the whole hospital".
  {
    what: "Inviting others to share mockery",
    third: true,
    cues: "screenshot screenshotted make send",
    regex:
      /\bscreenshot(?:ted)? (?:and|&|n) (?:share|send|post|spread)\b(?! (?:it )?(?:with|to) (?:your|the) (?:manager|team ?leader|line manager|freedom|ftsu|it|security|police))|\b(?:make|send) (?:it|this|that|them) (?:go )?round (?:the whole|every|all the)\b/,
  },
  // A fourth round (fresh probes). Sarcastic praise for a slow or failed attempt: "only took you
  // three attempts to get a cannula in. Genius. Give the man a medal", "Really bright lad 🙄".
  {
    what: "Sarcasm at someone's expense",
    cues: "classy charming lovely nice only give someone somebody bright clever smart sharp spark genius",
    regex:
      /\bonly took (?:you|him|her|them|[a-z]+) (?:[a-z0-9]+ ){0,2}(?:attempts|goes|tries|hours|days|weeks|months|shifts|years)\b[^\n]{0,80}?(?:\bgenius\b|\bmedal\b|\bgold star\b|\bbravo\b|\bslow clap\b|👏|\bround of applause\b)|\b(?:give|someone give|somebody give) (?:him|her|them|the (?:man|woman|lad|girl)|that (?:man|woman)) a (?:medal|gold star|round of applause|biscuit|sticker)\b[^\n]{0,80}?\bonly took\b|\b(?:really|real|very|such a|proper|a) (?:bright|clever|smart|sharp|switched[- ]on) (?:lad|girl|boy|man|woman|spark|one|cookie|button|fella|guy|bloke)\b[^\n]{0,20}?(?:🙄|😒|🤦|🙃)|\b(?:bright spark|boy genius|girl genius)\b[^\n]{0,30}?(?:🙄|😒|🤦|🙃|\bnot\b)|\b(?:classy|charming|lovely|nice one)[.!]* not[.!]/u,
  },
  // Liking or sharing so that the target sees: "everyone like this so @Paula sees what the whole
  // ward thinks of her"; sending readers to her: "everyone go and reply to her 👇", "flood his DMs".
  {
    what: "Inviting a pile-on",
    praise: true,
    cues: "sees$ knows$ reads$ gets$ think$ thinks$ everyone everybody yall flood",
    regex:
      /\b(?:everyone|everybody|y'?all|you all|all of you) (?:go|get over there|head over)(?: and)? (?:comment|reply|leave (?:her|him|them|a) (?:a )?comments?|tell (?:her|him|them))\b|\bflood (?:her|his|their) (?:comments|dms|inbox|mentions|replies)\b|\b(?:like|share|retweet|rt|comment on|repost) (?:this|it) (?:so|till|until) (?:that )?(?:@?[a-z0-9_]+|she|he) (?:sees|knows|reads|gets)\b|\bwhat (?:we all|everyone|everybody|the whole (?:ward|team|unit|hospital|department|floor|shift)|the rest of us|all of us)(?: really| actually| honestly)? thinks? of (?:her|him|you)\b/,
  },
  // Mocking how someone speaks: "her accent is impossible to understand", "his laugh could strip paint".
  {
    what: "Mocking someone",
    praise: true,
    cues: "accent voice laugh cackle whine drone",
    regex:
      /\b(?:her|his|your|ur) (?:[a-z]+ )?(?:accent|voice|laugh|cackle|whine|drone) (?:is|was|could|makes|would) (?:so |just |literally |actually |honestly |genuinely )?(?:impossible|unbearable|grating|painful|hilarious|awful|horrendous|ridiculous|embarrassing|like nails|shatter|strip|curdle|make (?:your|my|the|anyone's) ears bleed)\b/,
  },
  // A person as a lesser job or a thing: "a glorified clipboard with legs", "a lanyard with a pulse".
  {
    what: "Belittling someone",
    cues: "glorified clipboard lanyard spreadsheet uniform badge coat traffic cardboard potato",
    regex:
      /\b(?:is|was|'s|’s|you're|youre|you are|ur|just|basically|nothing but|nothing more than) (?:a |an )?(?:over ?paid |jumped[- ]up )?glorified (?:[a-z]+ ){0,2}?(?:clipboard|receptionist|babysitter|tea ?boy|tea ?lady|secretary|clerk|admin|cheerleader|parrot|spreadsheet|hat ?stand|coat ?hanger|lanyard|typist|photocopier|yes[- ]man|waitress|bouncer|porter|hca|student)\b(?! (?:role|job|post|position|work|system|app))|\b(?:a|an) (?:[a-z]+ )?(?:clipboard|lanyard|spreadsheet|uniform|badge|coat ?hanger|traffic cone|cardboard cut-?out|potato) with (?:legs|a pulse|a lanyard|a badge|a pin|an nmc pin)\b/,
  },
  // Mocking someone's weight or looks: "the fat lad from pharmacy", "that porky porter", "LOL at the
  // state of the new band 6's hair".
  {
    what: "Mocking someone's appearance",
    // The pattern names its target, so "my break watching the fat lad" is not about the author.
    author: true,
    praise: true,
    cues: "fat tubby porky lardy podgy fugly state biggest fattest heaviest chunkiest hair haircut outfit tan eyebrows beard moustache shoes tattoo makeup trainers",
    regex:
      /\b(?:the|that|this|our|your|some) (?<!\b(?:i'm|im|i am|i was|i'll be|i feel like|me) (?:the|that|this|our|your|some) )(?:fat|tubby|porky|lardy|podgy|fugly) (?:[a-z]+ )?(?:lad|bloke|man|woman|girl|guy|fella|one|porter|nurse|hca|doctor|reg|cow|git|lump|sister|receptionist|patient|student|cleaner|f1|f2|consultant|manager|physio|paramedic|midwife|surgeon|security guard)\b(?!s)|\bthe state of (?:(?:his|her|your|their)|(?:the |our |that )?(?:new )?[a-z0-9]+(?: [a-z0-9]+)?(?:'s|’s)) (?:new )?(?:hair|haircut|face|outfit|uniform|shoes|teeth|tan|fake tan|eyebrows|makeup|make-up|beard|moustache|tattoos?|nails|trainers|clothes|handwriting|skin)\b|\b(?:biggest|fattest|heaviest|chunkiest) (?:lad|man|woman|girl|bloke|guy|porter|nurse|one|hca) (?:on|in) (?:the|our) (?:ward|unit|hospital|team|trust|building|planet)\b|\b(?:his|her|your|[a-z0-9]+(?:'s|’s)) (?:new )?(?:hair|haircut|outfit|tan|fake tan|eyebrows|beard|moustache|shoes|tattoos?|makeup|trainers) (?:is|are|was|were) (?:an? )?(?:absolute |total |actual |complete |utter )?(?:crime|crimes|disgrace|joke|tragedy|disaster|catastrophe|hideous|horrendous|tragic|vile)\b|\b(?:his|her|[a-z0-9]+(?:'s|’s)) (?:new )?(?:hair|haircut|outfit|tan|fake tan|eyebrows|beard|moustache|shoes|tattoos?|makeup|trainers) ?(?:💀|🤮|🤢|😬)[^\n]{0,40}?\b(?:someone|somebody) (?:please |pls |plz )?(?:tell|warn|help) (?:her|him)\b/u,
  },
  // "she can't even do a manual BP 😂": failing at the basics, mocked.
  {
    what: "Belittling someone's competence",
    praise: true,
    cues: "even still",
    regex:
      /(?:😂|🤣|🙄|🤡|\blol\b|\blmao\b|head (?:read|checking|testing|examined)|\bgive up\b|\bembarrassing\b|\bjoke\b)[^\n]{0,80}?\b(?:she|he|you|u) (?:can't|cant|couldn't|couldnt|cannot) even (?:do|take|put|find|read|spell|write|use|work|tie|cannulate|count|manage|make|remember)\b|\b(?:she|he|you|u) (?:can't|cant|couldn't|couldnt|cannot) even (?:do|take|put|find|read|spell|write|use|work|tie|cannulate|count|manage|make|remember)\b[^\n]{0,80}?(?:😂|🤣|🙄|🤡|\blol\b|\blmao\b|head (?:read|checking|testing|examined)|\bgive up\b|\bembarrassing\b|\bjoke\b)|\b(?:she|he|you|u) still (?:can't|cant|cannot|doesn't know how to|don't know how to) (?:work|use|do|find|spell|make|read|cannulate|count)\b[^.!?\n]{0,40}?\bafter (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty) (?:years|months)\b/u,
  },
  // Pretending to know the job: "pretending she knows what she's doing", "thinks he knows what he's doing 🙄".
  {
    what: "Belittling someone's competence",
    praise: true,
    cues: "pretending pretends thinks reckons",
    regex:
      /\b(?:pretending|pretends|thinks|reckons) (?:she|he|they) knows? what (?:she|he|they)(?:'s|’s|'re|’re| is| are) (?:doing|talking about)\b(?=[^\n]{0,60}(?:😂|🤣|🙄|🤡|\blol\b|\blmao\b|\bsend help\b|\bbless\b|\bclueless\b|\bjoke\b))/u,
  },
  // "could bore for England", "sounds like he's still waiting for his voice to break", "60 going on 6",
  // "the 80s called, they want her perm back".
  {
    what: "Mocking someone",
    praise: true,
    cues: "bore moan whinge whine gossip sounds looks going actually even really have called rang phoned rung",
    regex:
      /\b(?:(?:19)?[5-9]0['’]?s|fifties|sixties|seventies|eighties|nineties|dark ages|stone age) (?:just )?(?:called|rang|phoned|rung)[,.]? (?:and )?(?:they |it )?(?:want|wants|would like|asked for) (?:their|its|her|his) (?:[a-z-]+ ){1,3}back\b|\b(?:could|would|can) (?:bore|moan|whinge|whine|gossip) for (?:england|britain|the country|scotland|wales|ireland|the world|the uk)\b|\b(?:sounds|looks) like (?:he|she)(?:'s|’s| is| has) (?:still )?(?:waiting for (?:his|her) voice to break|about (?:12|twelve|10|ten|5|five|90|a hundred)|been dragged through a hedge|got dressed in the dark|slept in a (?:skip|hedge|bin|ditch|bush))\b|\b(?:is|'s|’s) (?:\d{2}|thirty|forty|fifty|sixty|seventy) going on (?:\d|five|six|seven|eight|nine|ten|twelve|thirteen|fourteen)\b|\bwhat (?:she|he) (?:actually|even|really) does (?:all day|here|all shift|for (?:her|his) money|for a living)\b|\bhave some (?:self[- ]?respect|dignity)\b(?=[^.!?\n]{0,20}(?:love|hun|woman|girl|mate|pal|sweetheart|[.!?]|$))/,
  },
  // Wishing someone ill or waiting for them to fail: "wish natural selection would hurry up", "a
  // special place in hell for you", "who wants to bet how long the new manager lasts", "everyone
  // here despises you".
  {
    what: "Wishing someone ill",
    cues: "natural darwin gene special reserved bet$ bets$ betting$ sweepstake odds$ everyone everybody whole",
    regex:
      /\bnatural selection (?:would |to |should |will |needs to |can |could )?(?:hurry|do its|do (?:its|the) job|take its course|kick in|sort)\b|\b(?:win|wins|won|deserves?|nominated for|going for|candidate for|contender for) (?:a|the) darwin award\b|\b(?:shallow end of the|out of the|bleach (?:for|out of) the) gene pool\b|\b(?:special|reserved) place in hell for (?:you|him|her|people like)\b|\b(?:bet(?:s|ting)?|sweepstake|odds)\b[^.!?\n]{0,30}\bhow long (?:the |our |that |this )?(?:new )?[a-z0-9]+(?: [a-z]+)? (?:lasts?|will last|survives?|sticks? it out|stays?)\b|\bhow long (?:he|she|(?:the|our|that|this) (?:new )?[a-z0-9]+(?: [a-z]+)?) (?:lasts?|will last|survives?|sticks? it out)\b[^.!?\n]{0,40}\b(?:bet|sweepstake|odds)\b|\b(?:everyone|everybody|the whole (?:ward|team|unit|department|hospital|town))(?: (?:here|on (?:the|this) (?:ward|unit|team)))? (?:despises|hates|loathes|detests|laughs at|can't stand|cannot stand) (?:you|her|him)\b/,
  },
  // A mocking title or praise in scare quotes: "Mrs Whale in cubicle 4", "Captain Clueless", "our
  // 'organised' rota coordinator".
  {
    what: "Mocking someone",
    praise: true,
    cues: "entertainment amusement viewing some$ certain$ someone somebody whale walrus hippo piggy blobby lardy tubby jabba heifer stinky smelly thicko dopey clueless useless grumpy moaning paracetamol slow sloth 'organised 'organized 'helpful 'lovely 'competent 'caring 'professional 'clever 'efficient 'experienced 'qualified 'brilliant 'amazing 'genius 'friendly 'supportive 'approachable 'hard 'senior 'expert",
    regex: new RegExp(
      String.raw`\bfor (?:everyone's|everyones|everyone’s|your|the ward's|the team's) (?:entertainment|amusement|viewing pleasure)\b|\b(?:some|certain) (?:people|folk|individuals)\b[^\n]{0,60}?\b(?:should|need to|needs to|might want to|could do with|want to)\b[^\n]{0,80}?\byou know who you are\b|\b(?:someone|somebody) (?:please )?(?:give|get|buy) (?:her|him|them|that [a-z]+) (?:a )?(?:colouring book|crayons|a sticker chart|a dummy|a bib|stabilisers|armbands|a helmet)\b|\b(?:mr|mrs|miss|ms|dr|nurse|sister|lady|lord|captain) (?:whale|walrus|hippo|piggy|blobby|lardy|tubby|jabba|heifer|stinky|smelly|thicko|dopey|clueless|useless|grumpy pants|moaning myrtle|paracetamol|slow ?coach|sloth)\b|['‘](?:organised|organized|helpful|lovely|competent|caring|professional|clever|efficient|experienced|qualified|brilliant|amazing|genius|friendly|supportive|approachable|hard[- ]working|senior|expert)['’] (?:[a-z0-9]+ )?(?:${PERSON_NOUN})\b`,
    ),
  },
];
// Cue look-up. A cue is keyed by its first three letters (two for a two-letter cue), packed in a
// number; SEEN marks the keys in use, so most runs of letters are ruled out by one array read.
const key2 = (t: string, i: number) => (t.charCodeAt(i) & 31) * 32 + (t.charCodeAt(i + 1) & 31);
const key3 = (t: string, i: number) => 1024 + key2(t, i) * 32 + (t.charCodeAt(i + 2) & 31);
const SEEN = new Uint8Array(1024 + 32 * 32 * 32);
const CUES = new Map<number, { cue: string; mask: number; quoted: boolean; exact: boolean }[]>();
let INSIDE_MASK = 0;
const INSIDE: { mask: number; strings: string[] }[] = [];
PUT_DOWNS.forEach((p, i) => {
  for (const word of p.cues.split(" ")) {
    if (!word) continue;
    const quoted = word.startsWith("'");
    const exact = word.endsWith("$");
    const cue = word.slice(quoted ? 1 : 0, exact ? -1 : undefined);
    const key = cue.length === 2 ? key2(cue, 0) : key3(cue, 0);
    SEEN[key] = 1;
    const list = CUES.get(key) ?? [];
    list.push({ cue, mask: 1 << i, quoted, exact });
    CUES.set(key, list);
  }
  if (p.inside) {
    INSIDE_MASK |= 1 << i;
    INSIDE.push({ mask: 1 << i, strings: p.inside });
  }
});

function addCues(text: string, start: number, end: number, key: number, mask: number): number {
  const list = CUES.get(key)!;
  for (let k = 0; k < list.length; k++) {
    const cue = list[k].cue;
    if (cue.length > end - start || !text.startsWith(cue, start)) continue;
    if (list[k].exact && cue.length !== end - start) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (!list[k].quoted || before === 39 || before === 0x2018) mask |= list[k].mask;
  }
  return mask;
}

/** Which patterns can match the words view `text`: one bit per pattern of PUT_DOWNS. */
export function possiblePutDowns(text: string): number {
  let mask = 0;
  let astral = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      if (c >= 0xd800 && c < 0xdc00) astral = true;
      i++;
      continue;
    }
    const start = i;
    while (i < n && (c = text.charCodeAt(i)) >= 97 && c <= 122) i++;
    if (i - start < 2) continue;
    const k2 = key2(text, start);
    if (SEEN[k2] === 1) mask = addCues(text, start, i, k2, mask);
    if (i - start < 3) continue;
    const k3 = key3(text, start);
    if (SEEN[k3] === 1) mask = addCues(text, start, i, k3, mask);
  }
  if ((mask & INSIDE_MASK) !== INSIDE_MASK)
    for (const x of INSIDE)
      if (
        !(mask & x.mask) &&
        x.strings.some((s) => (astral || s.charCodeAt(0) < 0xd800) && text.includes(s))
      )
        mask |= x.mask;
  return mask;
}

// A particular person is in view: a name, "the new HCA", an @handle, or a pronoun.
function hasTarget(text: string, original: string, inbound: boolean): boolean {
  return (
    /(?:^|\s)@[A-Za-z0-9_.]{2,}/.test(original) ||
    hasSpecificPerson(text) ||
    hasNamedPerson(original) ||
    // A name opening the post: "Mandy on reception ...", "Pete from estates ...".
    /^[A-Z][a-z]{2,} (?:on|from|in|at) [a-z]/.test(original.trimStart()) ||
    hasNamedPerson(`x ${original.trimStart()}`) ||
    // One person, not a group at large ("these staff need to grow up" is about a group).
    // In a message to the Trust's account, "you" is the Trust: "you lot couldn't run a bath" is a
    // complaint, not bullying.
    (inbound ? /\b(?:he|she|him|her|his)\b/ : /\b(?:you|ur|your|he|she|him|her|his)\b/).test(
      text,
    ) ||
    SINGLE_PERSON.test(text) ||
    // "Tonight's one had the IQ of a houseplant": one of a group picked out.
    /\b(?:tonight's|today's|last night's|this morning's|yesterday's|tonight’s|today’s) one\b/.test(
      text,
    ) ||
    // "the most miserable human being I've ever met" is someone the author has met.
    /\b(?:i've|ive|i have|i'd|i had) ever (?:met|worked with|known|had the misfortune)\b/.test(text)
  );
}

// Someone other than the reader: a name, a particular person, he or she.
function hasThirdPerson(text: string, original: string): boolean {
  return (
    hasSpecificPerson(text) ||
    hasNamedPerson(original) ||
    /\b(?:he|she|him|her|his)\b/.test(text) ||
    SINGLE_PERSON.test(text)
  );
}

const SINGLE_PERSON = new RegExp(
  `\\b(?:a|an|one|this|that|the|our|my|your|their|[a-z]+'s|[a-z]+’s) (?:[a-z]+ )?${PERSON_NOUN}\\b(?!s)`,
);

// An organisation or department, not a person: "payroll couldn't organise a raffle",
// "management couldn't organise a piss-up" (a grievance, not bullying), also where they sit:
// "managers here couldn't run a bath", "the managers on this unit couldn't organise a rota".
const ORGANISATION_BEFORE =
  /\b(?:management|managers|payroll|hr|the trust|this trust|trust|hospital|the nhs|nhs|the board|board|service|department|dept|estates|it|the government|government|council|system|this place|the rota|rota|admin|finance|procurement|pharmacy|team)(?: (?:at|in|on) (?:(?:this|that|our|the) )?[a-z0-9@._-]+| (?:here|there|upstairs|round here))?(?: (?:still|just|really|honestly|literally|even))?\s*$/;

// The last `n` characters of `pre` without a cut-off word at the start ("amy from" must not
// read as "my from").
function tail(pre: string, n: number): string {
  if (pre.length <= n) return pre;
  const t = pre.slice(-n);
  return /[a-z'’]/.test(pre[pre.length - n - 1]) ? t.replace(/^[a-z'’]+/, "") : t;
}

// The author about themselves: "I'm the slowest cannulator", "my own brain cell".
const SELF_BEFORE = /\b(?:i'm|i’m|im|i am|i was|i feel|me|myself|my)\b(?: [a-z'’-]+){0,4}\s*$/;

export const putDowns = defineRule({
  meta: {
    id: "abuse-bullying/put-downs",
    category: "abuse-bullying",
    severity: "block",
    clauses: ["TRUST-SMP DO NOT 7", "TRUST-SMP DO NOT 8", "CLH-SMP §4.1", "CCC-SMP §7.3.4"],
    message:
      "{{what}}: belittling, mocking or shutting out colleagues, patients or anyone else online is bullying.",
    suggestion:
      "Don't post about a person to run them down. If someone's conduct is a problem, raise it with them or your manager.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.words;
    const text = view.text;
    const possible = possiblePutDowns(text);
    if (possible === 0) return;
    let condemned: boolean | undefined;
    for (let k = 0; k < PUT_DOWNS.length; k++) {
      if (!(possible & (1 << k))) continue;
      const p = PUT_DOWNS[k];
      // Only the branches whose words are all in the text (signals/cue-gate.ts): the same matches.
      const regex = cutDeep(p.regex, text);
      if (regex === null) continue;
      const m = regex.exec(text);
      if (!m) continue;
      if ((condemned ??= condemnsAbuse(text))) return;
      if (
        p.flattering &&
        m[1] !== undefined &&
        (FLATTERING.test(m[1]) || FLATTERING_ANYWHERE.test(text) || PRAISE.test(text))
      )
        continue;
      if (p.praise && PRAISE.test(text)) continue;
      if (p.teasing && MILD_NAME.test(m[0]) && TEASED.test(text)) continue;
      // Said to a thing on its way out: "RIP to the old sluice, demolished today. Nobody will miss you".
      if (
        THING_GONE.test(text) &&
        !/\b(?:he|she|him|her|his)\b/.test(text) &&
        !hasNamedPerson(context.text)
      )
        continue;
      const pre = text.slice(Math.max(0, m.index - 40), m.index);
      if (REPORTING_BEFORE.test(pre) || (!p.author && SELF_BEFORE.test(tail(pre, 24)))) continue;
      // Quoted to report it: "being told 'nobody can stand you' is bullying".
      if (isQuoted(text, m.index, m.index + m[0].length)) continue;
      // "payroll couldn't ...", but "Mike from estates is ..." is a person.
      if (
        ORGANISATION_BEFORE.test(pre.slice(-40)) &&
        !/\b(?:from|in|on|at) (?:the )?[a-z]+\s*$/.test(pre.slice(-30))
      )
        continue;
      if (!hasTarget(text, context.text, context.direction === "inbound")) continue;
      if (p.third && !hasThirdPerson(text, context.text)) continue;
      const at = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start: at.start, end: at.end, data: { what: p.what } });
      return;
    }
  },
});
