import { describe, expect, it } from "vitest";
import { cueNamesOutlet, outletKey } from "./outlets.js";

describe("outletKey", () => {
  it("reduces a host to its bare name", () => {
    expect(outletKey("https://www.dailycourier.co.uk/news")).toBe("dailycourier");
  });

  it("folds an agency's other names into one", () => {
    expect(outletKey("apnews.com")).toBe(outletKey("the Associated Press"));
    expect(outletKey("AFP")).toBe(outletKey("Agence France-Presse"));
  });
});

describe("cueNamesOutlet", () => {
  it("matches a cue against an outlet written as a host", () => {
    expect(cueNamesOutlet("Reuters", "reuters.com")).toBe(true);
  });

  it("is false for another outlet or a missing one", () => {
    expect(cueNamesOutlet("Reuters", "Daily Courier")).toBe(false);
    expect(cueNamesOutlet("Reuters", undefined)).toBe(false);
  });
});
