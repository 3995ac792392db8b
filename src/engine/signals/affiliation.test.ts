import { describe, expect, it } from "vitest";
import { resolvePack } from "../pack/schema.js";
import {
  hasDisclaimer,
  isOfficialAccount,
  postNamesEmployer,
  profileNamesEmployer,
} from "./affiliation.js";

const pack = resolvePack({});
const packWithNames = resolvePack({ trust: { names: ["Westfield", "WHT"] } });

describe("hasDisclaimer", () => {
  it.each([
    "Views my own",
    "views are my own 🌈",
    "All views personal",
    "Opinions are mine alone.",
    "Tweets my own",
    "Opinions my own",
    "My own view, not my employer's:",
    "Views expressed here are entirely my own",
    "These views do not represent my employer",
    "Speaking for myself here",
    "ED consultant. Views my own, not my Trust's.",
  ])("recognises %s", (text) => expect(hasDisclaimer(text)).toBe(true));

  it.each([
    "RTs ≠ endorsement",
    "Staff nurse, Ward 6",
    "My own worst enemy",
    "Proud to share my views on the pay offer below",
  ])("does not take %s as a disclaimer", (text) => expect(hasDisclaimer(text)).toBe(false));
});

describe("isOfficialAccount", () => {
  it("knows official accounts and press offices", () => {
    expect(isOfficialAccount("Official account of Westfield NHS Trust")).toBe(true);
    expect(isOfficialAccount("Alcohol Care Team, Westfield Hospital (official account)")).toBe(
      true,
    );
    expect(isOfficialAccount("Press office of Westfield NHS Trust. Media enquiries only.")).toBe(
      true,
    );
  });
  it("does not take unofficial or personal accounts as official", () => {
    expect(isOfficialAccount("Unofficial fan page of Ward 9 😂")).toBe(false);
    expect(isOfficialAccount("Staff nurse. Not an official account.")).toBe(false);
    expect(isOfficialAccount("")).toBe(false);
  });
});

describe("profileNamesEmployer", () => {
  it.each([
    "Band 6 sister @ Westfield Valley Hospital. Proud mum.",
    "Porter @WestfieldTrust",
    "Paramedic @WestAmbulance",
    "RN @ Wythenshawe 💙",
    "Surgical nurse, Westfield General Infirmary",
    "Scrub nurse at Kingsbury General",
    "District nurse, East Westfield Healthcare NHS Trust",
    "Nurse | NHS 💙",
    "Ward clerk at Lister Hospital. Tea drinker.",
  ])("finds the employer in %s", (profile) =>
    expect(profileNamesEmployer(profile, pack)).toBe(true),
  );

  it.each([
    "HCA 🌙 nights | gym | LFC",
    "Staff nurse, Ward 6",
    "Student nurse, University of Westfield | placement @ Westfield General",
    "Nurse at heart, baker by night",
    "",
  ])("finds no employer in %s", (profile) =>
    expect(profileNamesEmployer(profile, pack)).toBe(false),
  );

  it("uses the pack's trust names", () => {
    expect(profileNamesEmployer("Physio, WHT", packWithNames)).toBe(true);
    expect(profileNamesEmployer("Physio, WHT", pack)).toBe(false);
  });
});

describe("postNamesEmployer", () => {
  it.each([
    "This fucking Trust, honestly.",
    "the sooner the Trust listens the better",
    "I'm a porter at Salford Royal and I've seen it all",
    "I've worked for this Trust for 20 years",
    "payroll at @EastWestfieldNHS still can't pay us right",
    "this is the NHS not Love Island",
  ])("finds the employer in %s", (text) => expect(postNamesEmployer(text, pack)).toBe(true));

  it.each([
    "Trust me, the new coffee machine is worth it",
    "Keys locked in the car at Lister again",
    "our ward is the best ward",
  ])("finds no employer in %s", (text) => expect(postNamesEmployer(text, pack)).toBe(false));
});
