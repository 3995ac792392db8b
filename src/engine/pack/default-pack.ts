// The pack the engine uses when a trust supplies none. Local identifier patterns here are the
// common NHS shapes (MRN, hospital number, "hosp no"); a trust adds its own in its pack file.
import type { PackOverrides } from "./schema.js";

export const defaultPack: PackOverrides = {
  name: "default",
  localIdentifiers: [],
};
