// People and the trust's structure. Every change is written to the audit log in the same
// transaction, so there is no change without its record.
import type { Kysely, Transaction } from "kysely";
import { sql } from "kysely";
import { appendAudit, type Actor } from "../../platform/audit.js";
import { isRole, ROLES } from "../../platform/authorisation.js";
import { HttpError } from "../../platform/errors.js";
import { hashPassword, passwordProblem } from "../../platform/passwords.js";
import type { Database } from "../../platform/tables.js";

export interface UserView {
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
  hasPassword: boolean;
  signInWithOidc: boolean;
}

export interface NewUser {
  email: string;
  displayName: string;
  jobTitle?: string | null;
  roles: string[];
  departmentId?: string | null;
  lineManagerId?: string | null;
  password?: string | null;
}

export interface UserChanges {
  displayName?: string;
  jobTitle?: string | null;
  roles?: string[];
  departmentId?: string | null;
  lineManagerId?: string | null;
  active?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkRoles(roles: string[]): string[] {
  if (roles.length === 0)
    throw new HttpError(400, "invalid-request", "Give the user at least one role.");
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length)
    throw new HttpError(
      400,
      "invalid-request",
      `Unknown role ${unknown.join(", ")}. Roles are: ${ROLES.join(", ")}.`,
    );
  return [...new Set(roles)];
}

function userQuery(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("users")
    .leftJoin("departments", "departments.id", "users.department_id")
    .leftJoin("directorates", "directorates.id", "departments.directorate_id")
    .leftJoin("users as manager", "manager.id", "users.line_manager_id")
    .select([
      "users.id",
      "users.email",
      "users.display_name",
      "users.job_title",
      "users.roles",
      "users.department_id",
      "departments.name as department_name",
      "directorates.name as directorate_name",
      "users.line_manager_id",
      "manager.display_name as line_manager_name",
      "users.active",
      "users.locked_until",
      "users.password_hash",
      "users.oidc_subject",
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof userQuery>["executeTakeFirstOrThrow"]>>;

function toView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    jobTitle: row.job_title,
    roles: row.roles,
    departmentId: row.department_id,
    departmentName: row.department_name,
    directorateName: row.directorate_name,
    lineManagerId: row.line_manager_id,
    lineManagerName: row.line_manager_name,
    active: row.active,
    locked: row.locked_until !== null && row.locked_until.getTime() > Date.now(),
    hasPassword: row.password_hash !== null,
    signInWithOidc: row.oidc_subject !== null,
  };
}

export async function listUsers(db: Kysely<Database>): Promise<UserView[]> {
  const rows = await userQuery(db).orderBy("users.display_name").execute();
  return rows.map(toView);
}

export async function getUser(
  db: Kysely<Database> | Transaction<Database>,
  id: string,
): Promise<UserView> {
  if (!isUuid(id)) throw new HttpError(404, "not-found", `No user ${id}.`);
  const row = await userQuery(db).where("users.id", "=", id).executeTakeFirst();
  if (!row) throw new HttpError(404, "not-found", `No user ${id}.`);
  return toView(row);
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

async function checkDepartment(
  trx: Transaction<Database>,
  departmentId: string | null | undefined,
) {
  if (!departmentId) return;
  const found =
    isUuid(departmentId) &&
    (await trx
      .selectFrom("departments")
      .select("id")
      .where("id", "=", departmentId)
      .executeTakeFirst());
  if (!found) throw new HttpError(400, "invalid-request", `No department ${departmentId}.`);
}

/** The user's managers, nearest first: where a case escalates when the manager above doesn't act. */
export async function lineManagerChain(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
): Promise<{ id: string; displayName: string }[]> {
  const result = await sql<{ id: string; display_name: string; depth: number }>`
    with recursive chain(id, display_name, line_manager_id, depth) as (
      select m.id, m.display_name, m.line_manager_id, 1
        from users u join users m on m.id = u.line_manager_id where u.id = ${userId}
      union all
      select m.id, m.display_name, m.line_manager_id, c.depth + 1
        from chain c join users m on m.id = c.line_manager_id where c.depth < 50
    )
    select id, display_name, depth from chain order by depth`.execute(db);
  return result.rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}

async function checkLineManager(
  trx: Transaction<Database>,
  userId: string | null,
  managerId: string | null | undefined,
) {
  if (!managerId) return;
  const manager =
    isUuid(managerId) &&
    (await trx.selectFrom("users").select(["id"]).where("id", "=", managerId).executeTakeFirst());
  if (!manager)
    throw new HttpError(400, "invalid-request", `No user ${managerId} to be line manager.`);
  if (userId === null) return;
  if (managerId === userId)
    throw new HttpError(400, "invalid-request", "A user cannot be their own line manager.");
  const chain = await lineManagerChain(trx, managerId);
  if (chain.some((m) => m.id === userId)) {
    throw new HttpError(
      400,
      "invalid-request",
      "That line manager reports to this user: the chain would go round in a circle.",
    );
  }
}

export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  input: NewUser,
): Promise<UserView> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email))
    throw new HttpError(400, "invalid-request", `"${input.email}" is not an e-mail address.`);
  const displayName = input.displayName.trim();
  if (!displayName) throw new HttpError(400, "invalid-request", "Give the user a name.");
  const roles = checkRoles(input.roles);
  if (input.password) {
    const problem = passwordProblem(input.password);
    if (problem) throw new HttpError(400, "invalid-request", problem);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirst();
    if (existing)
      throw new HttpError(
        409,
        "conflict",
        `There is already a user with the e-mail address ${email}.`,
      );
    await checkDepartment(trx, input.departmentId);
    await checkLineManager(trx, null, input.lineManagerId);
    const { id } = await trx
      .insertInto("users")
      .values({
        email,
        display_name: displayName,
        job_title: input.jobTitle ?? null,
        roles,
        department_id: input.departmentId ?? null,
        line_manager_id: input.lineManagerId ?? null,
        password_hash: passwordHash,
        locked_until: null,
        oidc_issuer: null,
        oidc_subject: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: "user.create",
      subjectType: "user",
      subjectId: id,
      detail: {
        email,
        displayName,
        roles,
        departmentId: input.departmentId ?? null,
        lineManagerId: input.lineManagerId ?? null,
        password: passwordHash ? "set" : "none",
      },
    });
    return getUser(trx, id);
  });
}

