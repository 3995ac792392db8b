// What each learned rule says, category by category: severity and clauses from the taxonomy
// table (../shared/spec/taxonomy.md), a plain message that admits it is a judgement of the
// post's overall sense, and the category's suggestion. Directions follow the labelling
// conventions: only some categories apply to messages received by an official account.
import type { Category, Direction, Severity } from "../../types.js";

export interface LearnedCategory {
  category: Category;
  severity: Severity;
  clauses: string[];
  message: string;
  suggestion: string;
  directions: Direction[];
  /** Report on the whole post rather than on its strongest sentence. */
  wholePost?: boolean;
  /**
   * A floor under the threshold chosen by cross-validation (scripts/train-policy.ts), where a
   * measured cost in false alarms calls for it; above 1 switches the category's learned rule off.
   * None is set: the trainer itself switches off a category whose learned rule does not raise the
   * combined cross-validated F1 (its threshold is then above 1).
   */
  minimum?: number;
}

const BOTH: Direction[] = ["outbound", "inbound"];
const OUT: Direction[] = ["outbound"];

export const LEARNED_CATEGORIES: LearnedCategory[] = [
  {
    category: "patient-identifiable",
    severity: "block",
    clauses: ["MC-SS01 §4.2(t)", "MC-SS01 §4.3", "TRUST-SMP DO NOT 1", "CCC-SMP §7.3.12"],
    message:
      "This reads like it could identify a patient or their family: details of a person in a care setting that, together, could single them out.",
    suggestion:
      "Remove the details about the patient (names, numbers, dates, places, bed or ward with times, rare conditions). Never share anything that could identify someone in your care.",
    directions: BOTH,
  },
  {
    category: "colleague-privacy",
    severity: "warn",
    clauses: ["MC-SS01 §4.2(j)", "TRUST-SMP DO 5", "CCC-SMP §7.3.4"],
    message:
      "This reads like it shares a colleague's personal details (their health, whereabouts, rota or private life) without their agreement.",
    suggestion:
      "Leave out a colleague's personal details unless they have agreed to you posting them.",
    directions: BOTH,
  },
  {
    category: "confidential-information",
    severity: "block",
    clauses: [
      "MC-SS01 §4.1(b)",
      "MC-SS01 §4.2(s)",
      "CLH-SMP §4.1",
      "MTW-SMP §3.0",
      "CCC-SMP §7.3.10",
    ],
    message:
      "This reads like Trust information that is not public: an internal incident, an unannounced change, finances, contracts or supplier details.",
    suggestion:
      "Don't post internal Trust business. Wait for the Trust to announce it, and share the official announcement instead.",
    directions: OUT,
  },
  {
    category: "security-arrangements",
    severity: "block",
    clauses: ["CLH-SMP §4.1", "CCC-SMP App. 1 (4–6)"],
    message:
      "This reads like it describes how the Trust's security or systems are arranged, or a weakness in them (codes, passwords, access, cover).",
    suggestion:
      "Remove anything about codes, passwords, systems or how security works. Report a security weakness to the security or IT team, not online.",
    directions: OUT,
  },
  {
    category: "hate-discrimination",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "CCC-SMP §7.3.4"],
    message:
      "This reads like contempt or ridicule of people for who they are (race, religion, sex, sexuality, gender identity or disability).",
    suggestion:
      "Don't generalise about or mock people for who they are. If you are quoting abuse to condemn it, make that clear.",
    directions: BOTH,
  },
  {
    category: "threat-violence",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "MC-SS01 §4.2(p)", "CCC-SMP §7.3.7"],
    message: "This reads like a threat of harm, or urging others to violence or to break the law.",
    suggestion:
      "Remove the threat. If you feel unsafe or angry about someone, talk to your manager or, if anyone is in danger, the police.",
    directions: BOTH,
  },
  {
    category: "sexual-content",
    severity: "block",
    clauses: ["MC-SS01 §4.2(i)", "CCC-SMP §7.3.4"],
    message: "This reads like sexually explicit content.",
    suggestion:
      "Remove the sexual content. Health and sexual-health information is fine when it is written as advice.",
    directions: BOTH,
  },
  {
    category: "abuse-bullying",
    severity: "block",
    clauses: ["TRUST-SMP DO NOT 7", "TRUST-SMP DO NOT 8", "CLH-SMP §4.1", "CCC-SMP §7.3.4"],
    message: "This reads like insulting, mocking or belittling someone.",
    suggestion:
      "Don't post insults or mockery about anyone. If there is a problem with someone's conduct, raise it with your manager or HR.",
    directions: BOTH,
  },
  {
    category: "profanity",
    severity: "warn",
    clauses: ["CLH-SMP §4.1", "CCC-SMP §7.3.4"],
    message: "This reads like it contains strong swearing, perhaps disguised.",
    suggestion: "Take the swearing out; the point lands better without it.",
    directions: BOTH,
  },
  {
    category: "defamation",
    severity: "warn",
    clauses: ["MC-SS01 §4.2(q)", "CLH-SMP §4.1", "CCC-SMP §7.3.8"],
    message:
      "This reads like a damaging claim, presented as fact, about a person or organisation that can be identified.",
    suggestion:
      "Don't post allegations about people or organisations. If you believe something is wrong, report it through the proper route.",
    directions: BOTH,
  },
  {
    category: "disrepute-grievance",
    severity: "warn",
    clauses: [
      "MC-SS01 §4.2(s)",
      "MC-SS01 §4.2(u)",
      "TRUST-SMP DO NOT 4",
      "MTW-SMP §5.5",
      "CCC-SMP §7.3.10",
    ],
    message:
      "This reads like a derogatory comment about the Trust, its services or management, or a work grievance aired in public.",
    suggestion:
      "Take a grievance to your manager, HR or your union rather than posting it; keep criticism of the Trust off social media.",
    directions: OUT,
  },
  {
    category: "raising-concerns",
    severity: "warn",
    clauses: ["TRUST-SMP §5.3", "TRUST-SMP DO NOT 5", "CCC-SMP §6.0"],
    message:
      "This reads like a concern about patient safety, care, staffing or wrongdoing raised in public.",
    suggestion:
      "Raise it through the Trust's Raising Concerns / Speak Out Safely route or with the Freedom to Speak Up Guardian, where it can be acted on and you are protected.",
    directions: OUT,
  },
  {
    category: "media-contact",
    severity: "warn",
    clauses: ["TRUST-SMP §5.6"],
    message: "This reads like answering, or arranging to talk to, a journalist or the media.",
    suggestion: "Pass media enquiries to the Trust's communications team and let them respond.",
    directions: OUT,
  },
  {
    category: "official-capacity",
    severity: "warn",
    clauses: [
      "MC-SS01 §4.2(e)",
      "MC-SS01 §4.2(f)",
      "MC-SS01 §4.2(r)",
      "CLH-SMP §4.1",
      "CCC-SMP §7.3.2",
      "CCC-SMP §7.3.9",
    ],
    message:
      "This reads like speaking for the Trust without authority, presenting an account as official, or using Trust or NHS branding on a personal account.",
    suggestion:
      "Speak only for yourself, and ask the communications team before setting up any Trust page or using its logos.",
    directions: OUT,
  },
  {
    category: "missing-disclaimer",
    severity: "advise",
    clauses: ["MC-SS01 §4.2(d)", "CLH-SMP §4.1", "CCC-SMP §7.3.1"],
    message:
      "You appear to work for the Trust and give an opinion on work or health without saying the views are your own.",
    suggestion: 'Add "Views my own" to the post or your profile.',
    directions: OUT,
    wholePost: true,
  },
  {
    category: "patient-relationship",
    severity: "warn",
    clauses: ["TRUST-SMP DO NOT 2", "CCC-SMP App. 1 (18)"],
    message:
      "This reads like befriending, messaging or meeting a current or former patient or their relatives.",
    suggestion:
      "Keep contact with patients and their families professional and through work channels; decline friend requests and private messages.",
    directions: OUT,
  },
  {
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message:
      "This reads like encouraging self-harm, luring or exploitation, taking people's personal information, or glorifying heavy drinking or drug-taking.",
    suggestion: "Remove it. If someone may be at risk, follow the Trust's safeguarding procedure.",
    directions: BOTH,
  },
  {
    category: "copyright",
    severity: "advise",
    clauses: ["MC-SS01 §4.2(r)", "CCC-SMP §7.3.9"],
    message:
      "This reads like reposting photos, video or text taken from another website or someone else's account.",
    suggestion: "Share a link to the original, or ask the owner's permission and credit them.",
    directions: OUT,
  },
  {
    category: "social-engineering",
    severity: "warn",
    clauses: ["CLH-SMP App. 2 (8–12)", "CCC-SMP App. 1 (12–14)"],
    message:
      "This message reads like a request for information about staff, patients or systems, an impersonation, or a phishing attempt.",
    suggestion:
      "Don't reply with any details. Verify the sender through a known contact route and report the message to the IT service desk or Information Governance.",
    directions: ["inbound"],
  },
];
