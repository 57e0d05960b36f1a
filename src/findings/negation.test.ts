import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { checkNegation } from "./negation.js";
import { runCheckAgainstAll } from "./pair.test-data.js";

const flips = (source: string, rewrite: string) => runCheckAgainstAll(checkNegation, source, rewrite).map((finding) => finding.type);

describe("checkNegation", () => {
  it("flags a negation the rewrite drops", () => {
    expect(flips("The council did not approve the harbour plan.", "The council approved the harbour plan.")).toEqual(["negation-flipped"]);
  });

  it("marks the words either side of the negation the rewrite drops", () => {
    const [found] = runCheckAgainstAll(checkNegation, "The robot is not for sale.", "The robot is for sale.");
    expect(found?.rewrite?.text).toBe("is for");
  });

  it("marks the auxiliary with the verb whose negation the rewrite drops elsewhere in the sentence", () => {
    const [found] = runCheckAgainstAll(checkNegation, "The council had not approved the harbour plan.", "The harbour plan, the council had approved.");
    expect(found?.rewrite?.text).toBe("had approved");
  });

  it("flags a negation put into copied words though the source negates another claim nearby", () => {
    expect(flips(
      "A spokesman said Harlow Mills was confident the regulator would not block the sale.",
      "A spokesman said Harlow Mills was not confident the regulator would not block the sale.",
    )).toEqual(["negation-flipped"]);
  });

  it("flags a contracted negation put into copied words", () => {
    expect(flips(
      "A spokesman said Harlow Mills was confident the regulator would not block the sale.",
      "A spokesman said Harlow Mills wasn't confident the regulator would not block the sale.",
    )).toEqual(["negation-flipped"]);
  });

  it("leaves a negation the source also has between the same words", () => {
    expect(flips("Shares were up on Monday but were not up on Tuesday.", "Shares were not up on Tuesday.")).toEqual([]);
  });

  it("leaves a claim the source negates with other words in the same clause", () => {
    expect(flips(
      "Officials say there is no flu vaccine for children in Marrow County, and even if one were available it would cost too much.",
      "No flu vaccine is available for children in Marrow County.",
    )).toEqual([]);
  });

  it("reads a verb such as 'failed to' as the source's negation", () => {
    expect(flips(
      "The inspector was blamed for failing to report the leak at the Dunmore plant.",
      "The inspector was blamed for not reporting the leak at the Dunmore plant.",
    )).toEqual([]);
  });

  it("leaves a negation the source has on the same word, whatever follows it", () => {
    expect(flips(
      "The court ruled that detention without trial was unlawful. It said the law breaks human rights rules.",
      "The court said detention without trial breaks human rights rules.",
    )).toEqual([]);
  });

  it("keeps a source negation the rewrite has on the same word, whatever follows it", () => {
    expect(flips(
      "The court said detention without trial for foreign suspects was unlawful.",
      "The court said holding foreign suspects without trial breaks the law.",
    )).toEqual([]);
  });

  it("reads the verb 'miss' as the rewrite's negation", () => {
    expect(flips("Bridge will be out for a month and maybe not for the rest of the season.", "Bridge could miss the rest of the season.")).toEqual([]);
  });

  it("reads 'fell short of' as the source's negation", () => {
    expect(flips("The alliance won the most seats but fell short of a majority.", "The alliance won the most seats but without a majority.")).toEqual([]);
  });

  it("reads a determiner 'no' as denying its noun, not a verb after it", () => {
    expect(flips(
      "The Dunmore party failed to win a seat. Its vote fell below the threshold.",
      "The Dunmore party won no seats after its vote fell below the threshold.",
    )).toEqual([]);
  });

  it.each(["blocked", "barred", "prevented", "prohibited", "banned"])("reads '%s X from doing' as a negation of the act", (verb) => {
    const barred = `A judge ${verb} the city from enforcing the ordinance.`;
    const cannot = "A judge ruled the city cannot enforce the ordinance.";
    expect(flips(barred, cannot)).toEqual([]);
    expect(flips(cannot, barred)).toEqual([]);
  });

  it("still flags a dropped negation beside a barring verb", () => {
    expect(flips(
      "A judge blocked the city from enforcing the ordinance and said it could not collect the fines.",
      "A judge blocked the city from enforcing the ordinance and said it could collect the fines.",
    )).toEqual(["negation-flipped"]);
  });

  it("does not read a barring verb without 'from' as denying its object", () => {
    expect(flips("The city banned fireworks in the park.", "The city did not ban fireworks in the park.")).toEqual(["negation-flipped"]);
  });

  it("keeps a hyphenated word inside the negated clause", () => {
    expect(flips(
      "Doctors said the injury was not life-threatening and the driver was awake.",
      "Doctors said the injury was not life threatening and the driver was awake.",
    )).toEqual([]);
  });
});

