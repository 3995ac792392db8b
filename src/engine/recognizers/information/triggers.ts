// One cheap pass over a post that says which of the information-and-safety rules could possibly
// apply, so the rest skip it without running a single regular expression. Each rule lists the
// words it cannot do without; the pass reads the text once, keys every word by its first five
// letters (lower-cased) and ORs together the rules those words belong to. A handful of characters
// count too (a £ sign, a digit, "@", a dot inside a word, certain emoji).
//
// Disguised spellings ("k3t", "k y s", Cyrillic look-alikes, zero-width joiners) don't produce the
// listed words, so a post that shows signs of disguise sets DISGUISED and the rules that read the
// normalised views run anyway. No allocation per post; the last post's answer is remembered
// because the rules ask in turn about the same text.

export const T = {
  NOT_PUBLIC: 1 << 0,
  FINANCE: 1 << 1,
  INCIDENT: 1 << 2,
  PASSING: 1 << 3,
  CODE: 1 << 4,
  PASSWORD: 1 << 5,
  SYSTEM: 1 << 6,
  WEAKNESS: 1 << 7,
  LINK: 1 << 8,
  SELF_HARM: 1 << 9,
  LURING: 1 << 10,
  THEFT: 1 << 11,
  DRINK_DRUGS: 1 << 12,
  COPIED: 1 << 13,
  OWNER: 1 << 14,
  DIGIT: 1 << 15,
  POUND: 1 << 16,
  HANDLE: 1 << 17,
  DISGUISED: 1 << 18,
  NOT_PUBLIC_SAID: 1 << 19,
  NDA: 1 << 20,
  NUMBER_DOTS: 1 << 21,
  SECRET: 1 << 22,
} as const;

