import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities.js";
import { analyze } from "./index.js";
import { extractSpeech } from "./quotes.js";

function quotes(text: string) {
  return extractSpeech(text, extractEntities(text)).quotes;
}

function discussions(text: string) {
  return extractSpeech(text, extractEntities(text)).discussions;
}

function attributions(text: string) {
  return extractSpeech(text, extractEntities(text)).attributions;
}

describe("extractSpeech: finding quotes", () => {
  it("covers the marks in the span and the words in inner", () => {
    const [quote] = quotes('She wrote: "The bridge is safe."');
    expect(quote).toMatchObject({ start: 11, end: 32, text: '"The bridge is safe."' });
    expect(quote?.inner).toEqual({ start: 12, end: 31, text: "The bridge is safe." });
  });

  it("keeps a quote whole across a line break that only wraps the line", () => {
    const found = quotes('Pennzoil said. "We do not know why Texaco would now make\nsuch untrue statements." The court cut the award\nby two billion dlrs.');
    expect(found.map((quote) => quote.inner.text)).toEqual(["We do not know why Texaco would now make\nsuch untrue statements."]);
  });

  it("does not take a paragraph opening with a new quote for a wrapped line", () => {
    const found = quotes('"It is an insult," Ann Moore said. "If indeed he is not legitimate, how can you feel good.\n"I have been thinking about where we are," added Jim Clay.');
    expect(found.map((quote) => quote.inner.text)).toEqual(["It is an insult,", 'If indeed he is not legitimate, how can you feel good.\n"I have been thinking about where we are,']);
  });

  it("continues a quote into a next sentence opening with a mark on the same line", () => {
    const found = quotes('Mr Opik said: "Hunting is not defined. "Now the ministry has invented a category. "How is the officer to tell?" Peter Luff said the law was "so poorly drafted".');
    expect(found.map((quote) => quote.inner.text)).toEqual([
      'Hunting is not defined. "Now the ministry has invented a category. "How is the officer to tell?',
      "so poorly drafted",
    ]);
  });

  it("does not take a mark between two letters for a quotation mark", () => {
    expect(quotes('Iran"s output fell. "We are ready," the minister said.').map((quote) => quote.inner.text)).toEqual(["We are ready,"]);
  });

  it("keeps a quote of several sentences whole", () => {
    const [quote] = quotes('"We are ready. We trained for years," Alvarez said.');
    expect(quote?.inner.text).toBe("We are ready. We trained for years,");
  });

  it("continues a quote into the next paragraph when the first one never closes", () => {
    const text = '"The river rose fast.\n\n"We moved everyone out," Alvarez said.';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: text.indexOf(" Alvarez") });
  });

  it("takes no single quote inside a double quote, but one after it", () => {
    const text = "\"She called it 'a fresh start' today,\" Kolt said. Later he called it 'a new dawn' again.";
    expect(quotes(text).map((q) => q.text)).toEqual(["\"She called it 'a fresh start' today,\"", "'a new dawn'"]);
  });

  it("takes clear single quotes but not apostrophes", () => {
    const text = "Rena Kolt's band, the players' union and the '90s don't matter; Kolt called it 'a fresh start' today.";
    expect(quotes(text).map((q) => q.text)).toEqual(["'a fresh start'"]);
  });
});

