// The staff report form (CLH-SMP §5, CCC-SMP §9): the post (link, text, screenshots), where and
// when, who it concerns and what happened. Communications can send it as a forwarded post
// (MTW-SMP §3.1). Nothing is saved unless the whole report, screenshots included, is accepted.
import { useId, useState, type FormEvent } from "react";
import { ApiError, type Me } from "../../api.js";
import { Link } from "../../router.js";
import { CATEGORY_LABELS } from "../../../server/features/cases/vocabulary.js";
import { postForm } from "./api.js";
import { PersonPicker } from "./PersonPicker.js";
import { PlatformField } from "./PlatformField.js";

export function ReportForm({ me }: { me: Me }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const canForward = me.actions.includes("cases:forward");

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
        <PlatformField id={`${id}-platform`} />
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
        <PersonPicker legend="Who it concerns" />
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
