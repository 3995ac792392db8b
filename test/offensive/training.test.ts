import { describe, expect, it } from "vitest";
import { chooseDecision, lbfgs } from "../../src/engine/model/training.js";

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