export async function updateUser(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  changes: UserChanges,
): Promise<UserView> {
  const before = await getUser(db, id);
  const set: Record<string, unknown> = {};
  const recorded: Record<string, { from: unknown; to: unknown }> = {};
  const note = (field: keyof UserView, column: string, value: unknown) => {
    if (JSON.stringify(before[field]) === JSON.stringify(value)) return;
    set[column] = value;
    recorded[field] = { from: before[field], to: value };
  };
  if (changes.displayName !== undefined) {
    if (!changes.displayName.trim())
      throw new HttpError(400, "invalid-request", "A user's name cannot be empty.");
    note("displayName", "display_name", changes.displayName.trim());
  }
  if (changes.jobTitle !== undefined) note("jobTitle", "job_title", changes.jobTitle);
  if (changes.roles !== undefined) note("roles", "roles", checkRoles(changes.roles));
  if (changes.departmentId !== undefined)
    note("departmentId", "department_id", changes.departmentId);
  if (changes.lineManagerId !== undefined)
    note("lineManagerId", "line_manager_id", changes.lineManagerId);
  if (changes.active !== undefined) {
    if (!changes.active && actor.id === id)
      throw new HttpError(400, "invalid-request", "You cannot deactivate your own account.");
    note("active", "active", changes.active);
  }
  if (
    changes.roles !== undefined &&
    actor.id === id &&
    before.roles.includes("administrator") &&
    !changes.roles.includes("administrator")
  ) {
    throw new HttpError(
      400,
      "invalid-request",
      "You cannot remove your own administrator role; ask another administrator.",
    );
  }
  if (Object.keys(set).length === 0) return before;
  return db.transaction().execute(async (trx) => {
    if ("department_id" in set) await checkDepartment(trx, set.department_id as string | null);
    if ("line_manager_id" in set)
      await checkLineManager(trx, id, set.line_manager_id as string | null);
    await trx
      .updateTable("users")
      .set({ ...set, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: "user.update",
      subjectType: "user",
      subjectId: id,
      detail: { changes: recorded },
    });
    return getUser(trx, id);
  });
}

