import { describe, expect, it } from "vitest";
import { entityKeysMatch, extractEntities, mayBePerson } from "./entities.js";
import { normalizeText } from "./normalize.js";
import type { EntityAtom } from "./types.js";

function find(entities: EntityAtom[], text: string): EntityAtom | undefined {
  return entities.find((e) => e.text === text);
}

describe("extractEntities", () => {
  it("gives a full name, a surname, a titled surname and a possessive one key", () => {
    const text = "Maria Alvarez opened the bridge. Ms Alvarez thanked donors. Alvarez's aides were absent, Alvarez said.";
    const entities = extractEntities(text);
    expect(entities.map((e) => e.key)).toEqual(["maria alvarez", "maria alvarez", "maria alvarez", "maria alvarez"]);
    expect(entities[0]?.type).toBe("person");
  });

  it("reads no name from a ticker with its exchange in angle brackets", () => {
    const entities = extractEntities("Harlow Mills Ltd <HMLL.HK> expects strong results.");
    expect(entities.map((e) => e.text)).toEqual(["Harlow Mills Ltd"]);
  });

  it("reports spans in offsets of the given text, without titles or a possessive", () => {
    const text = "Dr. Ana Ruiz spoke. Ruiz's team agreed.";
    const entities = extractEntities(text);
    expect(entities.map((e) => [e.start, e.end, e.text])).toEqual([
      [4, 12, "Ana Ruiz"],
      [20, 24, "Ruiz"],
    ]);
  });

  it("keeps 'and' inside an organisation's name that ends on its head word", () => {
    expect(extractEntities("Last week the Cartage and Exchange Commission said its staff was ready.").map((e) => e.text)).toEqual(["Cartage and Exchange Commission"]);
  });

  it("reads an administration as an organisation's head word", () => {
    expect(extractEntities("Last week the Food and Harbour Administration said its staff was ready.").map((e) => e.text)).toEqual(["Food and Harbour Administration"]);
  });

  it("keeps 'for' after an organisation's head word, and 'and' in what follows", () => {
    expect(extractEntities("Prices in the Organisation for Harbour Trade and Development rose.").map((e) => e.text)).toEqual(["Organisation for Harbour Trade and Development"]);
  });

  it("names two when 'and' joins a place and an organisation", () => {
    expect(extractEntities("Talks between Kenya and Carrow Commission officials ended.").map((e) => e.text)).toEqual(["Kenya", "Carrow Commission"]);
  });

  it("finds a place compromise misses at a sentence's start", () => {
    expect(extractEntities("Britain said it agreed.").map((e) => e.text)).toEqual(["Britain"]);
  });

  it("leaves a title out of the name after a closing quotation", () => {
    const entities = extractEntities('"He is the first economist." Dr Halvey - who chairs the board - will step down.');
    expect(find(entities, "Halvey")?.key).toBe("halvey");
  });

  it("leaves a councillor's title out of the name", () => {
    expect(extractEntities("Councillor Dana Whitfield said the costs were high.")[0]).toMatchObject({ text: "Dana Whitfield", type: "person" });
  });

  it("finds an unfamiliar name that compromise does not know, as other", () => {
    const entities = extractEntities("The council said Chukwuemeka Obi would chair the review.");
    expect(find(entities, "Chukwuemeka Obi")).toMatchObject({ type: "other", key: "chukwuemeka obi" });
  });

  it("keeps an unfamiliar two-word name that opens a sentence", () => {
    const entities = extractEntities("Kwesi Boateng, 54, runs the depot.");
    expect(find(entities, "Kwesi Boateng")?.key).toBe("kwesi boateng");
  });

  it("types a name after a title as a person and leaves the title out of the key", () => {
    const entities = extractEntities("The decree was signed by President Tovan Ilesk on Friday.");
    expect(find(entities, "Tovan Ilesk")).toMatchObject({ type: "person", key: "tovan ilesk" });
  });

  it("drops a portfolio before a title: Health Minister Maria Alvarez", () => {
    const entities = extractEntities("The plan was backed by Health Minister Maria Alvarez.");
    expect(entities.map((e) => e.text)).toEqual(["Maria Alvarez"]);
  });

  it("splits an organisation and a person around a title", () => {
    const entities = extractEntities("Shares rose after Brendle Corp Chief Executive Tom Vask resigned.");
    expect(entities.map((e) => [e.text, e.type])).toEqual([
      ["Brendle Corp", "organization"],
      ["Tom Vask", "person"],
    ]);
  });

  it("types a name with an organisation word as an organization", () => {
    const entities = extractEntities("A grant went to the Ministry of Fisheries and to Harlow University.");
    expect(entities.map((e) => [e.text, e.type])).toEqual([
      ["Ministry of Fisheries", "organization"],
      ["Harlow University", "organization"],
    ]);
  });

  it("types an unknown name after in/at/from as a place", () => {
    const entities = extractEntities("Flooding hit homes in Korvash overnight.");
    expect(find(entities, "Korvash")?.type).toBe("place");
  });

  it("maps an acronym defined in brackets, and 'the WHO' later, to the expansion's key", () => {
    const text = "The World Health Organization (WHO) sent staff. Later the WHO said more would come.";
    const keys = extractEntities(text).map((e) => e.key);
    expect(keys).toEqual(["world health organization", "world health organization", "world health organization"]);
  });

  it("maps an acronym to a name elsewhere in the text whose initials it spells", () => {
    const keys = extractEntities("The United Nations met on Monday. UN staff left.").map((e) => e.key);
    expect(keys).toEqual(["united nations", "united nations"]);
  });

  it("maps an acronym to the first name in the text whose initials it spells, even one after it", () => {
    const text = "Staff at BE left. The Bureau of Economics and the Bank of England met. BE staff returned.";
    const entities = extractEntities(text);
    expect(entities.filter((e) => e.text === "BE").map((e) => e.key)).toEqual(["bureau of economics", "bureau of economics"]);
  });

  it("takes no lone function word for a name where a full stop is missing", () => {
    const names = extractEntities("The drive is not new in the here and now The price is 80 euros.").map((e) => e.text);
    expect(names).toEqual([]);
  });

  it("does not take capitalised common words that open sentences", () => {
    const text = "The vote failed. But Alvarez stayed. Officials left. Maria Alvarez smiled.";
    expect(extractEntities(text).map((e) => e.text)).toEqual(["Alvarez", "Maria Alvarez"]);
  });

  it("keeps an unfamiliar surname opening a sentence when an apposition gives it a role", () => {
    expect(extractEntities("Dallmer, a lawyer for the family, spoke to reporters.").map((e) => e.text)).toEqual(["Dallmer"]);
  });

  it("does not take a common word opening a sentence before an apposition with no role", () => {
    expect(extractEntities("Lunch, the day's main event, ran late.")).toEqual([]);
  });

  it("keeps only known names in a title-case headline line", () => {
    const text = "Voters Worried About Helen Ortiz Health\n\nMaria Alvarez said Ortiz was fine.";
    const entities = extractEntities(text);
    expect(entities.map((e) => e.text)).toEqual(["Helen Ortiz", "Maria Alvarez", "Ortiz"]);
    expect(entities[2]?.key).toBe("helen ortiz");
  });

  it("reads a sentence with many capitalised words as prose, not as a headline", () => {
    expect(extractEntities("He joined the Third Carrow Regiment.").map((e) => e.text)).toEqual(["Third Carrow Regiment"]);
  });

  it("keeps dotted initials after a title inside the name", () => {
    expect(extractEntities("The bill was filed by Rep. G.K. Tamsin.").map((e) => e.key)).toEqual(["gk tamsin"]);
  });

  it("skips weekdays and month names but keeps a surname that is a month", () => {
    const text = "On Tuesday in May the talks ended; on May 5 Olga May left.";
    expect(extractEntities(text).map((e) => e.text)).toEqual(["Olga May"]);
  });

  it("keeps particles inside names and a short form that starts with one", () => {
    const text = "Greta von der Aalst met Faisal bin Hamad. Later von der Aalst left.";
    const entities = extractEntities(text);
    expect(entities.map((e) => e.text)).toEqual(["Greta von der Aalst", "Faisal bin Hamad", "von der Aalst"]);
    expect(entities[2]?.key).toBe("greta von der aalst");
  });

  it("reads a surname as the person its last short form named, not the last full name", () => {
    const keys = extractEntities("Ann Lee met Bob Lee in Tarvik. Ann left early. Lee stayed.").map((e) => e.key);
    expect(keys).toEqual(["ann lee", "bob lee", "tarvik", "ann lee", "ann lee"]);
  });

  it("does not take a word written alone before a longer name opening with it for that name", () => {
    const keys = extractEntities("Analysts say Yahoo has turned ten. Yahoo Messenger has 20 million users.").map((e) => e.key);
    expect(keys[0]).toBe("yahoo");
  });

  it("takes a given name written alone before the full name for that name", () => {
    const keys = extractEntities("Hi Tom, my name is Mike and I sell pumps. Best regards, Mike Johnson").map((e) => e.key);
    expect(keys).toContain("mike johnson");
    expect(keys).not.toContain("mike");
  });

  it("splits a titled person from the organisation after 'of'", () => {
    const found = extractEntities("Professor Martin Oyelaran of Kestrel College praised it. Oyelaran said more.");
    expect(found.map((e) => [e.text, e.key, e.type])).toEqual([
      ["Martin Oyelaran", "martin oyelaran", "person"],
      ["Kestrel College", "kestrel college", "organization"],
      ["Oyelaran", "martin oyelaran", "person"],
    ]);
  });

  it("gives every form of a name the pronoun its given name calls for", () => {
    const found = extractEntities("Fed governor Martha Seger spoke on Monday. Seger said output rose.");
    expect(found.filter((e) => e.key === "martha seger").map((e) => e.pronoun)).toEqual(["she", "she"]);
  });

  it("maps a surname-first short form to the full name (Lu Wenjie / Lu)", () => {
    const keys = extractEntities("Lu Wenjie met officials. Lu later left.").map((e) => e.key);
    expect(keys).toEqual(["lu wenjie", "lu wenjie"]);
  });

  it("splits a known person's name from an 'of Place' that follows it", () => {
    const entities = extractEntities("The prize went to Maria Alvarez of Tarvik.");
    expect(entities.map((e) => e.text)).toEqual(["Maria Alvarez", "Tarvik"]);
  });

  it("splits a hyphenated compound at a lower-case tail: the Obi-led team", () => {
    expect(extractEntities("The Obi-led team won.").map((e) => e.text)).toEqual(["Obi"]);
  });

  it("splits a lower-case prefix from the name after its hyphen: ex-Downing Street", () => {
    expect(extractEntities("He is an ex-Harlow Street adviser and anti-Tarvik campaigner.").map((e) => e.text)).toEqual(["Harlow Street", "Tarvik"]);
  });

  it("keeps a company named with a possessive whole: Foster's Group", () => {
    expect(extractEntities("The bid came from Corvane's Group and Tarvik's Corp.").map((e) => e.text)).toEqual(["Corvane's Group", "Tarvik's Corp."]);
  });

  it.each([" - ", " -- ", " \u2013 ", " \u2014 "])("reads the word after a dateline dash (%j) as a sentence start", (dash) => {
    const names = (text: string) => extractEntities(normalizeText(text).text).map((e) => e.text);
    expect(names(`PORT ELLIS, Calder (Coastline Wire)${dash}At least 11 people died.`)).toEqual(["PORT ELLIS", "Calder", "Coastline Wire"]);
    expect(names(`PORT ELLIS, Calder${dash}The floods killed 11 people.`)).toEqual(["PORT ELLIS", "Calder"]);
    expect(names(`PORT ELLIS (Coastline Wire)${dash}When the floods came, Mayor Ana Reyes fled.`)).toEqual(["PORT ELLIS", "Coastline Wire", "Ana Reyes"]);
  });
});

