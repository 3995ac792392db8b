// The disclaimer rule runs after every other rule, learned ones included, and counts a concern, a
// grievance or a damaging claim reported by ANY rule as the author giving an opinion (labelling
// conventions: raising a concern and airing a grievance count). Stub rules stand in for "some
// other rule found it", so these cases do not depend on how well those rules work.
import { describe, expect, it } from "vitest";
import { createChecker } from "../../check.js";
import { rules } from "../index.js";
import { learnedRules } from "../learned/index.js";
import { stubRule } from "../../../../test/support/stub-rule.js";
import type { Category, CheckInput } from "../../types.js";
import viewsOwn from "./views-own.js";

const disclaimerCount = (others: Category[], post: CheckInput) =>
  createChecker(
    {},
    { rules: [...others.map(stubRule), viewsOwn] },
  )(post).findings.filter((f) => f.ruleId === "missing-disclaimer/views-own").length;

// Plain statements of what happened: no stance words, so the rule's own opinion test stays quiet.
const EMPLOYER = "Staff nurse, Harlow Valley Hospital";
const posts: CheckInput[] = [
  {
    text: "Bay 4 had no working call bells from midnight until six this morning.",
    profile: EMPLOYER,
  },
  {
    text: "The pharmacy manager has been taking stock home and selling it on.",
    profile: "Pharmacy technician @ Westfield General Hospital",
  },
  {
    text: "Fourth year running my pay progression has gone missing in HR.",
    profile: "HCA, Royal Westfield",
  },
  {
    text: "I work for the Trust and my annual leave for the wedding was cancelled again yesterday.",
  },
];

describe("missing-disclaimer/views-own: the final picture", () => {
  it("on its own, finds no opinion in these plain statements", () => {
    for (const post of posts) expect(disclaimerCount([], post)).toBe(0);
  });

  for (const category of ["raising-concerns", "disrepute-grievance", "defamation"] as const) {
    it(`counts ${category} reported by another rule as an opinion`, () => {
      for (const post of posts) expect(disclaimerCount([category], post)).toBe(1);
    });
  }

  it("still needs the employer named, no disclaimer, and a personal outbound account", () => {
    const concern: Category[] = ["raising-concerns"];
    const text = posts[0].text;
    // A job title or a ward alone does not name the employer.
    expect(disclaimerCount(concern, { text, profile: "Staff nurse, Ward 7 | mum of 3" })).toBe(0);
    expect(disclaimerCount(concern, { text })).toBe(0);
    // Views said to be the author's own, in the profile or the post.
    expect(disclaimerCount(concern, { text, profile: `${EMPLOYER}. Views my own.` })).toBe(0);
    expect(disclaimerCount(concern, { text: `${text} Views my own.`, profile: EMPLOYER })).toBe(0);
    // Official accounts never need it; messages received are not the author's posts.
    expect(
      disclaimerCount(concern, { text, profile: "Official account of Harlow Valley Hospital" }),
    ).toBe(0);
    expect(disclaimerCount(concern, { text, profile: EMPLOYER, direction: "inbound" })).toBe(0);
    // Presenting the post as the Trust's own voice is official-capacity, not a missing disclaimer.
    expect(disclaimerCount(["official-capacity", ...concern], { text, profile: EMPLOYER })).toBe(0);
  });

  it("does not count categories that are not opinions (news, a patient's details)", () => {
    for (const category of ["patient-identifiable", "media-contact", "copyright"] as const)
      expect(disclaimerCount([category], posts[0])).toBe(0);
  });

  it("runs after every learned rule except the learned disclaimer rule", () => {
    const at = rules.indexOf(viewsOwn);
    expect(at).toBeGreaterThan(0);
    for (const rule of learnedRules) {
      const where = rules.indexOf(rule);
      expect(where).toBeGreaterThanOrEqual(0);
      if (rule.meta.category === "missing-disclaimer") expect(where).toBeGreaterThan(at);
      else expect(where).toBeLessThan(at);
    }
    for (const rule of rules.slice(at + 1)) expect(rule.meta.category).toBe("missing-disclaimer");
  });
});