// Words whose first five letters (or the whole word, if shorter) wake a rule. Keep each list
// readable: every form whose first five letters differ is listed.
const WORDS: [number, string][] = [
  [
    T.NOT_PUBLIC,
    `restructure restructuring reorganise reorganisation reorganize reorg redundancy redundancies risk losses
     cuts cut cutting consultation downgrade downgrading close closes closed closing closure closures shut shuts
     shutting mothballed merge merger mergers merging takeover outsourcing outsourced privatisation privatised
     becomes becoming freeze freezing frozen vacancy vacancies recruitment board exec execs executive executives
     structure jobs posts roles chief ceo cqc inspection inspections budget budgets deficit cip savings overspend overspent contract contracts
     tender tenders supplier suppliers bid bids procurement cancel cancelled canceled cancelling strike strikes pay
     banding serious never investigation investigating investigated encrypted hacked breach ransomware suspended
     disciplinary upcoming proposed planned rolling rollout launch launches launching golive pattern patterns
     uniform uniforms logo branding funding hospital moving relocating relocation turned converted parking permit
     permits inquiry`,
  ],
  // The author's own words that it is not public yet.
  [
    T.NOT_PUBLIC_SAID,
    `public announced announcement official published knowledge released told informed briefed said seen quiet wraps
     yourself yourselves between record hush hear tell share repeat spread leaked leak leaking confidential confidence
     embargo embargoed say saying telling sharing posting supposed meant allowed private part session behalf comms
     communications mate mates friend pal source contact nothing shhh shhhh shhhhh heard know knows announcement
     announcing going word rumour rumours rumor draft drive launched launch launches yet until sneak
     claims claimed tells says drafting preparing working`,
  ],
  [T.NDA, `nda ndas ndad non disclosure confidentiality`],
  // Told it is secret or internal, whatever the subject.
  [
    T.SECRET,
    `told asked instructed warned internal internally circulation publication forward circulate intranet embargoed
     marked stamped classed labelled labeled`,
  ],
  [
    T.FINANCE,
    `bid bids bidder bidders tender tenders contract contracts invoice invoices rate rates quote quotes purchase price`,
  ],
  [
    T.INCIDENT,
    `punched assaulted attacked headbutted head kicked bit spat strangled stabbed slapped hit glassed throttled
     serious never si sui wrong retained suspended sacked dismissed struck escorted walked gardening referred
     investigation investigated disciplined disciplinary facing restricted
     cd cds controlled ampoule ampoules amps vial vials tablets patches discrepancy discrepancies datix emailed
     e-mailed sent faxed posted shared forwarded`,
  ],
  [
    T.PASSING,
    `newsdesk news journalist journalists reporter reporters press editor producer researcher newspaper newsroom`,
  ],
  [
    T.CODE,
    `keypad keypads key pad safe safes padlock padlocks combination combo passcode passcodes pin code codes door doors
     cupboard cupboards sluice gate gates locker lockers fridge room rooms`,
  ],
  // Numbers written as words count as digits ("four one seven nine").
  [T.DIGIT, `zero one two three four five six seven eight nine oh nought`],
  [T.PASSWORD, `password passwords pass passcode passcodes pw pwd key`],
  [
    T.SYSTEM,
    `login logins log logon logons logged logging username usernames password passwords smartcard smartcards account
     accounts windows unpatched antivirus anti firewall encrypted hacked compromised ransomware malware cyber virus
     shared same generic common single communal outdated unsupported ancient obsolete
     logs card cards passcode passcodes`,
  ],
  [
    T.WEAKNESS,
    `door doors exit exits gate gates window windows lock locks locked barrier barriers turnstile turnstiles keypad
     keypads alarm alarms alarmed escape escapes entrance entrances shutter shutters reader readers cctv camera
     cameras checks checked counts counted audits audited monitors monitored reviews reviewed badging swiping signing
     scanning tapping tailgate tailgating tailgated prop props propped wedge wedges wedged bypass bypassed bypassing
     security cabinet cabinets cupboard cupboards safe safes override overrides omnicell pyxis sensor sensors panic
     intercom intercoms access patrol patrols patrolled porter porters guard guards unmanned unstaffed unguarded
     password passwords passcode passcodes
     key keys fob fobs walkround walkrounds empty deserted unattended unlocked only smartcard smart follow followed
     following staffed manned covered card badge pass id ids swipe permit restrictor restrictors padlock padlocks
     maglock maglocks tagging`,
  ],
  [
    T.SELF_HARM,
    `yourself yourselves urself themselves themself yaself yerself kys die dead wrist wrists throat throats bridge roof
     multi storey building cliff balcony tower floor train bus lorry bleach antifreeze pills tablets paracetamol favour
     favor without thinspo thinspiration proana promia meanspo bonespo skinnyspo edtwt hungry skinny stone lbs pounds
     kg kilos end notice miss better world nobody
     ur unalive died care went gone thin tastes jump front handful breathing disappear wake life ana mia skip skipping skipped st lb kilo`,
  ],
  [
    T.LURING,
    `yo under kids children child teen teens teenager teenagers school schoolkids young youngsters year camhs minor minors
     little mum mom mam dad parents folks teacher teachers carer carers social foster family adolescent adolescents
     underage under age sixth juniors guardian guardians parental
     mums mams moms dads adult adults y yr yrs`,
  ],
  [
    T.THEFT,
    `maiden pet pets street school car childhood teacher birth born pas spine system systems emis systmone rio lorenzo
     epr ehr cerner epic ice scr medway records database bank sort account card cvv cvc pin national passport
     driving online
     grew`,
  ],
  [
    T.DRINK_DRUGS,
    `cocaine coke ket ketamine mdma molly mandy ecstasy pingers spliff spliffs weed cannabis skunk bong bongs shrooms
     xans xanax lsd crack meow mephedrone charlie pills tabs lines bump bumps gear bag baggie baggies nos balloons
     promethazine diazepam zopiclone codeine tramadol oramorph morphine lorazepam temazepam gabapentin pregabalin
     midazolam fentanyl meds tablets pint pints prosecco proseccos vodka vodkas gin gins wine beer beers lager cider
     shot shots jager jagers jagerbomb jagerbombs tequila tequilas rum booze drink drinks drinking bevvies bevs pub bar
     fizz bubbly cocktail cocktails wkd stella wasted hammered smashed plastered paralytic legless trollied blotto
     sloshed shitfaced leathered rat ratarsed steaming mortal munted off bottle bottles cans override omnicell pyxis
     cabinet stock valium zolpidem phenergan sleeping sleepers benzo benzos painkillers opioid opioids nytol lash
     md pill tab line oxycodone oxynorm oxycontin buprenorphine pethidine patches codamol
     razz bender stand standing standby tried dry hungover drunk pissed remember whisky whiskey brandy tinnies
     alcohol sauce sober livers liver sambuca absinthe modafinil adderall ritalin sick counsellor therapist therapy
     rack racked racking`,
  ],
  [
    T.COPIED,
    `copied copying lifted nicked pinched stole stolen ripped screenshot screenshots screenshotted screen screengrab
     screengrabbed grabbed borrowed downloaded used pulled saved taken got nabbed here sharing filmed recorded snapped scanned typed written photographed took found paywall buy pay
     subscribe saw seen spotted came stumbled discovered paste pasted pasting copy typing transcribed repost reposting
     reposted reupload reuploaded reuploading swiped snagged using posting stealing borrowing grabbing downloading
     screencapped whole entire full paywall paywalled watermark watermarks crop cropped cropping removed edited
     blurred
     heres`,
  ],
  [
    T.OWNER,
    `credit credits watermark watermarked copyright unknown photographer photographers artist author creator original
     source owner wrote drew painted created designed owns made took filmed photo photos pic pics picture pictures
     image images video videos vid poem art artwork meme memes gif drawing edit mine ours whoever dunno idea clue
     sure internet interwebs courtesy yours infringement anyone knows
     shot posted photographed remember trace google somewhere`,
  ],
];

