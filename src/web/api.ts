// Talks to the server: JSON in and out, the CSRF token on every change, errors as messages.
export interface Me {
  user: { id: string; email: string; displayName: string; roles: string[] };
  actions: string[];
  roleLabels: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

async function csrf(): Promise<string> {
  if (!csrfToken) {
    const response = await fetch("/api/v1/auth/csrf", { credentials: "same-origin" });
    csrfToken = ((await response.json()) as { token: string }).token;
  }
  return csrfToken;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = await csrf();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      "network",
      "Cannot reach the postguard server. Check your connection and try again.",
    );
  }
  const data = response.headers.get("content-type")?.includes("json")
    ? await response.json()
    : null;
  if (!response.ok) {
    if (data?.code === "csrf") csrfToken = undefined;
    throw new ApiError(
      response.status,
      data?.code ?? "error",
      data?.message ?? `The server answered ${response.status}.`,
    );
  }
  return data as T;
}

export function forgetCsrf(): void {
  csrfToken = undefined;
}
