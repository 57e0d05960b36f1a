import { describe, expect, it } from "vitest";
import { runCheckAgainstAll } from "./pair.test-data.js";
import { checkPronounGender, checkPronounReferents } from "./pronoun-gender.js";

const SOURCE = "Pavel Ruiz lost the vote. He said the count was fair. Ruiz resigned on Friday.";
const genderFindings = (source: string, rewrite: string) => runCheckAgainstAll(checkPronounGender, source, rewrite);

describe("checkPronounGender", () => {
  it("finds a pronoun of the other gender where the source names the person", () => {
    const [found] = genderFindings(SOURCE, "She resigned on Friday.");
    expect(found?.type).toBe("entity-changed");
    expect(found?.rewrite?.text).toBe("She");
    expect(found?.source?.text).toBe("Ruiz");
  });

  it("reads a person's gender from a title", () => {
    expect(genderFindings("Mrs. Holt sold the mill. Holt's son will run it.", "His son will run it.")).toHaveLength(1);
  });

  it("leaves the pronoun the source uses for the person alone", () => {
    expect(genderFindings(SOURCE, "He resigned on Friday.")).toEqual([]);
  });

  it("leaves a person whose gender the source never gives alone", () => {
    expect(genderFindings("Ruiz lost the vote. Ruiz resigned on Friday.", "She resigned on Friday.")).toEqual([]);
  });

  it("leaves a name the source calls both \"he\" and \"she\" alone", () => {
    expect(genderFindings("Ruiz said he lost. Ruiz said she won. Ruiz resigned on Friday.", "She resigned on Friday.")).toEqual([]);
  });
});

describe("checkPronounReferents", () => {
  it("reports a pronoun swap once when both pronoun checks would", () => {
    const source = "Ruiz said the count was fair. He said he would resign.";
    const rewrite = "She said he would resign.";
    expect(genderFindings(source, rewrite)).toHaveLength(1);
    expect(runCheckAgainstAll(checkPronounReferents, source, rewrite)).toHaveLength(1);
  });
});

