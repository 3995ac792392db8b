#!/usr/bin/env node
// The installed `postguard` command. A committed launcher rather than dist/ itself, so npm can
// link the bin at install time, before `prepare` has compiled dist/.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("postguard: not built yet; run `npm run build` in the postguard folder\n");
  process.exit(70);
}
const { main } = await import(entry.href);
await main();
