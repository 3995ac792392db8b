// One cheap pass over a post's words that tells the conduct signals which of them can possibly
// apply. Every concept below is a vocabulary (not a list of phrases from any post); a signal runs
// its heavier patterns only when one of its concept words is present. The pass lower-cases the
// text once, walks it word by word and looks each word up in a table built at load time, trying a
// few common endings ("delayed" → "delay", "stealing" → "steal") so the lists stay short.
import type { NormalisedText } from "../normalise/index.js";
import { rememberLast } from "../last-post.js";
import { FNV_OFFSET, FNV_PRIME, hashOf, Vocabulary } from "../normalise/word-index.js";

export const CONCERN = 1 << 0; // safety, harm, staffing, waiting, broken kit, wrongdoing at work
export const GRIEVANCE = 1 << 1; // negative judgement words, pay, leave, rota
export const CLAIM = 1 << 2; // crime, dishonesty, misconduct, sexual conduct
export const MEDIA = 1 << 3; // journalists, outlets, programmes
export const OFFICIAL = 1 << 4; // announcing, confirming, on behalf of, statements, branding, pages
export const EMPLOYER = 1 << 5; // NHS organisations and the author's work for them
export const STANCE = 1 << 6; // opinion, evaluation, advice
export const WORK = 1 << 7; // what an opinion may be about: work, care, health, the NHS

