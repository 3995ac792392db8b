// Batch checking: JSONL in, JSONL out (format in ../shared/spec/taxonomy.md), one output line per
// input line in input order. Everything streams through one pipeline, so memory stays flat however
// large the input: the reader waits whenever the writer is behind (backpressure) and only the
// current chunk and any unfinished line are held.
import { open, type FileHandle } from "node:fs/promises";
import { Transform, type Readable, type Writable, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import cliProgress from "cli-progress";
import { applyFixes, type Checker, type CheckInput } from "../engine/index.js";
import { CliError, EXIT, describeFsError } from "./errors.js";

export interface BatchOptions {
  checker: Checker;
  /** Add the mended text of each post as `fixed`. */
  fix?: boolean;
  /** Name used in messages about bad lines, e.g. the file name. */
  source: string;
  /** Where bad lines are reported. */
  stderr: Writable;
  /** Called with the number of bytes read so far. */
  onProgress?: (bytes: number) => void;
}

export interface BatchSummary {
  lines: number;
  checked: number;
  bad: number;
  verdicts: Record<string, number>;
}

/** Past this many, bad lines are counted but not each reported, so a wrong file can't flood the terminal. */
const MAX_REPORTED_BAD_LINES = 50;
const NEWLINE = 0x0a;

type LineResult =
  { ok: true; json: string; verdict: string } | { ok: false; json: string; error: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Check one JSONL line. Never throws: a bad line becomes an output line that says what is wrong. */
export function checkLine(
  line: string,
  lineNumber: number,
  options: Pick<BatchOptions, "checker" | "fix">,
): LineResult {
  const fail = (id: unknown, error: string): LineResult => ({
    ok: false,
    error,
    json: JSON.stringify({ id: id ?? null, line: lineNumber, error }),
  });
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch {
    return fail(null, "not JSON");
  }
  if (!isPlainObject(item)) return fail(null, "not a JSON object");
  const { id, text, profile, direction } = item;
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
    return fail(null, '"id" must be a string or a number');
  }
  if (typeof text !== "string")
    return fail(id, text === undefined ? 'no "text"' : '"text" must be a string');
  if (profile !== undefined && profile !== null && typeof profile !== "string") {
    return fail(id, '"profile" must be a string');
  }
  if (
    direction !== undefined &&
    direction !== null &&
    direction !== "outbound" &&
    direction !== "inbound"
  ) {
    return fail(id, '"direction" must be "outbound" or "inbound"');
  }
  const input: CheckInput = { text };
  if (typeof profile === "string") input.profile = profile;
  if (direction === "inbound" || direction === "outbound") input.direction = direction;
  let result;
  try {
    result = options.checker(input);
  } catch (error) {
    // The engine is meant never to throw; if it does, lose this line, not the batch.
    return fail(id, `the checker failed on this post: ${(error as Error)?.message ?? error}`);
  }
  const out: Record<string, unknown> = { id: id ?? null };
  if (id === undefined) out.line = lineNumber;
  out.verdict = result.verdict;
  out.findings = result.findings;
  if (options.fix) out.fixed = applyFixes(text, result.findings).output;
  return { ok: true, json: JSON.stringify(out), verdict: result.verdict };
}

/** Bytes in, result lines out. Splits on "\n" at the byte level: that byte never occurs inside a multi-byte UTF-8 character. */
export class BatchTransform extends Transform {
  readonly summary: BatchSummary = { lines: 0, checked: 0, bad: 0, verdicts: {} };
  private pending: Buffer[] = [];
  private bytesRead = 0;

  constructor(private readonly options: BatchOptions) {
    super({ writableObjectMode: false, readableObjectMode: false });
  }

  private handle(raw: Buffer, out: string[]): void {
    this.summary.lines += 1;
    let line = raw.toString("utf8");
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (this.summary.lines === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Blank lines separate nothing in JSONL; skip them rather than call them errors.
    if (line.trim() === "") return;
    const result = checkLine(line, this.summary.lines, this.options);
    out.push(result.json);
    if (result.ok) {
      this.summary.checked += 1;
      this.summary.verdicts[result.verdict] = (this.summary.verdicts[result.verdict] ?? 0) + 1;
    } else {
      this.summary.bad += 1;
      if (this.summary.bad <= MAX_REPORTED_BAD_LINES) {
        this.options.stderr.write(
          `postguard: ${this.options.source}:${this.summary.lines}: ${result.error}\n`,
        );
      }
    }
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytesRead += chunk.length;
    const out: string[] = [];
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, nl);
      if (this.pending.length > 0) {
        this.pending.push(piece);
        const whole = Buffer.concat(this.pending);
        this.pending = [];
        this.handle(whole, out);
      } else {
        this.handle(piece, out);
      }
      from = nl + 1;
    }
    // Copy the unfinished tail: a subarray would keep the whole chunk alive.
    if (from < chunk.length) this.pending.push(Buffer.from(chunk.subarray(from)));
    this.options.onProgress?.(this.bytesRead);
    done(null, out.length > 0 ? out.join("\n") + "\n" : undefined);
  }

  override _flush(done: TransformCallback): void {
    const out: string[] = [];
    if (this.pending.length > 0) {
      const whole = Buffer.concat(this.pending);
      this.pending = [];
      this.handle(whole, out);
    }
    if (this.summary.bad > MAX_REPORTED_BAD_LINES) {
      this.options.stderr.write(
        `postguard: ${this.options.source}: ${this.summary.bad - MAX_REPORTED_BAD_LINES} more bad lines not shown\n`,
      );
    }
    done(null, out.length > 0 ? out.join("\n") + "\n" : undefined);
  }
}

