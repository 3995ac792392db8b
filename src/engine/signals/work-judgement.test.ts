// The structural judgements of work-judgement.ts: what they find, what they leave, and that their
// word gates never hide a match (every corpus post, and every case below, with gates on and off).
import { afterEach, describe, expect, it } from "vitest";
import { corpusTexts } from "../../../test/support/policy-corpus.js";
import { setGatesEnabled } from "../rules/gate.js";
import { judgesOrganisation, judgesWork } from "./work-judgement.js";

const TARGET_WORDS = /\b(?:trust|management|managers?|execs?|exec\s+team|hr|board|directors?)\b/;
const org = (text: string) =>
  judgesOrganisation(
    text.toLowerCase(),
    () => true,
    (s) => TARGET_WORDS.test(s),
  ).length > 0;
const work = (text: string) => judgesWork(text.toLowerCase());

const ORGANISATION_FOUND = [
  "Senior leadership are completely out of touch with what's happening on the wards.",
  "NHS England are a bunch of clueless pen pushers who've never seen a patient.",
  "Whoever runs this place should be sacked.",
  "The board don't care about the night staff.",
  "Our matron cares more about the colour of the bed linen than whether we've got enough staff. Brilliant leadership.",
  "The exec team have no idea what a night shift is like.",
  "Clueless management strikes again.",
  "I've worked here 20 years and the building is literally falling apart.",
  "The rota coordinator has it in for me, always gives me the worst shifts.",
  "The exec team's video thanks us for going above and beyond while they cancel our Christmas party. Tone deaf.",
  "HR treat us like numbers.",
];
const ORGANISATION_LEFT = [
  // Praise, another trust, an insult at one person, a messy room, a question-free compliment.
  "Our managers couldn't care more about us, honestly the best team.",
  "The physios at the other trust are a bunch of clowns.",
  "I'll make sure everyone at this trust knows what a spineless little rat you are, Darren.",
  "Whoever left the staff room like a tip last night, you're a disgrace.",
  "No power for an hour but the site team had it sorted in minutes. Brilliant management.",
  "Great leadership from our matron today, thank you!",
  "The government has no idea what it's doing with the economy.",
  "My manager said the new rota is out. Typical Monday.",
];
const WORK_FOUND = [
  "Moving all outpatient follow ups to video was a mistake. Half my patients can't work the link.",
  "Cutting the health visitor workforce is a false economy.",
  "The government's plan to cut ICB staff will hit patient care, whatever they say.",
  "Calling it now: the new GP access model is going to drive even more people to A&E.",
  "Reminder that antibiotics do nothing for a cold. Rest, fluids, and see your GP if no better.",
  "Agency spend is out of control and the permanent staff pay for it.",
  "The 111 algorithm sends everyone to ED. It needs a total rethink.",
  "Controversial but I'd ban energy drinks for under 16s. We see the palpitations in ED every week.",
];
const WORK_LEFT = [
  "Was the new rota a mistake?",
  "I made a mistake on the drug chart today, reported it and learned from it.",
  "The storm will hit the coast tonight, take care driving to your shift.",
  "Paracetamol does nothing for me on a night shift headache.",
  "If you ask me nicely I'll cover your shift on Saturday.",
  "The new ward will open in May with 24 beds.",
  "We will push the trolley into the lift and take the patient to x-ray.",
];

afterEach(() => setGatesEnabled(true));

describe("judgesOrganisation", () => {
  for (const t of ORGANISATION_FOUND)
    it(`finds: ${t.slice(0, 60)}`, () => expect(org(t)).toBe(true));
  for (const t of ORGANISATION_LEFT)
    it(`leaves: ${t.slice(0, 60)}`, () => expect(org(t)).toBe(false));
});

describe("judgesWork", () => {
  for (const t of WORK_FOUND) it(`finds: ${t.slice(0, 60)}`, () => expect(work(t)).toBe(true));
  for (const t of WORK_LEFT) it(`leaves: ${t.slice(0, 60)}`, () => expect(work(t)).toBe(false));
});

describe("gates are sound", () => {
  it("gives the same answers with gates on and off over the corpus and the cases", () => {
    const texts = [
      ...corpusTexts(),
      ...ORGANISATION_FOUND,
      ...ORGANISATION_LEFT,
      ...WORK_FOUND,
      ...WORK_LEFT,
    ];
    const answers = (on: boolean) => {
      setGatesEnabled(on);
      return texts.map((t) => {
        const lower = t.toLowerCase();
        const spans = judgesOrganisation(
          lower,
          () => true,
          () => true,
        ).map((s) => `${s.start}-${s.end}`);
        return `${spans.join(",")}|${judgesWork(lower)}`;
      });
    };
    const on = answers(true);
    const off = answers(false);
    const differ = texts.filter((_, i) => on[i] !== off[i]);
    expect(differ).toEqual([]);
  });
});
