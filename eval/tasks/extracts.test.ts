import { describe, expect, it } from "vitest";
import { extractOf, paragraphsOf } from "./extracts.js";

const BLANK_LINES = ["Roads were shut.", "Schools stayed open.", "The river rose.", "Rain is due.", "Crews are ready.", "Shops closed."].join("\n\n");

describe("paragraphsOf", () => {
  it("splits at blank lines", () => {
    expect(paragraphsOf("Roads were shut.\n\nSchools stayed open.")).toEqual(["Roads were shut.", "Schools stayed open."]);
  });

  it("splits wire copy at indented lines and keeps its wrapped lines together", () => {
    expect(paragraphsOf("Roads in Carrow were\nshut on Monday.\n    Schools stayed open.")).toEqual(["Roads in Carrow were\nshut on Monday.", "Schools stayed open."]);
  });
});

describe("extractOf", () => {
  it("keeps the first four paragraphs as they are written", () => {
    expect(extractOf(BLANK_LINES, "lead", "\n\n")).toBe("Roads were shut.\n\nSchools stayed open.\n\nThe river rose.\n\nRain is due.");
  });

  it("keeps every other paragraph, from the second", () => {
    expect(extractOf(BLANK_LINES, "alternate-paragraphs", "\n\n")).toBe("Schools stayed open.\n\nRain is due.\n\nShops closed.");
  });

  it("keeps every other sentence, from the second", () => {
    expect(extractOf(BLANK_LINES, "alternate-sentences", "\n\n")).toBeNull();
    const longer = `${BLANK_LINES}\n\nPower failed.\n\nBuses ran late.`;
    expect(extractOf(longer, "alternate-sentences", "\n\n")).toBe("Schools stayed open. Rain is due. Shops closed. Buses ran late.");
  });

  it("writes the sentences of wrapped wire copy on one line", () => {
    const wrapped = "Roads in Carrow were\nshut on Monday. Schools\nstayed open.\n    The river rose\nagain. Rain is\ndue.\n    Crews are\nready. Shops\nclosed.\n    Power failed\nat noon.\n    Buses ran\nlate.";
    expect(extractOf(wrapped, "alternate-sentences", "\n    ")).toBe("Schools stayed open. Rain is due. Shops closed. Buses ran late.");
  });

  it("gives nothing for an article of fewer than five paragraphs", () => {
    expect(extractOf("Roads were shut.\n\nSchools stayed open.", "lead", "\n\n")).toBeNull();
  });
});