describe("extractSpeech: quote speakers", () => {
  it("reads 'he' as the person an earlier 'he' stands for, past the titles of films he worked on", () => {
    const text =
      'For Tomas Berg, head of sales at Velmor, the new format is an exciting prospect. He has worked on the films Harbour Lights and The Quiet Harbour. "It changes what people see at home," he told reporters.';
    expect(quotes(text)[0]?.speaker).toBe("tomas berg");
  });

  it("reads 'she' as a person named since an earlier 'she' as the subject of a sentence", () => {
    const text = 'Maria Alvarez spoke first and left early. She was tired. Later Ngozi Okafor arrived at the hall. "We will win," she said.';
    expect(quotes(text)[0]?.speaker).toBe("ngozi okafor");
  });

  it('"...," Alvarez said.', () => {
    expect(quotes('Maria Alvarez spoke first. "We are ready," Alvarez said.')[0]?.speaker).toBe("maria alvarez");
  });

  it('"...," said Alvarez.', () => {
    const [quote] = quotes('"We are ready," said Maria Alvarez.');
    expect(quote).toMatchObject({ speaker: "maria alvarez", speakerSpan: { text: "Maria Alvarez" } });
  });

  it('"...," the minister said.', () => {
    expect(quotes('"We are ready," the minister said.')[0]?.speaker).toBe("the minister");
  });

  it('"...," said Maria Alvarez, the city\'s mayor.', () => {
    expect(quotes('"We are ready," said Maria Alvarez, the city\'s mayor.')[0]?.speaker).toBe("maria alvarez");
  });

  it('"...," Maria Alvarez, the city\'s mayor, said.', () => {
    expect(quotes('"We are ready," Maria Alvarez, the city\'s mayor, said.')[0]?.speaker).toBe("maria alvarez");
  });

  it('"...," prosecutor Alvarez told the court. gives the quote to the person described', () => {
    expect(quotes('"The ledgers were forged," prosecutor Maria Alvarez told the court.')[0]?.speaker).toBe("maria alvarez");
  });

  it('Alvarez said: "..."', () => {
    expect(quotes('Maria Alvarez said: "We are ready."')[0]?.speaker).toBe("maria alvarez");
  });

  it('X toured the site and said: "..." gives the quote to the sentence\'s subject', () => {
    expect(quotes('Lena Ostrow toured the flooded depot and said: "The repairs will take a year."')[0]?.speaker).toBe("lena ostrow");
  });

  it('"...," she said. resolves the pronoun to the last person before the quote', () => {
    const [quote] = quotes('Maria Alvarez met the crews. "We are ready," she said.');
    expect(quote).toMatchObject({ speaker: "maria alvarez", speakerSpan: { text: "she" } });
  });

  it('"...", according to Alvarez', () => {
    expect(quotes('"We are ready", according to Maria Alvarez.')[0]?.speaker).toBe("maria alvarez");
  });

  it('Alvarez told reporters: "..."', () => {
    expect(quotes('Maria Alvarez told reporters: "We are ready."')[0]?.speaker).toBe("maria alvarez");
  });

  it('"...," a spokeswoman said.', () => {
    expect(quotes('"No comment," a spokeswoman said.')[0]?.speaker).toBe("a spokeswoman");
  });

  it('X called the ruling "...": a quoted verdict belongs to whoever gives it', () => {
    expect(quotes('Paul Hagen called the ruling "judicial overreach" on Monday.')[0]?.speaker).toBe("paul hagen");
  });

  it('X described the decision as "...": "as" may close the object', () => {
    expect(quotes('Lisa Tran described the decision as "a victory for every voter."')[0]?.speaker).toBe("lisa tran");
  });

  it('gives a name no speaker: a group called "..."', () => {
    expect(quotes('Members of a group called "Friends of the Valley" met on Monday.')[0]?.speaker).toBeNull();
  });

  it("gives a scare quote inside a sentence no speaker", () => {
    const [quote] = quotes('The so-called "reform" was dropped, officials said.');
    expect(quote).toMatchObject({ text: '"reform"', speaker: null, speakerSpan: null });
  });

  it("carries the speaker to a following unattributed quote in the same paragraph", () => {
    const found = quotes('"We are ready," Maria Alvarez said. "We will not wait."');
    expect(found.map((q) => q.speaker)).toEqual(["maria alvarez", "maria alvarez"]);
  });

  it("carries the speaker of reported speech just before to an unattributed quote", () => {
    const found = quotes('"Prices will rise," Tom Reddy said. Maria Alvarez said the plan was sound. "We will not wait."');
    expect(found.map((q) => q.speaker)).toEqual(["tom reddy", "maria alvarez"]);
  });

  it("carries no speaker past a sentence in which nobody speaks", () => {
    const found = quotes('"We are ready," Maria Alvarez said. Tom Reddy is also in the squad. "I look forward to it."');
    expect(found.map((q) => q.speaker)).toEqual(["maria alvarez", null]);
  });

  it("attributes the second half of a quote split by its attribution", () => {
    const found = quotes('"We are ready," Maria Alvarez said, "and we will act."');
    expect(found.map((q) => q.speaker)).toEqual(["maria alvarez", "maria alvarez"]);
  });

  it("gives a partial quote inside reported speech the reporting verb's speaker", () => {
    const [quote] = quotes('Maria Alvarez says the levy is "a tax on every family in the valley."');
    expect(quote?.speaker).toBe("maria alvarez");
  });

  it("gives a partial quote the nearest reporting verb of its own sentence, none from an earlier one", () => {
    const nearest = quotes('Alvarez spoke on Monday. Ortiz says the mayor told reporters the levy is "a tax on every family in the valley."');
    expect(nearest[0]?.speaker).toBe("the mayor");
    const earlier = quotes('Maria Alvarez said so on Monday. The levy is "a tax on every family in the valley" by most accounts.');
    expect(earlier[0]?.speaker).toBeNull();
  });

  it('"...," Tam Odell (D-Ore.) said.: a bracketed aside between speaker and verb', () => {
    expect(quotes('"We will vote no," Senator Tam Odell (D-Ore.) said.')[0]?.speaker).toBe("tam odell");
  });

  it("colon and line break: Alvarez continued:", () => {
    expect(quotes('Maria Alvarez continued:\n\n"We will rebuild every house."')[0]?.speaker).toBe("maria alvarez");
  });

  it('"...," said Veltra President and CEO Oren Dask: offices joined by "and" before the name', () => {
    expect(quotes('"The offer is too low," said Veltra President and CEO Oren Dask.')[0]?.speaker).toBe("oren dask");
  });

  it("reads two apostrophes as a double quote mark, as some newspaper archives write them", () => {
    const quote = analyze("''We will recount,'' said Mr. Odell.").atoms.find((atom) => atom.kind === "quote");
    expect(quote).toMatchObject({ text: "''We will recount,''", speaker: "odell" });
  });

  it("does not attribute across a sentence that ended inside the quote", () => {
    expect(quotes('"We will win." The opposition said it would fight.')[0]?.speaker).toBeNull();
  });
});

