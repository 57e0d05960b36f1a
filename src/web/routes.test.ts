import { describe, expect, it } from "vitest";
import { compareHref, parseId, routeOf, storedPairOf } from "./routes.js";

describe("routeOf", () => {
  it("sends / and /compare to the compare page", () => {
    expect(routeOf("/")).toEqual({ page: "compare" });
    expect(routeOf("/compare")).toEqual({ page: "compare" });
  });

  it("reads story and article ids", () => {
    expect(routeOf("/stories/12")).toEqual({ page: "story", id: 12 });
    expect(routeOf("/articles/3")).toEqual({ page: "article", id: 3 });
  });

  it("ignores a trailing slash", () => {
    expect(routeOf("/stories/")).toEqual({ page: "stories" });
  });

  it("refuses ids that are not positive whole numbers", () => {
    expect(routeOf("/articles/0")).toEqual({ page: "not-found" });
    expect(routeOf("/articles/abc")).toEqual({ page: "not-found" });
    expect(routeOf("/stories/1/extra")).toEqual({ page: "not-found" });
  });
});

describe("parseId", () => {
  it("rejects leading zeros, signs and numbers beyond safe integers", () => {
    expect(parseId("07")).toBeNull();
    expect(parseId("-1")).toBeNull();
    expect(parseId("99999999999999999")).toBeNull();
  });
});

describe("storedPairOf", () => {
  it("reads a stored pair from the query", () => {
    expect(storedPairOf("?source=2&rewrite=5")).toEqual({ source: 2, rewrite: 5 });
  });

  it("is null when either id is missing or malformed", () => {
    expect(storedPairOf("?source=2")).toBeNull();
    expect(storedPairOf("?source=2&rewrite=x")).toBeNull();
  });

  it("round-trips the compare link", () => {
    expect(storedPairOf(compareHref(4, 9).split("?")[1]!)).toEqual({ source: 4, rewrite: 9 });
  });
});
