import { describe, expect, it } from "vitest";
import { checkPredicate } from "./predicate.js";
import { runCheck } from "./pair.test-data.js";

function pairsFound(source: string, rewrite: string): (string | undefined)[][] {
  return runCheck(checkPredicate, source, rewrite).map((item) => [item.rewrite?.text, item.source?.text]);
}

describe("checkPredicate", () => {
  it("finds a different verb between the same words", () => {
    expect(pairsFound("The Marlow council approved the harbour plan on Monday.", "The Marlow council delayed the harbour plan on Monday.")).toEqual([["delayed", "approved"]]);
  });

  it("reports it as a low meaning-changed finding that names both words", () => {
    const [found] = runCheck(checkPredicate, "The Marlow council approved the harbour plan on Monday.", "The Marlow council delayed the harbour plan on Monday.");
    expect([found?.type, found?.severity, found?.message]).toEqual(["meaning-changed", "low", 'The rewrite says "delayed" where the source says "approved".']);
  });

  it("finds a different adjective said of the same noun", () => {
    expect(pairsFound("Mr. Okafor chose a comprehensive health plan for his family.", "Mr. Okafor chose a basic health plan for his family.")).toEqual([["basic", "comprehensive"]]);
  });

  it("flags a fall that became a doubling: a different claim, whatever the numbers say", () => {
    expect(pairsFound("Shares of Tallis Foods fell on Tuesday.", "Shares of Tallis Foods doubled on Tuesday.")).toEqual([["doubled", "fell"]]);
  });

  it("leaves opposites to checkMeaning", () => {
    expect(pairsFound("The Marlow council approved the harbour plan.", "The Marlow council rejected the harbour plan.")).toEqual([]);
  });

  it("stays silent on a synonym", () => {
    expect(pairsFound("Brenmoor Holdings bought the Castell shipyard in May.", "Brenmoor Holdings purchased the Castell shipyard in May.")).toEqual([]);
  });

  it("stays silent on a more general verb", () => {
    expect(pairsFound("Brenmoor Holdings purchased the Castell shipyard in May.", "Brenmoor Holdings acquired the Castell shipyard in May.")).toEqual([]);
  });

  it("stays silent when one reporting verb replaces another", () => {
    expect(pairsFound("Mayor Ilse Varga said the bridge would reopen in June.", "Mayor Ilse Varga announced the bridge would reopen in June.")).toEqual([]);
  });

  it("stays silent when the source's verb lives on in a related noun", () => {
    expect(pairsFound("The Farrow Rovers won the regional cup final on Sunday.", "The Farrow Rovers claimed victory in the regional cup final on Sunday.")).toEqual([]);
  });

  it("stays silent on one word written with and without a hyphen", () => {
    expect(pairsFound("Delcom counter-sued Pellar Systems for breach of contract.", "Delcom countersued Pellar Systems for breach of contract.")).toEqual([]);
  });

  it("ignores a new verb whose neighbours differ from the source word's", () => {
    expect(pairsFound("The Marlow council approved the harbour plan on Monday.", "On Monday the Marlow council praised residents for the harbour plan.")).toEqual([]);
  });
});
