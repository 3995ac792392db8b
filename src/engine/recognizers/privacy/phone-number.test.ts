import { describe, expect, it } from "vitest";
import { normalise } from "../../normalise/index.js";
import { resolvePack } from "../../pack/schema.js";
import { runRecognizer } from "../recognizer.js";
import { mayHoldPhone, phoneKindOf, phoneNumber } from "./phone-number.js";

const found = (text: string) =>
  runRecognizer(phoneNumber, { normalised: normalise(text), pack: resolvePack() }).map(
    (e) => e.text,
  );

describe("phone numbers", () => {
  it("are found written in digits, in any grouping", () => {
    expect(found("ring 07700 900733 later")).toEqual(["07700 900733"]);
    expect(found("tel +44 7700 900251")).toEqual(["+44 7700 900251"]);
    expect(found("(0161) 496 0123 is the line")).toEqual(["(0161) 496 0123"]);
    expect(found("0 7 7 0 0 9 0 0 7 3 3")).toEqual(["0 7 7 0 0 9 0 0 7 3 3"]);
  });

  it("are found read aloud, 'double' and 'triple' included, on the words as written", () => {
    expect(found("his number's oh seven seven double oh, nine double one, four oh two")).toEqual([
      "oh seven seven double oh, nine double one, four oh two",
    ]);
    expect(found("it's zero one triple one, four nine six, oh one two ta")).toEqual([
      "zero one triple one, four nine six, oh one two",
    ]);
    expect(found("Oh Seven Seven Double Oh Nine Double One Four Oh Two")).toHaveLength(1);
  });

  it("are not made from too few digits or from prose", () => {
    expect(found("oh seven seven double oh, nine double one")).toEqual([]);
    expect(found("one of the two nurses said double oh seven")).toEqual([]);
    expect(found("seven eight nine double one two three four five six")).toEqual([]);
  });

  it("tell their kind from the digits or the words", () => {
    expect(phoneKindOf("07700 900733")).toBe("mobile");
    expect(phoneKindOf("oh seven seven double oh, nine double one, four oh two")).toBe("mobile");
    expect(phoneKindOf("oh one one three, four nine six, oh eight seven two")).toBe("landline");
    expect(phoneKindOf("oh eight double oh, one two three four five six")).toBe("freephone");
  });

  it("may be held by a post with nine digits or three digit words in a row", () => {
    expect(mayHoldPhone("07700 900733")).toBe(true);
    expect(mayHoldPhone("oh seven seven double oh")).toBe(true);
    expect(mayHoldPhone("bed 4, ward 10, 2 nurses")).toBe(false);
    expect(mayHoldPhone("one of the two nurses")).toBe(false);
  });
});
