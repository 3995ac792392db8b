// The engine's public surface. Pure and isomorphic: safe to import in Node and in the browser.
export { check, createChecker, type Checker } from "./check.js";
export { applyFixes, type FixOutcome } from "./fix.js";
export { normalise, type NormalisedText, type TextView } from "./normalise/index.js";
export {
  resolvePack,
  packSchema,
  PackError,
  type PackOverrides,
  type ResolvedPack,
} from "./pack/schema.js";
export { defaultPack } from "./pack/default-pack.js";
export { rules } from "./rules/index.js";
export { recognizers } from "./recognizers/index.js";
export type { Rule, RuleMeta, RuleContext, Report } from "./rules/rule.js";
export type { Recognizer, CustomRecognizer, Entity } from "./recognizers/recognizer.js";
export * from "./types.js";