describe("extractEntities, organisations named short", () => {
  const keyOf = (text: string, name: string) => find(extractEntities(normalizeText(text).text), name)?.key;

  it("gives a company's first word the company's key", () => {
    expect(keyOf("Corvane agreed to buy Mistral Fluid Systems on Monday. Mistral makes pumps.", "Mistral")).toBe("mistral fluid systems");
  });

  it("leaves a name the text writes short before it names the longer one", () => {
    expect(keyOf("Nintendo sold more consoles. Nintendo Europe led the rise.", "Nintendo")).toBe("nintendo");
  });

  it("leaves a first word two organisations share", () => {
    expect(keyOf("Mistral Fluid Systems and Mistral Bank both rose. Mistral said little.", "Mistral")).toBe("mistral");
  });

  it("gives a stock ticker in brackets the company's key", () => {
    expect(keyOf("Canmoor Resources Inc <CNMR> said it struck gold.", "CNMR")).toBe("canmoor resources inc");
  });

  it("reads 'and' before a company's designator as part of its name", () => {
    const names = (text: string) => extractEntities(text).map((e) => e.text);
    expect(names("The drug maker Pellam and Co Inc said sales rose.")).toEqual(["Pellam and Co Inc"]);
    expect(names("Tarvik Corp and Mistral Corp said sales rose.")).toEqual(["Tarvik Corp", "Mistral Corp"]);
    expect(names("Britain and Allied Tarvik Banks Plc agreed.")).toEqual(["Britain", "Allied Tarvik Banks Plc"]);
  });

  it("leaves a place that opens an organisation's name", () => {
    expect(keyOf("The Washington Post reported the vote. Washington said nothing.", "Washington")).toBe("washington");
  });
});

