import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityKeysMatch } from "./entities.js";
import { EntityKeyIndex } from "./entity-key-index.js";

/** Words that reach every route of entityKeysMatch: tails, acronyms, designators, slips, referents. */
const NAME_WORDS = [
  "maria", "alvarez", "álvarez", "jose", "josé", "f.", "ruiz", "world", "health", "organization", "who", "bank", "of",
  "england", "boe", "be", "tarvik", "corp.", "jr.", "dvd-cca", "dvd", "cca", "dvdcca", "laczynski", "lacsynski", "lacynski",
  "moqtada", "muqtada", "british", "uk", "britain", "mexican", "mexico", "crohns", "crohn", "jensens", "tim", "timothy",
  "helen", "ann", "sharkey", "von", "der", "aalst", "al-qaeda", "qaeda", "al", "shi'ites", "shiites", "ngos", "ngo",
  "non", "governmental", "organisations", "the",
];
// Mostly short keys: most routes join a one-word key with a longer one.
const nameKey = fc
  .oneof(fc.constantFrom(...NAME_WORDS).map((word) => [word]), fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 2, maxLength: 4 }))
  .map((words) => words.join(" "));

function bruteForce(keys: readonly string[], key: string): string[] {
  return [...new Set(keys)].filter((other) => entityKeysMatch(key, other)).sort();
}

describe("EntityKeyIndex", () => {
  it("finds the keys entityKeysMatch pairs with a key, as comparing with every key does", () => {
    fc.assert(
      fc.property(fc.array(nameKey, { maxLength: 20 }), nameKey, (keys, key) => {
        expect(new EntityKeyIndex(keys).matching(key).sort()).toEqual(bruteForce(keys, key));
      }),
      { numRuns: 400 },
    );
  });

  it("answers whether any key matches as the full comparison does", () => {
    fc.assert(
      fc.property(fc.array(nameKey, { maxLength: 20 }), nameKey, (keys, key) => {
        expect(new EntityKeyIndex(keys).matchesAny(key)).toBe(bruteForce(keys, key).length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it("pairs an acronym with its expansion", () => {
    expect(new EntityKeyIndex(["world health organization", "maria alvarez"]).matching("who")).toEqual(["world health organization"]);
  });

  it("pairs a name with the same words run together", () => {
    expect(new EntityKeyIndex(["dvd cca", "dvd"]).matching("dvdcca")).toEqual(["dvd cca"]);
  });

  it("pairs a single name with the same name spelt with one slip", () => {
    expect(new EntityKeyIndex(["laczynski", "lachlan"]).matching("lacsynski")).toEqual(["laczynski"]);
  });

  it("pairs a people with its country through WordNet", () => {
    expect(new EntityKeyIndex(["uk", "mexico"]).matching("british")).toEqual(["uk"]);
  });

  it("finds nothing for a name no key shares anything with", () => {
    expect(new EntityKeyIndex(["maria alvarez"]).matchesAny("tarvik")).toBe(false);
  });
});
