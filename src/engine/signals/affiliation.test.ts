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
    "Radiographer at the Christie",
    "Ward sister @ the RVI",
    "HCA - Addenbrooke's",
    "Staff nurse, Guy's and St Thomas'",
    "Physio at St Mary's",
    "ED reg, UCLH",
    "Paramedic, SCAS",
    "Community nurse, North Cumbria Integrated Care",
    "OT, Sussex Partnership",
    "Nurse. Cardiff and Vale UHB",
    "Proud to work for Barts Health",
    "Paediatric physio, Alder Hey",
    "Staff nurse • Chelsea and Westminster",
    "HCA | Wythenshawe | mum of 2",
    "Nurse Practitioner with Livewell Southwest",
    "NHS 111 call handler",
    "Sister on ward 4 of our trust",
    // Northern Ireland's trusts.
    "Health visitor, Southern HSC Trust",
    "Band 5, Belfast Health and Social Care Trust",
  ])("finds the employer in %s", (profile) =>
    expect(profileNamesEmployer(profile, pack)).toBe(true),
  );

  it.each([
    "HCA 🌙 nights | gym | LFC",
    "Staff nurse, Ward 6",
    "Student nurse, University of Westfield | placement @ Westfield General",
    "Nurse at heart, baker by night",
    "Self-employed plasterer. Not NHS.",
    "Staff nurse, Critical Care",
    "Nurse | Mum | Runner",
    "Student nurse, University of Leeds",
    "Children's nurse, Ward 6",
    "Advanced nurse practitioner 🩺 mum of 2",
    "",
  ])("finds no employer in %s", (profile) =>
    expect(profileNamesEmployer(profile, pack)).toBe(false),
  );

  it("uses the pack's trust names", () => {
    expect(profileNamesEmployer("physio, wht", packWithNames)).toBe(true);
    expect(profileNamesEmployer("physio, wht", pack)).toBe(false);
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
    "As a physio at Kingsbury General I think it works",
    "I've been a porter at Kingsbury General for six years",
    "At Kingsbury we've changed how we hand over",
    "Nine years on the wards at Frimley Park and morale has never been lower",
    "Here at Southmead we're drowning",
    "Been at Ninewells 9 years and the new unit is great",
    "Worked at Musgrove Park for 20 years",
    "As an NHS dentist I'll say it",
    "our trust's idea of wellbeing is a fruit bowl",
    "Cheers trust, really appreciated",
    "Our director at Kingsbury was pushed out",
    "our finance director knows, the whole finance team at Medway knows",
  ])("finds the employer in %s", (text) => expect(postNamesEmployer(text, pack)).toBe(true));

  it.each([
    "Trust me, the new coffee machine is worth it",
    "Keys locked in the car at Lister again",
    "our ward is the best ward",
    "At Christmas we had the best party",
    "As a patient at Kingsbury General I was treated well",
    "They have lost the trust of their patients",
    "Thanks for putting our trust in you",
    "Been at Glastonbury all weekend",
  ])("finds no employer in %s", (text) => expect(postNamesEmployer(text, pack)).toBe(false));
});
