import { describe, expect, it } from "vitest";
import {
  addCredit,
  addSentence,
  alterQuote,
  changeDate,
  changeName,
  changeNumber,
  changeSpeaker,
  dropAttribution,
  dropCredit,
  dropSentences,
  mergeSentences,
  paraphrase,
  reorderSentences,
} from "./operations.js";
import { createRandom } from "./random.js";
import { parseDoc, renderDoc, type Doc } from "./sentences.js";

const STORY = [
  "Harlow Mills said on Tuesday it would cut 1,200 jobs at its plant in Eastport.",
  "The company's chief executive, Ida Berg, said demand for paper had collapsed.",
  '"We had no other choice but to act," said Ida Berg.',
  "Workers at the plant earn about 41,000 dollars a year, according to Tom Lind.",
  "The union plans a large protest next week.",
  "Reuter",
].join("\n");

const texts = (doc: Doc): string[] => doc.map((sentence) => sentence.text);
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe("dropSentences", () => {
  it("drops the asked number of body sentences, never the lead or the credit", () => {
    for (const seed of seeds) {
      const outcome = dropSentences(parseDoc(STORY), createRandom(seed), 2)!;
      expect(outcome.doc).toHaveLength(4);
      expect(outcome.doc[0]!.text).toMatch(/^Harlow Mills/);
      expect(outcome.doc[3]!.text).toBe("Reuter");
      for (const dropped of outcome.applied.from!.split(" | ")) expect(texts(outcome.doc)).not.toContain(dropped);
    }
  });

  it("keeps at least three body sentences", () => {
    const outcome = dropSentences(parseDoc(STORY), createRandom(1), 10)!;
    expect(outcome.doc.filter((s) => s.text !== "Reuter")).toHaveLength(3);
  });

  it("does not apply to a three-sentence text", () => {
    expect(dropSentences(parseDoc("One here. Two here. Three here."), createRandom(1), 1)).toBeNull();
  });
});

describe("mergeSentences", () => {
  it("joins two adjacent sentences into one that holds both", () => {
    for (const seed of seeds) {
      const outcome = mergeSentences(parseDoc(STORY), createRandom(seed))!;
      expect(outcome.doc).toHaveLength(5);
      const merged = outcome.applied.to!;
      expect(texts(outcome.doc)).toContain(merged);
      expect(merged).toMatch(/(, and |; |, while )/);
    }
  });

  it("lower-cases a common opener of the second sentence", () => {
    const outcome = mergeSentences(parseDoc("Ida Berg left early. The meeting went on. Tom Lind stayed. Rain fell."), createRandom(3))!;
    expect(outcome.applied.to).not.toMatch(/(, and |; |, while )The /);
  });
});

describe("reorderSentences", () => {
  it("moves one sentence and keeps the lead and every sentence", () => {
    for (const seed of seeds) {
      const before = parseDoc(STORY);
      const outcome = reorderSentences(before, createRandom(seed))!;
      expect(outcome.doc[0]).toEqual(before[0]);
      expect([...texts(outcome.doc)].sort()).toEqual([...texts(before)].sort());
      expect(texts(outcome.doc)).not.toEqual(texts(before));
    }
  });
});

describe("paraphrase", () => {
  it("swaps words for synonyms and leaves names and numbers alone", () => {
    const outcome = paraphrase(parseDoc(STORY), createRandom(2), 1)!;
    const text = renderDoc(outcome.doc);
    expect(outcome.applied.detail).toMatch(/^[1-9]\d* words swapped/);
    expect(text).not.toBe(renderDoc(parseDoc(STORY)));
    for (const kept of ["Harlow Mills", "1,200", "Eastport", "Ida Berg", "41,000", "Tom Lind"]) expect(text).toContain(kept);
  });

  it("does nothing at rate 0", () => {
    expect(paraphrase(parseDoc(STORY), createRandom(2), 0)).toBeNull();
  });
});

