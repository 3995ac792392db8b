// CPU time per post of this tree's checker against another tree's (e.g. a worktree of main),
// both loaded in one process and run on the same generated posts in alternating batches, so
// the noise of a shared machine falls on both alike. Reports the minimum and the median batch,
// and the median of the per-round ratios (a round: one batch of each tree on the same posts).
// The two share one heap, so garbage-collection work made by one tree is partly paid during
// the other's batches: for changes that cut GC work, compare separate processes as well.
// Small batches and many rounds (--size 100 --batches 1000) resolve changes of about 1% on a
// busy machine, where 1,000-post batches move by several per cent between runs.
//
//   node_modules/.bin/node --import tsx bench/ab.ts --other /tmp/wt-main [--batches 10] [--size 1000]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createChecker } from "../src/engine/check.js";
import type { Checker } from "../src/engine/check.js";
import { createCorpus } from "./corpus.js";

const { values } = parseArgs({
  options: {
    other: { type: "string" },
    batches: { type: "string", default: "10" },
    size: { type: "string", default: "1000" },
  },
});
if (!values.other) throw new Error("--other TREE is required");
const other = (await import(resolve(values.other, "src/engine/check.ts"))) as {
  createChecker: () => Checker;
};
const BATCH = Number(values.size);
const batches = Number(values.batches);
// The batches take turns over 10,000 posts after a warm-up of 1,500.
const windows = Math.max(1, Math.floor(10000 / BATCH));
const posts = createCorpus(1500 + windows * BATCH, 20240611);
const theirs = other.createChecker();
const ours = createChecker();
for (let i = 0; i < 1500; i++) {
  theirs(posts[i]);
  ours(posts[i]);
}
function batch(check: Checker, from: number): number {
  const start = process.cpuUsage();
  for (let i = from; i < from + BATCH; i++) check(posts[i]);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / BATCH;
}
const a: number[] = [];
const b: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < batches; r++) {
  const from = 1500 + (r % windows) * BATCH;
  if (r % 2) {
    a.push(batch(theirs, from));
    b.push(batch(ours, from));
  } else {
    b.push(batch(ours, from));
    a.push(batch(theirs, from));
  }
  ratios.push(a[r] / b[r]);
}
const median = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1];
const sum = (x: number[]) => x.reduce((s, v) => s + v, 0);
const show = (x: number[]) => `min ${Math.min(...x).toFixed(0)}, median ${median(x).toFixed(0)}`;
console.log(`other tree: ${show(a)} µs/post CPU`);
console.log(`this tree:  ${show(b)} µs/post CPU`);
console.log(`speed-up (medians): ×${(median(a) / median(b)).toFixed(2)}`);
console.log(
  `per round: median ratio ×${median(ratios).toFixed(3)}, total ×${(sum(a) / sum(b)).toFixed(3)}`,
);
