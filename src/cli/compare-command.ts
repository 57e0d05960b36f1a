import { writeFileSync } from "node:fs";
import { createError } from "../errors/index.js";
import type { CompareReport, Severity } from "../report/types.js";

export interface CompareCommandOptions {
  format: "terminal" | "json" | "html";
  out?: string;
  pairs?: string;
  failOn?: Severity;
  referenceDate?: string;
  workers?: string;
  color: boolean;
}

const severityRank: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** `wiretrace compare`: one pair from files, or a batch of pairs. Returns the exit code. */
export async function runCompare(
  sourcePath: string | undefined,
  rewritePath: string | undefined,
  options: CompareCommandOptions,
): Promise<number> {
  if (options.referenceDate && !/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate)) {
    throw createError("USAGE", { reason: `--reference-date must look like 2026-11-04, not "${options.referenceDate}"` });
  }
  if (options.pairs) {
    if (sourcePath || rewritePath) throw createError("USAGE", { reason: "give either --pairs FILE or SOURCE and REWRITE, not both" });
    // Loaded on demand: the batch main thread only reads lines and writes reports, so it should not
    // carry the NLP libraries its workers load (about 90 MB).
    const { runBatch } = await import("./batch.js");
    return runBatch(options.pairs, { workers: parseWorkers(options.workers), referenceDate: options.referenceDate ?? null });
  }
  if (!sourcePath || !rewritePath) {
    throw createError("USAGE", { reason: "compare needs SOURCE and REWRITE (files, or - for stdin); see wiretrace compare --help" });
  }
  if (sourcePath === "-" && rewritePath === "-") throw createError("USAGE", { reason: "only one of SOURCE and REWRITE can be read from stdin" });
  if (options.format === "html" && !options.out && process.stdout.isTTY) {
    throw createError("USAGE", { reason: "--format html writes a whole page: add --out report.html" });
  }

  const [{ compare }, { readArticle }] = await Promise.all([import("../compare/index.js"), import("../ingest/index.js")]);
  const [source, rewrite] = await Promise.all([readArticle(sourcePath), readArticle(rewritePath)]);
  const report = await compare(source, rewrite, { referenceDate: options.referenceDate ?? null });
  const output = await render(report, options, source.text, rewrite.text);
  if (options.out) writeFileSync(options.out, output);
  else process.stdout.write(output);
  return reachesSeverity(report, options.failOn) ? 1 : 0;
}

async function render(report: CompareReport, options: CompareCommandOptions, sourceText: string, rewriteText: string): Promise<string> {
  const { renderHtml, renderJson, renderTerminal } = await import("../present/index.js");
  switch (options.format) {
    case "json":
      return renderJson(report);
    case "html":
      return renderHtml(report, { source: sourceText, rewrite: rewriteText });
    default:
      return renderTerminal(report, { color: options.color && !options.out && process.stdout.isTTY === true, width: process.stdout.columns });
  }
}

/** Omissions never fail a run: a shorter rewrite is allowed to leave things out. */
function reachesSeverity(report: CompareReport, failOn: Severity | undefined): boolean {
  if (!failOn) return false;
  return report.findings.some((finding) => finding.type !== "omitted" && severityRank[finding.severity] >= severityRank[failOn]);
}

function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) {
    throw createError("USAGE", { reason: `--workers takes a whole number from 1 to 16, not "${value}"` });
  }
  return workers;
}