const VOCABULARY: Record<number, string> = {
  [CONCERN]: `pretend pretends pretending pretended safe unsafe safety dangerous danger dangerously harm harmed harming risk risks risky deteriorate deteriorating
    die dies dying died death deaths hurt injured suffer suffering neglect neglected pain agony distress distressed
    understaffed short-staffed staffing staff nurse nurses midwife midwives doctor doctors reg registrar consultant hca hcas
    wait waiting waited trolley trolleys corridor corridors overnight hours days weeks months list
    broken faulty unsafe equipment hoist hoists kit oxygen ppe gloves supplies stock ran run running out empty
    falsify falsifying falsified backdate backdated fudge fiddle doctor cover covered swept hide hiding hidden datix incident incidents
    report reported reporting escalate escalated escalating ignored ignore nobody listens equipped cope coping
    fall falls fell dropped wet pads soiled fed hungry thirsty discharge package beds bed ratio caseload caseloads
    patients patient residents clients women babies children kids elderly frail labour sepsis news alone
    scandal cqc inspection audit audits kickback kickbacks backhander backhanders bribe bribes fees
    queue jump jumping books deficit sign-off sign-offs signoffs competency competencies fake faked
    invoice invoices happened cancers cancer tumours tumour diagnoses asked told pressured instructed worried scared
    frightened chart charts licence registration signed miss misses malnutrition starving assaulted refeeding delirious
    built crowded nursing expired wedged trained idea channels dressings obs observations turns gambling playing held
    legionella errors error range unanswered witness carer carers short normalised normalized normalising normal
    borrowing borrow begging bells bell monitoring monitors escalation overflow corridor establishment away
    shout shouted shouting scream screamed swear swore snapped rough slap slapped hit pushed pinched mocked
    nothing replaced fixed repaired mended serviced restocked police backup crews assaulted doubled tripled
    risen increased spiked diff mrsa infection infections own alone unsupervised supervision backlog backlogs
    ambulances queued stacked majors minors someone somebody seriously coroner
    waited medically preventable avoidable prevented avoided winterbourne mid-staffs gosport whorlton took latch
    jobs logged overdose overdoses ods seizures sats without examined assessed bounced pinballed enough cd cds
    controlled ampoules ampoule vials scapegoat scapegoated blame ended scared terrified afraid know knows quiet
    silent overbooked overbooking cancel cancelled hasn't haven't hungover drunk stoned intoxicated smelt flagged
    lone whistleblowing ftsu speak squeezing squeezed crammed shoehorned ashamed listening trouble lock minimum
    locum pharmacist surgeon anaesthetist paramedic concern whistleblower visit
    login logins smartcard smartcards`,
  [GRIEVANCE]: `joke shambles shambolic disgrace disgraceful farce embarrassment embarrassing circus clown clowns clueless clue
    useless incompetent incompetence pathetic laughable rubbish crap shit shite clusterfuck mess nightmare appalling awful
    terrible shocking dreadful diabolical woeful atrocious insulting insult insulted sham show robbery rip-off ripoff
    shameful shame care bothered spine waste wasting wasted lip tick-box tickbox ignore ignores ignored miracle
    treat treats treated value valued undervalued unvalued overwhelmed lovely cheers thanks generous wow toaster
    leave annual holiday holidays request application flexible rota rotas roster pay paid payslip wages salary overtime
    enhancements enhancments backpay back unpaid owed docked missing late short rejected refused rejects refuses
    cancelled cancel cancels denied declined turned knocked binned blocked moved redeployed parking park car
    training study promotion regrading band banding breaks break induction mandatory
    management managers manager execs exec board director directors hr payroll estates it leadership bosses trust`,
  [CLAIM]: `steal steals stealing stole stolen nick nicking nicked pinch pinching thief thieves theft fraud fraudster fraudulent
    embezzle embezzling fiddle fiddles fiddling fiddled books cooking cooked dealer dealing drugs sells selling
    punched assaulted attacked assault beat beats hit abuse abused abusing abuses paedo paedophile nonce
    paid pays money bribe bribes bribed backhander backhanders kickback kickbacks bung bungs fees cash
    fake faked faking fakes forged forges forging forgery fabricate fabricated fabricating falsify falsified falsifies lies lied lying liar
    invented made makes sickie sick drunk alcoholic junkie smackhead cokehead stank booze high sacked dismissed struck suspended
    shagging sleeping affair cheating slept knees wife husband girlfriend boyfriend together
    reheat reheats leftovers rats mice cockroaches deposit rip rips ripping scam scams scammer scammers cowboys con
    private queue jump jumps jumping skip skips neglect neglects neglected leave leaves left wet pads cover covered covering
    asleep payments gifts envelopes pocket pockets payroll mistreat mistreats slap slaps shout shouts doctored forge who's
    moves bumps pushes competency sign-offs timesheets expenses claims caught kept job because wrote nominations
    away turn send refer runs vans tenant customers every how serve reuse recycle face
    swipe swipes swiped sold flog flogs flogged half-cut cut pissed hammered stoned hungover wasted steaming stink stinks
    stinking smell smells smelt smelled something breath lead sickies sign signs signed signing overtime mileage bullies
    harasses intimidates racist predator abuser crook criminal offender wife-beater backdate backdated cover covering
    shags sleeps pushed forced kicked afford affords mind loses lost forgets forgot drops dropped misplaces
    misplaced miscounts miscounted purpose invoice invoices happened overcharge overcharges overcharging overcharged keeps keep
    bill bills billing billed charge charges charging charged pocketing thieving cheat conman scammer scammers scam crooks
    deals weed coke cocaine pills drinks drinking golf mates shred shreds shredded bins binned destroy destroyed hides
    letters documents`,
  [MEDIA]: `journalist journalists reporter reporters newsdesk newsroom press editor editors correspondent producer producers
    researcher researchers bbc itv sky channel lbc gb paper papers newspaper newspapers radio tv podcast documentary
    panorama newsnight dispatches interview interviewed story article piece echo gazette chronicle mirror times herald
    mail sun express telegraph guardian standard argus star observer journal independent messenger post live`,
  [OFFICIAL]: `behalf official officially statement announce announcing announced confirm confirmed confirming apologise apologises
    apologize sorry logo logos crest branding brand badge letterhead lozenge uniform lanyard scrubs page account
    instagram insta tiktok facebook fb twitter linkedin youtube threads bluesky username handle will won't closing
    decided stands final position`,
  [EMPLOYER]: `nhs trust trusts hospital hospitals infirmary royal general healthcare ambulance ccg icb foundation board
    work works worked working employer hospice surgery practice i'm im i've as at our proud`,
  [STANCE]: `should shouldn't must mustn't need needs ought time think believe reckon feel honestly opinion view imo imho
    best worst great brilliant amazing excellent fantastic outstanding exactly needed better worse good bad poor
    joke shambles disgrace farce useless clueless pathetic rubbish crap awful terrible dangerous unsafe
    scandal unacceptable wrong right fair unfair deserve deserves deserved don't never always avoid stop start
    please remember make sure check without waste game-changer changer overrated underrated ridiculous insane madness
    lovely overwhelmed genuinely truly frankly clearly obviously proper properly simple
    get eat drink take check wear call ring see step forward underrated underused undervalued overlooked biggest
    vaccinate think wash stay wait would i'd rather saves save fuck screw sod bollocks depressing heartbreaking infuriating scandalous shocking unforgivable perfect blame manners sense decency addition asset improvement loss apart collapse unsung kindest most backbone glue`,
  [WORK]: `nhs trust hospital hospitals pacs epr ehr emis systmone cerner ward wards a&e ed gp gps patient patients nurse nurses nursing doctor doctors surgeon
    midwife midwives paramedic paramedics porter porters hca hcas staff colleague colleagues student placement placements
    shift shifts rota care carers health healthcare clinical clinic surgery theatre theatres treatment medicine medicines
    medication medications vaccine vaccines vaccination jab jabs pay funding fund manager managers management exec execs
    director matron consultant consultants registrar job work beds discharge system training uniform team department
    service services government minister policy pharmacy payroll hr induction chief aspirin antibiotics paracetamol
    tablets pills drug drugs dose doses symptoms pain heart blood lump cancer diabetes mental sleep diet alcohol
    cpr resus arrest arrests ambulance ambulances 999 111 first aid school schools datix cqc falls safety sick sickness
    nhs-funded social community district gp's hospice dementia maternity midwifery a&e
    carer continuity mum mums mother mothers birth births labour pregnancy antenatal postnatal baby babies toddler
    bursary workforce retention recruitment vacancies vacancy staffing handover handovers triage crisis referral
    referrals appointment appointments waiting list lists target targets bloods sepsis screening diabetic feet
    masks mask infection antibiotic virus viruses liver kidney back posture skin teeth weight wellbeing therapy
    therapist therapists physio physiotherapy paramedic ambulance discharge observations obs theatre cap caps
    hip knee operation operations surgery surgeon rash meningitis fever temperature vape vapes vaping smoke smoking
    cigarettes movements measles mmr vaccinate formula breastfeeding scans porters underrated underused target
    parking car-park canteen permit rostering e-rostering e-learning preceptorship preceptee analyser phlebotomy
    lab labs pathology radiology radiologist radiologists mri x-ray xray cough stroke suicide melanoma sunbeds
    organ donation donor helmet injury injuries mattress ulcer ulcers thrombectomy midwife-led backlog backlogs
    adrenaline imaging diagnostic diagnostics breaches employer outpatients practice locum locums agency bank
    buzzer scan scans outage leave sugar breakfast valued audit audits paperwork bed appraisal appraisals pelvic exercises interview interviews
    panel band promotion
    booster boosters sunscreen lives radiographer radiographers radiography chemo oncology physician physicians
    kit equipment stretcher stretchers post-nights picu nicu itu icu hdu`,
};

