// Case statistics (by month, category, outcome, directorate) and the FOI report of MTW-SMP FOI
// 4042 question 4, with a CSV download. Counts only: nobody's details.
import { useEffect, useState } from "react";
import { api, ApiError } from "../../api.js";
import { Link } from "../../router.js";
import { categoryLabel, outcomeLabel, statusLabel } from "./CasesSection.js";

interface Counts {
  key: string;
  count: number;
}
interface Stats {
  total: number;
  byMonth: Counts[];
  byCategory: Counts[];
  byOutcome: Counts[];
  byDirectorate: Counts[];
  byStatus: Counts[];
}
interface Foi {
  question: string;
  counts: { year: number; peopleDisciplined: number; formalAction: number; dismissal: number }[];
}

export function StatisticsPage() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [foi, setFoi] = useState<Foi | null>(null);
  const [error, setError] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();
  const [from, setFrom] = useState(thisYear - 4);
  const [to, setTo] = useState(thisYear);

  useEffect(() => {
    api<Stats>("GET", "/api/v1/cases/stats").then(setStats, (e) =>
      setError(e instanceof ApiError ? e.message : "Could not load the statistics."),
    );
  }, []);
  useEffect(() => {
    api<Foi>("GET", `/api/v1/cases/reports/foi?from=${from}&to=${to}`).then(setFoi, (e) =>
      setError(e instanceof ApiError ? e.message : "Could not load the FOI report."),
    );
  }, [from, to]);

  return (
    <>
      <p>
        <Link href="/cases">← Cases</Link>
      </p>
      <h1>Case statistics</h1>
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
      <section className="panel" aria-labelledby="foi-h">
        <h2 id="foi-h">Freedom of Information: staff disciplined for social media behaviour</h2>
        <p>
          {foi?.question}. "Disciplined" counts formal action under the Disciplinary Policy and
          dismissal, each person once a year.
        </p>
        <div className="filters">
          <div className="field">
            <label htmlFor="foi-from">From year</label>
            <input
              type="number"
              id="foi-from"
              value={from}
              min={1990}
              max={to}
              onChange={(e) => setFrom(Number(e.target.value))}
            />
          </div>
          <div className="field">
            <label htmlFor="foi-to">To year</label>
            <input
              type="number"
              id="foi-to"
              value={to}
              min={from}
              max={2200}
              onChange={(e) => setTo(Number(e.target.value))}
            />
          </div>
        </div>
        {foi && (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">
                People disciplined as a result of social media behaviour, per calendar year
              </caption>
              <thead>
                <tr>
                  <th scope="col">Calendar year</th>
                  <th scope="col">People disciplined</th>
                  <th scope="col">Formal action</th>
                  <th scope="col">Dismissal</th>
                </tr>
              </thead>
              <tbody>
                {foi.counts.map((c) => (
                  <tr key={c.year}>
                    <th scope="row">{c.year}</th>
                    <td>{c.peopleDisciplined}</td>
                    <td>{c.formalAction}</td>
                    <td>{c.dismissal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <a
            className="button secondary"
            href={`/api/v1/cases/reports/foi?from=${from}&to=${to}&format=csv`}
            download
          >
            Download as CSV
          </a>
        </p>
      </section>
      {stats && (
        <div className="stats-grid">
          <CountTable
            title={`All cases (${stats.total}) by month opened`}
            rows={stats.byMonth}
            label={(k) => k}
          />
          <CountTable title="By category" rows={stats.byCategory} label={categoryLabel} />
          <CountTable
            title="By outcome"
            rows={stats.byOutcome}
            label={(k) => (k === "none" ? "No outcome yet" : outcomeLabel(k))}
          />
          <CountTable title="By directorate" rows={stats.byDirectorate} label={(k) => k} />
          <CountTable title="By status" rows={stats.byStatus} label={statusLabel} />
        </div>
      )}
    </>
  );
}

function CountTable({
  title,
  rows,
  label,
}: {
  title: string;
  rows: Counts[];
  label: (key: string) => string;
}) {
  return (
    <section className="panel">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">No cases yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">{title}</caption>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{label(r.key)}</th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
