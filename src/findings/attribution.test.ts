import { describe, expect, it } from "vitest";
import { checkAttribution } from "./attribution.js";
import { runCheck, runCheckWithSupports } from "./pair.test-data.js";

const types = (source: string, rewrite: string) => runCheck(checkAttribution, source, rewrite).map((item) => item.type);

describe("checkAttribution", () => {
  it("finds a speaker put in the source speaker's place, though the sentence names the new one elsewhere", () => {
    const found = runCheck(
      checkAttribution,
      "Gomes said in a statement there have been no delays in payments to the Kestrel Board by the Treasury.",
      "Kestrel Board said in a statement there have been no delays in payments to the Kestrel Board by the Treasury.",
    ).map((item) => item.type);
    expect(found).toContain("misattribution");
  });

  it("finds a speaker swapped in a sentence copied word for word with its attribution moved", () => {
    const found = runCheck(
      checkAttribution,
      "Harlow Records said two major albums due for release before the end of its financial year in March, one by the Velvet Pines and one by Okra, have now had their release dates put back until the autumn at the earliest.",
      "Two major albums due for release before the end of its financial year in March, one by the Velvet Pines and one by Okra, have now had their release dates put back until the autumn at the earliest, the Velvet Pines said.",
    ).map((item) => item.type);
    expect(found).toContain("misattribution");
  });

  it("names whom the source's 'she' stands for when the rewrite drops her", () => {
    const [dropped] = runCheck(
      checkAttribution,
      "Helen Okafor runs the Pellham union. The factory will close next year, she said.",
      "The factory will close next year.",
    );
    expect(dropped?.message).toBe('The source attributes this to "she" (Helen Okafor); the rewrite states it as fact.');
  });

  it("finds a claim whose speaker the rewrite dropped", () => {
    expect(types("The Pellham factory will close next year, the union said.", "The Pellham factory will close next year.")).toEqual(["attribution-dropped"]);
  });

  it("finds nothing dropped when the rewrite keeps the narration around a quote and none of the quote", () => {
    expect(types(
      '"We are ready for the season," said Mara Quill, who arrived in Pellham on Monday with her three children.',
      "Mara Quill arrived in Pellham on Monday with her three children.",
    )).toEqual([]);
  });

  it("finds nothing dropped when the rewrite shares only a name and a word with a long attributed claim", () => {
    expect(types(
      "The Corvan budget puts tax cuts and social spending at its centre. Unveiling it to parliament, finance minister Tobias Renn said the Corvan economy had grown by an average of 3.2% over the past four years, slightly below the regional average of 4%.",
      "The Corvan government has put tax cuts and social spending at the centre of its budget, which Tobias Renn unveiled to parliament.",
    )).toEqual([]);
  });

  it("finds nothing dropped when the rewrite's speaker is named in the claim it credits", () => {
    expect(types(
      "Orrin Foods said it has offered 18 dlrs a share for Dalby Mills. The company said the offer values Dalby at about 340 mln dlrs, and Orrin Foods shareholders would own 30 pct of the combined group.",
      "Orrin Foods said its offer values Dalby at about 340 mln dlrs.",
    )).toEqual([]);
  });

  it("finds a quote stated as fact beside the narration around it", () => {
    expect(types(
      '"The plant will shut by spring," said Mara Quill, who arrived in Pellham on Monday.',
      "Mara Quill arrived in Pellham on Monday, and the plant will shut by spring.",
    )).toEqual(["attribution-dropped"]);
  });

  it("finds a claim whose speaker opens the sentence stated as fact", () => {
    expect(types("The union said the Pellham factory will close next year.", "The Pellham factory will close next year.")).toEqual(["attribution-dropped"]);
  });

  it("finds a claim stated as fact whose closing speaker is described after it: a person familiar with ...", () => {
    expect(types(
      "The Pellham factory will close next year, according to a person familiar with the plans.",
      "The Pellham factory will close next year.",
    )).toEqual(["attribution-dropped"]);
  });

  it("finds a claim stated as fact whose 'according to' source runs on past the name found", () => {
    expect(types(
      "Around 40 boats were damaged, according to an estimate by the Harlow harbour board.",
      "Around 40 boats were damaged.",
    )).toEqual(["attribution-dropped"]);
  });

  it("finds a claim stated as fact whose source was bare evidence: according to tide data", () => {
    expect(types(
      "The harbour wall sank by about 9 centimetres, according to tide data gathered by the port.",
      "The harbour wall sank by about 9 centimetres.",
    )).toEqual(["attribution-dropped"]);
  });

  it("credits a claim to the speaker who made the document it is according to", () => {
    expect(types(
      "The Pellham factory will close next year, the Harlow Steel Union said in a letter sent on Monday.",
      "The Pellham factory will close next year, according to a letter the Harlow Steel Union sent on Monday.",
    )).toEqual([]);
  });

  it("credits a claim to the speaker whose view the rewrite gives it as", () => {
    expect(types(
      "The union said the Pellham factory was likely to close next year.",
      "In the union's view, the Pellham factory is likely to close next year.",
    )).toEqual([]);
  });

  it("credits a claim to the speaker the rewrite says believes it", () => {
    expect(types(
      "The union said the Pellham factory was likely to close next year.",
      "The union believes the Pellham factory is likely to close next year.",
    )).toEqual([]);
  });

  it("credits a claim to the speaker the rewrite says did it in words", () => {
    expect(types("Harlow Steel said it had rejected the offer from Pellham.", "Harlow Steel has rejected the offer from Pellham.")).toEqual([]);
  });

  it("finds a claim stated as fact about its speaker with a verb of no speech", () => {
    expect(types("Harlow Steel said it had closed the plant at Pellham.", "Harlow Steel has closed the plant at Pellham.")).toEqual(["attribution-dropped"]);
  });

  it("does not count the narrator's clause before a speaker who opens the next one", () => {
    expect(types(
      "Twelve families lost their homes, and the Red Cross said it was finding them shelter.",
      "Twelve families lost their homes.",
    )).toEqual([]);
  });

  it("does not count the narrator's clause before 'though' and a speaker", () => {
    expect(types(
      "Twelve families lost their homes, though the Red Cross said it was finding them shelter.",
      "Twelve families lost their homes.",
    )).toEqual([]);
  });

  it("finds a claim stated as fact beside another speaker's clause", () => {
    expect(types(
      "According to the council, about 400 homes lost power, though officials said it would return by noon.",
      "About 400 homes lost power, though officials said it would return by noon.",
    )).toEqual(["attribution-dropped"]);
  });

  it("finds a claim stated as fact though the rewrite keeps the evidence it reports", () => {
    expect(types(
      "Tests on the pipes found high levels of lead, according to the water board.",
      "Tests on the pipes found high levels of lead.",
    )).toEqual(["attribution-dropped"]);
  });

  it("finds a claim stated as fact beside a phrase its subject is said to have described", () => {
    expect(types(
      "Prosecutors said Varn had promised investors fixed returns from what he described as safe loans.",
      "Varn had promised investors fixed returns from what he described as safe loans.",
    )).toEqual(["attribution-dropped"]);
  });

  it("takes a speaker set off by commas inside the sentence as crediting all of it", () => {
    expect(types(
      "Lena Moor said her son would get upset at first but then make friends with the other pupils.",
      "Her son would get upset at first, his mother said, but then make friends with the other pupils.",
    )).toEqual([]);
  });

  it("takes each of two speakers a rewrite keeps as crediting its own clause", () => {
    expect(types(
      "According to the council, about 400 homes lost power, though officials said it would return by noon.",
      "The council said about 400 homes lost power, and officials said it would return by noon.",
    )).toEqual([]);
  });

  it("finds a transcript turn stated as fact", () => {
    expect(types(
      "Professor Ilse Varga: I think the new sensor drains the battery.\nDoctor Omar Lind: Then we test it again.",
      "The new sensor drains the battery.",
    )).toEqual(["attribution-dropped"]);
  });

  it("takes people said to have discussed a point as its speakers", () => {
    expect(types(
      "Professor Ilse Varga: I think the new sensor drains the battery.\nDoctor Omar Lind: Then we test it again.",
      "The group discussed whether the new sensor drains the battery.",
    )).toEqual([]);
  });

  it("does not take a question for an attributed claim", () => {
    expect(types(
      "Client: Can you tell me more about the benefits of the Varrow life insurance plan?",
      "The client asks about the benefits of the Varrow life insurance plan.",
    )).toEqual([]);
  });

  it("takes a source speaker named inside the rewrite's longer speaker phrase as the same speaker", () => {
    const found = runCheckWithSupports(checkAttribution, "Shares in Cairn fell on Monday. Cairn Energy owns the field. Cairn said the well was dry.",
      "Cairn Energy said the well was dry.", [2]);
    expect(found.map((item) => item.type)).toEqual([]);
  });
});
