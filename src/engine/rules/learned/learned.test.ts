// The learned rules are statistical, so these are clear cases only: a post a reviewer would
// flag without hesitation for each category, and harmless posts that share some of its words.
import { describe, expect, it } from "vitest";
import { createChecker } from "../../check.js";
import type { Rule } from "../rule.js";
import type { Category, CheckInput } from "../../types.js";
import { CATEGORIES } from "../../types.js";
import { categoryIndex, threshold } from "../../model/policy-classifier.js";
import { learnedRules } from "./index.js";
import { LEARNED_CATEGORIES } from "./categories.js";

const byCategory = new Map(learnedRules.map((r) => [r.meta.category, r] as [Category, Rule]));

const positives: Partial<Record<Category, CheckInput[]>> = {
  "patient-identifiable": [
    {
      text: "The lad in cubicle 3 at 2am last night, the one who came off his motorbike on the bypass, was the local vicar's son. Small world!",
    },
  ],
  "colleague-privacy": [
    {
      text: "Poor Jess from our ward is off again, her depression is really bad at the moment and she's back on meds.",
    },
    {
      text: "Heard our new charge nurse is pregnant but hasn't told anyone yet, due in March apparently!",
    },
  ],
  "confidential-information": [
    {
      text: "Not supposed to say yet but the board has agreed to close the birth centre next spring to save money.",
    },
  ],
  "security-arrangements": [
    {
      text: "Tip for agency staff: the staff room door code is the same on every floor and nobody changes it.",
    },
  ],
  "hate-discrimination": [
    { text: "Women shouldn't be surgeons, they get too emotional and can't handle the pressure." },
  ],
  "threat-violence": [
    { text: "If that manager speaks to me like that again I will smash his face in, I swear." },
  ],
  "sexual-content": [
    { text: "Send me nudes and I'll tell you what I want to do to you tonight 🍆" },
  ],
  "abuse-bullying": [
    { text: "Karen on reception is an ugly, lazy cow and everyone laughs at her behind her back." },
  ],
  profanity: [{ text: "What a fcuking shift. Absolute shitshow from start to finish." }],
  defamation: [
    { text: "Everyone knows Dr Hale at Northgate is stealing drugs from the cupboard to sell on." },
  ],
  "disrepute-grievance": [
    {
      text: "This Trust is a joke. Management couldn't organise a piss-up in a brewery and they treat staff like dirt.",
      profile: "Nurse at Westfield NHS Trust",
    },
  ],
  "raising-concerns": [
    {
      text: "Patients are being left in soiled sheets for hours because there's no staff. Nobody upstairs cares.",
    },
  ],
  "media-contact": [
    {
      text: "A journalist from the Gazette messaged me about the ward closure, I'm meeting her tomorrow to give her the inside story.",
    },
  ],
  "official-capacity": [
    {
      text: "Speaking on behalf of the Trust, we will not be cancelling any operations this winter.",
    },
  ],
  "patient-relationship": [
    {
      text: "Just added my patient from bed 6 on Facebook, she's lovely, going to meet her for a drink when she's discharged.",
    },
  ],
  safeguarding: [
    {
      text: "Getting absolutely smashed tonight, 12 pints and a couple of lines, that's how you do a Friday! 🍻💊",
    },
  ],
  copyright: [
    {
      text: "Found this amazing photo on someone's Instagram, reposting it here, no idea who took it.",
    },
  ],
  "social-engineering": [
    {
      text: "Hi, I'm from the IT helpdesk, we need your password to fix a problem with your email account.",
      direction: "inbound",
    },
  ],
};

const clean: CheckInput[] = [
  { text: "Huge thanks to the team on Ward 7 for a brilliant shift today 💙" },
  { text: "This heat is killing me, roll on autumn." },
  { text: "Our hospital's open day is on Saturday 10am-2pm, everyone welcome." },
  { text: "Reminder: flu jabs are available in the staff clinic all week." },
  { text: "Proud to be gay and proud to be a nurse 🏳️‍🌈" },
  // Asking for a man or a woman for personal care is a request, not contempt.
  {
    text: "I don't want a male midwife anywhere near my wife, can we ask for a woman please?",
    direction: "inbound",
  },
  { text: "Great turnout at the fun run, we smashed our fundraising target!" },
  {
    text: "Thank you to everyone on the stroke unit who looked after my dad, you were wonderful.",
    direction: "inbound",
  },
  // Official accounts and stated personal views never need the disclaimer.
  {
    text: "Community nursing needs proper funding.",
    profile: "District nurse at Westfield NHS Trust. Views my own.",
  },
  {
    text: "Wear a helmet on your e-scooter, we see too many head injuries.",
    profile: "Official account of Westfield NHS Foundation Trust",
  },
];

