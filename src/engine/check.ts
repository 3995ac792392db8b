// The one entry point: normalise, recognise, run the rules, build the result.
// Pure and synchronous: no I/O, no Node built-ins, so it runs on the server, in the browser
// and in batch monitoring alike.
import { normalise, type NormalisedText } from "./normalise/index.js";
import { defaultPack } from "./pack/default-pack.js";
import { resolvePack, type PackOverrides, type ResolvedPack } from "./pack/schema.js";
import { recognizers } from "./recognizers/index.js";
import {
  runRecognizer,
  type AnyRecognizer,
  type Entity,
  type RecognizerEnv,
} from "./recognizers/recognizer.js";
import { rules as allRules } from "./rules/index.js";
import type { Report, Rule, RuleContext } from "./rules/rule.js";
import {
  SEVERITY_RANK,
  type Category,
  type CheckInput,
  type CheckResult,
  type Direction,
  type Finding,
  type Severity,
  type Verdict,
} from "./types.js";

export type Checker = (input: CheckInput) => CheckResult;

const OUTBOUND_ONLY = ["outbound"];
// Read when a rule throws (rare), so tests can switch it on at run time.
const rethrowRuleErrors = () =>
  typeof process !== "undefined" && process.env?.POSTGUARD_RULE_ERRORS === "throw";

interface EffectiveRule {
  rule: Rule;
  severity: Severity;
  clauses: string[];
  message: string;
  suggestion: string;
}

const isWordUnit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * `template` with each `{{key}}` replaced by `data[key]` (empty when missing): what
 * `template.replace(/\{\{(\w+)\}\}/g, (_, key) => data[key] ?? "")` gives, without a regular
 * expression and a callback per report.
 */
function fill(template: string, data?: Record<string, string>): string {
  if (!data) return template;
  let at = template.indexOf("{{");
  if (at < 0) return template;
  let out = "";
  let copied = 0;
  while (at >= 0) {
    let j = at + 2;
    while (j < template.length && isWordUnit(template.charCodeAt(j))) j++;
    if (j > at + 2 && template.charCodeAt(j) === 125 && template.charCodeAt(j + 1) === 125) {
      out += template.slice(copied, at) + String(data[template.slice(at + 2, j)] ?? "");
      copied = j + 2;
      at = template.indexOf("{{", copied);
    } else {
      at = template.indexOf("{{", at + 1);
    }
  }
  return out + template.slice(copied);
}

function effectiveRules(pack: ResolvedPack, rules: Rule[]): EffectiveRule[] {
  const out: EffectiveRule[] = [];
  for (const rule of rules) {
    const override = { ...pack.rules[rule.meta.category], ...pack.rules[rule.meta.id] };
    if (override.severity === "off") continue;
    out.push({
      rule,
      severity: override.severity ?? rule.meta.severity,
      clauses: override.clauses ?? rule.meta.clauses,
      message: override.message ?? rule.meta.message,
      suggestion: override.suggestion ?? rule.meta.suggestion,
    });
  }
  return out;
}

/** Redact the spans that asked for it, merging overlaps, so excerpts can be stored safely. */
function redact(text: string, spans: { start: number; end: number; label: string }[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    if (span.start >= at) {
      out += text.slice(at, span.start) + span.label;
    }
    at = Math.max(at, span.end);
  }
  return out + text.slice(at);
}

/**
 * The state of one check: the rule context the rules see, with the per-post caches. A class, so
 * building it per post is one allocation of a fixed shape (an object literal with a getter is
 * built on a slow path every time).
 */
class PostContext implements RuleContext {
  private normalisedProfileCache: NormalisedText | undefined = undefined;
  private readonly entityCache = new Map<string, Entity[]>();
  private readonly env: RecognizerEnv;
  readonly findings: Finding[] = [];
  readonly redactions: { start: number; end: number; label: string }[] = [];
  private readonly seen = new Set<Category>();
  /** The rule being run, so reports carry its metadata. */
  current: EffectiveRule;

