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
