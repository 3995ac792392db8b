// One case: what was reported (redacted unless you may read the evidence), the checker's
// findings, the workflow (status, outcome, investigator, advisers, tasks, notes) and the timeline.
import { useCallback, useEffect, useId, useState } from "react";
import { api, ApiError, type Me } from "../../api.js";
import { Link } from "../../router.js";
import {
  ADVISER_LABELS,
  ADVISERS,
  OUTCOME_LABELS,
  OUTCOMES,
  SOURCE_LABELS,
  STATUS_LABELS,
  type Source,
} from "../../../server/features/cases/vocabulary.js";
import { date, dateTime, type CaseDetail, type Evidence } from "./api.js";
import { categoryLabel, outcomeLabel, statusLabel } from "./CasesSection.js";
import { ActionForm, Field } from "./ActionForm.js";

export function CaseDetailPage({ me, id }: { me: Me; id: string }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [evidence, setEvidence] = useState<Evidence | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [users, setUsers] = useState<{ id: string; displayName: string; active: boolean }[]>([]);

  const load = useCallback(async () => {
    try {
      setDetail(await api<CaseDetail>("GET", `/api/v1/cases/${id}`));
    } catch (e) {
      setMessage({
        kind: "error",
        text: e instanceof ApiError ? e.message : "Could not load the case.",
      });
    }
  }, [id]);
  useEffect(() => {
    void load();
    if (me.actions.includes("users:list"))
      api<{ users: typeof users }>("GET", "/api/v1/users").then(
        (r) => setUsers(r.users.filter((u) => u.active)),
        () => {},
      );
  }, [load, me.actions]);

  async function act(work: () => Promise<unknown>, done: string): Promise<boolean> {
    setMessage(null);
    try {
      await work();
      // The case is reloaded before the message shows, so what the message says is on the page.
      await load();
      setMessage({ kind: "ok", text: done });
      return true;
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof ApiError ? e.message : "That did not work." });
      return false;
    }
  }

  async function showEvidence() {
    try {
      setEvidence(await api<Evidence>("GET", `/api/v1/cases/${id}/evidence`));
    } catch (e) {
      setMessage({
        kind: "error",
        text: e instanceof ApiError ? e.message : "Could not load the evidence.",
      });
    }
  }

  if (!detail) {
    return (
      <>
        <h1>Case</h1>
        {message ? (
          <div className="error-summary" role="alert">
            <p>{message.text}</p>
          </div>
        ) : (
          <p>Loading…</p>
        )}
        <p>
          <Link href="/cases">Back to Cases</Link>
        </p>
      </>
    );
  }

  const people = users.filter((u) => u.id !== detail.ownerId);
  return (
    <>
      <p>
        <Link href="/cases">← All cases</Link>
      </p>
      <h1>
        Case {detail.number}: {categoryLabel(detail.category)}
      </h1>
      {message && (
        <div
          className={message.kind === "error" ? "error-summary" : "notice"}
          role={message.kind === "error" ? "alert" : "status"}
        >
          <p>{message.text}</p>
        </div>
      )}
      <div className="case-layout">
        <div>
          <section className="panel" aria-labelledby="case-summary">
            <h2 id="case-summary">Summary</h2>
            <dl className="summary-list">
              <dt>Status</dt>
              <dd>
                <strong>{statusLabel(detail.status)}</strong>
              </dd>
              <dt>Outcome</dt>
              <dd>
                {outcomeLabel(detail.outcome)}
                {detail.outcomeNote && <div className="muted">{detail.outcomeNote}</div>}
              </dd>
              <dt>Concerns</dt>
              <dd>
                {detail.subjectName}
                {detail.directorateName ? ` (${detail.directorateName})` : ""}
              </dd>
              <dt>Investigating manager</dt>
              <dd>{detail.ownerName ?? "Not assigned yet"}</dd>
              <dt>Advisers</dt>
              <dd>
                {detail.advisers
                  .map((a) => ADVISER_LABELS[a as keyof typeof ADVISER_LABELS] ?? a)
                  .join(", ") || "—"}
              </dd>
              <dt>How it came in</dt>
              <dd>
                {SOURCE_LABELS[detail.source as Source] ?? detail.source},{" "}
                {dateTime(detail.createdAt)}, by {detail.reportedBy}
                {detail.lineManagerImplicated && (
                  <div className="muted">The reporter says the line manager is involved.</div>
                )}
              </dd>
            </dl>
          </section>

          <section className="panel" aria-labelledby="case-evidence">
            <h2 id="case-evidence">Evidence</h2>
            <p className="muted">
              {detail.platform}
              {detail.postedAt ? `, posted ${date(detail.postedAt)}` : ""}; captured{" "}
              {dateTime(detail.capturedAt)}. SHA-256{" "}
              <code className="hash">{detail.evidenceSha256}</code>
            </p>
            {detail.postUrl && (
              <p>
                Link:{" "}
                <a href={detail.postUrl} rel="noreferrer noopener" target="_blank">
                  {detail.postUrl}
                </a>
              </p>
            )}
            {!evidence && (
              <>
                <h3>The post, redacted</h3>
                <blockquote className="post">
                  {detail.redactedText || <span className="muted">(no text)</span>}
                </blockquote>
              </>
            )}
            {evidence && (
              <>
                <h3>The post as reported</h3>
                <blockquote className="post">
                  {evidence.postText || <span className="muted">(no text)</span>}
                </blockquote>
                {evidence.images.map((image) => (
                  <figure key={image.id} className="screenshot">
                    <img
                      src={`/api/v1/cases/${id}/evidence/${image.id}`}
                      alt={`Screenshot ${image.filename} attached to the report`}
                    />
                    <figcaption className="muted">
                      {image.filename}, {Math.ceil(image.size / 1024)} KB, SHA-256{" "}
                      <code className="hash">{image.sha256}</code>
                    </figcaption>
                  </figure>
                ))}
              </>
            )}
            {detail.evidenceAccess && !evidence && (
              <p>
                <button type="button" className="button secondary" onClick={showEvidence}>
                  Show the evidence as reported
                </button>
                <span className="muted"> Your view is recorded in the audit log.</span>
              </p>
            )}
            {!detail.evidenceAccess && (
              <p className="notice">
                This evidence identifies a patient: only the investigating manager and information
                governance may read it unredacted (MTW-SMP §3.4).
              </p>
            )}
            {!evidence && detail.images.length > 0 && (
              <p className="muted">{detail.images.length} screenshot(s) attached.</p>
            )}
            <h3>What happened</h3>
            <p className="prewrap">{evidence ? evidence.whatHappened : detail.whatHappened}</p>
            <h3>The checker's findings</h3>
            {detail.findings.length === 0 ? (
              <p>No findings.</p>
            ) : (
              <ul className="finding-list">
                {(evidence?.findings ?? detail.findings).map((f, i) => (
                  <li key={i} className={`finding finding-${f.severity}`}>
                    <p>
                      <strong>{categoryLabel(f.category)}</strong>: {f.message}
                    </p>
                    <p className="clauses">Policy: {f.clauses.join("; ")}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <Notes detail={detail} act={act} />
          <Tasks detail={detail} people={users} act={act} />
        </div>

        <div>
          {detail.mayDecide && <Decisions detail={detail} people={people} act={act} />}
          <Escalation detail={detail} act={act} />
          <section className="panel" aria-labelledby="case-timeline">
            <h2 id="case-timeline">Timeline</h2>
            <ol className="timeline">
              {detail.timeline.map((e) => (
                <li key={e.id}>
                  <span className="muted">
                    {dateTime(e.at)}, {e.actor}
                  </span>
                  <br />
                  {e.text}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>
  );
}

type Act = (work: () => Promise<unknown>, done: string) => Promise<boolean>;

function Decisions({
  detail,
  people,
  act,
}: {
  detail: CaseDetail;
  people: { id: string; displayName: string }[];
  act: Act;
}) {
  const id = useId();
  const [status, setStatus] = useState(
    detail.status === "outcome_recorded" ? "closed" : detail.status,
  );
  const [outcome, setOutcome] = useState(detail.outcome ?? "");
  const [note, setNote] = useState("");
  const [owner, setOwner] = useState("");
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Decisions</h2>
      <ActionForm
        button="Set status"
        submit={() =>
          act(
            () => api("PATCH", `/api/v1/cases/${detail.id}`, { status }),
            `Status set to ${STATUS_LABELS[status as keyof typeof STATUS_LABELS]}.`,
          )
        }
      >
        <Field id={`${id}-status`} label="Status">
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)}>
            {(["new", "investigating", "awaiting_hr_advice", "closed"] as const).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </ActionForm>
      <ActionForm
        button="Record outcome"
        disabled={!outcome}
        submit={() =>
          act(
            () =>
              api("POST", `/api/v1/cases/${detail.id}/outcome`, { outcome, note: note || null }),
            "Outcome recorded.",
          )
        }
        onDone={() => setNote("")}
      >
        <Field id={`${id}-outcome`} label="Outcome">
          <select
            id={`${id}-outcome`}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            required
          >
            <option value="" disabled>
              Choose the outcome
            </option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-note`} label="Outcome note (optional)">
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
      </ActionForm>
      {people.length > 0 && (
        <ActionForm
          button="Reassign"
          disabled={!owner}
          submit={() =>
            act(
              () => api("POST", `/api/v1/cases/${detail.id}/assign`, { ownerId: owner }),
              "Case reassigned.",
            )
          }
        >
          <Field id={`${id}-owner`} label="Give the case to">
            <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">Choose a manager</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </Field>
        </ActionForm>
      )}
    </section>
  );
}

function Escalation({ detail, act }: { detail: CaseDetail; act: Act }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [adviser, setAdviser] = useState("");
  const missing = ADVISERS.filter((a) => !detail.advisers.includes(a));
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Escalate or ask for advice</h2>
      <ActionForm
        button="Escalate"
        disabled={!reason.trim()}
        submit={() =>
          act(
            () => api("POST", `/api/v1/cases/${detail.id}/escalate`, { reason }),
            "Escalated to the manager at the next level above.",
          )
        }
        onDone={() => setReason("")}
      >
        <Field id={`${id}-reason`} label="Why escalate to the next manager up">
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
      </ActionForm>
      {missing.length > 0 && (
        <ActionForm
          button="Add adviser"
          disabled={!adviser}
          submit={() =>
            act(
              () => api("POST", `/api/v1/cases/${detail.id}/advisers`, { adviser }),
              "Adviser added.",
            )
          }
        >
          <Field id={`${id}-adviser`} label="Add an adviser">
            <select
              id={`${id}-adviser`}
              value={adviser}
              onChange={(e) => setAdviser(e.target.value)}
            >
              <option value="">Choose</option>
              {missing.map((a) => (
                <option key={a} value={a}>
                  {ADVISER_LABELS[a]}
                </option>
              ))}
            </select>
          </Field>
        </ActionForm>
      )}
    </section>
  );
}

function Notes({ detail, act }: { detail: CaseDetail; act: Act }) {
  const id = useId();
  const [body, setBody] = useState("");
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Notes</h2>
      {detail.notes.length === 0 && <p className="muted">No notes yet.</p>}
      <ul className="plain-list">
        {detail.notes.map((n) => (
          <li key={n.id} className="note">
            <span className="muted">
              {dateTime(n.at)}, {n.author}
            </span>
            <p className="prewrap">{n.body}</p>
          </li>
        ))}
      </ul>
      <ActionForm
        button="Add note"
        disabled={!body.trim()}
        submit={() =>
          act(() => api("POST", `/api/v1/cases/${detail.id}/notes`, { body }), "Note added.")
        }
        onDone={() => setBody("")}
      >
        <Field id={`${id}-note`} label="New note">
          <textarea
            id={`${id}-note`}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
      </ActionForm>
    </section>
  );
}

function Tasks({
  detail,
  people,
  act,
}: {
  detail: CaseDetail;
  people: { id: string; displayName: string }[];
  act: Act;
}) {
  const id = useId();
  const [title, setTitle] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [assigneeId, setAssigneeId] = useState("");
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Tasks</h2>
      {detail.tasks.length === 0 && <p className="muted">No tasks yet.</p>}
      <ul className="plain-list">
        {detail.tasks.map((t) => (
          <li key={t.id} className="checkboxes">
            <label>
              <input
                type="checkbox"
                checked={Boolean(t.doneAt)}
                onChange={(e) =>
                  void act(
                    () =>
                      api("PATCH", `/api/v1/cases/${detail.id}/tasks/${t.id}`, {
                        done: e.target.checked,
                      }),
                    e.target.checked ? "Task done." : "Task reopened.",
                  )
                }
              />
              {t.title} — due {date(t.dueAt)}
              {t.assigneeName ? `, ${t.assigneeName}` : ""}
              {t.overdue && <span className="tag tag-block">Overdue</span>}
            </label>
          </li>
        ))}
      </ul>
      <ActionForm
        button="Add task"
        disabled={!title.trim() || !dueAt}
        submit={() =>
          act(
            () =>
              api("POST", `/api/v1/cases/${detail.id}/tasks`, {
                title,
                dueAt,
                assigneeId: assigneeId || null,
              }),
            "Task added.",
          )
        }
        onDone={() => {
          setTitle("");
          setDueAt("");
        }}
      >
        <Field id={`${id}-title`} label="New task">
          <input
            type="text"
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field id={`${id}-due`} label="Due date">
          <input
            type="date"
            id={`${id}-due`}
            value={dueAt}
            onChange={(e) => setDueAt(e.target.value)}
          />
        </Field>
        {people.length > 0 && (
          <Field id={`${id}-assignee`} label="For">
            <select
              id={`${id}-assignee`}
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.target.value)}
            >
              <option value="">The investigating manager</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </Field>
        )}
      </ActionForm>
    </section>
  );
}
