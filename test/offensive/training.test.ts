import { describe, expect, it } from "vitest";
import {
  chooseDecision,
  lbfgs,
  naiveBayesScale,
  seededRandom,
  stratifiedFolds,
} from "../../src/engine/model/training.js";

describe("lbfgs", () => {
  it("finds the minimum of a badly scaled quadratic", () => {
    // f(x) = sum c_i (x_i - t_i)^2 with scales three orders of magnitude apart.
    const target = [3, -1, 0.5, 10];
    const scale = [1, 10, 100, 1000];
    const x = lbfgs(
      (theta, g) => {
        let f = 0;
        for (let i = 0; i < theta.length; i++) {
          const d = theta[i] - target[i];
          f += scale[i] * d * d;
          g[i] = 2 * scale[i] * d;
        }
        return f;
      },
      4,
      200,
    );
    for (let i = 0; i < 4; i++) expect(x[i]).toBeCloseTo(target[i], 4);
  });
});

describe("chooseDecision", () => {
  it("takes the best hate F1 within 0.005 of the best weighted F1", () => {
    const d = (hate: number, weighted: number, neitherPrior = 0, hateThreshold = 0.5) => ({
      hate,
      weighted,
      neitherPrior,
      hateThreshold,
    });
    const best = chooseDecision([d(0.6, 0.89), d(0.45, 0.905), d(0.5, 0.901), d(0.4, 0.9)]);
    expect([best.hate, best.weighted, best.bestWeighted]).toEqual([0.5, 0.901, 0.905]);
    // Ties go to the smaller prior, then the lower threshold.
    const tie = chooseDecision([
      d(0.5, 0.9, 1, 0.5),
      d(0.5, 0.9, -0.5, 0.7),
      d(0.5, 0.9, 0.5, 0.4),
    ]);
    expect([tie.neitherPrior, tie.hateThreshold]).toEqual([0.5, 0.4]);
  });
});

describe("naiveBayesScale", () => {
  it("is 1 without power, and larger for a feature that separates the classes", () => {
    const ex = (label: number, ...buckets: number[]) => ({
      label,
      buckets: Int32Array.from(buckets),
    });
    // Bucket 0 only in class 0; bucket 1 in every class alike.
    const examples = [ex(0, 0, 1), ex(0, 0, 1), ex(1, 1), ex(2, 1)];
    expect([...naiveBayesScale(examples, 2, 3, 0)]).toEqual([1, 1, 1, 1, 1, 1]);
    const scale = naiveBayesScale(examples, 2, 3, 2);
    expect(scale[0]).toBeGreaterThan(scale[3]); // bucket 0, class 0 against bucket 1, class 0
    for (const v of scale) expect(v).toBeGreaterThanOrEqual(1);
  });
});

describe("stratifiedFolds", () => {
  it("deals each class evenly over the folds, the same way for a seed", () => {
    const labels = [...Array(30)].map((_, i) => (i < 20 ? 0 : 1));
    const folds = stratifiedFolds(labels, 5, seededRandom(7));
    for (let f = 0; f < 5; f++) {
      const inFold = labels.filter((_, i) => folds[i] === f);
      expect(inFold.filter((l) => l === 0)).toHaveLength(4);
      expect(inFold.filter((l) => l === 1)).toHaveLength(2);
    }
    expect([...stratifiedFolds(labels, 5, seededRandom(7))]).toEqual([...folds]);
  });
});
