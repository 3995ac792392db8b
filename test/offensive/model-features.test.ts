// The checker scores posts with `sumWeights`, an inlined walk over the features; training uses
// `forEachFeature`. They must produce the same features, or the committed weights would be read
// differently from how they were trained.
import { describe, expect, it } from "vitest";
import { forEachFeature, sumWeights } from "../../src/engine/model/features.js";
import { normalise } from "../../src/engine/normalise/index.js";
import { BUCKETS } from "../../src/engine/model/features.js";
import { predictClass, scoreText } from "../../src/engine/model/offensive-model.js";

// Random packed int8 triplets, so every bucket has its own recognisable weights.
function randomPacked(seed: number): Int32Array {
  let a = seed >>> 0;
  const packed = new Int32Array(BUCKETS);
  for (let i = 0; i < packed.length; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    packed[i] = a & 0xffffff;
  }
  return packed;
}

function reference(text: string, packed: Int32Array): [number, number, number, number] {
  const sums: [number, number, number, number] = [0, 0, 0, 0];
  sums[3] = forEachFeature(text, (b) => {
    const p = packed[b];
    sums[0] += (p << 24) >> 24;
    sums[1] += (p << 16) >> 24;
    sums[2] += (p << 8) >> 24;
  });
  return sums;
}

const TEXTS = [
  "",
  "a",
  "!!! rt @someone: you are a disgrace to the ward",
  "I'm finna head to work, this shift gonna be long",
  "so proud of our muslim staff network 💙 #nhs",
  "ÉCOLE café naïve résumé Ünïcödé ß",
  "sh*t happens, don't it? 'quoted' words-with-hyphens 2024 4th",
  "x".repeat(700) + " word after a very long word",
  "   leading and trailing spaces   ",
  "@handle only",
  "mixed CASE Words Stay lower in the words view but not here",
];

describe("offensive model features", () => {
  const packed = randomPacked(7);
  for (const raw of TEXTS) {
    it(`sumWeights matches forEachFeature: ${JSON.stringify(raw.slice(0, 40))}`, () => {
      const text = normalise(raw).words.text;
      const sums = new Float64Array(3);
      const n = sumWeights(text, packed, sums);
      const [s0, s1, s2, count] = reference(text, packed);
      expect([sums[0], sums[1], sums[2], n]).toEqual([s0, s1, s2, count]);
    });
  }

  it("gives probabilities that sum to one and a class for any text", () => {
    for (const raw of TEXTS) {
      const s = scoreText(normalise(raw).words.text);
      expect(s.hate + s.offensive + s.neither).toBeCloseTo(1, 9);
      expect([0, 1, 2]).toContain(predictClass(s));
    }
  });
});
