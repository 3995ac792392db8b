import { ruleTester } from "../../../../test/support/rule-tester.js";
import { defaultPack } from "../../pack/default-pack.js";
import { hospitalNumberRule } from "./hospital-number.js";

const trustPack = {
  localIdentifiers: [
    {
      name: "Kent case note",
      pattern: "\\bKCN-\\d{6}\\b",
      context: ["notes", "case note"],
      score: 0.3,
    },
  ],
};

ruleTester(hospitalNumberRule, {
  valid: [
    "The hospital number 0161 496 0123 goes straight to switchboard, not the ward",
    { text: "Trust number is 01622 729000 if you need switchboard", name: "a phone number" },
    { text: "Porter job for RWF4471902 sat on the board", name: "org-code shape needs the pack" },
    {
      text: "Voucher code ABC1234567 gets 10% off scrubs",
      pack: defaultPack,
      name: "same shape, no patient context",
    },
    {
      text: "Flight BA1 2245678 booking ref came through, Tenerife here we come",
      pack: defaultPack,
      name: "a code and seven digits with no patient context",
    },
    // Seven digits alone are a hospital number only with the patient close by, and not when they
    // count, cost, time or name something else.
    {
      text: "0458812 for the lady in the queue at the cafe, she left her purse",
      pack: defaultPack,
      name: "seven digits with no bed, bay or bloods near",
    },
    {
      text: "1234567 steps this week and most of them on the ward",
      pack: defaultPack,
      name: "a count of steps",
    },
    {
      text: "NHS England did 1234567 tests last month, results within 24 hours",
      pack: defaultPack,
      name: "a count after a three-letter word is no organisation code",
    },
    {
      text: "My GMC 7012345 finally came through, first day on the ward tomorrow",
      pack: defaultPack,
      name: "a GMC number",
    },
    {
      text: "Raised £1234567 for the new bay in five years, thank you all",
      pack: defaultPack,
      name: "money",
    },
    {
      text: "ticket no. 1234567 logged for the broken bed in bay 4",
      pack: defaultPack,
      name: "a job ticket",
    },
    {
      text: "For ward results ring 0800 1234567 or (0161) 4960123",
      pack: defaultPack,
      name: "phone numbers in groups",
    },
    {
      text: "bed 4 score 1234567.5 and 12:1234567 on the bay quiz",
      pack: defaultPack,
      name: "a decimal and a time-like run",
    },
    {
      text: "KCN-123456 is the new wifi name",
      pack: trustPack,
      name: "pack pattern without its context stays below threshold",
    },
  ],
  invalid: [
    // A prison number beside a prison word.
    {
      text: "Inmate C5519RJ on B wing missed his methadone again, can nights chase the pharmacy",
      pack: defaultPack,
      errors: 1,
    },
    // Groups split by bullets or spaces.
    { text: "hosp no QKX·114·220·71 needs a repeat ECG before theatre", errors: 1 },
    { text: "hospital no 118 402 77 still hasn't had her TTOs done", errors: 1 },
    {
      text: "Whose is RWF-441-9902? The notes came up without a consultant",
      pack: defaultPack,
      errors: 1,
      name: "an organisation code and seven digits in groups",
    },
    // Labelled, with an organisation code holding a digit, in pairs, or after "A&E no".
    {
      text: "post for a previous tenant, hospital no. RT3 559201, physio appointment Tuesday",
      errors: 1,
    },
    { text: "found a note in the sluice: pt no 07-52-3391, query DVT", errors: 1 },
    { text: "A&E no 25/0041937 has been waiting for a porter for an hour", errors: 1 },
    {
      text: "first solo cannula today was on RWF 3390215, lovely chap, didn't flinch",
      pack: defaultPack,
      errors: 1,
    },
    // A letter O for a zero; the family ringing about the number's owner.
    {
      text: "can someone move hosp no K3O71829 to the discharge lounge list",
      pack: defaultPack,
      errors: 1,
    },
    {
      text: "RKE3301827's daughter has rung three times, can someone bleep the reg",
      pack: defaultPack,
      errors: 1,
    },
    { text: "PAS 40217733 needs a porter to x-ray", name: "a PAS number with no 'no'", errors: 1 },
    {
      text: "accession no RAD55120934 is the one with the fracture",
      name: "a radiology accession number",
      errors: 1,
    },
    {
      text: "maternity booking no. MAT/51873 arriving tonight, wants the pool",
      name: "a maternity booking number",
      errors: 1,
    },
    {
      text: "RXH0077134 – chest pain, trop pending, cubicle 4",
      pack: defaultPack,
      name: "organisation code + 7 digits with triage words",
      errors: 1,
    },
    { text: "CRN 00915523 on the specimen pot, whose is it?", errors: 1 },
    { text: "Case no 2023/MAU/44102 still waiting for a bed", errors: 1 },
    { text: "Trust number RVV 0098812 on the request form is the wrong Mr Khan", errors: 1 },
    { text: "Her unit number is RX882211 and she's due a scan", errors: 1 },
    { text: "Case ref (MRN) 31-552908 is back in theatre tonight", errors: 1 },
    { text: "Medical record number 7733021 needs a merge", errors: 1 },
    {
      text: "MRN 00482911 written on my glove again",
      errors: [{ excerpt: "00482911" }],
      output: "MRN [removed] written on my glove again",
    },
    {
      text: "hosp no 6620914 – bloods clotted, can nights rebleed her",
      errors: [{ excerpt: "6620914" }],
    },
    { text: "Hospital number: 1234567 needs a porter to CT", errors: 1 },
    { text: "unit no. K884213 on PACS if you want the images", errors: [{ excerpt: "K884213" }] },
    {
      text: "Porter job for RWF4471902 (CT then back to Ward 2) still waiting",
      pack: defaultPack,
      errors: [{ excerpt: "RWF4471902" }],
    },
    {
      text: "wristband says RX1 0079341 - can the lab re-run, the tube label had a typo",
      pack: defaultPack,
      errors: [{ excerpt: "RX1 0079341" }],
      name: "an organisation code with a digit, spaced from the number",
    },
    {
      text: "RJZ5519027 is the gentleman with the guide dog, he's first on tomorrow's list",
      pack: defaultPack,
      errors: [{ excerpt: "RJZ5519027" }],
      name: "an organisation-code number said of the person it belongs to",
    },
    {
      text: "0458812 for the lady in bay 3, can someone chase her bloods",
      pack: defaultPack,
      errors: [{ excerpt: "0458812" }],
      output: "[removed] for the lady in bay 3, can someone chase her bloods",
      name: "seven digits alone, with the bay and the bloods close by",
    },
    {
      text: "can nights chase the results for 1127893, bed 12",
      pack: defaultPack,
      errors: [{ excerpt: "1127893" }],
      name: "after a three-letter word, only the digits",
    },
    {
      text: "patient 7729015 still nil by mouth, can someone update the board",
      pack: defaultPack,
      errors: [{ excerpt: "7729015" }],
    },
    {
      text: "Can someone pull the case note KCN-123456 from records",
      pack: trustPack,
      errors: [{ excerpt: "KCN-123456" }],
      name: "a trust adds a shape in its pack, no code change",
    },
  ],
});
