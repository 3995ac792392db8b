import { ruleTester } from "../../../../test/support/rule-tester.js";
import { colleaguePhotoRule } from "./photo-or-recording.js";

ruleTester(colleaguePhotoRule, {
  valid: [
    {
      text: "Rehab gym star 🏋️ [video: Winifred, 84, doing her first sit-to-stand without the frame, her name on the whiteboard behind her]",
      name: "a patient in the picture, named as one by the patient rules",
    },
    "Caught Dr Rana doing the conga at the Christmas party \ud83d\udcf8 she insisted I post it",
    "Vince from portering fixed the lift and we tagged him in the thank-you post",
    "Sunrise over the staff car park 📸 took it on my phone",
    "After 38 years our housekeeper Pat retires 📸 (she said we could post this)",
  ],
  invalid: [
    {
      text: "Caught on camera: Vince from portering asleep in the wheelchair store \ud83d\ude02",
      errors: 1,
    },
    {
      text: "Vince from portering absolutely hammered at the Christmas do, tagged him \ud83c\udf7b",
      errors: 1,
    },
    { text: "Ha! [photo: Dev from IT asleep at his desk with his mouth open]", errors: 1 },
    { text: "Snapped Big Mo from portering having a cheeky fag by the bins", errors: 1 },
    { text: "📸 Caught Big Sue from pharmacy on her 4th sausage roll", errors: 1 },
    { text: "voice note of Tomasz doing handover, I can't", errors: 1 },
    { text: "Rota is up [photo: full rota with everyone's names, shifts and sickness]", errors: 1 },
  ],
});
