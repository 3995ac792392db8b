import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["node_modules", "dist", "test/e2e/**"],
    pool: "forks",
    // Guards against hangs only, never a speed assertion: CI machines are small and busy, and
    // server tests start databases. Speed is measured in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
