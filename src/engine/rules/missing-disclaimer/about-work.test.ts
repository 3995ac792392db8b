// Condition (2) of the labelling conventions asks for an opinion on work, the Trust, the NHS,
// health or care. A staff member's verdict on a football match or a TV final needs no disclaimer,
// even when some other rule (a learned one, say) reported the post; a post about work still does.
import { describe, expect, it } from "vitest";
import { createChecker } from "../../check.js";
import { stubRule } from "../../../../test/support/stub-rule.js";
import type { Category, CheckInput } from "../../types.js";
import viewsOwn from "./views-own.js";

const count = (others: Category[], post: CheckInput) =>
  createChecker(
    {},
    { rules: [...others.map(stubRule), viewsOwn] },
  )(post).findings.filter((f) => f.ruleId === "missing-disclaimer/views-own").length;

const PROFILE = "Staff nurse, Royal Victoria Infirmary";

describe("missing-disclaimer/views-own: opinions about work only", () => {
  it("ignores findings of other rules on posts about something else", () => {
    for (const text of [
      "Worst refereeing decision I've ever seen. VAR is a joke.",
      "The new Bond film is a total waste of two hours.",
      "Strictly final tonight and honestly the best dancer didn't win. Robbed.",
    ])
      for (const category of ["disrepute-grievance", "abuse-bullying", "defamation"] as const)
        expect(count([category], { text, profile: PROFILE })).toBe(0);
  });

  it("counts them on posts about work, pay, parking or interviews", () => {
    for (const text of [
      "My band 6 interview panel had already decided. Waste of my time.",
      "Staff parking went up again and the barrier still doesn't work.",
      "Another audit this week and no time to do it.",
    ])
      expect(count(["disrepute-grievance"], { text, profile: PROFILE })).toBe(1);
  });
});

describe("missing-disclaimer/views-own: a grievance found elsewhere must be about the workplace", () => {
  it("ignores it on complaints about trains or landlords that mention a shift", () => {
    for (const text of [
      "Trains cancelled again, Northern is a joke. Going to be late for my shift.",
      "My landlord still hasn't fixed the boiler after 3 weeks, and I'm on nights. Shambles.",
    ])
      expect(count(["disrepute-grievance"], { text, profile: PROFILE })).toBe(0);
  });

  it("counts it on posts about pay, leave, managers or the rota", () => {
    for (const text of [
      "Bank rates cut again. Who do they think will fill the gaps?",
      "Asked for one Saturday off in six months and got told it's not operationally possible.",
      "The new shift patterns were designed by someone who has never had kids.",
    ])
      expect(count(["disrepute-grievance"], { text, profile: PROFILE })).toBe(1);
  });
});
