// Who a report or a flag concerns: find a member of staff by name (GET /cases/people, open to
// every reporter) or describe someone outside the directory, and say whether their line manager
// is involved (CCC-SMP §9 b). Plain named fields, read by the enclosing form: search (not sent),
// subjectId, subjectName, lineManagerImplicated.
import { useEffect, useId, useState } from "react";
import { api } from "../../api.js";

interface Person {
  id: string;
  displayName: string;
  jobTitle: string | null;
  departmentName: string | null;
}

export function PersonPicker({ legend, hint }: { legend: string; hint?: string }) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [found, setFound] = useState<Person[]>([]);
  const [subjectId, setSubjectId] = useState("");

  useEffect(() => {
    if (search.trim().length < 2) {
      setFound([]);
      return;
    }
    const timer = setTimeout(() => {
      api<{ people: Person[] }>(
        "GET",
        `/api/v1/cases/people?q=${encodeURIComponent(search.trim())}`,
      ).then(
        (r) => setFound(r.people),
        () => setFound([]),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [search]);

  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {hint && <div className="hint">{hint}</div>}
      <label htmlFor={`${id}-search`}>Find the member of staff</label>
      <div className="hint" id={`${id}-search-hint`}>
        Type at least two letters of their name, then choose them.
      </div>
      <input
        type="text"
        id={`${id}-search`}
        name="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-describedby={`${id}-search-hint`}
        autoComplete="off"
      />
      <label htmlFor={`${id}-subject`}>Member of staff</label>
      <select
        id={`${id}-subject`}
        name="subjectId"
        value={subjectId}
        onChange={(e) => setSubjectId(e.target.value)}
      >
        <option value="">{found.length ? "Choose a person" : "Search above first"}</option>
        {found.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
            {p.jobTitle ? `, ${p.jobTitle}` : ""}
            {p.departmentName ? ` (${p.departmentName})` : ""}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-name`}>Or, if they are not listed, describe them</label>
      <input type="text" id={`${id}-name`} name="subjectName" disabled={Boolean(subjectId)} />
      <div className="checkboxes">
        <label>
          <input type="checkbox" name="lineManagerImplicated" value="true" /> Their line manager is
          involved in this
        </label>
      </div>
    </fieldset>
  );
}
