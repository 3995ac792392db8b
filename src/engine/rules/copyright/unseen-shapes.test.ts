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

// Round 13: the team chat named by its ward or bay number ("the Ward 9 WhatsApp", "the 4B group
// chat") is still the team's own chat.
ruleTester(rule, {
  valid: [
    "[screenshot of the Ward 9 WhatsApp: 'who's got the drug keys?' 'not me' 'not me'] every shift",
    "[screenshot of the 4B group chat at 3am, 26 unread] nights are a different world",
  ],
  invalid: [
    {
      text: "[screenshot of the Ward 9 article in the Echo] they got half the facts wrong",
      errors: 1,
    },
  ],
});