describe("extractSpeech: attributions", () => {
  it("X said (that) ...", () => {
    const [found] = attributions("Maria Alvarez said that the bridge was safe.");
    expect(found).toMatchObject({ text: "Maria Alvarez said", speaker: "maria alvarez", cue: "say", speakerSpan: { text: "Maria Alvarez" } });
  });

  it("X told the agency ...", () => {
    expect(attributions("Maria Alvarez told the agency the bridge was safe.")[0]).toMatchObject({ text: "Maria Alvarez told", cue: "tell" });
  });

  it("according to X, ...", () => {
    expect(attributions("According to the ministry, the bridge was safe.")[0]).toMatchObject({
      text: "According to the ministry",
      speaker: "the ministry",
      cue: "according to",
    });
  });

  it("..., X said. at the end of a sentence", () => {
    expect(attributions("The bridge was safe, Maria Alvarez said.")[0]).toMatchObject({ text: "Maria Alvarez said", speaker: "maria alvarez" });
  });

  it("..., said X. at the end of a sentence", () => {
    expect(attributions("The bridge was safe, said the minister.")[0]).toMatchObject({ text: "said the minister", speaker: "the minister" });
  });

  it("X announced ...", () => {
    expect(attributions("Brendle Corp announced a recall.")[0]).toMatchObject({ speaker: "brendle corp", cue: "announce" });
  });

  it("officials said / police said", () => {
    const found = attributions("Officials said the road was shut. Police said two men were held.");
    expect(found.map((a) => [a.text, a.speaker])).toEqual([
      ["Officials said", "officials"],
      ["Police said", "police"],
    ]);
  });

  it("an office whose name has 'and' in it", () => {
    expect(attributions("Leave should be longer, the Trade and Industry Secretary has said.")[0]?.speaker).toBe("the trade and industry secretary");
  });

  it("not an 'and' between two names before the speaker's noun", () => {
    expect(attributions("The Dunn and Bradstreet study found that failures rose.")[0]?.speaker).not.toBe("the dunn and bradstreet study");
  });

  it("a plural noun with an 'of' phrase", () => {
    expect(attributions("Creditors of the card firm have said they will close it.")[0]?.speaker).toBe("creditors of the card firm");
  });

  it("an apposition and a filler between speaker and verb", () => {
    const found = attributions("Maria Alvarez, the city's mayor, also said the bridge was safe.");
    expect(found[0]).toMatchObject({ text: "Maria Alvarez, the city's mayor, also said", speaker: "maria alvarez" });
  });

  it("a name in apposition after a description: the chairman, Rolf Antler, said", () => {
    expect(attributions("The party's chairman, Rolf Antler, said the count was fair.")[0]?.speaker).toBe("rolf antler");
  });

  it("the antecedent of 'who said'", () => {
    expect(attributions("Maria Alvarez, who said the bridge was safe, resigned.")[0]?.speaker).toBe("maria alvarez");
  });

  it("the person a college is given for after 'of', not the college", () => {
    const text = 'Professor Martin Oyelaran of Kestrel College, who was not involved, called the findings "encouraging but not conclusive."';
    expect(quotes(text)[0]?.speaker).toBe("martin oyelaran");
  });

  it("a name the entity finder missed: an unknown surname opening the sentence", () => {
    expect(attributions("Ketterby said the count was fair.")[0]).toMatchObject({ text: "Ketterby said", speaker: "ketterby" });
  });

  it("a surname that is also a title keeps its honorific out of the name: Mr. King said", () => {
    expect(attributions("Mr. King said the count was fair.")[0]).toMatchObject({ text: "Mr. King said", speaker: "king" });
  });

  it("a hyphenated name after an office: the name follows the last title", () => {
    expect(attributions("Tevanese President Oru Tal-mae said the count was fair.")[0]?.speaker).toBe("oru tal-mae");
  });

  it("a long apposition after a bracketed aside: Rep. Ola Brandt (D-Vt.), a member of the panel, said", () => {
    const found = attributions("Rep. Ola Brandt (D-Vt.), a member of the oversight panel, said the count was fair.");
    expect(found[0]?.speaker).toBe("ola brandt");
  });

  it("a capitalised idiom is not a speaker: Having said that", () => {
    expect(attributions("Having said that, the count was fair.")).toEqual([]);
  });

  it("a name found only as a capitalised run does not make a noun-like form a verb", () => {
    expect(attributions("Ketterby claims were dismissed by the court.")).toEqual([]);
  });

  it("a second verb shares the sentence's subject: X left early and said ...", () => {
    expect(attributions("Maria Alvarez left early and said the count was fair.")[0]).toMatchObject({ text: "said", speaker: "maria alvarez" });
  });

  it("a participle after a comma shares the sentence's subject: X left early, saying ...", () => {
    expect(attributions("But Senator Tam Odell left early, saying the count was fair.")[0]).toMatchObject({ text: "saying", speaker: "tam odell" });
  });

  it("a second verb shares the subject after an opening phrase: On Friday, X toured ... and said", () => {
    expect(attributions("On Friday, Lena Ostrow toured the depot and said the repairs would take a year.")[0]?.speaker).toBe("lena ostrow");
  });

  it("a second verb shares a subject named with its office: Finance Minister X toured ... and said", () => {
    expect(attributions("Finance Minister Lena Ostrow toured the depot and said the repairs would take a year.")[0]?.speaker).toBe("lena ostrow");
  });

  it("a sentence opening with a place has no subject to share: In Orland, ... and said", () => {
    expect(attributions("In Orland, crowds gathered and said little.")).toEqual([]);
  });

  it("an order is not a claim: X stopped her and told her to leave", () => {
    expect(attributions("Maria Alvarez stopped her and told her to leave.")).toEqual([]);
  });

  it("a finding attributed to its evidence: a new poll shows ..., the study found that ...", () => {
    const found = attributions("A new poll shows the mayor ahead. The study found that rents rose.");
    expect(found.map((a) => [a.speaker, a.cue])).toEqual([
      ["a new poll", "show"],
      ["the study", "find"],
    ]);
  });

  it("a finding verb with another subject attributes only a that-clause", () => {
    expect(attributions("Police found that the door was open.")[0]).toMatchObject({ speaker: "police", cue: "find" });
    expect(attributions("Police found the car on Monday.")).toEqual([]);
  });

  it("a finding verb after 'and' shares the sentence's subject, as a reporting verb does", () => {
    expect(attributions("Brendle Corp checked the figures and found that costs doubled.")[0]).toMatchObject({ speaker: "brendle corp", cue: "find" });
  });

  it("a base form that may be a noun needs evidence as its subject", () => {
    expect(attributions("The two taped a show that aired on Thursday.")).toEqual([]);
  });

  it("skips passives, nouns and verbs without a speaker", () => {
    expect(attributions("It is said to be safe. The claims were false. He declined to say.")).toEqual([]);
  });

  it("leaves the attribution of a direct quote, and verbs inside quotes, to the quotes", () => {
    expect(attributions('"They said it was safe," Maria Alvarez said.')).toEqual([]);
  });
});

