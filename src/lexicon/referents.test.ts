import { describe, expect, it } from "vitest";
import { namesPeople, namesPlace, nameSameReferent, placeWithin } from "./index.js";

describe("nameSameReferent", () => {
  it("is true for two names of one country in one synset", () => {
    expect(nameSameReferent("UK", "Britain")).toBe(true);
    expect(nameSameReferent("United States", "US")).toBe(true);
  });

  it("is true for an adjective and the country it pertains to", () => {
    expect(nameSameReferent("British", "United Kingdom")).toBe(true);
    expect(nameSameReferent("Swedish", "Sweden")).toBe(true);
  });

  it("is true for a people, singular or plural, and its country", () => {
    expect(nameSameReferent("Turk", "Turkey")).toBe(true);
    expect(nameSameReferent("Britons", "UK")).toBe(true);
  });

  it("takes a place's first proper-noun sense only", () => {
    // WordNet also files "China" under the Republic of China.
    expect(nameSameReferent("China", "Taiwan")).toBe(false);
  });

  it("is false for different countries, for a region, and for unknown names", () => {
    expect(nameSameReferent("Iraqi", "Iran")).toBe(false);
    expect(nameSameReferent("Nigerian", "African")).toBe(false);
    expect(nameSameReferent("Korvash", "Korvashi")).toBe(false);
  });
});

describe("placeWithin", () => {
  it("is true for a city inside its country, over several steps", () => {
    expect(placeWithin("Baghdad", "Iraq")).toBe(true);
    expect(placeWithin("Houston", "United States")).toBe(true);
  });

  it("is false the other way round, for a place against itself, and for unknown names", () => {
    expect(placeWithin("Iraq", "Baghdad")).toBe(false);
    expect(placeWithin("Paris", "Paris")).toBe(false);
    expect(placeWithin("Korvash", "Iraq")).toBe(false);
  });

  it("is false for neighbouring places", () => {
    expect(placeWithin("Baghdad", "Iran")).toBe(false);
  });
});

describe("namesPeople", () => {
  it("is true for a people and its adjective, singular or plural", () => {
    expect(namesPeople("German")).toBe(true);
    expect(namesPeople("Palestinians")).toBe(true);
  });

  it("is false for a place's own name and for unknown names", () => {
    expect(namesPeople("Germany")).toBe(false);
    expect(namesPeople("Chernobyl")).toBe(false);
    expect(namesPeople("Korvashi")).toBe(false);
  });
});

describe("namesPlace", () => {
  it("is true for a country and a city, however written", () => {
    expect([namesPlace("U.S."), namesPlace("United States"), namesPlace("Houston")]).toEqual([true, true, true]);
  });

  it("is false for an organisation, a person and an unknown name", () => {
    expect([namesPlace("European Community"), namesPlace("Nixon"), namesPlace("Tarvik")]).toEqual([false, false, false]);
  });
});
