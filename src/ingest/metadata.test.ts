import { describe, it, expect } from "vitest";
import { findDateline, findSourceCues, outletFromUrl } from "./metadata.js";

describe("outletFromUrl", () => {
  it("gives the host without www.", () => {
    expect(outletFromUrl("https://www.harbourtimes.example/news/1")).toBe("harbourtimes.example");
  });

  it("keeps other subdomains and lowers the case", () => {
    expect(outletFromUrl("http://News.Carrow.example:8080/a?b=c")).toBe("news.carrow.example");
  });

  it("gives undefined for something that is not a URL", () => {
    expect(outletFromUrl("not a url")).toBeUndefined();
  });
});

describe("findDateline", () => {
  it.each([
    ["WASHINGTON (Reuters) - Roads were shut.", "WASHINGTON"],
    ["LONDON, March 3 (AP) — Roads were shut.", "LONDON"],
    ["PARIS — Roads were shut.", "PARIS"],
    ["PARIS—Roads were shut.", "PARIS"],
    ["NEW YORK, Feb 26 - Roads were shut.", "NEW YORK"],
    ["SAN JUAN, Puerto Rico (AP) — Roads were shut.", "SAN JUAN"],
    ["CARROW, 3 March 2024 (Harbour Wire) -- Roads were shut.", "CARROW"],
    ["Washington (CNN) — Roads were shut.", "Washington"],
    ["NEW DELHI: Roads were shut.", "NEW DELHI"],
  ])("finds the place in %j", (text, place) => {
    expect(findDateline(text)).toBe(place);
  });

  it("looks past a title line and a byline", () => {
    expect(findDateline("Storm shuts Carrow roads\n\nBy Ann Vale\n\nCARROW (Reuters) - Roads were shut.")).toBe("CARROW");
  });

  it.each([
    ["Roads were shut in Carrow on Monday."],
    ["PARIS-based firms said sales fell."],
    ["BREAKING: Roads were shut."],
    ["Washington — a city of monuments — was quiet."],
    ["The mayor said: roads are shut."],
  ])("finds none in %j", (text) => {
    expect(findDateline(text)).toBeUndefined();
  });

  it("ignores a dateline-like line deep in the story", () => {
    expect(findDateline("One.\n\nTwo.\n\nThree.\n\nPARIS — Four.")).toBeUndefined();
  });
});

describe("findSourceCues", () => {
  it.each([
    ["CARROW (Reuters) - Roads were shut.", ["Reuters"]],
    ["Roads were shut, according to the Associated Press.", ["Associated Press"]],
    ["\"We are ready,\" the mayor told Reuters.", ["Reuters"]],
    ["Reuters reported on Monday that roads were shut.", ["Reuters"]],
    ["LONDON (AP) — Roads were shut.", ["Associated Press"]],
    ["Roads were shut, the mayor told AFP.", ["Agence France-Presse"]],
    ["By Jane Doe, Reuters\n\nRoads were shut.", ["Reuters"]],
    ["By JANE DOE, Associated Press Writer\n\nRoads were shut.", ["Associated Press"]],
    ["By Jane Doe | AFP\n\nRoads were shut.", ["Agence France-Presse"]],
    ["Roads were shut, according to the AP.", ["Associated Press"]],
    ["Roads were shut, the Harbour Times reported.", ["Harbour Times"]],
    ["Roads were shut, according to Sky Harbour News.", ["Sky Harbour News"]],
    ["Roads were shut, according to the Carrow Evening Post.", ["Carrow Evening Post"]],
    ["Roads were shut, an AFP correspondent said.", ["Agence France-Presse"]],
    ["Roads were shut, a Reuters tally showed.", ["Reuters"]],
    ["Roads were shut.\n\nThe Associated Press contributed to this report.", ["Associated Press"]],
    ["Roads were shut, the mayor said in an interview with the BBC.", ["BBC"]],
    ["Roads were shut, the paper said, citing Xinhua.", ["Xinhua"]],
    ["Roads were shut, said the mayor. — AFP", ["Agence France-Presse"]],
    ["Roads were shut, said the mayor. - Reuters", ["Reuters"]],
    ["Roads were shut, said the mayor.\n\nAFP", ["Agence France-Presse"]],
    ["Roads were shut, according to Reuters and the Associated Press.", ["Reuters", "Associated Press"]],
    ["Earlier, Reuters and AFP reported the closure.", ["Reuters", "Agence France-Presse"]],
    ["Meanwhile Harbour News reported the closure.", ["Harbour News"]],
    ["On Monday the Harbour Post's analysis found roads shut, according to the Post's count.", ["Harbour Post", "Post"]],
    ["Roads were shut, according to Reuters on Monday.", ["Reuters"]],
    ["Roads were shut, according to a Harbour Times investigation.", ["Harbour Times"]],
    ["Roads were shut, according to the Carrow News Agency.", ["Carrow News Agency"]],
    ["Roads were shut, he told Carrow's Bay Radio.", ["Bay Radio"]],
    ["Roads were shut, Kyodo News Agency reported.", ["Kyodo News"]],
  ])("finds the source in %j", (text, cues) => {
    expect(findSourceCues(text)).toEqual(cues);
  });

  it("lists cues in order of first mention, each once", () => {
    const text = "CARROW (AFP) - Roads were shut, the mayor told Reuters. Later AFP reported more closures.";
    expect(findSourceCues(text)).toEqual(["Agence France-Presse", "Reuters"]);
  });

  it.each([
    ["Roads were shut, according to Jane Doe.", "a person after 'according to'"],
    ["Roads were shut, according to Mayor Ann Vale of Carrow.", "an official"],
    ["Roads were shut, according to the Ministry of Transport.", "an institution"],
    ["Roads were shut, according to police.", "a common noun"],
    ["Roads were shut, according to John Times.", "a person whose surname is a newspaper word"],
    ["\"We are ready,\" the mayor told Ann Vale.", "a person after 'told'"],
    ["Jane Doe reported the closure to the council.", "a person before 'reported'"],
    ["The council reported a surplus.", "an institution before 'reported'"],
    ["By Michael Bloomberg\n\nRoads were shut.", "a person's byline"],
    ["The AP Photo shows roads shut (AP Photo/Jane Doe).", "a photo credit"],
    ["Roads were shut, according to the Post Office.", "a name only starting with a newspaper word"],
    ["Reporting by Jane Doe; Editing by John Roe", "a staff sign-off"],
    ["Roads were shut, the mayor told reporters.", "lower-case words"],
    ["Roads were shut. Reuters. Harbour officials agreed.", "a bare mention"],
    ["Roads were shut, according to the Economic Planning Agency.", "a government agency"],
    ["Carrow tests IPTV (Internet Protocol TV) this year.", "a gloss in brackets"],
    ["Roads were shut, the mayor told US TV network viewers.", "'TV' qualifying a noun"],
    ["Shares of eBloomberg reported gains.", "an agency name inside a word"],
    ["He joined Acme-Reuters last year.", "an agency name after a hyphen inside a word"],
  ])("finds none in %j (%s)", (text) => {
    expect(findSourceCues(text)).toEqual([]);
  });
});

describe("findSourceCues on long inputs", () => {
  it("stays linear on a long comma-separated run of capitalised words", () => {
    const list = Array.from({ length: 20_000 }, (_, i) => `Word${i} Other`).join(", ");
    const started = performance.now();
    expect(findSourceCues(list)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
