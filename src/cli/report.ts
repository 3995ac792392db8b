// The terminal report: the post with the offending words highlighted, then each finding with
// what it breaks, why, and what to write instead. Colour on a terminal; on a pipe or with
// NO_COLOR the words are marked [[like this]] so the report still reads in a log or an e-mail.
import pc from "picocolors";
import {
  SEVERITY_RANK,
  type CheckResult,
  type Finding,
  type Severity,
  type Verdict,
} from "../engine/index.js";

export interface ReportStyle {
  colour: boolean;
}

type Colours = ReturnType<typeof pc.createColors>;

const LABEL: Record<Verdict, string> = {
  block: "BLOCK",
  warn: "WARN",
  advise: "ADVISE",
  pass: "PASS",
};

const HEADLINE: Record<Verdict, string> = {
  block: "Do not publish this post.",
  warn: "Change this post before publishing it.",
  advise: "This post can be published; consider the advice below.",
  pass: "No problems found.",
};

function severityColour(c: Colours, severity: Verdict): (s: string) => string {
  switch (severity) {
    case "block":
      return (s) => c.bold(c.red(s));
    case "warn":
      return (s) => c.bold(c.yellow(s));
    case "advise":
      return (s) => c.cyan(s);
    default:
      return (s) => c.green(s);
  }
}

// Control characters (and the invisible ones normalisation strips) would corrupt the terminal or
// hide what the finding is about; show them as visible escapes instead.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
export const printable = (s: string) =>
  s.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The text with every span that has a finding highlighted. Overlapping spans merge into one
 * highlight in the colour of the most severe finding over it.
 */
export function highlight(text: string, findings: Finding[], style: ReportStyle): string {
  const spans = findings
    .filter((f) => f.start !== undefined && f.end !== undefined && f.end > f.start)
    .map((f) => ({ start: f.start!, end: f.end!, rank: SEVERITY_RANK[f.severity] }))
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return printable(text);

  // Merge into disjoint runs; a run keeps the highest severity of the spans it covers.
  const runs: { start: number; end: number; rank: number }[] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.rank = Math.max(last.rank, span.rank);
    } else {
      runs.push({ ...span });
    }
  }

  const c = pc.createColors(style.colour);
  const byRank = (["pass", "advise", "warn", "block"] as Verdict[]).map((v) => {
    const paint = severityColour(c, v);
    return (s: string) => c.underline(paint(s));
  });
  let out = "";
  let at = 0;
  for (const run of runs) {
    out += printable(text.slice(at, run.start));
    const words = printable(text.slice(run.start, run.end));
    out += style.colour ? byRank[run.rank](words) : `[[${words}]]`;
    at = run.end;
  }
  return out + printable(text.slice(at));
}

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((line) => by + line)
    .join("\n");

function describeFix(finding: Finding): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const replacement = JSON.stringify(fix.replacement);
  if (fix.start === fix.end) return `add ${replacement}`;
  return fix.replacement === "" ? "remove these words" : `replace with ${replacement}`;
}

export function formatFinding(finding: Finding, index: number, style: ReportStyle): string {
  const c = pc.createColors(style.colour);
  const paint = severityColour(c, finding.severity);
  const where =
    finding.start !== undefined
      ? `${JSON.stringify(printable(finding.excerpt ?? ""))} ${c.dim(`(characters ${finding.start}–${finding.end})`)}`
      : c.dim("(the whole post)");
  const lines = [
    `${String(index + 1).padStart(2)}. ${paint(finding.severity.toUpperCase().padEnd(6))} ${c.bold(finding.category)}  ${where}`,
    `    ${finding.message}`,
    `    ${c.dim("Instead:")} ${finding.suggestion}`,
  ];
  const fix = describeFix(finding);
  if (fix) lines.push(`    ${c.dim("Fix:")}     ${fix} ${c.dim("(postguard check --fix)")}`);
  if (finding.clauses.length > 0)
    lines.push(`    ${c.dim("Policy:")}  ${finding.clauses.join("; ")}`);
  lines.push(`    ${c.dim("Rule:")}    ${finding.ruleId}`);
  return lines.join("\n");
}

function headline(verdict: Verdict, count: number, style: ReportStyle): string {
  const c = pc.createColors(style.colour);
  const label = severityColour(c, verdict)(LABEL[verdict]);
  const findings = count === 0 ? "" : ` ${count} finding${count === 1 ? "" : "s"}.`;
  return `${label}  ${HEADLINE[verdict]}${findings}`;
}

/** The report for one checked post. */
export function formatReport(text: string, result: CheckResult, style: ReportStyle): string {
  const parts = [headline(result.verdict, result.findings.length, style)];
  if (text.length > 0) parts.push(indent(highlight(text, result.findings, style), "  │ "));
  result.findings.forEach((finding, i) => parts.push(formatFinding(finding, i, style)));
  return parts.join("\n\n") + "\n";
}

export interface FixReport {
  original: string;
  output: string;
  fixed: Finding[];
  /** Findings on the mended post, offsets into `output`. */
  remaining: Finding[];
  verdict: Verdict;
}

/** The report for --fix: the mended post, what was changed, what the author must still change. */
export function formatFixReport(report: FixReport, style: ReportStyle): string {
  const c = pc.createColors(style.colour);
  const parts: string[] = [];
  if (report.fixed.length === 0) {
    parts.push(c.bold("No automatic fixes apply to this post."));
  } else {
    parts.push(
      c.bold(
        `Mended post (${report.fixed.length} fix${report.fixed.length === 1 ? "" : "es"} applied):`,
      ),
    );
    parts.push(indent(highlight(report.output, report.remaining, style), "  │ "));
    parts.push(
      report.fixed
        .map((f) => {
          const what =
            f.excerpt !== undefined && f.excerpt !== ""
              ? JSON.stringify(printable(f.excerpt))
              : "the post";
          return `  ${c.green("✓")} ${f.category}: ${what} → ${describeFix(f)}`;
        })
        .join("\n"),
    );
  }
  if (report.remaining.length === 0) {
    parts.push(`${severityColour(c, "pass")("Nothing left to change by hand.")}`);
  } else {
    parts.push(
      `${severityColour(c, report.verdict)(LABEL[report.verdict])}  Still to change by hand (${report.remaining.length}):`,
    );
    if (report.fixed.length === 0)
      parts.push(indent(highlight(report.output, report.remaining, style), "  │ "));
    report.remaining.forEach((finding, i) => parts.push(formatFinding(finding, i, style)));
  }
  return parts.join("\n\n") + "\n";
}

export function exitCodeFor(verdict: Verdict): number {
  return verdict === "block" ? 2 : verdict === "warn" ? 1 : 0;
}

export type { Severity };
