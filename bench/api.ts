// Throughput and latency of POST /api/v1/check, measured from a second process.
//   npm run bench:api [-- --seconds 30 --connections 50 --posts eval|short --route check|me
//                        --threads N --log-level warn|info --profile server.cpuprofile]
// The parent starts the server as a child process (embedded database in a temp directory, or
// DATABASE_URL if set), signs in as a demo user, then drives the check endpoint with autocannon
// for the given time over the public evaluation posts and prints requests/s and p50/p99 latency.
// The per-user rate limit is lifted for the run (one user sends all the load) and request logs
// are off unless --log-level info; everything else (session lookup, CSRF check, schema validation,
// metrics, the engine) is on the measured path.
import { spawn, type ChildProcess } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { Session } from "node:inspector";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const TARGET = { rps: 5000, p99: 25 };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function argString(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function runServer(): Promise<void> {
  const { buildApp } = await import("../src/server/app.js");
  const { loadConfig } = await import("../src/server/platform/config.js");
  const { seedDemo } = await import("../src/server/demo.js");
  const app = await buildApp(loadConfig({ port: "0", host: "127.0.0.1" }));
  await seedDemo(app.db);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  process.send!({ port: typeof address === "object" && address ? address.port : 0 });
  process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
  const session = new Session();
  type Message = { cpu: true } | { profile: "start" } | { profile: "stop"; file: string };
  process.on("message", (message: Message) => {
    if ("cpu" in message) {
      process.send!({ cpu: process.cpuUsage() });
    } else if (message.profile === "start") {
      session.connect();
      session.post("Profiler.enable", () =>
        session.post("Profiler.start", () => process.send!({ profiling: true })),
      );
    } else {
      session.post("Profiler.stop", (error, result) => {
        if (!error) writeFileSync(message.file, JSON.stringify(result.profile));
        session.disconnect();
        process.send!({ profiled: !error });
      });
    }
  });
}

function posts(): string[] {
  // --posts short: one short clean post, so the engine costs almost nothing and the figure shows
  // what the platform itself (HTTP, session, CSRF, validation, metrics) can carry.
  if (
    process.argv.includes("--posts") &&
    process.argv[process.argv.indexOf("--posts") + 1] === "short"
  ) {
    return [JSON.stringify({ text: "Great team day on the ward!" })];
  }
  const file = join(
    fileURLToPath(new URL("..", import.meta.url)),
    "..",
    "shared",
    "eval",
    "posts.public.jsonl",
  );
  const fallback = [
    "Great team day on the ward, proud of everyone!",
    "Mr John Smith (NHS number 943 476 5919) went home today after a long stay on Ward 7.",
    "Management are useless, the door code is 4512 if anyone wants in.",
  ];
  if (!existsSync(file)) return fallback.map((text) => JSON.stringify({ text }));
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, 200)
    .map((line) => {
      const item = JSON.parse(line) as { text: string; profile?: string; direction?: string };
      return JSON.stringify({ text: item.text, profile: item.profile, direction: item.direction });
    });
}

