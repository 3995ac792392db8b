import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalise } from "../normalise/index.js";
import { CATEGORIES } from "../types.js";
import {
  categoryIndex,
  POLICY_CATEGORIES,
  scorePolicy,
  scorePolicyText,
  strongestSentence,
  threshold,
} from "./policy-classifier.js";
import {
  FeatureBuffer,
  FLAG_HAS_PROFILE,
  FLAG_INBOUND,
  POLICY_BUCKETS,
  textFeatures,
} from "./policy-features.js";
import { POLICY_MODEL } from "./policy-weights.js";

const score = (text: string, profile = "", direction: "outbound" | "inbound" = "outbound") =>
  scorePolicy(normalise(text), normalise(profile), direction);

describe("policy classifier", () => {
  it("loads weights for every taxonomy category, in the taxonomy's order", () => {
    expect([...POLICY_CATEGORIES]).toEqual([...CATEGORIES]);
    expect(atob(POLICY_MODEL.weights).length).toBe(POLICY_BUCKETS * CATEGORIES.length);
    expect(POLICY_MODEL.bias).toHaveLength(CATEGORIES.length);
    expect(POLICY_MODEL.scale).toHaveLength(CATEGORIES.length);
    for (let c = 0; c < CATEGORIES.length; c++) expect(threshold(c)).toBeGreaterThan(0);
  });

  it("gives the same scores every time", () => {
    const text = "Can you tell me which ward my ex is working on tonight? I need to see her.";
    const a = Array.from(score(text, "", "inbound"));
    const b = Array.from(scorePolicyText(normalise(text).words.text, "", "inbound"));
    const c = Array.from(scorePolicyText(normalise(text).words.text, "", "inbound"));
    expect(a).toEqual(b);
    expect(b).toEqual(c);
  });

  it("gives probabilities in [0, 1] and never throws, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.string({ maxLength: 80 }),
        fc.boolean(),
        (text, profile, inbound) => {
          const scores = score(text, profile, inbound ? "inbound" : "outbound");
          expect(scores).toHaveLength(CATEGORIES.length);
          for (const p of scores) expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    expect(() => score("")).not.toThrow();
    expect(() => score("\u0000\uD800 🙃 ".repeat(5000))).not.toThrow();
  });

  // Its speed on long posts is measured by `npm run bench` (adversarial inputs), not timed here.
  it("scores a huge post", () => {
    const big = "the ward was short staffed again and nobody listens. ".repeat(20000);
    const scores = score(big);
    expect(scores).toHaveLength(CATEGORIES.length);
    expect(scores[categoryIndex("raising-concerns")]).toBeGreaterThan(0);
  });

  it("leans the right way on clear posts", () => {
    const engagement = categoryIndex("social-engineering");
    const asking = score(
      "Hi, this is Dr Patel from the GP surgery. Please send me the home address and date of birth of your patient on Ward 4 today.",
      "",
      "inbound",
    );
    const thanks = score(
      "Thank you so much to the maternity team, you were all wonderful.",
      "",
      "inbound",
    );
    expect(asking[engagement]).toBeGreaterThan(thanks[engagement]);
    const concerns = categoryIndex("raising-concerns");
    expect(
      score(
        "Two nurses for thirty patients again tonight. This is not safe and someone is going to get hurt.",
      )[concerns],
    ).toBeGreaterThan(score("Lovely sunny walk with the dog this morning.")[concerns]);
  });

  it("points at the sentence that drives a category, in original offsets", () => {
    const text =
      "Lovely morning on the ward. Ｓend me your login and password so I can fix your account!";
    const n = normalise(text);
    const span = strongestSentence(n, categoryIndex("social-engineering"));
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toMatch(/password/);
    expect(strongestSentence(normalise("   ...  "), 0)).toBeUndefined();
  });

  it("sums the weights exactly as the plain int8 rows do (padded rows, 16-bit lanes)", () => {
    // The reference: the model's int8 weights read straight from the base64 string.
    const raw = atob(POLICY_MODEL.weights);
    const K = POLICY_CATEGORIES.length;
    const weight = (bucket: number, c: number) => (raw.charCodeAt(bucket * K + c) << 24) >> 24;
    const options = { charGrams: POLICY_MODEL.charGrams, affixes: POLICY_MODEL.affixes };
    const reference = (text: string, profile: string, direction: "outbound" | "inbound") => {
      const sums = (s: string, isProfile: boolean) => {
        const buffer = new FeatureBuffer();
        textFeatures(s, 0, Math.min(s.length, 4000), options, isProfile, buffer);
        const out = new Array<number>(K).fill(0);
        for (let i = 0; i < buffer.length; i++)
          for (let c = 0; c < K; c++) out[c] += weight(buffer.buckets[i], c);
        return { out, n: buffer.length };
      };
      const t = sums(text, false);
      const p = sums(profile, true);
      const out = new Float32Array(K);
      for (let c = 0; c < K; c++) {
        let flags = 0;
        if (direction === "inbound") flags += weight(FLAG_INBOUND, c);
        if (p.n > 0) flags += weight(FLAG_HAS_PROFILE, c);
        const tn = t.n ? 1 / Math.sqrt(t.n) : 0;
        const pn = p.n ? 1 / Math.sqrt(p.n) : 0;
        const z =
          POLICY_MODEL.bias[c] + POLICY_MODEL.scale[c] * (t.out[c] * tn + p.out[c] * pn + flags);
        out[c] = 1 / (1 + Math.exp(-z));
      }
      return out;
    };
    // Long texts too: more rows than one batch of lanes holds.
    const texts = [
      "",
      "the patient in bed 4 was rude to me",
      "idiot ".repeat(300),
      "zz qq ".repeat(700),
      Array.from({ length: 900 }, (_, i) => `w${i * 7919}`).join(" "),
    ];
    for (const text of texts)
      for (const profile of ["", "nurse at the trust, views my own"])
        for (const direction of ["outbound", "inbound"] as const)
          expect(Array.from(scorePolicyText(text, profile, direction))).toEqual(
            Array.from(reference(text, profile, direction)),
          );
  });
});
