// User administration, the trust's structure and line-manager chains, through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, BACKEND, Client, signedIn, testApp, type TestApp } from "./helpers.js";

describe(`users and organisation (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await testApp();
    admin = (await signedIn(t.app, ["administrator"])).client;
  }, 120_000);
  afterAll(() => t.close());

  it("builds directorates and departments and puts people in them", async () => {
    const directorate = await admin.post("/api/v1/org/directorates", { name: "Surgery" });
    expect(directorate.statusCode).toBe(201);
    const department = await admin.post("/api/v1/org/departments", {
      directorateId: directorate.json().id,
      name: "Theatres",
    });
    expect(department.statusCode).toBe(201);
    expect(
      (
        await admin.post("/api/v1/org/departments", {
          directorateId: directorate.json().id,
          name: "Theatres",
        })
      ).statusCode,
    ).toBe(409);
    const user = await admin.post("/api/v1/users", {
      email: "Theatre.Nurse@Trust.nhs.uk",
      displayName: "Theatre Nurse",
      roles: ["staff"],
      departmentId: department.json().id,
      password: "a long enough password",
    });
    expect(user.statusCode).toBe(201);
    expect(user.json()).toMatchObject({
      email: "theatre.nurse@trust.nhs.uk",
      departmentName: "Theatres",
      directorateName: "Surgery",
      hasPassword: true,
    });
    const org = await admin.get("/api/v1/org");
    expect(org.json().directorates).toContainEqual({
      id: directorate.json().id,
      name: "Surgery",
      departments: [{ id: department.json().id, name: "Theatres" }],
    });
    // The new user can sign in with the password the administrator set.
    const nurse = new Client(t.app);
    expect(
      (await nurse.login("theatre.nurse@trust.nhs.uk", "a long enough password")).statusCode,
    ).toBe(200);
  });

  it("rejects bad user data with 400/409 and a clear message", async () => {
    const short = await admin.post("/api/v1/users", {
      email: "x@trust.nhs.uk",
      displayName: "X",
      roles: ["staff"],
      password: "short",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toMatch(/at least 12 characters/);
    const badRole = await admin.post("/api/v1/users", {
      email: "y@trust.nhs.uk",
      displayName: "Y",
      roles: ["king"],
    });
    expect(badRole.statusCode).toBe(400);
    const badEmail = await admin.post("/api/v1/users", {
      email: "not-an-email",
      displayName: "Z",
      roles: ["staff"],
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().message).toMatch(/not an e-mail address/);
    await admin.post("/api/v1/users", {
      email: "dup@trust.nhs.uk",
      displayName: "Dup",
      roles: ["staff"],
    });
    const dup = await admin.post("/api/v1/users", {
      email: "DUP@trust.nhs.uk",
      displayName: "Dup",
      roles: ["staff"],
    });
    expect(dup.statusCode).toBe(409);
    expect((await admin.get("/api/v1/users/not-a-uuid")).statusCode).toBe(404);
  });

  it("follows the line-manager chain upwards and refuses a circle", async () => {
    const director = await addUser(t.app, ["service_director"]);
    const manager = await addUser(t.app, ["line_manager"], { lineManagerId: director.id });
    const nurse = await addUser(t.app, ["staff"], { lineManagerId: manager.id });
    const chain = await admin.get(`/api/v1/users/${nurse.id}/managers`);
    expect(chain.json().managers.map((m: { id: string }) => m.id)).toEqual([
      manager.id,
      director.id,
    ]);
    const circle = await admin.patch(`/api/v1/users/${director.id}`, { lineManagerId: nurse.id });
    expect(circle.statusCode).toBe(400);
    expect(circle.json().message).toMatch(/circle/);
    expect(
      (await admin.patch(`/api/v1/users/${nurse.id}`, { lineManagerId: nurse.id })).statusCode,
    ).toBe(400);
  });

  it("applies a role change to the user's existing session at once", async () => {
    const { client, user } = await signedIn(t.app, ["staff"]);
    expect((await client.get("/api/v1/users")).statusCode).toBe(403);
    expect(
      (await admin.patch(`/api/v1/users/${user.id}`, { roles: ["staff", "hr"] })).statusCode,
    ).toBe(200);
    expect((await client.get("/api/v1/users")).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect((await client.get("/api/v1/auth/me")).statusCode).toBe(401);
  });

  it("does not let administrators lock themselves out", async () => {
    const me = (await admin.get("/api/v1/auth/me")).json().user;
    expect((await admin.patch(`/api/v1/users/${me.id}`, { active: false })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/users/${me.id}`, { roles: ["staff"] })).statusCode).toBe(
      400,
    );
  });
});
