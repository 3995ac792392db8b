// Where the policies send staff instead of social media. A pack may name its own routes; when it
// leaves them blank (the default pack does) the findings still have to name a real route.
import type { ResolvedPack } from "../pack/schema.js";

const DEFAULT_SPEAK_UP = "your Freedom to Speak Up Guardian or the Raising Concerns policy";
const DEFAULT_COMMUNICATIONS = "the communications team";

export const speakUpRoute = (pack: ResolvedPack): string =>
  pack.trust?.speakUp?.trim() || DEFAULT_SPEAK_UP;

export const communicationsRoute = (pack: ResolvedPack): string =>
  pack.trust?.communications?.trim() || DEFAULT_COMMUNICATIONS;
