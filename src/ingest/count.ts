/**
 * How many items an ingest will produce, counted ahead for a progress bar: JSON Lines lines and
 * feed items are counted, every other file is one. Counting reads each JSON Lines file once more,
 * sequentially, which costs far less than ingesting it.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { ByteSource } from "./byte-source.js";
import { decodeBytes } from "./decode.js";
import { isHttpUrl } from "./fetch-url.js";
import { sniffKind } from "./file-kind.js";
import { countContentLines } from "./lines.js";
import { DEFAULT_MAX_BYTES } from "./limits.js";
import { expandTarget } from "./targets.js";

const HEAD_BYTES = 64 * 1024;
const FEED_ITEM = /<(?:[\w-]+:)?(?:item|entry)[\s>]/g;

/**
 * The number of items collectArticles will yield for these targets, near enough for a progress
 * bar; 0 (unknown) when any target is a URL, since counting would mean fetching it twice.
 */
export async function countTargets(targets: string[], options: { maxBytes?: number } = {}): Promise<number> {
  if (targets.some(isHttpUrl)) return 0;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let total = 0;
  for (const target of targets) {
    for await (const path of expandTarget(target)) {
      total += typeof path === "string" ? await countFile(path, maxBytes) : 1;
    }
  }
  return total;
}

async function countFile(path: string, maxBytes: number): Promise<number> {
  try {
    const { size } = await stat(path);
    const source = new ByteSource(createReadStream(path));
    try {
      const kind = sniffKind(path, decodeBytes(await source.head(HEAD_BYTES)));
      if (kind === "jsonl") return Math.max(1, await countContentLines(source.chunks()));
      if (kind === "feed" && size <= maxBytes) return Math.max(1, (await readFile(path, "utf8")).match(FEED_ITEM)?.length ?? 0);
      return 1;
    } finally {
      await source.close();
    }
  } catch {
    return 1;
  }
}
