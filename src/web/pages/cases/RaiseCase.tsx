// "Report this post" on the Check a post page: when the checker flags a post someone found (a
// colleague's post, a message to an official account), they can raise a case from it without
// retyping it. POST /api/v1/cases/flag checks the text again with the same profile and direction
// and opens the case through the one way in for the checker's flags (createCaseFromFlag).
import { useEffect, useId, useState, type FormEvent } from "react";
import type { Direction } from "../../../engine/index.js";
import { api, ApiError, type Me } from "../../api.js";
import { Link } from "../../router.js";
import { PersonPicker } from "./PersonPicker.js";
import { PlatformField } from "./PlatformField.js";

export function RaiseCase({
  text,
  profile,
  direction,
}: {
  text: string;
  profile: string;
  direction: Direction;
}) {
  const id = useId();
  const [allowed, setAllowed] = useState(false);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [raised, setRaised] = useState<{ number: number; text: string } | null>(null);

  useEffect(() => {
    api<Me>("GET", "/api/v1/auth/me").then(
      (me) => setAllowed(me.actions.includes("cases:flag")),
      () => setAllowed(false),
    );
  }, []);

  if (!allowed) return null;

  if (raised && raised.text === text) {
    return (
      <div className="notice raise-case" role="status">
        <p>
          Case {raised.number} is open and has gone to the manager who will look into it. The person
          who posted it will not be told who raised it. You can follow its status under{" "}
          <Link href="/cases">Cases</Link>.
        </p>
      </div>
    );
  }

  if (!open) {
    return (
      <div className="raise-case">
        <p className="hint" id={`${id}-why`}>
          Is this someone else's post, or a message an official account received? If it breaks the
          policy, you can raise a case from it.
        </p>
        <button
          type="button"
          className="button secondary"
          aria-describedby={`${id}-why`}
          onClick={() => setOpen(true)}
        >
          Report this post
        </button>
      </div>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" && value.trim() ? value.trim() : null;
    };
    setSending(true);
    try {
      const created = await api<{ id: string; number: number }>("POST", "/api/v1/cases/flag", {
        text,
        profile: profile.trim() || null,
        direction,
        platform: field("platform") ?? "",
        postUrl: field("postUrl"),
        subjectId: field("subjectId"),
        subjectName: field("subjectId") ? null : field("subjectName"),
        lineManagerImplicated: data.get("lineManagerImplicated") === "true",
        note: field("note"),
      });
      setRaised({ number: created.number, text });
      setOpen(false);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The case could not be raised.");
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="panel raise-case" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>Report this post</h3>
      <p>
        The post as checked above and the checker's findings are kept as evidence. The case goes to
        the line manager of the person who posted it.
      </p>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={(el) => el?.focus()}>
          <h4>The case was not raised</h4>
          <p>{error}</p>
        </div>
      )}
      <PlatformField id={`${id}-platform`} />
      <div className="field">
        <label htmlFor={`${id}-url`}>Link to the post (if you have it)</label>
        <input type="text" inputMode="url" id={`${id}-url`} name="postUrl" />
      </div>
      <PersonPicker
        legend="Who posted it"
        hint="Leave these empty if you do not know: HR will pass the case to the right manager."
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>Anything to add (optional)</label>
        <textarea id={`${id}-note`} name="note" rows={3} />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={sending}>
          {sending ? "Raising…" : "Raise a case"}
        </button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
