import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { BatchTransform } from "../../src/cli/batch.js";
import { runCli, testChecker } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "postguard-batch-"));
const lines = (s: string) =>
  s
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));

describe("postguard check --input", () => {
  it("writes one result per item, in input order, ignoring extra fields", async () => {
    const input = join(dir, "items.jsonl");
    const output = join(dir, "results.jsonl");
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      text: i % 3 === 0 ? `Mrs Hughes in bed ${i}` : i % 3 === 1 ? "a blast" : "fine",
      expected: { verdict: "x", categories: [] },
      anything: [1, 2, 3],
    }));
    writeFileSync(input, items.map((i) => JSON.stringify(i)).join("\n") + "\n");
    const r = await runCli(["check", "--input", input, "--output", output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const results = lines(readFileSync(output, "utf8"));
    expect(results.map((x) => x.id)).toEqual(items.map((i) => i.id));
    results.forEach((result, n) => {
      const expected = testChecker({ text: items[n].text });
      expect(result).toEqual({
        id: items[n].id,
        verdict: expected.verdict,
        findings: expected.findings,
      });
    });
    expect(r.stderr).toContain("checked 500 posts");
  });

  it("passes profile and direction through", async () => {
    const r = await runCli(["check", "--input", "-"], {
      stdin: [
        JSON.stringify({ id: "a", text: "my opinion" }),
        JSON.stringify({ id: "b", text: "my opinion", profile: "Views my own" }),
        JSON.stringify({ id: "c", text: "hi", direction: "inbound" }),
      ].join("\n"),
      checker: null,
    });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(["a", "b", "c"]);
  });

  it("reports a bad line with its line number on stderr, keeps going, and exits 65", async () => {
    const input = [
      '{"id":"ok1","text":"fine"}',
      "this is not json",
      "",
      '{"id":"no-text"}',
      '["an","array"]',
      '{"id":"num","text":42}',
      '{"id":"dir","text":"x","direction":"sideways"}',
      '{"text":"no id, a blast"}',
      '{"id":"ok2","text":"a blast"}',
    ].join("\n");
    const r = await runCli(["check", "--input", "-", "--quiet"], { stdin: input });
    expect(r.code).toBe(65);
    const out = lines(r.stdout);
    expect(out).toEqual([
      { id: "ok1", verdict: "pass", findings: [] },
      { id: null, line: 2, error: "not JSON" },
      { id: "no-text", line: 4, error: 'no "text"' },
      { id: null, line: 5, error: "not a JSON object" },
      { id: "num", line: 6, error: '"text" must be a string' },
      { id: "dir", line: 7, error: '"direction" must be "outbound" or "inbound"' },
      expect.objectContaining({ id: null, line: 8, verdict: "warn" }),
      expect.objectContaining({ id: "ok2", verdict: "warn" }),
    ]);
    expect(r.stderr.trim().split("\n")).toEqual([
      "postguard: <stdin>:2: not JSON",
      'postguard: <stdin>:4: no "text"',
      "postguard: <stdin>:5: not a JSON object",
      'postguard: <stdin>:6: "text" must be a string',
      'postguard: <stdin>:7: "direction" must be "outbound" or "inbound"',
    ]);
  });

  it("copes with CRLF, a byte-order mark, a last line without a newline, and characters split across chunks", async () => {
    const text = "Mrs Hughes in bed 4 😷 café ﬁne";
    const payload = Buffer.from(
      `\uFEFF{"id":"a","text":${JSON.stringify(text)}}\r\n{"id":"b","text":"a blast"}`,
    );
    // One byte a chunk: every multi-byte character and the CRLF is split.
    const stdin = Readable.from(
      (function* () {
        for (const byte of payload) yield Buffer.from([byte]);
      })(),
    );
    const r = await runCli(["check", "--input", "-", "--quiet"], { stdin });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((x) => x.id)).toEqual(["a", "b"]);
    expect(out[0].findings[0].excerpt).toBe("Mrs Hughes in bed 4");
    expect(out[0]).toEqual({ id: "a", ...pick(testChecker({ text })) });
  });

  it("--fix adds each post's mended text", async () => {
    const r = await runCli(["check", "--input", "-", "--fix", "--quiet"], {
      stdin: '{"id":1,"text":"Mrs Hughes in bed 4 ok"}\n',
    });
    expect(lines(r.stdout)[0]).toMatchObject({ id: 1, verdict: "block", fixed: "a patient ok" });
  });

  it("--input with --profile is a usage error", async () => {
    expect((await runCli(["check", "--input", "-", "--profile", "x"])).code).toBe(64);
  });

  it("draws a progress bar on a terminal without disturbing the output", async () => {
    const input = join(dir, "progress.jsonl");
    const output = join(dir, "progress-out.jsonl");
    writeFileSync(
      input,
      Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: "a blast" })).join("\n"),
    );
    const r = await runCli(["check", "--input", input, "--output", output], { stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(lines(readFileSync(output, "utf8"))).toHaveLength(2000);
  });

  it("caps the bad-line messages so a wrong file cannot flood the terminal", async () => {
    const r = await runCli(["check", "--input", "-", "--quiet"], { stdin: "x\n".repeat(80) });
    expect(r.code).toBe(65);
    expect(lines(r.stdout)).toHaveLength(80);
    const messages = r.stderr.trim().split("\n");
    expect(messages).toHaveLength(51);
    expect(messages[50]).toContain("30 more bad lines not shown");
  });
});

describe("BatchTransform", () => {
  it("waits for a slow reader (backpressure) instead of buffering the whole input", async () => {
    // 50,000 lines behind a reader that never reads: the transform must stop pulling input once
    // the stream buffers (their size depends on the Node version's default high-water mark) are full.
    let produced = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 50000; i++) {
          produced++;
          yield Buffer.from(JSON.stringify({ id: i, text: "fine ".repeat(20) }) + "\n");
        }
      })(),
    );
    const transform = new BatchTransform({
      checker: testChecker,
      source: "test",
      stderr: new PassThrough(),
    });
    const sink = new PassThrough({ highWaterMark: 1024 });
    const done = pipeline(source, transform, sink);
    // Wait until production stalls, however slow the machine.
    let before = -1;
    while (produced !== before) {
      before = produced;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(produced).toBeLessThan(10000);
    sink.resume();
    await done;
    expect(produced).toBe(50000);
    expect(transform.summary.checked).toBe(50000);
  }, 60_000);
});

function pick(result: { verdict: string; findings: unknown[] }) {
  return { verdict: result.verdict, findings: result.findings };
}
