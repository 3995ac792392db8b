// The Cases section: the case list (for investigating managers and advisers), your own reports,
// the report form, one case, and the statistics. Sub-pages by path: /cases/new, /cases/statistics, /cases/<id>.
import { useEffect, useId, useState } from "react";
import { api, ApiError, type Me } from "../../api.js";
import { Link } from "../../router.js";
import {
  CATEGORY_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
  STATUS_LABELS,
  STATUSES,
  type Outcome,
  type Status,
} from "../../../server/features/cases/vocabulary.js";
import { date, type CaseSummary } from "./api.js";
import { ReportForm } from "./ReportForm.js";
import { CaseDetailPage } from "./CaseDetail.js";
import { StatisticsPage } from "./Statistics.js";
import "./cases.css";

export function CasesSection({ me, path }: { me: Me; path: string }) {
  const rest = path.replace(/^\/cases\/?/, "");
  if (rest === "new") return <ReportForm me={me} />;
  if (rest === "statistics" && me.actions.includes("cases:stats")) return <StatisticsPage />;
  if (/^[0-9a-f-]{36}$/i.test(rest) && me.actions.includes("cases:read"))
    return <CaseDetailPage me={me} id={rest} />;
  if (rest !== "") return <NotFoundHere />;
  return <CasesHome me={me} />;
}

function NotFoundHere() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no case page at this address, or your role does not include it.{" "}
        <Link href="/cases">Go to Cases</Link>.
      </p>
    </>
  );
}

export const statusLabel = (s: string) => STATUS_LABELS[s as Status] ?? s;
export const outcomeLabel = (o: string | null) => (o ? (OUTCOME_LABELS[o as Outcome] ?? o) : "—");
export const categoryLabel = (c: string) => CATEGORY_LABELS[c] ?? c;

function CasesHome({ me }: { me: Me }) {
  const canRead = me.actions.includes("cases:read");
  return (
    <>
      <h1>Cases</h1>
      <p className="lead">
        Seen a post that breaks the social media policy? Report it: it goes to the member of staff's
        line manager, or the manager above if the line manager is involved (CCC-SMP §9). The person
        you report is never told who reported them.
      </p>
      <p>
        <Link className="button" href="/cases/new">
          Report a post
        </Link>
        {me.actions.includes("cases:stats") && (
          <Link className="button secondary" href="/cases/statistics">
            Statistics and FOI report
          </Link>
        )}
      </p>
      {canRead && <CaseList me={me} />}
      <MyReports />
    </>
  );
}

function CaseList({ me }: { me: Me }) {
  const id = useId();
  const [filters, setFilters] = useState({
    status: "",
    category: "",
    outcome: "",
    directorateId: "",
    mine: false,
  });
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [org, setOrg] = useState<{ id: string; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ directorates: { id: string; name: string }[] }>("GET", "/api/v1/org").then(
      (o) => setOrg(o.directorates),
      () => {},
    );
  }, []);
  useEffect(() => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, String(value));
    api<{ cases: CaseSummary[] }>("GET", `/api/v1/cases?${query}`).then(
      (r) => {
        setCases(r.cases);
        setError(null);
      },
      (e) => setError(e instanceof ApiError ? e.message : "Could not load the cases."),
    );
  }, [filters]);

  const set =
    (key: keyof typeof filters) =>
    (event: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
      setFilters({
        ...filters,
        [key]:
          event.target.type === "checkbox"
            ? (event.target as HTMLInputElement).checked
            : event.target.value,
      });

  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>Cases you investigate or advise on</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter cases">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={filters.status} onChange={set("status")}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} value={filters.category} onChange={set("category")}>
            <option value="">Any category</option>
            {Object.entries(CATEGORY_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select id={`${id}-outcome`} value={filters.outcome} onChange={set("outcome")}>
            <option value="">Any outcome</option>
            <option value="none">No outcome yet</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-directorate`}>Directorate</label>
          <select
            id={`${id}-directorate`}
            value={filters.directorateId}
            onChange={set("directorateId")}
          >
            <option value="">Any directorate</option>
            {org.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkboxes">
          <label>
            <input type="checkbox" checked={filters.mine} onChange={set("mine")} /> Only cases I
            investigate
          </label>
        </div>
      </form>
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
      {cases && cases.length === 0 && <p role="status">No cases match.</p>}
      {cases && cases.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              Cases, newest first; the post is shown redacted
            </caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Opened</th>
                <th scope="col">Status</th>
                <th scope="col">Concerns</th>
                <th scope="col">Category</th>
                <th scope="col">Investigating</th>
                <th scope="col">Post (redacted)</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/cases/${c.id}`}>Case {c.number}</Link>
                    {c.overdueTasks > 0 && (
                      <span className="tag tag-block overdue">{c.overdueTasks} overdue</span>
                    )}
                  </td>
                  <td>{date(c.createdAt)}</td>
                  <td>
                    {statusLabel(c.status)}
                    {c.outcome && <div className="muted">{outcomeLabel(c.outcome)}</div>}
                  </td>
                  <td>
                    {c.subjectName}
                    {c.directorateName && <div className="muted">{c.directorateName}</div>}
                  </td>
                  <td>{categoryLabel(c.category)}</td>
                  <td>{c.ownerName ?? (c.ownerId === me.user.id ? "You" : "Not assigned")}</td>
                  <td className="excerpt-cell">
                    <span className="muted">{c.platform}: </span>
                    {c.excerpt || <span className="muted">(no text: link or screenshot)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MyReports() {
  const id = useId();
  const [reports, setReports] = useState<
    {
      id: string;
      number: number;
      status: string;
      platform: string;
      subjectName: string;
      createdAt: string;
    }[]
  >([]);
  useEffect(() => {
    api<{ reports: typeof reports }>("GET", "/api/v1/cases/mine").then(
      (r) => setReports(r.reports),
      () => {},
    );
  }, []);
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>Your reports</h2>
      <p className="muted">
        You see where each report has got to. What is decided is between the member of staff, their
        manager and HR.
      </p>
      <ul className="plain-list">
        {reports.map((r) => (
          <li key={r.id}>
            Case {r.number}, {date(r.createdAt)}: {r.subjectName} on {r.platform} —{" "}
            <strong>{statusLabel(r.status)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
