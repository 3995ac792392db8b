// What the case pages send and get back, and the one upload the JSON helper cannot make: a
// report form with screenshots, sent as multipart with the CSRF token.
import { ApiError } from "../../api.js";

export interface CaseSummary {
  id: string;
  number: number;
  source: string;
  status: string;
  category: string;
  platform: string;
  subjectName: string;
  directorateName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  advisers: string[];
  outcome: string | null;
  excerpt: string;
  patientIdentifiable: boolean;
  verdict: string;
  createdAt: string;
  updatedAt: string;
  openTasks: number;
  overdueTasks: number;
}

export interface Finding {
  ruleId: string;
  category: string;
  severity: string;
  excerpt?: string;
  clauses: string[];
  message: string;
  suggestion: string;
}

export interface Image {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface CaseDetail extends CaseSummary {
  postUrl: string | null;
  postedAt: string | null;
  capturedAt: string;
  redactedText: string;
  whatHappened: string;
  findings: Finding[];
  evidenceSha256: string;
  evidenceAccess: boolean;
  images: Image[];
  reportedBy: string;
  lineManagerImplicated: boolean;
  outcomeNote: string | null;
  outcomeAt: string | null;
  closedAt: string | null;
  mayDecide: boolean;
  notes: { id: string; author: string; body: string; at: string }[];
  tasks: {
    id: string;
    title: string;
    assigneeId: string | null;
    assigneeName: string | null;
    dueAt: string;
    doneAt: string | null;
    overdue: boolean;
  }[];
  timeline: { id: string; at: string; actor: string; kind: string; text: string }[];
}

export interface Evidence {
  postText: string;
  whatHappened: string;
  postUrl: string | null;
  evidenceSha256: string;
  findings: Finding[];
  images: Image[];
}

export async function postForm<T>(path: string, body: FormData): Promise<T> {
  let response: Response;
  try {
    const { token } = (await (
      await fetch("/api/v1/auth/csrf", { credentials: "same-origin" })
    ).json()) as { token: string };
    response = await fetch(path, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "x-csrf-token": token },
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
  if (!response.ok)
    throw new ApiError(
      response.status,
      data?.code ?? "error",
      data?.message ?? `The server answered ${response.status}.`,
    );
  return data as T;
}

export const date = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })
    : "—";
export const dateTime = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
