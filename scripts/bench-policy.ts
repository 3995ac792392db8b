// CPU time of the policy classifier and of the checker with and without the learned rules, over
// the public evaluation texts x100 (they are only timed here, never learned from).
//   node_modules/.bin/node --import tsx scripts/bench-policy.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createChecker } from "../src/engine/check.js";
import { scorePolicyText } from "../src/engine/model/policy-classifier.js";
import { FeatureBuffer, textFeatures } from "../src/engine/model/policy-features.js";
import { POLICY_MODEL } from "../src/engine/model/policy-weights.js";
import { normalise } from "../src/engine/normalise/index.js";
import { rules } from "../src/engine/rules/index.js";
import { learnedRules } from "../src/engine/rules/learned/index.js";

const items = readFileSync(
  resolve(import.meta.dirname, "../../shared/eval/posts.public.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim())
  .map(
    (l) => JSON.parse(l) as { text: string; profile?: string; direction?: "outbound" | "inbound" },
  );
const ROUNDS = 100;
const n = items.length * ROUNDS;

function cpu(fn: () => void): number {
  fn(); // warm-up
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / n;
}

// The classifier alone, on the normalised views the checker builds anyway.
const views = items.map((i) => ({
  text: normalise(i.text).words.text,
  profile: normalise(i.profile ?? "").words.text,
  direction: i.direction ?? "outbound",
}));
let sink = 0;
const classifier = cpu(() => {
  for (let r = 0; r < ROUNDS; r++)
    for (const v of views) sink += scorePolicyText(v.text, v.profile, v.direction)[0];
});

// Features a post costs on average (post and profile).
const buffer = new FeatureBuffer();
const options = { charGrams: POLICY_MODEL.charGrams, affixes: POLICY_MODEL.affixes };
for (const v of views) {
  textFeatures(v.text, 0, Math.min(v.text.length, 4000), options, false, buffer);
  textFeatures(v.profile, 0, Math.min(v.profile.length, 4000), options, true, buffer);
}

// `rules` already holds the learned rules in their place; "without" leaves them out.
const without = createChecker({}, { rules: rules.filter((r) => !learnedRules.includes(r)) });
const withLearned = createChecker({}, { rules });
const run = (check: typeof without) => () => {
  for (let r = 0; r < ROUNDS; r++) for (const i of items) sink += check(i).findings.length;
};
const before = cpu(run(without));
const after = cpu(run(withLearned));
console.log(
  `policy classifier alone (scorePolicyText): ${classifier.toFixed(2)} µs/post (CPU, ${n} posts, ${(buffer.length / views.length).toFixed(0)} features/post)`,
);
console.log(`checker, hand-written rules: ${before.toFixed(2)} µs/post`);
console.log(
  `checker, with learned rules: ${after.toFixed(2)} µs/post (+${(after - before).toFixed(2)})`,
);
if (sink === Math.PI) console.log(sink);
