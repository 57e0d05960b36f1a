import { existsSync } from "node:fs";
import type { SourcesTarget } from "../corpus/index.js";
import { createError } from "../errors/index.js";
import type { Store } from "../store/index.js";
import { openStoreFor } from "./store-option.js";

export interface SourcesCommandOptions {
  db?: string;
  limit: string;
  explain: boolean;
  verify: boolean;
  semantic: boolean;
  format: "terminal" | "json";
  color: boolean;
}

/** `wiretrace sources ARTICLE`: the stored articles ARTICLE most likely derives from. */
export async function runSources(articleRef: string, options: SourcesCommandOptions): Promise<number> {
  const limit = parseLimit(options.limit);
  const store = await openStoreFor(options.db);
  try {
    const [{ findSources }, present] = await Promise.all([import("../corpus/index.js"), import("../present/index.js")]);
    const target = await resolveTarget(store, articleRef);
    const matches = await findSources(store, target, { limit, verify: options.verify, semantic: options.semantic });
    const { article } = target;
    const document = present.sourcesDocument(
      {
        ...("id" in article && typeof article.id === "number" ? { id: article.id } : {}),
        origin: article.origin,
        ...(article.title ? { title: article.title } : {}),
        ...(article.outlet ? { outlet: article.outlet } : {}),
        ...(article.published ? { published: article.published } : {}),
      },
      matches,
    );
    const best = matches[0]?.verification?.report;
    if (options.format === "json") {
      process.stdout.write(`${JSON.stringify(options.explain && best ? { ...document, explain: best } : document, null, 2)}\n`);
      return 0;
    }
    const color = options.color && process.stdout.isTTY === true;
    process.stdout.write(present.renderSourcesTerminal(document, { color }));
    if (options.explain && best) process.stdout.write(`\n${present.renderTerminal(best, { color, width: process.stdout.columns })}`);
    return 0;
  } finally {
    await store.close();
  }
}

/** A path to a file that exists is read as an article; otherwise a whole number is a stored id. */
async function resolveTarget(store: Store, ref: string): Promise<SourcesTarget> {
  if (ref === "-" || existsSync(ref) || !/^\d+$/.test(ref)) {
    const { readArticleInput } = await import("../ingest/index.js");
    const article = await readArticleInput(ref);
    const id = await store.idByHash(article.contentHash);
    return { article, self: id === null ? [] : await store.versions(id) };
  }
  const { storedTarget } = await import("../corpus/index.js");
  const target = await storedTarget(store, Number(ref));
  if (!target) throw createError("ARTICLE_NOT_FOUND", { id: ref });
  return target;
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw createError("USAGE", { reason: `--limit takes a whole number from 1 to 100, not "${value}"` });
  return limit;
}
