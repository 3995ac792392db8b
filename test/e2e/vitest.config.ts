// End-to-end tests: the built web app in Debian's Chromium, driven by Playwright. Run with
// `npm run test:e2e` (builds the web app first). Needs /usr/bin/chromium (apt-get install chromium).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