describe("checkNegation on a negation the source has no counterpart for", () => {
  it("flags a negated claim the source states positively in other words", () => {
    expect(flips(
      "The Pellow show also gives listeners weekly gardening tips.",
      "The Pellow show does not offer listeners weekly gardening tips.",
    )).toEqual(["negation-flipped"]);
  });

  it("leaves a negation when the source denies something too", () => {
    expect(flips(
      "The Pellow show never gives listeners weekly gardening tips.",
      "The Pellow show does not offer listeners weekly gardening tips.",
    )).toEqual([]);
  });

  it("leaves a negation whose clause shares at most one word with the source", () => {
    expect(flips(
      "The Pellow show also gives listeners weekly gardening tips.",
      "The Pellow show gives tips, though it is not a call-in programme.",
    )).toEqual([]);
  });
});

describe("checkNegation on a negation the rewrite adds", () => {
  it("flags a negated claim the source states positively", () => {
    expect(flips("The plan will give support to members of the Fennick guild.", "The plan will not give support to members.")).toEqual(["negation-flipped"]);
  });

  it("is not silenced by a negation in another supporting sentence about something else", () => {
    expect(flips(
      "The Orchard Club gives members free seeds each spring. Its shop does not open on Sundays.",
      "The Orchard Club does not offer members free seeds.",
    )).toEqual(["negation-flipped"]);
  });

  it("leaves a negated word the source never uses, whose clause shares only its setting", () => {
    expect(flips(
      "The harbour council of Pellham has nine members from the dockers' union.",
      "The dockers' union is not happy with the old rota rules of the harbour council.",
    )).toEqual([]);
  });

  it("leaves a denied denial, which states what follows it", () => {
    expect(flips(
      "Labour banned fox hunting. Chancellor Gordon Brown used his Budget to attack the opposition parties.",
      "Labour banned hunting, but that didn't stop Gordon Brown using his Budget to attack the opposition.",
    )).toEqual([]);
  });

  it("still flags a denial the source states without one", () => {
    expect(flips("The rain stopped play at the Harrow ground.", "The rain did not stop play at the Harrow ground.")).toEqual(["negation-flipped"]);
  });

  it("leaves a negation when a source sentence with those words denies the claim another way", () => {
    expect(flips(
      "Officer Brandt declined written and telephone requests for an interview.",
      "Officer Brandt did not respond to requests for an interview.",
    )).toEqual([]);
  });

  it("flags 'did not say' turned into 'said' though the source has someone else say something", () => {
    expect(flips(
      "Police did not say whether they suspected arson. A fire official said the blaze began in a shed.",
      "Police said they suspected arson in the blaze.",
    )).toEqual(["negation-flipped"]);
  });

  it("leaves a 'said' that restates only one word of what was not said", () => {
    expect(flips(
      "Vance did not say whether the government would consider emergency laws. The ministry said talks would resume.",
      "The government may appoint a mediator, the ministry said.",
    )).toEqual([]);
  });

  it("leaves a 'said' of the rewrite's own that restates one word of what the source did not say", () => {
    expect(flips(
      "The Dunmore branch has registered its new capital but did not say how long it would take to pay it in.",
      "The Dunmore branch said it would raise its paid-up capital from profits.",
    )).toEqual([]);
  });

  it("reads 'under investigation' as not yet determined", () => {
    expect(flips("The cause of the Marlow fire is under investigation.", "Investigators have not determined the cause of the Marlow fire.")).toEqual([]);
  });

  it("reads 'unclear' as not yet known", () => {
    expect(flips("The cause of the Marlow fire was unclear.", "Officials did not know the cause of the Marlow fire.")).toEqual([]);
  });

  it("reads 'free of charge' in the source as 'at no charge'", () => {
    expect(flips("Dealers will replace the Halvard pump free of charge.", "Dealers will replace the Halvard pump at no charge.")).toEqual([]);
  });

  it("reads 'risk-free' in the source as 'no risk'", () => {
    expect(flips("Customers can try the Kestrel service with a risk-free trial.", "Customers can try the Kestrel service with no risk.")).toEqual([]);
  });
});

