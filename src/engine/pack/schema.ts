// A policy pack is data: a trust tunes severities, clauses and wording, lists what is its own
// (published addresses, postcodes, phone numbers, official handles) and adds its local patient
// identifier patterns, in a JSON file, without touching code. This is its schema.
import { z } from "zod";
import { CATEGORIES } from "../types.js";

const severity = z.enum(["block", "warn", "advise", "off"]);

export const ruleOverrideSchema = z
  .object({
    severity: severity.optional(),
    clauses: z.array(z.string().min(1)).optional(),
    message: z.string().min(1).optional(),
    suggestion: z.string().min(1).optional(),
  })
  .strict();

export const localIdentifierSchema = z
  .object({
    name: z.string().min(1),
    /** A JavaScript regular expression source, e.g. "\\b[A-Z]{3}\\d{7}\\b". Matched case-insensitively. */
    pattern: z.string().min(1),
    /** Words that, near the match, make it a patient identifier (e.g. "hosp no", "MRN"). */
    context: z.array(z.string()).default([]),
    /** Score without context; with context it rises by 0.4. Default 0.45. */
    score: z.number().min(0).max(1).default(0.45),
  })
  .strict();

export const packSchema = z
  .object({
    name: z.string().default("default"),
    trust: z
      .object({
        /** The trust's names as staff write them: "Maidstone and Tunbridge Wells", "MTW", "Maidstone Hospital". */
        names: z.array(z.string()).default([]),
        /** Where staff raise concerns instead of posting them (Freedom to Speak Up). */
        speakUp: z
          .string()
          .default("your Freedom to Speak Up Guardian or the Raising Concerns policy"),
        /** Who answers the media and runs official accounts. */
        communications: z.string().default("the communications team"),
        /** Where patient queries and complaints go. */
        pals: z.string().default("the Patient Advice and Liaison Service (PALS)"),
      })
      .strict()
      // prefault: an absent section is parsed as {}, so the field defaults above apply.
      .prefault({}),
    /** Overrides keyed by rule id ("patient-identifiable/nhs-number") or by category id. */
    rules: z.record(z.string(), ruleOverrideSchema).default({}),
    /** Things that are the trust's own or public, and so never identify a patient. */
    allow: z
      .object({
        postcodes: z.array(z.string()).default([]),
        addresses: z.array(z.string()).default([]),
        phones: z.array(z.string()).default([]),
        emails: z.array(z.string()).default([]),
        handles: z.array(z.string()).default([]),
        publicFigures: z.array(z.string()).default([]),
      })
      .strict()
      .prefault({}),
    localIdentifiers: z.array(localIdentifierSchema).default([]),
  })
  .strict();

export type PackOverrides = z.input<typeof packSchema>;
export type Pack = z.output<typeof packSchema>;

export interface ResolvedPack extends Pack {
  /** Local identifier patterns compiled once. */
  compiledLocalIdentifiers: { name: string; regex: RegExp; context: string[]; score: number }[];
  /** Allow-lists normalised for comparison: postcodes without spaces, phones as digits, lower-case. */
  allowed: {
    postcodes: Set<string>;
    phones: Set<string>;
    emails: Set<string>;
    handles: Set<string>;
    addresses: string[];
    publicFigures: string[];
  };
}

export class PackError extends Error {}

export function resolvePack(overrides: PackOverrides = {}): ResolvedPack {
  const parsed = packSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackError(`policy pack: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const pack = parsed.data;
  for (const key of Object.keys(pack.rules)) {
    if (!key.includes("/") && !(CATEGORIES as readonly string[]).includes(key)) {
      throw new PackError(`policy pack: rules.${key}: not a rule id or category`);
    }
  }
  const compiledLocalIdentifiers = pack.localIdentifiers.map((li) => {
    try {
      return {
        name: li.name,
        regex: new RegExp(li.pattern, "gi"),
        context: li.context,
        score: li.score,
      };
    } catch (error) {
      throw new PackError(
        `policy pack: localIdentifiers "${li.name}": ${(error as Error).message}`,
      );
    }
  });
  return {
    ...pack,
    compiledLocalIdentifiers,
    allowed: {
      postcodes: new Set(pack.allow.postcodes.map((p) => p.replace(/\s+/g, "").toUpperCase())),
      phones: new Set(pack.allow.phones.map((p) => p.replace(/\D+/g, "").replace(/^44/, "0"))),
      emails: new Set(pack.allow.emails.map((e) => e.toLowerCase())),
      handles: new Set(pack.allow.handles.map((h) => h.replace(/^@/, "").toLowerCase())),
      addresses: pack.allow.addresses.map((a) => a.toLowerCase()),
      publicFigures: pack.allow.publicFigures.map((p) => p.toLowerCase()),
    },
  };
}
