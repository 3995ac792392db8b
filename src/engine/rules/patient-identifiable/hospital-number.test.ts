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
    {
      text: "KCN-123456 is the new wifi name",
      pack: trustPack,
      name: "pack pattern without its context stays below threshold",
    },
  ],
  invalid: [
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
      text: "Can someone pull the case note KCN-123456 from records",
      pack: trustPack,
      errors: [{ excerpt: "KCN-123456" }],
      name: "a trust adds a shape in its pack, no code change",
    },
  ],
});
