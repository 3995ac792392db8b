import { ruleTester } from "../../../../test/support/rule-tester.js";
import { befriendingRule } from "./befriending.js";

ruleTester(befriendingRule, {
  valid: [
    "Got stopped in Asda by a man who said I looked after his wife years ago, made my week",
    "A patient told me today I was the first person to sit with her",
    { text: "A former patient sent me a friend request, ignored it as the policy says", name: "declined" },
    "Shoot me a DM if you want to join the charity run team",
  ],
  invalid: [
    { text: "Accepted a Facebook friend request from a patient's mum, is that bad?", errors: 1 },
    { text: "I accept every patient friend request after discharge", errors: 1 },
    { text: "Lent £50 to one of my regulars from the dialysis unit, proper mates now", errors: 1 },
    { text: "One of my old patients asked me to be his carer on my days off, cash in hand", errors: 1 },
    { text: "Popped round to see one of our long-stay patients at her bungalow", errors: 1 },
    { text: "Ex-patient asked me out for drinks, going out with him Friday", errors: 1 },
  ],
});
