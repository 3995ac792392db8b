// Runs checks on worker threads, so the engine's work and the server's own (HTTP, sessions,
// JSON) use different cores. On the 2-core development machine one worker took the API benchmark
// from ~1,830 to ~2,800-3,150 checks/s (docs/platform.md); two workers were slower than one.
// Size 0 checks on the main thread, as does a pool whose workers keep dying at start-up.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { check, type CheckResult } from "../../../engine/index.js";
import type { CheckRequest } from "./schema.js";
import type { CheckAnswer, CheckTask } from "./worker.js";

interface Pending {
  resolve(result: CheckResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  startedAt: number;
}

export interface PoolLogger {
  error(details: object, message: string): void;
}

/** A worker that dies sooner than this after starting counts as failing to start. */
const EARLY_DEATH_MS = 5_000;
/** After this many early deaths in a row the pool gives up on threads and checks inline. */
const MAX_EARLY_DEATHS = 3;

function workerScript(): { url: URL; execArgv?: string[] } {
  const js = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js };
  // Running from the TypeScript sources (tests, benchmarks): load the worker through tsx.
  return { url: new URL("./worker.ts", import.meta.url), execArgv: ["--import", "tsx"] };
}

export class CheckPool {
  readonly #slots: Slot[] = [];
  #nextId = 1;
  #closing = false;
  #earlyDeaths = 0;

  readonly #log?: PoolLogger;
  readonly #script: { url: URL; execArgv?: string[] };

  /** `script` replaces worker.ts (tests use it to make workers that crash). */
  constructor(size: number, options: { log?: PoolLogger; script?: URL } = {}) {
    this.#log = options.log;
    this.#script = options.script ? { url: options.script } : workerScript();
    for (let i = 0; i < size; i++) this.#slots.push(this.#start());
  }

  /** Worker threads currently in use (0: checks run on the main thread). */
  get size(): number {
    return this.#slots.length;
  }

  #start(): Slot {
    const { url, execArgv } = this.#script;
    const worker = new Worker(url, { execArgv, name: "postguard-check" });
    const slot: Slot = { worker, pending: new Map(), startedAt: Date.now() };
    worker.on("message", (answer: CheckAnswer) => {
      this.#earlyDeaths = 0;
      const pending = slot.pending.get(answer.id);
      if (!pending) return;
      slot.pending.delete(answer.id);
      if ("error" in answer) pending.reject(new Error(`check failed in worker: ${answer.error}`));
      else pending.resolve(answer.result);
    });
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
      const i = this.#slots.indexOf(slot);
      if (i < 0 || this.#closing) return;
      this.#log?.error({ err: error }, "check worker stopped");
      if (Date.now() - slot.startedAt < EARLY_DEATH_MS) this.#earlyDeaths++;
      if (this.#earlyDeaths >= MAX_EARLY_DEATHS) {
        this.#slots.splice(i, 1);
        if (this.#slots.length === 0)
          this.#log?.error({}, "check workers keep failing to start: checking on the main thread");
      } else {
        this.#slots[i] = this.#start();
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`check worker exited with code ${code}`)));
    return slot;
  }

  /** The engine's result for one post, from the least busy worker (or inline with none). */
  run(input: CheckRequest): Promise<CheckResult> {
    if (this.#slots.length === 0) {
      try {
        return Promise.resolve(check(input));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    let slot = this.#slots[0];
    for (const other of this.#slots) if (other.pending.size < slot.pending.size) slot = other;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      const task: CheckTask = { id, input };
      slot.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
