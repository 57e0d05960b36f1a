import { describe, it, expect } from "vitest";
import { looksEnglish, overlongRun } from "./language.js";

describe("looksEnglish", () => {
  it("accepts English news prose", () => {
    expect(looksEnglish("Flood waters rose overnight in Carrow. Officials have told residents to stay indoors.")).toBe(true);
  });

  it("accepts terse English headline copy", () => {
    expect(looksEnglish("MAYOR PROMISES NEW PARKS. Ivo Lam, 52, won by a wide margin. He takes office in March.")).toBe(true);
  });

  it("rejects French", () => {
    expect(looksEnglish("Les eaux sont montées pendant la nuit à Carrow. Les autorités ont demandé aux habitants de rester chez eux.")).toBe(false);
  });

  it("rejects German", () => {
    expect(looksEnglish("Das Hochwasser stieg in der Nacht in Carrow. Die Behörden haben die Bewohner aufgefordert, zu Hause zu bleiben.")).toBe(false);
  });

  it("rejects Spanish", () => {
    expect(looksEnglish("Las aguas subieron durante la noche en Carrow. Las autoridades pidieron a los vecinos que se quedaran en casa.")).toBe(false);
  });

  it("counts texts under eight words as English", () => {
    expect(looksEnglish("Hochwasser in Carrow gestiegen")).toBe(true);
  });
});

describe("looksEnglish on terse English", () => {
  it("accepts a market report sentence with few function words", () => {
    expect(looksEnglish("Shares of Nordvik Mining rose 45 cents, or 3.2 percent, to $14.50 in late Nasdaq trading Tuesday.")).toBe(true);
  });
});

describe("overlongRun", () => {
  it("passes prose with a long link in it", () => {
    expect(overlongRun(`Read it at https://example.test/${"a".repeat(1_500)} before Friday.`)).toBe(0);
  });

  it("gives the length of a run of data with no space", () => {
    expect(overlongRun(`Image: ${"x".repeat(6_000)}\nCaption.`)).toBe(6_000);
    expect(overlongRun("y".repeat(7_000))).toBe(7_000);
  });
});
