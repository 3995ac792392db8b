// An insult at a manager is abuse-bullying; it disparages the management (disrepute) as well only
// when it is about how they manage: leadership, decisions, the rota, competence, absence from the
// floor. A stub abuse rule stands in for "the abuse rules found an insult". Also: "a joke" told or
// shared is not a verdict.
import { describe, expect, it } from "vitest";
import { createChecker } from "../../check.js";
import { defineRule } from "../rule.js";
import rule from "./derogatory-or-grievance.js";

const abuse = defineRule({
  meta: {
    id: "abuse-bullying/stub",
    category: "abuse-bullying",
    severity: "warn",
    clauses: ["TEST"],
    message: "stub",
    suggestion: "stub",
    directions: ["outbound"],
  },
  check: (context) => context.report({}),
});
const withAbuse = createChecker({}, { rules: [abuse, rule] });
const alone = createChecker({}, { rules: [rule] });
const disrepute = (check: typeof alone, text: string) =>
  check({ text }).findings.filter((f) => f.category === "disrepute-grievance").length;

describe("disrepute-grievance: insults at managers", () => {
  it("counts insults about how they manage", () => {
    for (const text of [
      "Our ward manager is a spineless coward who hides in her office every time we're short.",
      "That new matron has the management skills of a toddler.",
      "Honestly our deputy manager is a wanker. Sends rota changes at 11pm.",
      // Competence: out of their depth.
      "Our new divisional director is a smug prat and totally out of his depth.",
    ])
      expect(disrepute(withAbuse, text)).toBe(1);
  });

  it("leaves insults about their face or character to abuse-bullying", () => {
    for (const text of [
      "Ugh, the new manager has a voice like nails on a blackboard.",
      "Our deputy manager is a two-faced, spiteful woman who remembers every mistake.",
      "Our new matron is a cold fish who struts round like she owns the place.",
    ])
      expect(disrepute(withAbuse, text)).toBe(0);
  });

  it("does not read a joke told or shared as a verdict", () => {
    for (const text of [
      "Please stop using that word as a joke in the staff room, it's a slur.",
      "Our night porter is the kindest man in the building. Always a joke for the patients.",
    ])
      expect(disrepute(alone, text)).toBe(0);
    expect(disrepute(alone, "The new rota system is a joke.")).toBe(1);
  });
});
