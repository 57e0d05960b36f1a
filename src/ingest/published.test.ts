import { describe, it, expect } from "vitest";
import { normalisePublished } from "./published.js";

describe("normalisePublished", () => {
  it("turns an RFC 822 feed date into a UTC instant", () => {
    expect(normalisePublished("Sun, 03 Mar 2024 10:00:00 GMT")).toBe("2024-03-03T10:00:00.000Z");
  });

  it("applies a numeric zone", () => {
    expect(normalisePublished("Sun, 03 Mar 2024 10:00:00 +0200")).toBe("2024-03-03T08:00:00.000Z");
  });

  it("keeps an ISO date or date-time as written", () => {
    expect([normalisePublished("2024-03-03"), normalisePublished("2024-03-03 10:15")]).toEqual(["2024-03-03", "2024-03-03T10:15"]);
  });

  it("turns an ISO date-time with a zone into UTC, so stored times sort as text", () => {
    expect(normalisePublished("2026-11-04T09:55:00-05:00")).toBe("2026-11-04T14:55:00.000Z");
  });

  it("keeps a day without a time as a day", () => {
    expect(normalisePublished("March 3, 2024")).toBe("2024-03-03");
  });

  it("keeps a time without a zone as wall-clock time", () => {
    expect(normalisePublished("26-FEB-1987 15:01:01.79")).toBe("1987-02-26T15:01:01");
  });

  it("converts a Date", () => {
    expect(normalisePublished(new Date(Date.UTC(2024, 2, 3, 10)))).toBe("2024-03-03T10:00:00.000Z");
  });

  it.each(["yesterday", "March 2024", "soon", "3 March 2024 and later", "", "2024-13-45"])("gives undefined for %j", (value) => {
    expect(normalisePublished(value)).toBeUndefined();
  });

  it("gives undefined for an invalid Date", () => {
    expect(normalisePublished(new Date(Number.NaN))).toBeUndefined();
  });
});
