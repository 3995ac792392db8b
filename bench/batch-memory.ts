// Evidence that `postguard check --input` streams in constant memory (see docs/benchmarks.md).
//   tsx bench/batch-memory.ts [--size-mb 1024] [--file /tmp/postguard-1gb.jsonl] [--seconds 120]
// 1. Writes a JSONL file of generated posts of the given size (once; reused if it exists). It
//    lives in /tmp and is never committed.
// 2. Pipes the whole file through the batch pipeline (BatchTransform) with a trivial checker, so
//    the stream machinery itself is exercised end to end at full speed, sampling heap and RSS.
// 3. Runs the real built CLI (dist/cli/main.js) on the same file for --seconds, sampling the
//    child's RSS from /proc: with backpressure it stays flat while reading is far faster than
//    checking; a reader that buffered the input would grow towards the file size.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { BatchTransform } from "../src/cli/batch.js";
import { jsonlLines } from "./corpus.js";

const { values } = parseArgs({
  options: {
    "size-mb": { type: "string", default: "1024" },
    file: { type: "string", default: "/tmp/postguard-batch-memory.jsonl" },
    seconds: { type: "string", default: "120" },
  },
});
const target = Number(values["size-mb"]) * 1024 * 1024;
const file = values.file!;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

if (!existsSync(file) || statSync(file).size < target) {
  const out = createWriteStream(file);
  let written = 0;
  for (const line of jsonlLines()) {
    if (!out.write(line)) await once(out, "drain");
    written += Buffer.byteLength(line);
    if (written >= target) break;
  }
  out.end();
  await once(out, "finish");
}
const size = statSync(file).size;
console.log(`input: ${file}, ${mb(size)}`);

// 2. The pipeline at full speed.
{
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(process.memoryUsage().rss), 250);
  const transform = new BatchTransform({
    checker: (input) => ({
      verdict: input.text.length > 200 ? "warn" : "pass",
      findings: [],
      redacted: input.text,
    }),
    source: file,
    stderr: process.stderr,
  });
  let bytesOut = 0;
  const sink = new Writable({
    write(chunk, _e, done) {
      bytesOut += chunk.length;
      done();
    },
  });
  const started = Date.now();
  await pipeline(createReadStream(file, { highWaterMark: 256 * 1024 }), transform, sink);
  clearInterval(timer);
  const secs = (Date.now() - started) / 1000;
  console.log(
    `pipeline, trivial checker: ${transform.summary.checked.toLocaleString("en-GB")} lines, ${mb(size)} in, ${mb(bytesOut)} out, ${secs.toFixed(1)} s; ` +
      `RSS min ${mb(Math.min(...samples))}, max ${mb(Math.max(...samples))} over ${samples.length} samples`,
  );
}

// 3. The real CLI.
{
  const bin = resolve(import.meta.dirname, "../dist/cli/main.js");
  if (!existsSync(bin)) {
    console.log("dist/cli/main.js missing: run npm run build for the CLI part");
  } else {
    const output = "/tmp/postguard-batch-memory.out.jsonl";
    const child = spawn(
      process.execPath,
      [bin, "check", "--input", file, "--output", output, "--quiet"],
      { stdio: "inherit" },
    );
    const rss: { t: number; kb: number }[] = [];
    const started = Date.now();
    const timer = setInterval(() => {
      try {
        const kb = Number(
          /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1],
        );
        if (kb) rss.push({ t: (Date.now() - started) / 1000, kb });
      } catch {
        /* the child has exited */
      }
    }, 1000);
    const limit = setTimeout(() => child.kill("SIGTERM"), Number(values.seconds) * 1000);
    await once(child, "exit");
    clearTimeout(limit);
    clearInterval(timer);
    const done = existsSync(output) ? statSync(output).size : 0;
    const lines = existsSync(output) ? readFileSync(output, "utf8").split("\n").length - 1 : 0;
    const every = Math.max(1, Math.floor(rss.length / 12));
    console.log(
      `real CLI, ${((Date.now() - started) / 1000).toFixed(0)} s: ${lines.toLocaleString("en-GB")} posts checked (${mb(done)} written); RSS over time (s: MB): ` +
        rss
          .filter((_, i) => i % every === 0)
          .map((s) => `${s.t.toFixed(0)}: ${(s.kb / 1024).toFixed(0)}`)
          .join(", "),
    );
    console.log(
      `real CLI RSS min ${(Math.min(...rss.map((s) => s.kb)) / 1024).toFixed(0)} MB, max ${(Math.max(...rss.map((s) => s.kb)) / 1024).toFixed(0)} MB`,
    );
  }
}
