// The pack the engine uses when a trust supplies none. It holds nothing trust-specific (no
// addresses, numbers or handles: a trust lists its own in its pack file). Its local identifier
// patterns are shapes common across NHS patient administration systems, each needing patient
// context to count; labelled numbers ("MRN 00482911", "hosp no 1234567", "unit no. K884213")
// are recognised in code and need no entry here.
import type { PackOverrides } from "./schema.js";

const PATIENT_CONTEXT = [
  "patient",
  "pt",
  "ward",
  "bed",
  "bay",
  "side room",
  "porter",
  "scan",
  "ct",
  "mri",
  "x-ray",
  "xray",
  "pacs",
  "bloods",
  "results",
  "wristband",
  "sample",
  "tube",
  "label",
  "lab",
  "notes",
  "pas",
  "record",
  "theatre",
  "clinic",
  "referral",
  "discharge",
  "admission",
  "mrn",
  "hosp no",
  "hospital number",
  "unit number",
];

export const defaultPack: PackOverrides = {
  name: "default",
  localIdentifiers: [
    {
      // A trust's three-character organisation code (letters, or a letter and digits as in
      // "RX1") then a seven-digit local number, e.g. "RWF4471902", "RX1 0079341".
      name: "organisation code + 7 digits",
      pattern: "\\b[A-Z][A-Z0-9]{2} ?\\d{7}\\b",
      context: PATIENT_CONTEXT,
      score: 0.3,
    },
    {
      // Legacy "K numbers" and similar one-letter-prefixed case-note numbers, e.g. "K884213".
      name: "K number",
      pattern: "\\bK\\d{6,7}\\b",
      context: PATIENT_CONTEXT,
      score: 0.3,
    },
  ],
};
