import { describe, expect, it } from "vitest";
import { checkEntities } from "./entities.js";
import { runCheck, runCheckWithSupports } from "./pair.test-data.js";

const found = (source: string, rewrite: string) => runCheck(checkEntities, source, rewrite).map((item) => `${item.type}:${item.rewrite?.text}`);

const SOURCE = "Ines Duarte said the Harlow museum will show paintings by Marta Oyelaran next month. Pavel Ruiz runs the city archive.";

describe("checkEntities", () => {
  it("flags a name written a second time in the place of another", () => {
    expect(found(
      "Critics named writers such as Ana Ruiz, Tomas Berg and Lena Holt as influences.",
      "Critics named writers such as Lena Holt, Tomas Berg and Lena Holt as influences.",
    )).toEqual(["entity-changed:Lena Holt"]);
  });

  it("leaves a name the rewrite repeats where the source has a pronoun", () => {
    expect(found(
      "Lena Holt met Ana Ruiz in Tarvik. She said the talks went well.",
      "Lena Holt met Ana Ruiz in Tarvik, and Lena Holt said the talks went well.",
    )).toEqual([]);
  });
  it("flags a name standing exactly where the supporting sentence has another, whatever their types", () => {
    const source = "Traders said the Carrow 100 and Dorvex swung between gains and losses. Halvey Capital met on Tuesday.";
    expect(found(source, "Traders said the Carrow 100 and Halvey Capital swung between gains and losses. Dorvex rose.")).toEqual(["entity-changed:Halvey Capital"]);
  });

  it("takes another name of one place in the same words for the same place", () => {
    expect(found("Exports from Burma rose last month.", "Exports from Myanmar rose last month.")).toEqual([]);
  });

  it("accepts a place that contains the one the supporting sentence names", () => {
    expect(found("Rebuilding the market in Baghdad will take a year.", "Rebuilding the market in Iraq will take a year.")).toEqual([]);
  });

  it("accepts a name written out longer with an 'of' phrase or common nouns", () => {
    expect(found("The House passed the measure on Tuesday.", "The House of Representatives passed the measure on Tuesday.")).toEqual([]);
    expect(found("The frogs live only in the Seychelles.", "The frogs live only in the Seychelles Archipelago.")).toEqual([]);
  });

  it("accepts a person's full name for the given name the source calls them by", () => {
    expect(found("Simon scored twice on Sunday.", "Simon Taylor scored twice on Sunday.")).toEqual([]);
  });

  it("takes a new name for a dropped supporting name of its own type", () => {
    expect(found("Fans in Oslo cheered the band on Sunday.", "The band was cheered on Sunday by fans in Rome.")).toEqual(["entity-changed:Rome"]);
  });

  it("does not take a new name in words of its own for a dropped supporting name", () => {
    expect(found("Tarvik Corp will seek two board seats, according to papers it filed with the Harbour Commission on Monday.", "Tarvik Corp, which holds a stake in Lumen Foods Inc, will seek two board seats.")).toEqual(["unsupported:Lumen Foods Inc"]);
  });

  it("does not take a new untyped name for a dropped people's name", () => {
    expect(found("Fans cheered the Irish side on Sunday.", "The side was cheered by Chernobyl fans on Sunday.")).toEqual(["unsupported:Chernobyl"]);
  });

  it("does not take a new company for a dropped people's name the library typed alike", () => {
    expect(found("Marlowe Gold sold shares to Ukrainian investors on Monday.", "Marlowe Gold sold shares on Monday, and Korvash Ltd bought them.")).toEqual(["unsupported:Korvash Ltd"]);
  });

  it("takes a new people's name for a dropped one", () => {
    expect(found("Fans cheered the Irish side on Sunday.", "Welsh fans cheered the side on Sunday.")).toEqual(["entity-changed:Welsh"]);
  });

  it("does not take a new name shaped like a person's for a dropped contest", () => {
    expect(found("Fans cheered at the Velvet Cup on Sunday.", "Fans cheered Aurelio Brant on Sunday.")).toEqual(["unsupported:Aurelio Brant"]);
  });

  it("does not take a country for a dropped organisation of the same type", () => {
    expect(found("Tarvik Corp and the Energy Department said stocks fell.", "Tarvik Corp and the U.S. said stocks fell.")).toEqual(["unsupported:U.S."]);
  });

  it("does not take a country the source names elsewhere for an organisation in its slot", () => {
    expect(found("Tarvik Corp said the EC would raise steel tariffs sharply. The U.S. opened talks.", "The U.S. would raise steel tariffs sharply, Tarvik Corp said.")).toEqual([]);
  });

  it("takes another organisation the source names elsewhere for one in its slot", () => {
    expect(found("Tarvik Corp said the EC would raise steel tariffs sharply. Nolvane Corp opened talks.", "Nolvane Corp would raise steel tariffs sharply, Tarvik Corp said.")).toEqual(["entity-changed:Nolvane Corp"]);
  });

  it("does not take a new place for a dropped name of no known type", () => {
    expect(found("Fans at the Velvet Awards cheered the band on Sunday.", "The band was cheered on Sunday by fans in Rome.")).toEqual(["unsupported:Rome"]);
  });

  it("flags a longer name whose added word is a name of its own", () => {
    expect(found("Shares in Corvell fell on Tuesday.", "Shares in Corvell Tamsin fell on Tuesday.")).toEqual(["entity-changed:Corvell Tamsin"]);
  });

  it("flags a containing place when the sentence still names the place it contains", () => {
    expect(found("A pipeline from Baghdad to Amman is planned.", "A pipeline from Baghdad to Iraq is planned.")).toEqual(["entity-changed:Iraq"]);
  });

  it("flags a place in the slot of a place it does not contain", () => {
    expect(found("Rebuilding the market in Baghdad will take a year.", "Rebuilding the market in Iran will take a year.")).toEqual(["entity-changed:Iran"]);
  });

  it("flags a name from elsewhere in the source standing where the supporting sentence has another", () => {
    expect(found(SOURCE, "Ines Duarte said the Harlow museum will show paintings by Pavel Ruiz next month. Marta Oyelaran is pleased."))
      .toEqual(["entity-changed:Pavel Ruiz"]);
  });

  it("accepts a name the source itself puts beside the same words", () => {
    expect(found(
      "Ines Duarte said the Harlow museum will show paintings by Marta Oyelaran. Pavel Ruiz will also show paintings there.",
      "Ines Duarte said the Harlow museum will show paintings by Marta Oyelaran and Pavel Ruiz.",
    )).toEqual([]);
  });

  it("accepts a name the supporting sentence writes as part of a longer name", () => {
    expect(found(
      "Shares in Corvell closed at $58.28 on the Harlow Stock Exchange.",
      "Corvell shares rose to close at $58.28 on the Harlow Stock Exchange.",
    )).toEqual([]);
  });

  it("accepts a name written in the same words as the supporting sentence's, though keyed apart", () => {
    // The source keys the first "Nick" to the full name it gives later; the rewrite has no full name.
    expect(found(
      "Nick said the Harlow fund would close in May. Its manager, Nick Vaughan, said savers were told.",
      "Nick said the Harlow fund would close in May.",
    )).toEqual([]);
  });

  it("accepts a name the supporting sentence writes though it reads another name there", () => {
    // Wrapped after "United", the source reads "United" and "Nations Food Programme"; the rewrite, on one line, one name.
    const source = "Levels in the tea topped the limits of the United\nNations Food Programme and the World Health\nOrganisation, the letter from the ministry said.";
    const rewrite = "Levels in the tea topped the limits of the United Nations Food Programme and the World Health Organisation, the letter from the ministry said.";
    expect(runCheckWithSupports(checkEntities, source, rewrite, [0]).map((item) => item.type)).toEqual([]);
  });

  it("does not take a name beside 'said' for another name beside 'said'", () => {
    expect(found(
      "Marcus Dahl said the company expects to complete the sale. Shares in Halvorsen rose. Ingrid Solberg said prices rose.",
      "Marcus Dahl said Halvorsen expects to complete the sale.",
    )).toEqual([]);
  });

  it("flags a supporting name moved into the place of another the rewrite drops", () => {
    expect(found(
      "Jonas Ekberg headed the second goal in the 71st minute. Substitute Callum Dray sealed the win in stoppage time.",
      "Callum Dray headed the second goal in the 71st minute and sealed the win in stoppage time.",
    )).toEqual(["entity-changed:Callum Dray"]);
  });

  it("flags a surname moved into the place of a person the rewrite names only elsewhere", () => {
    expect(found(
      "Jonas Ekberg headed the second goal, and substitute Callum Dray sealed the win in stoppage time.",
      "Dray headed the second goal, and substitute Callum Dray sealed the win in stoppage time. Jonas Ekberg started on the bench.",
    )).toEqual(["entity-changed:Dray"]);
  });

  it("flags an untyped person's name from elsewhere standing in another untyped person's place", () => {
    const findings = runCheckWithSupports(
      checkEntities,
      "Gideon Farrow was jailed for fraud. Farrow's partner Colm Reddaway pleaded guilty. Prosecutors said Reddaway had cooperated with the inquiry.",
      "Prosecutors said Gideon Farrow had cooperated with the inquiry.",
      [2],
    );
    expect(findings.map((item) => `${item.type}:${item.rewrite?.text}`)).toEqual(["entity-changed:Gideon Farrow"]);
  });

  it("accepts a supporting name kept in its own place when another is dropped", () => {
    expect(found(
      "Jonas Ekberg headed the second goal in the 71st minute. Substitute Callum Dray sealed the win in stoppage time.",
      "After a second goal in the 71st minute, substitute Callum Dray sealed the win in stoppage time.",
    )).toEqual([]);
  });

  it("accepts a name that shares one word with a name of an unaligned source sentence", () => {
    const source = "The visit to Harlow by the embattled minister will be seen as a show of unity by Mr Lund. Mr Dahl is under inquiry over rail tickets. A separate inquiry by Sir Ivo Brandt will ask whether the embattled official erred.";
    expect(found(source, "Rafe Lund will join embattled Olav Dahl on a visit to Harlow.")).toEqual([]);
  });

  it("accepts a name from elsewhere in the source that fills no other name's words", () => {
    const source = "Marta Oyelaran painted the mural in May. The Harlow museum, run by Pavel Ruiz, will show it next month.";
    expect(runCheckWithSupports(checkEntities, source, "Marta Oyelaran's mural goes on show next month.", [1]).map((item) => item.type)).toEqual([]);
  });

  it("leaves a swapped speaker to the attribution check", () => {
    expect(found(
      "\"The cranes stand idle,\" said Dana Okafor, the port's director. Labour Minister Teodora Vance will meet both sides.",
      "\"The cranes stand idle,\" said Labour Minister Teodora Vance. Dana Okafor runs the port.",
    )).toEqual([]);
  });
});

describe("checkEntities, names outside the supporting sentences", () => {
  const PLANS = "Tomas Reyl offered the Silver, Gold and Onyx plans to the caller. The caller asked about dental cover and eye tests. Tomas Reyl said the Gold plan would cost about $40 a month.";

  it("flags a plan name from the source standing where another sentence of the source has the chosen one", () => {
    expect(found(PLANS, "After asking about dental cover and eye tests, the family chose the Onyx plan at about $40 a month."))
      .toEqual(["entity-changed:Onyx"]);
  });

  it("accepts the plan name the source puts in that place", () => {
    expect(found(PLANS, "After asking about dental cover and eye tests, the family chose the Gold plan at about $40 a month.")).toEqual([]);
  });

  it("does not compare untyped names that do not name the same kind of thing", () => {
    expect(found(
      "Tomas Reyl hosts the Quiet Hour podcast for Lumen Radio. The caller asked about dental cover and eye tests. Tomas Reyl said the Gold plan would cost about $40 a month.",
      "After asking about dental cover and eye tests, the family chose Quiet Hour at about $40 a month.",
    )).toEqual([]);
  });
});
