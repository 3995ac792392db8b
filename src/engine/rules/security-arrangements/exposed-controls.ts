// Controls that exist on paper but not in practice, told in passing: one key or code for every
// door, a drugs fridge with no lock, an alarm switched off or wired to nothing, a PIN written on
// the card, the security office left empty, a system nobody patches. CLH-SMP §4.1: staff must
// not share how security or risk management is arranged, and a gap is the most useful detail to
// someone with bad intent. weaknesses.ts reads doors that don't lock and checks nobody makes;
// this rule reads the other shapes. Reminders and advice ("please don't leave the trolley
// unlocked") are let through.
import { guard, type Guarded } from "../gate.js";
import { defineRule } from "../rule.js";

// The words of a cash run's when or who: "every Friday", "one volunteer", "on his own".
const WHEN_CASH = "every one his her foot refilled collected moved";
// Each shape behind the words it cannot match without (see ../gate.ts).
const SHAPES: { how: string; re: Guarded }[] = [
  {
    how: "one key, code or password opens everything",
    re: guard(
      /\b(?:same|one|single|universal|master|standard|generic|shared)\s+(?:[\w-]+\s+){0,2}?(?:keys?|codes?|passwords?|pins?|unlock patterns?|smartcards?|swipe cards?|access cards?|fobs?|tokens?|combinations?)\b[^.!?\n]{0,50}?\b(?:for (?:all|every|each|the whole|both)|on (?:all|every|each|both)|as (?:the|our|their|its|his|her)\b|opens? (?:every|all|each|any)|works? on (?:every|all|any)|across (?:all|every|the)|every (?:door|ward|room|building|office|locker)|all (?:\d+|twelve|ten|eight|the)\b)|\b(?:code|password|pin|key|combination|log-?in)s?\s+(?:is|are|was)\s+(?:the\s+)?same\s+(?:as|for|on)\b|\b(?:all|every|each)\b[^.!?\n]{0,40}?\b(?:open|opens|unlock|unlocks|work|works) with (?:the )?same\b|\b(?:share|shares|sharing|shared)\s+(?:one|a|the same|a single|1)\s+(?:[\w-]+\s+){0,2}?(?:password|smartcard|token|pin|fuel card|swipe card)\b/i,
      "same one single universal master standard generic shared + key keys code codes password passwords pin pins pattern patterns smartcard smartcards card cards fob fobs token tokens combination combinations",
      "code codes password passwords pin pins key keys combination combinations login logins log + same",
      "all every each + same",
      "share shares sharing shared + password smartcard token pin card",
    ),
  },
  {
    how: "something that should be locked is not",
    re: guard(
      /\bunlocked (?:top |bottom |little |metal |grey |plastic )?(?:drawers?|fridges?|cupboards?|cabinets?|boxe?s?|stores?|rooms?|trolleys?|cages?|doors?|hatch|safe)\b|\b(?:has|with|there'?s|there is) no (?:lock|padlock)\b|\bno lock on\b|\b(?:cds?|controlled drugs?|drugs?|meds|medicines?|methadone|fentanyl|ketamine|midazolam|morphine|oramorph|insulin|potassium|vaccines?|fridges?|trolleys?|cabinets?|cupboards?|drawers?|stores?|cages?|compound|records|keys?|cylinders|blades|scalpels|sharps|smartcards?|laptops?|hard drives?|hatch)\b[^.!?\n]{0,50}?\b(?:(?:is|are|was|were|been|left|stays?) (?:left )?unlocked|no lock|not locked|never locked|isn'?t locked|aren'?t locked|without a lock|hanging open|(?:been|left|is|are|stays?|sits?) (?:wide )?open (?:all (?:day|night)|since|for (?:weeks|months|days|\d+)|overnight))\b/i,
      "unlocked + drawer drawers fridge fridges cupboard cupboards cabinet cabinets box boxes boxs store stores room rooms trolley trolleys cage cages door doors hatch safe",
      "has with there + no + lock padlock",
      "no + lock + on",
      "cd cds controlled drug drugs meds medicine medicines methadone fentanyl ketamine midazolam morphine oramorph insulin potassium vaccine vaccines fridge fridges trolley trolleys cabinet cabinets cupboard cupboards drawer drawers store stores cage cages compound records key keys cylinders blades scalpels sharps smartcard smartcards laptop laptops hard hatch" +
        " + unlocked lock locked hanging open",
    ),
  },
  {
    how: "an alarm, camera or other control switched off or connected to nothing",
    re: guard(
      /\b(?<!(?:speed|freezer|fridge|falls|bed|chair|pressure|fire) )(?:alarms?|cctv|cameras?|sensors?|tags?|tag system|intercoms?|panic (?:alarms?|buttons?|strips?)|maglocks?|trackers?|body ?cams?|lone work(?:er|ing) (?:alarms?|app|badges?|devices?|check-?in(?: line)?)|door release|swipe system|access system|lockdown (?:button|alert|system)|mfa|2fa|usb blocking)\b[^.!?\n]{0,60}?\b(?:switched off|turned off|been off|(?:is|are|was|were) off|disconnected|not connected|never been connected|not (?:been )?wired|goes nowhere|go nowhere|out for repair|(?:not|never) (?:been )?(?:charged|tested)|haven'?t been (?:charged|tested|fixed|replaced)|hasn'?t been (?:charged|tested|fixed|connected|replaced)|defaults? to open|pointing at|no signal|doesn'?t (?:call out|alert|go to|ring)|isn'?t monitored|not monitored|unmonitored|test mode|(?:off|down|dead|flat|broken|faulty) (?:since|for (?:a|two|three|\d+|weeks|months|the))|been (?:dead|flat|broken|faulty|down) (?:since|for)|does nothing|do nothing|unencrypted)\b/i,
      "alarm alarms cctv camera cameras sensor sensors tag tags intercom intercoms panic maglock maglocks tracker trackers body bodycam bodycams cam cams lone door swipe access lockdown mfa 2fa usb" +
        " + switched turned off disconnected connected wired nowhere repair charged tested fixed replaced open pointing signal call alert go ring monitored unmonitored test since for nothing unencrypted",
    ),
  },
  {
    how: "a PIN, code or key left where anyone can find it",
    re: guard(
      /\b(?:pins?|passwords?|passcodes?|codes?|combinations?)\b[^.!?\n]{0,40}?\b(?:on a (?:sticker|label|post-?it|sticky note)|(?:written|printed|scribbled) (?:on|in)|taped (?:to|inside|under|on)|on the back of|on the underside|in (?:sharpie|marker|biro|pen)\b)|\bkeys?\b[^.!?\n]{0,30}?\b(?:taped to|on a (?:hook|nail|string)|hangs on|under (?:a|the) (?:coat|mat|plant pot|pot))\b/i,
      "pin pins password passwords passcode passcodes code codes combination combinations + sticker label post postit sticky written printed scribbled taped back underside sharpie marker biro pen",
      "key keys + taped hook nail string hangs coat mat pot",
    ),
  },
  {
    how: "when security is short or not there",
    re: guard(
      /\b(?:security|guards?|officers?|control room|security (?:office|hut|post|desk)|front desk|main desk|switchboard)\b[^.!?\n]{0,40}?\b(?:down to (?:one|two|1|2)|(?:is|'s|are|sits?|left) (?:completely |totally )?(?:empty|unmanned|unstaffed)|nobody'?s? (?:on|in|watching|at)|no-?one'?s? (?:on|in|watching|at))\b|\b(?:no|only (?:one|two|1|2)|just (?:one|two|1|2)|one) (?:night )?(?:security|officers?|guards?)(?: (?:officers?|guards?|cover|staff))?\b[^.!?\n]{0,30}?\b(?:cover|covers|this week|tonight|for the whole|for \d+|on site|overnight|at night|on nights)\b/i,
      "security guard guards officer officers control desk switchboard + down empty unmanned unstaffed nobody noone no",
      "no only just one + security officer officers guard guards + cover covers week tonight whole for site overnight night nights",
    ),
  },
  {
    how: "an IT system left open or unpatched",
    re: guard(
      /\b(?:hasn'?t|haven'?t|not|never|still not)\s+(?:been\s+)?patched\b|\b(?:no|hasn'?t had a|hasn'?t had any|without) security updates?\b|\bopen to (?:anyone|every(?:one|body)?) (?:on the network|with (?:a|an|any)|nearby)\b|\bopen to every login\b|\b(?:with|has|have|had) no (?:password|pin|mfa|2fa|log-?in)\b(?! (?:needed|required))|\bfull admin rights\b|\bauto-?forward(?:s|ing|ed)?\b|\bon the open internet\b|\bset to public\b|\bnever logs? out\b|\bstays? logged in\b|\bsame temporary password\b/i,
      "patched",
      "security + update updates",
      "open + anyone everyone everybody every",
      "no + password pin mfa 2fa login log",
      "admin + rights",
      "autoforward autoforwards autoforwarding autoforwarded forward forwards forwarding forwarded",
      "open + internet",
      "public + set",
      "never + log logs",
      "logged + stay stays",
      "temporary + password",
    ),
  },
  {
    how: "a way in without the badge, code or password",
    re: guard(
      /\b(?:doesn'?t|don'?t|does not|do not|won'?t) (?:need|require|check) (?:a |your |any |the )?(?:swipe|badge|pin|password|passcode|code|log-?in|id|key|fob)s?\b|\bopens? for (?:any|every) (?:badge|card|fob|car|one)\b|\bany (?:badge|card|fob|swipe card|smartcard) (?:works|opens|will do)\b|\blets? (?:anyone|anybody|everyone) in (?:who|if|through|without|at|after|before)\b|\bbuzz(?:es)? (?:in )?(?:whoever|anyone|anybody)(?: in)?\b|\banyone (?:can|could) (?:walk|get|wander|stroll|let themselves) (?:straight |right )?in(?:to)?\b|\b(?:walk|wander|stroll) (?:straight|right) (?:in|through)\b/i,
      "doesn doesnt don dont does do won wont + need require check + swipe badge badges pin pins password passwords passcode passcodes code codes login logins log id ids key keys fob fobs",
      "opens open + any every + badge card fob car one",
      "any + badge card fob swipe smartcard + works opens will",
      "let lets + anyone anybody everyone + who if through without at after before",
      "buzz buzzes + whoever anyone anybody",
      "anyone + can could + walk get wander stroll let",
      "walk wander stroll + straight right",
    ),
  },
  {
    how: "logins left at their defaults or signed in for anyone",
    re: guard(
      /\bdefault (?:admin )?(?:password|log-?in|pin|code)s?\b|\badmin\/admin\b|\b(?:log-?ins?|passwords?|pins?) default to\b|\bremembers the last person'?s (?:log-?in|password|account)\b|\bauto(?:matically)? ?logs? (?:in|on)\b|\blogs? everyone'?s? in\b|\b(?:never|nobody ever|no one ever|never been) changed (?:it|theirs|the (?:default|password|code|pin))\b/i,
      "default + password passwords login logins log pin pins code codes",
      "admin",
      "remembers + login log password account",
      "auto automatically autolog autologs + log logs in on",
      "log logs + everyone",
      "changed + it theirs default password code pin",
    ),
  },
  {
    how: "checks done by one person or hardly ever",
    re: guard(
      /\bno second (?:check|signature|person|nurse|officer|member of staff|staff member|checker)\b|\bsecond[- ]person check\b|\b(?:checked|counted|audited|reconciled|tested) (?:once|twice) a (?:week|month|year)\b|\bnobody (?:ever )?reconciles\b|\bone (?:nurse|person|officer) ticking\b/i,
      "second + check signature person nurse officer member staff checker",
      "checked counted audited reconciled tested + once twice",
      "nobody + reconciles",
      "one + ticking",
    ),
  },
  {
    how: "an override left on or its code given away",
    re: guard(
      /\b(?:on|in) (?:manual )?override (?:since|for|all)\b|\bengineer (?:code|key|mode)\b|\bmaintenance mode\b|\boverride (?:key|code) (?:is|for|lives|hangs|kept)\b/i,
      "override + since for all is lives hangs kept",
      "engineer + code key mode",
      "maintenance + mode",
    ),
  },
  {
    how: "a code or password anyone could guess",
    re: guard(
      /\b(?<!\b(?:dress|promo|discount|voucher|qr|bar|zip|post|area|tax|source|colou?r|crash) )(?:codes?(?! of\b)|passwords?|pins?|log-?ins?)\b[^.!?\n]{0,30}?\b(?:is|are|'s)\s+(?:just\s+|still\s+|literally\s+)?(?:the|his|her|their|our|your|its|my)\s+(?:[\w'-]+\s+){0,3}?(?:birthday|birth ?date|date of birth|postcode|year|name|extension|callsign|initials|surname|number plate|reg)\b/i,
      "code codes password passwords pin pins login logins log + birthday birth birthdate postcode year name extension callsign initials surname plate reg",
    ),
  },
  {
    how: "a way in without the badge, code or password",
    re: guard(
      /\b(?:opens?|pops? open|comes? open|gives?)\b[^.!?\n]{0,20}?\bwithout (?:a |your |any )?(?:card|badge|swipe|code|key|fob|pass)\b|\b(?:kick|push|pull|shove|yank|lift|jiggle)\b[^.!?\n]{0,30}?\b(?:hard|good|firmly)\b[^.!?\n]{0,15}?\b(?:and it (?:pops|opens|gives|comes)|pops open|springs open)\b|\b(?:badges?|cards?|passes|log-?ins?|accounts?|access|fobs?|smartcards?)\b[^.!?\n]{0,40}?\b(?:don'?t|doesn'?t|aren'?t|isn'?t|never|not) (?:get |been )?(?:deactivated|cancelled|disabled|switched off|removed|revoked)\b|\b(?:badge|card|swipe card|pass|fob|key|log-?in)\b[^.!?\n]{0,40}?\bstill (?:opens|works on|gets (?:me|you|him|her|them) into|lets (?:me|you|him|her|them) (?:in|into))\b/i,
      "open opens pop pops come comes give gives + without + card badge swipe code key fob pass",
      "kick push pull shove yank lift jiggle + hard good firmly + pops opens gives comes springs",
      "badge badges card cards passes login logins log accounts account access fob fobs smartcard smartcards + deactivated cancelled disabled switched removed revoked",
      "badge card pass fob key login log + still + opens works gets lets",
    ),
  },
  {
    how: "a code or password that never changes or anyone could guess",
    re: guard(
      /\b(?:codes?|combos?|combinations?|passwords?|pins?|locks?)\b[^.!?\n]{0,40}?\b(?:hasn'?t|haven'?t|has not|have not|never|not) (?:been )?changed\b|\b(?:combos?|combinations?)\b[^.!?\n]{0,30}?\b(?:is|are|'s)\s+(?:just\s+|still\s+)?(?:the|his|her|their|our)\s+(?:[\w'-]+\s+){0,3}?(?:birthday|postcode|year|name|extension|number)\b|\bused to (?:just )?be the (?:ward|room|bed|phone|door) (?:number|extension)\b/i,
      "code codes combo combos combination combinations password passwords pin pins lock locks + changed",
      "combo combos combination combinations + birthday postcode year name extension number",
      "used + ward room bed phone door + number extension",
    ),
  },
  {
    how: "an alarm, camera or other control switched off or connected to nothing",
    re: guard(
      /\b(?:disabled|switched off|turned off|deactivated)\s+(?:the\s+)?(?:mfa|2fa|multi-?factor|usb blocking|alarms?|cctv|cameras?|second-?person check|tagging|lockdown)\b|\b(?:no|without|doesn'?t have|don'?t have) (?:mfa|2fa|multi-?factor)\b|\bsame network as\b/i,
      "disabled switched turned deactivated + mfa 2fa multi multifactor factor usb alarm alarms cctv camera cameras second secondperson tagging lockdown",
      "no without have + mfa 2fa multi multifactor",
      "same + network",
    ),
  },
  {
    how: "drugs, records or keys left where anyone can get at them",
    re: guard(
      /\b(?:methadone|cds|controlled drugs|drugs|medicines|vaccines|samples|specimens|notes|records|fp10s?|prescriptions|oxycodone|fentanyl|morphine|hard drives|smartcards?|master keys?|radios|footage|usb stick|scalpel blades|blades|cylinders|drugs bag)\b[^.!?\n]{0,60}?\b(?:unattended|on (?:the|an) (?:open )?(?:counter|shelf|doorstep)|in (?:a|the) public corridor|in the corridor|in a (?:cardboard box|carrier bag|plastic tub|open tray|tray|bum bag|pot)|open onto (?:the )?public|in the open (?:reception|office)|unencrypted|in the boot|in the readers?)\b/i,
      "methadone cds controlled drugs medicines vaccines samples specimens notes records fp10 fp10s prescriptions oxycodone fentanyl morphine hard smartcard smartcards master radios footage usb blades cylinders" +
        " + unattended counter shelf doorstep corridor cardboard carrier plastic tray bum pot public open unencrypted boot reader readers",
    ),
  },
  {
    how: "a PIN, code or key left where anyone can find it",
    re: guard(
      /\bwith the keys? in(?: it| the (?:lock|door|ignition))?\b|\bkeys? (?:left )?in the (?:lock|door)\b/i,
      "key keys + in",
    ),
  },
  {
    how: "a password or code passed round where anyone can see it",
    re: guard(
      /\b(?:passwords?|log-?ins?|codes?|tokens?|pins?)\b[^.!?\n]{0,60}?\b(?<!\bnot (?:the |on |in )?)(?:on whatsapp|in a whatsapp|whatsapp group|teams channel|all-staff|email signature|group chat|sticky note|read (?:it|my password) out|shout(?:ed|s)? it|on the radio)\b|\b(?:shout|read|post|posts|send|sends) (?:it|them|the (?:code|password|passwords|pin))\b[^.!?\n]{0,40}?\b(?:across the office|down the corridor|out over the phone|all-staff|on whatsapp|teams channel)\b/i,
      "password passwords login logins log code codes token tokens pin pins + whatsapp teams staff signature chat sticky read shout shouted shouts radio",
      "shout read post posts send sends + office corridor phone staff whatsapp teams",
    ),
  },
  {
    how: "a control nobody watches",
    re: guard(
      /\b(?:nobody|no one|no-one)(?:'s| is)? (?:ever |actually |really )?(?:looks? at|looking at|listens? to|watching|watches|walks the|answers)\b[^.!?\n]{0,30}?\b(?:screens?|cameras?|cctv|monitors?|voicemails?|alarms?|corridor|book|register|sign-?in|check-?ins?|radio)\b/i,
      "nobody no noone + look looks looking listen listens watching watches walks answers + screen screens camera cameras cctv monitor monitors voicemail voicemails alarm alarms corridor book register sign signin check checkin checkins radio",
    ),
  },
  {
    how: "requests acted on with no check",
    re: guard(
      /\bno (?:call[- ]?back|id check|verification)\b|\bno restrictions(?=[ \t]*(?:[.,!\n]|$))|\bno check it'?s\b/i,
      "no + call callback id verification restrictions check",
    ),
  },
  {
    how: "something that should be locked is not",
    re: guard(
      /\b(?:wedged?|wedging|propped|props?|held)\b[^.!?\n]{0,40}?\b(?<!fire )(?:doors?|windows?|gates?)\b[^.!?\n]{0,30}?\b(?:open|with a (?:fire extinguisher|chair|bin|wedge|brick))\b|\b(?<!fire )(?:doors?|windows?|gates?)\b[^.!?\n]{0,30}?\b(?:props?|propped|wedged?) open\b|\b(?:boarded (?:up )?with cardboard|held shut with tape|pop out with a)\b/i,
      "wedge wedged wedging propped prop props held + door doors window windows gate gates + open extinguisher chair bin wedge brick",
      "boarded + cardboard",
      "held + tape",
      "pop + out",
    ),
  },
  {
    how: "keys to locked things handed to anyone",
    re: guard(
      /\b(?:master|drug|drugs|cd|medicine cabinet|safe|meds room) keys?\b[^.!?\n]{0,60}?\b(?:home|contractors|housekeeping|cleaners|agency|visitors|hcas?|copies|bum bag|van|whoever|anyone)\b|\bkeys? to whoever\b|\b(?:hcas?|cleaners|housekeeping|contractors|agency (?:staff|cleaners)|volunteers) (?:hold|holds|have|get|keep) (?:the )?(?:keys|master key|drug keys|cd keys|one)\b/i,
      "master drug drugs cd cabinet safe room + key keys + home contractors housekeeping cleaners agency visitors hca hcas copies bum van whoever anyone",
      "key keys + whoever",
      "hca hcas cleaners housekeeping contractors agency volunteers + hold holds have get keep + keys key one",
    ),
  },
  {
    how: "when security is short or not there",
    re: guard(
      /\b(?:security(?: officers?| guards?| cover| post)?|officers?|guards?|porters?|cctv operator|dog handler|response team|second (?:staff member|member of staff))\b[^.!?\n]{0,40}?\b(?:is also (?:the|on|doing)|also does|also covers|only comes (?:on|in)|isn'?t there|aren'?t there|(?:been )?pulled to|covers? (?:both|three|two|all|every)|(?:is|'s) (?:a receptionist|an? \w+ in (?:a )?hi-?vis)|asleep in)\b|\bno (?:response team|security (?:cover|officer|guard)s?)\b/i,
      "security officer officers guard guards porter porters cctv dog response second + also only isn isnt there aren arent pulled cover covers receptionist hi hivis vis asleep",
      "no + response security + team cover officer officers guard guards",
    ),
  },
  {
    how: "when and how cash is moved",
    re: guard(
      /\b(?:takings|banking run|cash collection|cash machine|petty cash|cash office|move the cash|moves the cash|the cash from)\b[^\n]{0,80}?\b(?:every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning)|one (?:guy|bloke|admin|volunteer|person)|on (?:his|her) own|on foot|(?:refilled|collected|moved) at \d)\b/i,
      `takings + ${WHEN_CASH}`,
      `banking + run + ${WHEN_CASH}`,
      `cash + collection machine petty office move moves from + ${WHEN_CASH}`,
    ),
  },
  {
    how: "an IT system anyone can get into",
    re: guard(
      /\b(?:anyone|anybody|whoever'?s logged in|whoever is logged in)\b[^.!?\n]{0,40}?\bcan (?:install|see|watch|read|open|sign|send|access|view|change|log ?in(?:to)?|get into|look at|reprint|listen)\b[^.!?\n]{0,40}?\b(?:anyone'?s|anything|any (?:record|prescriber|consultant|pc|patient|email|screen|file)|every (?:record|file|truck|patient)|the last \d+)\b|\blets? (?:anyone|you|bank staff|visitors)\b[^.!?\n]{0,40}?\b(?:see|send|access|view|change|reset)\b[^.!?\n]{0,20}?\b(?:anyone'?s|as any)\b|\b(?:don'?t|doesn'?t|do not|does not) encrypt\b|\bnot managed by it\b/i,
      "anyone anybody whoever + can + install see watch read open sign send access view change log login get look reprint listen + anyone anything any every last",
      "let lets + anyone you bank visitors + see send access view change reset + anyone as",
      "encrypt",
      "managed",
    ),
  },
];
// Reminders and advice: "Please don't leave the trolley unlocked", "never write your password on a
// Post-it".
const ADVICE =
  /\b(?:please (?:don'?t|do not|make sure|remember|lock|stop)|(?:stop|quit) (?:asking for|sharing|posting|putting)|reminder|(?:never|don'?t|do not) (?:leave|write|share|stick|keep|give|post|tell|wedge|prop)|must never|always lock|make sure)\b/i;

export default defineRule({
  meta: {
    id: "security-arrangements/exposed-controls",
    category: "security-arrangements",
    severity: "block",
    clauses: ["CLH-SMP §4.1"],
    message:
      "This post gives away how security is arranged, or where it fails: {{how}}. That is exactly what someone with bad intent looks for.",
    suggestion:
      "Delete the detail from the post and report the gap to Security, Estates or IT, or through the incident reporting system, so it gets fixed.",
  },
  check(context) {
    const view = context.normalised.base;
    const t = view.text;
    for (const { how, re } of SHAPES) {
      const m = re.exec(t);
      if (!m) continue;
      if (ADVICE.test(t)) return;
      const { start, end } = view.toOriginal(m.index, m.index + m[0].length);
      context.report({ start, end, data: { how } });
      return;
    }
  },
});