// Letters 1..26 (either case), digits 27..36, anything else 0; looked up, not computed, per character.
const CODES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) CODES[c] = c - 96;
  else if (c >= 65 && c <= 90) CODES[c] = c - 64;
  else if (c >= 48 && c <= 57) CODES[c] = c - 21;
}

function code(c: number): number {
  return c < 128 ? CODES[c] : 0;
}

function keyOf(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length && i < 5; i++) key = key * 64 + code(word.charCodeAt(i));
  return key;
}

// Ages run together ("14yo", "15yrs", "13year"): the first five letters of each form.
WORDS.push([
  T.LURING,
  Array.from({ length: 10 }, (_, k) => ["yo", "y", "yr", "yrs", "year"].map((u) => `${k + 8}${u}`))
    .flat()
    .join(" "),
]);

const BY_KEY = new Map<number, number>();
for (const [bit, list] of WORDS) {
  for (const word of list.split(/\s+/))
    if (word) BY_KEY.set(keyOf(word), (BY_KEY.get(keyOf(word)) ?? 0) | bit);
}

// BY_KEY as an open-addressing table of typed arrays (keys are positive 30-bit numbers, 0 marks
// an empty slot), looked up once per word of every post: no Map probe, a few cache lines in all.
const TABLE_BITS = Math.max(8, Math.ceil(Math.log2(BY_KEY.size * 4)));
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const TABLE_KEYS = new Int32Array(1 << TABLE_BITS);
const TABLE_BITS_OF = new Int32Array(1 << TABLE_BITS);
const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
for (const [key, bits] of BY_KEY) {
  let at = slotOf(key);
  while (TABLE_KEYS[at] !== 0) at = (at + 1) & TABLE_MASK;
  TABLE_KEYS[at] = key;
  TABLE_BITS_OF[at] = bits;
}

function bitsOfKey(key: number): number {
  for (let at = slotOf(key); ; at = (at + 1) & TABLE_MASK) {
    const k = TABLE_KEYS[at];
    if (k === key) return TABLE_BITS_OF[at];
    if (k === 0) return 0;
  }
}

// Emoji that matter, as their low surrogates after 0xD83E or 0xD83C.
const SURROGATE_BITS = new Map<number, number>([
  [0xd83e_dd2b, T.NOT_PUBLIC], // 🤫
  [0xd83e_dd10, T.NOT_PUBLIC], // 🤐
  [0xd83c_df7e, T.DRINK_DRUGS], // 🍾
  [0xd83c_df7a, T.DRINK_DRUGS], // 🍺
  [0xd83c_df7b, T.DRINK_DRUGS], // 🍻
  [0xd83c_df77, T.DRINK_DRUGS], // 🍷
  [0xd83c_df78, T.DRINK_DRUGS], // 🍸
  [0xd83e_dd42, T.DRINK_DRUGS], // 🥂
  [0xd83e_dd43, T.DRINK_DRUGS], // 🥃
  [0xd83e_dd2e, T.DRINK_DRUGS], // 🤮
]);

const isAlnum = (c: number) => code(c) !== 0;

