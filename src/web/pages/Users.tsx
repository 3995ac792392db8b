// User administration: who has which role, where they work and who manages them.
import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { api, ApiError, type Me } from "../api.js";

interface User {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  roles: string[];
  departmentId: string | null;
  departmentName: string | null;
  directorateName: string | null;
  lineManagerId: string | null;
  lineManagerName: string | null;
  active: boolean;
  locked: boolean;
}

interface Org {
  directorates: { id: string; name: string; departments: { id: string; name: string }[] }[];
}

export function UsersPage({ me }: { me: Me }) {
  const [users, setUsers] = useState<User[]>([]);
  const [org, setOrg] = useState<Org>({ directorates: [] });
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const canEdit = me.actions.includes("users:update");

  const load = useCallback(async () => {
    try {
      const [u, o] = await Promise.all([
        api<{ users: User[] }>("GET", "/api/v1/users"),
        api<Org>("GET", "/api/v1/org"),
      ]);
      setUsers(u.users);
      setOrg(o);
    } catch (e) {
      setMessage({
        kind: "error",
        text: e instanceof ApiError ? e.message : "Could not load users.",
      });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function act(work: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await work();
      setMessage({ kind: "ok", text: done });
      setEditing(null);
      await load();
      return true;
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof ApiError ? e.message : "That did not work." });
      return false;
    }
  }

  return (
    <>
      <h1>Users</h1>
      {message && (
        <div
          className={message.kind === "error" ? "error-summary" : "notice"}
          role={message.kind === "error" ? "alert" : "status"}
        >
          <p>{message.text}</p>
        </div>
      )}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">People with a postguard account</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Roles</th>
              <th scope="col">Department</th>
              <th scope="col">Line manager</th>
              <th scope="col">Status</th>
              {canEdit && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.displayName}
                  <br />
                  <span className="muted">{u.email}</span>
                </td>
                <td>{u.roles.map((r) => me.roleLabels[r] ?? r).join(", ")}</td>
                <td>{u.departmentName ? `${u.departmentName} (${u.directorateName})` : "—"}</td>
                <td>{u.lineManagerName ?? "—"}</td>
                <td>{!u.active ? "Deactivated" : u.locked ? "Locked" : "Active"}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setEditing(editing === u.id ? null : u.id)}
                      aria-expanded={editing === u.id}
                    >
                      Edit<span className="visually-hidden"> {u.displayName}</span>
                    </button>
                    {u.locked && (
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() =>
                          act(
                            () => api("POST", `/api/v1/users/${u.id}/unlock`),
                            `${u.displayName} unlocked.`,
                          )
                        }
                      >
                        Unlock<span className="visually-hidden"> {u.displayName}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <UserForm
          key={editing}
          me={me}
          org={org}
          users={users}
          user={users.find((u) => u.id === editing)}
          onSubmit={(body) =>
            act(() => api("PATCH", `/api/v1/users/${editing}`, body), "Changes saved.")
          }
          onCancel={() => setEditing(null)}
        />
      )}
      {me.actions.includes("users:create") && !editing && (
        <UserForm
          me={me}
          org={org}
          users={users}
          onSubmit={(body) =>
            act(() => api("POST", "/api/v1/users", body), `${body.displayName} added.`)
          }
        />
      )}
    </>
  );
}

function UserForm({
  me,
  org,
  users,
  user,
  onSubmit,
  onCancel,
}: {
  me: Me;
  org: Org;
  users: User[];
  user?: User;
  onSubmit: (body: Record<string, unknown>) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [email, setEmail] = useState(user?.email ?? "");
  const [displayName, setDisplayName] = useState(user?.displayName ?? "");
  const [jobTitle, setJobTitle] = useState(user?.jobTitle ?? "");
  const [roles, setRoles] = useState<string[]>(user?.roles ?? ["staff"]);
  const [departmentId, setDepartmentId] = useState(user?.departmentId ?? "");
  const [lineManagerId, setLineManagerId] = useState(user?.lineManagerId ?? "");
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: Record<string, unknown> = {
      displayName,
      jobTitle: jobTitle || null,
      roles,
      departmentId: departmentId || null,
      lineManagerId: lineManagerId || null,
    };
    if (user) body.active = active;
    else {
      body.email = email;
      if (password) body.password = password;
    }
    const ok = await onSubmit(body);
    if (ok && !user) {
      setEmail("");
      setDisplayName("");
      setJobTitle("");
      setPassword("");
      setRoles(["staff"]);
    }
  }

  return (
    <form className="panel" onSubmit={submit}>
      <h2>{user ? `Edit ${user.displayName}` : "Add a user"}</h2>
      {!user && (
        <div className="field">
          <label htmlFor={`${id}-email`}>E-mail address</label>
          <input
            id={`${id}-email`}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Job title (optional)</label>
        <input
          id={`${id}-title`}
          value={jobTitle}
          onChange={(e) => setJobTitle(e.target.value)}
          autoComplete="off"
        />
      </div>
      <fieldset className="field">
        <legend>Roles</legend>
        <div className="checkboxes">
          {Object.entries(me.roleLabels).map(([role, label]) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) =>
                  setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))
                }
              />{" "}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-department`}>Department</label>
        <select
          id={`${id}-department`}
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          <option value="">None</option>
          {org.directorates.map((d) => (
            <optgroup key={d.id} label={d.name}>
              {d.departments.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-manager`}>Line manager</label>
        <select
          id={`${id}-manager`}
          value={lineManagerId}
          onChange={(e) => setLineManagerId(e.target.value)}
        >
          <option value="">None</option>
          {users
            .filter((u) => u.id !== user?.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
        </select>
      </div>
      {user ? (
        <div className="field">
          <label>
            <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />{" "}
            Account active
          </label>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-password`}>Password (optional)</label>
          <div className="hint" id={`${id}-password-hint`}>
            At least 12 characters. Leave empty for people who sign in with your organisation's
            account.
          </div>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            aria-describedby={`${id}-password-hint`}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
      )}
      <div className="actions">
        <button className="button" type="submit">
          {user ? "Save changes" : "Add user"}
        </button>
        {onCancel && (
          <button className="button secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
