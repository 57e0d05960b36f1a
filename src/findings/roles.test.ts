import { describe, expect, it } from "vitest";
import { runCheckAgainstAll } from "./pair.test-data.js";
import { checkRoles } from "./roles.js";

const roleFindings = (source: string, rewrite: string) => runCheckAgainstAll(checkRoles, source, rewrite);

describe("checkRoles", () => {
  it("finds two names that traded places around the same verb", () => {
    const [found] = roleFindings("Ortega defeated Lindqvist in the final on Sunday.", "Lindqvist defeated Ortega in the final on Sunday.");
    expect(found?.type).toBe("entity-changed");
    expect(found?.rewrite?.text).toBe("Lindqvist defeated Ortega");
    expect(found?.source?.text).toBe("Ortega defeated Lindqvist");
  });

  it("finds a swap between two passive sentences", () => {
    expect(roleFindings("Ortega was defeated by Lindqvist.", "Lindqvist was defeated by Ortega.")).toHaveLength(1);
  });

  it("leaves the passive voice of the same claim alone", () => {
    expect(roleFindings("Ortega defeated Lindqvist in the final.", "Lindqvist was defeated by Ortega in the final.")).toEqual([]);
  });

  it("leaves the names in their source order alone", () => {
    expect(roleFindings("Ortega defeated Lindqvist in the final.", "In the final, Ortega defeated Lindqvist.")).toEqual([]);
  });

  it("leaves a verb whose sides may trade places alone", () => {
    expect(roleFindings("Ortega met Lindqvist in Tarvik on Monday.", "Lindqvist met Ortega in Tarvik on Monday.")).toEqual([]);
  });

  it("leaves an attribution moved to the end of the sentence alone", () => {
    expect(roleFindings("Ortega said Lindqvist would lead the team.", "Lindqvist will lead the team, said Ortega.")).toEqual([]);
  });

  it("leaves a swap the source itself states elsewhere alone", () => {
    expect(roleFindings("Ortega beat Lindqvist in March. Lindqvist beat Ortega in June.", "Lindqvist beat Ortega in June.")).toEqual([]);
  });
});
