// Walks every route with every role and checks allow/deny against the one table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACTIONS,
  PERMISSIONS,
  ROLES,
  can,
  type Role,
} from "../../src/server/platform/authorisation.js";
import { SESSION_COOKIE } from "../../src/server/platform/auth.js";
import { ROLE_SCHEMA_NAMES } from "../../src/server/features/users/schema.js";
import { addUser, BACKEND, Client, testApp, type TestApp } from "./helpers.js";

describe(`authorisation (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  let targetId: string;
  const users = new Map<Role, string>();
  beforeAll(async () => {
    t = await testApp();
    for (const role of ROLES)
      users.set(role, (await addUser(t.app, [role], { password: null })).id);
    targetId = (await addUser(t.app, ["staff"], { password: null })).id;
  }, 120_000);
  afterAll(() => t.close());

  async function clientFor(role: Role): Promise<Client> {
    const client = new Client(t.app);
    const { token } = await t.app.sessions.create(users.get(role)!, "test");
    client.cookies.set(SESSION_COOKIE, token);
    return client;
  }

  const guarded = () => t.app.routeAccess.filter((r) => r.access !== "public");

  it("every API route declares who may call it", () => {
    const api = t.app.routeAccess.filter((r) => r.url.startsWith("/api/"));
    expect(api.length).toBeGreaterThan(10);
    expect(guarded().length).toBeGreaterThan(10);
  });

  it("every action in the table guards at least one route", () => {
    const used = new Set(t.app.routeAccess.map((r) => r.access));
    expect(ACTIONS.filter((a) => !used.has(a))).toEqual([]);
  });

  it("the role names in the API schema match the table", () => {
    expect([...ROLE_SCHEMA_NAMES].sort()).toEqual([...ROLES].sort());
  });

  it("refuses every guarded route without a session (401)", async () => {
    const anonymous = new Client(t.app);
    for (const route of guarded()) {
      const response = await anonymous.request(
        route.method,
        route.url.replace(":id", targetId),
        route.method === "GET" ? undefined : {},
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it("allows or denies every route for every role exactly as the table says", async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const role of ROLES) {
      for (const route of guarded()) {
        // A fresh session each time: the walk includes sign-out.
        const client = await clientFor(role);
        const response = await client.request(
          route.method,
          route.url.replace(":id", targetId),
          route.method === "GET" ? undefined : {},
        );
        const denied = response.statusCode === 403 && response.json().code === "forbidden";
        const shouldAllow =
          route.access === "signed-in" || (route.access !== "public" && can([role], route.access));
        if (response.statusCode === 401 || denied === shouldAllow) {
          mismatches.push(
            `${role} ${route.method} ${route.url}: got ${response.statusCode}, table says ${shouldAllow ? "allow" : "deny"}`,
          );
        }
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(ROLES.length * guarded().length);
  }, 120_000);

  it("a user with several roles may do what any of them may", () => {
    expect(can(["staff"], "users:create")).toBe(false);
    expect(can(["staff", "administrator"], "users:create")).toBe(true);
    for (const action of ACTIONS) expect(can(ROLES, action)).toBe(true);
    expect(Object.keys(PERMISSIONS)).toEqual(ACTIONS);
  });
});
