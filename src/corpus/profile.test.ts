import { describe, expect, it } from "vitest";
import { stemContainment, textProfile } from "./profile.js";

describe("textProfile", () => {
  it("keeps content-word stems and leaves stop words out", () => {
    const { stems } = textProfile("The ferries were cancelled on the river.");
    expect([...stems].sort()).toEqual(["cancel", "ferri", "river"]);
  });

  it("puts mid-sentence names and numbers ahead of common words in the query", () => {
    const { queryTerms } = textProfile("Officials said the plan would cost money. The money came from Valbridge, which paid 4,200 crowns.");
    expect(queryTerms.slice(0, 2)).toEqual(["valbridge", "200"]);
  });

  it("gives each query term once", () => {
    const { queryTerms } = textProfile("Valbridge voted. Valbridge voted again, and Valbridge won.");
    expect(queryTerms.filter((term) => term === "valbridge")).toHaveLength(1);
  });
});

describe("stemContainment", () => {
  it("is the share of the first set found in the second", () => {
    expect(stemContainment(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "x"]))).toBe(0.5);
  });

  it("is zero for an empty first set", () => {
    expect(stemContainment(new Set(), new Set(["a"]))).toBe(0);
  });
});