/** Send the server a message and wait for its answer. */
function ask(child: ChildProcess, message: object): Promise<unknown> {
  return new Promise((resolve) => {
    child.once("message", resolve);
    child.send(message);
  });
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

async function serverCpu(child: ChildProcess): Promise<NodeJS.CpuUsage> {
  return ((await ask(child, { cpu: true })) as { cpu: NodeJS.CpuUsage }).cpu;
}

async function main(): Promise<void> {
  const seconds = arg("seconds", 30);
  const connections = arg("connections", 50);
  // --threads N: check worker threads in the server (default: the server's own default,
  // POSTGUARD_CHECK_THREADS or one fewer than the cores); 0 checks on the main thread.
  const { defaultCheckThreads } = await import("../src/server/platform/config.js");
  const threads = arg(
    "threads",
    Number(process.env.POSTGUARD_CHECK_THREADS ?? String(defaultCheckThreads())),
  );
  const dataDir = mkdtempSync(join(tmpdir(), "postguard-bench-"));
  // --log-level info: the production default, one access-log line a request, written to a file
  // (as a log collector would take them) rather than the terminal. Default: warn (no request logs).
  const logLevel = argString("log-level") ?? "warn";
  const logFile = join(dataDir, "server.log");
  const log = openSync(logFile, "w");
  // --profile FILE: the server records a V8 CPU profile of the measured run (not start-up or
  // warm-up) and writes it to FILE (.cpuprofile: open in Chrome DevTools or speedscope).
  const profileFile = argString("profile");
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--server"],
    {
      env: {
        ...process.env,
        POSTGUARD_DATA_DIR: dataDir,
        LOG_LEVEL: logLevel,
        POSTGUARD_CHECK_RATE_LIMIT: "10000000",
        POSTGUARD_CHECK_THREADS: String(threads),
        POSTGUARD_COOKIE_SECURE: "false",
      },
      stdio: ["ignore", logLevel === "warn" ? "inherit" : log, "inherit", "ipc"],
    },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once("message", (m: { port: number }) => resolve(m.port));
      child.once("exit", (code) => reject(new Error(`server exited with code ${code}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    // Sign in like the web app does: CSRF token, then the session cookie.
    const csrfResponse = await fetch(`${base}/api/v1/auth/csrf`);
    const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]);
    const { token } = (await csrfResponse.json()) as { token: string };
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-csrf-token": token,
        cookie: csrfCookie.join("; "),
      },
      body: JSON.stringify({ email: "staff@demo.nhs.uk", password: "postguard-demo" }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = [
      ...csrfCookie,
      ...login.headers.getSetCookie().map((c) => c.split(";")[0]),
    ].join("; ");
    const bodies = posts();
    let sent = 0;
    const nextBody = () => bodies[sent++ % bodies.length];
    const headers = { "content-type": "application/json", "x-csrf-token": token, cookie };

    // --route me: GET /api/v1/auth/me instead, a signed-in request without the engine, to show
    // the platform's own ceiling on this machine.
    const me =
      process.argv.includes("--route") &&
      process.argv[process.argv.indexOf("--route") + 1] === "me";
    const target = me
      ? { url: `${base}/api/v1/auth/me`, method: "GET" as const, headers: { cookie } }
      : {
          url: `${base}/api/v1/check`,
          method: "POST" as const,
          headers,
          // One shared sequence for all connections, each request the post after the last one
          // sent by any connection. Given the list itself, every connection would walk it from
          // the start in near lockstep, so the server would see runs of the same post, which the
          // engine's last-post caches answer almost for free.
          requests: [{ setupRequest: (request: object) => ({ ...request, body: nextBody() }) }],
        };
    const label = me ? "GET /api/v1/auth/me" : "POST /api/v1/check";
    // A short warm-up so the JIT has compiled the engine before measuring.
    await autocannon({ ...target, connections, duration: 3 });

    process.stderr.write(
      `measuring ${label} for ${seconds}s with ${connections} connections${me ? "" : ` over ${bodies.length} posts`}...\n`,
    );
    if (profileFile) await ask(child, { profile: "start" });
    const serverBefore = await serverCpu(child);
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const result = await autocannon({ ...target, connections, duration: seconds });
    const wall = performance.now() - started;
    const clientCpu = cpuMs(process.cpuUsage(clientBefore));
    const serverAfter = await serverCpu(child);
    const serverUsed = cpuMs(serverAfter) - cpuMs(serverBefore);
    const serverSystem = (serverAfter.system - serverBefore.system) / 1000;
    if (profileFile) {
      await ask(child, { profile: "stop", file: profileFile });
      process.stderr.write(`CPU profile of the server written to ${profileFile}\n`);
    }
    const rps = result.requests.average;
    const p50 = result.latency.p50;
    const p99 = result.latency.p99;
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      `${label}, ${seconds}s, ${connections} connections, ${threads} check threads, ${cpus().length} cores (load average before: ${loadavg()[0].toFixed(2)})`,
    );
    console.log(`  requests/s   ${rps.toFixed(0)} (total ${result.requests.total})`);
    console.log(`  latency p50  ${p50} ms`);
    console.log(`  latency p99  ${p99} ms`);
    console.log(
      `  errors       ${errors} (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
    // CPU time is steadier than requests/s on a shared machine: it shows what one request costs
    // the server whatever else is running, and how much of the machine autocannon itself took.
    console.log(
      `  server CPU   ${((serverUsed / result.requests.total) * 1000).toFixed(0)} µs a request (${((serverSystem / serverUsed) * 100).toFixed(0)}% in the kernel), ${((serverUsed / wall) * 100).toFixed(0)}% of a core`,
    );
    console.log(`  autocannon   ${((clientCpu / wall) * 100).toFixed(0)}% of a core`);
    const met = rps >= TARGET.rps && p99 <= TARGET.p99 && errors === 0;
    console.log(
      `  target       >= ${TARGET.rps} req/s, p99 <= ${TARGET.p99} ms, no errors: ${met ? "met" : "NOT met"}`,
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    closeSync(log);
    if (logLevel !== "warn")
      process.stderr.write(
        `server log: ${readFileSync(logFile, "utf8").split("\n").length - 1} lines\n`,
      );
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--server")) await runServer();
else await main();
