import { ruleTester } from "../../../../test/support/rule-tester.js";
import { dateOfBirthRule } from "./date-of-birth.js";

ruleTester(dateOfBirthRule, {
  valid: [
    // The writer's own birthday, said with no subject.
    "Born 22/09/1988 and turning 37 on a long day. Someone bring cake to resus pls",
    {
      text: "Chapter two of my novel is done: 'Sister Mary read the band: Ivy Cole, DOB 12/12/1932.' Keep going?",
      name: "a scene in the writer's novel",
    },
    {
      text: "My daughter Ellie Hurst 21/06/2025 prize day, so proud!",
      name: "a relative's name and the date of an event",
    },
    "5/7/1948 the NHS was born, happy birthday to us all",
    "18/09/1991 I was born in this very maternity unit, now I work here",
    "Happy wedding anniversary to Lucy Hart 14/06/2016, best day ever",
    "My cat Pickle was born 12th May 2016 and still rules the house",
    "Clinic on 14/03/2025, patients booked from 9",
    "Born 14/03/1990 and still getting asked for ID buying paracetamol",
    "Born on 5 July 1948, the NHS turns 77 this year! 🎉",
    "Nan's 90th today, she was a nurse here in the 60s! Born 4 May 1935 💙",
    "Born 3 March 1975, started my nurse training 1994, retiring today. What a ride 🎉",
    "Celebrating 78 years of the NHS today! Born 5 July 1948 and still going",
    "Stock code 03041941 for the dressing packs",
    "Born on 4 May 1991, I'm officially the oldest on the team now 😂",
    "I was born on 02/02/1988 at this very hospital, now I work here!",
    "Ward 6 reopens on 12/03/2025 – cake at 11",
    "Started here on 01/09/1998 and today was my last shift",
    {
      text: "Happy birthday NHS, born 5th July 1948 and still going",
      name: "born, about an institution",
    },
    "Clinic on 12/03 moved to the afternoon",
    "I was born in 2001, feeling old on this ward",
    {
      text: "Florence Nightingale was born 12 May 1820, happy International Nurses Day",
      name: "a historical figure, born before 1900",
    },
    {
      text: "My own DOB is 02/03/1990 and the portal still won't accept it, IT please help",
      name: "the writer's own date of birth",
    },
  ],
  invalid: [
    // A month in Roman numerals.
    {
      text: "Can someone rebook MAUREEN ASHWORTH, DOB 02/XI/1944, for the hearing clinic",
      errors: 1,
    },
    {
      text: "Dad (Raymond Hurst, 14/11/1948) still has no date for his hernia repair. Who do I chase?",
      direction: "inbound",
      errors: 1,
      name: "a name and date after who the person is",
    },
    // The birth said after the date.
    {
      text: "#OnThisDay 04/11/1929 a legend was born, and today he's in bay 2 asking for custard",
      errors: 1,
    },
    {
      text: "Tube came up labelled 'Doreen Platt 03/11/1941' but the form said Dorothy 🙄",
      errors: 1,
    },
    {
      text: "Dissertation case study: Mrs K, born 3rd June 1949, on Ward 9 at Airedale with a chest infection",
      errors: 1,
    },
    {
      text: "Our Mabel on Ward 12 was born 4th June 1924 and still beats us all at dominoes",
      errors: 1,
    },
    // A two-digit year after the label; a date said as who someone is.
    {
      text: "d.o.b. 31st dec 59, so he'll be 67 on new year's eve and wants to be home",
      errors: 1,
    },
    {
      text: "can someone re-bleed the 02/11/1948 gent in side room 1, sample haemolysed",
      errors: 1,
    },
    { text: "Mrs Hale dob:03041941 needs a repeat INR", errors: 1 },
    {
      text: "The lady in bay 4 (DOB 14/09/1937) keeps asking for Stan",
      errors: [{ excerpt: "14/09/1937" }],
      output: "The lady in bay 4 (DOB [removed]) keeps asking for Stan",
    },
    { text: "d.o.b. 12.03.87 on the drug chart is wrong", errors: [{ excerpt: "12.03.87" }] },
    { text: "date of birth: 1987-03-12, can someone update PAS", errors: 1 },
    { text: "He was born 3rd March 1987 and is in resus", errors: 1 },
    {
      text: "It's Mr O's birthday – born on the 22nd of August 1950!",
      errors: [{ excerpt: "22nd of August 1950" }],
    },
    { text: "my nan (DOB 2/11/1930) hasn't had her tea", direction: "inbound", errors: 1 },
    { text: "Pt DOB 03.11.1957 needs bloods chasing, on ward 7", errors: 1 },
    { text: "Born 03/04/1950, lives alone, bay 4 needs a social work referral", errors: 1 },
  ],
});
