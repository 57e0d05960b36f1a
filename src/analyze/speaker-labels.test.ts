import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities.js";
import { extractSpeakerLabels } from "./speaker-labels.js";

function labels(text: string): string[] {
  return extractSpeakerLabels(text, extractEntities(text)).map((atom) => `${atom.speakerSpan.text}:${atom.speaker}`);
}

describe("extractSpeakerLabels", () => {
  it("reads a transcript's capitalised labels as the people the text introduces", () => {
    const text = "Rena Kolt questioned Governor Oren Dask on Sunday.\n\nKOLT: Will the bridge open?\n\nDASK: It opens in May.";
    expect(labels(text)).toEqual(["KOLT:kolt", "DASK:dask"]);
  });

  it("reads a headline's name and colon as who says the headline", () => {
    expect(labels("Rena Kolt: The bridge opens in May\n\nThe mayor, Rena Kolt, said on Sunday that work is done.")).toEqual(["Rena Kolt:rena kolt"]);
  });

  it("takes a poll as the source of a headline's claim", () => {
    expect(labels("Poll: Most voters back the bridge")).toEqual(["Poll:poll"]);
  });

  it("leaves labels that name a kind of line, a role or a place", () => {
    expect(labels("Note: This story was updated.\nProject Manager: Is it easy to use?\nHARLOW: The council met.")).toEqual([]);
  });

  it("reads only a colon that follows a label opening its line", () => {
    expect(labels("The minister, Rena Kolt, said one thing: the bridge opens in May.")).toEqual([]);
  });

  it("spans the label and its colon, with the label as the speaker's span", () => {
    const text = "Rena Kolt: The bridge opens in May";
    expect(extractSpeakerLabels(text, extractEntities(text))[0]).toMatchObject({ start: 0, end: 10, text: "Rena Kolt:", cue: "label" });
  });
});
