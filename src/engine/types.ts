// The public contract of the engine: what goes in, what comes out.
// Category ids come from ../shared/spec/taxonomy.md and must not change.

export const CATEGORIES = [
  "patient-identifiable",
  "colleague-privacy",
  "confidential-information",
  "security-arrangements",
  "hate-discrimination",
  "threat-violence",
  "sexual-content",
  "abuse-bullying",
  "profanity",
  "defamation",
  "disrepute-grievance",
  "raising-concerns",
  "media-contact",
  "official-capacity",
  "missing-disclaimer",
  "patient-relationship",
  "safeguarding",
  "copyright",
  "social-engineering",
] as const;

export type Category = (typeof CATEGORIES)[number];

/** How serious a finding is. A post's verdict is the highest severity among its findings. */
export type Severity = "block" | "warn" | "advise";
export type Verdict = Severity | "pass";

export const SEVERITY_RANK: Record<Verdict, number> = { pass: 0, advise: 1, warn: 2, block: 3 };

/** `outbound`: a post about to be published. `inbound`: a message received by an official account. */
export type Direction = "outbound" | "inbound";

export interface CheckInput {
  text: string;
  /** The author's profile or bio, used e.g. to tell whether they name their employer. */
  profile?: string;
  direction?: Direction;
}

/** An ESLint-style fix: replace original-text range [start, end) with `replacement`. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

export interface Finding {
  /** The rule that reported it, e.g. `patient-identifiable/nhs-number`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the original text, end exclusive. Absent for whole-post findings. */
  start?: number;
  end?: number;
  /** The exact words of the original text at [start, end). */
  excerpt?: string;
  /** Policy clauses, coded as in ../shared/policies/README.md, e.g. `MC-SS01 §4.2(t)`. */
  clauses: string[];
  message: string;
  suggestion: string;
  fix?: Fix;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  /** The text with patient- and colleague-identifying spans replaced (MC-SS01 §4.4), safe to store as an excerpt. */
  redacted: string;
}
