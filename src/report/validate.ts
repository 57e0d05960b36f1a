import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

/** Same relative path from src/report/ and dist/report/: both sit two levels below the repo root. */
const SCHEMA_URL = new URL("../../docs/compare.schema.json", import.meta.url);

let compiled: ValidateFunction | undefined;

/** Compiles once, on first use, so importing the module costs nothing. */
function compareValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object;
    compiled = new Ajv2020({ allErrors: true }).compile(schema);
  }
  return compiled;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "report" : error.instancePath;
  const allowed = error.keyword === "enum" ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")}` : "";
  return `${where} ${error.message ?? "is invalid"}${allowed}`;
}

/**
 * Checks a value against the `wiretrace/compare@1` JSON Schema (docs/compare.schema.json).
 * Returns every problem found, one line each, such as `/verdict must have required property 'faithful'`.
 */
export function validateReport(report: unknown): { valid: boolean; errors: string[] } {
  const validate = compareValidator();
  const valid = validate(report);
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describeError) };
}
