import { describe, expect, it } from "vitest";
import { timeOf } from "./instant.js";

describe("timeOf", () => {
  it("reads an ISO time with its zone as an instant", () => {
    expect(timeOf("2026-11-05T10:40:00+01:00")).toBe(Date.UTC(2026, 10, 5, 9, 40));
  });

  it("is undefined for no time and for text that is no time", () => {
    expect([timeOf(undefined), timeOf(""), timeOf("soon")]).toEqual([undefined, undefined, undefined]);
  });
});
