// Sedating patients or residents for the staff's convenience ("give her an extra lorazepam and
// you'll have a quiet night", "dose the wanderers up with promethazine, trick of the trade"):
// chemical restraint of adults at risk, passed on as a tip. CCC-SMP §7.3.13: posts must not
// encourage behaviour linked to safeguarding issues. A clinical note of a prescribed dose, and
// posts condemning the practice, are not reported.
import { gate } from "../gate.js";
import { defineRule } from "../rule.js";

// A sedative, or the act of sedating someone.
const SEDATE =
  /\b(?:zopiclone|zolpidem|lorazepam|diazepam|valium|temazepam|promethazine|phenergan|haloperidol|haldol|midazolam|oramorph|morphine|quetiapine|olanzapine|risperidone|sleeping (?:pills|tablets)|sleepers|sedatives?|sedation|sedate|sedated|sedating|knock (?:him|her|them|'em) out|dose (?:him|her|them|'em|the [a-z]+(?: [a-z]+)?) up|doped? (?:him|her|them|'em) up|chemical cosh)\b/i;
// What the staff get out of it.
const OUTCOME =
  /\b(?:(?:a |some )?quiet (?:night|shift|one|life|weekend|nights|shifts)|(?:some |a bit of |get )peace(?: and quiet)?|peace at last|settles? (?:right |straight )?down|sleep (?:till|until) (?:morning|handover|breakfast)|shut (?:him|her|them|'em) up|sleep (?:all night|through (?:the night|till|until))|won'?t (?:bother|wake|buzz|ring|shout|wander|press)|no more (?:buzzers?|bells?|shouting|wandering)|keeps? (?:him|her|them|'em) (?:quiet|down|in bed)|out (?:like a light|for the count) (?:till|until|all))\b/i;
// Passed on as advice: a tip, an instruction, a promise of the result.
const ADVICE =
  /\b(?:just (?:give|dose|slip|pop|top)|tip|tips|trick|hack|you'?ll|we'?ll|u'?ll|y'?all'?ll|works every time|never fails|secret)\b|(?:^|[.!?\n]\s*)(?:give|dose|slip|pop|top) /i;
// Condemning or reporting it, or warning against it.
const AGAINST =
  /\b(?:chemical restraint|never|don'?t|do not|abuse|abusive|safeguarding|cqc|report(?:ed|ing)?|struck off|investigat\w+|inquiry|scandal|disgust\w*|disgrace\w*|appalling|illegal|unlawful|whistle\w*)\b/i;
// The words SEDATE and OUTCOME cannot match without (see ../gate.ts).
const CUES = gate(
  "zopiclone zolpidem lorazepam diazepam valium temazepam promethazine phenergan haloperidol haldol midazolam oramorph morphine quetiapine olanzapine risperidone sleeping sleepers sedative sedatives sedation sedate sedated sedating knock dose doped dope cosh" +
    " + quiet peace shut sleep bother wake buzz ring shout wander press buzzer buzzers bell bells shouting wandering keep keeps like count settle settles",
);

export default defineRule({
  meta: {
    id: "safeguarding/sedating",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message:
      "This encourages sedating patients or residents for the staff's convenience (“{{detail}}”): chemical restraint is abuse of an adult at risk.",
    suggestion:
      "Delete it. Medicines are given as prescribed and for the patient's benefit; raise concerns about sedation with the safeguarding team.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const t = context.normalised.base.text;
    if (!CUES.passes(t)) return;
    const sedate = SEDATE.exec(t);
    if (!sedate || !OUTCOME.test(t) || !ADVICE.test(t) || AGAINST.test(t)) return;
    const { start, end } = context.normalised.base.toOriginal(
      sedate.index,
      sedate.index + sedate[0].length,
    );
    context.report({ start, end, data: { detail: context.text.slice(start, end) } });
  },
});