  constructor(
    readonly text: string,
    readonly profile: string,
    readonly direction: Direction,
    readonly normalised: NormalisedText,
    readonly pack: ResolvedPack,
    private readonly byEntity: Map<string, AnyRecognizer[]>,
    first: EffectiveRule,
  ) {
    this.env = { normalised, pack };
    this.current = first;
  }

  get normalisedProfile(): NormalisedText {
    return (this.normalisedProfileCache ??= normalise(this.profile));
  }

  entities(type: string): Entity[] {
    let found = this.entityCache.get(type);
    if (!found) {
      found = [];
      const list = this.byEntity.get(type);
      if (list !== undefined)
        for (const recognizer of list) {
          const entities = runRecognizer(recognizer, this.env);
          for (let i = 0; i < entities.length; i++) found.push(entities[i]);
        }
      this.entityCache.set(type, found);
    }
    return found;
  }

  reported(category: Category): boolean {
    return this.seen.has(category);
  }

  report(report: Report): void {
    const current = this.current;
    const { rule } = current;
    const text = this.text;
    const hasSpan = report.start !== undefined && report.end !== undefined;
    const start = hasSpan ? Math.max(0, Math.min(report.start!, text.length)) : undefined;
    const end = hasSpan ? Math.max(start!, Math.min(report.end!, text.length)) : undefined;
    const finding: Finding = {
      ruleId: rule.meta.id,
      category: rule.meta.category,
      severity: current.severity,
      ...(hasSpan ? { start, end, excerpt: text.slice(start, end) } : {}),
      clauses: current.clauses,
      message: fill(report.message ?? current.message, report.data),
      suggestion: fill(report.suggestion ?? current.suggestion, report.data),
      ...(report.fix && rule.meta.fixable ? { fix: report.fix } : {}),
    };
    this.findings.push(finding);
    this.seen.add(rule.meta.category);
    if (report.redactAs && hasSpan)
      this.redactions.push({ start: start!, end: end!, label: report.redactAs });
  }
}

export function createChecker(
  overrides: PackOverrides = defaultPack,
  options: { rules?: Rule[]; recognizers?: AnyRecognizer[] } = {},
): Checker {
  const pack = resolvePack(overrides);
  const rules = effectiveRules(pack, options.rules ?? allRules);
  // The rules of each direction, in order, worked out once rather than per post.
  const outbound = rules.filter((r) =>
    (r.rule.meta.directions ?? OUTBOUND_ONLY).includes("outbound"),
  );
  const inbound = rules.filter((r) =>
    (r.rule.meta.directions ?? OUTBOUND_ONLY).includes("inbound"),
  );
  const byEntity = new Map<string, AnyRecognizer[]>();
  for (const r of options.recognizers ?? recognizers) {
    byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r]);
  }

  return function check(input: CheckInput): CheckResult {
    const text = typeof input.text === "string" ? input.text : "";
    const profile = typeof input.profile === "string" ? input.profile : "";
    const direction = input.direction === "inbound" ? "inbound" : "outbound";
    const normalised = normalise(text);
    const context = new PostContext(text, profile, direction, normalised, pack, byEntity, rules[0]);

    for (const effective of direction === "inbound" ? inbound : outbound) {
      context.current = effective;
      try {
        effective.rule.check(context);
      } catch (error) {
        // A rule bug must never take the checker down with it; the rest of the rules still run.
        // Tests set POSTGUARD_RULE_ERRORS=throw so a rule that throws fails loudly there.
        if (rethrowRuleErrors()) throw error;
      }
    }

    const { findings } = context;
    findings.sort(
      (a, b) =>
        (a.start ?? Infinity) - (b.start ?? Infinity) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
    );
    let verdict: Verdict = "pass";
    for (const f of findings)
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[verdict]) verdict = f.severity;
    return { verdict, findings, redacted: redact(text, context.redactions) };
  };
}

let defaultChecker: Checker | undefined;

/** Check a post against the default policy pack. */
export function check(input: CheckInput): CheckResult {
  return (defaultChecker ??= createChecker())(input);
}
