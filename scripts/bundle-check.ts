// Proves the engine is browser-safe: esbuild bundles src/engine/index.ts for `platform: "browser"`
// and this fails on any import of a Node built-in (node:fs, path, crypto, ...), naming the file
// that imports it. Then the bundle is run in a bare V8 context — no process, require, Buffer or
// module system, only what a browser page also has — and must check a post there.
//   npm run check:bundle
import { builtinModules } from "node:module";
import { resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const entry = resolve(root, "src/engine/index.ts");

export interface BundleReport {
  ok: boolean;
  problems: string[];
  bytes: number;
  gzipBytes: number;
  /** The verdict the bundled engine gave on a sample post inside the bare context. */
  sampleVerdict?: string;
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records every import of a Node built-in, with the importing file, instead of letting esbuild stop at the first. */
function nodeBuiltinGuard(found: string[]): Plugin {
  return {
    name: "no-node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.startsWith("node:") ? args.path : args.path.split("/")[0];
        if (!builtins.has(bare) && !builtins.has(args.path)) return undefined;
        found.push(`${args.path} imported by ${args.importer.replace(root + "/", "")}`);
        return { path: args.path, external: true };
      });
    },
  };
}

export async function checkBundle(entryPoint: string = entry): Promise<BundleReport> {
  const problems: string[] = [];
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "postguardEngine",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
    plugins: [nodeBuiltinGuard(problems)],
  }).catch((error: { errors?: { text: string }[] }) => {
    for (const e of error.errors ?? [{ text: String(error) }]) problems.push(e.text);
    return undefined;
  });
  if (!result) return { ok: false, problems, bytes: 0, gzipBytes: 0 };
  const code = result.outputFiles[0].text;
  const report: BundleReport = {
    ok: problems.length === 0,
    problems: problems.map((p) => `Node built-in in the engine: ${p}`),
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code).length,
  };
  if (!report.ok) return report;

  // A browser page has these; Node-only globals (process, require, Buffer, module) are absent.
  const browserish = {
    console,
    URL,
    TextEncoder,
    TextDecoder,
    structuredClone,
    queueMicrotask,
    setTimeout,
    clearTimeout,
  };
  try {
    const sandbox: Record<string, unknown> = { ...browserish };
    sandbox.globalThis = sandbox;
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    runInNewContext(
      `${code};\nglobalThis.__result = postguardEngine.check({ text: "Lovely day on Ward 4, Mrs Hughes in bed 4 says hello. NHS 943 476 5919" });`,
      sandbox,
      {
        timeout: 10_000,
      },
    );
    const out = sandbox.__result as { verdict?: string } | undefined;
    if (!out || typeof out.verdict !== "string")
      report.problems.push("the bundled engine returned no verdict");
    report.sampleVerdict = out?.verdict;
  } catch (error) {
    report.problems.push(
      `the bundled engine failed without Node globals: ${(error as Error)?.message ?? error}`,
    );
  }
  report.ok = report.problems.length === 0;
  return report;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const report = await checkBundle();
  if (report.ok) {
    console.log(
      `engine bundles for the browser: ${(report.bytes / 1024).toFixed(0)} KiB minified, ${(report.gzipBytes / 1024).toFixed(0)} KiB gzip; ` +
        `no Node built-ins; runs without Node globals (sample verdict: ${report.sampleVerdict})`,
    );
  } else {
    for (const p of report.problems) console.error(`bundle-check: ${p}`);
    process.exitCode = 1;
  }
}
