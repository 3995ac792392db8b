// Hospital and other local patient numbers written with their label: "MRN 00482911",
// "hosp no 1234567", "hospital number: A123456", "unit no. K884213", "K number K1234567".
// A label this specific is evidence enough. Unlabelled local shapes (three letters and seven
// digits, a bare K number) are trust-specific and come from the pack's `localIdentifiers`.
import type { Recognizer } from "../recognizer.js";

const LABEL =
  "(?:medical\\s?record\\s?(?:no|num|number)|record\\s?(?:no|number)|hospital\\s?(?:id|ref)|case\\s?ref\\s?\\(mrn\\)|mrn|m\\.r\\.n\\.?|crn|hosp(?:ital)?\\.?\\s?(?:no|num|number|#)|unit\\s?(?:no|num|number)|(?:patient|pt)\\s?(?:id|no|num|number)|a&e\\s?(?:no|num|number)|k\\s?(?:no|number)|case\\s?(?:no|number)|pas(?:\\s?(?:no|number))?|accession(?:\\s?(?:no|number))?|maternity\\s?booking\\s?(?:no|number|ref)|rm\\s?no|local\\s?(?:id|number)|trust\\s?(?:no|num|number|id)(?![ \\t]{0,3}[:#=\\-]?[ \\t]{0,3}(?:(?:is|was)[ \\t]+)?0))";

export const hospitalNumber: Recognizer = {
  entity: "HOSPITAL_NUMBER",
  view: "base",
  patterns: [
    {
      name: "labelled local number",
      regex: new RegExp(
        // "MRN 00482911", "hosp no is RX1173920", "(MRN) 20-887341", "case no. 2024/ED/18833",
        // "hospital no. RX1 884302", "pt no. 00-41-8866", "A&E no. 24/0098812",
        // "hospital number RTH•009•814•55", "hosp no 009 814 55".
        `\\b${LABEL}(?![a-z])\\)?\\.?[ \\t]{0,3}[:#=\\-]?[ \\t]{0,3}(?:(?:is|was)[ \\t]+)?((?:[A-Z][A-Z0-9]{0,2}[ /\\-•·.]?)?(?:\\d{5,10}|\\d{2,4}(?:[\\-/•·.]\\d{2,4}){2,3}|\\d{2,4}[\\-/](?:[A-Z]{1,4}[\\-/])?\\d{3,8}|(?!0\\d{2,4} \\d{3} \\d{3,4}\\b)\\d{2,4}(?: \\d{2,4}){2,3}))\\b`,
        "gi",
      ),
      score: 0.85,
      group: 1,
    },
  ],
  threshold: 0.5,
};
