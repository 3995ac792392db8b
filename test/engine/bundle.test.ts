// The engine must bundle for the browser (a later issue runs it there): no Node built-ins.
import { describe, expect, it } from "vitest";
import { checkBundle } from "../../scripts/bundle-check.js";

describe("browser bundle of the engine", () => {
  it("has no Node built-ins and checks a post without Node globals", async () => {
    const report = await checkBundle();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(["pass", "advise", "warn", "block"]).toContain(report.sampleVerdict);
  });
});

describe("the bundle check itself", () => {
  it("fails on a Node built-in and names the importing file", async () => {
    const report = await checkBundle(new URL("./fixtures/uses-node.ts", import.meta.url).pathname);
    expect(report.ok).toBe(false);
    expect(report.problems.join("\n")).toContain(
      "node:fs imported by test/engine/fixtures/uses-node.ts",
    );
  });
});
