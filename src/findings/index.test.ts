import { beforeAll, describe, expect, it } from "vitest";
import { compare } from "../compare/index.js";
import { loadDefaultEncoder, type Encoder } from "../encoder/index.js";
import type { Finding, FindingType } from "../report/types.js";

let encoder: Encoder;
beforeAll(async () => {
  encoder = await loadDefaultEncoder();
});

async function findings(source: string, rewrite: string): Promise<Finding[]> {
  return (await compare(source, rewrite, { encoder })).findings.filter((finding) => finding.type !== "omitted");
}

async function expectFinding(source: string, rewrite: string, type: FindingType, rewriteText: string | null) {
  const found = (await findings(source, rewrite)).filter((finding) => finding.type === type);
  expect(found, `no ${type} in: ${JSON.stringify(await findings(source, rewrite))}`).not.toHaveLength(0);
  if (rewriteText !== null) expect(found.some((finding) => finding.rewrite?.text.includes(rewriteText))).toBe(true);
}

describe("drift findings", () => {
  it("finds a changed number", async () => {
    await expectFinding("The fire destroyed 40 homes in Pellham, officials said.", "The fire destroyed 70 homes in Pellham, officials said.", "number-changed", "70");
  });

  it("pairs a changed number with the one it replaced, not a smaller one with the same unit", async () => {
    const changed = (await findings(
      "The flood forced some 2,300 residents from their homes, and two people were taken to hospital.",
      "The flood forced about 3,200 people from their homes, and two people were taken to hospital.",
    )).find((finding) => finding.type === "number-changed");
    expect(changed?.source?.text).toBe("2,300");
  });

  it("reports a quote over two sentences given to another speaker once", async () => {
    const quote = (speaker: string) => `"This is the best decision in a generation," ${speaker} told the chamber after the vote. "Our children will ride this line."`;
    const people = "Nina Quill chairs the transit panel. Aidan Marsh voted against the plan.";
    const found = await findings(`${people} ${quote("Quill")}`, `${people} ${quote("Marsh")}`);
    expect(found.filter((finding) => finding.type === "misattribution")).toHaveLength(1);
  });

  it("finds a changed date", async () => {
    await expectFinding("The bridge will reopen on March 3, the council said.", "The bridge will reopen on March 9, the council said.", "date-changed", "March 9");
  });

  it("finds another organisation in the same role", async () => {
    await expectFinding(
      "The contract was awarded to Calder Engineering, the ministry said.",
      "The contract was awarded to Norwick Builders, the ministry said.",
      "entity-changed",
      "Norwick Builders",
    );
  });

  it("finds a word added inside a quote", async () => {
    await expectFinding(
      '"We will rebuild the school," said Mayor Ines Duarte.',
      '"We will rebuild the school quickly," said Mayor Ines Duarte.',
      "quote-altered",
      "quickly",
    );
  });

  it("finds a quote the source does not have", async () => {
    await expectFinding(
      'Mayor Ines Duarte visited the school on Monday. "We will rebuild it," Duarte said.',
      'Mayor Ines Duarte visited the school on Monday. "Nobody should have to study in a tent this winter," Duarte said.',
      "quote-invented",
      null,
    );
  });

  it("finds a quote given to another speaker", async () => {
    await expectFinding(
      'Ines Duarte and Paul Okonjo toured the site. "The repairs will take a year," said Ines Duarte.',
      'Ines Duarte and Paul Okonjo toured the site. "The repairs will take a year," said Paul Okonjo.',
      "misattribution",
      "Paul Okonjo",
    );
  });

  it("finds a claim whose source is dropped", async () => {
    await expectFinding(
      "The factory will close next year, according to the union.",
      "The factory will close next year.",
      "attribution-dropped",
      null,
    );
  });

  it("finds a dropped hedge", async () => {
    await expectFinding("The council may raise parking fees in the town centre.", "The council will raise parking fees in the town centre.", "hedge-dropped", null);
  });

  it("finds a flipped negation", async () => {
    await expectFinding("The minister did not approve the new pipeline.", "The minister approved the new pipeline.", "negation-flipped", "approved");
  });

  it("finds an opposite predicate", async () => {
    await expectFinding("Ticket sales fell sharply in the second quarter.", "Ticket sales rose sharply in the second quarter.", "meaning-changed", "rose");
  });

  it("finds an invented detail inside a faithful sentence", async () => {
    await expectFinding(
      "About 200 residents attended the meeting at the town hall.",
      "About 200 residents, several carrying homemade protest banners, attended the meeting at the town hall.",
      "unsupported",
      null,
    );
  });

  it("finds a negation added to a sentence whose source negates something else", async () => {
    await expectFinding(
      "The club did not sell its stadium. It will keep the youth academy open.",
      "The club did not sell its stadium, but it will not keep the youth academy open.",
      "negation-flipped",
      "not",
    );
  });

  it("finds a negation that flips a source claim in a sentence too loose to be supported", async () => {
    await expectFinding(
      "Welcome to the Tinfoil Hour, recorded in my kitchen in Harrowgate. Our mission is to help support all local beekeepers. " +
        "Today we talk about queens and swarms. Next week we visit the Harrow apiary with Dana Pell.",
      "Callers phone in about rain, parking fines and football, yet there is no support for beekeepers.",
      "negation-flipped",
      "no",
    );
  });

  it("finds a number moved from another sentence of the source into this one", async () => {
    await expectFinding(
      "The storm damaged 12 bridges in the valley. Repairs will cost 40 million dollars.",
      "The storm damaged 40 bridges in the valley.",
      "number-changed",
      "40",
    );
  });

  it("finds a person moved from another sentence of the source into this one", async () => {
    await expectFinding(
      "Judge Mara Lind sentenced the driver on Friday. Prosecutor Tomas Eide asked for a longer term.",
      "Judge Tomas Eide sentenced the driver on Friday.",
      "entity-changed",
      "Tomas Eide",
    );
  });

  it("finds a relative date the source does not give", async () => {
    await expectFinding(
      "The museum reopened last week after repairs. Visitors praised the new lighting.",
      "The museum reopened yesterday after repairs.",
      "date-changed",
      "yesterday",
    );
  });

  it("ranks a dropped quote above dropped background", async () => {
    const report = await compare(
      'The council approved the budget. "This budget keeps every library open," said treasurer Amal Haddad. The town hall was built in stone.',
      "The council approved the budget.",
      { encoder },
    );
    const omitted = report.findings.filter((finding) => finding.type === "omitted");
    expect(omitted[0]?.source?.text).toContain("every library open");
  });
});

describe("faithful paraphrase is not drift", () => {
  const faithful: [string, string, string][] = [
    ["synonyms and reordering", "The company bought the small bakery last year.", "Last year, the small bakery was purchased by the company."],
    ["a number written another way", "The project will cost $2.5 billion.", "The project will cost 2.5 billion dollars."],
    ["a surname for a full name", "Health minister Rosa Delgado opened the clinic. Delgado said it would serve 3,000 families.", "Health minister Rosa Delgado opened the clinic, which Delgado said would serve 3,000 families."],
    ["compression of a long sentence", "After months of delay and several rounds of talks, the two companies finally signed the merger agreement on Tuesday.", "The two companies signed the merger agreement on Tuesday."],
    ["a quote kept word for word", '"We are ready," said coach Lena Berg.', 'Coach Lena Berg said: "We are ready."'],
    ["the positive half of a sentence that also negates the word", "Dara did not submit the form on Monday, but Lee will submit the form today.", "Lee will submit the form today."],
  ];
  it.each(faithful)("%s", async (_name, source, rewrite) => {
    const drift = (await findings(source, rewrite)).filter((finding) => finding.severity !== "low");
    expect(drift).toEqual([]);
  });
});