describe("attributions without a verb: in X's view", () => {
  it("takes the owner of a view as the speaker: in the council's view", () => {
    expect(attributions("In the council's view, the ferry fare is too high.")[0]).toMatchObject({ speaker: "the council", cue: "in the view of" });
  });

  it("takes the speaker after 'in the opinion of'", () => {
    expect(attributions("In the opinion of the Harlow Ferry Board, the fare is too high.")[0]).toMatchObject({ speaker: "harlow ferry board", cue: "in the view of" });
  });

  it("credits no one for 'in view of'", () => {
    expect(attributions("In view of the storm, the ferry stayed in port.")).toEqual([]);
  });
});

describe("a speaker named by a noun that is also a reporting verb", () => {
  it("reads '..., the report said.' as the report's claim", () => {
    expect(attributions("The crew was warned before landing, the report said.")[0]?.speaker).toBe("the report");
  });

  it("still reads 'report' after a name as the verb", () => {
    expect(attributions("Officials report that the crew was warned.")[0]?.speaker).toBe("officials");
  });
});

describe("attributions to a named source behind a generic phrase", () => {
  it("ends the phrase after 'according to' at a participle after the evidence", () => {
    const text = "Volumes rose 12 percent, according to port authority figures released on Tuesday.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "port authority figures", cue: "according to" });
  });

  it("takes bare evidence after 'according to' as the source: according to radar data", () => {
    const text = "The storm stalled over the bay for six hours, according to radar data from the coastguard.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "radar data", cue: "according to" });
  });

  it("takes who made a document as the source: according to a survey the Orland Tenants Union ran", () => {
    const text = "Rents rose 6 percent, according to a survey the Orland Tenants Union ran last spring.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "orland tenants union", cue: "according to" });
  });

  it("does not take who acted on a person as the source: according to the man the police arrested", () => {
    const text = "The van was stolen, according to the man the police questioned.";
    expect(attributions(text)[0]?.speaker).not.toBe("the police");
  });

  it("takes the journal a study was published in as the source of its finding", () => {
    const text = "Walkers were 31% less likely to develop diabetes, a study published Wednesday in the Harlow Journal of Medicine found.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "harlow journal of medicine", cue: "find" });
  });

  it("takes evidence opening a long subject as the source of its finding", () => {
    const text = "Shares fell. Figures the port authority published on Tuesday showed container volumes dropped.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "figures the port authority published on tuesday", cue: "show" });
  });

  it("takes evidence with a participle phrase closing the sentence as the source of its finding", () => {
    const text = "Turnout fell to a record low, preliminary figures published on Sunday showed.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "preliminary figures published on sunday", cue: "show" });
  });

  it("takes evidence described before its noun, with a time before the verb, as the source of its finding", () => {
    expect(attributions("Official data last month showed exports falling.")[0]).toMatchObject({ speaker: "official data last month", cue: "show" });
  });

  it("takes the evidence, not a place in its description, as the source of its finding", () => {
    const text = "Tests on soil from the old mill found traces of lead.";
    expect(attributions(text)[0]).toMatchObject({ speaker: "tests on soil from the old mill", cue: "find" });
  });

  it("takes a report, though 'report' is also a reporting verb, as the source of its finding", () => {
    expect(attributions("The report showed costs rising.")[0]).toMatchObject({ speaker: "the report", cue: "show" });
  });

  it("takes a count that puts a figure at a number as the source of the figure", () => {
    expect(attributions("A police count puts the crowd at 40,000.")[0]).toMatchObject({ speaker: "a police count", cue: "put" });
  });

  it("gives no figure to a subject that is not evidence: Police put the toll at 12", () => {
    expect(attributions("Police put the toll at 12.")).toEqual([]);
  });

  it("gives no finding to evidence whose own relative clause holds the verb", () => {
    expect(attributions("The survey that found it covered only a narrow slice of the sky.")).toEqual([]);
  });

  it("gives no finding to a subject that is not evidence", () => {
    expect(attributions("Divers from the port authority found the wreck on Tuesday.")).toEqual([]);
  });

  it("gives no finding to a name after a clause that says something", () => {
    expect(attributions("The audit said Tarvik Bank found a buyer.").map((found) => found.speaker)).toEqual(["the audit"]);
  });

  it("reads 'report' after 'a' as the phrase's noun: according to a report by X", () => {
    const text = "According to a report by the transport department, the line will carry 48,000 riders a day.";
    expect(attributions(text)[0]).toMatchObject({ text: "According to a report", cue: "according to" });
  });

  it("takes the agent of 'according to an estimate by X' as the speaker", () => {
    const text = "The closure costs about $3 million a week, according to an estimate by the Orland Chamber of Commerce.";
    const [attribution] = extractSpeech(text, extractEntities(text)).attributions;
    expect(attribution?.speaker).toBe("orland chamber of commerce");
  });
});

