// Sign-in through the trust's identity provider (Microsoft Entra ID in most NHS trusts) with
// OpenID Connect: authorisation code flow with PKCE, state and nonce kept in a signed cookie.
import * as client from "openid-client";
import type { Kysely } from "kysely";
import { appendAudit } from "../../platform/audit.js";
import type { OidcConfig } from "../../platform/config.js";
import { HttpError } from "../../platform/errors.js";
import type { Database } from "../../platform/tables.js";

export interface OidcStart {
  url: string;
  /** Kept in a signed, short-lived cookie until the provider sends the person back. */
  pending: { verifier: string; state: string; nonce: string };
}

export class OidcSignIn {
  #configuration?: Promise<client.Configuration>;

  constructor(
    private readonly options: OidcConfig,
    private readonly redirectUri: string,
  ) {}

  private configuration(): Promise<client.Configuration> {
    this.#configuration ??= client
      .discovery(
        new URL(this.options.issuer),
        this.options.clientId,
        this.options.clientSecret,
        undefined,
        {
          // Plain HTTP only for an issuer on this machine (tests, a local provider); real ones are HTTPS.
          execute:
            new URL(this.options.issuer).protocol === "http:" ? [client.allowInsecureRequests] : [],
        },
      )
      .catch((error: Error) => {
        this.#configuration = undefined;
        throw new HttpError(
          503,
          "identity-provider-unavailable",
          `The identity provider at ${this.options.issuer} cannot be reached: ${error.message}`,
        );
      });
    return this.#configuration;
  }

  async start(): Promise<OidcStart> {
    const configuration = await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url: url.href, pending: { verifier, state, nonce } };
  }

  /** Exchange the code the provider sent back for the person's verified identity. */
  async finish(
    callbackUrl: URL,
    pending: OidcStart["pending"],
  ): Promise<{ subject: string; email: string | null; name: string | null }> {
    const configuration = await this.configuration();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let email =
      (claims.email as string | undefined) ??
      (claims.preferred_username as string | undefined) ??
      null;
    let name = (claims.name as string | undefined) ?? null;
    if (!email) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = (info.email as string | undefined) ?? null;
      name ??= (info.name as string | undefined) ?? null;
    }
    return { subject: claims.sub, email: email?.toLowerCase() ?? null, name };
  }

  /** Find the postguard user for a verified identity: by its link, else by e-mail (then link it). */
  async matchUser(
    db: Kysely<Database>,
    identity: { subject: string; email: string | null; name: string | null },
  ): Promise<string> {
    const issuer = this.options.issuer;
    const linked = await db
      .selectFrom("users")
      .select(["id", "active"])
      .where("oidc_issuer", "=", issuer)
      .where("oidc_subject", "=", identity.subject)
      .executeTakeFirst();
    if (linked) {
      if (!linked.active)
        throw new HttpError(403, "inactive", "This account has been deactivated.");
      return linked.id;
    }
    if (!identity.email)
      throw new HttpError(
        403,
        "no-account",
        "The identity provider did not give an e-mail address for this account.",
      );
    const byEmail = await db
      .selectFrom("users")
      .select(["id", "active", "oidc_subject"])
      .where("email", "=", identity.email)
      .executeTakeFirst();
    const actor = { id: byEmail?.id ?? null, label: identity.email };
    if (byEmail) {
      if (!byEmail.active)
        throw new HttpError(403, "inactive", "This account has been deactivated.");
      if (byEmail.oidc_subject)
        throw new HttpError(
          403,
          "no-account",
          "This e-mail address is linked to a different identity-provider account.",
        );
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ oidc_issuer: issuer, oidc_subject: identity.subject, updated_at: new Date() })
          .where("id", "=", byEmail.id)
          .execute();
        await appendAudit(trx, {
          actor,
          action: "user.link-oidc",
          subjectType: "user",
          subjectId: byEmail.id,
          detail: { issuer, subject: identity.subject },
        });
      });
      return byEmail.id;
    }
    if (!this.options.autoProvision) {
      throw new HttpError(
        403,
        "no-account",
        `There is no postguard account for ${identity.email}. Ask an administrator to add you.`,
      );
    }
    return db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("users")
        .values({
          email: identity.email!,
          display_name: identity.name ?? identity.email!,
          job_title: null,
          roles: ["staff"],
          department_id: null,
          line_manager_id: null,
          password_hash: null,
          locked_until: null,
          oidc_issuer: issuer,
          oidc_subject: identity.subject,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        actor: { id, label: identity.email! },
        action: "user.create",
        subjectType: "user",
        subjectId: id,
        detail: { via: "oidc", issuer, roles: ["staff"] },
      });
      return id;
    });
  }
}
