import { describe, expect, it } from "vitest";
import { runCheckAgainstAll } from "./pair.test-data.js";
import { checkPronouns } from "./pronouns.js";

const pronounFindings = (source: string, rewrite: string) => runCheckAgainstAll(checkPronouns, source, rewrite);

describe("checkPronouns", () => {
  it("finds a pronoun of the other gender in the source pronoun's place", () => {
    const [found] = pronounFindings("He told reporters the depot would close in May.", "She told reporters the depot would close in May.");
    expect(found?.type).toBe("entity-changed");
    expect(found?.rewrite?.text).toBe("She");
    expect(found?.source?.text).toBe("He");
    expect(found?.message).toContain("refers to someone else");
  });

  it("finds a pronoun of the other gender before the same three words when the attribution moved", () => {
    const found = pronounFindings(
      "Tony Harlow has said he looks forward to working with the new board.",
      "She looks forward to working with the new board, Tony Harlow has said.",
    );
    expect(found.map((finding) => finding.rewrite?.text)).toEqual(["She"]);
  });

  it("leaves pronouns that share only the words before them", () => {
    expect(pronounFindings(
      "The husband had taken the car to work, so his wife and children had to ride with neighbours.",
      "The husband had taken the car to work, so she and the children had to catch a ride with neighbours.",
    )).toEqual([]);
  });

  it("finds the speaker's pronoun of the other gender when the attribution moved", () => {
    const found = pronounFindings(
      "He said the decision did not affect interest on the loans.",
      "The decision did not affect interest on the loans, she said.",
    );
    expect(found.map((finding) => finding.rewrite?.text)).toEqual(["she"]);
  });

  it("finds one person's pronoun where the source has several people's", () => {
    const found = pronounFindings("The Varga sisters said their shop would reopen.", "The Varga sisters said his shop would reopen.");
    expect(found.map((item) => item.rewrite?.text)).toEqual(["his"]);
  });

  it("leaves a name replaced by its pronoun alone", () => {
    expect(pronounFindings("Tomas Ortega told reporters the depot would close.", "He told reporters the depot would close.")).toEqual([]);
  });

  it("leaves \"they\" for an organisation alone", () => {
    expect(pronounFindings("Kestrel Foods said it would cut 40 jobs.", "Kestrel Foods said they would cut 40 jobs.")).toEqual([]);
  });

  it("leaves a pronoun the source has elsewhere in the sentence alone", () => {
    expect(pronounFindings("Mira Holt said her brother told him to leave.", "Her brother told him to leave, Mira Holt said.")).toEqual([]);
  });

  it("leaves a pronoun in another clause alone", () => {
    expect(pronounFindings("Mira Holt said he would resign after the vote.", "She said Pavel Ruiz would resign after the vote.")).toEqual([]);
  });

  it("leaves a first-person speaker turned into the third person alone", () => {
    expect(pronounFindings("I told the team we would ship on Friday.", "She told the team they would ship on Friday.")).toEqual([]);
  });
});