// Every word of the vocabularies with its regular endings, interned in a vocabulary of their own
// (normalise/word-index.ts: hashes in typed arrays), so a look-up hashes the word where it lies in
// the text: no string is made per word. A form carries its concept bits and the triggers (below)
// it belongs to, by its id. Some 13,000 forms: a 32 KB bitmap rules most words of a post out.
const forms = new Vocabulary(18);
const entryBits: number[] = [];
const entryTriggers: number[][] = [];

function addForm(form: string, bit: number, triggerId: number): void {
  // The words of a post are looked up with "’" read as "'": a form holding "’" is never found.
  if (form.includes("\u2019")) return;
  const entry = forms.intern(form);
  if (entry === entryBits.length) {
    entryBits.push(0);
    entryTriggers.push([]);
  }
  entryBits[entry] |= bit;
  const triggers = entryTriggers[entry];
  if (triggerId >= 0 && !triggers.includes(triggerId)) triggers.push(triggerId);
}

function addWord(w: string, bit: number, triggerId: number): void {
  addForm(w, bit, triggerId);
  // Regular endings: "delay" → delays, delayed, delaying; "neglect" → neglects; "care" → caring, cared.
  addForm(w + "s", bit, triggerId);
  addForm(w + "'s", bit, triggerId);
  if (w.endsWith("e")) {
    addForm(w + "d", bit, triggerId);
    addForm(w.slice(0, -1) + "ing", bit, triggerId);
  } else {
    addForm(w + "ed", bit, triggerId);
    addForm(w + "ing", bit, triggerId);
    addForm(w + "es", bit, triggerId);
  }
}

