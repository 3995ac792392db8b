// "Check a post": the engine runs in the browser on every keystroke (the same check() the server
// runs), highlighting findings in the text; "Check with the server" gets the authoritative verdict.
// A flagged post someone found can be raised as a case from here ("Report this post").
import { useDeferredValue, useId, useMemo, useRef, useState, type UIEvent } from "react";
import {
  check,
  type CheckResult,
  type Direction,
  type Finding,
  type Verdict,
} from "../../engine/index.js";
import { api, ApiError } from "../api.js";
import { RaiseCase } from "./cases/RaiseCase.js";

const CATEGORY_LABELS: Record<string, string> = {
  "patient-identifiable": "Patient-identifiable information",
  "colleague-privacy": "A colleague's privacy",
  "confidential-information": "Confidential information",
  "security-arrangements": "Security arrangements",
  "hate-discrimination": "Hate or discrimination",
  "threat-violence": "Threat or violence",
  "sexual-content": "Sexual content",
  "abuse-bullying": "Abuse or bullying",
  profanity: "Profanity",
  defamation: "Defamation",
  "disrepute-grievance": "Disrepute or grievance",
  "raising-concerns": "Raising concerns",
  "media-contact": "Contact with the media",
  "official-capacity": "Speaking for the Trust",
  "missing-disclaimer": "Missing disclaimer",
  "patient-relationship": "Relationship with a patient",
  safeguarding: "Safeguarding",
  copyright: "Copyright",
  "social-engineering": "Social engineering",
};

const VERDICT_TEXT: Record<Verdict, { title: string; detail: string }> = {
  pass: {
    title: "No problems found",
    detail: "Nothing in this post goes against the social media policy.",
  },
  advise: { title: "Advice", detail: "You may publish, but read the advice below first." },
  warn: {
    title: "Change this before publishing",
    detail: "This post goes against the policy. Change it before you publish.",
  },
  block: { title: "Do not publish", detail: "This post must not be published as it stands." },
};

const SEVERITY_RANK: Record<string, number> = { advise: 1, warn: 2, block: 3 };

/** Split the text into runs, each marked with the most serious finding that covers it. */
function segments(text: string, findings: Finding[]): { text: string; severity?: string }[] {
  const spans = findings.filter(
    (f) => f.start !== undefined && f.end !== undefined && f.end > f.start,
  );
  if (spans.length === 0) return [{ text }];
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.min(f.start!, text.length));
    cuts.add(Math.min(f.end!, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; severity?: string }[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let severity: string | undefined;
    for (const f of spans)
      if (
        f.start! <= a &&
        f.end! >= b &&
        (!severity || SEVERITY_RANK[f.severity] > SEVERITY_RANK[severity])
      )
        severity = f.severity;
    out.push({ text: text.slice(a, b), severity });
  }
  return out;
}

