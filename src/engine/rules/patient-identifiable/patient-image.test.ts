import { ruleTester } from "../../../../test/support/rule-tester.js";
import { patientImageRule } from "./patient-image.js";

ruleTester(patientImageRule, {
  valid: [
    "Sunrise over the car park after nights [photo: orange sky over the multi-storey]",
    "Rota's up [photo: the rota with everyone's shifts and annual leave]",
  ],
  invalid: [
    { text: "90 today! [photo: Jean in her hospital bed with a cake]", errors: 1 },
    { text: "Tonight's board [photo: ward whiteboard with bed numbers and surnames]", errors: 1 },
    { text: "Look at this [photo: chest X-ray with a coin in the oesophagus]", errors: 1 },
  ],
});
