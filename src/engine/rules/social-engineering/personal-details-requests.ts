// An inbound message asking for a specific person's details, results or whereabouts: a staff
// member's home address, mobile or shift times, which ward a doctor is on, a patient's name or
// NHS number. However plausible the sender ("I'm her brother", "the coroner's office"), these
// go through verified channels, never a social media reply. CLH-SMP App. 2 (8–10); MTW-SMP
// blagging tips 1–3; CCC-SMP App. 1 (12–14).
import { defineRule } from "../rule.js";
import { requestSentences } from "./requests.js";

// The details asked for.
const DETAIL = new RegExp(
  [
    String.raw`\bhome address\b|\bwhere (?:he|she|they|him|her) (?:lives?|live now|stays?|is staying)\b|\b(?:his|her|their) (?:home |house |email |e-mail )?(?:address|number|mobile|phone(?: number)?|email|e-mail|details|surname|full name|name|facebook|instagram|insta|snap(?:chat)?|socials|shifts?|rota|hours|whereabouts|results?)\b`,
    String.raw`\b(?:mobile|phone|contact|personal|direct|home) (?:number|no\.?|details)\b|\bfull names?\b|\bsurnames?\b|\bnhs numbers?\b|\bdates? of birth\b|\bdob\b|\b(?:test |blood |scan )?results\b`,
    String.raw`\b(?:which|what) (?:ward|department|unit|bay|room|bed|clinic|hospital|shift|site|team)s? (?:is|was|does|are|he|she|they|he's|she's|they're|my|dr|nurse)\b|\bstill (?:work|works|working) (?:on|at|in|for|with|there)\b|\bstill (?:on|in|at) (?:ward|the ward|a&e|ed|icu|itu|the hospital)\b|\b(?:is|are) (?:he|she|they|dr \w+|nurse \w+|sister \w+) (?:on|in|working|about|around|on shift|on duty) (?:today|tonight|tomorrow|this week|now|at the moment)\b|\b(?:working|on (?:shift|duty)|in work|on nights|on days) (?:today|tonight|tomorrow|this week|next week|on \w+day)\b`,
    String.raw`\bshifts? (?:finish|finishes|end|ends|start|starts)\b|\bfinish(?:es)? (?:work|his shift|her shift|their shift)\b|\bwhat time (?:does|do|is|will) (?:he|she|they|his|her|their|dr|nurse)\b|\bwhen (?:is|does|will) (?:he|she|dr \w+|nurse \w+)\b[^.?!\n]{0,20}\b(?:working|in|on|back|finish)\b`,
    // Health, employment and absence records of a named person ("the diagnosis on his fit note").
    String.raw`\b(?:sick(?:ness)? (?:leave|record|absence|note)|absences?|diagnos(?:is|es|ed)|fit notes?|medical (?:records?|history|details|notes?|conditions?)|health (?:records?|conditions?|details)|(?:his|her|their|the patient'?s) (?:condition|medication)|prognosis|start(?:ed)? (?:date|his|her|their)|leaving date|salary|pay (?:details|grade|band)|disciplinar\w+|employment (?:history|records?|details)|references?|personnel (?:file|records?)|hr (?:file|records?))\b`,
    // Lists of people in the Trust's care or employ.
    String.raw`\b(?:list|names|photos|pictures|details|numbers|ages) of (?:the |all (?:the )?|your )?(?:\w+ )?(?:patients|girls|boys|kids|children|teens|teenagers|residents|staff members|members of staff|employees|babies|mums|mothers|admissions)\b|\bwho (?:is|was|'s) (?:in|on|admitted to) (?:bed|bay|room|ward|cubicle|resus)\b`,
    // How or where a particular person is: "is he still in?", "can you tell me how she's doing",
    // "has she had the baby", "what was wrong with him" (not "how is she supposed to get there").
    String.raw`\b(?:where|how) (?:is|'s|’s) (?:he|she|they|him|her|my \w+)\b(?! (?:supposed|meant|expected|allowed|going to|gonna|able)\b)|\bhow (?:he|she|they)(?:'s|’s|'re|’re| is| are) (?:doing|getting on|getting along|coping|recovering|now)\b|\bhow (?:he|she|they)(?: is| are|'s|’s|'re|’re)[ \t]*(?:[.?!]|$)|\b(?:is|was) (?:he|she|my \w+) (?:ok|okay|alright|all right|still (?:in|there|here|alive|on \w+)|in (?:surgery|theatre|resus|intensive care|icu|itu|your (?:hospital|a&e|care))|awake|conscious|alive|stable|on your \w+)\b|\bhas (?:she|he|my \w+) had (?:the|her|his|a) (?:baby|op|operation|surgery|scan|results?)\b|\bwhat (?:was|is|'s|’s) wrong with (?:him|her|them|my \w+)\b`,
    // Asked to confirm a person's presence or state: "can you tell me if my daughter was seen in
    // your A&E", "need to confirm whether a Mr Lowe is still an inpatient" (not opening times or
    // parking: "tell me if the café is open").
    String.raw`\b(?:confirm|tell (?:me|us)|let (?:me|us) know|need to know|check|find out) (?:whether|if)\b(?![^.?!\n]{0,60}\b(?:open|opening|closed|parking|visiting|car park|café|cafe|shop|bus)\b)[^.?!\n]{0,60}?\b(?:is|was|has been|had|came|attended|been|still|inpatient|on (?:duty|shift)|works?|working|moved|discharged|transferred|suspended|treated|seen|admitted|brought in|ok|okay)\b`,
    String.raw`\bwhat(?:'s| is) (?:his|her|their|the) (?:full )?name\b|\bthe name of (?:the|that|this|your)\b|\bdoes (?:she|he) do home visits\b|\b(?:been |being |be |was |is |get |gets |got )(?:discharged|admitted|brought in|transferred)\b`,
  ].join("|"),
  "i",
);
// A particular person: a pronoun, a title and name, a relative, "the man brought in".
const PERSON =
  /\b(?:he|she|him|her|his|hers|they|them|their|dr\.?|doctor|nurse|sister|matron|mr|mrs|ms|miss|midwife|consultant|physio|surgeon|porter|receptionist|the (?:man|woman|lady|gentleman|patient|boy|girl|baby|child|guy|bloke|lad|driver|cyclist|victim)|my (?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandma|grandpa|husband|wife|son|daughter|brother|sister|partner|friend|auntie|aunt|uncle|cousin|niece|nephew|boyfriend|girlfriend|fiancee?|ex|ex-wife|ex-husband|neighbour|mate|pal|flatmate|housemate|lodger|stepdad|stepmum|stepson|stepdaughter|grandson|granddaughter|father|mother|grandmother|grandfather|kid|child|baby|little boy|little girl))\b|\b(?:admin|administrator|manager|owner|colleague|staff member|member of staff|employee|paramedic|hca|healthcare assistant|ambulance crew|carer|gp|anaesthetist|radiographer|pharmacist|therapist|student)s?'?s?\b|\b(?:the|that|your) (?:\w+ ){0,2}?(?:who|that) (?:came|looked|treated|saw|helped|delivered|cared|was|did)\b|\b(?:patients?|girls|boys|kids|children|teens|teenagers|residents|employees?|babies)\b|\bwho (?:is|was|'s) (?:in|on) (?:bed|bay|room|cubicle)\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b/;