export function CheckPage() {
  const [text, setText] = useState("");
  const [profile, setProfile] = useState("");
  const [direction, setDirection] = useState<Direction>("outbound");
  const [server, setServer] = useState<{
    result?: CheckResult;
    error?: string;
    forText?: string;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const backdrop = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  // Deferred: a long paste is checked after the keystroke is painted, so typing never lags.
  const deferredText = useDeferredValue(text);
  const deferredProfile = useDeferredValue(profile);
  const live = useMemo(
    () => check({ text: deferredText, profile: deferredProfile || undefined, direction }),
    [deferredText, deferredProfile, direction],
  );
  const liveIsCurrent = deferredText === text;

  async function serverCheck() {
    setBusy(true);
    try {
      const result = await api<CheckResult>("POST", "/api/v1/check", {
        text,
        profile: profile || undefined,
        direction,
      });
      setServer({ result, forText: text });
    } catch (e) {
      setServer({ error: e instanceof ApiError ? e.message : "The server check failed." });
    } finally {
      setBusy(false);
    }
  }

  function applyFix(finding: Finding) {
    if (!finding.fix) return;
    const { start, end, replacement } = finding.fix;
    setText(text.slice(0, start) + replacement + text.slice(end));
    textarea.current?.focus();
  }

  const syncScroll = (event: UIEvent<HTMLTextAreaElement>) => {
    if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
  };

  const counts = live.findings.reduce<Record<string, number>>(
    (acc, f) => ({ ...acc, [f.severity]: (acc[f.severity] ?? 0) + 1 }),
    {},
  );
  const summary =
    live.findings.length === 0
      ? "No findings."
      : `${live.findings.length} finding${live.findings.length === 1 ? "" : "s"}: ` +
        ["block", "warn", "advise"]
          .filter((s) => counts[s])
          .map((s) => `${counts[s]} ${s}`)
          .join(", ") +
        ".";

  return (
    <>
      <h1>Check a post</h1>
      <p className="lead">
        Type or paste your post. Problems are highlighted as you type, with the part of the policy
        they break and how to fix them.
      </p>
      <div className="check-layout">
        <form
          className="check-form"
          onSubmit={(e) => {
            e.preventDefault();
            void serverCheck();
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-text`}>Your post</label>
            <div className="hint" id={`${ids}-text-hint`}>
              Highlights: <span className="mark-block">must not be published</span>,{" "}
              <span className="mark-warn">change before publishing</span>,{" "}
              <span className="mark-advise">advice</span>.
            </div>
            <div className="highlight-box">
              <div className="backdrop" ref={backdrop} aria-hidden="true">
                {segments(deferredText, live.findings).map((s, i) =>
                  s.severity ? (
                    <mark key={i} className={`mark-${s.severity}`}>
                      {s.text}
                    </mark>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
                {"\n"}
              </div>
              <textarea
                id={`${ids}-text`}
                ref={textarea}
                rows={8}
                value={text}
                maxLength={20000}
                aria-describedby={`${ids}-text-hint ${ids}-summary`}
                onChange={(e) => {
                  setText(e.target.value);
                  setServer(null);
                }}
                onScroll={syncScroll}
                spellCheck
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-profile`}>Your profile or bio (optional)</label>
            <div className="hint" id={`${ids}-profile-hint`}>
              For example “Staff nurse at the Trust”. It tells the checker whether you name your
              employer.
            </div>
            <input
              id={`${ids}-profile`}
              type="text"
              value={profile}
              aria-describedby={`${ids}-profile-hint`}
              onChange={(e) => setProfile(e.target.value)}
            />
          </div>
          <fieldset className="field">
            <legend>What is it?</legend>
            <div className="radios">
              <label>
                <input
                  type="radio"
                  name="direction"
                  value="outbound"
                  checked={direction === "outbound"}
                  onChange={() => setDirection("outbound")}
                />{" "}
                A post I am about to publish
              </label>
              <label>
                <input
                  type="radio"
                  name="direction"
                  value="inbound"
                  checked={direction === "inbound"}
                  onChange={() => setDirection("inbound")}
                />{" "}
                A message received by an official account
              </label>
            </div>
          </fieldset>
          <button type="submit" className="button" disabled={busy || text.trim() === ""}>
            {busy ? "Checking…" : "Check with the server"}
          </button>
          <ServerResult server={server} text={text} />
        </form>

        <section className="findings" aria-labelledby={`${ids}-findings-title`}>
          <h2 id={`${ids}-findings-title`}>Findings</h2>
          <div className={`verdict verdict-${live.verdict}`}>
            <strong>{VERDICT_TEXT[live.verdict].title}</strong>
            <span>
              {text.trim() === ""
                ? "Start typing to see findings."
                : VERDICT_TEXT[live.verdict].detail}
            </span>
          </div>
          <p id={`${ids}-summary`} className="visually-hidden" aria-live="polite">
            {liveIsCurrent ? summary : ""}
          </p>
          <ol className="finding-list">
            {live.findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${i}`} className={`finding finding-${f.severity}`}>
                <div className="finding-head">
                  <span className={`tag tag-${f.severity}`}>{f.severity}</span>
                  <strong>{CATEGORY_LABELS[f.category] ?? f.category}</strong>
                </div>
                {f.excerpt && (
                  <p className="excerpt">
                    <q>{f.excerpt}</q>
                  </p>
                )}
                <p>{f.message}</p>
                {f.suggestion && (
                  <p>
                    <span className="label">How to fix: </span>
                    {f.suggestion}
                  </p>
                )}
                <p className="clauses">
                  <span className="label">Policy: </span>
                  {f.clauses.join("; ")}
                </p>
                {f.fix && (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => applyFix(f)}
                  >
                    {f.fix.replacement ? `Replace with “${f.fix.replacement}”` : "Remove this"}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {text.trim() !== "" && live.verdict !== "pass" && (
            <RaiseCase text={text} profile={profile} direction={direction} />
          )}
        </section>
      </div>
    </>
  );
}

function ServerResult({
  server,
  text,
}: {
  server: { result?: CheckResult; error?: string; forText?: string } | null;
  text: string;
}) {
  if (!server) return <div aria-live="polite" />;
  if (server.error) {
    return (
      <div className="error-summary" role="alert">
        <p>{server.error}</p>
      </div>
    );
  }
  const result = server.result!;
  return (
    <div className={`server-result verdict-${result.verdict}`} role="status">
      <strong>Server check: {VERDICT_TEXT[result.verdict].title}</strong>
      <span>
        {result.findings.length} finding{result.findings.length === 1 ? "" : "s"}
        {server.forText !== text ? " (for an earlier version of the text)" : ""}.
      </span>
    </div>
  );
}
