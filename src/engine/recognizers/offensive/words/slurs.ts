// Slurs: words whose use about people is itself contempt for a protected characteristic.
// `kind` is the characteristic. Some have innocent senses ("faggots" the Black Country dish,
// "fags" the cigarettes, "a chink in the armour"); the recognizer drops those by context.
// Quoting a slur to report or condemn it is handled by the hate-discrimination rule.
import type { LexiconEntry } from "../lexicon.js";

export const SLURS: LexiconEntry[] = [
  // race, ethnicity, nationality
  { label: "n-word", kind: "race", pattern: "(nigger|niggers|nigga|niggas|niggaz|nigguh)" },
  { label: "p-word", kind: "race", pattern: "paki(s|stani bastard)?" },
  { label: "coon", kind: "race", pattern: "coon(s)?" },
  {
    label: "wog",
    kind: "race",
    pattern: "(wog|wogs|golliwog|golliwogs|nignog|nignogs|jungle bunny|jungle bunnies)",
  },
  {
    label: "camel jockey",
    kind: "race",
    pattern: "(camel jockey|camel jockeys|sand nigger|sand niggers|kaffir|kaffirs|gippo|gippos)",
  },
  { label: "chink", kind: "race", pattern: "(chink|chinks|chinky|chinkies)" },
  { label: "gook", kind: "race", pattern: "gook(s)?" },
  { label: "jap", kind: "race", pattern: "jap(s)?" },
  { label: "darkie", kind: "race", pattern: "dark(ie|ies|y|eys)" },
  { label: "sambo", kind: "race", pattern: "sambo(s)?" },
  { label: "spic", kind: "race", pattern: "spic(s)?" },
  { label: "wetback", kind: "race", pattern: "wetback(s)?" },
  { label: "half-caste", kind: "race", pattern: "half caste(s)?" },
  { label: "raghead", kind: "religion", pattern: "(rag|towel)~head(s)?" },
  { label: "kike", kind: "religion", pattern: "kike(s)?" },
  { label: "yid", kind: "religion", pattern: "yid(s|do|dos)?" },
  { label: "pikey", kind: "race", pattern: "pikey(s)?" },
  { label: "gyppo", kind: "race", pattern: "(gyppo|gyppos|gypo|gypos|pikies)" },
  { label: "immigrant slur", kind: "race", pattern: "(immigrunt|immigrunts|rapefugee|rapefugees)" },
  // sexual orientation
  {
    label: "f-word slur",
    kind: "sexual orientation",
    pattern: "(faggot|faggots|fagot|fagots|faggy)",
  },
  { label: "f-word slur", kind: "sexual orientation", pattern: "fag(s)?" },
  { label: "dyke", kind: "sexual orientation", pattern: "dyke(s)?" },
  {
    label: "lezza",
    kind: "sexual orientation",
    pattern: "(lezza|lezzas|lezzer|lezzers|lezzie|lezzies|lesbo)",
  },
  { label: "poof", kind: "sexual orientation", pattern: "(poof|poofs|poofter|poofters|pooftah)" },
  { label: "homo", kind: "sexual orientation", pattern: "homo(s)?" },
  { label: "batty boy", kind: "sexual orientation", pattern: "batty (boy|boys|man)" },
  { label: "bum boy", kind: "sexual orientation", pattern: "bum~boy(s)?" },
  // gender identity
  { label: "tranny", kind: "gender identity", pattern: "(tranny|trannies|trannie|trannys)" },
  {
    label: "shemale",
    kind: "gender identity",
    pattern: "(shemale|shemales|she-male|he-she|ladyboy|ladyboys)",
  },
  // disability
  {
    label: "spastic",
    kind: "disability",
    pattern:
      "(spastic|spastics|spaz|spazz|spazzing|spazzy|spac|spacs|spacca|spaccas|spacker|spackers|spakka|spaca)",
  },
  { label: "retard", kind: "disability", pattern: "(retard|retards|retarded|tard|tards)" },
  { label: "mong", kind: "disability", pattern: "(mong|mongs|mongoloid|mongy)" },
  { label: "window licker", kind: "disability", pattern: "window~licker(s)?" },
  { label: "cripple", kind: "disability", pattern: "(cripple|cripples)" },
  // sex
  { label: "femoid", kind: "sex", pattern: "(femoid|femoids|foid|foids)" },
];
