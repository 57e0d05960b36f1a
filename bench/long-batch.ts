/**
 * Section 8 (opt-in, `--only long`): one long `compare --pairs` batch, to show what a batch of
 * thousands does that the 70-pair run cannot: whether throughput holds once start-up is a small
 * share, and whether memory stays flat. Figures only: nothing here passes or fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runNode } from "./child.js";
import { loadRealArticles } from "./corpus/sequence.js";
import type { Pair } from "./pairs.js";
import { info, judged, type Entry } from "./report.js";
import { median, round } from "./stats.js";

/** Paragraphs a lead-only rewrite keeps: the cheapest copy of a wire story, its top. */
const LEAD_PARAGRAPHS = 3;

/**
 * Each article against its own first paragraphs: every pair brings a new source, as in the
 * distinct-sources batch, and the articles are real news of every length (BBC News, 2004-2005).
 */
export function leadRewritePairs(articles: readonly { id: string; text: string }[], paragraphs = LEAD_PARAGRAPHS): Pair[] {
  return articles.map((article) => ({
    id: article.id,
    source: article.text,
    rewrite: article.text.split("\n").map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== "").slice(0, paragraphs).join("\n\n"),
  }));
}

export interface LongBatchOptions {
  repoRoot: string;
  cli: string;
  /** How many pairs at most (the BBC articles that pass the readers' filters bound it). */
  pairs: number;
  pairsPerSecondTarget: number;
  peakRssTargetMB: number;
  log: (message: string) => void;
}

export async function benchLongBatch(options: LongBatchOptions): Promise<{ entries: Entry[]; remarks: string[]; otherLoadCores: number }> {
  const section = "long batch";
  const articles = loadRealArticles().filter((article) => article.collection === "bbc").slice(0, options.pairs);
  const pairs = leadRewritePairs(articles.map((article, i) => ({ id: `bbc-${i}`, text: article.text })));
  const quarter = pairs.slice(0, Math.ceil(pairs.length / 4));
  const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-bench-long-"));
  try {
    const write = (name: string, lines: readonly Pair[]) => {
      const file = path.join(folder, name);
      writeFileSync(file, lines.map((pair) => JSON.stringify(pair)).join("\n") + "\n");
      return file;
    };
    options.log(`${section}: ${pairs.length} BBC articles, each against its first ${LEAD_PARAGRAPHS} paragraphs, 2 workers (about ${Math.round(pairs.length / 15 / 60) + 1} minutes), then the first quarter alone`);
    const whole = await runNode([options.cli, "compare", "--pairs", write("long.jsonl", pairs), "--workers", "2"], options.repoRoot);
    const start = await runNode([options.cli, "compare", "--pairs", write("quarter.jsonl", quarter), "--workers", "2"], options.repoRoot);
    const label = `${pairs.length} distinct sources, 2 workers`;
    return {
      entries: [
        judged(
          { section, metric: `${label}: throughput`, value: round(whole.stdoutLines / (whole.wallMs / 1000)), unit: "pairs/s", note: `busy ${round(whole.cpuSeconds / (whole.wallMs / 1000))} cores, other ${round(whole.otherLoadCores)}` },
          { atLeast: options.pairsPerSecondTarget },
        ),
        judged({ section, metric: `${label}: peak RSS`, value: round(whole.peakRssMB, 0), unit: "MB" }, { atMost: options.peakRssTargetMB }),
        info({ section, metric: `first ${quarter.length} pairs alone: peak RSS`, value: round(start.peakRssMB, 0), unit: "MB", note: `${round(start.stdoutLines / (start.wallMs / 1000))} pairs/s` }),
        info({ section, metric: `${label}: wall time`, value: round(whole.wallMs / 1000, 1), unit: "s", note: `${whole.stdoutLines}/${pairs.length} compared` }),
      ],
      remarks: [
        `median source ${median(pairs.map((pair) => pair.source.length))} chars, rewrite ${median(pairs.map((pair) => pair.rewrite.length))} chars`,
        "peak RSS of the whole run against that of its first quarter run alone: how memory grows with a batch's length",
      ],
      otherLoadCores: Math.max(whole.otherLoadCores, start.otherLoadCores),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
