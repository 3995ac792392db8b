// Shapes shared by every feature's OpenAPI description.
import { Type } from "@sinclair/typebox";

export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  code: Type.String({
    description:
      "Stable machine-readable reason, e.g. invalid-request, unauthenticated, forbidden.",
  }),
  message: Type.String({ description: "What went wrong, for a person." }),
});

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** What any guarded route may answer: bad input, not signed in, not allowed, not there, conflict. */
const STANDARD_ERRORS = [400, 401, 403, 404, 409] as const;

/**
 * A route's error responses for its OpenAPI description, each an ErrorResponse (the body the
 * platform's error handler sends): `response: { 200: Thing, ...errorResponses() }`, with any
 * further statuses the route can answer, e.g. `errorResponses(413, 415)`.
 */
export function errorResponses<const Extra extends number[] = []>(
  ...extra: Extra
): Record<(typeof STANDARD_ERRORS)[number] | Extra[number], typeof ErrorResponse> {
  return Object.fromEntries(
    [...STANDARD_ERRORS, ...extra].map((status) => [status, ErrorResponse]),
  ) as Record<(typeof STANDARD_ERRORS)[number] | Extra[number], typeof ErrorResponse>;
}
