// The words of case management, from the policies. Pure data: the web app imports it too.
// Statuses and outcomes are stored by these ids; the labels are what people read.

export const STATUSES = [
  "new",
  "investigating",
  "awaiting_hr_advice",
  "outcome_recorded",
  "closed",
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  new: "New",
  investigating: "Investigating",
  awaiting_hr_advice: "Awaiting HR advice",
  outcome_recorded: "Outcome recorded",
  closed: "Closed",
};

/**
 * Outcomes the policies name: MTW-SMP "may result in disciplinary action ... ultimately ...
 * dismissal" and "professional consequences"; CLH-SMP §4.1 disciplinary action; CCC-SMP §9
 * "investigated in line with the appropriate policy"; removal on request and training follow
 * from the communications team's role (MTW-SMP §3.1, §4.0).
 */
export const OUTCOMES = [
  "no_case_to_answer",
  "informal_advice",
  "content_removed",
  "formal_action",
  "dismissal",
  "regulator_referral",
  "police_referral",
  "training_or_policy_action",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  no_case_to_answer: "No case to answer",
  informal_advice: "Informal advice",
  content_removed: "Content removed on request",
  formal_action: "Formal action under the Disciplinary Policy",
  dismissal: "Dismissal",
  regulator_referral: "Referral to the professional regulator",
  police_referral: "Referral to the police",
  training_or_policy_action: "Training or policy action",
};

/** The outcomes that answer MTW-SMP FOI 4042 question 4: "disciplined as a result of social media behaviour". */
export const DISCIPLINARY_OUTCOMES: readonly Outcome[] = ["formal_action", "dismissal"];

export const SOURCES = ["report", "communications", "checker", "monitoring"] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  report: "Staff report",
  communications: "Forwarded by communications",
  checker: "Flagged by the checker",
  monitoring: "Flagged by monitoring",
};

/** The advisers who join a case: HR (MTW-SMP §3.3) and information governance (§3.4). */
export const ADVISERS = ["hr", "information_governance"] as const;
export type Adviser = (typeof ADVISERS)[number];

export const ADVISER_LABELS: Record<Adviser, string> = {
  hr: "HR",
  information_governance: "Information governance",
};

export const PLATFORMS = [
  "Facebook",
  "X (Twitter)",
  "Instagram",
  "TikTok",
  "LinkedIn",
  "YouTube",
  "WhatsApp",
  "Blog or website",
  "Other",
] as const;

/** Categories a reporter may choose: the checker's taxonomy (shared/spec/taxonomy.md) plus "other". */
export const CATEGORY_LABELS: Record<string, string> = {
  "patient-identifiable": "Patient-identifiable information",
  "colleague-privacy": "Colleague's privacy",
  "confidential-information": "Confidential information",
  "security-arrangements": "Security arrangements",
  "hate-discrimination": "Hate or discrimination",
  "threat-violence": "Threats or violence",
  "sexual-content": "Sexual content",
  "abuse-bullying": "Abuse or bullying",
  profanity: "Profanity",
  defamation: "Defamation",
  "disrepute-grievance": "Bringing the trust into disrepute",
  "raising-concerns": "Raising concerns on social media",
  "media-contact": "Media contact",
  "official-capacity": "Speaking for the trust",
  "missing-disclaimer": "Missing disclaimer",
  "patient-relationship": "Relationship with a patient",
  safeguarding: "Safeguarding",
  copyright: "Copyright",
  "social-engineering": "Social engineering",
  other: "Other",
};
export const CATEGORIES = Object.keys(CATEGORY_LABELS);

/** Finding categories whose excerpts identify people: hidden from readers without evidence access. */
export const IDENTIFYING_CATEGORIES = ["patient-identifiable", "colleague-privacy"];