describe("changeNumber", () => {
  it("changes exactly one number and records it", () => {
    for (const seed of seeds) {
      const outcome = changeNumber(parseDoc(STORY), createRandom(seed))!;
      const { from, to } = outcome.applied;
      expect(["1,200", "41,000"]).toContain(from);
      expect(to).not.toBe(from);
      expect(to).toMatch(/^\d{1,3}(,\d{3})*$/);
      expect(renderDoc(outcome.doc)).toBe(renderDoc(parseDoc(STORY)).replace(from!, to!));
    }
  });

  it("changes money amounts with a suffix and keeps the suffix", () => {
    const outcome = changeNumber(parseDoc("Profits rose to $1.13bn from the 2nd quarter's NP1 figure."), createRandom(1))!;
    expect(outcome.applied.from).toBe("1.13");
    expect(renderDoc(outcome.doc)).toMatch(/^Profits rose to \$\d+\.\d\dbn from the 2nd quarter's NP1 figure\.$/);
  });

  it("leaves years and days of the month to changeDate", () => {
    expect(changeNumber(parseDoc("The mill opened in 1987. It closed on March 3."), createRandom(1))).toBeNull();
  });
});

describe("changeDate", () => {
  it("swaps a weekday for another one", () => {
    const outcome = changeDate(parseDoc("The mill closed on Tuesday."), createRandom(4))!;
    expect(outcome.applied.from).toBe("Tuesday");
    expect(outcome.applied.to).toMatch(/^(Monday|Wednesday|Thursday|Friday|Saturday|Sunday)$/);
  });

  it("changes a month, a day of the month or a year", () => {
    for (const seed of seeds) {
      const outcome = changeDate(parseDoc("The mill opened on March 3, 1987."), createRandom(seed))!;
      expect(["March", "3", "1987"]).toContain(outcome.applied.from);
      expect(renderDoc(outcome.doc)).not.toBe("The mill opened on March 3, 1987.");
    }
  });

  it("does not take the verb may for the month", () => {
    expect(changeDate(parseDoc("Prices may rise."), createRandom(1))).toBeNull();
  });
});

describe("changeName", () => {
  it("replaces one mention with another name", () => {
    for (const seed of seeds) {
      const outcome = changeName(parseDoc(STORY), createRandom(seed), ["Ola Nordmann", "Kari Holm"])!;
      const { from, to } = outcome.applied;
      expect(to).not.toBe(from);
      expect(renderDoc(outcome.doc)).toContain(to!);
    }
  });

  it("never puts a place that contains the changed one", () => {
    const doc = parseDoc("The plant in Tokyo closed. It was late. Nobody stayed.");
    for (const seed of seeds) expect(changeName(doc, createRandom(seed), ["Japan", "Kenya"])!.applied.to).toBe("Kenya");
  });

  it("leaves the avoided agency name alone", () => {
    const doc = parseDoc("(Wire A) - Ida Berg left the mill. It was late. Nobody stayed.");
    for (const seed of seeds) expect(changeName(doc, createRandom(seed), ["Kari Holm"], ["Wire A"])!.applied.from).toBe("Ida Berg");
  });
});

describe("changeSpeaker", () => {
  it("gives a statement to someone else", () => {
    for (const seed of seeds) {
      const outcome = changeSpeaker(parseDoc(STORY), createRandom(seed), ["Kari Holm"])!;
      expect(["Ida Berg", "Tom Lind", "Harlow Mills"]).toContain(outcome.applied.from);
      expect(outcome.applied.to).not.toBe(outcome.applied.from);
    }
  });

  it("does not apply without a named speaker", () => {
    expect(changeSpeaker(parseDoc("He said it was late. It rained."), createRandom(1), ["Kari Holm"])).toBeNull();
  });
});

describe("dropAttribution", () => {
  it("states a reported claim as fact, from either end of its sentence", () => {
    const removed = new Set(seeds.map((seed) => dropAttribution(parseDoc(STORY), createRandom(seed))!.applied.from));
    expect(removed).toEqual(new Set(["Harlow Mills said", "according to Tom Lind"]));
  });

  it("removes a closing credit and leaves the claim", () => {
    const outcome = dropAttribution(parseDoc("Workers at the plant earn about 41,000 dollars a year, according to Tom Lind."), createRandom(1))!;
    expect(texts(outcome.doc)).toEqual(["Workers at the plant earn about 41,000 dollars a year."]);
    expect(outcome.applied.from).toBe("according to Tom Lind");
  });

  it("removes an opening credit and its 'that'", () => {
    const outcome = dropAttribution(parseDoc("The union said that the plant would close in March."), createRandom(1))!;
    expect(texts(outcome.doc)).toEqual(["The plant would close in March."]);
  });

  it("leaves a 'said' that credits no one", () => {
    const doc = parseDoc("Having said that, the plant will close in March.\nThe suppliers are said to have inflated their bills.");
    expect(dropAttribution(doc, createRandom(1))).toBeNull();
  });

  it("leaves sentences with quotation marks and claims too short to stand alone", () => {
    expect(dropAttribution(parseDoc('"We had no other choice," said Ida Berg.\nHe said it was late.'), createRandom(1))).toBeNull();
  });
});

describe("alterQuote", () => {
  it("changes the words inside the quotation only", () => {
    for (const seed of seeds) {
      const outcome = alterQuote(parseDoc(STORY), createRandom(seed))!;
      expect(outcome.applied.from).toBe("We had no other choice but to act,");
      expect(outcome.applied.to).not.toBe(outcome.applied.from);
      expect(renderDoc(outcome.doc)).toContain(`"${outcome.applied.to}" said Ida Berg.`);
    }
  });

  it("does not apply without a quotation", () => {
    expect(alterQuote(parseDoc("Ida Berg left. It rained. Nobody came."), createRandom(1))).toBeNull();
  });
});

describe("addSentence", () => {
  it("inserts one invented sentence after the lead", () => {
    for (const seed of seeds) {
      const outcome = addSentence(parseDoc(STORY), createRandom(seed), ["Kari Holm"])!;
      expect(outcome.doc).toHaveLength(7);
      expect(outcome.doc[0]!.text).toMatch(/^Harlow Mills/);
      expect(texts(outcome.doc)).toContain(outcome.applied.to);
      expect(outcome.doc[outcome.doc.length - 1]!.text).toBe("Reuter");
    }
  });
});

describe("dropCredit and addCredit", () => {
  it("removes the closing Reuter line", () => {
    const outcome = dropCredit(parseDoc(STORY), createRandom(1))!;
    expect(texts(outcome.doc)).not.toContain("Reuter");
    expect(outcome.doc).toHaveLength(5);
  });

  it("removes an agency cue before the lead", () => {
    const outcome = dropCredit(parseDoc("(Wire B) - Ida Berg left. It rained."), createRandom(1))!;
    expect(renderDoc(outcome.doc)).toBe("Ida Berg left. It rained.");
  });

  it("credits the agency, and a second credit to it does not apply", () => {
    for (const seed of seeds) {
      const outcome = addCredit(parseDoc("Ida Berg left. It rained."), createRandom(seed), "Wire B")!;
      expect(renderDoc(outcome.doc)).toContain("Wire B");
      expect(addCredit(outcome.doc, createRandom(seed), "Wire B")).toBeNull();
    }
  });

  it("undoes each form of added credit", () => {
    for (const seed of seeds) {
      const credited = addCredit(parseDoc("Ida Berg left. It rained."), createRandom(seed), "Wire B")!.doc;
      expect(renderDoc(dropCredit(credited, createRandom(seed))!.doc)).toBe("Ida Berg left. It rained.");
    }
  });
});
