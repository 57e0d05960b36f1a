import { describe, expect, it } from "vitest";
import { bracketedCodes } from "./tickers.js";

describe("bracketedCodes", () => {
  it("finds a ticker in angle brackets", () => {
    expect(bracketedCodes("Harlow Mills Inc <HMI.N> said")).toEqual([{ start: 17, end: 24 }]);
  });

  it("takes no bracket pair with a space inside", () => {
    expect(bracketedCodes("if a < b and c > d")).toEqual([]);
  });
});
