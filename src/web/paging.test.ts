import { describe, expect, it } from "vitest";
import { pageWindow } from "./paging.js";

describe("pageWindow", () => {
  it("reads the offset from the query", () => {
    expect(pageWindow("?offset=50", 50)).toEqual({ limit: 50, offset: 50 });
  });

  it("starts at 0 for a missing or malformed offset", () => {
    expect(pageWindow("", 50).offset).toBe(0);
    expect(pageWindow("?offset=-5", 50).offset).toBe(0);
  });
});
