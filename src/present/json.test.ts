import { describe, expect, it } from "vitest";
import { validateReport } from "../report/validate.js";
import { fixtureReport } from "./fixture.test-data.js";
import { renderJson } from "./json.js";

describe("renderJson", () => {
  it("prints the report with two-space indents and a final newline", () => {
    const json = renderJson(fixtureReport());
    expect(json.startsWith('{\n  "schema": "wiretrace/compare@1",\n  "source": {')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });

  it("reads back as the same, valid report", () => {
    const parsed: unknown = JSON.parse(renderJson(fixtureReport()));
    expect(parsed).toEqual(fixtureReport());
    expect(validateReport(parsed).valid).toBe(true);
  });
});
