import { describe, expect, it } from "vitest";
import { EntityIndex } from "./entity-index.js";
import type { EntityAtom, EntityType } from "./types.js";

const entity = (text: string, start: number, type: EntityType): EntityAtom => ({ kind: "entity", text, start, end: start + text.length, type, key: text.toLowerCase() });

// "Ann Lee of Veltra met Bo Tam. Later she left."
const ann = entity("Ann Lee", 0, "person");
const veltra = entity("Veltra", 11, "organization");
const bo = entity("Bo Tam", 22, "other");
const index = new EntityIndex([ann, veltra, bo]);

describe("EntityIndex", () => {
  it("finds the first entity starting at or after a position", () => {
    expect(index.firstStartingFrom(1)).toBe(veltra);
    expect(index.firstStartingFrom(40)).toBeNull();
  });

  it("finds the entity ending exactly at a position", () => {
    expect(index.firstEndingAt(17)).toBe(veltra);
    expect(index.firstEndingAt(16)).toBeNull();
  });

  it("takes the last person or untyped name before the anchor for he or she, the last organisation for it", () => {
    expect(index.antecedent("she", 35)).toBe(bo);
    expect(index.antecedent("he", 20)).toBe(ann);
    expect(index.antecedent("it", 35)).toBe(veltra);
    expect(index.antecedent("it", 5)).toBeNull();
  });

  it("does not take a person whose given name is a woman's for he", () => {
    // "Analyst Tom Bray spoke. Martha Seger said the rise was slow. He added ..."
    const bray = entity("Tom Bray", 8, "person");
    const seger = { ...entity("Martha Seger", 24, "person"), pronoun: "she" as const };
    const index2 = new EntityIndex([bray, seger]);
    expect(index2.antecedent("he", 70)).toBe(bray);
    expect(index2.antecedent("she", 70)).toBe(seger);
  });

  it("prefers a person named just before to a later one-word name of no known type for he or she", () => {
    // "Analyst Olivier Bray said Yahoo erred. He added ..."
    const bray = entity("Olivier Bray", 8, "person");
    const yahoo = entity("Yahoo", 26, "other");
    expect(new EntityIndex([bray, yahoo]).antecedent("he", 40)).toBe(bray);
  });
});
