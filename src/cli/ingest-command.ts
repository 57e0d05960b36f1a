import type { IngestSummary } from "../corpus/index.js";
import { createError } from "../errors/index.js";
import { openStoreFor } from "./store-option.js";

export interface IngestCommandOptions {
  db?: string;
  vectors: boolean;
  fetchLinks: boolean;
  format: "terminal" | "json";
}

/** `wiretrace ingest`: stores articles from files, folders, globs, feeds and URLs. Exit 1 when any item was rejected. */
export async function runIngest(targets: string[], options: IngestCommandOptions): Promise<number> {
  if (targets.length === 0) throw createError("USAGE", { reason: "ingest needs at least one file, folder, glob or URL" });
  const [{ collectArticles, countTargets }, { ingestArticles }, { createProgress }] = await Promise.all([
    import("../ingest/index.js"),
    import("../corpus/index.js"),
    import("./progress.js"),
  ]);
  const encoder = options.vectors ? await (await import("../encoder/index.js")).loadDefaultEncoder() : null;
  const store = await openStoreFor(options.db);
  const progress = createProgress(await countTargets(targets));
  let summary: IngestSummary;
  try {
    summary = await ingestArticles(store, collectArticles(targets, { fetchLinks: options.fetchLinks }), { encoder, onItem: () => progress.tick() });
  } finally {
    progress.stop();
    await store.close();
  }
  process.stdout.write(options.format === "json" ? `${JSON.stringify(summary)}\n` : describeSummary(summary));
  return summary.rejected.length > 0 ? 1 : 0;
}

function describeSummary(summary: IngestSummary): string {
  const lines = [
    `added ${summary.added}, duplicates ${summary.duplicates}, new versions ${summary.newVersions}, rejected ${summary.rejected.length}`,
    ...summary.rejected.map((rejection) => `  rejected ${rejection.location}: ${rejection.reason}`),
  ];
  return `${lines.join("\n")}\n`;
}
