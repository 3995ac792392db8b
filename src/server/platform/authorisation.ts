// Who may do what: ONE table, read by the route guard, the web app (/api/v1/auth/me lists a
// user's allowed actions) and the test that walks every route with every role.
// A route names its action in `config.access`; "public" and "signed-in" are the only others.

export const ROLES = [
  "staff",
  "line_manager",
  "communications",
  "hr",
  "information_governance",
  "pals",
  "service_director",
  "administrator",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  staff: "Staff",
  line_manager: "Line manager",
  communications: "Communications",
  hr: "HR",
  information_governance: "Information governance",
  pals: "PALS",
  service_director: "Service director",
  administrator: "Administrator",
};

const EVERYONE: readonly Role[] = ROLES;

/**
 * action → roles allowed. A user with several roles may do what any of them may.
 * Adding a feature: add its actions here, with the roles the policy gives them.
 */
export const PERMISSIONS = {
  /** Run the authoritative server check on a draft post. */
  "check:run": EVERYONE,
  /** See the people directory (names, roles, departments) - needed to pick a line manager or case owner. */
  "users:list": [
    "line_manager",
    "communications",
    "hr",
    "information_governance",
    "service_director",
    "administrator",
  ],
  "users:create": ["administrator"],
  "users:update": ["administrator"],
  /** Clear a lock-out or set a new password for someone else. */
  "users:reset-access": ["administrator"],
  "org:read": EVERYONE,
  "org:manage": ["administrator"],
  /** Read the audit log: it holds who looked at what, so only oversight roles. */
  "audit:read": ["information_governance", "administrator"],
  "audit:verify": ["information_governance", "administrator"],
  /** Report a post that may breach the policy (CLH-SMP §5, CCC-SMP §9): anyone, and see their own reports' status. */
  "cases:report": EVERYONE,
  /** Turn a post "Check a post" flagged into a case (issue 6 point 1: a flag raised by the checker). */
  "cases:flag": EVERYONE,
  /** Forward a post found while monitoring to the manager and HR (MTW-SMP §3.1). */
  "cases:forward": ["communications"],
  /** Read cases: which ones is decided per case (the investigating manager, HR and IG as advisers, never the subject). */
  "cases:read": ["line_manager", "hr", "information_governance", "service_director"],
  /** Work a case: notes, tasks, status, outcome, reassignment, escalation (per case as for cases:read). */
  "cases:manage": ["line_manager", "hr", "information_governance", "service_director"],
  /** Read unredacted evidence; for patient-identifiable evidence only the investigating manager and IG (MTW-SMP §3.4). */
  "cases:evidence": ["line_manager", "hr", "information_governance", "service_director"],
  /** Case statistics and the FOI report (MTW-SMP FOI 4042): counts only, no one's details. */
  "cases:stats": [
    "communications",
    "hr",
    "information_governance",
    "service_director",
    "administrator",
  ],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export type Access = "public" | "signed-in" | Action;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAction(value: string): value is Action {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, value);
}

export function can(roles: readonly string[], action: Action): boolean {
  const allowed = PERMISSIONS[action] as readonly string[];
  return roles.some((role) => allowed.includes(role));
}

export function allowedActions(roles: readonly string[]): Action[] {
  return ACTIONS.filter((action) => can(roles, action));
}