describe("'add' that adds rather than says", () => {
  it("X added a goal, X added 3 percent: an object after the verb", () => {
    expect(attributions("Ekberg added a second goal in the 71st minute.")).toEqual([]);
    expect(attributions("Shares of Veltra added 3 percent.")).toEqual([]);
  });

  it("X added that ...: still speech", () => {
    expect(attributions("Ekberg added that the team was tired.")[0]).toMatchObject({ speaker: "ekberg", cue: "add" });
  });
});

describe("speakers written the way US political copy writes them", () => {
  it('"...," the Times wrote: "the" before a named speaker after the quote', () => {
    expect(quotes('"The count was fair," the Harlow Gazette wrote.')[0]?.speaker).toBe("harlow gazette");
  });

  it("X, R-Ky., said: a party tag between commas", () => {
    expect(attributions("Senator Tam Odell, R-Ore., said the vote would wait.")[0]).toMatchObject({ speaker: "tam odell", cue: "say" });
  });

  it('"...," X, D-Calif., said: a party tag after the quote', () => {
    expect(quotes('"The vote will wait," Tam Odell, D-Calif., said.')[0]?.speaker).toBe("tam odell");
  });

  it("said 9/11 widow X, according to radio host X: a short description before a person", () => {
    expect(quotes('"They are wrong," said 9/11 widow Rena Kolt.')[0]?.speaker).toBe("rena kolt");
    expect(attributions("According to conservative radio host Rena Kolt, the plan failed.")[0]?.speaker).toBe("rena kolt");
  });

  it("said Brannock Securities analyst X: the person an organisation's description introduces", () => {
    expect(quotes('"Costs are still biting," said Brannock Securities analyst Elena Varga.')[0]?.speaker).toBe("elena varga");
  });

  it("said its director, X: the name set off after a description is the speaker", () => {
    expect(quotes('"Drivers have been at risk for months," said its director, Paul Menard.')[0]?.speaker).toBe("paul menard");
  });

  it("\"...,\" Rovers manager X told: a description holding a team's name before the speaker", () => {
    const text = 'Ashcombe Rovers signed him. "He can run a game," Rovers manager Corin Halvey told reporters.';
    expect(quotes(text)[0]?.speaker).toBe("corin halvey");
  });

  it("said lead researcher Dr. X: a title's abbreviation inside the description", () => {
    expect(quotes('"We must act now," said lead researcher Dr. Priya Venkataraman.')[0]?.speaker).toBe("priya venkataraman");
  });

  it("said epidemiologist X: a two-word name of no known type after a description", () => {
    expect(quotes('"We must act now," said epidemiologist Chukwuemeka Obi.')[0]?.speaker).toBe("chukwuemeka obi");
  });

  it("a description with a verb form names no one: according to polls showing X", () => {
    expect(attributions("According to polls showing Rena Kolt ahead, the race is close.")).toEqual([]);
  });

  it("X wrote that ...: a quote-only verb reports a claim with a that-clause", () => {
    expect(attributions("The Harlow Gazette on Saturday wrote that the count was fair.")[0]).toMatchObject({ speaker: "harlow gazette", cue: "write" });
    expect(attributions("Maria Alvarez wrote a letter.")).toEqual([]);
  });

  it("noted NBC's X: the person behind an organisation's possessive", () => {
    expect(attributions("The debates will not move the race, noted Veltra's Rena Kolt.")[0]?.speaker).toBe("rena kolt");
  });
});

