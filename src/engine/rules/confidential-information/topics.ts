// The kinds of Trust business that are confidential until the Trust publishes them
// (CLH-SMP §4.1: "information about ... commercial suppliers and other information about the
// organisation and its business activities"). Shared by the rules in this folder.

/** Organisational changes, decisions, money, inspections and incidents. */
export const TRUST_BUSINESS = new RegExp(
  [
    String.raw`\brestructur\w*|\bre-?organi[sz]\w*|\breorg\b|\bredundanc\w*|\b(?:posts?|jobs?|roles?) (?:are |is )?at risk\b|\bjob losses\b`,
    String.raw`\b(?:jobs|posts|roles) (?:are |is )?(?:going|being cut|disappearing)\b|\b(?:team|service|unit|department|ward)s? (?:is |are )?being (?:cut|reduced|slashed|halved)\b|\b(?:strategic )?realign\w*|\bnew structure\b|\b(?:job|budget|service|staff(?:ing)?|bed|funding|pay) cuts?\b|\bcuts to\b|\bconsultation\b|\bdowngrad\w*`,
    // Not a shop or a room shut for a few hours ("the canteen is closing early for the party").
    String.raw`\b(?:clos(?:e|es|ed|ing|ure|ures)|shut(?:ting|s)? down|shutting|mothball\w*)\b(?! date| early| late| at \d| for (?:the |a )?(?:day|night|afternoon|evening|weekend|staff|party|christmas|bank holiday|lunch|cleaning|deep clean))`,
    String.raw`\bmerg(?:e|er|ers|ing)\b|\btake-?over\b|\boutsourc\w*|\bprivati[sz]\w*|\bbecom\w+ an? (?:urgent treatment|walk-in|community|day)`,
    String.raw`\bfreez\w*|\bfrozen\b|\bvacanc\w*|\brecruitment (?:pause|freeze)`,
    String.raw`\b(?:goes|going|went|gone|taken|take|taking) to (?:the )?board\b|\bboard (?:meeting|papers?|decided|agreed|approved|signed off|voted|level)\b|\bthe board\b(?! round)|\bexec(?:s|utives?)?\b(?! summary)|\bexec team\b|\bchief exec\w*|\bceo\b`,
    String.raw`\bcqc\b|\binspection\b|\bwell-?led\b`,
    String.raw`\bbudgets?\b|\bdeficit\b|\bcip\b|\bsavings (?:target|plan)|\boverspen[dt]\b|\bcontracts?\b|\btenders?\b|\bsuppliers?\b|\bbids?\b|\bprocurement\b`,
    String.raw`\b(?:appointments?|clinics?|operations?|surger(?:y|ies)|lists?|electives?)\b[^.!?\n]{0,25}?\b(?:are |were |is |being |all )?cancel+ed\b|\bcancel+(?:ed|ing) (?:all )?(?:\w+ )?(?:appointments?|clinics?|operations?|electives?|lists?)\b`,
    String.raw`\bstrike\b|\b(?:back pay|pay (?:rise|award|offer|deal)|re-?banding|banding)\b`,
    String.raw`\b(?:new|upcoming|proposed|planned) (?:uniforms?|systems?|polic(?:y|ies)|logo|branding|rotas?|structure|services?|building|unit|wards?|contracts?|apps?|epr|pay|shift pattern|hours|car parking charges|parking)\b|\brolling (?:it |them )?out\b|\broll-?out\b|\bgo-?live\b|\blaunch(?:es|ing)?\b`,
    // Funding for a scheme withdrawn, a new hospital not going ahead.
    String.raw`\bfunding(?:'s| has)?\s+(?:been\s+)?(?:pulled|withdrawn|scrapped|cut|axed)\b|\b(?:new|planned)\s+hospital\b(?=[^.!?\n]{0,40}?\b(?:built|build|building|scrapped|cancelled|shelved|delayed|going ahead)\b)`,
    // A service moved or a building put to other use; staff charges going up; an inquiry.
    String.raw`\b(?:moving|relocating|relocation of)\s+(?:the\s+)?(?:maternity|outpatients|paediatrics|a&e|ed|pharmacy|the\s+\w+\s+(?:unit|ward|service|department|clinic))\b|\b(?:turned|converted|made)\s+into\s+(?:offices|flats|storage|a\s+car\s+park|admin\s+space)\b|\b(?:staff\s+)?(?:parking|car\s+park(?:ing)?|permit)s?\s+(?:charges?\s+|fees?\s+|prices?\s+|costs?\s+)?(?:going\s+up|rising|to\s+rise|increas\w*|doubl\w*)`,
    String.raw`\binquiry\b|\bserious incident\b|\bnever event\b|\binvestigat\w+|\bencrypted\b|\bhacked\b|\bdata breach\b|\bransomware\b|\bsuspended\b|\bdisciplinary\b`,
  ].join("|"),
  "i",
);
