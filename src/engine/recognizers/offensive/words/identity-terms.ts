// Words that name people by a protected characteristic (Equality Act 2010, as in MC-SS01's
// equality statement). They are NEVER a finding on their own: "I'm a proud gay nurse", "our
// Muslim staff network" and "as a Black midwife" are welcome. The hate-discrimination rule
// only reports them together with contempt aimed at the group.
import type { LexiconEntry } from "../lexicon.js";

export const IDENTITY_TERMS: LexiconEntry[] = [
  // race, ethnicity, nationality, migration
  {
    kind: "race",
    label: "race",
    pattern:
      "(black|blacks|asian|asians|african|africans|caribbean|arab|arabs|brown people|ethnic minorities|bame|people of colour|mixed race|white people|whites)",
  },
  {
    kind: "race",
    label: "nationality",
    pattern:
      "(nigerian|nigerians|ghanaian|ghanaians|ghana|nigeria|somali|somalis|indian|indians|pakistani|pakistanis|bangladeshi|bangladeshis|chinese|filipino|filipinos|filipina|filipinas|polish|poles|romanian|romanians|romania|bulgarian|bulgarians|albanian|albanians|lithuanian|lithuanians|eastern european|eastern europeans|latvian|latvians|portuguese|spanish|italian|italians|french|german|germans|irish|scottish|welsh|english|british people|brits|turkish|kurdish|afghan|afghans|syrian|syrians|iraqi|iraqis|iranian|iranians|jamaican|jamaicans|zimbabwean|zimbabweans|kenyan|kenyans|mexican|mexicans)",
  },
  {
    kind: "race",
    label: "migrants",
    pattern:
      "(immigrant|immigrants|migrant|migrants|refugee|refugees|asylum seeker|asylum seekers|foreigner|foreigners|foreign|overseas nurses|overseas doctors|international nurses|international recruits|illegals|boat people|small boats|small boat|dinghies|channel crossings|channel crossing|crossing the channel|arriving at dover|arrived at dover|arrive at dover|landing at dover)",
  },
  {
    kind: "race",
    label: "travellers",
    pattern: "(gypsy|gypsies|gipsy|gipsies|traveller|travellers|roma|romany)",
  },
  // religion and belief
  {
    kind: "religion",
    label: "religion",
    pattern:
      "(muslim|muslims|islam|islamic|hinduism|judaism|sikhism|christianity|buddhism|moslem|moslems|jew|jews|jewish|hindu|hindus|sikh|sikhs|christian|christians|catholic|catholics|buddhist|buddhists|atheist|atheists|mosque|mosques|synagogue|hijab|hijabs|burka|burkas|burqa|niqab|turban|turbans|sharia|headscarf|headscarves|veil|veils|kippah|yarmulke|jehovah's witness|jehovah's witnesses|jehovahs witness|jehovahs witnesses|mormon|mormons|pagan|pagans|rastafarian|rastafarians)",
  },
  // sexual orientation
  {
    kind: "sexual orientation",
    label: "sexual orientation",
    pattern:
      "(gay|gays|lesbian|lesbians|bisexual|bisexuals|bi|queer|queers|homosexual|homosexuals|lgbt|lgbtq|lgbtqia|lgbt\\+|lgbtq\\+|rainbow lanyard|rainbow lanyards|rainbow flag|rainbow flags|pride)",
  },
  // gender identity
  {
    kind: "gender identity",
    label: "gender identity",
    pattern:
      "(trans|transgender|transgendered|transsexual|trans woman|trans women|trans man|trans men|non~binary|nonbinary|enby|gender fluid|genderfluid|bloke in a dress|man in a dress|men in dresses|sex change|transitioned|transitioning|pronouns|had the op|having the op)",
  },
  // disability and long-term conditions
  {
    kind: "disability",
    label: "disability",
    pattern:
      "(disabled|disability|disabilities|autistic|autism|aspergers|asperger's|on the spectrum|adhd|dyslexic|dyslexia|special needs|dyspraxia|dyspraxic|epilepsy|schizophrenia|deaf|blind|wheelchair user|wheelchair users|learning disability|learning disabilities|down's|downs|down syndrome|mentally ill|mental health patients|schizophrenic|schizophrenics|bipolar|epileptic|epileptics|stammer|stammers|stammering|stutter|stutters|stuttering|tourettes|tourette's|dwarf|dwarfs|midget|midgets|depressed)",
  },
  // sex
  { kind: "sex", label: "sex", pattern: "(women|woman|female|females|girls|ladies|men|males)" },
  // age
  {
    kind: "age",
    label: "age",
    pattern:
      "(old people|pensioners|oaps|boomers|the elderly|old dears|old biddies|biddies|coffin dodgers|wrinklies|geriatrics|oldies|old folk|older people|elderly people|elderly patients|older patients|young people|youngsters|millennials|gen z|zoomers)",
  },
];

/** National flags as emoji (regional indicator pairs) name a nationality too. */
export const FLAG_EMOJI = /[\u{1F1E6}-\u{1F1FF}]{2}/u;
