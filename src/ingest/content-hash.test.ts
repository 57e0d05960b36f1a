import { describe, it, expect } from "vitest";
import { contentHash, normaliseForHash } from "./content-hash.js";

describe("normaliseForHash", () => {
  it("collapses runs of whitespace, paragraph breaks included, and trims", () => {
    expect(normaliseForHash("  Roads were shut.\n\nThe mayor  spoke.\t")).toBe("Roads were shut. The mayor spoke.");
  });

  it("straightens curly quotes", () => {
    expect(normaliseForHash("\u201CWe\u2019re ready,\u201D she said.")).toBe("\"We're ready,\" she said.");
  });

  it("folds no-break spaces and compatibility characters (NFKC)", () => {
    expect(normaliseForHash("12\u00A0000 \uFB01nes")).toBe("12 000 fines");
  });

  it("drops soft hyphens and zero-width spaces", () => {
    expect(normaliseForHash("Car\u00ADrow\u200B council")).toBe("Carrow council");
  });
});

describe("contentHash", () => {
  it("is the hex SHA-256 of the normalised text", () => {
    // printf "Roads were shut." | sha256sum
    expect(contentHash("  Roads were shut. ")).toBe("0d3fbfe25ccfb928abece93bbc0b87dd2f43b01a5d42b1fcadcf3cc8b312e32e");
  });

  it("gives the text of an HTML extraction and of a plain-text copy the same hash", () => {
    const fromHtml = "Roads were shut in Carrow.\n\n\u201CStay home,\u201D the mayor said.";
    const fromText = "Roads were shut in Carrow.\n\"Stay home,\" the mayor said.\n";
    expect(contentHash(fromHtml)).toBe(contentHash(fromText));
  });

  it("tells different words apart", () => {
    expect(contentHash("Roads were shut.")).not.toBe(contentHash("Roads were open."));
  });
});
