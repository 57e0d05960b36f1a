import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataFolder, dataRoot, DataMissingError, repoRoot } from "./paths.js";

describe("dataRoot", () => {
  it("defaults to ../shared/data beside the repository", () => {
    expect(dataRoot({})).toBe(path.resolve(repoRoot, "../shared/data"));
  });

  it("follows WIRETRACE_DATA when set", () => {
    expect(dataRoot({ WIRETRACE_DATA: "/srv/labelled" })).toBe(path.resolve("/srv/labelled"));
  });
});

describe("dataFolder", () => {
  it("throws a one-line DataMissingError naming the folder and the fix", () => {
    const attempt = () => dataFolder("msrp", { WIRETRACE_DATA: "/nonexistent/wiretrace-data" });
    expect(attempt).toThrow(DataMissingError);
    expect(attempt).toThrow(/msrp.*\/nonexistent\/wiretrace-data.*WIRETRACE_DATA/);
  });
});
