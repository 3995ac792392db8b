// The small forms of a case page: a labelled field, and a form that runs one change on the case,
// reports it (through the page's `act`) and clears itself when the change went through.
import type { FormEvent, ReactNode } from "react";

export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function ActionForm({
  submit,
  button,
  disabled,
  onDone,
  children,
}: {
  /** Runs the change; true when it went through. */
  submit: () => Promise<boolean>;
  button: string;
  disabled?: boolean;
  /** Clear the form's fields after a change that went through. */
  onDone?: () => void;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={async (e: FormEvent) => {
        e.preventDefault();
        if ((await submit()) && onDone) onDone();
      }}
    >
      {children}
      <button type="submit" className="button secondary" disabled={disabled}>
        {button}
      </button>
    </form>
  );
}
