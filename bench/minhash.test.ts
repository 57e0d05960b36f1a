import { describe, expect, it } from "vitest";
import { benchMinhash } from "./minhash.js";

// Invented wire items: two are the same report sent twice with a new last sentence.
const articles = [
  "The port of Velmar reopened on Tuesday. Harbour master Ada Quill said 40 ships were waiting. Storms had closed it for a week. Fishing crews returned at dawn. Cargo fees were waived until Friday.",
  "The port of Velmar reopened on Tuesday. Harbour master Ada Quill said 40 ships were waiting. Storms had closed it for a week. Fishing crews returned at dawn. Cargo fees were suspended until Monday.",
  "Orchard growers in Brannock expect a record pear harvest. Rain in May helped the trees. Prices may fall by a tenth. Exporters are booking ships early.",
  "The central bank of Ostria held its main rate at 4.5 percent. Governor Lev Marsh cited slowing prices. Two members voted for a cut. The next meeting is in June.",
];

describe("benchMinhash", () => {
  it("reports every implementation's speed and finds the near-duplicate and derived pairs", async () => {
    const result = await benchMinhash({ articles, rounds: 1, minRoundSeconds: 0.01 });
    for (const rate of Object.values(result.signaturesPerSecond)) expect(rate).toBeGreaterThan(0);
    expect(result.lsh.naturalPairs).toBe(1);
    expect(result.lsh.recall).toBe(1);
    expect(result.entries.some((entry) => entry.metric === "ours / minhash")).toBe(true);
  });
});
