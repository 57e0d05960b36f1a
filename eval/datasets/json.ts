/** Shape checks for the JSON data sets: fail with the item and field named, not later with undefined. */

export type JsonRecord = Record<string, unknown>;

/** Parse a JSON list of objects. */
export function parseJsonList(text: string, dataset: string): JsonRecord[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error(`${dataset}: expected a JSON list`);
  return value.map((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw new Error(`${dataset} item ${index}: expected an object`);
    }
    return item as JsonRecord;
  });
}

/** A string field of one item. */
export function stringField(item: JsonRecord, key: string, where: string): string {
  const value = item[key];
  if (typeof value !== "string") throw new Error(`${where}: field "${key}" must be a string`);
  return value;
}

/** An id field that may be stored as a number or a string. */
export function idField(item: JsonRecord, key: string, where: string): string {
  const value = item[key];
  if (typeof value === "number" || typeof value === "string") return String(value);
  throw new Error(`${where}: field "${key}" must be a string or a number`);
}