describe("checkNegation beyond the supporting sentences", () => {
  const source =
    "Welcome to the Tinfoil Hour, recorded in my kitchen. Our mission is to help support all local beekeepers. " +
    "Today we talk about queens. Next week we visit the Harrow apiary.";

  it("flags a negated claim the source states in a sentence the aligner did not pick", () => {
    expect(flipsWithSupport(source, "The Tinfoil Hour is recorded in a kitchen and provides no support to beekeepers.", 0)).toEqual(["negation-flipped"]);
  });

  it("leaves it when the source negates those words somewhere", () => {
    const denying = source.replace("Next week we visit the Harrow apiary.", "We cannot support beekeepers with money.");
    expect(flipsWithSupport(denying, "The Tinfoil Hour is recorded in a kitchen and provides no support to beekeepers.", 0)).toEqual([]);
  });

  it("is not silenced by a sentence that holds those words beside a negation of something else", () => {
    const unfair = source.replace("Next week we visit the Harrow apiary.", "Beekeepers who want support say the new rules do not seem fair.");
    expect(flipsWithSupport(unfair, "The Tinfoil Hour is recorded in a kitchen and provides no support to beekeepers.", 0)).toEqual(["negation-flipped"]);
  });

  it("leaves it when the only sentence with those words has a negation before them", () => {
    expect(flips(
      "There was no immediate evidence that the two fires were connected, Sergeant Olde said.",
      "Sergeant Olde had no evidence to suggest the two fires were connected.",
    )).toEqual([]);
  });

  it("flags a rewrite that drops a negation the source has outside the supporting sentences", () => {
    const warned = source.replace("Next week we visit the Harrow apiary.", "Just don't feed the bees sugar, the host warns.");
    expect(flipsWithSupport(warned, "The Tinfoil Hour is recorded in a kitchen, and the host says to feed the bees sugar.", 0)).toEqual(["negation-flipped"]);
  });

  it("leaves a dropped negation when only one of its words is restated", () => {
    const warned = source.replace("Next week we visit the Harrow apiary.", "Just don't feed the bees sugar, the host warns.");
    expect(flipsWithSupport(warned, "The Tinfoil Hour is recorded in a kitchen, and listeners feed the host cake.", 0)).toEqual([]);
  });

  it("leaves a phrase that a negation elsewhere in the source also has, when no noun of it is restated", () => {
    const lost = source.replace("Next week we visit the Harrow apiary.", "Honey spilt on the floor is money we never get back, the host says.");
    expect(flipsWithSupport(lost, "The Tinfoil Hour is recorded in a kitchen, where listeners get back to their hives.", 0)).toEqual([]);
  });

  it("leaves a sentence copied word for word from its support when a negation elsewhere has its words", () => {
    const denied = source.replace("Next week we visit the Harrow apiary.", "Inspectors did not say the bees were sick.");
    expect(flipsWithSupport(`${denied} The host said the bees were sick in March.`, "The host said the bees were sick in March.", 4, true)).toEqual([]);
  });

  it("flags a negated claim in a sentence with no supports at all", () => {
    expect(flipsWithSupport(source, "The Tinfoil Hour provides no support to beekeepers.", null)).toEqual(["negation-flipped"]);
  });
});

/** Runs the check with one chosen source sentence as the support, as a loose alignment leaves it, or none (unsupported). */
function flipsWithSupport(sourceText: string, rewriteText: string, support: number | null, verbatim = false): string[] {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const sources = support === null ? [] : [support];
  const link = { rewrite: 0, sources, score: 1, cosine: 1, coverage: 1, wordShare: 1, orderShare: 1, covered: [], terms: [], verbatim, supported: support !== null };
  return checkNegation({ source, rewrite, link, links: [link], sentence: rewrite.sentences[0]!, supports: sources.map((s) => source.sentences[s]!) }).map((finding) => finding.type);
}
