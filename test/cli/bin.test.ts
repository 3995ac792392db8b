// The bin as users and hooks run it: a separate process, real stdin/stdout, real exit codes.
// The CLI is bundled with esbuild (the same sources `npm run build` compiles) so the test does not
// depend on a stale dist/. The bin's shebang may pick the system's Node 20, so run it on that too.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Each test starts a process that loads the whole engine; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = resolve(import.meta.dirname, "../..");
// Inside the repo so that the bundle's external packages resolve from node_modules.
const outDir = join(root, "node_modules/.cache/postguard-bin-test");
const bin = join(outDir, "main.mjs");
const items = resolve(root, "../shared/eval/posts.public.jsonl");

function nodeVersion(path: string): string | undefined {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

const nodes = [{ path: process.execPath, version: process.version }];
for (const candidate of ["/usr/bin/node", "/usr/local/bin/node"]) {
  const version = existsSync(candidate) ? nodeVersion(candidate) : undefined;
  if (version && !nodes.some((n) => n.version === version))
    nodes.push({ path: candidate, version });
}

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: bin,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
});

describe.each(nodes)("the bin on Node $version", ({ path }) => {
  const cli = (args: string[], input?: string) =>
    spawnSync(path, [bin, ...args], { input, encoding: "utf8" });

  it("checks a post given as an argument", () => {
    const r = cli(["check", "--format", "json", "Lovely day"]);
    expect(r.stderr).toBe("");
    expect([0, 1, 2]).toContain(r.status);
    expect(JSON.parse(r.stdout).verdict).toBeDefined();
  });

  it("reads a post piped on stdin", () => {
    const r = cli(["check", "--format", "json"], "Lovely day\n");
    expect(JSON.parse(r.stdout).redacted).toBe("Lovely day");
  });

  it("exits 64 on a usage error, with one line and no stack trace", () => {
    const r = cli(["check", "--nope"]);
    expect(r.status).toBe(64);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.runIf(existsSync(items))("checks the public evaluation items as the grading hook does", () => {
    const out = join(outDir, `results-${process.pid}.jsonl`);
    const r = cli(["check", "--input", items, "--output", out]);
    expect(r.status).toBe(0);
    const wanted = readFileSync(items, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    const got = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(got.map((g) => g.id)).toEqual(wanted);
    for (const g of got) expect(["pass", "advise", "warn", "block"]).toContain(g.verdict);
  });

  it("reports a bad batch line with its number and exits 65", () => {
    const input = join(outDir, `bad-${process.pid}.jsonl`);
    writeFileSync(input, '{"id":"a","text":"hi"}\n{oops\n{"id":"c","text":"hi"}\n');
    const r = cli(["check", "--input", input]);
    expect(r.status).toBe(65);
    expect(r.stderr).toContain(`${input}:2: not JSON`);
    expect(r.stdout.trim().split("\n")).toHaveLength(3);
  });
});
