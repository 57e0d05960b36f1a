import { describe, expect, it } from "vitest";
import { docFor, loadedFromFile, loadedFromStore, originalText } from "./compare-input.js";

describe("docFor", () => {
  it("sends typed text as text", () => {
    expect(docFor("The mayor resigned.", null)).toEqual({ text: "The mayor resigned." });
  });

  it("is null for a blank box", () => {
    expect(docFor("  \n ", null)).toBeNull();
  });

  it("sends an unchanged uploaded HTML page as HTML", () => {
    const loaded = loadedFromFile("page.html", "text/html", "<p>Hi</p>");
    expect(docFor("<p>Hi</p>", loaded)).toEqual({ html: "<p>Hi</p>" });
  });

  it("sends the text once the loaded content was edited", () => {
    const loaded = loadedFromStore(7, "Stored words.", "#7");
    expect(docFor("Stored words, edited.", loaded)).toEqual({ text: "Stored words, edited." });
  });

  it("keeps a stored article by id while the box holds its text", () => {
    const loaded = loadedFromStore(7, "Line one.\r\nLine two.", "#7");
    expect(docFor("Line one.\nLine two.", loaded)).toEqual({ id: 7 });
  });
});

describe("originalText", () => {
  it("knows no text offsets for an HTML page", () => {
    expect(originalText({ html: "<p>x</p>" }, "<p>x</p>")).toBeUndefined();
    expect(originalText({ id: 3 }, "Stored.")).toBe("Stored.");
  });
});
