// The benchmark: our checker against redact-pii and @openredaction/openredaction, side by side in
// one process on the same posts, then catastrophic-backtracking evidence on adversarial inputs.
//   npm run bench                      100,000 posts (openredaction on the first 10,000 of them)
//   npm run bench -- --posts 20000 --peer-posts 20000 --skip-adversarial
// One core: everything runs on the main thread, one post at a time.
import { readFileSync, existsSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { OpenRedaction } from "@openredaction/openredaction";
import { SyncRedactor } from "redact-pii";
import { check } from "../src/engine/index.js";
import { createCorpus, type BenchPost } from "./corpus.js";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "100000" },
    // openredaction takes milliseconds a post; all 100,000 would take minutes, so by default it
    // gets the first 10,000 of the same posts and every ratio is computed on that same subset.
    "peer-posts": { type: "string", default: "10000" },
    seed: { type: "string", default: "20240611" },
    items: {
      type: "string",
      default: resolve(import.meta.dirname, "../../shared/eval/posts.public.jsonl"),
    },
    "skip-adversarial": { type: "boolean", default: false },
  },
});
const POSTS = Number(values.posts);
const PEER_POSTS = Math.min(POSTS, Number(values["peer-posts"]));

interface Run {
  name: string;
  posts: number;
  seconds: number;
  latenciesNs: Float64Array;
}

