// Telling someone to kill or hurt themselves ("jump off the multi-storey", "slit your wrists"),
// and pro-eating-disorder content ("#thinspo", "if you're hungry you're winning"). CCC-SMP §7.3.13:
// posts must not encourage self-harm. Support posts (Samaritans, self-harm awareness, how to
// help a colleague) never tell anyone to do it, so they are not matched; negated and reported
// speech ("never tell anyone to...") are let through.
import { T, triggers } from "../../recognizers/information/triggers.js";
import { gate } from "../gate.js";
import { defineRule } from "../rule.js";
import { cutDeep } from "../../signals/cue-gate.js";

const ENCOURAGING = new RegExp(
  [
    String.raw`\b(?:kill|hang|drown|shoot|top|off|unalive|neck|end) (?:yourself|yourselves|urself|ur self|themselves|themself|yaself|yerself)\b(?! (?:laughing|with laughter|over it|up\b|(?:a|an|some|your|the) (?!favou?r\b)))`,
    String.raw`\b(?:you|u|ya|they|she|he) (?:should|could|might as well|may as well|need to|ought to) (?:just )?(?:end it|end (?:your|their|his|her) life|kill (?:yourself|themselves)|die|top (?:yourself|themselves))\b|\b(?:no one|nobody|no-one)(?: \w+){0,4} would (?:miss (?:you|u|them|her|him)|care if (?:you|u|they|she|he) (?:died|went|was gone|jumped|disappeared|topped (?:yourself|urself|themselves|himself|herself)|killed (?:yourself|urself|themselves|himself|herself)|weren'?t here|wasn'?t here))\b`,
    String.raw`\bkys\b|\bgo die\b|\b(?:just|go|please|pls) die\b|\bdrop dead\b`,
    String.raw`\b(?:slit|cut|slash) (?:your|ur|their|yer|ya) (?:own )?(?:wrists?|throats?)\b`,
    String.raw`\b(?:jump|throw (?:yourself|yourselves|themselves|himself|herself)) (?:off|from) (?:a |the |that )?(?:top (?:floor |level )?of (?:a |the |that )?)?(?:(?:hospital|car park|multi-?storey|main|tallest|nearest|river|railway|motorway|bloody|effing|[a-z]+'s) )?(?:bridge|roof|multi-?storey|building|cliff|car park|balcony|tower|motorway bridge|top floor)\b|\b(?:jump|step|throw (?:yourself|themselves)) in front of (?:a |the )?(?:train|bus|lorry|car)\b`,
    String.raw`\b(?:drink|swallow|neck) (?:some |a bottle of |the )?(?:bleach|antifreeze)\b|\btake (?:all|a load|the lot|a handful|the whole (?:box|packet)) (?:of )?(?:your |the |those |them )?(?:pills|tablets|paracetamol)?\b(?=[^.!?\n]{0,30}\b(?:and|then|nobody|no one|save us|favou?r)\b)`,
    String.raw`\bdo (?:us|everyone|the world|the ward|the rest of us)(?: all)? a favou?r and (?:just )?(?:die|disappear|jump|end it|kill|top|hang|off)\b|\bworld (?:would be|is) better off without (?:you|u|them)\b`,
    // Telling a person to end their life in other words: "just end it", "you're better off dead".
    String.raw`\b(?:just|go on,?|go and|go|should(?: just)?|might as well|may as well|why don'?t (?:you|u)(?: just)?|pls|please) (?:end it(?: all)?|end (?:your|ur) (?:own )?life|give up on life|not wake up|stop breathing|disappear for good)\b(?! (?:with|there|here|now|early|on a|by))`,
    String.raw`\b(?:you'?d|you would|you'?re|you are|u'?d|ur|they'?d) (?:all )?(?:be )?better off dead\b|\b(?:world|ward|team|everyone|we) (?:would be|'?d be|is|are) (?:a )?better(?: place)?(?: off)? without (?:you|u)\b(?! (?:lot|guys|all))|\b(?:no one|nobody|no-one) would (?:even )?(?:miss|notice|care about) (?:you|u)\b`,
    // Pointing someone at a place or a method ("there's always the multistorey", "the river is that
    // way", "razor blades are cheaper than therapy").
    String.raw`\bthere'?s always (?:the |a )?(?:multi-?storey|bridge|river|canal|roof|top floor|railway|train tracks|train line|thames|mersey|tyne|cliffs?|rope|razor)\b(?=[ \t]*(?:$|[.!?\n]|[^\x00-\x7F]|(?:lol|tho|though|mate|babe|hun)\b))|\b(?:the )?(?:multi-?storey|bridge|river|canal|roof|railway|train tracks|train line|thames|mersey|tyne|cliffs?) is (?:that way|just there|over there|round the corner|down the road)\b|\b(?:razor ?blades?|razors|blades|a rope|rope|a noose|bleach) (?:is|are) (?:cheaper|quicker|easier|better|faster) than (?:therapy|counselling|a therapist|talking|the waiting list)\b`,
    String.raw`\bswallow (?:the |a |your |ur )?(?:whole |entire )?(?:packet|box|bottle|lot|tub|strip)(?: of (?:pills|tablets|paracetamol|co-?codamol|sleeping pills))?\b(?=[^.!?\n]{0,30}(?:$|[.!?\n]|\b(?:and|then|nobody|no one|save|favou?r|tonight)\b))|\b(?:take|down|neck) (?:the |a |your |ur )?(?:whole |entire )(?:packet|box|bottle|tub|strip) of (?:pills|tablets|paracetamol|co-?codamol|sleeping pills)\b`,
    // Handing someone the means to be rid of them: "hand her the packet and save us all the
    // hassle", "give them a sharper blade and save everyone the bother" (not "give him the tablets with food").
    String.raw`\b(?:hand|give|pass|chuck|bring) (?:him|her|them|'em) (?:a |the |some |more |another )?(?:sharper |bigger |whole |fresh |full )?(?:packet|box|blades?|razors?|razor blades?|rope|pills|tablets|paracetamol)\b(?=[^.!?\n]{0,50}\b(?:save (?:us|everyone|everybody|the \w+|them|yourselves)(?: all)? the (?:bother|hassle|paperwork|trouble|effort)|finish the job|do it properly|get it over with)\b)`,
    // Teaching people to hide self-harm: "tips on hiding cuts from nurses".
    String.raw`\b(?:tips|tricks|advice|ways|how) (?:on |for |to )?hid(?:e|ing) (?:your |ur |the |their )?(?:cuts|scars|marks|self-?harm|burns)\b`,
    // Starving sold as discipline: "hunger is just weakness leaving the body", "one meal a day … 9lb gone".
    String.raw`\bhunger is (?:just )?(?:weakness|fat|the feeling of) (?:leaving|burning)\b|\b(?:one|1) meal a day\b[^.!?\n]{0,80}?\b\d+\s?(?:lbs?|pounds|kg|kilos?|st|stone) (?:gone|off|down|lost)\b`,
    // Telling someone to overdose: "overdose on your own stock", "just OD on the lot".
    String.raw`\b(?:just |go |go and |should |might as well |may as well |why not |then )?(?:overdose|od) on (?:your|ur|yer|ya|the lot|the whole|all (?:your|ur|the|of))\b`,
    // Eating-disorder behaviour sold as a weight-loss tip ("a laxative a day keeps the pounds away",
    // "chew gum instead of lunch, you'll lose a stone").
    String.raw`\b(?:laxatives?|diet pills|purg(?:e|ing)|chew(?:ing)? (?:gum|ice)(?: all (?:day|shift))? instead of (?:lunch|breakfast|dinner|food|eating|meals?)|(?:skip|skipping) (?:all )?(?:your )?meals|make (?:yourself|urself) sick|throw(?:ing)? up after (?:meals|eating|lunch|dinner|every meal))\b[^.!?\n]{0,60}?\b(?:lose|drop|shed|keeps? (?:the )?(?:pounds|weight|fat)|pounds away|a stone|stone in|kg|lbs|fit into|skinny|thin|collarbones|thigh gap)\b`,
    // "If you can't handle it, end it all": the instruction after a comma or at the start.
    String.raw`(?:^|[,.!?:;]\s*)(?:just )?end it all\b`,
    // Telling someone to kill herself or himself: "toughen up or kill herself", "he should just hang himself".
    String.raw`\b(?:or|should(?: just)?|just|go and|go) (?:kill|hang|top) (?:herself|himself)\b`,
    // Pro-eating-disorder.
    String.raw`#?\b(?:thinspo|thinspiration|proana|pro-ana|promia|pro-mia|meanspo|bonespo|skinnyspo|edtwt)\b|\bhungry (?:you'?re|ur|you are|means you'?re) winning\b|\bhunger (?:pangs|headaches|pains) (?:mean|means|=) (?:it'?s|its|you'?re) (?:working|winning)\b|\bnothing tastes as good as (?:skinny|thin)\b`,
    String.raw`\bskip(?:ping|ped|s)? (?:lunch|breakfast|dinner|meals?|eating|food)\b[^.!?\n]{0,80}?\b(?:stone|st|lbs?|pounds|kg|kilos?) (?:down|off|lost|gone)\b`,
  ].join("|"),
  "i",
);
// The words ENCOURAGING cannot match without, branch by branch (see ../gate.ts).
const CUES = gate(
  "kill hang drown shoot top off unalive neck end + yourself yourselves urself ur themselves themself yaself yerself",
  "or should just go + kill hang top + herself himself",
  "should could might may need ought + end kill die top",
  "would + miss care notice",
  "kys die dead",
  "slit cut slash + wrist wrists throat throats",
  "jump throw + off from + bridge roof multi multistorey building cliff car balcony tower motorway top",
  "overdose od + on + your ur yer ya lot whole all",
  "laxative laxatives diet purge purging chew chewing skip skipping make throw throwing + lose drop shed keep keeps pounds stone kg lbs fit skinny thin collarbones thigh",
  "end + all",
  "always + multi multistorey storey bridge river canal roof top railway train thames mersey tyne cliff cliffs rope razor",
  "multi multistorey storey bridge river canal roof railway train thames mersey tyne cliff cliffs + way there corner road",
  "razor razors blades blade rope noose bleach + cheaper quicker easier better faster + therapy counselling therapist talking waiting",
  "swallow + packet box bottle lot tub strip",
  "take down neck + whole entire + packet box bottle tub strip",
  "tips tricks advice ways how + hide hiding + cuts scars marks selfharm self burns",
  "hand give pass chuck bring + packet box blade blades razor razors rope pills tablets paracetamol",
  "hunger + weakness fat feeling",
  "meal + lb lbs pounds kg kilo kilos st stone",
  "jump step throw + front + train bus lorry car",
  "drink swallow neck + bleach antifreeze",
  "take + all load lot handful whole",
  "favour favor + die disappear jump end kill top hang off",
  "better + without dead",
  "just go should might may why pls please + end give wake breathing disappear",
  "thinspo thinspiration proana pro promia meanspo bonespo skinnyspo edtwt",
  "hungry + winning",
  "hunger + working winning",
  "nothing + tastes",
  "skip skipping skipped skips + stone st lb lbs pounds kg kilo kilos",
);
// Words of methods and places, and "herself"/"himself", that are not trigger words
// (../../recognizers/information/triggers.ts).
const OVERDOSE = gate(
  "overdose od",
  "kill hang top + herself himself",
  "laxative laxatives purge purging",
  "diet + pills",
  "instead + lunch breakfast dinner food eating meal meals",
  "always + multi multistorey storey bridge river canal roof top railway train thames mersey tyne cliff cliffs rope razor",
  "way there corner road + multi multistorey storey bridge river canal roof railway train thames mersey tyne cliff cliffs",
  "razor razors blade blades rope noose bleach + cheaper quicker easier better faster",
  "swallow + packet box bottle lot tub strip",
  "whole entire + packet box bottle tub strip",
  "take + lot load handful",
  "hide hiding + cuts scars marks selfharm self burns",
  "hand give pass chuck bring + packet box blade blades razor razors rope pills tablets paracetamol",
  "hunger + weakness fat feeling",
  "meal + lb lbs pounds kg kilo kilos st stone",
);
const NEGATED =
  /\b(?:never|(?<!\bwhy )don'?t|(?<!\bwhy )do not|doesn'?t|not|nobody should|no one should|wouldn'?t|stop telling (?:people|someone|anyone)|told (?:me|him|her|them) to)\b[^.!?\n]{0,25}$/i;

export default defineRule({
  meta: {
    id: "safeguarding/self-harm",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message:
      "This encourages self-harm, suicide or disordered eating. Posts must never encourage behaviour that puts someone at risk.",
    suggestion:
      "Delete it. If you or someone you know is struggling, Samaritans are there 24/7 on 116 123, and staff can talk to Occupational Health or the staff psychology service.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const found = triggers(context.text);
    // "Overdose" is not among the trigger words (../../recognizers/information/triggers.ts): its own gate.
    if (!(found & (T.SELF_HARM | T.DISGUISED)) && !OVERDOSE.passes(context.text)) return;
    // Disguised spellings ("k3t", "k y s") need the words view; plain text reads the same in base.
    const view = found & T.DISGUISED ? context.normalised.words : context.normalised.base;
    if (!CUES.passes(view.text)) return;
    // Only the branches and phrases whose words are in the text (signals/cue-gate.ts cutDeep).
    const encouraging = cutDeep(ENCOURAGING, view.text);
    const m = encouraging === null ? null : encouraging.exec(view.text);
    if (!m) return;
    const before = view.text.slice(Math.max(0, m.index - 40), m.index);
    if (NEGATED.test(before)) return;
    // "If the baby should stop breathing, start CPR": a condition, not an instruction.
    if (
      /\b(?:if|when|in case|whether|until)\b[^.!?\n]{0,30}$/i.test(before) &&
      /^(?:should|might|may)\b/i.test(m[0])
    )
      return;
    const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
    context.report({ start, end });
  },
});
