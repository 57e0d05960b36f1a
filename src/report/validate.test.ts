import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtureReport } from "../present/fixture.test-data.js";
import { COMPARE_SCHEMA_ID, validateReport } from "./index.js";
import type { AlignmentKind, FindingType, Relation, Severity } from "./types.js";

const schema = JSON.parse(readFileSync(new URL("../../docs/compare.schema.json", import.meta.url), "utf8"));

/** Records keyed by each union fail to compile when a member is added or removed in types.ts. */
const relations: Record<Relation, true> = { copy: true, rewrite: true, partial: true, independent: true, unrelated: true };
const kinds: Record<AlignmentKind, true> = { verbatim: true, paraphrase: true, altered: true, unsupported: true };
const severities: Record<Severity, true> = { high: true, medium: true, low: true };
const findingTypes: Record<FindingType, true> = {
  "number-changed": true,
  "date-changed": true,
  "entity-changed": true,
  "quote-altered": true,
  "quote-invented": true,
  misattribution: true,
  "attribution-dropped": true,
  "hedge-dropped": true,
  "negation-flipped": true,
  "meaning-changed": true,
  unsupported: true,
  omitted: true,
};

describe("validateReport", () => {
  it("accepts the fixture report", () => {
    expect(validateReport(fixtureReport())).toEqual({ valid: true, errors: [] });
  });

  it("rejects a report without a verdict", () => {
    const { verdict: _dropped, ...report } = fixtureReport();
    const result = validateReport(report);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain("report must have required property 'verdict'");
  });

  it("rejects an alignment kind outside the enum and names the allowed ones", () => {
    const report = fixtureReport();
    (report.alignment[0] as { kind: string }).kind = "rephrased";
    const result = validateReport(report);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(["/alignment/0/kind must be equal to one of the allowed values: verbatim, paraphrase, altered, unsupported"]);
  });

  it("rejects a share above 1", () => {
    const report = fixtureReport();
    report.verdict.derivedShare = 1.5;
    expect(validateReport(report).errors).toEqual(["/verdict/derivedShare must be <= 1"]);
  });

  it("rejects another schema id", () => {
    expect(validateReport({ ...fixtureReport(), schema: "wiretrace/compare@2" }).valid).toBe(false);
  });

  it("accepts fields added later at the top level and inside objects", () => {
    const report = { ...fixtureReport(), elapsedMs: 12 };
    (report.verdict as unknown as Record<string, unknown>).credited = true;
    expect(validateReport(report).valid).toBe(true);
  });

  it("lists every problem, not just the first", () => {
    const report = fixtureReport();
    (report.findings[0] as { severity: string }).severity = "critical";
    (report.verdict as { faithful: unknown }).faithful = "no";
    expect(validateReport(report).errors).toHaveLength(2);
  });

  it("rejects a value that is not an object", () => {
    expect(validateReport("not a report")).toEqual({ valid: false, errors: ["report must be object"] });
  });
});

describe("docs/compare.schema.json", () => {
  it("is tied to the schema id in types.ts", () => {
    expect(schema.properties.schema.const).toBe(COMPARE_SCHEMA_ID);
  });

  it("lists exactly the enum members of types.ts", () => {
    const defs = schema.$defs;
    expect(new Set(defs.verdict.properties.relation.enum)).toEqual(new Set(Object.keys(relations)));
    expect(new Set(defs.alignmentEntry.properties.kind.enum)).toEqual(new Set(Object.keys(kinds)));
    expect(new Set(defs.finding.properties.severity.enum)).toEqual(new Set(Object.keys(severities)));
    expect(new Set(defs.finding.properties.type.enum)).toEqual(new Set(Object.keys(findingTypes)));
  });
});

describe("docs/json-contract.md", () => {
  const doc = readFileSync(new URL("../../docs/json-contract.md", import.meta.url), "utf8");
  const example: unknown = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]!);

  it("has an example report that the schema accepts", () => {
    expect(validateReport(example)).toEqual({ valid: true, errors: [] });
  });

  it("has the test fixture as its example, so the two cannot drift apart", () => {
    expect(example).toEqual(fixtureReport());
  });
});
