import { describe, expect, it } from "vitest";
import type { StoredArticle, StorySummary } from "../store/types.js";
import { copy, members, story, wire } from "./fixture.test-data.js";
import { buildStoryGraph } from "./graph.js";

const summary: StorySummary = { id: 1, headline: "test", size: 3, outlets: [], firstSeen: "2024-01-01", lastSeen: "2024-01-01" };

function article(id: number, outlet: string, text: string): StoredArticle {
  return { id, outlet, text, version: 1, contentHash: `h${id}`, cues: [], origin: "test", ingestedAt: `2024-01-0${id}T00:00:00Z` };
}

describe("consolidated facts", () => {
  it("groups one number across members, with the members carrying it", () => {
    const graph = buildStoryGraph(story, members);
    const jobs = graph.facts.find((fact) => fact.kind === "number" && fact.text === "12,000 jobs");
    expect(jobs?.members).toEqual([1, 2, 4]);
  });

  it("labels a number with the nouns it counts, or alone when it names them itself", () => {
    const text = "Officials opened three emergency shelters. Crews rescued 47 people from upper floors.";
    const graph = buildStoryGraph(story, [article(1, "Coastline Press", text)]);
    expect(graph.facts.filter((fact) => fact.kind === "number").map((fact) => fact.text)).toEqual(["three emergency shelters", "47 people"]);
  });

  it("keeps a quote with its speaker and every member quoting it", () => {
    const graph = buildStoryGraph(story, members);
    const quote = graph.facts.find((fact) => fact.kind === "quote");
    expect(quote?.text).toBe("We have waited too long to make these decisions, and now we must act quickly");
    expect(quote?.speakers).toEqual([{ speaker: "Ingrid Solberg", members: [1, 2, 3] }]);
  });

  it("lists named entities with their role", () => {
    const graph = buildStoryGraph(story, members);
    const solberg = graph.facts.find((fact) => fact.kind === "entity" && fact.text === "Ingrid Solberg");
    expect(solberg).toMatchObject({ slot: "speaker", entityType: "person" });
  });

  it("leaves out the credit and dateline, which describe the article rather than the event", () => {
    const graph = buildStoryGraph(story, [wire]);
    expect(graph.facts.filter((fact) => fact.kind === "entity").map((fact) => fact.text)).not.toContain("Reuters");
  });
});

