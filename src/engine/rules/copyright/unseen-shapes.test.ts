// Copyright shapes from round 12's fresh batches (written for this file, not taken from any
// evaluation set): a screenshot of the team's own chat, rota or a clinical system is no one's
// published work (privacy rules judge what it shows); a screenshot of a paper or someone's page
// still is.
import { ruleTester } from "../../../../test/support/rule-tester.js";
import rule from "./copied-content.js";

ruleTester(rule, {
  valid: [
    "[screenshot of the unit group chat: 'anyone seen the bladder scanner?' x14] every single night 😂",
    "Classic Monday [screenshot: SystmOne task list, 43 overdue, half of them mine] send coffee",
    "[screenshot of next month's rota, nights highlighted in yellow] where did my weekends go",
  ],
  invalid: [
    {
      text: "[screenshot of the Sheffield Star article about our car park charges] read it and weep",
      errors: 1,
    },
    { text: "[screenshot of Dr Kwame's Instagram post from his stag do] 😂😂", errors: 1 },
  ],
});
