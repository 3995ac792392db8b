// A policy rule, in the manner of an ESLint rule: metadata as data (category, severity, clauses,
// message, suggestion, whether it can fix) and a `check` that reads the post and reports.
// The pack may override severity, clauses and wording per rule id or per category.
import type { NormalisedText } from "../normalise/index.js";
import type { ResolvedPack } from "../pack/schema.js";
import type { Entity } from "../recognizers/recognizer.js";
import type { Category, Direction, Fix, Severity } from "../types.js";

export interface RuleMeta {
  /** `<category>/<name>`, e.g. `patient-identifiable/nhs-number`. */
  id: string;
  category: Category;
  severity: Severity;
  /** Clauses enforced, coded as in ../shared/policies/README.md. */
  clauses: string[];
  /** Plain English; `{{name}}` placeholders are filled from the report's `data`. */
  message: string;
  suggestion: string;
  /** Whether reports may carry a fix. */
  fixable?: boolean;
  /** Directions the rule applies to. Default: outbound only. */
  directions?: Direction[];
}

export interface Report {
  /** Original-text offsets; omit both for a finding about the whole post. */
  start?: number;
  end?: number;
  data?: Record<string, string>;
  /** Overrides the meta message/suggestion for this report. */
  message?: string;
  suggestion?: string;
  fix?: Fix;
  /** Replace [start, end) with this label in the redacted text (e.g. "[NHS number]"). */
  redactAs?: string;
}

export interface RuleContext {
  readonly text: string;
  readonly profile: string;
  readonly direction: Direction;
  readonly normalised: NormalisedText;
  /** The profile, normalised the same way. */
  readonly normalisedProfile: NormalisedText;
  readonly pack: ResolvedPack;
  /** Entities of one type found by the recognizers (computed once, on first request). */
  entities(type: string): Entity[];
  report(report: Report): void;
  /** Whether another category has already been reported on this post (rules run in order). */
  reported(category: Category): boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
