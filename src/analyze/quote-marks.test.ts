import { describe, expect, it } from "vitest";
import { findDoubleQuotes } from "./quote-marks.js";

const quoted = (text: string) => findDoubleQuotes(text).map((quote) => text.slice(quote.start, quote.end));

describe("findDoubleQuotes", () => {
  it("pairs marks in order", () => {
    expect(quoted('Ola Berg said it was "right" and "fair".')).toEqual(['"right"', '"fair"']);
  });

  it("restarts at an opening mark when an earlier mark was never closed", () => {
    expect(quoted('The "fund said. Ola Berg said it was "right," and left.')).toEqual(['"right,"']);
  });

  it("skips a closing mark whose quote opened in an earlier paragraph", () => {
    expect(quoted('the rest of it," Berg said. Then "we left," he added.')).toEqual(['"we left,"']);
  });

  it("keeps a quote whose next sentence opens with a mark as one", () => {
    expect(quoted('Berg said: "We left. "Then we came back."')).toEqual(['"We left. "Then we came back."']);
  });

  it("takes no mark between two letters for a quote", () => {
    expect(quoted('Iran"s output fell, Berg said.')).toEqual([]);
  });
});