const PREFILTER =
  /whether|if|where|how|ok|okay|alright|still|surgery|hospital|care|theatre|resus|intensive|icu|itu|awake|conscious|alive|stable|baby|wrong|sick|absen|diagnos|fit note|medical|health|condition|medication|prognos|start|leaving|salary|pay|disciplin|employ|reference|personnel|hr |list|names|photos|pictures|ages|who|address|lives?|stay|number|mobile|phone|email|e-mail|details|name|facebook|insta|snap|socials|shift|rota|hours|whereabouts|results|birth|dob|which|what|still|working|duty|nights|days|finish|when|home visits|discharged|admitted|brought in|transferred|moved|update|news/i;

// News of a relative the message says is in hospital, asked for by call or text: "My grandad
// Alan Pryce is on Ward 8 ... Could someone ring me back with an update". The person is named
// in an earlier sentence, so the request need not name them.
const UPDATE_ASKED =
  /\b(?:call|ring|phone|text|message|e-?mail|get back to|contact) (?:me|us)\b[^.?!\n]{0,50}\b(?:with|for) (?:an? |any )?(?:update|news)\b|\b(?:an? |any )?(?:update|news) on (?:him|her|them|how (?:he|she|they)|my \w+)\b/i;
const RELATIVE_IN_CARE =
  /\bmy (?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandma|grandpa|husband|wife|son|daughter|brother|sister|partner|auntie|aunt|uncle|cousin|niece|nephew|father|mother|grandmother|grandfather|grandson|granddaughter|stepdad|stepmum|boyfriend|girlfriend|fiancee?)\b[^.!?\n]{0,60}?\b(?:(?:is|'s|’s|has been|have been) (?:still )?(?:on (?:ward|the \w+ ward|your \w+ ward)|in (?:ward|bay|hospital|your hospital|a&e|icu|itu|resus|intensive care))|(?:was|got|has been|'s|’s|been) (?:admitted|brought in|taken in|transferred))\b/i;