function scan(text: string): number {
  let mask = 0;
  let key = 0;
  let len = 0;
  let digits = 0;
  let letters = 0;
  let letterDigitLetter = false;
  let digitAfterLetter = false;
  let singles = 0;
  let lastEnd = -10;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const v = code(c);
    if (v !== 0) {
      if (len < 5) key = key * 64 + v;
      if (c >= 48 && c <= 57) {
        if (letters > 0) digitAfterLetter = true;
        digits++;
      } else {
        // A digit between letters ("k3t", "sh1t") is leetspeak.
        if (digitAfterLetter && isDigit(text.charCodeAt(i - 1))) letterDigitLetter = true;
        letters++;
      }
      len++;
      continue;
    }
    if (len > 0) {
      mask |= bitsOfKey(key);
      if (digits > 0) mask |= T.DIGIT;
      if (letterDigitLetter) mask |= T.DISGUISED;
      // Runs of single letters ("k y s", "c-o-k-e") are spelled out to dodge filters.
      if (len === 1 && letters === 1) {
        // Joined by one separator (" ", ".", "-", "_", "*", "/"), optionally followed by a space.
        const gap = i - 1 - lastEnd;
        const sep = text.charCodeAt(lastEnd);
        const joined =
          sep === 32 || sep === 46 || sep === 45 || sep === 95 || sep === 42 || sep === 47;
        singles =
          joined && (gap === 1 || (gap === 2 && text.charCodeAt(lastEnd + 1) === 32))
            ? singles + 1
            : 1;
        if (singles >= 3) mask |= T.DISGUISED;
      } else singles = 0;
      lastEnd = i;
      key = len = digits = letters = 0;
      letterDigitLetter = digitAfterLetter = false;
    }
    if (c < 128) {
      if (c === 163) mask |= T.POUND;
      else if (c === 46 || c === 47) {
        // A dot or slash inside a word ("bit.ly", "co.uk/renew"), or spaced out (" . ").
        const before = i > 0 ? text.charCodeAt(i - 1) : 32;
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (isDigit(before) && isDigit(after)) mask |= T.NUMBER_DOTS;
        else if ((isAlnum(before) || before > 127) && (code(after) > 0 || after > 127))
          mask |= T.LINK;
        else if (before === 32 && after === 32 && c === 46) mask |= T.LINK;
      } else if (c === 43) {
        if (i > 0 && isDigit(text.charCodeAt(i - 1))) mask |= T.LURING; // "14+"
      } else if (c === 64) {
        if (i + 1 < n && isAlnum(text.charCodeAt(i + 1))) mask |= T.HANDLE;
      } else if (c === 36) {
        if (i + 1 < n && code(text.charCodeAt(i + 1)) > 0 && code(text.charCodeAt(i + 1)) <= 26)
          mask |= T.DISGUISED;
      }
      continue;
    }
    if (c === 163) {
      mask |= T.POUND;
    } else if (c === 0xd83e || c === 0xd83c) {
      const pair = c * 0x10000 + (i + 1 < n ? text.charCodeAt(i + 1) : 0);
      mask |= SURROGATE_BITS.get(pair) ?? 0;
    } else if (c === 0x2744) {
      mask |= T.DRINK_DRUGS; // ❄ as slang for cocaine
    } else if (c === 0xd835 || (c >= 0xff01 && c <= 0xff5e)) {
      // Mathematical or full-width letters: the text may be disguised.
      mask |= T.DISGUISED;
    } else if ((c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0xad) {
      // An invisible character inside a word ("Sh\u200Bit"); between emoji it is only a joiner.
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if (code(before) > 0 && code(after) > 0) mask |= T.DISGUISED;
    } else if (c >= 0xc0 && c < 0x2000) {
      // An accented or non-Latin letter touching Latin letters ("Jäger", "fаcebook" with a Cyrillic а).
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if (code(before) > 0 || code(after) > 0) mask |= T.DISGUISED;
    }
  }
  return mask;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

let lastText: string | undefined;
let lastMask = 0;

// Triggers can be switched off (every bit set) so a test can compare the rules with and without
// them (rules/gate.test.ts does, with the gates). DISGUISED stays as found: it also chooses which
// view of the text a rule reads.
let enabled = true;
const EVERY_WORD_BIT = Object.values(T).reduce((all, bit) => all | bit, 0) & ~T.DISGUISED;
export function setTriggersEnabled(on: boolean): void {
  enabled = on;
}

/** Which rules' words occur in `text` (bits of `T`). */
export function triggers(text: string): number {
  if (text !== lastText) {
    lastMask = scan(text);
    lastText = text;
  }
  return enabled ? lastMask : lastMask | EVERY_WORD_BIT;
}

/** Whether any of `bits` (or a sign of disguised spelling) is present. */
export function mayApply(text: string, bits: number): boolean {
  return (triggers(text) & (bits | T.DISGUISED)) !== 0;
}
