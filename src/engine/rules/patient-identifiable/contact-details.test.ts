import { ruleTester } from "../../../../test/support/rule-tester.js";
import { contactDetailsRule } from "./contact-details.js";

ruleTester(contactDetailsRule, {
  valid: [
    // The writer's own medicines, their own number.
    "Ran out of my tablets again, if anyone's near Boots text me on 07700 900 123 and I'll pay you back",
    // An official account's own landline.
    {
      text: "Our foot clinic has moved to the Health Hub. Same phone number: 0161 496 0871. Free parking for patients.",
      profile: "Official account of the Podiatry Service, Tameside NHS Trust",
    },
    "We'll be at the pub dot on 7 for leaving drinks, ward 5 all welcome",
    "Thanks for your enquiry. Please email press@example-trust.nhs.uk and our press office will respond about the patient story",
    "Call PALS on (0161) 496 0999, Monday to Friday",
    "Call the National Domestic Abuse Helpline free on 0808 2000 247, any time",
    "Trying to reach a ward? Call our switchboard on 0117 496 0555 and ask for the ward",
    { text: "Forward phishing to spamreports@nhs.net and delete it", name: "a service mailbox" },
    {
      text: "ring Becky on her personal mobile 07700 900733 about the swaps",
      name: "a colleague's number is colleague-privacy",
    },
    {
      text: "My husband can pick me up after the late shift, text him on 07700 900377",
      name: "the author's own family, no patient",
    },
    {
      text: "Patients can call 0300 123 4567 for appointments",
      name: "non-geographic service line",
    },
    {
      text: "Visiting update: two visitors per bed. To ask about a patient, call 01623 622515 and ask for the ward",
      profile: "Official account of Sherwood Forest Hospitals NHS Foundation Trust",
      name: "an official account's own published number",
    },
    // Numbers read aloud ("double oh") are phone numbers too; the same judgement of whose applies.
    {
      text: "his number's oh seven seven double oh, nine double one, four oh two",
      name: "a number read aloud with no patient or relative in sight",
    },
    {
      text: "ring me on oh seven seven double oh, nine double one, four oh two about the rota swap, I'm on the ward till 8",
      name: "the author's own number read aloud",
    },
    {
      text: "Families of patients can ring the switchboard on oh one one three, four nine six, oh eight seven two and ask for the ward",
      name: "a switchboard number read aloud",
    },
    {
      text: "Mrs K in bay 2 did her exercises: double one two three, and again, triple one two three",
      name: "counting aloud is no phone number",
    },
  ],
  invalid: [
    // A family's request for someone's medicines, with the number it came from.
    {
      text: "Voicemail of the week 🙃 'it's Lorraine again, can someone sort my dad's water tablets, ring me back on 07700 900 712'",
      errors: 1,
    },
    // The family's own address, put where the wrong people can read it.
    {
      text: "Sent the family's email (dev.okafor.home@gmail.com) round the whole team list instead of the rota lead, so they've seen every visit planned for their dad 🙈",
      errors: 1,
    },
    {
      text: "Her email is j.barnes1962@hotmail.co.uk for the appointment letter, she never gets the post",
      errors: 1,
    },
    // Written out to dodge scrapers.
    { text: "email her daughter on jane.smith at gmail dot com about the discharge", errors: 1 },
    { text: "the patient's son says use k.obi(at)hotmail(dot)co(dot)uk for updates", errors: 1 },
    {
      text: "His wife's email is sandra.hughes1960@gmail.com if the ward clerk can send the leaflet",
      errors: 1,
    },
    {
      text: "His son's number is 07723 118 904 if anyone on nights needs to call about the DNACPR",
      errors: 1,
    },
    { text: "Ring the daughter on (0161) 496 0123 about her mum's discharge", errors: 1 },
    {
      text: "Mrs W's daughter says ring her on 07700 900417 about transport for discharge",
      errors: [{ excerpt: "07700 900417" }],
      output: "Mrs W's daughter says ring her on [removed] about transport for discharge",
    },
    { text: "Mr D's catheter bag needs changing, ring him on 0113 496 0872 first", errors: 1 },
    {
      text: "The lady in bed 9 wants the sheet emailed – it's maureen.t.1951@btinternet.com",
      errors: [{ excerpt: "maureen.t.1951@btinternet.com" }],
    },
    { text: "son of my patient gave me his number (Tom, +44 7700 900251)", errors: 1 },
    // A relative's number next to "her mobile": the relative owns it, not a colleague.
    {
      text: "The patient's son wants a call back, his mobile is 07700 900318, can nights ring him",
      errors: 1,
    },
    // Read aloud, "double" and "triple" included: the finding covers the words as written.
    {
      text: "Mr B's daughter says ring her on oh seven seven double oh, nine double one, four oh two about the discharge",
      errors: [{ excerpt: "oh seven seven double oh, nine double one, four oh two" }],
      output: "Mr B's daughter says ring her on [removed] about the discharge",
    },
    {
      text: "the lady in bed 6 asked me to ring her husband, zero one triple one, four nine six, oh one two",
      errors: [{ excerpt: "zero one triple one, four nine six, oh one two" }],
    },
    // Inbound: a relative writing in gives a patient's contact details.
    {
      text: "Please send the new letter to my dad's email instead, it's ron.b.1944@example.com",
      direction: "inbound",
      errors: 1,
    },
    {
      text: "My mother doesn't hear the phone, ring her neighbour or me on 07700 900244",
      direction: "inbound",
      errors: 1,
    },
  ],
});
