import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import type { QuoteAtom } from "../analyze/types.js";
import { pronounMayMean, pronounUnsure, speakerLabel } from "./pronoun-speaker.js";

function lastQuote(text: string): { source: ReturnType<typeof analyze>; quote: QuoteAtom } {
  const source = analyze(text);
  const quotes = source.sentences.flatMap((sentence) => sentence.atoms).filter((atom): atom is QuoteAtom => atom.kind === "quote");
  return { source, quote: quotes.at(-1)! };
}

describe("pronounMayMean", () => {
  const text = 'Tom Reddy left early. Shares fell. Helen Marsh spoke next. "We are buying fewer items on every visit," she said.';

  it("lets a pronoun speaker stand for a person named in the two sentences before", () => {
    const { source, quote } = lastQuote(text);
    expect(pronounMayMean(source, quote, "helen marsh")).toBe(true);
  });

  it("does not reach a person named further back", () => {
    const { source, quote } = lastQuote(text);
    expect(pronounMayMean(source, quote, "tom reddy")).toBe(false);
  });

  it("lets a pronoun stand for whoever says something just before", () => {
    const { source, quote } = lastQuote('Marsh said costs were rising. "We are buying fewer items on every visit," she said.');
    expect(pronounMayMean(source, quote, "marsh")).toBe(true);
  });

  it("lets a pronoun stand for a surname that opens the sentence before with its role", () => {
    const { source, quote } = lastQuote('Okonjo, a lawyer for the union, left the talks in Port Ellis early. "We will not sign anything tonight," he said.');
    expect(pronounMayMean(source, quote, "ada okonjo")).toBe(true);
  });

  it("lets a pronoun with nobody named near it stand for anyone", () => {
    const { source, quote } = lastQuote('Shares fell. "We are buying fewer items on every visit," she said.');
    expect(pronounMayMean(source, quote, "tom reddy")).toBe(true);
  });

  it("leaves a named speaker to the name", () => {
    const { source, quote } = lastQuote('Helen Marsh spoke next. "We are buying fewer items on every visit," Tom Reddy said.');
    expect(pronounMayMean(source, quote, "helen marsh")).toBe(false);
  });
});

describe("speakerLabel", () => {
  it("shows who a pronoun speaker was taken for", () => {
    const { source, quote } = lastQuote('Helen Okafor spoke next. "We are buying fewer items on every visit," she said.');
    expect(speakerLabel(source, quote)).toBe('"she" (Helen Okafor)');
  });

  it("writes a name wrapped across two lines on one", () => {
    const { source, quote } = lastQuote('The talks on the port were led by the\nfinance minister, Helen\nOkafor. "We are buying fewer items\non every visit," she said.');
    expect(speakerLabel(source, quote)).toBe('"she" (Helen Okafor)');
  });

  it("shows a named speaker as written", () => {
    const { source, quote } = lastQuote('"We are buying fewer items on every visit," Marsh said.');
    expect(speakerLabel(source, quote)).toBe('"Marsh"');
  });
});

describe("pronounUnsure", () => {
  it("is sure of 'she' taken for a person", () => {
    const { source, quote } = lastQuote('Helen Okafor spoke next. "We are buying fewer items on every visit," she said.');
    expect(pronounUnsure(source, quote)).toBe(false);
  });

  it("is unsure of 'he' taken for a group", () => {
    const { source, quote } = lastQuote('The Tories met first. "We are buying fewer items on every visit," he said.');
    expect(pronounUnsure(source, quote)).toBe(true);
  });

  it("is unsure of 'she' taken for a man the text calls 'he'", () => {
    const { source, quote } = lastQuote('Tony Blair said he would stay. "We are buying fewer items on every visit," she said.');
    expect(pronounUnsure(source, quote)).toBe(true);
  });

  it("is unsure of 'it'", () => {
    const { source, quote } = lastQuote('Calloway Foods Ltd met first. "We are buying fewer items on every visit," it said.');
    expect(pronounUnsure(source, quote)).toBe(true);
  });
});