describe("extractSpeech: discussions", () => {
  it("credits the subject of a discussion verb", () => {
    expect(discussions("The group discussed the cost of the new case.")[0]).toMatchObject({ text: "The group discussed", speaker: "the group", cue: "discuss" });
  });

  it("reads past fillers between subject and verb", () => {
    expect(discussions("They also considered a cheaper case.")[0]).toMatchObject({ speaker: "they", cue: "consider" });
  });

  it("needs the particle of talk about and point out", () => {
    expect(discussions("The team talked with the supplier.")).toEqual([]);
    expect(discussions("The team talked about the supplier.")[0]?.cue).toBe("talk about");
  });

  it("credits no one for a passive", () => {
    expect(discussions("The budget was discussed on Monday.")).toEqual([]);
  });

  it("takes a present form after a common noun for a noun", () => {
    expect(discussions("The price debate continued into the night.")).toEqual([]);
  });

  it("takes a present form that is never a noun for a verb after a common noun: the board believes", () => {
    expect(discussions("The board believes the fare is too high.")[0]).toMatchObject({ speaker: "the board", cue: "believe" });
  });

  it("takes no word that names an Object property for a verb", () => {
    expect(discussions("They constructor the bridge.")).toEqual([]);
  });

  it("never makes an attribution of a claim", () => {
    expect(attributions("The council discussed the budget on Monday.")).toEqual([]);
  });
});
