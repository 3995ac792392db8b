// Staff contacted by the media through social media refer it to the communications team and do
// not respond themselves (TRUST-SMP §5.6). Raised when a post answers a journalist or outlet, or
// arranges to talk to, send material to or be interviewed by one.
import { execIfMay } from "../../signals/cue-gate.js";
import { communicationsRoute, isOfficialAccount, tidy } from "../../signals/index.js";
import { MEDIA, scan } from "../../signals/lexicon.js";
import { defineRule } from "../rule.js";

// Journalists and outlets: a handle that is plainly a newsroom or reporter ("@GloucesterLive"), or
// the words for one.
const MEDIA_HANDLE =
  /@\w*(?:BBC|ITV|Sky|News|Echo|Gazette|Chronicle|Radio|Times|Mirror|Telegraph|Guardian|Herald|Journal|Express|Advertiser|Press|Reporter|Post|Mail|Argus|Standard|Observer|Independent|Channel4|C4|5News|Online|reports|investigates|HuffPost|Scotsman|STV|Newsline|Metro)\w*|@\w+(?:TV|FM)\b|@[A-Z]\w*[a-z]Live\b/i;
const MEDIA_WORDS =
  /\b(?:(?:[Hh]ealth|[Nn]ews|[Pp]olitical|[Cc]rime|[Ll]ocal|[Ff]eatures?|[Cc]onsumer|[Ss]ocial\s+affairs|[Mm]edical)\s+(?:editor|correspondent|reporter|desk|journalist)s?|(?:local|national)\s+(?:paper|newspaper|news|press|radio|TV)|[Nn]ewspapers?|[Cc]orrespondents?|[Dd]ocumentary\s+(?:team|makers?|crew)|[Jj]ournalists?|[Rr]eporters?|[Nn]ews\s?desk|[Nn]ewsroom|[Pp]ress|[Pp]roducers?|[Rr]esearchers?\s+from|[Ee]ditor\s+(?:of|at|from)|the\s+(?:[A-Z][\w'’]*\s+){0,3}(?:Echo|Gazette|Advertiser|Chronicle|Post|Mirror|Times|Herald|Mail|Sun|Express|Telegraph|Guardian|Standard|Argus|Star|Observer|Journal|Independent|Messenger)|BBC|ITV|Sky\s+News|Channel\s+[45]|GB\s?News|LBC|Radio\s+[A-Z]\w*|This\s+Morning|Good\s+Morning\s+Britain|Panorama|Newsnight|Dispatches|Mail\s+on\s+Sunday|HuffPost|(?:national|local)\s+broadcaster|\w+\s+callout)\b/;

// The author arranging contact or answering: the interaction, not the mere mention of a programme;
// answering a callout ("Replying to @X's callout: I'm …"), or sending the journalist on to others
// ("no comment from me but ask the girls on ward 9", "I can ask if she'll give you her number").
const CONTACT =
  /\b(?:DM\s+me|DMs?\s+(?:are\s+)?open|message\s+me|inbox\s+me|(?:happy|willing|glad|keen)\s+to\s+(?:talk|speak|chat|come\s+on|go\s+on|send|share|give|tell|do\s+an?\s+interview)|(?:can|could|will|I'll)\s+fill\s+(?:you|them|her|him)\s+in|(?:I'll|I\s+will|I'm\s+going\s+to|gonna|going\s+to)\s+(?:ring|call|phone|WhatsApp|send|email|e-mail|talk\s+to|speak\s+to|meet)\b|what's\s+your\s+(?:email|e-mail|number)|send\s+you\s+(?:a\s+copy|the|them|it|some|over)|WhatsApp\s+(?:them|it|you)\s+over|video\s+call|(?:phone|zoom)\s+interview|on\s+the\s+record|off\s+the\s+record|don't\s+use\s+my\s+name|I\s+can\s+confirm|correct\s+your\s+(?:article|story|piece|report)|(?:messaged|contacted|DMed|DM'd|emailed|rang|called|approached)\s+me|gave\s+me\s+(?:her|his|their)\s+number|replying\s+to\s+your\s+DM|(?:talk|speak)\s+to\s+you\s+about|put\s+(?:you|them|her|him)\s+in\s+touch|(?:happy|willing|glad|keen|able)\s+to\s+(?:explain|help|answer|pass\s+on|be\s+interviewed|go\s+on\s+record|point\s+you|steer\s+you|direct\s+you)|\byou\s+(?:might|may)\s+(?:want|wish|like)\s+to\s+(?:ask|look\s+into|dig\s+into|find\s+out|check)\b|(?:by|via|over)\s+DMs?\b|in\s+(?:the\s+|your\s+|my\s+)?DMs\b|(?:going|go|went|be|being|was|am|I'm)\s+(?:live|on\s+air|on\s+camera)\s+with|(?:just\s+)?(?:spoke|spoken|speaking|talked|talking|chatted|chatting|met|meeting)\s+(?:to|with)\s+(?:a|an|the|her|him|them|this|that)\s+(?:[\w'’-]+\s+){0,3}(?:journalist|reporter|editor|producer|researcher|correspondent|newspaper|paper|press|BBC|ITV|Sky|Channel)|told\s+(?:her|him|them)\s+(?:everything|all\s+about|what)|(?:she's|he's|they're|it's)\s+(?:running|publishing|printing|airing)\s+(?:it|the\s+story)|interview(?:ed)?\s+(?:by|with)\b|I\s+can\s+tell\s+you|if\s+you\s+want\s+(?:them|it|more|photos|details)|^\s*(?:replying\s+to\s+)?@\w+(?:['’]s\s+(?:callout|call-?out|post|request|appeal|tweet))?:?\s+(?:yes|yeah|yep|no|nope|I|I'm|I've|we|we're|we've)\b|\bno\s+comment\s+from\s+me,?\s+but\b|\b(?:ask|try|speak\s+to|talk\s+to)\s+(?:the|any\s+of\s+the)\s+(?:girls|lads|nurses|staff|porters|midwives|doctors|team)\s+(?:on|in|at|from)\b|\b(?:give|pass)\s+you\s+(?:her|his|their)\s+(?:number|details|email)\b|drop\s+me\s+a\s+(?:message|line|DM|note)|get\s+in\s+touch\s+with\s+me|(?:^\s*|[.!?]\s+|\bI\s+(?:was|got|have\s+been|'ve\s+been)\s+|\bI'm\s+being\s+)(?:was\s+|been\s+|being\s+)?interviewed\s+(?:on|for|by)\b|tune\s+in\b|can\s+(?:do|have)\s+a\s+(?:quick\s+)?(?:call|chat)\b|\bcan\s+talk\s+if\b|(?:get|got|getting)\s+back\s+to\s+(?:them|you|her|him)\b|I'?ve\s+(?:filled|done)\s+(?:in\s+)?your\s+(?:form|survey|callout)|if\s+you\s+want\s+the\s+truth|I'll\s+show\s+you\s+round|come\s+(?:and|&)\s+see\s+for\s+yourselves?|go\s+through\s+my\s+notes|(?:DM'd|DMed|messaged|replied\s+to|emailed)\s+(?:the|her|him|them|a)\s+(?:[\w'’]+\s+){0,3}(?:reporter|journalist|producer|researcher)s?\s+back|I'?ve\s+said\s+yes|for\s+having\s+me\s+on|you\s+can\s+use\s+(?:it|them|this|the\s+(?:video|footage|photo|clip))\b|I'm\s+doing\s+it\b|(?:can|could|will|I'll)\s+forward\s+you\b)/i;

// Having talked to, or going on, an outlet: the verb, then the outlet within the same sentence.
const TALKED_TO_MEDIA =
  /\b(?:[Ss]poke|[Ss]poken|[Tt]alked|[Cc]hatted|[Cc]hatting|[Ss]peaking|[Tt]alking|(?:[Hh]ad|[Hh]aving)\s+a\s+(?:\w+\s+)?chat)\s+(?:to|with)\s+[^.!?\n]{0,50}?(?:journalist|reporter|researcher|producer|editor|correspondent|BBC|ITV|Sky|Channel\s+[45]|GB\s?News|LBC|Radio\s+[A-Z]|the\s+(?:[A-Z][\w'’]*\s+){0,3}(?:Echo|Gazette|Advertiser|Chronicle|Post|Mirror|Times|Herald|Mail|Sun|Express|Telegraph|Guardian|Standard|Argus|Star|Observer|Journal|Independent|Messenger))|(?:^|[.!?]\s+|\bI'm\s+|\bI\s+am\s+|\bI\s+was\s+|\bI'll\s+be\s+|\bI\s+will\s+be\s+)(?:[Gg]oing\s+)?on\s+(?:GB\s?News|BBC|ITV|Sky|LBC|Channel\s+[45]|Radio\s+[A-Z]\w*|the\s+radio|the\s+telly|telly|TV|the\s+news)\b|\b(?:[Aa]ny|[Cc]alling\s+all|[Aa]ll)\s+(?:journalists?|reporters?|press|media|newspapers?)\b[^.!?\n]{0,60}?\b(?:me|DM|DMs|message|contact|in\s+touch)\b/;

// Ringing a radio or TV programme is talking to it ("Phoning into the Nicky Campbell programme
// about the strikes", "on the phone-in at 9").
const PHONE_IN =
  /\b(?:[Cc]all(?:ing|ed)?|[Rr]ing(?:ing)?|[Rr]ang|[Pp]hon(?:e|ed|ing))\s+(?:in\s*to|into)\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){1,4}(?:[Ss]how|[Pp]rogramme)\b|\bphone-?ins?\b/;

// A programme or interview the communications team set up ("talked to ITV about the new unit (all
// arranged through our comms team)") is the route the policy asks for.
const ARRANGED_BY_COMMS =
  /\b(?:set\s+up|arranged|organi[sz]ed|booked|sorted|cleared|approved|signed\s+off|agreed|co-?ordinated)\s+(?:\w+\s+){0,3}?(?:through|by|via|with)\s+(?:our|the|the\s+trust['’]s)\s+(?:comms|communications|press|media)(?:\s+(?:team|office|department))?\b/i;

// Doing what the policy asks: the request passed to the communications team and not answered.
export const REFERRED_TO_COMMS =
  /\b(?:passed|passing|forwarded|forwarding|sent|referred|referring|handed|pointed|directed)\s+(?:it|them|her|him|this|that|the\s+\w+|(?:her|his|their)\s+(?:details|number|email|request|message))?\s*(?:on\s+|straight\s+|over\s+)?(?:to|onto)\s+(?:(?:our|the|my)\s+)?(?:[\w'’]+\s+){0,2}(?:comms|communications|press\s+office|media\s+(?:team|office|relations)|press\s+team)\b|\b(?:sent|gave|given|giving|sending|passed)\s+(?:them|her|him|the\s+\w+)\s+(?:the|our|my)\s+(?:comms|communications(?:\s+team)?|press\s+(?:office|team)|media\s+(?:team|office))(?:'s|’s)?\s+(?:email|e-mail|address|number|details|contact(?:\s+details)?)\b/i;
// Reading, watching or hearing someone else's interview is not taking part in one.
// Someone else interviewed: "My mum's been interviewed by the local paper about her allotment".
const SOMEONE_ELSE_BEFORE =
  /\b(?:(?:my|our|his|her|their)\s+(?:[a-z]+\s+){0,2}[a-z]+|she|he|they)(?:'s|’s|\s+has|\s+had|\s+was|\s+were|\s+is|\s+got)?(?:\s+been|\s+being|\s+just)?\s+$/i;
const AUDIENCE_BEFORE =
  /\b(?:read|reading|watched|watching|saw|seen|listened\s+to|listening\s+to|heard|caught)\s+(?:a|an|the|her|his|their|this|that|our)?\s*(?:\w+\s+)?$/i;

export default defineRule({
  meta: {
    id: "media-contact/talking-to-journalists",
    category: "media-contact",
    severity: "warn",
    clauses: ["TRUST-SMP §5.6"],
    message:
      'This answers, or arranges to talk to, the media ("{{excerpt}}") through social media. Staff should not respond to media requests themselves; refer them to {{route}}.',
    suggestion:
      "Do not reply or arrange to talk. Pass the journalist's request to {{route}} as soon as possible; they handle all media enquiries.",
    directions: ["outbound"],
  },
  check(ctx) {
    // A media word or a handle is needed; most posts have neither and stop here.
    const words = scan(ctx.normalised);
    const view = ctx.normalised.base;
    const phoneIn = execIfMay(PHONE_IN, view.text);
    if (!(words.bits & MEDIA) && !words.handle && !phoneIn) return;
    if (ctx.profile && isOfficialAccount(ctx.normalisedProfile.base.text)) return;
    const media = phoneIn ?? MEDIA_HANDLE.exec(view.text) ?? MEDIA_WORDS.exec(view.text);
    if (!media) return;
    const contact = CONTACT.exec(view.text);
    const audience =
      contact !== null &&
      /^interview/i.test(contact[0]) &&
      (AUDIENCE_BEFORE.test(view.text.slice(Math.max(0, contact.index - 30), contact.index)) ||
        SOMEONE_ELSE_BEFORE.test(view.text.slice(Math.max(0, contact.index - 40), contact.index)));
    if (!(phoneIn || (contact && !audience) || TALKED_TO_MEDIA.test(view.text))) return;
    if (REFERRED_TO_COMMS.test(view.text) || ARRANGED_BY_COMMS.test(view.text)) return;
    const { start, end } = tidy(view.text, {
      start: media.index,
      end: media.index + media[0].length,
    });
    const at = view.toOriginal(start, end);
    ctx.report({
      start: at.start,
      end: at.end,
      data: { excerpt: ctx.text.slice(at.start, at.end), route: communicationsRoute(ctx.pack) },
    });
  },
});
