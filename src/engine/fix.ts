// Apply findings' fixes to the original text, as ESLint does: in order, skipping any fix that
// overlaps one already applied (a second pass over the fixed text can pick those up).
import type { Finding } from "./types.js";

export interface FixOutcome {
  output: string;
  /** Findings whose fix was applied. */
  fixed: Finding[];
  /** Findings left for the author to change by hand (no fix, or it overlapped another). */
  remaining: Finding[];
}

export function applyFixes(text: string, findings: Finding[]): FixOutcome {
  const withFix = findings
    .filter((f) => f.fix)
    .sort((a, b) => a.fix!.start - b.fix!.start || a.fix!.end - b.fix!.end);
  const fixed: Finding[] = [];
  const skipped = new Set<Finding>();
  let output = "";
  let at = 0;
  for (const finding of withFix) {
    const fix = finding.fix!;
    // An insertion at the very end (e.g. "Views my own") may follow a replacement ending there.
    if (fix.start < at || fix.start > text.length || fix.end > text.length || fix.end < fix.start) {
      skipped.add(finding);
      continue;
    }
    output += text.slice(at, fix.start) + fix.replacement;
    at = fix.end;
    fixed.push(finding);
  }
  output += text.slice(at);
  const remaining = findings.filter((f) => !f.fix || skipped.has(f));
  return { output, fixed, remaining };
}