function measure(
  name: string,
  posts: BenchPost[],
  fn: (post: BenchPost, index: number) => unknown,
): Run {
  // Warm up the JIT on a slice that is not timed.
  for (let i = 0; i < Math.min(2000, posts.length); i++) fn(posts[i], i);
  const latenciesNs = new Float64Array(posts.length);
  const started = process.hrtime.bigint();
  for (let i = 0; i < posts.length; i++) {
    const t0 = process.hrtime.bigint();
    fn(posts[i], i);
    latenciesNs[i] = Number(process.hrtime.bigint() - t0);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, posts: posts.length, seconds, latenciesNs };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function stats(run: Run, count = run.posts) {
  const slice = run.latenciesNs.slice(0, count);
  const total = slice.reduce((a, b) => a + b, 0);
  const sorted = slice.sort();
  return {
    postsPerSecond: count / (total / 1e9),
    p50: percentile(sorted, 0.5) / 1e6,
    p99: percentile(sorted, 0.99) / 1e6,
    max: sorted[sorted.length - 1] / 1e6,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number) => `${n.toFixed(3)} ms`;

console.log(
  `postguard benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} (one core used)`,
);
const posts = createCorpus(POSTS, Number(values.seed));
const lengths = posts.map((p) => p.text.length).sort((a, b) => a - b);
console.log(
  `corpus: ${fmt(POSTS)} generated posts (seed ${values.seed}), length p50 ${lengths[lengths.length >> 1]}, max ${lengths[lengths.length - 1]} chars; ` +
    `${fmt(posts.filter((p) => p.kind.startsWith("pii")).length)} with patient details, ${fmt(posts.filter((p) => p.kind.includes("trick")).length)} with Unicode tricks\n`,
);

const redactPii = new SyncRedactor();
const openRedaction = new OpenRedaction();

const outcomes: { verdict: string; pii: boolean }[] = new Array(posts.length);
const ours = measure("postguard check", posts, (p, i) => {
  const result = check({ text: p.text, profile: p.profile, direction: p.direction });
  outcomes[i] = {
    verdict: result.verdict,
    pii: result.findings.some((f) => f.category === "patient-identifiable"),
  };
  return result;
});
const rp = measure("redact-pii", posts, (p) => redactPii.redact(p.text));
const or = measure("openredaction", posts.slice(0, PEER_POSTS), (p) =>
  openRedaction.detect(p.text),
);

const oursAll = stats(ours);
const oursSubset = stats(ours, PEER_POSTS);
const rpAll = stats(rp);
const orSubset = stats(or);
console.log("Throughput and latency (one post at a time, per-post process.hrtime.bigint()):");
console.log("  engine               posts   posts/s     p50        p99        max");
const row = (name: string, n: number, s: ReturnType<typeof stats>) =>
  console.log(
    `  ${name.padEnd(20)} ${fmt(n).padStart(7)} ${fmt(s.postsPerSecond).padStart(9)}  ${ms(s.p50).padStart(9)}  ${ms(s.p99).padStart(9)}  ${ms(s.max).padStart(9)}`,
  );
row("postguard check", POSTS, oursAll);
row("redact-pii", POSTS, rpAll);
if (PEER_POSTS < POSTS) row("postguard check", PEER_POSTS, oursSubset);
row("openredaction", PEER_POSTS, orSubset);
console.log("\nRatios (postguard ÷ peer; > 1 means postguard is faster):");
console.log(
  `  vs redact-pii     throughput ×${(oursAll.postsPerSecond / rpAll.postsPerSecond).toFixed(2)}, p99 ×${(rpAll.p99 / oursAll.p99).toFixed(2)}  (${fmt(POSTS)} posts)`,
);
console.log(
  `  vs openredaction  throughput ×${(oursSubset.postsPerSecond / orSubset.postsPerSecond).toFixed(2)}, p99 ×${(orSubset.p99 / oursSubset.p99).toFixed(2)}  (the same first ${fmt(PEER_POSTS)} posts)`,
);
{
  // The slowest posts point at the rule or step to look at first.
  const order = Array.from(ours.latenciesNs.keys())
    .sort((a, b) => ours.latenciesNs[b] - ours.latenciesNs[a])
    .slice(0, 3);
  console.log("  slowest posts for postguard check:");
  for (const i of order) {
    const p = posts[i];
    console.log(
      `    ${ms(ours.latenciesNs[i] / 1e6)}  #${i} ${p.kind}, ${p.text.length} chars: ${JSON.stringify(p.text.slice(0, 90))}${p.text.length > 90 ? "…" : ""}`,
    );
  }
}
const target = oursAll.postsPerSecond >= 25_000 && oursAll.p99 <= 0.5;
console.log(`  target (>= 25,000 posts/s, p99 <= 0.5 ms): ${target ? "met" : "NOT met"}`);

// A rough look at unseen text: the generated posts were written without looking at the rules.
// "clean" posts are built only from harmless templates (including Scunthorpe, Dick Whittington,
// "this heat is killing me"); "pii" posts open with a sentence carrying a patient's details
// (one in five of those has only an outward postcode, which is not identifying, so 100% is not
// expected). The measured loop ran each post once, after a warm-up over the first 2,000, and
// `outcomes` is indexed by post.
{
  const rate = (kind: string, test: (o: { verdict: string; pii: boolean }) => boolean) => {
    const picked = posts
      .map((p, i) => [p, outcomes[i]] as const)
      .filter(([p]) => p.kind.split("+")[0] === kind);
    return `${((100 * picked.filter(([, o]) => test(o)).length) / picked.length).toFixed(1)}% of ${fmt(picked.length)}`;
  };
  console.log(
    "\nOn the generated posts (a rough check on text the rules were not written against):",
  );
  console.log(
    `  clean posts flagged at all: ${rate("clean", (o) => o.verdict !== "pass")}; blocked: ${rate("clean", (o) => o.verdict === "block")}`,
  );
  console.log(
    `  patient-detail posts with a patient-identifiable finding: ${rate("pii", (o) => o.pii)}`,
  );
}

// Patient-identifiable recall on the public evaluation items. A peer "finds" patient details in
// an item when it changes the text (redact-pii) or reports any detection (openredaction): the
// most generous reading, since neither says whose details they are. Ours: a finding in the
// patient-identifiable category. Precision is over the same decision.
if (existsSync(values.items!)) {
  interface Item {
    id: string;
    text: string;
    profile?: string;
    direction?: "outbound" | "inbound";
    expected: { categories: string[] };
  }
  const items: Item[] = readFileSync(values.items!, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const detectors: [string, (i: Item) => boolean][] = [
    [
      "postguard check",
      (i) => check(i).findings.some((f) => f.category === "patient-identifiable"),
    ],
    ["redact-pii", (i) => redactPii.redact(i.text) !== i.text],
    ["openredaction", (i) => openRedaction.detect(i.text).detections.length > 0],
  ];
  const positives = items.filter((i) =>
    i.expected.categories.includes("patient-identifiable"),
  ).length;
  console.log(
    `\nPatient-identifiable details on the public evaluation items (${items.length} items, ${positives} with patient details):`,
  );
  console.log("  engine               recall   precision   flagged");
  for (const [name, finds] of detectors) {
    let tp = 0;
    let flagged = 0;
    for (const item of items) {
      if (!finds(item)) continue;
      flagged += 1;
      if (item.expected.categories.includes("patient-identifiable")) tp += 1;
    }
    const precision = flagged === 0 ? "-" : (tp / flagged).toFixed(3);
    console.log(
      `  ${name.padEnd(20)} ${(tp / positives).toFixed(3).padStart(6)}   ${precision.padStart(9)}   ${String(flagged).padStart(7)}`,
    );
  }
}

// Catastrophic backtracking: time one check on adversarial posts of growing length. Linear
// engines show a flat time per character; a super-linear one shows it growing with length, and
// is stopped before it runs for hours.
if (!values["skip-adversarial"]) {
  const SIZES = [1_000, 10_000, 100_000, 1_000_000];
  const PATTERNS: [string, string][] = [
    ['"a "', "a "],
    ['"1 "', "1 "],
    ['"@"', "@"],
    ["digits", "0123456789"],
    ['"f u c k "', "f u c k "],
    ["one long word", "x"],
    ["mixed Unicode", "Mrs Hüghes ｂｅｄ 4 \u200b😷 e\u0301 нhs 943 476 5919 ME16 9QQ "],
    ["dots and letters", "n.i.g.g.e.r."],
    // Many people in care, so every per-name step runs thousands of times (a per-name read of
    // the whole post made this quadratic once).
    ["names in care", "Mrs Hughes in bed 4, NHS 943 476 5919, ME16 9QQ, f u c k the Trust. 😷 "],
    ["newlines", "\n"],
    // Phrases the conduct and information rules look for, so their patterns meet long runs.
    [
      "conduct phrases",
      "the Trust patients waiting Dr Smith Royal Royal @BBCNews not safe a a a a a Westfield General Hospital everyone knows £ . . . \n",
    ],
    [
      "information phrases",
      "door the door code is password is the key is now not announced yet board £1,000,000 contract copied it from found this could you send me his home address? bit.ly/x a.b.c. nobody checks skip lunch 12 pints 14+ aaaaaaaaaaaaaaaaaaaa?!?!?! don't tell your mum ",
    ],
  ];
  console.log("\nAdversarial inputs: time for one check, and time per character (flat = linear):");
  console.log(
    `  ${"pattern".padEnd(18)}${SIZES.map((n) => `${fmt(n)} chars`.padStart(26)).join("")}`,
  );
  for (const [name, unit] of PATTERNS) {
    const cells: string[] = [];
    let previousPerChar: number | undefined;
    let stopped = "";
    for (const size of SIZES) {
      if (stopped) {
        cells.push(stopped.padStart(26));
        continue;
      }
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const t0 = process.hrtime.bigint();
      check({ text });
      const elapsedMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const perChar = (elapsedMs * 1e6) / size;
      cells.push(`${fmt(elapsedMs, 1)} ms, ${fmt(perChar)} ns/ch`.padStart(26));
      // Per-character time rising several-fold per tenfold length is super-linear: the next
      // size would take too long to be worth waiting for.
      if (previousPerChar !== undefined && perChar > 4 * previousPerChar && elapsedMs > 50)
        stopped = "super-linear: stopped";
      else if (elapsedMs * 10 > 120_000) stopped = "skipped (> 2 min)";
      previousPerChar = perChar;
    }
    console.log(`  ${name.padEnd(18)}${cells.join("")}`);
  }
}
