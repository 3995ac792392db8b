// A demo trust so a newcomer can sign in as each role within a minute: `postguard seed-demo`
// or `postguard serve --demo`. Users for every role, and a few cases in different states
// (features/cases/demo.ts). Safe to run twice: it only adds what is missing.
import type { Kysely } from "kysely";
import { createDepartment, createDirectorate, createUser } from "./features/users/service.js";
import { seedDemoCases } from "./features/cases/demo.js";
import type { Role } from "./platform/authorisation.js";
import type { Database } from "./platform/tables.js";

export const DEMO_PASSWORD = "postguard-demo";
const actor = { id: null, label: "seed-demo" };

interface DemoPerson {
  email: string;
  name: string;
  title: string;
  roles: Role[];
  department: string;
  manager?: string;
}

const STRUCTURE: Record<string, string[]> = {
  "Medicine and Emergency Care": ["Emergency Department", "Acute Medicine"],
  "Corporate Services": [
    "Communications",
    "People and Culture",
    "Information Governance",
    "Patient Experience",
  ],
};

// Top-down, so each manager exists before the people who report to them.
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: "admin@demo.nhs.uk",
    name: "Alex Admin",
    title: "System administrator",
    roles: ["administrator"],
    department: "Information Governance",
  },
  {
    email: "director@demo.nhs.uk",
    name: "Dana Director",
    title: "Director of Medicine",
    roles: ["service_director"],
    department: "Acute Medicine",
  },
  {
    email: "manager@demo.nhs.uk",
    name: "Morgan Manager",
    title: "Ward manager",
    roles: ["line_manager", "staff"],
    department: "Acute Medicine",
    manager: "director@demo.nhs.uk",
  },
  {
    email: "staff@demo.nhs.uk",
    name: "Sam Staff",
    title: "Staff nurse",
    roles: ["staff"],
    department: "Acute Medicine",
    manager: "manager@demo.nhs.uk",
  },
  {
    email: "comms@demo.nhs.uk",
    name: "Chris Comms",
    title: "Communications officer",
    roles: ["communications"],
    department: "Communications",
    manager: "director@demo.nhs.uk",
  },
  {
    email: "hr@demo.nhs.uk",
    name: "Harper HR",
    title: "HR business partner",
    roles: ["hr"],
    department: "People and Culture",
    manager: "director@demo.nhs.uk",
  },
  {
    email: "ig@demo.nhs.uk",
    name: "Indy Governance",
    title: "Information governance lead",
    roles: ["information_governance"],
    department: "Information Governance",
    manager: "director@demo.nhs.uk",
  },
  {
    email: "pals@demo.nhs.uk",
    name: "Pat PALS",
    title: "PALS officer",
    roles: ["pals"],
    department: "Patient Experience",
    manager: "director@demo.nhs.uk",
  },
];

export interface DemoSeeded {
  created: string[];
  existing: string[];
  /** Demo cases made now and found already there (none asked for: both 0). */
  cases: { created: number; existing: number };
}

export async function seedDemo(
  db: Kysely<Database>,
  options: { cases?: boolean } = {},
): Promise<DemoSeeded> {
  const departments = new Map<string, string>();
  for (const [directorateName, departmentNames] of Object.entries(STRUCTURE)) {
    const existing = await db
      .selectFrom("directorates")
      .select("id")
      .where("name", "=", directorateName)
      .executeTakeFirst();
    const directorateId = existing?.id ?? (await createDirectorate(db, actor, directorateName)).id;
    for (const name of departmentNames) {
      const found = await db
        .selectFrom("departments")
        .select("id")
        .where("directorate_id", "=", directorateId)
        .where("name", "=", name)
        .executeTakeFirst();
      departments.set(
        name,
        found?.id ?? (await createDepartment(db, actor, directorateId, name)).id,
      );
    }
  }
  const created: string[] = [];
  const existing: string[] = [];
  const ids = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const found = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", person.email)
      .executeTakeFirst();
    if (found) {
      ids.set(person.email, found.id);
      existing.push(person.email);
      continue;
    }
    const user = await createUser(db, actor, {
      email: person.email,
      displayName: person.name,
      jobTitle: person.title,
      roles: person.roles,
      departmentId: departments.get(person.department),
      lineManagerId: person.manager ? ids.get(person.manager) : null,
      password: DEMO_PASSWORD,
    });
    ids.set(person.email, user.id);
    created.push(person.email);
  }
  const cases = options.cases === false ? { created: 0, existing: 0 } : await seedDemoCases(db);
  return { created, existing, cases };
}

export function demoTable(): string {
  const lines = DEMO_PEOPLE.map((p) => `  ${p.email.padEnd(24)} ${p.roles.join(", ")}`);
  return `Demo users (password "${DEMO_PASSWORD}" for all):\n${lines.join("\n")}\n`;
}