for (const [bit, words] of Object.entries(VOCABULARY)) {
  for (const w of words.split(/\s+/)) if (w) addWord(w, Number(bit), -1);
}

// Triggers: the words at least one of which every match of a pattern contains. A pattern whose
// trigger is absent from the post cannot match, so it is not run at all.
let triggerCount = 0;
const MAX_TRIGGERS = 320;

/** Register the words (space-separated; regular endings added) that a pattern needs; returns its id. */
export function trigger(words: string): number {
  const id = triggerCount++;
  if (id >= MAX_TRIGGERS) throw new Error("too many triggers");
  for (const w of words.split(/\s+/)) if (w) addWord(w, 0, id);
  return id;
}

export interface WordScan {
  /** `base` lower-cased (same length, so offsets carry over). */
  lower: string;
  /** Union of the concept bits of every word. */
  bits: number;
  /** The post has a handle (@name) or a hashtag. */
  handle: boolean;
  /** Which triggers are present, one bit each. */
  triggers: Uint32Array;
}

/** The post has one of the words of trigger `id`. */
export const fired = (scan: WordScan, id: number): boolean =>
  (scan.triggers[id >>> 5] & (1 << (id & 31))) !== 0;

const TRIGGER_BITS = new Uint32Array(MAX_TRIGGERS >>> 5);

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 38 || c === 45 || c === 8217
  );
}
const isEdge = (c: number) => c === 39 || c === 45 || c === 8217;

function scanText(base: string): WordScan {
  let lower = base.toLowerCase();
  // Lower-casing can change the length for a few letters; then keep the base so offsets still match.
  if (lower.length !== base.length) lower = base;
  let bits = 0;
  let handle = false;
  // One post is scanned at a time and only the last scan is kept, so the trigger bits reuse one buffer.
  const triggers = TRIGGER_BITS.fill(0);
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 64 || c === 35) handle = true;
      i++;
      continue;
    }
    // The word is hashed as it is read ("’" as "'"), and again only if its edges are trimmed.
    let s = i;
    let h = FNV_OFFSET;
    for (let d = c; isWordChar(d); d = lower.charCodeAt(i)) {
      h = Math.imul(h ^ (d === 8217 ? 39 : d), FNV_PRIME);
      if (++i === n) break;
    }
    let end = i;
    // Quotes and dashes at the edges of a word are not part of it.
    if (isEdge(c) || isEdge(lower.charCodeAt(end - 1))) {
      while (s < end && isEdge(lower.charCodeAt(s))) s++;
      while (end > s && isEdge(lower.charCodeAt(end - 1))) end--;
      h = hashOf(lower, s, end);
    }
    if (end - s < 2 || end - s > 24) continue;
    const hit = forms.find(lower, s, end, h | 0);
    if (hit < 0) continue;
    bits |= entryBits[hit];
    const ids = entryTriggers[hit];
    for (let k = 0; k < ids.length; k++) triggers[ids[k] >>> 5] |= 1 << (ids[k] & 31);
  }
  return { lower, bits, handle, triggers };
}

/** Whether any word of `lower` (already lower-cased) between `start` and `end` has concept `bit`. */
export function wordsHave(lower: string, start: number, end: number, bit: number): boolean {
  let i = start;
  while (i < end) {
    if (!isWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let s = i;
    while (i < end && isWordChar(lower.charCodeAt(i))) i++;
    let e = i;
    while (s < e && isEdge(lower.charCodeAt(s))) s++;
    while (e > s && isEdge(lower.charCodeAt(e - 1))) e--;
    if (e - s < 2 || e - s > 24) continue;
    const hit = forms.find(lower, s, e, hashOf(lower, s, e));
    if (hit >= 0 && entryBits[hit] & bit) return true;
  }
  return false;
}

/** The word scan of a post's `base` view, computed once per post however many rules ask. */
export const scan = rememberLast((normalised: NormalisedText): WordScan =>
  scanText(normalised.base.text),
);
