/** Store sizes as the command line and the tables write them: "10k", "100k", "1m". */

/** "10k,100k,1m" to [10000, 100000, 1000000]; throws on anything else. */
export function parseSizes(list: string): number[] {
  return list.split(",").map((part) => {
    const match = /^(\d+)([km]?)$/i.exec(part.trim());
    if (match === null) throw new Error(`--sizes: "${part}" is not a size such as 10k, 100k or 1m`);
    const scale = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
    const size = Number(match[1]) * scale;
    if (size < 1) throw new Error(`--sizes: "${part}" must be at least 1`);
    return size;
  });
}

/** 10000 to "10k", 1000000 to "1m"; other counts as plain numbers. */
export function sizeLabel(size: number): string {
  if (size === 0) return "0";
  if (size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}
