import { useEffect, useState, type FormEvent } from "react";
import { api, ApiError, type Me } from "../api.js";

const OIDC_ERRORS: Record<string, string> = {
  expired: "Sign-in took too long. Please try again.",
  "no-account": "There is no postguard account for you yet. Ask an administrator to add you.",
  inactive: "Your account has been deactivated.",
  failed: "Sign-in with your organisation did not work. Please try again.",
};

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(() => {
    const code = new URLSearchParams(window.location.search).get("error");
    return code ? (OIDC_ERRORS[code] ?? OIDC_ERRORS.failed) : null;
  });
  const [busy, setBusy] = useState(false);
  const [oidc, setOidc] = useState<{ label: string; url: string } | null>(null);

  useEffect(() => {
    api<{ oidc: { label: string; url: string } | null }>("GET", "/api/v1/auth/providers").then(
      (p) => setOidc(p.oidc),
      () => {},
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api<Me>("POST", "/api/v1/auth/login", { email, password }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Sign-in failed.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {error && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{error}</p>
        </div>
      )}
      {oidc && (
        <p>
          <a className="button" href={oidc.url}>
            Sign in with {oidc.label}
          </a>
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="email">E-mail address</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button className="button" type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </div>
  );
}
