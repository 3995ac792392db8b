// The one entry point: normalise, recognise, run the rules, build the result.
// Pure and synchronous: no I/O, no Node built-ins, so it runs on the server, in the browser
// and in batch monitoring alike.
import { normalise } from "./normalise/index.js";
import { defaultPack } from "./pack/default-pack.js";
import { resolvePack, type PackOverrides, type ResolvedPack } from "./pack/schema.js";
import { recognizers } from "./recognizers/index.js";
import { runRecognizer, type AnyRecognizer, type Entity } from "./recognizers/recognizer.js";
import { rules as allRules } from "./rules/index.js";
import type { Report, Rule, RuleContext } from "./rules/rule.js";
import {
  SEVERITY_RANK,
  type Category,
  type CheckInput,
  type CheckResult,
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

const fill = (template: string, data?: Record<string, string>) =>
  data ? template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? "") : template;

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

export function createChecker(
  overrides: PackOverrides = defaultPack,
  options: { rules?: Rule[]; recognizers?: AnyRecognizer[] } = {},
): Checker {
  const pack = resolvePack(overrides);
  const rules = effectiveRules(pack, options.rules ?? allRules);
  const byEntity = new Map<string, AnyRecognizer[]>();
  for (const r of options.recognizers ?? recognizers) {
    byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r]);
  }

  return function check(input: CheckInput): CheckResult {
    const text = typeof input.text === "string" ? input.text : "";
    const profile = typeof input.profile === "string" ? input.profile : "";
    const direction = input.direction === "inbound" ? "inbound" : "outbound";
    const normalised = normalise(text);
    let normalisedProfile: ReturnType<typeof normalise> | undefined;
    const entityCache = new Map<string, Entity[]>();
    const findings: Finding[] = [];
    const redactions: { start: number; end: number; label: string }[] = [];
    const seen = new Set<Category>();
    const env = { normalised, pack };

    // One context per post; `current` is the rule being run, so reports carry its metadata.
    let current = rules[0];
    const context: RuleContext = {
      text,
      profile,
      direction,
      normalised,
      get normalisedProfile() {
        return (normalisedProfile ??= normalise(profile));
      },
      pack,
      entities(type) {
        let found = entityCache.get(type);
        if (!found) {
          found = [];
          for (const recognizer of byEntity.get(type) ?? [])
            found.push(...runRecognizer(recognizer, env));
          entityCache.set(type, found);
        }
        return found;
      },
      reported: (category) => seen.has(category),
      report(report: Report) {
        const { rule } = current;
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
        findings.push(finding);
        seen.add(rule.meta.category);
        if (report.redactAs && hasSpan)
          redactions.push({ start: start!, end: end!, label: report.redactAs });
      },
    };

    for (const effective of rules) {
      if (!(effective.rule.meta.directions ?? OUTBOUND_ONLY).includes(direction)) continue;
      current = effective;
      try {
        effective.rule.check(context);
      } catch (error) {
        // A rule bug must never take the checker down with it; the rest of the rules still run.
        // Tests set POSTGUARD_RULE_ERRORS=throw so a rule that throws fails loudly there.
        if (rethrowRuleErrors()) throw error;
      }
    }

    findings.sort(
      (a, b) =>
        (a.start ?? Infinity) - (b.start ?? Infinity) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
    );
    let verdict: Verdict = "pass";
    for (const f of findings)
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[verdict]) verdict = f.severity;
    return { verdict, findings, redacted: redact(text, redactions) };
  };
}

let defaultChecker: Checker | undefined;

/** Check a post against the default policy pack. */
export function check(input: CheckInput): CheckResult {
  return (defaultChecker ??= createChecker())(input);
}