export async function unlockUser(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<UserView> {
  await getUser(db, id);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ locked_until: null, failed_logins: 0, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, { actor, action: "user.unlock", subjectType: "user", subjectId: id });
    return getUser(trx, id);
  });
}

export async function setPassword(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  password: string,
): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new HttpError(400, "invalid-request", problem);
  await getUser(db, id);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({
        password_hash: passwordHash,
        locked_until: null,
        failed_logins: 0,
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: "user.set-password",
      subjectType: "user",
      subjectId: id,
    });
  });
}

export interface OrgView {
  directorates: { id: string; name: string; departments: { id: string; name: string }[] }[];
}

export async function getOrg(db: Kysely<Database>): Promise<OrgView> {
  const directorates = await db
    .selectFrom("directorates")
    .select(["id", "name"])
    .orderBy("name")
    .execute();
  const departments = await db
    .selectFrom("departments")
    .select(["id", "name", "directorate_id"])
    .orderBy("name")
    .execute();
  return {
    directorates: directorates.map((d) => ({
      id: d.id,
      name: d.name,
      departments: departments
        .filter((p) => p.directorate_id === d.id)
        .map((p) => ({ id: p.id, name: p.name })),
    })),
  };
}

export async function createDirectorate(
  db: Kysely<Database>,
  actor: Actor,
  name: string,
): Promise<{ id: string; name: string }> {
  const clean = name.trim();
  if (!clean) throw new HttpError(400, "invalid-request", "Give the directorate a name.");
  return db.transaction().execute(async (trx) => {
    if (
      await trx.selectFrom("directorates").select("id").where("name", "=", clean).executeTakeFirst()
    ) {
      throw new HttpError(409, "conflict", `There is already a directorate called ${clean}.`);
    }
    const row = await trx
      .insertInto("directorates")
      .values({ name: clean })
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: "directorate.create",
      subjectType: "directorate",
      subjectId: row.id,
      detail: { name: clean },
    });
    return row;
  });
}

export async function createDepartment(
  db: Kysely<Database>,
  actor: Actor,
  directorateId: string,
  name: string,
): Promise<{ id: string; name: string }> {
  const clean = name.trim();
  if (!clean) throw new HttpError(400, "invalid-request", "Give the department a name.");
  return db.transaction().execute(async (trx) => {
    const directorate =
      isUuid(directorateId) &&
      (await trx
        .selectFrom("directorates")
        .select("id")
        .where("id", "=", directorateId)
        .executeTakeFirst());
    if (!directorate)
      throw new HttpError(400, "invalid-request", `No directorate ${directorateId}.`);
    if (
      await trx
        .selectFrom("departments")
        .select("id")
        .where("directorate_id", "=", directorateId)
        .where("name", "=", clean)
        .executeTakeFirst()
    ) {
      throw new HttpError(
        409,
        "conflict",
        `That directorate already has a department called ${clean}.`,
      );
    }
    const row = await trx
      .insertInto("departments")
      .values({ name: clean, directorate_id: directorateId })
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: "department.create",
      subjectType: "department",
      subjectId: row.id,
      detail: { name: clean, directorateId },
    });
    return row;
  });
}
