// The staff report form (CLH-SMP §5, CCC-SMP §9): the post (link, text, screenshots), where and
// when, who it concerns and what happened. Communications can send it as a forwarded post
// (MTW-SMP §3.1). Nothing is saved unless the whole report, screenshots included, is accepted.
import { useEffect, useId, useState, type FormEvent } from "react";
import { api, ApiError, type Me } from "../../api.js";
import { Link } from "../../router.js";
import { CATEGORY_LABELS, PLATFORMS } from "../../../server/features/cases/vocabulary.js";
import { postForm } from "./api.js";

interface Person {
  id: string;
  displayName: string;
  jobTitle: string | null;
  departmentName: string | null;
}

export function ReportForm({ me }: { me: Me }) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [found, setFound] = useState<Person[]>([]);
  const [subjectId, setSubjectId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const canForward = me.actions.includes("cases:forward");

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    // Only the chosen person is sent: the search box is for finding them.
    data.delete("search");
    if (!data.get("subjectId")) data.delete("subjectId");
    const forward = data.get("forward") === "on";
    data.delete("forward");
    setSending(true);
    try {
      const created = await postForm<{ id: string; number: number }>(
        forward ? "/api/v1/cases/forward" : "/api/v1/cases",
        data,
      );
      setDone(created.number);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The report could not be sent.");
    } finally {
      setSending(false);
    }
  }

  if (done !== null) {
    return (
      <>
        <h1>Report sent</h1>
        <div className="notice" role="status">
          <p>
            Thank you. Case {done} is open and has gone to the manager who will look into it. The
            person you reported will not be told who reported them.
          </p>
        </div>
        <p>
          <Link href="/cases">Back to Cases</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Report a post</h1>
      <p className="lead">
        Tell us about a post on social media that may break the trust's social media policy.
      </p>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={(el) => el?.focus()}>
          <h2>The report was not sent</h2>
          <p>{error}</p>
        </div>
      )}
      <form
        className="panel report-form"
        onSubmit={submit}
        encType="multipart/form-data"
        noValidate
      >
        <div className="field">
          <label htmlFor={`${id}-platform`}>Platform</label>
          <select id={`${id}-platform`} name="platform" required defaultValue="">
            <option value="" disabled>
              Choose where the post is
            </option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>Link to the post</label>
          <div className="hint" id={`${id}-url-hint`}>
            Copy the address from your browser or the app's "share" button.
          </div>
          <input
            type="text"
            inputMode="url"
            id={`${id}-url`}
            name="postUrl"
            aria-describedby={`${id}-url-hint`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>The post's text</label>
          <div className="hint" id={`${id}-text-hint`}>
            Paste it exactly as it appears. It is kept as evidence, and shown redacted to most
            people who handle the case.
          </div>
          <textarea
            id={`${id}-text`}
            name="postText"
            rows={5}
            aria-describedby={`${id}-text-hint`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-files`}>Screenshots</label>
          <div className="hint" id={`${id}-files-hint`}>
            Up to 5 images (PNG, JPEG, GIF or WebP), 5 MB each.
          </div>
          <input
            type="file"
            id={`${id}-files`}
            name="screenshots"
            accept="image/png,image/jpeg,image/gif,image/webp"
            multiple
            aria-describedby={`${id}-files-hint`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-posted`}>When it was posted (if you know)</label>
          <input type="date" id={`${id}-posted`} name="postedAt" />
        </div>
        <fieldset className="field">
          <legend>Who it concerns</legend>
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
              <input type="checkbox" name="lineManagerImplicated" value="true" /> Their line manager
              is involved in this
            </label>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-category`}>What kind of problem is it? (optional)</label>
          <select id={`${id}-category`} name="category" defaultValue="">
            <option value="">Let the checker decide</option>
            {Object.entries(CATEGORY_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-what`}>What happened</label>
          <div className="hint" id={`${id}-what-hint`}>
            Where you saw it, when, and why you think it breaks the policy.
          </div>
          <textarea
            id={`${id}-what`}
            name="whatHappened"
            rows={4}
            required
            aria-describedby={`${id}-what-hint`}
          />
        </div>
        {canForward && (
          <div className="field checkboxes">
            <label>
              <input type="checkbox" name="forward" /> Forward as the communications team (found
              while monitoring, MTW-SMP §3.1)
            </label>
          </div>
        )}
        <button type="submit" className="button" disabled={sending}>
          {sending ? "Sending…" : "Send report"}
        </button>
      </form>
    </>
  );
}
