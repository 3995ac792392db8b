// A trust's policy pack lives in a JSON file (see src/engine/pack/schema.ts for its fields), given
// with --pack FILE or POSTGUARD_PACK. Every way it can be wrong ends in one clear line.
import { readFile } from "node:fs/promises";
import { createChecker, PackError, type Checker, type PackOverrides } from "../engine/index.js";
import { CliError, EXIT, describeFsError } from "./errors.js";

export async function loadPackFile(path: string): Promise<PackOverrides> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read policy pack ${path}: ${describeFsError(error)}`, EXIT.noInput);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(
      `policy pack ${path} is not valid JSON: ${(error as Error).message}`,
      EXIT.config,
    );
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new CliError(`policy pack ${path} must be a JSON object`, EXIT.config);
  }
  return parsed as PackOverrides;
}

/** The checker for --pack FILE, else POSTGUARD_PACK, else the default pack. */
export async function checkerFor(
  packPath: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<Checker> {
  const path = packPath ?? (env.POSTGUARD_PACK || undefined);
  if (!path) return createChecker();
  const overrides = await loadPackFile(path);
  try {
    return createChecker(overrides);
  } catch (error) {
    if (error instanceof PackError) throw new CliError(`${path}: ${error.message}`, EXIT.config);
    throw error;
  }
}
