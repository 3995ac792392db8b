// Server-side sessions: the cookie holds a random token, the database holds its SHA-256.
// A short in-process cache keeps the hot path (POST /api/v1/check) off the database; sign-out and
// account changes clear it here at once, and other processes see them within the cache's lifetime.
import { hash as oneShotHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  tokenHash: string;
  authMethod: string;
}

interface CacheEntry {
  user: SessionUser | null;
  expiresAt: number;
  cachedUntil: number;
}

const MAX_CACHE = 10_000;

export function tokenHash(token: string): string {
  // One-shot hash: a fraction of createHash's cost, and this runs on every signed-in request.
  return oneShotHash("sha256", token, "hex");
}

export class Sessions {
  readonly #cache = new Map<string, CacheEntry>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: { sessionHours: number; cacheSeconds: number },
  ) {}

  async create(userId: string, authMethod: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.options.sessionHours * 3600_000);
    await this.db
      .insertInto("sessions")
      .values({
        token_hash: tokenHash(token),
        user_id: userId,
        expires_at: expiresAt,
        auth_method: authMethod,
      })
      .execute();
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<SessionUser | null> {
    const hash = tokenHash(token);
    const now = Date.now();
    const cached = this.#cache.get(hash);
    if (cached && cached.cachedUntil > now) return cached.expiresAt > now ? cached.user : null;
    const row = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "users.id",
        "users.email",
        "users.display_name",
        "users.roles",
        "users.active",
        "sessions.expires_at",
        "sessions.auth_method",
      ])
      .where("sessions.token_hash", "=", hash)
      .executeTakeFirst();
    const user: SessionUser | null =
      row && row.active && row.expires_at.getTime() > now
        ? {
            id: row.id,
            email: row.email,
            displayName: row.display_name,
            roles: row.roles,
            tokenHash: hash,
            authMethod: row.auth_method,
          }
        : null;
    if (this.#cache.size >= MAX_CACHE) this.#cache.clear();
    this.#cache.set(hash, {
      user,
      expiresAt: row?.expires_at.getTime() ?? 0,
      cachedUntil: now + this.options.cacheSeconds * 1000,
    });
    return user;
  }

  async destroy(hash: string): Promise<void> {
    this.#cache.delete(hash);
    await this.db.deleteFrom("sessions").where("token_hash", "=", hash).execute();
  }

  /** After a change to a user's roles or status: their cached sessions are read afresh. */
  forgetUser(userId: string): void {
    for (const [hash, entry] of this.#cache)
      if (entry.user?.id === userId) this.#cache.delete(hash);
  }

  async destroyAllFor(userId: string): Promise<void> {
    this.forgetUser(userId);
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  }

  async purgeExpired(): Promise<number> {
    const result = await this.db
      .deleteFrom("sessions")
      .where("expires_at", "<", new Date())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
