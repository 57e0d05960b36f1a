import { describe, it, expect } from "vitest";
import { defaultStorePath } from "./paths.js";

describe("defaultStorePath", () => {
  it("takes WIRETRACE_DB first", () => {
    expect(defaultStorePath({ WIRETRACE_DB: "/srv/news.db", XDG_DATA_HOME: "/data" }, "/home/ada")).toBe("/srv/news.db");
  });

  it("falls back to XDG_DATA_HOME", () => {
    expect(defaultStorePath({ XDG_DATA_HOME: "/data" }, "/home/ada")).toBe("/data/wiretrace/wiretrace.db");
  });

  it("falls back to ~/.local/share", () => {
    expect(defaultStorePath({}, "/home/ada")).toBe("/home/ada/.local/share/wiretrace/wiretrace.db");
  });
});
