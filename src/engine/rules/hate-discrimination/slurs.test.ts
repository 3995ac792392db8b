import { ruleTester } from "../../../../test/support/rule-tester.js";
import { slurs } from "./slurs.js";

ruleTester(slurs, {
  valid: [
    "Booked a week on Lesbos with the theatre girls, first holiday in three years",
    "Hydrotherapy for kids with spastic diplegia starts again on Monday",
    "Someone daubed 'p*kis out' on the bus shelter by the main entrance. Reported to the police and cleaned off.",
    // Reported or condemned, not used.
    "A patient called me a p*ki today. I reported it and my manager came straight away.",
    "Someone shouted 'f*ggot' at me and my husband last night. Love wins.",
    "Someone in the comments is calling your staff 'fags'. Please delete it.",
    "We talked about why words like 'retard' and 'spaz' still get used as jokes on wards.",
    "Please stop using 'retard' as a joke in the staff room. It's a slur.",
    // Innocent senses.
    "Faggots, mushy peas and gravy on the canteen menu today",
    "Summer body plan: live on Monster and fags",
    "Put the fags down for Stoptober",
    "There's a chink in the armour of the new rota",
    "Homo sapiens evolved in Africa",
    // The name of an organisation, mentioned.
    "Our archive has leaflets from when Scope was still called the Spastics Society",
    // Earthworks and drains.
    "The dyke path along the Fens is my favourite post-nights walk, flat and quiet",
    "walked along the dyke to the pumping station after nights, herons everywhere",
    // A brass band named after its village, and the word worn with pride.
    "our hospital radio will be at the Black Dyke band concert on Saturday collecting for the hospice",
    "Queer nurse, proud dyke on a bike at Pride this weekend, come and find our float",
    "Dykes on Bikes are leading the parade again this year 🏍️🏳️‍🌈",
    // Identity terms alone.
    "Proud to be a gay nurse marching at Pride",
    "Queer, disabled and a nurse: episode 3 of our podcast",
  ],
  invalid: [
    {
      text: "Whole reception desk is lezzas now, no wonder nobody smiles at the blokes 🙄",
      errors: 1,
    },
    { text: "nights with 3 p@kis lol", errors: [{ excerpt: "p@kis" }] },
    // Not a band, not worn with pride.
    { text: "the new black dyke on nights thinks she runs the place", errors: 1 },
    {
      text: "she's a dyke and everyone on the unit knows it, keep her off the female bays",
      errors: 1,
    },
    { text: "I'm not wearing a rainbow lanyard, I'm not a f\u200baggot", errors: 1 },
    { text: "hands shaking like a ѕраѕtic 😂", errors: [{ excerpt: "ѕраѕtic" }] },
    // A capitalised slur before a name is a nickname, not an organisation.
    { text: "Spastic Steve dropped the tray again 😂", errors: [{ excerpt: "Spastic" }] },
    {
      text: "Bunch of fags and perverts running the NHS now",
      direction: "inbound",
      errors: [{ excerpt: "fags" }],
    },
    { text: "Trannies belong on the male ward", errors: [{ excerpt: "Trannies" }] },
    { text: "thieving pikeys the lot of them", errors: [{ excerpt: "pikeys" }] },
  ],
});
