import { describe, expect, it } from "vitest";
import { downloadName, isHtmlFile, paragraphs, relationLabel, safeHttpUrl } from "./format.js";

describe("safeHttpUrl", () => {
  it("keeps http and https URLs", () => {
    expect(safeHttpUrl("https://gazette.example/a?b=1")).toBe("https://gazette.example/a?b=1");
  });

  it("refuses script and data URLs, whatever their case", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl(" JavaScript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<b>x</b>")).toBeNull();
  });

  it("refuses relative and empty URLs", () => {
    expect(safeHttpUrl("/articles/2")).toBeNull();
    expect(safeHttpUrl("")).toBeNull();
  });
});

describe("isHtmlFile", () => {
  it("knows HTML by extension or by type", () => {
    expect(isHtmlFile("story.HTM", "")).toBe(true);
    expect(isHtmlFile("page", "text/html")).toBe(true);
    expect(isHtmlFile("notes.txt", "text/plain")).toBe(false);
  });
});

describe("downloadName", () => {
  it("builds a file name from the title", () => {
    expect(downloadName("Port strike: day 8!", "json")).toBe("wiretrace-port-strike-day-8.json");
  });

  it("falls back when the title has no usable characters", () => {
    expect(downloadName("¿¡", "html")).toBe("wiretrace-compare.html");
    expect(downloadName(undefined, "html")).toBe("wiretrace-compare.html");
  });
});

describe("paragraphs", () => {
  it("splits at line breaks and drops blank lines", () => {
    expect(paragraphs("One.\r\n\r\n  Two. \nThree.")).toEqual(["One.", "Two.", "Three."]);
  });
});

describe("relationLabel", () => {
  it("says relations as people read them", () => {
    expect(relationLabel("partial")).toBe("Partial rewrite");
    expect(relationLabel("something-new")).toBe("something-new");
  });
});
