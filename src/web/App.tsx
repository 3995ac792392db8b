// The shell: who is signed in, the navigation (with room for the coming sections) and the page.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, forgetCsrf, type Me } from "./api.js";
import { Link, navigate, usePath } from "./router.js";
import { SignIn } from "./pages/SignIn.js";
import { CheckPage } from "./pages/Check.js";
import { UsersPage } from "./pages/Users.js";
import { ComingSoon } from "./pages/ComingSoon.js";
import { CasesSection } from "./pages/cases/CasesSection.js";

interface Section {
  path: string;
  label: string;
  /** The action that shows the section; undefined: everyone signed in. */
  needs?: string;
  ready: boolean;
}

/** Later issues turn a section on by building its page and setting ready. */
export const SECTIONS: Section[] = [
  { path: "/", label: "Check a post", ready: true },
  { path: "/cases", label: "Cases", needs: "cases:report", ready: true },
  { path: "/accounts", label: "Accounts", ready: false },
  { path: "/publishing", label: "Publishing", ready: false },
  { path: "/monitoring", label: "Monitoring", ready: false },
  { path: "/inbox", label: "Inbox", ready: false },
  { path: "/archive", label: "Archive", ready: false },
  { path: "/policies", label: "Policies", ready: false },
  { path: "/users", label: "Users", needs: "users:list", ready: true },
];

export function App() {
  const path = usePath();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    api<Me>("GET", "/api/v1/auth/me").then(setMe, () => setMe(null));
  }, []);

  // Move focus to the new page's heading so screen-reader and keyboard users know the page changed.
  // Not on the first page load: there the browser's own start (and the skip link) is right.
  const shownPath = useRef<string | null>(null);
  useEffect(() => {
    const heading = main.current?.querySelector("h1");
    const changed = shownPath.current !== null && shownPath.current !== path;
    if (me !== undefined) shownPath.current = path;
    if (changed && heading instanceof HTMLElement) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    const section = SECTIONS.find((s) => s.path === path);
    document.title = `${section?.label ?? (path === "/sign-in" ? "Sign in" : "postguard")} – postguard`;
  }, [path, me]);

  const signOut = useCallback(async () => {
    await api("POST", "/api/v1/auth/logout").catch(() => {});
    forgetCsrf();
    setMe(null);
    navigate("/sign-in");
  }, []);

  if (me === undefined) return <p className="loading">Loading…</p>;
  if (me === null) {
    return (
      <Page main={main}>
        <SignIn
          onSignedIn={(who) => {
            forgetCsrf();
            setMe(who);
            navigate("/");
          }}
        />
      </Page>
    );
  }

  const visible = SECTIONS.filter((s) => !s.needs || me.actions.includes(s.needs));
  const current =
    visible.find((s) => s.path === path || (s.path !== "/" && path.startsWith(`${s.path}/`))) ??
    (path === "/sign-in" ? visible[0] : undefined);
  let content;
  if (!current) content = <NotFound />;
  else if (current.path === "/") content = <CheckPage />;
  else if (current.path === "/users") content = <UsersPage me={me} />;
  else if (current.path === "/cases") content = <CasesSection me={me} path={path} />;
  else content = <ComingSoon title={current.label} />;

  return (
    <Page
      main={main}
      header={
        <>
          <nav aria-label="Main" className="nav">
            <ul>
              {visible.map((s) => (
                <li key={s.path}>
                  <Link href={s.path} aria-current={current?.path === s.path ? "page" : undefined}>
                    {s.label}
                    {!s.ready && <span className="visually-hidden"> (coming soon)</span>}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="account">
            <span>
              {me.user.displayName}{" "}
              <span className="muted">
                ({me.user.roles.map((r) => me.roleLabels[r] ?? r).join(", ")})
              </span>
            </span>
            <button type="button" className="button secondary" onClick={signOut}>
              Sign out
            </button>
          </div>
        </>
      }
    >
      {content}
    </Page>
  );
}

function Page({
  header,
  children,
  main,
}: {
  header?: React.ReactNode;
  children: React.ReactNode;
  main: React.RefObject<HTMLElement | null>;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            pg
          </span>
          <span>postguard</span>
        </div>
        {header}
      </header>
      <main id="main" ref={main}>
        {children}
      </main>
    </>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address, or your role does not include it.{" "}
        <Link href="/">Go to Check a post</Link>.
      </p>
    </>
  );
}