export interface BatchIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export interface BatchRun {
  input: string;
  output?: string;
  checker: Checker;
  fix?: boolean;
  progress?: boolean;
  quiet?: boolean;
}

async function openInput(
  path: string,
): Promise<{ stream: Readable; size?: number; handle?: FileHandle }> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new CliError(`cannot open ${path}: ${describeFsError(error)}`, EXIT.noInput);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    return {
      stream: handle.createReadStream({ highWaterMark: 256 * 1024 }),
      size: stat.isFile() ? stat.size : undefined,
      handle,
    };
  } catch (error) {
    await handle.close();
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`, EXIT.noInput);
  }
}

async function openOutput(path: string): Promise<Writable> {
  try {
    const handle = await open(path, "w");
    return handle.createWriteStream({ highWaterMark: 256 * 1024 });
  } catch (error) {
    throw new CliError(`cannot create ${path}: ${describeFsError(error)}`, EXIT.cantCreate);
  }
}

/** Run a batch end to end. Returns the exit code; throws CliError for files that can't be opened. */
export async function runBatch(run: BatchRun, io: BatchIo): Promise<number> {
  const fromStdin = run.input === "-";
  const input = fromStdin ? { stream: io.stdin, size: undefined } : await openInput(run.input);
  const toStdout = run.output === undefined || run.output === "-";
  const output = toStdout ? io.stdout : await openOutput(run.output!);

  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  if (run.progress && input.size !== undefined && input.size > 0) {
    bar = new cliProgress.SingleBar(
      {
        stream: io.stderr,
        format:
          "checking {bar} {percentage}% | {value_mb}/{total_mb} MB | {posts} posts | ETA {eta_formatted}",
        hideCursor: true,
        clearOnComplete: true,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(input.size, 0, {
      value_mb: "0.0",
      total_mb: (input.size / 1e6).toFixed(1),
      posts: 0,
    });
  }

  const transform = new BatchTransform({
    checker: run.checker,
    fix: run.fix,
    source: fromStdin ? "<stdin>" : run.input,
    stderr: io.stderr,
    onProgress: bar
      ? (bytes) =>
          bar!.update(bytes, { value_mb: (bytes / 1e6).toFixed(1), posts: transform.summary.lines })
      : undefined,
  });

  try {
    // stdout must stay open after the batch (tests and callers share it), so only a file is ended.
    await pipeline(input.stream, transform, output, { end: !toStdout });
  } catch (error) {
    bar?.stop();
    throw new CliError(`batch stopped: ${describeFsError(error)}`, EXIT.io);
  }
  bar?.stop();

  const { summary } = transform;
  if (!run.quiet) {
    const seconds = (Date.now() - started) / 1000;
    const verdicts = ["block", "warn", "advise", "pass"]
      .map((v) => `${summary.verdicts[v] ?? 0} ${v}`)
      .join(", ");
    io.stderr.write(
      `postguard: checked ${summary.checked} post${summary.checked === 1 ? "" : "s"} in ${seconds.toFixed(1)} s (${verdicts})` +
        (summary.bad > 0 ? `; ${summary.bad} bad line${summary.bad === 1 ? "" : "s"}` : "") +
        "\n",
    );
  }
  return summary.bad > 0 ? EXIT.data : EXIT.ok;
}
