/** The real article an origin of the benchmark sequence comes from: "variant:3:reuters:17" -> "reuters:17". */
export function familyOf(origin: string): string {
  return origin.replace(/^(?:variant|query):\d+:/, "");
}
