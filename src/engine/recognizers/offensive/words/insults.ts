// Insults: words that demean a person. On their own they are not findings ("the rota is
// useless", "what an idiot I am"); the abuse-bullying rule reports them when they are aimed at
// someone. `kind`: "noun" insults call a person something ("you cow"); "adjective" insults
// describe one ("lazy", "useless") and need a person right beside them.
import type { LexiconEntry } from "../lexicon.js";

export const INSULTS: LexiconEntry[] = [
  // what a person is called
  {
    kind: "noun",
    label: "idiot",
    pattern:
      "(idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|halfwit|halfwits|numpty|numpties|muppet|muppets|dimwit|dimwits|nitwit|simpleton)",
  },
  {
    kind: "noun",
    label: "cow",
    pattern:
      "(cow|cows|bitch|bitches|slag|slags|slut|sluts|whore|whores|skank|skanks|hag|hags|witch)",
  },
  {
    kind: "noun",
    label: "pig",
    pattern:
      "(pig|pigs|slob|slobs|lardarse|fatso|heifer|whale|walrus|vulture|vultures|slaphead|baldy)",
  },
  {
    kind: "noun",
    label: "loser",
    pattern:
      "(loser|losers|scrounger|scroungers|parasite|parasites|scumbag|scumbags|scum|lowlife|vermin|creep|creeps|weirdo|weirdos|freak|freaks|nutter|nutters|psycho|psychos|rat|rats|snake|snakes|grass|paedo|paedos|pedo|pedos|nonce|nonces|nutjob|nutjobs)",
  },
  {
    kind: "noun",
    label: "git",
    pattern:
      "(git|gits|prat|prats|pillock|pillocks|plonker|plonkers|div|divs|jobsworth|jobsworths|chav|chavs|minger|mingers|munter|munters|bed blocker|bed blockers|bedblocker|bedblockers|gomer|gomers|deadweight|dead weight|dead wood|lard~arse|fatty|fatties|gobshite|numbskull|dipstick|dimwit|lapdog|lapdogs|brown~noser|brown~nosers|arse~licker|arse~lickers|knuckle~dragger|knuckle~draggers|harpy|harpies|lech|leches|perv|pervs|leech of a man|leech of a woman|absolute leech|such a leech|clowns|cowboys|amateurs|bellends|proper mug|absolute melt|jumped up nobody|waste of a shift|waste of a wage|weasel|weasels|airhead|airheads|coward|cowards|dictator|little dictator|tyrant|buffoon|buffoons|oaf|oafs|bimbo|bimbos|dunce|layabout|layabouts|skiver|skivers|shirker|junkie|junkies|druggie|druggies|pisshead|pissheads|clown|bigot|bigots|sleazebag|sleazeball|wet wipe of a|wet lettuce|drip of a)",
  },
  // "Old" plus a word for a person run down: "miserable old bat", "silly old trout", "old git".
  {
    kind: "noun",
    label: "old bat",
    pattern:
      "(old|silly|daft|stupid|miserable|dozy|nosy|nosey|grumpy|whiny|whingey|lazy|arrogant|pompous|smug|clueless|useless|gormless|absolute|complete|total|utter|screaming|spineless|compulsive|lying|nasty|vile|corrupt|proper) (fool|fools|lump|lumps|bully|bullies|liar|liars|loon|nutcase|headcase|bat|bag|bags|goat|trout|biddy|biddies|codger|codgers|crone|fossil|fossils|dragon|battleaxe|battle~axe|boot|sod|sods|dinosaur|dinosaurs|lech|perv|cow)",
  },
  // Worth nothing to anyone: "you're no use to anyone", "nobody likes you".
  {
    kind: "noun",
    label: "no use to anyone",
    pattern:
      "(no use to anyone|no use to anybody|no good to anyone|nobody likes you|no one likes you|nobody wants you|no one wants you|nobody wants you there|no one wants you there|nobody actually wants you|nobody can stand you|nobody can stand her|nobody can stand him|nobody respects him|nobody respects her|nobody respects you|nobody cares about your|nobody would miss you|no one would miss you|everyone hates you|total waste|complete waste)",
  },
  {
    kind: "noun",
    label: "snowflake",
    pattern: "(snowflake|snowflakes|princess|drama queen|crybaby|cry~babies)",
  },
  { kind: "noun", label: "waste of space", pattern: "waste(s)? of (space|oxygen|skin|a uniform)" },
  { kind: "noun", label: "piece of work", pattern: "(nasty|nasty little|real) piece of work" },
  {
    kind: "noun",
    label: "disgrace",
    pattern:
      "(disgrace|embarrassment) (of|to) (a man|a woman|a nurse|a doctor|a human|the profession|humanity)",
  },
  {
    kind: "noun",
    label: "joke",
    pattern:
      "(complete|absolute|total|utter) (fucking |bloody )?(joke|clown|fraud|liability|embarrassment)",
  },
  // what a person is said to be like
  {
    kind: "adjective",
    label: "lazy",
    pattern:
      "(lazy|laziest|lazier|useless|incompetent|pathetic|clueless|brainless|gormless|thick|stupid|stupidest|dumb|dumbest|ignorant|rudest|fattest|ugliest|ugly|fat|vile|disgusting|horrible|nasty|spineless|gutless|jumped up|two~faced|backstabbing|smelly|stinking|miserable|dozy|dopey|gobby|mouthy|bone idle|work~shy|good~for~nothing|worthless|dense|braindead|brain~dead|slimy|sleazy|creepy|gross|hideous|repulsive|obnoxious|insufferable|thick as|smug|pompous|whiny|whingey|gormless|dim|dimmest|hopeless|thicker|thickest|cringe|cringey|cringiest|power~mad|self~important|shameless|evil|dishonest)",
  },
];

/** Emojis that call a person an animal when aimed at them (pig, rat, snake, clown). */
export const INSULT_EMOJI = /🐷|🐖|🐀|🐍|🤡|🐄/u;