describe("entityKeysMatch", () => {
  it("matches equal keys", () => {
    expect(entityKeysMatch("maria alvarez", "maria alvarez")).toBe(true);
  });

  it("matches a surname against a full name", () => {
    expect(entityKeysMatch("alvarez", "maria alvarez")).toBe(true);
  });

  it("matches a state's AP abbreviation against its name, and not another state's", () => {
    expect(entityKeysMatch("ore", "oregon")).toBe(true);
    expect(entityKeysMatch("new hampshire", "n.h.")).toBe(true);
    expect(entityKeysMatch("ore", "oklahoma")).toBe(false);
  });

  it("matches an acronym against its expansion, dotted or not", () => {
    expect(entityKeysMatch("who", "world health organization")).toBe(true);
    expect(entityKeysMatch("united states", "u.s.")).toBe(true);
  });

  it("does not match different people or a first name alone", () => {
    expect(entityKeysMatch("maria alvarez", "ana alvarez")).toBe(false);
    expect(entityKeysMatch("maria", "maria alvarez")).toBe(false);
  });

  it("ignores hyphens, apostrophes, spaces and accents inside a name", () => {
    expect(entityKeysMatch("brv-qua", "brv qua")).toBe(true);
    expect(entityKeysMatch("tel'arim", "telarim")).toBe(true);
    expect(entityKeysMatch("voss gard", "vossgard")).toBe(true);
    expect(entityKeysMatch("renée ostrova", "renee ostrova")).toBe(true);
  });

  it("matches a name with and without a middle initial or a Jr.", () => {
    expect(entityKeysMatch("tomas k. brenning", "tomas brenning")).toBe(true);
    expect(entityKeysMatch("tomas brenning jr.", "tomas brenning")).toBe(true);
  });

  it("matches a middle name left out and a short first name", () => {
    expect(entityKeysMatch("tomas arvid brenning", "tomas brenning")).toBe(true);
    expect(entityKeysMatch("tom brenning", "tomas brenning")).toBe(true);
  });

  it("matches a company with and without its designator", () => {
    expect(entityKeysMatch("tarvik corp", "tarvik")).toBe(true);
    expect(entityKeysMatch("tarvik systems inc", "tarvik")).toBe(true);
    expect(entityKeysMatch("kde", "korvel data exchange corp")).toBe(true);
  });

  it("matches a company's short name against its full legal name", () => {
    expect(entityKeysMatch("canmoor", "canmoor resources inc")).toBe(true);
    expect(entityKeysMatch("pacific tarn-ocean", "pacific tarn-ocean mining ltd")).toBe(true);
    expect(entityKeysMatch("tarvik wheat forecasters pty ltd", "twf")).toBe(true);
  });

  it("keeps a short name apart from a longer one that is no legal name, or names a place", () => {
    expect(entityKeysMatch("canmoor", "canmoor resources")).toBe(false);
    expect(entityKeysMatch("new york", "new york life insurance co")).toBe(false);
  });

  it("matches a final s written for a possessive or a family", () => {
    expect(entityKeysMatch("brennings", "brenning")).toBe(true);
    expect(entityKeysMatch("the brennings", "tomas brenning")).toBe(false);
    expect(entityKeysMatch("brennings", "tomas brenning")).toBe(true);
  });

  it("matches one slip of spelling in a long word", () => {
    expect(entityKeysMatch("oskar lindqvist", "oskar lindkvist")).toBe(true);
    expect(entityKeysMatch("brenning", "brening")).toBe(true);
    expect(entityKeysMatch("halvorsen", "halvorsne")).toBe(true);
    expect(entityKeysMatch("marta ruokola", "marta ruakola")).toBe(true);
  });

  it("keeps names apart that differ by a telling letter or a short word", () => {
    expect(entityKeysMatch("brenton", "brefton")).toBe(false);
    expect(entityKeysMatch("ortega", "lindqvist")).toBe(false);
    expect(entityKeysMatch("vask", "vast")).toBe(false);
  });

  it("matches a people or adjective against its country through WordNet", () => {
    expect(entityKeysMatch("british", "uk")).toBe(true);
    expect(entityKeysMatch("american", "u.s.")).toBe(true);
    expect(entityKeysMatch("nigerian", "nigeria")).toBe(true);
    expect(entityKeysMatch("mexicans", "mexico")).toBe(true);
  });

  it("keeps neighbouring countries and their peoples apart", () => {
    expect(entityKeysMatch("iraqi", "iran")).toBe(false);
    expect(entityKeysMatch("china", "taiwan")).toBe(false);
    expect(entityKeysMatch("nigerian", "african")).toBe(false);
  });
});

describe("mayBePerson", () => {
  const name = (text: string, key: string, type: EntityAtom["type"] = "other"): EntityAtom => ({ kind: "entity", start: 0, end: text.length, text, type, key });

  it("takes an untyped name of two capitalised words for a person", () => {
    expect(mayBePerson(name("Callum Dray", "callum dray"))).toBe(true);
  });

  it("takes an untyped surname standing for such a name for a person", () => {
    expect(mayBePerson(name("Dray", "callum dray"))).toBe(true);
  });

  it("does not take an untyped single word with no fuller name for a person", () => {
    expect(mayBePerson(name("Caldmoor", "caldmoor"))).toBe(false);
  });

  it("does not take the first word of a longer name for a person", () => {
    expect(mayBePerson(name("Caldmoor", "caldmoor city"))).toBe(false);
  });

  it("does not take a prize or a contest for a person", () => {
    expect(mayBePerson(name("Velvet Awards", "velvet awards"))).toBe(false);
    expect(mayBePerson(name("Caldmoor Cup", "caldmoor cup"))).toBe(false);
  });
});
