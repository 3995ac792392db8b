// The check API's shapes: what the CLI takes (text, profile, direction) and the engine's result.
import { Type, type Static } from "@sinclair/typebox";
import { CATEGORIES, type Category } from "../../../engine/types.js";

/** Long enough for any social media post or a long Facebook update; the body limit caps the rest. */
export const MAX_TEXT_LENGTH = 20_000;

export const CheckRequest = Type.Object(
  {
    text: Type.String({ maxLength: MAX_TEXT_LENGTH, description: "The post or message to check." }),
    profile: Type.Optional(
      Type.String({ maxLength: 5_000, description: "The author's profile or bio." }),
    ),
    direction: Type.Optional(
      Type.Union([Type.Literal("outbound"), Type.Literal("inbound")], {
        description:
          "outbound: a post about to be published (default); inbound: a message received by an official account.",
      }),
    ),
  },
  { additionalProperties: false },
);
export type CheckRequest = Static<typeof CheckRequest>;

const Severity = Type.Union([Type.Literal("block"), Type.Literal("warn"), Type.Literal("advise")]);

export const Finding = Type.Object({
  ruleId: Type.String(),
  category: Type.Unsafe<Category>({ type: "string", enum: [...CATEGORIES] }),
  severity: Severity,
  start: Type.Optional(Type.Integer({ description: "UTF-16 offset into text (inclusive)." })),
  end: Type.Optional(Type.Integer({ description: "UTF-16 offset into text (exclusive)." })),
  excerpt: Type.Optional(Type.String()),
  clauses: Type.Array(Type.String(), { description: "Policy clauses, e.g. MC-SS01 §4.2(t)." }),
  message: Type.String(),
  suggestion: Type.String(),
  fix: Type.Optional(
    Type.Object({ start: Type.Integer(), end: Type.Integer(), replacement: Type.String() }),
  ),
});

export const CheckResult = Type.Object({
  verdict: Type.Union([Type.Literal("pass"), Severity]),
  findings: Type.Array(Finding),
  redacted: Type.String({
    description: "The text with identifying spans replaced, safe to store.",
  }),
});
