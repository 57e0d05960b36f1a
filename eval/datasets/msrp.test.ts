import { describe, expect, it } from "vitest";
import { parseMsrp } from "./msrp.js";

const HEADER = "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String";

describe("parseMsrp", () => {
  it("reads pairs after a header with a byte order mark", () => {
    const text = `${HEADER}\n1\t11\t12\tTova Reyes won.\tReyes won the vote.\n0\t21\t22\tPrices rose.\tPrices fell.\n`;
    expect(parseMsrp(text)).toEqual([
      { id: "11-12", label: 1, sentence1: "Tova Reyes won.", sentence2: "Reyes won the vote." },
      { id: "21-22", label: 0, sentence1: "Prices rose.", sentence2: "Prices fell." },
    ]);
  });

  it("keeps double quotes inside a field as text", () => {
    const text = `${HEADER}\n1\t1\t2\tHe called it "a gift.\tShe said "no" twice."\n`;
    const [pair] = parseMsrp(text);
    expect(pair?.sentence1).toBe('He called it "a gift.');
    expect(pair?.sentence2).toBe('She said "no" twice."');
  });

  it("reads Windows line endings", () => {
    expect(parseMsrp(`${HEADER}\r\n1\t1\t2\tA b.\tB a.\r\n`)).toHaveLength(1);
  });

  it("names the line of a row with missing fields", () => {
    expect(() => parseMsrp(`${HEADER}\n1\t1\t2\tonly one sentence\n`)).toThrow(/line 2/);
  });

  it("rejects an unexpected header", () => {
    expect(() => parseMsrp("label\ts1\ts2\n")).toThrow(/header/);
  });
});
