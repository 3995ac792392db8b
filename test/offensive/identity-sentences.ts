// Sentences that use identity terms neutrally, positively, about oneself, or to push back
// against hate. None of them may be flagged (issue 4: identity terms alone are never a finding).
// Written for the repository; built from templates so each group gets every kind of sentence.

export type SentenceKind = "neutral" | "positive" | "self-description" | "counter-speech";

const GROUPS: { noun: string; adjective: string }[] = [
  { noun: "gay colleagues", adjective: "gay" },
  { noun: "lesbian nurses", adjective: "lesbian" },
  { noun: "trans patients", adjective: "trans" },
  { noun: "Muslim staff", adjective: "Muslim" },
  { noun: "Jewish families", adjective: "Jewish" },
  { noun: "Black midwives", adjective: "Black" },
  { noun: "Nigerian nurses", adjective: "Nigerian" },
  { noun: "Polish porters", adjective: "Polish" },
  { noun: "disabled doctors", adjective: "disabled" },
  { noun: "autistic patients", adjective: "autistic" },
  { noun: "Deaf visitors", adjective: "Deaf" },
  { noun: "women surgeons", adjective: "female" },
  { noun: "Sikh volunteers", adjective: "Sikh" },
  { noun: "international recruits", adjective: "Filipino" },
];

const TEMPLATES: {
  kind: SentenceKind;
  text: (g: { noun: string; adjective: string }) => string;
}[] = [
  { kind: "neutral", text: (g) => `Our ward has ${g.noun} on every shift this week.` },
  {
    kind: "neutral",
    text: (g) => `The survey asked ${g.noun} about their experience of the appraisal process.`,
  },
  { kind: "positive", text: (g) => `So proud of the ${g.noun} who led the audit this year 💙` },
  {
    kind: "positive",
    text: (g) =>
      `Welcome to the new ${g.adjective} staff network, everyone is invited to the launch on Friday!`,
  },
  {
    kind: "self-description",
    text: (g) =>
      `As a ${g.adjective} nurse I know how much it matters to see people like me on the wards.`,
  },
  {
    kind: "self-description",
    text: (g) =>
      `I'm ${g.adjective} and I've worked in A&E for twelve years. Ask me anything about the job.`,
  },
  {
    kind: "counter-speech",
    text: (g) => `Abuse aimed at ${g.noun} is never acceptable. If you see it, report it.`,
  },
  {
    kind: "counter-speech",
    text: (g) =>
      `A visitor made a nasty comment about ${g.noun} today. I reported it and my manager backed me all the way.`,
  },
  {
    kind: "counter-speech",
    text: (g) => `Hate towards ${g.noun} has no place in the NHS. We stand with our colleagues.`,
  },
  {
    kind: "neutral",
    text: (g) =>
      `Research shows ${g.noun} are under-represented in senior roles across the region.`,
  },
  {
    kind: "positive",
    text: (g) => `Huge thanks to the ${g.noun} who stayed late to cover the night shift 🙌`,
  },
];

export const IDENTITY_SENTENCES: { kind: SentenceKind; text: string }[] = GROUPS.flatMap((g) =>
  TEMPLATES.map((t) => ({ kind: t.kind, text: t.text(g) })),
);

// Benign sentences in African-American English and the same meaning in standard English, to
// measure the dialect bias the Davidson data is known for (Davidson et al. 2019).
export const DIALECT_PAIRS: [string, string][] = [
  [
    "I'm finna head to work, this shift gonna be long",
    "I'm about to head to work, this shift is going to be long",
  ],
  [
    "we was tryna get the charts done before handover",
    "we were trying to get the charts done before handover",
  ],
  ["ion even know what time my break is today", "I don't even know what time my break is today"],
  [
    "my lil sis just passed her nursing exams, so proud",
    "my little sister just passed her nursing exams, so proud",
  ],
  ["y'all be working so hard on nights fr", "you all work so hard on nights, honestly"],
  ["bruh the coffee machine broke again", "the coffee machine broke again"],
  ["she be helping everybody on the ward", "she always helps everybody on the ward"],
  ["he ain't never late for his shift", "he is never late for his shift"],
  ["that presentation was lowkey fire", "that presentation was quite good"],
  ["we gon celebrate when the rota comes out", "we are going to celebrate when the rota comes out"],
  ["my homie just got his first band 6 job", "my friend just got his first band 6 job"],
  ["chile this night shift got me tired", "this night shift has made me tired"],
  ["deadass the best team I ever worked with", "honestly the best team I have ever worked with"],
  ["nah fam the canteen closed early again", "no, the canteen closed early again"],
  [
    "imma bring snacks for the whole team tomorrow",
    "I'm going to bring snacks for the whole team tomorrow",
  ],
  [
    "they was dancing in the staff room after we hit the target",
    "they were dancing in the staff room after we hit the target",
  ],
  [
    "sis came through with the cover for my shift",
    "my colleague came through with cover for my shift",
  ],
  ["it be like that on mondays", "that is how it is on Mondays"],
  ["he stay cooking for the team on weekends", "he always cooks for the team at weekends"],
  [
    "we finna raise money for the children's ward",
    "we are about to raise money for the children's ward",
  ],
];
