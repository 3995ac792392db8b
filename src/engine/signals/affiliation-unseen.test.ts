// Employer forms found missing on fresh probe posts and bios (written for this file).
import { describe, expect, it } from "vitest";
import { normalise } from "../normalise/index.js";
import { resolvePack } from "../pack/schema.js";
import { postNamesEmployer, profileNamesEmployer } from "./affiliation.js";

const pack = resolvePack();
const inPost = (t: string) => postNamesEmployer(t, pack, normalise(t));

describe("the author places themselves at a named workplace in the post", () => {
  it.each([
    "Been a nurse at Leighton for 12 years and the rota is the worst yet.",
    "As a Royal Derby porter, I think the new rota is the worst yet.",
    "Proud Mid Yorks HCA here and the new rota is the worst yet.",
    "We at St Richard's think the new rota is the worst yet.",
    "Us porters at Airedale think the new rota is the worst yet.",
    "I've been at Furness General since 2009 and the rota is the worst yet.",
    "Started at Southmead in 2015. The rota has never been worse.",
    "Anyone else at Wexham finding the new rota awful?",
  ])("%s", (text) => expect(inPost(text)).toBe(true));

  it.each([
    "We had a lovely time at Glastonbury this year.",
    "As a Christian nurse I pray for my patients.",
    "Been a nurse for 12 years and I still love it.",
    "Anyone else at Christmas dinner already full?",
    "Started at 7 and finished at 9, long one.",
  ])("not: %s", (text) => expect(inPost(text)).toBe(false));
});

describe("bios", () => {
  it.each([
    "Paeds nurse | UHL",
    "Physio 🏃‍♀️ Frimley Health",
    "Theatre nurse 🏥 Queen Elizabeth Birmingham",
  ])("name an employer: %s", (bio) => expect(profileNamesEmployer(bio, pack)).toBe(true));

  it.each([
    "Pharmacist, Boots",
    "HCA, Bupa Cromwell Hospital",
    "Nurse 💙 Public Health enthusiast",
    "Theatre nurse 🏥 love my job",
    "ANP | Primary care | Bristol",
  ])("do not: %s", (bio) => expect(profileNamesEmployer(bio, pack)).toBe(false));
});
