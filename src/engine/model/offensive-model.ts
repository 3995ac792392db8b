// Placeholder until the weights are trained: every post scores as "neither".
import type { NormalisedText } from "../normalise/index.js";

export interface OffensiveScores {
  hate: number;
  offensive: number;
  neither: number;
}

export function offensiveScores(_normalised: NormalisedText): OffensiveScores {
  return { hate: 0, offensive: 0, neither: 1 };
}
