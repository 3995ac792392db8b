// Settings come from flags first, then environment variables, then safe defaults.
// A wrong value stops start-up with a message naming the setting, never a stack trace.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Display name on the sign-in button, e.g. "Microsoft Entra ID". */
  label: string;
  /** Let a person who signs in through the identity provider without an account in
   *  postguard get one with the staff role. Off: only pre-registered e-mail addresses. */
  autoProvision: boolean;
}

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database lives when no DATABASE_URL is given. */
  dataDir: string;
  databaseUrl?: string;
  logLevel: string;
  publicUrl: string;
  /** Off only for plain-HTTP deployments on a non-localhost address; browsers drop Secure cookies there. */
  cookieSecure: boolean;
  sessionHours: number;
  /** Server-side checks a signed-in user may run a minute. */
  checkRateLimit: number;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  bodyLimit: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  /** Run queue workers in this process (off for web-only processes when workers run elsewhere). */
  workers: boolean;
  /** Worker threads that run the checker, so it and the server's own work use different cores. */
  checkThreads: number;
  /** How long a cached session stays trusted before it is read from the database again. */
  sessionCacheSeconds: number;
  oidc?: OidcConfig;
  demo: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`Invalid setting ${setting}: ${message}`);
    this.name = "ConfigError";
  }
}

/** Flag values as commander hands them over (all optional strings or booleans). */
export interface ConfigFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  logLevel?: string;
  publicUrl?: string;
  workers?: boolean;
  demo?: boolean;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function pick(flag: string | undefined, env: Env, name: string): string | undefined {
  if (flag !== undefined && flag !== "") return flag;
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

function integer(
  raw: string | undefined,
  setting: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ConfigError(setting, `"${raw}" is not a whole number (expected ${min} to ${max})`);
  const n = Number(raw);
  if (n < min || n > max)
    throw new ConfigError(setting, `${n} is out of range (expected ${min} to ${max})`);
  return n;
}

function boolean(raw: string | undefined, setting: string, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const v = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  throw new ConfigError(setting, `"${raw}" is not true or false`);
}

function url(raw: string, setting: string, protocols: string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(setting, `"${redact(raw)}" is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(
      setting,
      `"${redact(raw)}" must start with ${protocols.map((p) => p + "//").join(" or ")}`,
    );
  }
  return raw;
}

/** Never echo a password from a connection string back into logs or terminals. */
function redact(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

export function loadConfig(flags: ConfigFlags = {}, env: Env = process.env): Config {
  const port = integer(pick(flags.port, env, "PORT"), "PORT (--port)", 3000, 0, 65535);
  const host = pick(flags.host, env, "HOST") ?? "localhost";
  const dataDir = resolve(pick(flags.dataDir, env, "POSTGUARD_DATA_DIR") ?? "./data");
  const rawDb = pick(flags.databaseUrl, env, "DATABASE_URL");
  const databaseUrl =
    rawDb === undefined
      ? undefined
      : url(rawDb, "DATABASE_URL (--database-url)", ["postgres:", "postgresql:"]);
  const logLevel = (pick(flags.logLevel, env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      "LOG_LEVEL (--log-level)",
      `"${logLevel}" is not one of ${LOG_LEVELS.join(", ")}`,
    );
  }
  const publicUrl = url(
    pick(flags.publicUrl, env, "POSTGUARD_PUBLIC_URL") ?? `http://localhost:${port}`,
    "POSTGUARD_PUBLIC_URL (--public-url)",
    ["http:", "https:"],
  ).replace(/\/+$/, "");

  const oidcIssuer = env.OIDC_ISSUER || undefined;
  const oidcClientId = env.OIDC_CLIENT_ID || undefined;
  const oidcClientSecret = env.OIDC_CLIENT_SECRET || undefined;
  let oidc: OidcConfig | undefined;
  if (oidcIssuer || oidcClientId || oidcClientSecret) {
    // Half an OIDC configuration is a deployment mistake, not a reason to fall back silently.
    for (const [name, value] of [
      ["OIDC_ISSUER", oidcIssuer],
      ["OIDC_CLIENT_ID", oidcClientId],
      ["OIDC_CLIENT_SECRET", oidcClientSecret],
    ] as const) {
      if (!value) throw new ConfigError(name, "is required when any OIDC_* setting is given");
    }
    oidc = {
      issuer: url(oidcIssuer!, "OIDC_ISSUER", ["http:", "https:"]),
      clientId: oidcClientId!,
      clientSecret: oidcClientSecret!,
      label: env.OIDC_LABEL || "your organisation's sign-in",
      autoProvision: boolean(env.OIDC_AUTO_PROVISION, "OIDC_AUTO_PROVISION", false),
    };
  }

  return {
    port,
    host,
    dataDir,
    databaseUrl,
    logLevel,
    publicUrl,
    cookieSecure: boolean(env.POSTGUARD_COOKIE_SECURE, "POSTGUARD_COOKIE_SECURE", true),
    sessionHours: integer(env.POSTGUARD_SESSION_HOURS, "POSTGUARD_SESSION_HOURS", 8, 1, 24 * 30),
    checkRateLimit: integer(
      env.POSTGUARD_CHECK_RATE_LIMIT,
      "POSTGUARD_CHECK_RATE_LIMIT",
      120,
      1,
      10_000_000,
    ),
    bodyLimit: integer(
      env.POSTGUARD_BODY_LIMIT,
      "POSTGUARD_BODY_LIMIT",
      64 * 1024,
      1024,
      50 * 1024 * 1024,
    ),
    lockoutAttempts: integer(
      env.POSTGUARD_LOCKOUT_ATTEMPTS,
      "POSTGUARD_LOCKOUT_ATTEMPTS",
      5,
      1,
      100,
    ),
    lockoutMinutes: integer(
      env.POSTGUARD_LOCKOUT_MINUTES,
      "POSTGUARD_LOCKOUT_MINUTES",
      15,
      1,
      24 * 60,
    ),
    workers: flags.workers ?? boolean(env.POSTGUARD_WORKERS, "POSTGUARD_WORKERS", true),
    checkThreads: integer(
      env.POSTGUARD_CHECK_THREADS,
      "POSTGUARD_CHECK_THREADS",
      defaultCheckThreads(),
      0,
      64,
    ),
    sessionCacheSeconds: integer(
      env.POSTGUARD_SESSION_CACHE_SECONDS,
      "POSTGUARD_SESSION_CACHE_SECONDS",
      5,
      0,
      300,
    ),
    oidc,
    demo: flags.demo ?? false,
  };
}

/** One core for the server's own work, the rest (up to 4) for checks; none on a single core. */
export function defaultCheckThreads(cores = availableParallelism()): number {
  return Math.max(0, Math.min(4, cores - 1));
}

export { redact as redactUrl };
