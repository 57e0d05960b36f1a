import { describe, expect, it } from "vitest";
import { compare } from "./index.js";

describe("compare across calls in one process", () => {
  it("gives the same report whatever was compared before it", async () => {
    const source = "Tessaly Brandt, Orlenfield's chief executive, said sales rose 4% in March.";
    const rewrite = "Sales rose 4% in March, said Tessaly Brandt, Orlenfield's chief executive.";
    const first = await compare(source, rewrite, { encoder: null });
    await compare("Shares of Orlenfield's.", "Investors sold shares of Orlenfield's.", { encoder: null });
    expect(await compare(source, rewrite, { encoder: null })).toEqual(first);
  });
});
