import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { align } from "../align/index.js";
import { unsupportedPhrases, unsupportedSentence } from "./unsupported.js";

function phrases(sourceText: string, rewriteText: string) {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const [link] = align(source, rewrite);
  return unsupportedPhrases(source, link!, rewrite.sentences[0]!, []).map((item) => `${item.severity}:${item.rewrite?.text}`);
}

function sentenceSeverity(sourceText: string, rewriteText: string) {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const [link] = align(source, rewrite);
  return unsupportedSentence(source, link!, rewrite.sentences[0]!).severity;
}

describe("unsupportedPhrases", () => {
  it("finds a run of words the source never uses", () => {
    expect(phrases(
      "Bob Varne's paintings will hang in the Ostley museum from May.",
      "Bob Varne's paintings, loved by retired schoolteachers everywhere, will hang in the Ostley museum from May.",
    )).toEqual(["medium:loved by retired schoolteachers"]);
  });

  it("does not count a vote written another way as invented", () => {
    expect(phrases("The council voted 9-4 on Monday to approve the plan.", "The council voted 9 to 4 on Monday to approve the plan.")).toEqual([]);
  });

  it("does not count words about the text itself as invented", () => {
    expect(phrases(
      "Bob Varne's paintings will hang in the Ostley museum from May.",
      "The second half of the document discusses Bob Varne's paintings, which will hang in the Ostley museum from May.",
    )).toEqual([]);
  });
  it("leaves a number the source states, written with another unit word, to the number checks", () => {
    expect(phrases(
      "Shelter costs in Varrow rose 5.0% in August.",
      "Shelter costs in Varrow were up 5 percent in August.",
    )).toEqual([]);
  });

  it("still counts a number the source does not state as invented", () => {
    expect(phrases(
      "Shelter costs in Varrow rose in August.",
      "Shelter costs in Varrow rose 5 percent in August.",
    )).toEqual(["medium:5 percent"]);
  });

  it("does not count a more general word for a word of the supporting sentence as invented", () => {
    expect(phrases(
      "Many residents of the Ardley valley may simply have fled without telling relatives, Brandt said.",
      "Many residents of the Ardley valley may simply have left without informing their families, Brandt said.",
    )).toEqual(["low:informing their families"]);
  });

  it("still counts a more specific word than the source's as invented", () => {
    expect(phrases(
      "Many residents may have left the valley without telling anyone, police said.",
      "Many residents may have fled sobbing and shouting from the valley without telling anyone, police said.",
    )).toEqual(["medium:fled sobbing and shouting"]);
  });

  it("does not count a name the source writes in another form as invented", () => {
    expect(phrases(
      "The Corvane deal needs approval from competition regulators in the United States and the European Union.",
      "The Corvane deal needs approval from U.S. and EU competition regulators.",
    )).toEqual([]);
  });

  it("still counts a news event noun such as a meeting as invented", () => {
    expect(phrases(
      "Bob Varne's paintings will hang in the Ostley museum from May.",
      "Bob Varne's paintings, praised at a donors meeting, will hang in the Ostley museum from May.",
    )).toEqual(["medium:praised at a donors meeting"]);
  });
});

describe("unsupportedSentence", () => {
  it("calls a sentence of new words invented", () => {
    expect(sentenceSeverity("The Varrow council met on Tuesday to set the budget.", "Residents protested loudly outside.")).toBe("medium");
  });

  it("leaves framing words out of the share of new words", () => {
    // Without "speakers" and "debated" only "remote" and "buttons" are left, both in the source.
    expect(sentenceSeverity(
      "We need a remote with fewer buttons. The buttons confuse people.",
      "The speakers debated the remote buttons.",
    )).toBe("low");
  });
});

describe("unsupportedSentence severity", () => {
  it("is high when an invented sentence brings a name the source does not have", () => {
    expect(sentenceSeverity("Ovid Marek flew to Lisbon in May.", "Greta Holm envied the sunny weather.")).toBe("high");
  });

  it("stays medium when the names in it are the source's own", () => {
    expect(sentenceSeverity("Ovid Marek flew to Lisbon in May.", "Ovid Marek's friends envied the sunny weather in Lisbon.")).toBe("medium");
  });
});
