// Sign-in through OpenID Connect against a real provider (the oidc-provider package) running on
// loopback: authorisation code flow with PKCE, state and nonce, as with Microsoft Entra ID.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, BACKEND, Client, testApp, type TestApp } from "./helpers.js";

const PUBLIC_URL = "http://localhost:3999";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** A person at the provider's (development) login and consent pages, following redirects by hand. */
async function signInAtProvider(authorizeUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      body,
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, value] = pair.split("=");
      jar.set(name, value);
    }
    body = undefined;
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(PUBLIC_URL)) return next.pathname + next.search;
      url = next.href;
      continue;
    }
    const html = await response.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!action)
      throw new Error(
        `unexpected page from the provider (${response.status}): ${html.slice(0, 300)}`,
      );
    url = new URL(action.replace(/&amp;/g, "&"), url).href;
    body = html.includes('value="login"')
      ? new URLSearchParams({ prompt: "login", login, password: "anything" })
      : new URLSearchParams({ prompt: "consent" });
  }
  throw new Error("too many redirects at the provider");
}

describe(`OpenID Connect sign-in (${BACKEND})`, { timeout: 60_000 }, () => {
  let t: TestApp;
  let server: Server;
  let issuer: string;

  beforeAll(async () => {
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: "postguard",
          client_secret: "postguard-test-secret",
          redirect_uris: [`${PUBLIC_URL}/auth/oidc/callback`],
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
      ],
      claims: { openid: ["sub"], email: ["email"], profile: ["name"] },
      findAccount: async (_ctx, id) => ({
        accountId: id,
        claims: async () => ({ sub: id, email: `${id}@trust.nhs.uk`, name: `Person ${id}` }),
      }),
      pkce: { required: () => true },
      cookies: { keys: ["postguard-test-cookie-key"] },
    });
    server = createServer(provider.callback());
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    t = await testApp({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: "postguard",
      OIDC_CLIENT_SECRET: "postguard-test-secret",
      OIDC_LABEL: "Test Entra",
      POSTGUARD_PUBLIC_URL: PUBLIC_URL,
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  async function oidcSignIn(login: string): Promise<{ client: Client; landing: string }> {
    const client = new Client(t.app);
    const start = await client.get("/auth/oidc/login");
    expect(start.statusCode).toBe(302);
    const authorize = new URL(start.headers.location as string);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    const callback = await signInAtProvider(authorize.href, login);
    const done = await client.get(callback);
    expect(done.statusCode).toBe(302);
    return { client, landing: done.headers.location as string };
  }

  it("advertises the provider on the sign-in page", async () => {
    const providers = await new Client(t.app).get("/api/v1/auth/providers");
    expect(providers.json()).toEqual({
      local: true,
      oidc: { label: "Test Entra", url: "/auth/oidc/login" },
    });
  });

  it("signs in a registered person and links their identity-provider account", async () => {
    const user = await addUser(t.app, ["communications"], {
      email: "alice@trust.nhs.uk",
      password: null,
    });
    const { client, landing } = await oidcSignIn("alice");
    expect(landing).toBe("/");
    const me = await client.get("/api/v1/auth/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      id: user.id,
      email: "alice@trust.nhs.uk",
      roles: ["communications"],
    });
    const row = await t.app.db
      .selectFrom("users")
      .select(["oidc_issuer", "oidc_subject"])
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ oidc_issuer: issuer, oidc_subject: "alice" });
    // The second time the link, not the e-mail address, finds the account.
    const again = await oidcSignIn("alice");
    expect((await again.client.get("/api/v1/auth/me")).json().user.id).toBe(user.id);
    const audit = await t.app.db
      .selectFrom("audit_log")
      .select(["action"])
      .where("subject_id", "=", user.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["user.link-oidc", "session.sign-in"]),
    );
  }, 60_000);

  it("turns away someone without a postguard account", async () => {
    const { client, landing } = await oidcSignIn("mallory");
    expect(landing).toBe("/sign-in?error=no-account");
    expect((await client.get("/api/v1/auth/me")).statusCode).toBe(401);
  }, 60_000);

  it("refuses a callback that did not start here (no state cookie)", async () => {
    const response = await new Client(t.app).get("/auth/oidc/callback?code=forged&state=forged");
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe("/sign-in?error=expired");
  });
});