// Asking how to complain, give feedback or reach PALS about someone's care is a general question
// about a route, not a request for anyone's details.
const ASKING_THE_ROUTE =
  /\b(?:how|where|who) (?:do|can|should|would) (?:i|we)\b[^.?!\n]{0,40}\b(?:complain\w*|complaint|feedback|pals|raise|report|escalate|compliment|thank)\b/i;

// Passing on thanks to someone whose name the sender half-remembers is not asking for details.
const THANKS =
  /\b(?:thanks|thank you|thank (?:her|him|them)|pass on (?:my|our)|grateful|lovely|kind)\b/i;
const CONTACT_DETAIL =
  /\b(?:address|number|mobile|phone|e-?mail|where (?:she|he|they) (?:lives?|works?)|shifts?|rota|finish|results?|dob|date of birth|surname|full name|facebook|insta\w*|snap\w*)\b/i;

export default defineRule({
  meta: {
    id: "social-engineering/personal-details-requests",
    category: "social-engineering",
    severity: "warn",
    clauses: ["CLH-SMP App. 2 (8–12)", "MTW-SMP blagging tips", "CCC-SMP App. 1 (12–14)"],
    message:
      "This message asks for a particular person's details, results or whereabouts. Unsolicited requests like this are how blagging works, whoever the sender says they are.",
    suggestion:
      "Don't give out any details about staff or patients on social media. Reply that you can't share personal information here; relatives should call the ward or PALS, and official bodies must make a verified request through the proper channel.",
    directions: ["inbound"],
  },
  check(context) {
    if (!PREFILTER.test(context.text)) return;
    const view = context.normalised.base;
    let inCare: boolean | undefined;
    // Both UPDATE_ASKED branches need "update" or "news": asked once per message, not per sentence.
    const newsAsked = /\b(?:update|news)\b/i.test(view.text);
    for (const s of requestSentences(view)) {
      const sentence = view.text.slice(s.start, s.end);
      if (!DETAIL.test(sentence) || !PERSON.test(sentence)) {
        if (
          !newsAsked ||
          !UPDATE_ASKED.test(sentence) ||
          !(inCare ??= RELATIVE_IN_CARE.test(view.text))
        )
          continue;
      }
      if (ASKING_THE_ROUTE.test(sentence)) continue;
      if (THANKS.test(sentence) && !CONTACT_DETAIL.test(sentence)) continue;
      const { start, end } = view.toOriginal(s.start, s.end);
      context.report({ start, end });
      return;
    }
  },
});