describe("learned policy rules", () => {
  it("has one rule per category, named <category>/policy-classifier, with clauses and wording", () => {
    for (const rule of learnedRules) {
      expect(rule.meta.id).toBe(`${rule.meta.category}/policy-classifier`);
      expect(rule.meta.clauses.length).toBeGreaterThan(0);
      expect(rule.meta.message.length).toBeGreaterThan(20);
      expect(rule.meta.suggestion.length).toBeGreaterThan(20);
    }
    expect(new Set(learnedRules.map((r) => r.meta.category)).size).toBe(learnedRules.length);
    for (const c of learnedRules.map((r) => r.meta.category)) expect(CATEGORIES).toContain(c);
  });

  it("applies to inbound messages only for the categories the conventions allow", () => {
    const inbound = new Set([
      "social-engineering",
      "patient-identifiable",
      "colleague-privacy",
      "hate-discrimination",
      "threat-violence",
      "sexual-content",
      "abuse-bullying",
      "profanity",
      "safeguarding",
      "defamation",
    ]);
    for (const rule of learnedRules) {
      expect(rule.meta.directions!.includes("inbound")).toBe(inbound.has(rule.meta.category));
      expect(rule.meta.directions!.includes("outbound")).toBe(
        rule.meta.category !== "social-engineering",
      );
    }
  });

  for (const [category, posts] of Object.entries(positives) as [Category, CheckInput[]][]) {
    const rule = byCategory.get(category);
    if (!rule) continue;
    const check = createChecker({}, { rules: [rule] });
    for (const post of posts) {
      it(`${category}: ${post.text.slice(0, 60)}`, () => {
        const { findings } = check(post);
        expect(findings).toHaveLength(1);
        const f = findings[0];
        expect(f.category).toBe(category);
        if (f.start !== undefined) expect(post.text.slice(f.start, f.end)).toBe(f.excerpt);
        if (category === "missing-disclaimer") expect(f.start).toBeUndefined();
        else expect(f.excerpt!.length).toBeGreaterThan(0);
      });
    }
  }

  const all = createChecker({}, { rules: learnedRules });
  for (const post of clean) {
    it(`stays quiet: ${post.text.slice(0, 60)}`, () => {
      expect(all(post).findings.map((f) => f.category)).toEqual([]);
    });
  }

  it("includes exactly the categories whose threshold and floor are at most 1", () => {
    const on = LEARNED_CATEGORIES.filter(
      (spec) => Math.max(threshold(categoryIndex(spec.category)), spec.minimum ?? 0) <= 1,
    ).map((spec) => spec.category);
    expect(learnedRules.map((r) => r.meta.category).sort()).toEqual([...on].sort());
  });

  // The learned disclaimer rule is a backstop to the hand-written one: its threshold is chosen
  // where it adds to the hand rule on held-out folds (0.98 in the 24 Nov late retrain), so a clear
  // case may sit just under it. The clear case is asserted on the whole checker.
  it("patient-identifiable: a colleague's absence on a named ward is not a patient's details", () => {
    const check = createChecker();
    for (const text of [
      "Guess who's 'off with stress' again 🙄 Shannon from Ward 14, 4th time this year. Funny how she was on Insta in Ibiza yesterday 🍹 #sicknote",
      "Off sick AGAIN. Danny from Ward 3, third Monday in a row. Saw him at the match on Saturday looking fine 🙄",
    ]) {
      const categories = check({ text }).findings.map((f) => f.category);
      expect(categories).toContain("colleague-privacy");
      expect(categories).not.toContain("patient-identifiable");
    }
  });

  it("missing-disclaimer: a clear case is reported by the checker", () => {
    const findings = createChecker()({
      text: "Community nursing is massively underfunded and the government needs to sort it out.",
      profile: "District nurse at Westfield NHS Trust",
    }).findings.filter((f) => f.category === "missing-disclaimer");
    expect(findings).toHaveLength(1);
    expect(findings[0].start).toBeUndefined();
  });

  it("missing-disclaimer: reports only when the employer is named and nothing disclaims", () => {
    const rule = byCategory.get("missing-disclaimer");
    if (!rule) return;
    const check = createChecker({}, { rules: [rule] });
    const text =
      "Community nursing is massively underfunded and the government needs to sort it out.";
    // A job title alone does not name the employer, however strong the opinion.
    expect(check({ text, profile: "District nurse | mum of two" }).findings).toEqual([]);
    expect(check({ text }).findings).toEqual([]);
    expect(
      check({ text, profile: "District nurse at Westfield NHS Trust | tweets my own" }).findings,
    ).toEqual([]);
    expect(
      check({ text, profile: "District nurse at Westfield NHS Trust", direction: "inbound" })
        .findings,
    ).toEqual([]);
  });

  it("disrepute-grievance: a complaint must be about the workplace", () => {
    const rule = byCategory.get("disrepute-grievance");
    if (!rule) return;
    const check = createChecker({}, { rules: [rule] });
    for (const text of [
      "My landlord is a shambles, third month the boiler has been broken.",
      "Northern Rail is an absolute joke, cancelled again and nobody cares.",
    ])
      expect(check({ text }).findings).toEqual([]);
  });

  it("low-threshold categories need a word of their own subject", () => {
    const check = createChecker({}, { rules: learnedRules });
    const quiet: [string, Category][] = [
      [
        "Anyone lost a lanyard? Found one on the High Street outside the main entrance",
        "threat-violence",
      ],
      [
        "Someone left a spaniel puppy in the staff car park, security have him, is he yours?",
        "threat-violence",
      ],
      [
        "Someone's cat is asleep on the bonnet of my car in the staff car park. Is it yours?",
        "threat-violence",
      ],
      [
        "Found a wallet by the pharmacy, handed it to security at the main desk",
        "security-arrangements",
      ],
      [
        "Found a lost phone at the bus stop outside the main entrance, it's at switchboard",
        "security-arrangements",
      ],
      [
        "The Trust is closing the staff nursery at the end of the year, details went out today.",
        "confidential-information",
      ],
      ["Shoot me a message if you want to swap shifts next week", "media-contact"],
      [
        "Please stop doing the 'what's your porn star name' quiz, it's your pet's name and your mum's maiden name, it's how accounts get hacked",
        "safeguarding",
      ],
      [
        "Retweeting the BBC's story about the junior doctors' deal, fingers crossed it's accepted",
        "media-contact",
      ],
      [
        "Our ward has a new keypad on the drug room, ask the NIC for the code on shift, never write it down",
        "security-arrangements",
      ],
      [
        "Here's the official Trust video about the new hospital, the drone shots are incredible",
        "official-capacity",
      ],
      [
        "Just taken the hospital logo off my profile picture, apparently personal accounts can't use it. Learn something new every day",
        "official-capacity",
      ],
      ["Deleted the NHS logo from my bio after the comms email, oops 🙈", "official-capacity"],
      [
        "I've been asked to do an interview for a job on the stroke unit next week. Nervous!",
        "media-contact",
      ],
      ["Snapped this lovely shot of the sunrise over the car park this morning 🌅", "copyright"],
      [
        "Took this photo of the sunset from the top of the multi-storey after my late 🌇",
        "copyright",
      ],
      [
        "Love that the trust now pays for our registration fees. Small thing, big difference.",
        "official-capacity",
      ],
      [
        "Sluice room window won't shut and the ward is freezing, estates ticket raised",
        "security-arrangements",
      ],
      [
        "Our quarterly board meeting is held in public, the papers are on the website",
        "confidential-information",
      ],
      [
        "Three of us shared a bottle of red at Maggie's retirement meal, lovely evening",
        "safeguarding",
      ],
      ["You'll regret not signing up for the fun run, the medals are gorgeous", "threat-violence"],
      ["Pictures by our hospital photographer from the open day, credit to him 📷", "copyright"],
      [
        "Password for the wellbeing quiz is on the flyer in the staff room 😉",
        "security-arrangements",
      ],
      [
        "Whole bottle of hand gel gone in one shift, we're going through it like water",
        "safeguarding",
      ],
      ["Drinking water matters on long shifts, fill those water bottles up 💧", "safeguarding"],
      ["Not public yet but I'm engaged!!! 💍 only told my team so far", "confidential-information"],
      [
        "Not announced yet but we're running a bake sale for the baby unit on Friday",
        "confidential-information",
      ],
      ["Keep it quiet but it's Sue's 50th tomorrow, cake at 3 🤫", "confidential-information"],
      [
        "The wifi at the conference venue was 'Nursing2025' and it still dropped out",
        "security-arrangements",
      ],
    ];
    for (const [text, category] of quiet)
      expect(check({ text }).findings.map((f) => f.category)).not.toContain(category);
  });

  it("a veiled threat the classifier is sure of needs no harm word", () => {
    const check = createChecker({}, { rules: learnedRules });
    const { findings } = check({
      text: "The consultant who reported me to HR should check under his car before he drives home 😇",
    });
    expect(findings.map((f) => f.category)).toContain("threat-violence");
  });

  it("media-contact: a job interview or a request passed to comms is never the media", () => {
    const check = createChecker({}, { rules: learnedRules });
    for (const text of [
      "I've got an interview for the practice educator post on Tuesday, fingers crossed",
      "A reporter messaged me about the ward. Passed it straight to our communications team.",
    ])
      expect(check({ text }).findings.map((f) => f.category)).not.toContain("media-contact");
  });

  it("patient-relationship: a journalist's number is media contact, not a tie with a patient", () => {
    const check = createChecker({}, { rules: learnedRules });
    for (const text of [
      "Lads, the journalist from the Wexley Echo messaged me on Insta and gave me his number 👀 ringing him tonight about the cardiac unit",
      "A researcher from the radio DM'd me and wants to meet for a coffee about the night shifts on our ward",
    ])
      expect(check({ text }).findings.map((f) => f.category)).not.toContain("patient-relationship");
  });

  it("social-engineering: a general question about a service, or a fault in one, is not a request for details", () => {
    const check = createChecker({}, { rules: learnedRules });
    for (const text of [
      "The password reset link on your patient app doesn't work, I've tried 4 times",
      "Can you share the phone number for the maternity triage line please?",
      "Can you tell me what time visiting is on the children's ward please?",
    ])
      expect(check({ text, direction: "inbound" }).findings.map((f) => f.category)).not.toContain(
        "social-engineering",
      );
  });

  it("defamation: an insult found as abuse needs a claim of wrongdoing too", () => {
    const check = createChecker({}, { rules: learnedRules });
    const { findings } = check({
      text: "Our practice educator is a patronising cow and everyone knows it",
    });
    expect(findings.map((f) => f.category)).not.toContain("defamation");
    // With the hand-written abuse rules in front, as in the real checker.
    const full = createChecker();
    const insult = full({
      text: "The receptionist at your surgery has a face like thunder and the manners of a pig. Get rid of her.",
    });
    expect(insult.findings.map((f) => f.category)).toContain("abuse-bullying");
    expect(insult.findings.map((f) => f.category)).not.toContain("defamation");
    const claim = full({
      text: "The receptionist at your surgery is a lazy cow and steals from patients' purses, everyone knows.",
    });
    expect(claim.findings.map((f) => f.category)).toContain("defamation");
  });

  it("does not report a category another rule already reported", () => {
    const other: Rule = {
      meta: { ...byCategory.get("threat-violence")!.meta, id: "threat-violence/stub" },
      check: (context) => context.report({ start: 0, end: 2 }),
    };
    const check = createChecker({}, { rules: [other, ...learnedRules] });
    const { findings } = check({
      text: "If that manager speaks to me like that again I will smash his face in, I swear.",
    });
    expect(findings.filter((f) => f.category === "threat-violence").map((f) => f.ruleId)).toEqual([
      "threat-violence/stub",
    ]);
  });

  it("never throws on odd input", () => {
    const check = createChecker({}, { rules: learnedRules });
    for (const text of ["", " ", "...", "\uD800", "🙃".repeat(3000), "a".repeat(100000)]) {
      expect(() => check({ text, profile: text, direction: "inbound" })).not.toThrow();
      expect(() => check({ text })).not.toThrow();
    }
  });
});
