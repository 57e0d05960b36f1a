import { describe, expect, it } from "vitest";
import { checkModifierSwap } from "./modifier-swap.js";
import { runCheck } from "./pair.test-data.js";

const found = (source: string, rewrite: string) => runCheck(checkModifierSwap, source, rewrite).map((item) => `${item.rewrite?.text} / ${item.source?.text}`);

const SOURCE = "The city is seeking a further $500 million from the federal government for the line.";

describe("checkModifierSwap", () => {
  it("flags a kind-of adjective swapped on a kept noun", () => {
    expect(found(SOURCE, "The city is seeking a further $500 million from the provincial government for the line."))
      .toEqual(["provincial government / federal government"]);
  });

  it("accepts the source's own adjective", () => {
    expect(found(SOURCE, "The city wants another $500 million from the federal government for the line.")).toEqual([]);
  });

  it("accepts a descriptive adjective restated with another", () => {
    expect(found("The council approved a large increase in bus fares.", "The council approved a big increase in bus fares.")).toEqual([]);
  });

  it("leaves opposites to the opposite-word check", () => {
    expect(found("The report was paid for by public money from the city.", "The report was paid for by private money from the city.")).toEqual([]);
  });

  it("accepts an adjective added where the source has none", () => {
    expect(found("The city is seeking money from the government.", "The city is seeking money from the federal government.")).toEqual([]);
  });

  it("accepts both adjectives kept side by side", () => {
    expect(found(
      "The line needs money from the federal government and approval from the provincial government.",
      "The line needs approval from the provincial government and money from the federal government.",
    )).toEqual([]);
  });
});
