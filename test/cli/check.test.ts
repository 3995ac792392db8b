import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { runCli, testChecker } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "postguard-cli-"));

describe("postguard check TEXT", () => {
  it("passes a harmless post with exit code 0", async () => {
    const r = await runCli(["check", "Lovely sunny day on the ward"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("PASS");
    expect(r.stdout).toContain("Lovely sunny day on the ward");
    expect(r.stderr).toBe("");
  });

  it("blocks with exit code 2 and marks the offending words when not on a terminal", async () => {
    const r = await runCli(["check", "Saw Mrs Hughes in bed 4 today, what a blast"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("BLOCK");
    expect(r.stdout).toContain("Saw [[Mrs Hughes in bed 4]] today, what a [[blast]]");
    expect(r.stdout).toContain("patient-identifiable");
    expect(r.stdout).toContain("MC-SS01 §4.2(t)");
    expect(r.stdout).toContain('Say "a patient".');
    expect(r.stdout).toContain('replace with "a patient"');
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("warns with exit code 1", async () => {
    const r = await runCli(["check", "what", "a", "blast"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[[blast]]");
  });

  it("advice alone exits 0 and shows whole-post findings", async () => {
    const r = await runCli(["check", "My opinion on rotas"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ADVISE");
    expect(r.stdout).toContain("(the whole post)");
  });

  it("uses the profile", async () => {
    const r = await runCli(["check", "--profile", "Nurse. Views my own", "My opinion on rotas"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("PASS");
  });

  it("shows control characters as escapes instead of sending them to the terminal", async () => {
    const r = await runCli(["check", "a\u001b[31mred\u0007 blast"]);
    expect(r.stdout).toContain("\\u001b[31mred\\u0007 [[blast]]");
  });

  it("--format json prints the CheckResult", async () => {
    const r = await runCli(["check", "--format", "json", "Mrs Hughes in bed 4"]);
    expect(r.code).toBe(2);
    const result = JSON.parse(r.stdout);
    expect(result).toEqual(testChecker({ text: "Mrs Hughes in bed 4" }));
    expect(result.redacted).toBe("[patient]");
  });

  it("reads the post from standard input, without its trailing newline", async () => {
    const r = await runCli(["check", "--format", "json"], { stdin: "Mrs Hughes in bed 4\n" });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).findings[0].end).toBe(19);
  });

  it("--inbound checks a received message", async () => {
    const r = await runCli(["check", "--inbound", "--format", "json", "hello"], { checker: null });
    expect(JSON.parse(r.stdout)).toEqual(check({ text: "hello", direction: "inbound" }));
  });

  it("the default checker's exit code follows its verdict", async () => {
    for (const text of [
      "Great teamwork today",
      "Mrs Hughes in bed 4 on Ward 10, NHS 943 476 5919",
      "f u c k this shift",
    ]) {
      const r = await runCli(["check", "--format", "json", text], { checker: null });
      const verdict = check({ text }).verdict;
      expect(JSON.parse(r.stdout).verdict).toBe(verdict);
      expect(r.code).toBe({ pass: 0, advise: 0, warn: 1, block: 2 }[verdict]);
    }
  });
});

describe("postguard check --fix", () => {
  it("prints the mended post and what is left to change by hand", async () => {
    const r = await runCli(["check", "--fix", "Mrs Hughes in bed 4 had a blast"]);
    expect(r.stdout).toContain("a patient had a [[blast]]");
    expect(r.stdout).toContain("Still to change by hand (1)");
    expect(r.stdout).toContain("profanity");
    // What is left is a warning.
    expect(r.code).toBe(1);
  });

  it("exits 0 when the fixes leave nothing", async () => {
    const r = await runCli(["check", "--fix", "My opinion: Mrs Hughes in bed 4 is lovely"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("My opinion: a patient is lovely Views my own.");
    expect(r.stdout).toContain("Nothing left to change by hand.");
  });

  it("says so when no fix applies", async () => {
    const r = await runCli(["check", "--fix", "blast"]);
    expect(r.stdout).toContain("No automatic fixes apply");
    expect(r.code).toBe(1);
  });

  it("--fix --format json gives the output and the findings", async () => {
    const r = await runCli([
      "check",
      "--fix",
      "--format",
      "json",
      "Mrs Hughes in bed 4 and Mrs Hughes in bed 5",
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.output).toBe("a patient and a patient");
    expect(report.fixed).toHaveLength(2);
    expect(report.remaining).toEqual([]);
    expect(report.verdict).toBe("pass");
  });
});

describe("usage and I/O errors", () => {
  it("an unknown option is a usage error (64) with a message, not a stack trace", async () => {
    const r = await runCli(["check", "--frobnicate", "x"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("unknown option");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("no text on a terminal is a usage error", async () => {
    const r = await runCli(["check"], { stdinIsTTY: true });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("no post to check");
  });

  it("a bad --format is a usage error", async () => {
    const r = await runCli(["check", "--format", "xml", "x"]);
    expect(r.code).toBe(64);
  });

  it("TEXT with --input is a usage error", async () => {
    const r = await runCli(["check", "--input", "x.jsonl", "text"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("not both");
  });

  it("--output without --input is a usage error", async () => {
    expect((await runCli(["check", "--output", "x", "text"])).code).toBe(64);
  });

  it("no command is a usage error; --help and --version are not", async () => {
    expect((await runCli([])).code).toBe(64);
    const help = await runCli(["check", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
    expect(help.stdout).toContain("64  usage error");
    expect((await runCli(["--version"])).code).toBe(0);
  });

  it("a missing input file exits 66", async () => {
    const r = await runCli(["check", "--input", join(dir, "nope.jsonl")]);
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/cannot open .*nope\.jsonl: no such file or directory/);
  });

  it("an output file that cannot be created exits 73", async () => {
    const input = join(dir, "one.jsonl");
    writeFileSync(input, '{"id":1,"text":"hi"}\n');
    const r = await runCli([
      "check",
      "--input",
      input,
      "--output",
      join(dir, "no-such-dir", "out.jsonl"),
    ]);
    expect(r.code).toBe(73);
    expect(r.stderr).toContain("cannot create");
  });
});

describe("--pack", () => {
  it("applies a trust's pack file (severity override)", async () => {
    const pack = join(dir, "pack.json");
    writeFileSync(
      pack,
      JSON.stringify({ name: "test", rules: { "hate-discrimination": { severity: "off" } } }),
    );
    const r = await runCli(["check", "--pack", pack, "--format", "json", "hello"], {
      checker: null,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe("pass");
  });

  it("reads POSTGUARD_PACK", async () => {
    const r = await runCli(["check", "hello"], {
      checker: null,
      env: { POSTGUARD_PACK: join(dir, "absent.json") },
    });
    expect(r.code).toBe(66);
    expect(r.stderr).toContain("cannot read policy pack");
  });

  it("a pack that is not JSON exits 78 with the file name", async () => {
    const pack = join(dir, "broken.json");
    writeFileSync(pack, "{ name: ");
    const r = await runCli(["check", "--pack", pack, "hello"], { checker: null });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain("is not valid JSON");
  });

  it("a pack that breaks the schema exits 78 and names the field", async () => {
    const pack = join(dir, "wrong.json");
    writeFileSync(pack, JSON.stringify({ rules: { profanity: { severity: "loud" } } }));
    const r = await runCli(["check", "--pack", pack, "hello"], { checker: null });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain("rules.profanity.severity");
  });

  it("a local identifier pattern that is not a regular expression exits 78", async () => {
    const pack = join(dir, "regex.json");
    writeFileSync(pack, JSON.stringify({ localIdentifiers: [{ name: "MRN", pattern: "([A-Z" }] }));
    const r = await runCli(["check", "--pack", pack, "hello"], { checker: null });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('localIdentifiers "MRN"');
  });
});
