// Every error leaves as JSON with a plain message; stack traces stay in the log.
import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  423: "Locked",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** An error a route throws on purpose: its message is for the person using the API. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, error: STATUS_TEXT[statusCode] ?? "Error", code, message };
}

function describe(
  error: FastifyError & { validation?: unknown },
  limit: number,
): { status: number; code: string; message: string } {
  if (error instanceof HttpError)
    return { status: error.statusCode, code: error.code, message: error.message };
  if (error.validation) {
    return { status: 400, code: "invalid-request", message: `Invalid request: ${error.message}.` };
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return {
        status: 413,
        code: "body-too-large",
        message: `The request body is larger than the limit of ${limit} bytes.`,
      };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return {
        status: 415,
        code: "unsupported-media-type",
        message: "Send the request body as application/json.",
      };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return {
        status: 400,
        code: "invalid-request",
        message: "The request body is empty; send a JSON object.",
      };
    case "FST_CSRF_INVALID_TOKEN":
    case "FST_CSRF_MISSING_SECRET":
      return {
        status: 403,
        code: "csrf",
        message:
          "Missing or invalid CSRF token: get one from GET /api/v1/auth/csrf and send it in the x-csrf-token header.",
      };
  }
  if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return { status: 400, code: "invalid-json", message: "The request body is not valid JSON." };
  }
  if (error.statusCode === 429)
    return { status: 429, code: "rate-limited", message: error.message };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: "client-error", message: error.message };
  }
  return {
    status: 500,
    code: "internal",
    message: "Something went wrong on the server. It has been logged.",
  };
}

export default fp(
  async function errors(app: FastifyInstance, opts: { bodyLimit: number }) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const { status, code, message } = describe(error, opts.bodyLimit);
      if (status >= 500) request.log.error({ err: error }, "request failed");
      else request.log.info({ code, status }, message);
      return reply.status(status).send(errorBody(status, code, message));
    });
    // The JSON 404 is set in web.ts, which also falls back to the web app for browser paths.
  },
  { name: "postguard-errors" },
);
