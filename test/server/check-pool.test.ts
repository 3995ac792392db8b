// The check pool: worker threads give the engine's own answers, each to its own request; a
// worker that dies fails only the checks it held and is replaced; workers that cannot start
// leave the pool checking on the main thread.
import { afterEach, describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { CheckPool } from "../../src/server/features/check/pool.js";
import { defaultCheckThreads, loadConfig } from "../../src/server/platform/config.js";

const POSTS = [
  { text: "Great team day on the ward!" },
  { text: "Mr John Smith (NHS number 943 476 5919) went home today after a long stay on Ward 7." },
  { text: "Management are useless, the door code is 4512 if anyone wants in." },
  { text: "Hi, IT here, please confirm your password", direction: "inbound" as const },
  { text: "Our ward is dangerously understaffed again", profile: "Staff nurse at the Trust" },
];

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

describe("check pool", { timeout: 60_000 }, () => {
  let pool: CheckPool | undefined;
  afterEach(() => pool?.close());

  it("answers many posts at once, each with the engine's result for that post", async () => {
    pool = new CheckPool(2);
    const posts = Array.from({ length: 60 }, (_, i) => POSTS[i % POSTS.length]);
    const results = await Promise.all(posts.map((post) => pool!.run(post)));
    results.forEach((result, i) => expect(result).toEqual(check(posts[i])));
  });

  it("checks on the main thread with no workers", async () => {
    pool = new CheckPool(0);
    expect(pool.size).toBe(0);
    expect(await pool.run(POSTS[1])).toEqual(check(POSTS[1]));
  });

  it("fails only the checks a dead worker held, and replaces it", async () => {
    const errors: string[] = [];
    pool = new CheckPool(1, {
      script: fixture("crashing-check-worker.mjs"),
      log: { error: (_details, message) => errors.push(message) },
    });
    expect(await pool.run({ text: "before" })).toMatchObject({ redacted: "before" });
    await expect(pool.run({ text: "crash" })).rejects.toThrow(/exited with code 3/);
    expect(errors).toContain("check worker stopped");
    expect(pool.size).toBe(1);
    expect(await pool.run({ text: "after" })).toMatchObject({ redacted: "after" });
  });

  it("falls back to the main thread when workers keep failing to start", async () => {
    const errors: string[] = [];
    pool = new CheckPool(1, {
      script: fixture("failing-check-worker.mjs"),
      log: { error: (_details, message) => errors.push(message) },
    });
    await expect.poll(() => pool!.size, { timeout: 20_000 }).toBe(0);
    expect(errors).toContain("check workers keep failing to start: checking on the main thread");
    expect(await pool.run(POSTS[2])).toEqual(check(POSTS[2]));
  });
});

describe("POSTGUARD_CHECK_THREADS", () => {
  it("defaults to one core for the server and the rest (at most 4) for checks", () => {
    expect([1, 2, 4, 16].map((cores) => defaultCheckThreads(cores))).toEqual([0, 1, 3, 4]);
    expect(loadConfig({}, {}).checkThreads).toBe(defaultCheckThreads());
    expect(loadConfig({}, { POSTGUARD_CHECK_THREADS: "0" }).checkThreads).toBe(0);
  });

  it("refuses a value that is not a small whole number, naming the setting", () => {
    expect(() => loadConfig({}, { POSTGUARD_CHECK_THREADS: "many" })).toThrow(
      /POSTGUARD_CHECK_THREADS/,
    );
    expect(() => loadConfig({}, { POSTGUARD_CHECK_THREADS: "65" })).toThrow(
      /POSTGUARD_CHECK_THREADS/,
    );
  });
});