describe("disagreements", () => {
  it("finds members giving different numbers for the same slot", () => {
    const graph = buildStoryGraph(story, members);
    expect(graph.disagreements).toEqual([
      {
        kind: "number",
        slot: "|job",
        message: "3 outlets say 12,000 jobs, 1 says 1,200 jobs",
        variants: [
          { text: "12,000 jobs", members: [1, 2, 4] },
          { text: "1,200 jobs", members: [3] },
        ],
      },
    ]);
  });

  it("finds none between an original and its faithful copy", () => {
    expect(buildStoryGraph(story, [wire, copy]).disagreements).toEqual([]);
  });

  it("finds none when one member states both values, so the slot holds two things", () => {
    const graph = buildStoryGraph(summary, [
      article(1, "Ledger", "Greve Foods will cut 12,000 jobs in France and 3,000 jobs in Spain, the company said."),
      article(2, "Courier", "Greve Foods will cut 12,000 jobs in France, the company said."),
      article(3, "Herald", "Greve Foods will cut 3,000 jobs in Spain, the company said."),
    ]);
    expect(graph.disagreements).toEqual([]);
  });

  it("finds a changed count when the rewrite names it with another noun in a sentence saying the same thing", () => {
    const lead = "The river burst its banks in Dunmore early on Monday after two days of heavy rain, flooding about 300 homes and forcing some 2,300 residents to leave the low-lying districts, officials said.";
    const rewrite = [
      "About 3,200 people have been evacuated from their homes in Dunmore after the river burst its banks early on Monday following two days of heavy rain.",
      "Officials said around 300 homes in the low-lying districts were under water.",
    ].join(" ");
    const graph = buildStoryGraph(summary, [article(1, "Ledger", lead), article(2, "Courier", lead), article(3, "Herald", rewrite)]);
    expect(graph.disagreements.map((d) => d.variants)).toEqual([
      [
        { text: "2,300 residents", members: [1, 2] },
        { text: "3,200 people", members: [3] },
      ],
    ]);
  });

  it("finds none in a faithful rewrite that splits a sentence and names its counts with other nouns", () => {
    const lead = "The river burst its banks in Dunmore early on Monday, flooding about 300 homes and forcing some 2,300 residents to leave, officials said.";
    const rewrite = [
      "Some 2,300 people had to leave their homes in Dunmore after the river burst its banks early on Monday.",
      "Officials said about 300 houses were flooded.",
    ].join(" ");
    const graph = buildStoryGraph(summary, [article(1, "Ledger", lead), article(2, "Herald", rewrite)]);
    expect(graph.disagreements).toEqual([]);
  });

  it("keeps two values one member gives in two alike sentences as two facts", () => {
    const both = "Sandvik Rail will build 40 carriages in Ostrava next year, the company said. Sandvik Rail will build 12 locomotives in Ostrava next year, the company said.";
    const one = "Sandvik Rail will build 40 carriages in Ostrava next year, the company said.";
    const graph = buildStoryGraph(summary, [article(1, "Ledger", both), article(2, "Courier", both), article(3, "Herald", one)]);
    expect(graph.disagreements).toEqual([]);
    const numbers = graph.facts.filter((fact) => fact.kind === "number").map((fact) => [fact.text, fact.members]);
    expect(numbers).toEqual([
      ["40 carriages", [1, 2, 3]],
      ["12 locomotives", [1, 2]],
    ]);
  });

  it("never sets a sum of money against a count, however alike the sentences", () => {
    const graph = buildStoryGraph(summary, [
      article(1, "Ledger", "Floods in Tarvik last week cost $12 million, officials said on Friday."),
      article(2, "Herald", "Floods in Tarvik last week sank 300 boats, officials said on Friday."),
    ]);
    expect(graph.disagreements).toEqual([]);
  });

  it("finds a changed date in sentences that say the same thing", () => {
    const graph = buildStoryGraph(summary, [
      article(1, "Ledger", "Minister Ada Lenz plans to meet both sides in Varno on Nov 11, the ministry said in a statement."),
      article(2, "Herald", "Lenz plans to sit down with both sides in Varno on Nov 14, the ministry said."),
    ]);
    expect(graph.disagreements.map((d) => [d.kind, d.message])).toEqual([["date", "1 outlet says Nov 11, 1 says Nov 14"]]);
  });

  it("finds a quote attributed to two different people", () => {
    const graph = buildStoryGraph(summary, [
      article(1, "Ledger", 'Floods cut the town in two. "We will rebuild the bridge before winter," said Mayor Tomas Brekke.'),
      article(2, "Courier", '"We will rebuild the bridge before winter," Brekke told reporters.'),
      article(3, "Herald", '"We will rebuild the bridge before winter," said Anja Holm, the council leader.'),
    ]);
    const [disagreement] = graph.disagreements;
    expect(disagreement?.kind).toBe("quote-speaker");
    expect(disagreement?.message).toBe(
      'The quote "We will rebuild the bridge before winter" is attributed to two different people: Tomas Brekke (2 outlets), Anja Holm (1 outlet)',
    );
  });

  it("finds members giving different dates for the same event", () => {
    const graph = buildStoryGraph(summary, [
      article(1, "Ledger", "The new tolls take effect on April 1, 2024, the ministry said."),
      article(2, "Courier", "The new tolls take effect on April 1, 2024, the ministry said on Friday."),
      article(3, "Herald", "The new tolls take effect on April 3, 2024, the ministry said."),
    ]);
    expect(graph.disagreements.map((d) => [d.kind, d.message])).toEqual([["date", "2 outlets say April 1, 2024, 1 says April 3, 2024"]]);
  });

  it("counts articles rather than outlets when one outlet has several members", () => {
    const graph = buildStoryGraph(summary, [
      article(1, "Ledger", "The storm destroyed 40 homes in the valley, officials said."),
      article(2, "Ledger", "The storm destroyed 40 homes in the valley, officials said on Monday."),
      article(3, "Herald", "The storm destroyed 400 homes in the valley, officials said."),
    ]);
    expect(graph.disagreements.map((d) => d.message)).toEqual(["2 articles say 40 homes, 1 says 400 homes"]);
  });
});
