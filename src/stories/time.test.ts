import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../store/types.js";
import { formatGap, orderOf } from "./time.js";

function at(published: string | undefined, ingestedAt = "2024-05-01T00:00:00Z"): StoredArticle {
  return { id: 1, text: "", version: 1, contentHash: "h", cues: [], origin: "test", ingestedAt, ...(published ? { published } : {}) };
}

describe("orderOf", () => {
  it("orders by publication time when both have one", () => {
    expect(orderOf(at("2024-05-01T09:00:00Z"), at("2024-05-01T12:00:00Z"))).toEqual({ basis: "published", gapMs: 3 * 3600_000 });
  });

  it("falls back to ingest time when a publication time is missing", () => {
    const order = orderOf(at("2024-05-01T09:00:00Z", "2024-05-02T00:00:00Z"), at(undefined, "2024-05-02T00:10:00Z"));
    expect(order).toEqual({ basis: "ingested", gapMs: 600_000 });
  });

  it("ties two dates of the same day when one has no clock time", () => {
    expect(orderOf(at("2024-05-01"), at("2024-05-01T12:00:00Z")).basis).toBe("tie");
  });

  it("gives a negative gap when the second came first", () => {
    expect(orderOf(at("2024-05-02"), at("2024-05-01")).gapMs).toBeLessThan(0);
  });
});

describe("formatGap", () => {
  it("speaks in minutes, hours or days", () => {
    expect(formatGap(25 * 60_000)).toBe("25 min");
    expect(formatGap(3 * 3600_000)).toBe("3 h");
    expect(formatGap(3 * 86_400_000)).toBe("3 days");
  });
});
